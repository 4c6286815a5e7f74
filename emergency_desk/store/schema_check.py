"""Is a file's schema exactly ours? Tables, indexes, triggers and views, by version.

A trigger runs with the app's own rights whenever the app writes: one carried in by a
"backup" emptied the audit log and soft-deleted every hazard on the next import. So a
file is trusted only when every object in it is one our own code makes for its schema
version: the migrations up to that version, then ``sync_schema`` (which adds the list,
figure and column indexes, and register tables, of the current schema). The expected
set is not a hand-kept list: it is read from a fresh in-memory database built by that
same code, once per version and process, so a new index or trigger needs no edit here.

Objects the file lacks are fine (``sync_schema`` adds indexes and register tables; an
older file predates later ones); an object we do not make, a trigger or view whose SQL
differs from ours, or a foreign key action we never declare is foreign — apart from a
plain ``idx_`` index on one of our tables, which a later build may have added. The consequence
for migrations: a migration function must keep creating what it always created — a
change to an existing trigger is a new migration, never an edit of an old one.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..schema import TABLES
from . import search_index

# Tables SQLite itself keeps (ANALYZE statistics, AUTOINCREMENT counters): data, no code.
SQLITE_OWN_TABLES = frozenset(
    {"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4", "sqlite_sequence"}
)
KIND_WORDS: dict[str, tuple[str, str]] = {
    "table": ("表", "table"),
    "index": ("索引", "index"),
    "trigger": ("触发器", "trigger"),
    "view": ("视图", "view"),
}
NAMED_AT_MOST = 3


@dataclass(frozen=True)
class Expected:
    """What our code creates in a database of one schema version."""

    # (type, name) -> every (tbl_name, sql) our code gives it at this version
    objects: dict[tuple[str, str], set[tuple[str, str]]]
    foreign_keys: dict[str, frozenset[tuple[Any, ...]]]  # table -> its foreign keys
    required_tables: frozenset[str]  # present in every file of ours at this version


class _Steps:
    """A plain connection as the migrations see a sqlite-utils database.

    Migrations only call ``execute`` (and use ``conn``), so the expected schema is built
    without importing sqlite-utils on every open; anything else they may come to use is
    handed to the real wrapper.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        from .connection import wrap

        return getattr(wrap(self.conn), name)


def _master(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def _foreign_keys(conn: sqlite3.Connection, table: str) -> frozenset[tuple[Any, ...]]:
    rows = conn.execute(f'PRAGMA foreign_key_list("{table.replace(chr(34), chr(34) * 2)}")')
    # (referenced table, from, to, on update, on delete, match): not id/seq, which vary.
    return frozenset(tuple(r[2:]) for r in rows)


def _is_virtual(sql: str | None) -> bool:
    return (sql or "").lstrip().upper().startswith("CREATE VIRTUAL")


@functools.cache
def expected_schema(version: int) -> Expected:
    """The objects of a fresh database of ``version``, built by our own migrations."""
    from .migrations import MIGRATIONS, sync_schema

    conn = sqlite3.connect(":memory:")
    try:
        steps = _Steps(conn)
        for step in MIGRATIONS[:version]:
            step(steps)  # type: ignore[arg-type]
        # What the migrations made is in every file of this version; what ``sync_schema``
        # adds (indexes, register tables, the search index of today's schema) may be
        # missing from an older file until it is next opened for writing.
        migrated = {n for t, n, _tbl, _sql in _master(conn) if t == "table"}
        # Both shapes are ours: as the migrations left it (a file not yet reopened) and as
        # ``sync_schema`` brings it in line with today's schema (a search index rebuilt
        # for a field that became searchable has new trigger SQL).
        objects: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for t, n, tbl, sql in _master(conn):
            objects.setdefault((t, n), set()).add((tbl, sql or ""))
        if version:
            sync_schema(conn)
        for t, n, tbl, sql in _master(conn):
            objects.setdefault((t, n), set()).add((tbl, sql or ""))
        tables = [n for (t, n) in objects if t == "table"]
        fks = {n: _foreign_keys(conn, n) for n in tables}
    finally:
        conn.close()
    required = frozenset(n for n in migrated if n not in TABLES)
    return Expected(objects, fks, required)


def looks_like_ours(conn: sqlite3.Connection, version: int) -> bool:
    """A file without our ``application_id`` (older than that mark) that has every table
    a file of ours of that version has, apart from registers ``sync_schema`` adds."""
    if version <= 0:
        return False
    names = {n for t, n, _tbl, _sql in _master(conn) if t == "table"}
    return expected_schema(version).required_tables <= names


def _is_ours(
    conn: sqlite3.Connection, want: Expected, kind: str, name: str, tbl: str, sql: str | None
) -> bool:
    owner = search_index.index_owner(name)
    # A search-index object: today's code for the column list the file's index was built
    # with (a field may have become searchable since), or else an older migration's shape.
    if (
        owner is not None
        and (kind == "table" or tbl == owner)
        and search_index.made_by_us(conn, owner, name, sql)
    ):
        return True
    shapes = [shape for shape in want.objects.get((kind, name), ()) if shape[0] == tbl]
    if not shapes:
        return kind == "index" and _later_index_of_ours(want, name, tbl, sql)
    if kind in ("trigger", "view"):  # code that runs: word for word ours
        return any(ours_sql == (sql or "") for _tbl, ours_sql in shapes)
    if kind == "table":  # no virtual table in a plain one's place, no foreign key action
        fks = _foreign_keys(conn, name)
        virtual = any(_is_virtual(ours_sql) == _is_virtual(sql) for _tbl, ours_sql in shapes)
        return virtual and fks <= want.foreign_keys.get(name, frozenset())
    return True


def _later_index_of_ours(want: Expected, name: str, tbl: str, sql: str | None) -> bool:
    """A plain index named as ours on a table of ours: one a later build of the same
    schema version adds (``sync_schema`` adds indexes without a new version). An index runs
    no code and changes no answer, so an older program keeps it rather than refusing the
    file; a UNIQUE one would change what may be written, and is not taken."""
    plain = " ".join((sql or "").split()).upper().startswith("CREATE INDEX ")
    return name.startswith("idx_") and plain and ("table", tbl) in want.objects


def foreign_objects(conn: sqlite3.Connection, version: int) -> list[tuple[str, str]]:
    """(type, name) of every object in the file that our code would not have made."""
    want = expected_schema(version)
    return [
        (kind, name)
        for kind, name, tbl, sql in _master(conn)
        if not (kind == "table" and name in SQLITE_OWN_TABLES)
        and not _is_ours(conn, want, kind, name, tbl, sql)
    ]


def describe(foreign: list[tuple[str, str]]) -> tuple[str, str]:
    """The foreign objects named for the user, in (zh, en): 触发器“x”、表“y” 等 5 项."""
    shown = foreign[:NAMED_AT_MOST]
    zh = "、".join(f"{KIND_WORDS.get(k, (k, k))[0]}“{n}”" for k, n in shown)
    en = ", ".join(f"{KIND_WORDS.get(k, (k, k))[1]} “{n}”" for k, n in shown)
    if len(foreign) > len(shown):
        zh += f" 等共 {len(foreign)} 项"
        en += f" and {len(foreign) - len(shown)} more"
    return zh, en
