"""Type checking is part of `make test`, and its list of ui/ modules not yet checked stays true."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _pyproject() -> dict[str, Any]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the checks hold on 3.10 too
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _recipe(target: str) -> list[str]:
    """The command lines of one Makefile target, in order."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def test_make_test_and_lint_run_mypy_before_pytest() -> None:
    test = _recipe("test")
    mypy = [i for i, line in enumerate(test) if line.endswith("/mypy")]
    pytest_at = [i for i, line in enumerate(test) if "-m pytest" in line]
    assert mypy and pytest_at and mypy[0] < pytest_at[0], test
    assert any(line.endswith("/mypy") for line in _recipe("lint"))
    extras = _pyproject()["project"]["optional-dependencies"]["test"]
    assert any(re.match(r"mypy>=", req) for req in extras), extras


def test_every_ui_module_skipped_by_mypy_still_exists() -> None:
    """A module fixed, renamed or split must leave the list, or it would hide a new one later."""
    config = _pyproject()["tool"]["mypy"]
    assert config["strict"] is True and config["files"] == ["emergency_desk"]
    skipped = [
        pattern
        for override in config["overrides"]
        if override.get("ignore_errors")
        for pattern in override["module"]
    ]
    assert skipped and all(p.startswith("emergency_desk.ui.*.") for p in skipped), skipped
    ui = ROOT / "emergency_desk" / "ui"
    stale = [p for p in skipped if not list(ui.rglob(p.rsplit(".", 1)[1] + ".py"))]
    assert stale == []
