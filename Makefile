# Two entry points for a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := data/nato-third-country-agreements.txt

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/summarizer summarize $(DEMO) --format rich

test: $(VENV)/.installed-test
	$(BIN)/ruff check summarizer tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/summary_quality.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
