"""A file a later build has given new indexes (same schema version) still opens in an
older one; anything else it does not make is still refused (``schema_check``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from emergency_desk.store import OpenError, Store, figure_indexes, schema_check, schema_trust


@pytest.fixture
def older_program(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A file made by this build, then this build less the report-up rule's two indexes:
    the program before them, with nothing of the file's schema remembered as checked."""
    db = _newer_file(tmp_path / "office.db")
    older = tuple(
        i for i in figure_indexes.FIGURE_INDEXES if i[0] not in {"idx_duty_log_report_delay",
                                                                 "idx_duty_log_unreported"}
    )  # fmt: skip
    monkeypatch.setattr(figure_indexes, "FIGURE_INDEXES", older)
    schema_check.expected_schema.cache_clear()
    schema_trust.trust_file().unlink(missing_ok=True)
    yield db
    schema_check.expected_schema.cache_clear()


def _newer_file(path: Path) -> Path:
    s = Store.open(path)
    s.insert("duty_log", {"received_at": "2025-03-02 10:00", "type": "fire", "summary": "火情"})
    s.close()
    return path


def _has(path: Path, name: str) -> bool:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone()
            is not None
        )
    finally:
        conn.close()


def test_an_older_program_opens_a_file_with_a_later_builds_indexes(older_program: Path) -> None:
    db = older_program
    assert "idx_duty_log_report_delay" not in {i[0] for i in figure_indexes.FIGURE_INDEXES}
    for read_only in (True, False):
        s = Store.open(db, read_only=read_only)
        try:
            assert s.total("duty_log") == 1
        finally:
            s.close()
    assert _has(db, "idx_duty_log_report_delay")  # kept, and kept up to date by SQLite


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("CREATE UNIQUE INDEX idx_plans_one_title ON plans(title)", "index “idx_plans_one_title”"),
        ("CREATE INDEX sneaky_title ON plans(title)", "index “sneaky_title”"),
        (
            "CREATE TABLE idx_notes (body TEXT); CREATE INDEX idx_notes_body ON idx_notes(body)",
            "“idx_notes",
        ),
    ],
)
def test_only_a_plain_index_named_as_ours_on_our_table_is_taken(
    older_program: Path, statement: str, named: str
) -> None:
    db = older_program
    conn = sqlite3.connect(db)
    conn.executescript(statement)
    conn.close()
    with pytest.raises(OpenError) as info:
        Store.open(db)
    assert info.value.code == "foreign_schema"
    assert named in info.value.message("en")
