"""Refreshing a widget when the tables it shows change, without outliving it.

The store calls listeners synchronously after each committed action; a listener that
belongs to a deleted widget must never be called, so it is removed when the widget goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QObject

from ...store import Store


def watch_tables(
    owner: QObject, store: Store, tables: Iterable[str], callback: Callable[[set[str]], None]
) -> Callable[[], None]:
    """Call ``callback(changed)`` when any of ``tables`` changes; returns an unwatch function."""
    wanted = set(tables)

    def listener(changed: set[str]) -> None:
        if changed & wanted and shiboken6.isValid(owner):
            callback(changed)

    def unwatch(*_: object) -> None:
        store.unsubscribe(listener)

    store.subscribe(listener)
    owner.destroyed.connect(unwatch)
    return unwatch
