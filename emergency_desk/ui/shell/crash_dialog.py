"""Tell the user about a crash with a dialog that names the log file, then keep running.

PySide reports an exception raised in a slot or event handler through ``sys.excepthook``
and carries on, so the app need not vanish: ``crash_log`` writes the log, this shows it.
A broken paint handler would raise on every repaint, so each distinct failure is shown
once; the rest are still logged.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from ... import crash_log

_shown: set[str] = set()
_showing = False


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}@{where}"


def show_crash_dialog(path: Path, exc: BaseException) -> None:
    """Modal message with the log path and a button that opens the logs folder."""
    global _showing
    key = _signature(exc)
    if _showing or key in _shown:
        return
    _shown.add(key)
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "Emergency Desk hit an unexpected error. What you saved before is safe; "
                "the last action may not have finished.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog",
                "Details were written to:\n{path}\n\nPlease send this file to your support contact.",
            ).replace("{path}", str(path))
        )
        box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
        open_folder = box.addButton(
            QCoreApplication.translate("CrashDialog", "Open log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    finally:
        _showing = False


def notify(path: Path, exc: BaseException) -> None:
    """The ``crash_log`` notifier: a dialog on the GUI thread, whichever thread crashed."""
    app = QApplication.instance()
    if app is None:
        crash_log.default_notify(path, exc)
        return
    if QThread.currentThread() is app.thread():
        show_crash_dialog(path, exc)
    else:
        QTimer.singleShot(0, app, lambda: show_crash_dialog(path, exc))


def install_crash_dialog() -> None:
    """Call once the QApplication exists."""
    crash_log.install()
    crash_log.set_notifier(notify)
