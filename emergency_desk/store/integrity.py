"""Is this file a sound database of this app? Checks shared by opening, backup and restore.

A file is judged before anything writes to it: the header says whether it is SQLite at
all, ``quick_check`` whether its pages are sound, ``user_version`` whether this program
understands it, and ``application_id`` and the whole schema (``schema_check``) whether it
is ours rather than another program's, with nothing in it our code did not make.
Each failure is an ``OpenError`` whose code picks the message the user reads.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..schema import TABLES
from .errors import OpenError, fixed_reason
from .hot_journal import readable_path
from .schema_trust import already_checked, master_digest
from .sqlite_uri import connect_uri

if TYPE_CHECKING:
    from .facade import Store

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_TABLES = {"settings", "audit_log", "plans"}
# "EDK1": marks files written by this app, so another program's SQLite file is never
# mistaken for an empty one of ours.
APPLICATION_ID = 0x45444B31


def check_header(path: Path) -> bool:
    """Raise unless the file looks like SQLite; False for an empty file (a new database)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except IsADirectoryError as exc:
        raise OpenError("cannot_open", path=str(path), reason=fixed_reason("is_folder")) from exc
    except OSError as exc:
        raise OpenError("cannot_open", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not head:
        return False
    if head.startswith(SQLITE_MAGIC):
        if len(head) < 100:
            raise OpenError("damaged", path=str(path))
        return True
    if SQLITE_MAGIC.startswith(head):  # cut off inside the magic string itself
        raise OpenError("damaged", path=str(path))
    raise OpenError("not_database", path=str(path))


def check_size(path: Path) -> None:
    """Raise if the file is shorter than its own header says (cut off while copied).

    The cheap part of the page check, for files whose full check runs later
    (``page_check``): bytes 24 and 92 agree when the header's page count is current.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
        size = path.stat().st_size
    except OSError:
        return  # the connection reports what it cannot read
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise OpenError("damaged", path=str(path))
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and pages * page_size > size:
        raise OpenError("damaged", path=str(path))


def inspect_connection(
    conn: sqlite3.Connection,
    path: Path,
    supported: int,
    *,
    check_pages: bool = True,
    trust: bool = False,
) -> tuple[int, bool]:
    """Raise unless the open file is sound and ours; return its schema version, and
    whether its schema is one this code has checked before (``schema_trust``).

    ``check_pages=False`` leaves ``quick_check`` (which reads every page) to the caller,
    who must run it before trusting the file with a write (``page_check``); the header,
    size and schema are still checked here. ``trust``: a schema already checked is not
    compared again. The caller maps ``sqlite3.DatabaseError`` with ``error_for_exception``.
    """
    if check_pages:
        if quick_check_rows(conn) != ["ok"]:
            raise OpenError("damaged", path=str(path))
    else:
        check_size(path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version, check_identity(conn, path, version, supported, trust=trust)


def check_identity(
    conn: sqlite3.Connection, path: Path, version: int, supported: int, *, trust: bool = False
) -> bool:
    """Raise unless the file is ours, and holds nothing our code did not make.

    Ours: our ``application_id``, or (files older than that mark) every table a file of
    ours of that version has. A blank SQLite file (no objects, no version) is a new one.
    Foreign objects are refused by name (``schema_check``), before anything runs. With
    ``trust``, a file marked ours whose whole schema this code has found ours before
    (``schema_trust``) is not compared again: True then.
    """
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    blank = conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None
    if app_id == 0 and blank and version == 0:
        return False
    if app_id not in (0, APPLICATION_ID):
        raise OpenError("not_database", path=str(path))
    if app_id == 0 and version > supported:
        raise OpenError("not_database", path=str(path))
    if version > supported:
        raise OpenError("newer_version", path=str(path), found=version, supported=supported)
    ours_now = trust and app_id == APPLICATION_ID and version == supported
    if ours_now and already_checked(master_digest(conn, version)):
        return True
    from .schema_check import describe, foreign_objects, looks_like_ours

    if app_id == 0 and not looks_like_ours(conn, version):
        raise OpenError("not_database", path=str(path))
    foreign = foreign_objects(conn, version)
    if foreign:
        raise OpenError("foreign_schema", path=str(path), what=describe(foreign))
    return False


def quick_check_rows(conn: sqlite3.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]


def quick_check_problems(path: str | Path) -> list[str]:
    """``PRAGMA quick_check`` of a file on a connection of its own: empty when sound.

    Safe on any thread and beside the store's own connection (WAL readers do not block).
    """
    try:
        conn = _connect_read_only(Path(path))
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        rows = quick_check_rows(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def error_for_exception(exc: sqlite3.DatabaseError, path: Path) -> OpenError:
    text = str(exc).lower()
    if "not a database" in text or "file is encrypted" in text:
        return OpenError("not_database", path=str(path))
    if "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return OpenError("damaged", path=str(path))
    return OpenError("cannot_open", path=str(path), reason=str(exc))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return connect_uri(readable_path(path), mode="ro")


def check_file(path: str | Path) -> int:
    """Validate a file someone wants to restore from; its schema version if usable.

    Older versions are fine (opening migrates them); everything else ``OpenError``.
    """
    from .migrations import SCHEMA_VERSION

    path = Path(path)
    if not path.exists():
        raise OpenError("cannot_open", path=str(path), reason=fixed_reason("no_file"))
    if not check_header(path):
        raise OpenError("not_database", path=str(path))
    try:
        conn = _connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise error_for_exception(exc, path) from exc
    try:
        # The full check: a backup is trusted with the office's data, and quick_check
        # passes an index that no longer matches its table.
        version, _ = inspect_connection(conn, path, SCHEMA_VERSION, check_pages=False)
        if integrity_rows(conn) != ["ok"]:
            raise OpenError("damaged", path=str(path))
        if version == 0:  # a blank SQLite file holds nothing worth restoring
            raise OpenError("not_database", path=str(path))
        return version
    except sqlite3.DatabaseError as exc:
        raise error_for_exception(exc, path) from exc
    finally:
        conn.close()


def integrity_rows(conn: sqlite3.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]


def integrity_problems(path: str | Path) -> list[str]:
    """The full ``PRAGMA integrity_check`` of a file on a connection of its own: empty
    when it is sound. Safe on any thread and beside the store's own connection."""
    try:
        conn = _connect_read_only(Path(path))
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        rows = integrity_rows(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


# -- audit log consistency -------------------------------------------------------------
def replay_audit(store: Store, table: str) -> dict[int, dict[str, Any]]:
    """Rebuild a table's records from the audit log alone: id -> values (+ ``_deleted``)."""
    rows: dict[int, dict[str, Any]] = {}
    cur = store.db.execute(
        "SELECT action, record_id, before, after FROM audit_log WHERE table_name = ? ORDER BY id",
        [table],
    )
    for action, rid, _before, after in cur:
        values = json.loads(after) if after else {}
        if action == "insert":
            rows[rid] = {**values, "_deleted": False}
        elif action == "update" and rid in rows:
            rows[rid].update(values)
        elif action == "delete" and rid in rows:
            rows[rid]["_deleted"] = True
        elif action == "restore" and rid in rows:
            rows[rid]["_deleted"] = False
        elif action == "purge":
            rows.pop(rid, None)
    return rows


def audit_mismatches(store: Store) -> list[str]:
    """Where the data and the audit log disagree (should be none); for checks and tests."""
    problems: list[str] = []
    for name, t in TABLES.items():
        computed = set(t.computed)
        keys = [k for k in t.keys if k not in computed]
        replayed = replay_audit(store, name)
        cols = ", ".join(f'"{k}"' for k in keys)
        actual: dict[int, dict[str, Any]] = {}
        for row in store.db.execute(f'SELECT id, deleted_at, {cols} FROM "{name}"'):
            values = dict(zip(keys, row[2:], strict=True))
            actual[row[0]] = {**values, "_deleted": row[1] is not None}
        for rid in sorted(set(actual) | set(replayed)):
            a, r = actual.get(rid), replayed.get(rid)
            if a is None or r is None:
                problems.append(f"{name} #{rid}: {'no audit' if r is None else 'missing row'}")
                continue
            for k in [*keys, "_deleted"]:
                if a.get(k) != r.get(k):
                    problems.append(f"{name} #{rid}.{k}: data {a.get(k)!r} != audit {r.get(k)!r}")
    return problems


def close_quietly(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(Exception):
        conn.close()
