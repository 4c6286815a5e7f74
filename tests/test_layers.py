"""The wall between core and GUI: core layers never import Qt, only store imports sqlite-utils."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "emergency_desk"
CORE = ["schema", "store", "rules", "report", "io", "demo"]


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
