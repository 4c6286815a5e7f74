"""The Qt messages that mean a widget or timer was touched from the wrong thread.

``conftest.py`` installs ``handler`` around every test (``qInstallMessageHandler``) and
fails the test if one of these was printed: "QObject::killTimer: Timers cannot be
stopped from another thread" came from every Word export once, when a worker called a
progress dialog's ``setValue``; it must never come back unnoticed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

CROSS_THREAD = (
    "Timers cannot be stopped from another thread",
    "Timers cannot be started from another thread",
    "Timers can only be used with threads started with QThread",
    "QObject::startTimer",
    "QObject::killTimer",
    "QBasicTimer can only be used with threads started with QThread",
    "Cannot create children for a parent that is in a different thread",
    "Cannot send events to objects owned by a different thread",
    "Cannot move objects with a parent",
    "moveToThread",
    "QSocketNotifier: socket notifiers cannot be enabled or disabled from another thread",
    "Widgets must be created in the GUI thread",
    "QPixmap: It is not safe to use pixmaps outside the GUI thread",
)

_lock = threading.Lock()
caught: list[str] = []


def is_cross_thread(message: str) -> bool:
    return any(pattern in message for pattern in CROSS_THREAD)


def make_handler(previous: Callable[..., Any] | None) -> Callable[[Any, Any, str], None]:
    """A message handler that records cross-thread warnings and passes every message on
    to the handler it replaced (pytest-qt's, which shows them with a failed test)."""

    def handler(mode: Any, context: Any, message: str) -> None:
        if is_cross_thread(message):
            with _lock:
                caught.append(message)
        if previous is not None:
            previous(mode, context, message)

    return handler


def take() -> list[str]:
    """The cross-thread warnings caught so far, forgetting them."""
    with _lock:
        found = caught[:]
        caught.clear()
    return found


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """Fail (``pytest.fail``) if Qt printed a cross-thread warning inside the block."""
    import pytest
    from PySide6.QtCore import qInstallMessageHandler

    take()
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(make_handler(previous))
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
    found = take()
    if found:
        pytest.fail("Qt warned about a cross-thread use:\n" + "\n".join(found), pytrace=False)
