"""Handing a worker thread's result to a widget on the GUI thread, if it still exists.

A widget that starts a worker may be closed or rebuilt (another database opened) before
the result comes back, and a worker thread must not emit on an object the GUI thread may
be deleting at that moment. So one courier, made on the GUI thread and never deleted,
carries ``(weak reference, method name, args)`` and calls the method only if the widget
is still alive; the widget holds no signal object of its own for the worker to outlive.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...store import Store


class _Courier(QObject):
    arrived = Signal(object, str, object)  # weak reference, method name, args tuple


_courier: _Courier | None = None


def _deliver(ref: weakref.ref, name: str, args: tuple[Any, ...]) -> None:
    receiver = ref()
    if receiver is not None and shiboken6.isValid(receiver):
        getattr(receiver, name)(*args)


def result_poster(receiver: QObject, method: str) -> Callable[..., None]:
    """Call on the GUI thread; the returned function may be called from any thread."""
    global _courier
    if _courier is None:
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        _courier = _Courier()
        _courier.arrived.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    courier, ref = _courier, weakref.ref(receiver)

    def post(*args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the application is going away
            courier.arrived.emit(ref, method, args)

    return post


def compute_on_reader(
    store: Store,
    compute: Callable[[Store], object],
    receiver: QObject,
    method: str,
    number: int,
    name: str,
) -> None:
    """Run ``compute`` on a read-only connection of its own, in a thread, then call
    ``receiver.method(number, result)`` on the GUI thread — the result, or the exception
    (shown on the widget, never as a traceback).

    The page check is the window's (already passed, or running beside us), so this
    connection neither writes nor reads every page again.
    """
    path, checked, deliver = store.path, store.pages_checked, result_poster(receiver, method)

    def work() -> None:
        result: object
        try:
            own = Store.open(path, read_only=True, defer_check=True, pages_checked=checked)
            try:
                result = compute(own)
            finally:
                own.close()
        except Exception as exc:
            result = exc
        deliver(number, result)

    threading.Thread(target=work, name=name, daemon=True).start()
