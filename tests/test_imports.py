"""The package's import graph: no module imports another that imports it
back, by any path, counting imports inside functions and under
TYPE_CHECKING too (they hide a cycle; they do not remove it)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports anywhere in its code (read once)."""
    paths = {module_name(path): path for path in PACKAGE.rglob("*.py")}

    def known(name: str) -> str | None:  # `summarizer.model.Span` -> `summarizer.model`
        while name and name not in paths:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                    base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
                names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            targets |= {found for name in names if (found := known(name)) and found != module}
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph = import_graph()
    assert len(graph) > 40 and "summarizer.cli.common" in graph
    assert cycles(graph) == []


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_renderers_take_plain_records() -> None:
    """The views import the records and each other, never a stage that computes."""
    graph = import_graph()
    for module in (name for name in graph if name.startswith("summarizer.render")):
        stages = {t for t in graph[module] if not t.startswith(("summarizer.render", "summarizer.model",
                                                                 "summarizer.claims.model", "summarizer.nlp.words"))}
        assert not stages, f"{module} imports {sorted(stages)}"


def test_cleanup_is_below_the_claim_tagger() -> None:
    """Clean-up runs before any stage that reads claims: it reads its word
    sets with summarizer.rules, never through summarizer.claims."""
    graph = import_graph()
    assert "summarizer.rules" in graph["summarizer.cleanup"]
    assert not {t for t in graph["summarizer.cleanup"] if t.startswith("summarizer.claims")}
