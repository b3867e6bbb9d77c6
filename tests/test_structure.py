"""The package's shape (DESIGN.md §5): no two files import each other, however indirectly, and
imports go down the layers — the fact base uses nothing of its uses, and nothing imports the CLI.

The graph is drawn from every import statement in the source, those inside functions and under
``TYPE_CHECKING`` too: a circle a type checker or a lazy import hides is still a circle to a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nkecon_cli

PACKAGE = Path(nkecon_cli.__file__).parent


def _name(path: Path) -> str:
    parts = ["nkecon_cli", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    modules = {_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
                target = ".".join([*base, node.module] if node.module else base)
                for alias in node.names:
                    whole = f"{target}.{alias.name}"
                    found.add(whole if whole in modules else target)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, edges = work[-1]
            for w in edges:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return out


def test_no_two_files_import_each_other() -> None:
    assert _circles(_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_fact_base_uses_nothing_of_its_uses() -> None:
    graph = _graph()
    uses = ("query", "diff", "extract", "curate", "render", "cli")
    upward = {(m, d) for m, deps in graph.items() if m.startswith("nkecon_cli.factbase")
              for d in deps if d.split(".")[1] in uses}
    assert upward == set()


def test_nothing_imports_the_command_line() -> None:
    graph = _graph()
    outside = {m: deps for m, deps in graph.items() if not m.startswith(("nkecon_cli.cli", "nkecon_cli.__main__"))}
    assert {(m, d) for m, deps in outside.items() for d in deps if d.startswith("nkecon_cli.cli")} == set()
