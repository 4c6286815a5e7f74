"""Backups: daily automatic ones beside the database, and manual ones to any file.

Copies are made with SQLite's online backup API from a connection of their own, never by
copying the file: a file copy of a live WAL database can miss committed pages still in
the ``-wal`` file, or catch a page mid-write. A backup is written under a temporary name
and renamed when complete, so a power cut never leaves a half backup with a good name.
Backups are single self-contained files (rollback journal, not WAL) so they travel on a
USB stick. Restore checks the chosen file first and backs up the current database before
replacing it, so a restore can itself be undone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..safe_write import FileWriteError, replace_file
from .audit_log import record_restore
from .backup_rotation import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    all_backups,
    backup_dir,
    backup_state,
    clean_stale_parts,
    daily_backups,
    daily_name,
    latest_good_backup,
    made_last,
    record_made,
    rotate,
    rotate_before_restore,
    to_keep,
)
from .errors import OpenError, StoreError, fixed_reason
from .hot_journal import journal_of, readable_path, recover_for_writing
from .identity import id_of_file, remember_id
from .integrity import check_file, close_quietly
from .lock import WriterLock
from .sqlite_uri import connect_uri

if TYPE_CHECKING:
    from .facade import Store

__all__ = [
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "BackupCancelled",
    "all_backups",
    "auto_backup",
    "backup_dir",
    "backup_state",
    "backup_to",
    "daily_backups",
    "daily_name",
    "latest_good_backup",
    "restore_from",
    "rotate",
    "to_keep",
]

PAGES_PER_STEP = 256

Progress = Callable[[int, int], None]  # (pages done, pages in all); may raise to cancel


class BackupCancelled(Exception):
    """Raised by a progress callback to stop a backup; the partial file is removed."""


def _source(store: Store) -> tuple[sqlite3.Connection, bool]:
    """A connection to read the store from, and whether we opened it (and must close it).

    A file gets a fresh read-only connection so the copy can run on any thread.
    """
    if store.path is None:
        return store.db.conn, False
    return connect_uri(readable_path(store.path), mode="ro", check_same_thread=False), True


def _copy(src: sqlite3.Connection, target: Path, progress: Progress | None) -> None:
    """Online-backup ``src`` into ``target`` via a temporary file and an atomic rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_parts(target.parent, f"{target.name}.")
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    dst = sqlite3.connect(str(tmp))
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=PAGES_PER_STEP, progress=step)
        dst.execute("PRAGMA journal_mode = DELETE")
        # The full check: quick_check passes an index that no longer matches its table.
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError("backup_failed", reason=fixed_reason("copy_not_verified"))
        dst.close()
        with open(tmp, "rb+") as fh:  # on disk before it gets its real name
            os.fsync(fh.fileno())
        replace_file(tmp, target)  # retried while an antivirus holds the fresh file
    except BaseException:
        close_quietly(dst)
        for part in (tmp, journal_of(tmp)):  # a full disk can leave the journal behind
            with contextlib.suppress(OSError):
                part.unlink()
        raise


def backup_to(store: Store, target: str | Path, progress: Progress | None = None) -> Path:
    """Back up the store's database into ``target`` (replacing any file there)."""
    target = Path(target)
    if store.path is not None and target.resolve() == store.path.resolve():
        raise StoreError("backup_failed", reason=fixed_reason("backup_onto_itself"))
    src, own = _source(store)
    try:
        _copy(src, target, progress)
    except (StoreError, BackupCancelled):
        raise
    except FileWriteError as exc:
        raise StoreError("backup_failed", reason=(exc.reason("zh"), exc.reason("en"))) from exc
    except (OSError, sqlite3.Error) as exc:
        raise StoreError("backup_failed", reason=_reason(exc)) from exc
    finally:
        if own:
            close_quietly(src)
    return target


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc)
    return str(exc)


