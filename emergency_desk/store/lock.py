"""One writer per database file, across copies of the program.

Two copies of the program writing the same file would each believe their view is
current; SQLite keeps the file consistent but the users would overwrite each other. The
first copy holds an OS-level lock on ``<database>.lock``; a later copy finds it held and
opens the database read-only. The operating system drops the lock when the holder dies,
so a crash or power cut never leaves a stale lock behind (unlike a PID file).

Within one process several ``Store`` objects on the same file share the lock: SQLite
already serialises connections inside a process, and tests and command-line helpers
routinely open a file twice.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

# Imported here, never inside a function: ``WriterLock.__del__`` may run while the
# interpreter shuts down, and an import there can wait forever on the import lock.
if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_held: dict[str, tuple[int, int]] = {}  # lock path -> (file descriptor, users in this process)
_guard = threading.Lock()


def lock_path_for(db_path: str | Path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """The right to write one database file; ``acquire`` says whether we got it."""

    def __init__(self, db_path: str | Path):
        self.path = lock_path_for(Path(db_path).resolve())
        self.held = False

    def acquire(self, *, exclusive: bool = False) -> bool:
        """True if this process may write; False if another copy holds the lock.

        ``exclusive`` also refuses when a store in this very process has the file open
        (replacing the file under it would be as bad as another program doing so).
        Raises ``OSError`` if the lock file cannot be created (a read-only folder): the
        caller then opens read-only for that reason instead.
        """
        if self.held:
            return True
        key = str(self.path)
        with _guard:
            if key in _held and exclusive:
                return False
            if key in _held:
                fd, users = _held[key]
                _held[key] = (fd, users + 1)
                self.held = True
                return True
            fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o666)
            if not _try_lock(fd):
                os.close(fd)
                return False
            with contextlib.suppress(OSError):  # who holds it, for a curious administrator
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, f"{os.getpid()}\n".encode())
            _held[key] = (fd, 1)
            self.held = True
            return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        key = str(self.path)
        with _guard:
            fd, users = _held.get(key, (-1, 0))
            if users > 1:
                _held[key] = (fd, users - 1)
                return
            _held.pop(key, None)
            if fd >= 0:
                _unlock(fd)
                os.close(fd)

    def __del__(self) -> None:
        # A store left unclosed releases here; nothing in ``release`` imports a module.
        with contextlib.suppress(Exception):
            self.release()


def is_locked_elsewhere(db_path: str | Path) -> bool:
    """Whether another process holds the writer lock (a probe that takes and drops it)."""
    probe = WriterLock(db_path)
    if str(probe.path) in _held:
        return False
    try:
        got = probe.acquire()
    except OSError:
        return False
    if got:
        probe.release()
    return not got
