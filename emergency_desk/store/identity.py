"""Which database a file is: an id made once, kept in its settings, carried by every backup.

A backup is a page-for-page copy, so it holds the id of the database it was made from.
That, not the file's name, says which backups belong to which database: a backups folder
shared by two databases in one folder (or a renamed file) must never lead to restoring
one database's backup over another. The id is also remembered beside the backups each
time one is made, so a database damaged past reading can still be matched to its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from pathlib import Path

DATABASE_ID_KEY = "database_id"
CREATED_ON_KEY = "created_on"
"""The day the database was made (ISO date): the rules flag no missed day before it."""
ID_SUFFIX = ".database-id"


def ensure_database_id(conn: sqlite3.Connection) -> str:
    """The id of the open (writable, migrated) database, made on its first open."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
    found = _decoded(row[0]) if row is not None else None
    if found:
        return found
    import uuid  # once per database: not on the way to every window

    new = uuid.uuid4().hex
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            [DATABASE_ID_KEY, json.dumps(new)],
        )
        conn.execute(  # a database older than its id keeps its first audit entry's day
            "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
            [CREATED_ON_KEY, json.dumps(dt.date.today().isoformat())],
        )
    return new


def _decoded(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    with contextlib.suppress(ValueError):
        raw = json.loads(raw)
    return raw if isinstance(raw, str) and raw else None


def id_of_file(path: Path) -> str | None:
    """The id stored in a database file; ``None`` when it has none or cannot be read."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _decoded(row[0]) if row is not None else None


def _remembered_file(backups: Path, db_path: Path) -> Path:
    return backups / f"{db_path.stem}{ID_SUFFIX}"


def remember_id(backups: Path, db_path: Path, database_id: str) -> None:
    """Note beside the backups which database ``db_path`` was when they were made."""
    with contextlib.suppress(OSError):
        _remembered_file(backups, db_path).write_text(database_id, encoding="utf-8")


def known_id(backups: Path, db_path: Path) -> str | None:
    """The id of the database at ``db_path``: read from it, or as remembered when a
    backup of it was last made (the file may be damaged now)."""
    found = id_of_file(db_path)
    if found:
        return found
    try:
        text = _remembered_file(backups, db_path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None
