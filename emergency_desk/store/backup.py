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
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .audit_log import record_restore
from .errors import OpenError, StoreError, fixed_reason
from .integrity import check_file, close_quietly
from .lock import WriterLock

if TYPE_CHECKING:
    from .facade import Store

KEEP_DAILY = 30
KEEP_MONTHLY = 12
BACKUP_DIR = "backups"
PAGES_PER_STEP = 256

Progress = Callable[[int, int], None]  # (pages done, pages in all); may raise to cancel


class BackupCancelled(Exception):
    """Raised by a progress callback to stop a backup; the partial file is removed."""


def backup_dir(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / BACKUP_DIR


def daily_name(db_path: str | Path, day: dt.date) -> str:
    return f"{Path(db_path).stem}-{day.isoformat()}.db"


def _daily_pattern(db_path: str | Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(db_path).stem) + r"-(\d{4}-\d{2}-\d{2})\.db")


def _source(store: Store) -> tuple[sqlite3.Connection, bool]:
    """A connection to read the store from, and whether we opened it (and must close it).

    A file gets a fresh read-only connection so the copy can run on any thread.
    """
    if store.path is None:
        return store.db.conn, False
    uri = store.path.resolve().as_uri()
    return sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False), True


def _copy(src: sqlite3.Connection, target: Path, progress: Progress | None) -> None:
    """Online-backup ``src`` into ``target`` via a temporary file and an atomic rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
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
        if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError("backup_failed", reason=fixed_reason("copy_not_verified"))
        dst.close()
        with open(tmp, "rb+") as fh:  # on disk before it gets its real name
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        close_quietly(dst)
        with contextlib.suppress(OSError):
            tmp.unlink()
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
    target = backup_dir(store.path) / daily_name(store.path, today)
    if target.exists():
        return None
    backup_to(store, target)
    rotate(store.path, today)
    return target


def daily_backups(db_path: str | Path) -> list[tuple[dt.date, Path]]:
    """The automatic backups of this database, oldest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _daily_pattern(db_path)
    found = []
    for p in folder.iterdir():
        m = pattern.fullmatch(p.name)
        if not m:
            continue
        try:
            found.append((dt.date.fromisoformat(m.group(1)), p))
        except ValueError:
            continue
    return sorted(found)


def to_keep(days: list[dt.date], today: dt.date) -> set[dt.date]:
    """The last ``KEEP_DAILY`` backups, and the first backup of each of the last 12 months."""
    days = sorted(set(days))
    keep = set(days[-KEEP_DAILY:])
    months: list[tuple[int, int]] = []
    y, m = today.year, today.month
    for _ in range(KEEP_MONTHLY):
        months.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    for y, m in months:
        firsts = [d for d in days if (d.year, d.month) == (y, m)]
        if firsts:
            keep.add(firsts[0])
    return keep


def rotate(db_path: str | Path, today: dt.date) -> list[Path]:
    """Delete automatic backups past keeping; the deleted files."""
    backups = daily_backups(db_path)
    keep = to_keep([d for d, _ in backups], today)
    gone = []
    for day, p in backups:
        if day not in keep:
            with contextlib.suppress(OSError):
                p.unlink()
                gone.append(p)
    return gone


def all_backups(db_path: str | Path) -> list[Path]:
    """Every backup in the folder beside the database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.db") if p.is_file()]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def latest_good_backup(db_path: str | Path) -> Path | None:
    """The newest backup that passes the open checks, for the damaged-file offer."""
    for p in all_backups(db_path):
        try:
            check_file(p)
        except OpenError:
            continue
        return p
    return None


def restore_from(
    source: str | Path, db_path: str | Path, progress: Progress | None = None
) -> Path | None:
    """Replace the database at ``db_path`` with the backup ``source``.

    The store on ``db_path`` must be closed first (the caller reopens it afterwards).
    Order matters: check the backup (``OpenError`` if unusable, nothing touched), take
    the writer lock (``StoreError("locked")`` if another copy of the program has it),
    back up the current file (returned, so the user can undo), then copy the backup
    page by page into the live file inside SQLite's own locking — a crash part-way
    leaves the old database, never a mix.
    """
    source, db_path = Path(source), Path(db_path)
    check_file(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
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
        if db_path.exists() and db_path.stat().st_size > 0:
            stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
            saved = backup_dir(db_path) / f"{db_path.stem}-before-restore-{stamp}.db"
            try:
                check_file(db_path)
                current_ok = True
            except OpenError:
                current_ok = False  # a damaged file is kept as it was, byte for byte
            if current_ok:
                src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    _copy(src, saved, None)
                finally:
                    close_quietly(src)
            else:
                saved.parent.mkdir(parents=True, exist_ok=True)
                saved = saved.with_suffix(".damaged")
                saved.write_bytes(db_path.read_bytes())
        _restore_pages(source, db_path, progress)
        record_restore(db_path, source, saved)
    except (OpenError, BackupCancelled):
        raise
    except StoreError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise StoreError("restore_failed", reason=_reason(exc)) from exc
    finally:
        lock.release()
    return saved


def _restore_pages(source: Path, db_path: Path, progress: Progress | None) -> None:
    try:
        check_file(db_path)
        healthy = True
    except OpenError:
        healthy = not db_path.exists() or db_path.stat().st_size == 0
    if not healthy:
        # SQLite cannot write through a damaged file; the damaged bytes were saved
        # above, so move it aside and let the backup land in a fresh file.
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
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
