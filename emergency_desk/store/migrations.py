"""Versioned migrations, one named function each, tracked in ``PRAGMA user_version``.

Tables of the registers are created from the schema; afterwards ``sync_schema`` adds any
column or index the schema has gained since, so adding a field is one edit in
``schema`` and needs no migration of its own. Structural changes (a new table, a
changed meaning) get a new ``mNNN_`` function appended to ``MIGRATIONS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..schema import TABLES, FieldType, Table
from . import search_index
from .county_schema import create_county_parts
from .figure_indexes import create_figure_indexes
from .list_indexes import create_list_indexes

if TYPE_CHECKING:
    import sqlite_utils

SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT"}


def _create_register_table(db: Any, t: Table) -> None:
    """``db``: a connection or a sqlite-utils database; only ``execute`` is used."""
    cols = ['"id" INTEGER PRIMARY KEY']
    for f in t.fields:
        col = f'"{f.key}" {SQL_TYPES[f.type.sql_type]}'
        if f.type is FieldType.REF and f.ref_table:
            col += f' REFERENCES "{f.ref_table}"("id")'
        cols.append(col)
    cols += ['"created_at" TEXT', '"updated_at" TEXT', '"deleted_at" TEXT']
    db.execute(f'CREATE TABLE IF NOT EXISTS "{t.name}" ({", ".join(cols)})')


def _index_name(table: str, column: str) -> str:
    return f"idx_{table}_{column}"


def sync_schema(conn: sqlite3.Connection) -> None:
    """Bring tables, columns, indexes and search indexes in line with the schema (idempotent).

    Every writable connection passes through here on open, so this is also where the SQL
    functions the triggers call get registered. It takes the plain connection: opening
    an up-to-date file does not need sqlite-utils.
    """
    search_index.register(conn)
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for t in TABLES.values():
        if t.name not in existing:
            _create_register_table(conn, t)
            continue
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{t.name}")')}
        for f in t.fields:
            if f.key not in have:
                conn.execute(
                    f'ALTER TABLE "{t.name}" ADD COLUMN "{f.key}" {SQL_TYPES[f.type.sql_type]}'
                )
    for t in TABLES.values():
        wanted = [f.key for f in t.fields if f.indexed or f.type is FieldType.REF]
        if t.date_field and t.date_field not in wanted:
            wanted.append(t.date_field)
        for col in wanted:
            conn.execute(
                f'CREATE INDEX IF NOT EXISTS "{_index_name(t.name, col)}" ON "{t.name}"("{col}")'
            )
        conn.execute(
            f'CREATE INDEX IF NOT EXISTS "idx_{t.name}_deleted_at" ON "{t.name}"("deleted_at")'
        )
    create_list_indexes(conn)
    create_figure_indexes(conn)
    create_county_parts(conn)
    search_index.sync(conn)


def m001_initial(db: sqlite_utils.Database) -> None:
    for t in TABLES.values():
        _create_register_table(db, t)
    db.execute(
        """CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY,
            value TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT,
            operator TEXT,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id INTEGER,
            before TEXT,
            after TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_audit_record ON audit_log(table_name, record_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_audit_at ON audit_log(at)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS hazard_status_log (
            id INTEGER PRIMARY KEY,
            hazard_id INTEGER NOT NULL REFERENCES hazards(id),
            at TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT NOT NULL,
            reason TEXT,
            operator TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_hsl_hazard ON hazard_status_log(hazard_id)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS report_texts (
            year INTEGER NOT NULL,
            lang TEXT NOT NULL,
            part TEXT NOT NULL,
            body TEXT,
            updated_at TEXT,
            PRIMARY KEY (year, lang, part)
        )"""
    )


INDEXED_BY_MIGRATIONS = ("duty_log", "hazards")
"""The registers the past migrations indexed. A migration is history, so it keeps this list;
registers indexed since get their indexes from ``search_index.sync`` on the next open."""


def m002_fulltext(db: sqlite_utils.Database) -> None:
    """Trigram full-text indexes over the free text of the big registers, kept by triggers."""
    for t in TABLES.values():
        cols = [f.key for f in t.searchable_fields]
        if not cols or t.name not in INDEXED_BY_MIGRATIONS:
            continue
        fts = f"{t.name}_fts"
        col_list = ", ".join(f'"{c}"' for c in cols)
        db.execute(
            f'CREATE VIRTUAL TABLE IF NOT EXISTS "{fts}" USING fts5({col_list}, '
            f"content='{t.name}', content_rowid='id', tokenize='trigram')"
        )
        new_vals = ", ".join(f'new."{c}"' for c in cols)
        old_vals = ", ".join(f'old."{c}"' for c in cols)
        db.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{t.name}_fts_ai" AFTER INSERT ON "{t.name}" BEGIN '
            f'INSERT INTO "{fts}"(rowid, {col_list}) VALUES (new.id, {new_vals}); END'
        )
        db.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{t.name}_fts_ad" AFTER DELETE ON "{t.name}" BEGIN '
            f'INSERT INTO "{fts}"("{fts}", rowid, {col_list}) VALUES (\'delete\', old.id, {old_vals}); END'
        )
        db.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{t.name}_fts_au" AFTER UPDATE ON "{t.name}" BEGIN '
            f'INSERT INTO "{fts}"("{fts}", rowid, {col_list}) VALUES (\'delete\', old.id, {old_vals}); '
            f'INSERT INTO "{fts}"(rowid, {col_list}) VALUES (new.id, {new_vals}); END'
        )
        db.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')


def m003_short_term_search(db: sqlite_utils.Database) -> None:
    """Index 1- and 2-character search terms (火灾, 滑坡) that the trigram index cannot see."""
    for table in INDEXED_BY_MIGRATIONS:
        search_index.create_table(db, table)


def m004_live_search_indexes(db: sqlite_utils.Database) -> None:
    """Search indexes hold live rows only, so a search's count comes from the index alone."""
    search_index.register(db.conn)
    for table in INDEXED_BY_MIGRATIONS:
        search_index.rebuild_indexes(db.conn, table)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_initial,
    m002_fulltext,
    m003_short_term_search,
    m004_live_search_indexes,
]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, stop_before: int | None = None) -> None:
    """Apply the migrations the file has not had yet, each in its own transaction."""
    version = user_version(db)
    for number, step in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        if stop_before is not None and number >= stop_before:
            return
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    with db.atomic():
        sync_schema(db.conn)
