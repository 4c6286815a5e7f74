"""What a county database needs in every database: the ``townships`` table and the
``township`` column of each register table (``county.py`` says why every file has them).

Kept apart from ``county.py`` because ``sync_schema`` runs it on every open: the import
of packages is not loaded until a county command or tab needs it.
"""

from __future__ import annotations

import sqlite3

from ..schema import TABLES

TOWNSHIP_COLUMN = "township"


def create_county_parts(conn: sqlite3.Connection) -> None:
    """The ``townships`` table and every register table's ``township`` column (idempotent)."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS townships (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            packaged_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            schema_version INTEGER,
            app_version TEXT,
            sha256 TEXT
        )"""
    )
    for name in TABLES:
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        if TOWNSHIP_COLUMN not in have:
            conn.execute(f'ALTER TABLE "{name}" ADD COLUMN "{TOWNSHIP_COLUMN}" TEXT')
        conn.execute(
            f'CREATE INDEX IF NOT EXISTS "idx_{name}_township" ON "{name}"("{TOWNSHIP_COLUMN}") '
            f'WHERE "{TOWNSHIP_COLUMN}" IS NOT NULL'
        )
