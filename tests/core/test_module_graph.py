"""The core's modules import each other without a circle, so each can be read and tested alone."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def core_imports() -> dict[str, set[str]]:
    """Module → the core modules it imports (at any level, lazy imports included)."""
    graph: dict[str, set[str]] = {}
    for path in CORE.rglob("*.py"):
        name = ".".join(path.relative_to(CORE.parent).with_suffix("").parts).removesuffix(".__init__")
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("core"):
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("core"))
        graph[name] = found
    return {m: {d for d in deps if d in graph and d not in (m, "core")} for m, deps in graph.items()}


def test_core_has_no_import_cycle() -> None:
    graph = core_imports()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(m: str, chain: list[str]) -> None:
        if state.get(m) == 2:
            return
        if state.get(m) == 1:
            cycles.append(chain[chain.index(m):] + [m])
            return
        state[m] = 1
        for d in sorted(graph[m]):
            visit(d, chain + [m])
        state[m] = 2

    for m in sorted(graph):
        visit(m, [])
    assert cycles == []


def test_form_shapes_import_no_loader_and_findings_no_validation() -> None:
    graph = core_imports()
    assert graph["core.forms"] <= {"core.expr"}
    assert graph["core.findings"] == set()
    assert "core.rule_instances" not in graph["core.cli"]
