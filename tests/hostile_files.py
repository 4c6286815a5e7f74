"""What the schema-check tests do to a database file behind the program's back: a trigger
of its own that would empty the audit log, raw SQL run on the file, and the file's bytes
hashed to show it was left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

HOSTILE_TRIGGER = (
    "CREATE TRIGGER wipe_audit AFTER INSERT ON audit_log BEGIN "
    "DELETE FROM audit_log WHERE id < new.id; "
    "UPDATE hazards SET deleted_at = '2025-01-01 00:00:00'; END"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_sql(path: Path, *statements: str) -> Path:
    """``statements`` run on the file with a plain connection (not the program's)."""
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path
