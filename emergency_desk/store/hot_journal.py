"""A rollback journal left by a crash: recover it before anyone judges the file.

A process killed inside a rollback-journal transaction (a restore's page copy: the live
file is switched to ``journal_mode = DELETE`` for it) leaves torn pages in the database
and their old contents in ``<db>-journal``. SQLite puts that right on the next open that
may write. A read-only open cannot, and the ``immutable=1`` fallback ignores the journal
altogether, so it would read the torn pages and call a recoverable file damaged. So the
journal is recovered first: by a writable open where the file and folder allow it, else
on a temporary copy of the file with its journal beside it, which is then read instead.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

from .sqlite_uri import connect_uri

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_copies: list[Path] = []  # temporary folders holding recovered copies, removed at exit
recoveries = {"in_place": 0, "copy": 0}  # how often each way was needed (tests, reports)


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def looks_hot(path: Path) -> bool:
    """A journal with a live header beside the file (SQLite decides if it is truly hot)."""
    try:
        with journal_of(path).open("rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def _recover_in_place(path: Path) -> bool:
    """Let SQLite roll the journal back through a writable open; True if it is gone."""
    try:
        conn = connect_uri(path, mode="rw")
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return not looks_hot(path)


def _recovered_copy(path: Path) -> Path | None:
    """The file and its journal copied to a temporary folder and recovered there."""
    folder = Path(tempfile.mkdtemp(prefix="emergency-desk-recovered-"))
    _copies.append(folder)
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(journal_of(path), journal_of(copy))
    except OSError:
        return None
    return copy if _recover_in_place(copy) else None


def readable_path(path: Path) -> Path:
    """The file to read ``path`` through: itself, recovered if it had a hot journal,
    or a recovered temporary copy when the file itself may not be written."""
    if not looks_hot(path):
        return path
    if _recover_in_place(path):
        recoveries["in_place"] += 1
        return path
    copy = _recovered_copy(path)
    if copy is None:
        return path  # the checks that follow say what is wrong with it
    recoveries["copy"] += 1
    return copy


def recover_for_writing(path: Path) -> None:
    """Before copying or replacing a file: put its hot journal back into it, if any."""
    if looks_hot(path):
        _recover_in_place(path)


@atexit.register
def _remove_copies() -> None:
    for folder in _copies:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)
