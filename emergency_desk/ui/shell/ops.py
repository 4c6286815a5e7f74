"""The one way to work off the GUI thread: an ``Op``, on the model of Anki's
``CollectionOp``/``QueryOp``.

Why one type: a worker that touches a widget (a progress dialog's ``setValue``, a timer)
makes Qt warn "Timers cannot be stopped from another thread" and can crash; a nested
event loop lets the user start a second job inside the first; and a result delivered to
a widget that was closed meanwhile is a crash too. So an op

* runs its function on a worker thread with a store connection no other thread uses
  meanwhile, read-only unless it writes: a writer's own, or the window's kept reader
  (``store.spare_reader``: lent to one op at a time, warm from the last read), or a
  reader of its own when that one is lent out;
* hands progress, its result and its failure back through one hub object that lives on
  the GUI thread, each by a signal queued for the GUI thread — the worker never touches a
  widget, and callbacks run on the GUI thread only while their widget still exists;
* can be cancelled: the function polls ``ctx.cancelled()`` (the progress dialog's Cancel
  sets it);
* imports nothing on the worker: the modules the function needs are imported here, on
  the GUI thread, before the thread starts (PySide6's import hook once crashed with
  "none_dealloc" while a worker imported a module).

A store in memory has no second connection: there the function runs on the GUI thread at
once, and its outcome still arrives through the hub, so callers see one behaviour.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ...store import Store, preload_writes, spare_reader
from ..widgets.dialog_parts import error_text
from .lang import ui_lang

T = TypeVar("T")


@dataclass(frozen=True)
class OpContext:
    """What an op's function gets: its own store (or None), progress and cancel."""

    store: Store | None
    progress: Callable[[int, int], None]
    cancelled: Callable[[], bool]


class _Hub(QObject):
    """Made once on the GUI thread and never deleted, so a worker always has a live
    object to emit on, whatever happened to the widget that started the op."""

    progressed = Signal(object, int, int)
    succeeded = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self) -> None:
        # Auto connections: queued when emitted on a worker, as every op's are; ``post``
        # queues the in-memory ops' own. Naming ``Qt.ConnectionType`` here would build
        # Qt's whole namespace (~30 ms, ``first_paint``) before the Overview's worker
        # starts, where the window builds it anyway while the worker counts.
        super().__init__()
        self.progressed.connect(self._progressed)
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)

    def post(self, signal: SignalInstance, *args: object) -> None:
        """Emit for the GUI thread to handle when it is next idle, from any thread."""
        if threading.current_thread() is threading.main_thread():
            QTimer.singleShot(0, self, lambda: signal.emit(*args))
        else:
            signal.emit(*args)

    def _progressed(self, op: Op[Any], done: int, total: int) -> None:
        op._deliver_progress(done, total)

    def _succeeded(self, op: Op[Any], result: object) -> None:
        op._finish(True, result)

    def _failed(self, op: Op[Any], error: object) -> None:
        op._finish(False, error)


_hub: _Hub | None = None
_running: set[Op[Any]] = set()


def _the_hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


def active_ops() -> int:
    """How many ops have started and not yet delivered their outcome (tests wait on it)."""
    return len(_running)


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


