"""The wall between core and GUI: core layers never import Qt, only store imports sqlite-utils."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "emergency_desk"
CORE = ["schema", "store", "rules", "report", "io", "demo", "county"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", CORE)
def test_core_layer_has_no_qt(layer: str) -> None:
    for path in (PKG / layer).rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6")}
        assert not bad, f"{path} imports {bad}"


def test_only_store_imports_sqlite() -> None:
    for path in PKG.rglob("*.py"):
        if "store" in path.relative_to(PKG).parts:
            continue
        bad = {n for n in _imports(path) if n.split(".")[0] in ("sqlite_utils", "sqlite3")}
        assert not bad, f"{path} imports {bad}"


# Each layer depends only on those above it (DESIGN.md "Architecture"); ui and cli are
# free to use every core layer, but no core layer may reach down into them.
ALLOWED = {
    "schema": set(),
    "store": {"schema"},
    "rules": {"schema", "store"},
    "io": {"schema", "store"},
    "report": {"schema", "store", "rules"},
    "demo": {"schema", "store"},
    "county": {"schema", "store", "rules"},
}
SHARED = {
    "paths",
    "safe_write",
    "bilingual",
    "__init__",
    "crash_log",
}  # package-level helpers anyone may use


def _layers_imported(path: Path, source: str | None = None) -> set[str]:
    """The top-level parts of ``emergency_desk`` that ``path`` imports, relative or not."""
    here = list(path.relative_to(PKG).parts[:-1])
    source = path.read_text(encoding="utf-8") if source is None else source
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        parts: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = here[: len(here) - (node.level - 1)]
            parts = base + (node.module.split(".") if node.module else [node.names[0].name])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("emergency_desk."):
            parts = (node.module or "").split(".")[1:]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("emergency_desk."):
                    found.add(alias.name.split(".")[1])
        if parts:
            found.add(parts[0])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_depend_only_on_those_above(layer: str) -> None:
    for path in (PKG / layer).rglob("*.py"):
        bad = _layers_imported(path) - ALLOWED[layer] - SHARED - {layer, "__version__"}
        assert not bad, f"{path.relative_to(PKG)} imports {sorted(bad)}"


SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|PRAGMA\s)", re.I
)


def test_only_store_speaks_sql() -> None:
    """No SQL text outside store/, and no reaching through the facade to its connection."""
    for path in PKG.rglob("*.py"):
        if "store" in path.relative_to(PKG).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not SQL.search(node.value), f"{path}:{node.lineno}: {node.value[:60]}"
            reaches_in = (
                isinstance(node, ast.Attribute)
                and node.attr in ("execute", "executemany", "query")
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in ("db", "conn")
            )
            assert not reaches_in, f"{path}:{node.lineno}: {ast.unparse(node)} outside store/"


def test_the_layer_scan_sees_relative_imports() -> None:
    sample = (
        "from ..ui.shell.lang import ui_lang\nfrom .facade import Store\nfrom .. import paths\n"
    )
    assert _layers_imported(PKG / "store" / "x.py", sample) == {"ui", "store", "paths"}
    assert SQL.search("SELECT id FROM plans WHERE x = ?")
    assert SQL.search("update hazards set status = ?")
    assert not SQL.search("Select a hazard in the list first.")


MAX_LINES = 500


def test_no_module_is_over_500_lines() -> None:
    """A module that grows past this holds more than one thing: split it by what it holds."""
    lines = {
        path.relative_to(PKG).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PKG.rglob("*.py")
    }
    long = {p: n for p, n in lines.items() if n > MAX_LINES}
    assert long == {}
