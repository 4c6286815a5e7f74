"""One read-only connection per open store, kept between background reads.

Every read a worker does (the Overview's counts, the 乡镇汇总 figures, a search's count)
used to open a connection of its own and close it afterwards: 2–5 ms each time on the
way to the figures (the file opened and its schema parsed again, and on two cores the
open competes with the window being built), and SQLite's page cache thrown away with it.
A window's workers read one after another far more often than at once, so the store
keeps the last one's read-only connection for the next: ``borrow`` lends it to one
worker at a time, and ``give_back`` keeps it (or closes it when one is kept already, or
when the store has been closed meanwhile). Two reads at once still get a connection each.

Closing the store closes the kept connection with it, on the thread that closes the
store — it is opened ``shared`` (``Store.open``), for any thread, and used by one at a
time under the lock — so a restore or a switch to another file leaves no handle on the
old file (Windows would refuse to replace it).

A kept connection sees every commit made since: outside a transaction each statement
reads the newest data, and one given back inside a transaction is rolled back first. A
statement left half-read keeps its connection on the file as it was, so only a read that
finished is given back (``ui.shell.ops``: a failed one's error holds its frames, and any
cursor in them); its result must be data, never a cursor.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Store

_lock = threading.Lock()
_kept: weakref.WeakKeyDictionary[Store, Store] = weakref.WeakKeyDictionary()
_closing: weakref.WeakSet[Store] = weakref.WeakSet()  # owners whose close is hooked


def _close(reader: Store) -> None:
    with contextlib.suppress(Exception):
        reader.close()


def _forget(owner_ref: weakref.ref[Store]) -> Callable[[], None]:
    def drop() -> None:
        owner = owner_ref()
        with _lock:
            reader = _kept.pop(owner, None) if owner is not None else None
        if reader is not None:
            _close(reader)

    return drop


def borrow(owner: Store) -> Store | None:
    """The reader kept for ``owner``, lent to the caller alone until ``give_back``; None
    when none is kept (the caller opens its own, ``shared``) or ``owner`` is closed."""
    with _lock:
        if owner.closed:
            return None
        return _kept.pop(owner, None)


def give_back(owner: Store, reader: Store) -> None:
    """Keep ``reader`` (opened ``shared``) for ``owner``'s next read, or close it: one is
    kept already, or the owner is closed."""
    with contextlib.suppress(Exception):
        if reader.conn.in_transaction:
            reader.conn.rollback()
    with _lock:
        keep = not owner.closed and not reader.closed and owner not in _kept
        if keep:
            _kept[owner] = reader
            if owner not in _closing:
                _closing.add(owner)
                owner.on_close(_forget(weakref.ref(owner)))
    if not keep:
        _close(reader)
    elif owner.closed:  # closed while the hook was being added: its hooks may have run
        _forget(weakref.ref(owner))()


def kept(owner: Store) -> Store | None:
    """The reader kept for ``owner`` now, if any (tests)."""
    with _lock:
        return _kept.get(owner)
