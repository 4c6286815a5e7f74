"""Opening a database file safely: recognise it, check it, migrate it, set it up for WAL.

Nothing is written to a file until it has passed the checks in ``integrity``, so a
wrong or damaged file is reported and left exactly as it was found.

An up-to-date file is opened on a plain ``sqlite3`` connection: sqlite-utils (with
click, dateutil and pluggy behind it, ~80 ms of imports) is only imported to migrate a
file or when the store first writes (``Store.db``), so it is not on the path to the
window's first paint.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import collation, drives, search_index
from .errors import OpenError, fixed_reason
from .hot_journal import readable_path
from .identity import ensure_database_id
from .integrity import (
    APP_TABLES,
    APPLICATION_ID,
    SQLITE_MAGIC,
    check_header,
    check_size,
    error_for_exception,
    inspect_connection,
    quick_check_rows,
)
from .lock import WriterLock
from .migrations import SCHEMA_VERSION, migrate, sync_schema
from .network_share import on_network_share
from .page_check import should_defer
from .schema_trust import master_digest, remember
from .sqlite_uri import connect_uri

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "APP_TABLES",
    "SQLITE_MAGIC",
    "OpenedFile",
    "atomic",
    "open_connection",
    "open_store_file",
    "preload_writes",
    "wrap",
]


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """The sqlite-utils view of a connection this module opened.

    ``execute_plugins=False``: no sqlite-utils plugin found installed on the machine runs
    code on our connection, and the first wrap skips scanning every installed package's
    entry points for them (importlib.metadata, 13–25 ms).
    """
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def preload_writes() -> None:
    """Import sqlite-utils now, on the calling (GUI) thread, once the window is up.

    The first write wraps the connection (``Store.db``); without this the first Save
    would wait for the import (~80 ms here, more from a packaged program on an office
    PC's disk). It is done on the GUI thread when it is idle, never on a worker: PySide6's
    import hook once crashed ("none_dealloc") while a worker thread imported a module.
    Every GUI op (``ui.shell.ops``) calls this before its worker starts.
    """
    import sqlite_utils  # noqa: F401


@contextlib.contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction on a plain connection (sqlite-utils' ``atomic`` without the import)."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    conn.commit()


def _prepare(conn: sqlite3.Connection) -> None:
    """Connection settings every store connection has, whoever wraps it later."""
    conn.execute("PRAGMA busy_timeout = 5000")
    # sqlite-utils turns this on when it wraps a connection; set it from the start so
    # triggers behave the same before and after the wrap.
    conn.execute("PRAGMA recursive_triggers = on")
    collation.install(conn)  # lists sort Chinese text by pinyin (``collation``)


def _connect(path: Path, read_only: bool, shared: bool = False) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(str(path))
    source = readable_path(path)
    try:
        conn = connect_uri(source, mode="ro", check_same_thread=not shared)
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL file in a folder we may not write cannot get its shared-memory index;
        # nobody can be writing there either, so reading it as immutable is safe.
        return connect_uri(source, mode="ro", immutable="1", check_same_thread=not shared)


FileMark = tuple[int, int, int]


def file_mark(conn: sqlite3.Connection, path: Path) -> FileMark | None:
    """The file as it was when checked: the device and inode at its path, and its schema
    cookie (``PRAGMA schema_version``, which any change to the schema moves on). None where
    the file system gives no inode (FAT on Windows: 0), so nothing can match it."""
    st = os.stat(path)
    if not st.st_ino:
        return None
    return (st.st_dev, st.st_ino, conn.execute("PRAGMA schema_version").fetchone()[0])


def open_connection(
    path: str | Path | None,
    *,
    read_only: bool = False,
    check_pages: bool = True,
    same_as: FileMark | None = None,
    shared: bool = False,
) -> sqlite3.Connection:
    """A ready, migrated connection; ``None`` opens a private in-memory one (tests).

    ``check_pages=False``: the caller runs the page check later (``page_check``); a file
    that needs migrating is still checked here, before anything is written to it.
    ``same_as``: the mark (``file_mark``) of this file as another connection of this
    process opened and checked it: a worker's read-only connection to the very same file,
    schema unchanged, skips checking what is whose (3 ms of every worker's start); a file
    replaced at the path, or whose schema changed, is checked in full. ``shared``: a
    read-only connection any thread may use, one at a time (``spare_reader``).
    """
    if path is None or str(path) == ":memory:":
        memory = sqlite3.connect(":memory:")
        _prepare(memory)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(wrap(memory))
        ensure_database_id(memory)
        return memory
    path = Path(path)
    if path.exists():
        check_header(path)
    elif read_only:
        raise OpenError("cannot_open", path=str(path), reason=fixed_reason("no_file"))
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path, read_only, shared and read_only)
        _prepare(conn)
        if read_only and same_as is not None and file_mark(conn, path) == same_as:
            if not check_pages:
                check_size(path)
            version, trusted = conn.execute("PRAGMA user_version").fetchone()[0], True
        else:
            version, trusted = inspect_connection(
                conn, path, SCHEMA_VERSION, check_pages=check_pages, trust=True
            )
        if not check_pages and version < SCHEMA_VERSION and quick_check_rows(conn) != ["ok"]:
            raise OpenError("damaged", path=str(path))
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute(f"PRAGMA journal_mode = {drives.journal_mode_for(path)}")
            conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION or not _has_tables(conn):
                migrate(wrap(conn))
            elif trusted:  # in line with this code's schema when it was kept (``schema_trust``)
                search_index.register(conn)
            else:
                with atomic(conn):
                    sync_schema(conn)
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            ensure_database_id(conn)
            if not trusted:  # checked, and now in line with the schema: not checked again
                remember(master_digest(conn, SCHEMA_VERSION))
        elif version < SCHEMA_VERSION:
            raise OpenError("needs_upgrade", path=str(path))
        return conn
    except OpenError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise error_for_exception(exc, path) from exc


def _has_tables(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone()
        is not None
    )


@dataclass
class OpenedFile:
    """A database as the store holds it: and if read-only, why."""

    conn: sqlite3.Connection
    read_only: bool = False
    reason: str = ""  # "", "requested", "network", "file", "folder", "locked"
    lock: WriterLock | None = None
    check_pending: bool = False  # the page check is owed (``page_check``)
    mark: FileMark | None = None  # the file as checked (``file_mark``)


def _no_write_bits(p: Path) -> bool:
    return not (p.stat().st_mode & 0o222)


def unwritable_reason(path: Path) -> str:
    """Why this program may not write there ("network"/"file"/"folder"), or "" if it may.

    The permission bits count as well as ``os.access``: an administrator who marked a
    file read-only meant it, even for an account that could override it.
    """
    if on_network_share(path):
        return "network"  # SQLite's locks are not reliable over a network
    if path.exists() and (not os.access(path, os.W_OK) or _no_write_bits(path)):
        return "file"
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK) or (sys.platform != "win32" and _no_write_bits(folder)):
        return "folder"
    return ""


def open_store_file(
    path: str | Path | None,
    *,
    read_only: bool = False,
    defer_check: bool = False,
    pages_checked: bool = False,
    same_as: FileMark | None = None,
    shared: bool = False,
) -> OpenedFile:
    """Open for the ``Store``: writable with the writer lock, or read-only and why.

    ``defer_check``: a file above ``page_check.DEFER_ABOVE_BYTES`` skips the page check
    here (``check_pending``); small files are always checked at once. ``pages_checked``:
    another connection of this process has checked the file already; no check is owed.
    ``same_as``, ``shared``: see ``open_connection`` (read-only opens only).
    """
    if path is None or str(path) == ":memory:":
        return OpenedFile(open_connection(None))
    path = Path(path)
    deferred = defer_check and should_defer(path) and not pages_checked
    reason = "requested" if read_only else unwritable_reason(path)
    lock: WriterLock | None = None
    if not reason:
        lock = WriterLock(path)
        try:
            if not lock.acquire():
                reason, lock = "locked", None
        except OSError:
            reason, lock = "folder", None
    try:
        conn = open_connection(
            path,
            read_only=bool(reason),
            check_pages=not (deferred or pages_checked),
            same_as=same_as,
            shared=shared,
        )
    except OpenError as exc:
        if lock is not None:
            lock.release()
        if not reason and "readonly" in str(exc.params.get("reason", "")).replace("-", ""):
            # The file system refused the first write (a read-only share or mount).
            conn = open_connection(
                path, read_only=True, check_pages=not (deferred or pages_checked)
            )
            return OpenedFile(conn, True, "file", None, deferred, file_mark(conn, path))
        raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedFile(conn, bool(reason), reason, lock, deferred, file_mark(conn, path))
