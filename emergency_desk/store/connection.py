"""Opening a database file safely: recognise it, check it, migrate it, set it up for WAL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from .errors import OpenError
from .migrations import SCHEMA_VERSION, migrate, sync_schema, user_version

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_TABLES = {"settings", "audit_log", "plans"}


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise OpenError("cannot_open", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not head:
        return  # an empty file is a new database
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise OpenError("not_database", path=str(path))


def open_database(path: str | Path | None, *, read_only: bool = False) -> sqlite_utils.Database:
    """A ready, migrated database; ``None`` opens a private in-memory one (tests)."""
    if path is None or str(path) == ":memory:":
        db = sqlite_utils.Database(memory=True)
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        return db
    path = Path(path)
    if path.exists():
        _check_header(path)
    elif read_only:
        raise OpenError("cannot_open", path=str(path), reason="file not found")
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA busy_timeout = 5000")
        db = sqlite_utils.Database(conn)
        result = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            conn.close()
            raise OpenError("damaged", path=str(path))
        version = user_version(db)
        names = set(db.table_names())
        if version > SCHEMA_VERSION:
            conn.close()
            raise OpenError(
                "newer_version", path=str(path), found=version, supported=SCHEMA_VERSION
            )
        if names and not (names & APP_TABLES):
            conn.close()
            raise OpenError("not_database", path=str(path))
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION or not names:
                migrate(db)
            else:
                with db.atomic():
                    sync_schema(db)
        elif version < SCHEMA_VERSION:
            conn.close()
            raise OpenError("cannot_open", path=str(path), reason="read-only and needs upgrading")
        return db
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "file is encrypted" in text:
            raise OpenError("not_database", path=str(path)) from exc
        if "malformed" in text or "corrupt" in text or "disk i/o" in text:
            raise OpenError("damaged", path=str(path)) from exc
        raise OpenError("cannot_open", path=str(path), reason=str(exc)) from exc
