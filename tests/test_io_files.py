"""What an export leaves on disk: the mode the user expects, text that comes back unchanged."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from emergency_desk.io import apply_import, export_register, prepare_import
from emergency_desk.report import export_summary
from emergency_desk.store import ListQuery, Store

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_keeps_the_mode_of_the_file_it_replaces(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"plans{suffix}"
    target.write_bytes(b"old")
    target.chmod(0o644)
    export_register(store, "plans", target)
    assert _mode(target) == 0o644
    target.chmod(0o664)
    export_register(store, "plans", target)
    assert _mode(target) == 0o664


@posix_only
def test_a_new_export_gets_the_users_umask_default(
    store: Store, tmp_path: Path, umask_027: None
) -> None:
    export_register(store, "plans", tmp_path / "new.xlsx")
    assert _mode(tmp_path / "new.xlsx") == 0o640


@posix_only
def test_the_summary_keeps_the_mode_of_the_file_it_replaces(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "s.docx"
    target.write_bytes(b"old")
    target.chmod(0o644)
    export_summary(store, 2025, "zh", target)
    assert _mode(target) == 0o644


@posix_only
def test_a_new_summary_gets_the_users_umask_default(
    store: Store, tmp_path: Path, umask_027: None
) -> None:
    export_summary(store, 2025, "zh", tmp_path / "s.docx")
    assert _mode(tmp_path / "s.docx") == 0o640


TITLES = ["'=1+1", "=1+1", "'abc", "''x", "+86 123", "-", "@sum", "it's fine", "'"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_back_exactly_the_original_text(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    for title in TITLES:
        store.insert("plans", {"title": title, "level": "special"})
    export_register(store, "plans", tmp_path / f"p{suffix}")
    other = Store.open(None)
    plan = prepare_import(other, "plans", tmp_path / f"p{suffix}")
    assert plan.ok, [p.line("en") for p in plan.problems]
    apply_import(other, plan)
    got = sorted(r["title"] for r in other.rows(ListQuery("plans")))
    other.close()
    assert got == sorted(TITLES)


def test_the_csv_keeps_excel_from_evaluating_formulas(store: Store, tmp_path: Path) -> None:
    store.insert("plans", {"title": "=1+1", "level": "special"})
    store.insert("plans", {"title": "'=1+1", "level": "special"})
    export_register(store, "plans", tmp_path / "p.csv")
    lines = (tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines()
    firsts = sorted(line.split(",")[0] for line in lines[1:])
    assert firsts == ["''=1+1", "'=1+1"]
