"""Reading an older file without upgrading it: the read-only commands' way in.

``check``, ``export``, ``report`` and ``backup`` promise not to write. A file from an
older version cannot be read as it is (the queries expect the current schema), and
upgrading it in place is a write — one that, before the file was recognised properly,
rewrote other programs' files. So these commands read an upgraded copy in a temporary
folder, made with SQLite's backup API from a read-only connection, removed at close; the
file itself is left byte for byte as it was. The store's ``path`` stays the real file,
so ``backup`` copies the file as it is and messages name the file the user gave.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

from .connection import _connect, open_connection
from .facade import Store
from .integrity import close_quietly, error_for_exception


def _copy_into(source: Path, target: Path) -> None:
    src = _connect(source, read_only=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        close_quietly(src)
        close_quietly(dst)


def open_upgraded_copy(path: str | Path) -> Store:
    """A read-only store on an upgraded temporary copy of ``path`` (checked as usual).

    The caller has opened ``path`` read-only already and been told it needs upgrading:
    the file is ours, sound and not newer than this program.
    """
    path = Path(path)
    folder = Path(tempfile.mkdtemp(prefix="emergency-desk-"))
    copy = folder / path.name
    try:
        try:
            _copy_into(path, copy)
        except sqlite3.DatabaseError as exc:
            raise error_for_exception(exc, path) from exc
        conn = open_connection(copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    store = Store(conn, path, read_only=True)

    def remove_copy() -> None:
        with contextlib.suppress(Exception):
            conn.close()
        shutil.rmtree(folder, ignore_errors=True)

    store.on_close(remove_copy)
    store.operator = store.get_setting("operator", "") or ""
    return store
