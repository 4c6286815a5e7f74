"""Running a long import or export off the GUI thread, with a progress dialog that cancels.

An SQLite connection belongs to the thread that opened it, so the job gets its own
``Store`` on the same file (the writer lock is shared within the process). A database in
memory has no second connection; there the job runs on the GUI thread and the progress
dialog is kept alive by processing events between rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...store import Store

Job = Callable[[Store, Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, store: Store, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self.store = store
        self.job = job
        self.cancel = cancel
        # Read here, on the GUI thread: once the window's page check has passed, the
        # job's own connection need not read every page again (3 s on a 1.2 GB file).
        self.pages_checked = store.pages_checked
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        own: Store | None = None
        try:
            own = Store.open(
                self.store.path, read_only=self.store.read_only, pages_checked=self.pages_checked
            )
            own.operator = self.store.operator
            self.result = self.job(own, self.progressed.emit, self.cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.error = exc
        finally:
            if own is not None:
                own.close()
            self.done.emit()


def run_job(parent: QWidget, store: Store, title: str, label: str, job: Job) -> Any:
    """Run ``job(store, progress, cancelled)``; returns its result or raises its error."""
    from PySide6.QtCore import Qt  # named where used: see ``first_paint``

    cancel = threading.Event()
    dialog = QProgressDialog(label, QCoreApplication.translate("run_job", "Cancel"), 0, 0, parent)
    dialog.setObjectName("jobProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)

    def show_progress(done: int, total: int) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)

    try:
        if store.path is None:

            def progress(done: int, total: int) -> None:
                show_progress(done, total)
                QCoreApplication.processEvents()

            return job(store, progress, cancel.is_set)
        worker = _Worker(store, job, cancel)
        thread = QThread(parent)
        worker.moveToThread(thread)
        worker.progressed.connect(show_progress)
        loop = QEventLoop()
        worker.done.connect(loop.quit)
        thread.started.connect(worker.run)
        thread.start()
        loop.exec()
        thread.quit()
        thread.wait()
        thread.deleteLater()
        if worker.error is not None:
            raise worker.error
        return worker.result
    finally:
        dialog.close()
        dialog.deleteLater()
