"""The page check of a big database, run beside the open window instead of before it.

``PRAGMA quick_check`` reads every page of the file: 3 s for the 1.2 GB file of a
million duty entries, all of it before the window could show. The GUI opens such a file
with the cheap checks only (header, size, schema, version: ``integrity``) and runs the
full check on a worker thread once the window is up. The promise stays whole:

* nothing is written before the check has passed — the first write waits for it
  (``Store.transaction``), and a damaged file turns the store read-only instead;
* a damaged file gets the same message and restore offer as at open (``ui.data_safety``);
* small files, the command line, backups and restores keep the synchronous check.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from .integrity import integrity_problems

# Below this the check costs less than ~0.2 s and is simply done at open.
DEFER_ABOVE_BYTES = 64 * 1024 * 1024


def should_defer(path: Path) -> bool:
    try:
        return path.stat().st_size > DEFER_ABOVE_BYTES
    except OSError:
        return False


class PageCheck:
    """One run of ``integrity_check`` on a file, on a worker thread; started at most once.

    The full check, not ``quick_check``: an index that no longer matches its table
    passes the quick one, and would then be copied into every backup.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def start(self, on_done: Callable[[list[str]], None] | None = None) -> threading.Thread:
        """Run the check on a daemon thread; ``on_done(problems)`` is called on that thread."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, args=(on_done,), name="page-check", daemon=True
                )
                self._thread.start()
            return self._thread

    def _run(self, on_done: Callable[[list[str]], None] | None) -> None:
        try:
            self.problems = integrity_problems(self.path)
        except Exception as exc:  # never leave a writer waiting for ever
            self.problems = [str(exc)]
        finally:
            self._done.set()
        if on_done is not None:
            on_done(self.problems)

    def run(self) -> list[str]:
        """The check on the calling thread (a GUI op's worker), or, if it already
        started elsewhere, the wait for it: either way it reads the file only once."""
        with self._lock:
            mine = self._thread is None
            if mine:
                self._thread = threading.current_thread()
        if mine:
            self._run(None)
        else:
            self._done.wait()
        return self.problems

    def wait(self) -> list[str]:
        """The problems found (empty: sound), starting the check here if nobody has."""
        self.start()
        self._done.wait()
        return self.problems
