"""A township's data package, the store's part: the snapshot and the sequence number.

The snapshot is made with SQLite's online backup API from a read-only connection of its
own, so it is consistent (one instant of the database) and can be made while the app
has the file open. It is then cut down on the copy, never on the township's file: no
audit log (who did what at the office is the office's own business), no recycle bin
(deleted rows of every declared table), no ID numbers (any field named ``id_number``,
wherever the schema declares one). Everything iterates ``TABLES``, so a register added
to the schema travels without a line here.

The sequence number lives in the township's own settings and only grows; the county
refuses a package whose number is not newer than the one it holds, so a stick carrying
last month's package cannot overwrite this month's.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..schema import REGISTER_LIST, TABLES
from . import search_index
from .hot_journal import readable_path
from .integrity import close_quietly
from .sqlite_uri import connect_uri

if TYPE_CHECKING:
    from .facade import Store

SEQUENCE_KEY = "package.sequence"
PRIVATE_FIELDS = ("id_number",)
"""Fields a package never carries, wherever a table declares them."""
DROPPED_CONTENT = ("audit_log",)
"""Tables whose rows stay at the office: emptied in the snapshot."""


def next_sequence(store: Store) -> int:
    """Raise the township's package number by one and return it (committed).

    The app may have the file open (it then holds the writer lock and this store is
    read-only): the one settings row is then written on a connection of its own inside
    SQLite's own locking, which is safe beside the other copy — it never caches it.
    """
    if not store.read_only:
        number = int(store.get_setting(SEQUENCE_KEY, 0) or 0) + 1
        store.set_setting(SEQUENCE_KEY, number)
        return number
    if store.path is None or store.read_only_reason != "locked":
        from .errors import ReadOnlyError

        raise ReadOnlyError(store.read_only_reason)
    conn = connect_uri(store.path, mode="rw")
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [SEQUENCE_KEY]).fetchone()
        number = int(json.loads(row[0]) if row and row[0] else 0) + 1
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [SEQUENCE_KEY, json.dumps(number)],
        )
        conn.execute("COMMIT")
        return number
    finally:
        close_quietly(conn)


def snapshot(store: Store, target: Path) -> dict[str, int]:
    """Write the cut-down snapshot of ``store`` to ``target``; return its counts per register.

    ``target`` is a fresh file the caller owns (a temporary one); it ends as a single
    self-contained file (rollback journal), verified by ``integrity_check``.
    """
    if store.path is not None:
        src = connect_uri(readable_path(store.path), mode="ro")
    else:
        src = store.conn
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        search_index.register(dst)  # the triggers that keep the search indexes call these
        with dst:
            for name in DROPPED_CONTENT:
                dst.execute(f'DELETE FROM "{name}"')
            for name, t in reversed(TABLES.items()):  # children before their parents
                if t.soft_delete:
                    dst.execute(f'DELETE FROM "{name}" WHERE deleted_at IS NOT NULL')
                for key in PRIVATE_FIELDS:
                    if t.has_field(key):
                        dst.execute(f'UPDATE "{name}" SET "{key}" = NULL')
            _drop_dangling(dst)
        dst.execute("VACUUM")  # deleted pages would still hold what was taken out
        counts = register_counts(dst)
    finally:
        if src is not store.conn:
            close_quietly(src)
        close_quietly(dst)
    return counts


def _drop_dangling(conn: sqlite3.Connection) -> None:
    """Live rows that pointed at a deleted one: a sub-record goes with its parent, any other
    reference is cleared, so the county can take the package with foreign keys on."""
    for name, t in TABLES.items():  # parents first: a removed parent's children follow
        for f in t.fields:
            if not f.ref_table:
                continue
            dangling = (
                f'"{f.key}" IS NOT NULL AND "{f.key}" NOT IN (SELECT id FROM "{f.ref_table}")'
            )
            if f.key == t.parent_key:
                conn.execute(f'DELETE FROM "{name}" WHERE {dangling}')
            else:
                conn.execute(f'UPDATE "{name}" SET "{f.key}" = NULL WHERE {dangling}')


def register_counts(
    conn: sqlite3.Connection, where: str = "", params: tuple[str, ...] = ()
) -> dict[str, int]:
    """Live rows per register's main table (``where`` narrows, e.g. to one township)."""
    cond = "deleted_at IS NULL" + (f" AND {where}" if where else "")
    return {
        r.name: int(
            conn.execute(f'SELECT count(*) FROM "{r.main.name}" WHERE {cond}', params).fetchone()[0]
        )
        for r in REGISTER_LIST
    }


def snapshot_facts(path: Path) -> tuple[int, str]:
    """(schema version, integrity_check's first line) of a snapshot file, read-only.

    Raises ``sqlite3.DatabaseError`` for a file SQLite does not recognise.
    """
    conn = connect_uri(path, mode="ro")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        result = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        close_quietly(conn)
    return version, result


__all__ = [
    "SEQUENCE_KEY",
    "next_sequence",
    "register_counts",
    "snapshot",
    "snapshot_facts",
]