def auto_backup(store: Store, today: dt.date | None = None) -> Path | None:
    """Today's automatic backup, if there is none yet; then drop the ones past keeping.

    Returns the new file, or ``None`` when there was nothing to do (in-memory store,
    another copy of the program is the writer, already backed up today). Raises ``StoreError`` if the copy failed.
    """
    if store.path is None or store.locked_by_other:
        return None  # the copy that holds the writer lock makes the day's backup
    today = today or dt.date.today()
    folder = backup_dir(store.path)
    if folder.is_dir():
        clean_stale_parts(folder)
    target = folder / daily_name(store.path, today)
    if target.exists() and made_last(store.path, target):
        return None  # a same-named older one means the clock went back: replace it
    backup_to(store, target)
    held = id_of_file(target)
    if held is not None:
        remember_id(folder, store.path, held)
    record_made(store.path, target)
    rotate(store.path)
    return target


def restore_from(
    source: str | Path, db_path: str | Path, progress: Progress | None = None
) -> Path | None:
    """Replace the database at ``db_path`` with the backup ``source``.

    The store on ``db_path`` must be closed first (the caller reopens it afterwards).
    Order matters: check the backup (``OpenError`` if unusable, nothing touched), take
    the writer lock (``StoreError("locked")`` if another copy of the program has it),
    back up the current file (returned, so the user can undo), then copy the backup
    page by page into the live file inside SQLite's own locking — a crash part-way
    leaves the old database, never a mix. A ``db_path`` that is a link is followed:
    the file it points to is restored, and the link stays a link.
    """
    source, db_path = Path(source), Path(db_path).resolve()
    check_file(source)
    if db_path.exists() and source.resolve() == db_path:
        raise StoreError("restore_failed", reason=fixed_reason("restore_from_itself"))
    lock = WriterLock(db_path)
    try:
        got = lock.acquire(exclusive=True)
    except OSError as exc:
        raise StoreError("restore_failed", reason=_reason(exc)) from exc
    if not got:
        raise StoreError("locked", path=str(db_path))
    saved: Path | None = None
    try:
        saved, healthy = _save_current(db_path)
        _restore_pages(source, db_path, healthy, progress)
        record_restore(db_path, source, saved)
    except (OpenError, BackupCancelled):
        raise
    except StoreError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise StoreError("restore_failed", reason=_reason(exc)) from exc
    finally:
        lock.release()
    if saved is not None:
        rotate_before_restore(db_path)
    return saved


def _save_current(db_path: Path) -> tuple[Path | None, bool]:
    """Keep the file about to be replaced: its copy (``None`` if empty) and whether sound.

    A journal left by a killed restore is rolled back into the file first, so a file
    SQLite can recover is saved as a sound copy, not as torn pages. A file that is
    damaged all the same is kept byte for byte, with its journal if it has one.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, True
    recover_for_writing(db_path)
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    saved = backup_dir(db_path) / f"{db_path.stem}-before-restore-{stamp}.db"
    try:
        check_file(db_path)
    except OpenError:
        saved.parent.mkdir(parents=True, exist_ok=True)
        saved = saved.with_suffix(".damaged")
        saved.write_bytes(db_path.read_bytes())
        if journal_of(db_path).exists():
            journal_of(saved).write_bytes(journal_of(db_path).read_bytes())
        return saved, False
    src = connect_uri(db_path, mode="ro")
    try:
        _copy(src, saved, None)
    finally:
        close_quietly(src)
    return saved, True


def _restore_pages(source: Path, db_path: Path, healthy: bool, progress: Progress | None) -> None:
    if not healthy:
        # SQLite cannot write through a damaged file; the damaged bytes were saved
        # above, so move it aside and let the backup land in a fresh file (a journal
        # left beside it would be played into the fresh file).
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
    src = connect_uri(source, mode="ro")
    dst = sqlite3.connect(str(db_path))
    try:
        # The backup API cannot write into a WAL database of a different page size;
        # a rollback journal has no such limit. Opening switches it back to WAL.
        dst.execute("PRAGMA journal_mode = DELETE")

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=PAGES_PER_STEP, progress=step)
    finally:
        close_quietly(src)
        close_quietly(dst)