class ProgressDialog(QProgressDialog):
    """A window-modal progress dialog that lives on the GUI thread and is updated only
    by the op's queued progress signal, never by the worker itself."""

    def __init__(self, parent: QWidget | None, title: str, label: str, at_once: bool) -> None:
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        super().__init__(label, QCoreApplication.translate("ops", "Cancel"), 0, 0, parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0 if at_once else 400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if at_once:  # the window has no store meanwhile: nothing to cancel back to
            self.setCancelButton(None)
            self.show()

    def show_progress(self, done: int, total: int) -> None:
        if total and self.maximum() != total:
            self.setMaximum(total)
        self.setValue(min(done, total) if total else 0)


@dataclass(eq=False)
class Op(Generic[T]):
    """``Op(parent, work, store=...).success(...).failure(...).run_in_background()``.

    ``work(ctx)`` runs on a worker thread. ``parent`` is the widget the outcome belongs
    to: if it is gone when the outcome arrives, the callbacks are skipped. Without a
    ``failure`` callback an error is shown as a message box (its ``.message(lang)`` if
    it has one), never as a traceback.
    """

    parent: QWidget | None
    work: Callable[[OpContext], T]
    store: Store | None = None
    writes: bool = False
    imports: Iterable[str] = ()
    name: str = "op"
    # The work reads through ``store.conn`` alone (the Overview's counts): sqlite-utils
    # is not imported before it starts (~80 ms on the way to the figures), and its
    # store refuses ``db`` rather than let the worker import it.
    conn_only: bool = False
    _on_success: Callable[[T], None] | None = None
    _on_failure: Callable[[BaseException], None] | None = None
    _on_progress: list[Callable[[int, int], None]] = field(default_factory=list)
    _progress_args: tuple[str, str, bool] | None = None
    ok: bool | None = None  # once finished: whether it succeeded
    _cancel: threading.Event = field(default_factory=threading.Event)
    dialog: ProgressDialog | None = None
    thread: threading.Thread | None = None
    finished: bool = False

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = fn
        return self

    def progress(self, fn: Callable[[int, int], None]) -> Op[T]:
        self._on_progress.append(fn)
        return self

    def with_progress(self, title: str, label: str, *, at_once: bool = False) -> Op[T]:
        """A progress dialog. ``at_once`` shows it before any progress and without a
        Cancel button, for work during which the window must not be used (a restore:
        its store is closed meanwhile)."""
        self._progress_args = (title, label, at_once)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run_in_background(self) -> Op[T]:
        """Start the op; call on the GUI thread."""
        hub = _the_hub()
        # Everything the worker needs is imported here, on the GUI thread.
        for module in (getattr(self.work, "__module__", None), *self.imports):
            if module:
                importlib.import_module(module)
        # sqlite-utils too, for any op: a store's ``db`` wraps its connection on first
        # use, reads included, and a worker that imported it once hung the test suite.
        if not self.conn_only:
            preload_writes()
        if self._progress_args is not None:
            title, label, at_once = self._progress_args
            self.dialog = ProgressDialog(self.parent, title, label, at_once)
            self.dialog.canceled.connect(self.cancel)
        _running.add(self)
        store = self.store
        if store is not None and store.path is None:  # in memory: no second connection
            self._run(hub, store, own=False)
            return self
        self.thread = threading.Thread(
            target=self._run, args=(hub, store, store is not None), name=self.name, daemon=True
        )
        self.thread.start()
        return self

    # -- on the worker thread -----------------------------------------------------------
    def _run(self, hub: _Hub, store: Store | None, own: bool) -> None:
        def progress(done: int, total: int) -> None:
            hub.post(hub.progressed, self, done, total)

        mine: Store | None = None
        ok = False
        try:
            if own and store is not None:
                mine = self._open(store)
            result = self.work(OpContext(mine or store, progress, self._cancel.is_set))
        except BaseException as exc:  # handed to the GUI thread, which shows it
            outcome: tuple[SignalInstance, object] = (hub.failed, exc)
        else:
            outcome, ok = (hub.succeeded, result), True
        finally:
            if mine is not None and store is not None and not self.writes and ok:
                spare_reader.give_back(store, mine)  # kept for the window's next read
            elif mine is not None:
                # a writer, or a failed read: its error's frames may hold a half-read
                # cursor, which would keep the next read on the file as it was then
                mine.close()
        signal, payload = outcome
        with contextlib.suppress(RuntimeError):  # the application is going away
            hub.post(signal, self, payload)

    def _open(self, store: Store) -> Store:
        # Fields read from the GUI's store are plain values set on the GUI thread.
        path, checked = store.path, store.pages_checked
        if self.writes:
            own = Store.open(path, read_only=store.read_only, pages_checked=checked)
        elif (kept := spare_reader.borrow(store)) is not None:
            own = kept  # the connection the window's last read used, warm
        else:  # the window's checks cover the file: neither write nor reread it
            mark = None if store.closed else store.file_mark  # the very file, unchanged
            own = Store.open(
                path, read_only=True, defer_check=True, pages_checked=checked, same_as=mark,
                shared=True,
            )  # fmt: skip
        own.operator = store.operator
        own.db_allowed = not self.conn_only
        return own

    # -- on the GUI thread --------------------------------------------------------------
    def _deliver_progress(self, done: int, total: int) -> None:
        if self.finished:
            return
        if self.dialog is not None and _alive(self.dialog):
            self.dialog.show_progress(done, total)
        if _alive(self.parent):
            for fn in self._on_progress:
                fn(done, total)

    def _finish(self, ok: bool, payload: object) -> None:
        self.finished, self.ok = True, ok
        _running.discard(self)
        if self.dialog is not None and _alive(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        if not _alive(self.parent):
            return
        if ok:
            if self._on_success is not None:
                self._on_success(payload)  # type: ignore[arg-type]
            return
        error = payload if isinstance(payload, BaseException) else RuntimeError(str(payload))
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_failure(self.parent, error)


def show_failure(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """An op's error as a message box: the error's own sentence, never a traceback."""
    text = error_text(error, ui_lang()) if isinstance(error, Exception) else str(error)
    QMessageBox.warning(parent, title or QCoreApplication.translate("ops", "Not done"), text)
