"""The package's import graph: arrows run cli -> app -> core, never back,
and no module imports one that imports it back (imports inside functions
count too; those only for type checking do not)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "tui"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that `path` imports, anywhere in it."""
    found: set[str] = set()
    skipped: set[int] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if is_type_checking_block(node):
            skipped.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            # the module itself, or the nearest package of it that is ours
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module_name(path):
                found.add(name)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py") if "bundled" not in p.parts}
    modules = set(files)
    return {name: imports_of(path, modules) - {"tui"} for name, path in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_the_core_never_imports_the_app_or_the_command_line() -> None:
    for module, imported in import_graph().items():
        if module.startswith("tui.core"):
            assert not {m for m in imported if not m.startswith("tui.core")}, module


def test_the_app_never_imports_the_command_line() -> None:
    for module, imported in import_graph().items():
        if module.startswith("tui.app"):
            assert not {m for m in imported if m == "tui.cli" or m.startswith("tui.cli_")}, module


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_core_never_imports_textual_or_rich() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in ("textual", "rich"), f"{path}: {name}"


def test_the_core_is_grouped_by_job_as_the_design_notes_say() -> None:
    """Every module of the core lives in a package named for its job, and
    docs/design.md's layout names each package and module."""
    core = PACKAGE / "core"
    assert sorted(p.name for p in core.glob("*.py")) == ["__init__.py"]
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    for package in sorted(p for p in core.iterdir() if (p / "__init__.py").exists()):
        assert f"{package.name}/" in design, package.name
        for module in package.glob("*.py"):
            if module.stem != "__init__":
                assert module.stem in design, f"{package.name}/{module.name}"
