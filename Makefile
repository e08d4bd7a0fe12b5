# Two entry points for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := data/nato-third-country-agreements.txt

.PHONY: demo test lint bench clean

# Install steps are silent (pip and setuptools talk even with --quiet), so that
# the demo's output is the first thing a reader sees; their output goes to
# .venv/install.log, which is shown on stderr when a step fails.
INSTALL_LOG := $(VENV)/install.log
LOGGED = > $(INSTALL_LOG) 2>&1 || { cat $(INSTALL_LOG) >&2; echo "make: install failed (log: $(INSTALL_LOG))" >&2; exit 1; }

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip $(LOGGED)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "make: installing summarizer into $(VENV) (about a minute; log: $(INSTALL_LOG))" >&2
	@$(BIN)/python -m pip install --quiet -e . $(LOGGED)
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	@echo "make: installing summarizer and its test tools into $(VENV) (log: $(INSTALL_LOG))" >&2
	@$(BIN)/python -m pip install --quiet -e '.[test,bench]' $(LOGGED)
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@$(BIN)/summarizer summarize $(DEMO) --format rich

test: $(VENV)/.installed-test
	$(BIN)/ruff check summarizer tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/summary_quality.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
