"""Data safety in the main window: backup and restore, recycle bin, audit log, history,
the read-only banner, the daily automatic backup and the one-time operator prompt.

``install_data_safety(window)`` adds the menus, banner and History buttons (and redoes
the per-tab parts whenever another database is opened); ``start_session(window)`` runs
what belongs to a real start only (not to tests that build a window): the automatic
backup, off the GUI thread, and the operator prompt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from ...store import OpenError, ReadOnlyError, Store, StoreError
from ...store.backup import BackupCancelled, auto_backup, backup_to, restore_from
from ...store.integrity import check_file
from ..shell.background_job import run_job
from ..shell.lang import ui_lang

# The dialogs and the History button (and the list widgets they pull in) are imported
# when first used or when the first list is built, not before the window's first paint.

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

DB_FILTER = "*.db"


# -- banner ----------------------------------------------------------------------------
def banner_text(store: Store) -> str:
    """Why this window cannot save, in the user's language; "" when it can."""
    if not store.read_only:
        return ""
    return ReadOnlyError(store.read_only_reason).message(ui_lang())


def _update_banner(window: MainWindow) -> None:
    if window.read_only_label is None or window.read_only_banner is None:
        return  # not installed yet
    text = banner_text(window.store)
    window.read_only_label.setText(text)
    window.read_only_banner.setVisible(bool(text))


def _make_banner(window: MainWindow) -> None:
    bar = QToolBar(window)
    bar.setObjectName("readOnlyBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    label = QLabel(bar)
    label.setObjectName("readOnlyLabel")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet(
        "QLabel { background: #fff4ce; color: #5c4400; padding: 6px 10px; "
        "border: 1px solid #e0c060; border-radius: 3px; }"
    )
    bar.addWidget(label)
    window.addToolBar(bar)  # the top area
    window.read_only_banner = bar
    window.read_only_label = label


# -- backup and restore ------------------------------------------------------------------
def back_up_to(window: MainWindow, target: Path | None = None) -> Path | None:
    if target is None:
        suggested = f"{(window.store.path or Path('emergency_desk')).stem}-{dt.date.today()}.db"
        start = window.store.path.parent if window.store.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("data_safety", "Back up to"),
            str(start / suggested),
            QCoreApplication.translate("data_safety", "Emergency Desk database (*.db)"),
        )
        if not name:
            return None
        target = Path(name)
    if target.suffix == "":
        target = target.with_suffix(".db")

    def job(store: Store, progress: Any, cancelled: Any) -> Path:
        def step(done: int, total: int) -> None:
            progress(done, total)
            if cancelled():
                raise BackupCancelled

        return backup_to(store, target, step)

    try:
        done = run_job(
            window,
            window.store,
            QCoreApplication.translate("data_safety", "Back up"),
            QCoreApplication.translate("data_safety", "Backing up…"),
            job,
        )
    except BackupCancelled:
        return None
    except StoreError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("data_safety", "Back up"), exc.message(ui_lang())
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("data_safety", "Backed up to {path}").format(path=done), 8000
    )
    return done


def restore_from_file(window: MainWindow, source: Path | None = None) -> bool:
    from PySide6.QtCore import Qt  # named where used: see ``first_paint``

    lang = ui_lang()
    db_path = window.store.path
    if db_path is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("data_safety", "Restore"),
            QCoreApplication.translate(
                "data_safety", "A database in memory cannot be restored into."
            ),
        )
        return False
    if source is None:
        name, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("data_safety", "Restore from"),
            str(db_path.parent / "backups"),
            QCoreApplication.translate(
                "data_safety", "Emergency Desk database (*.db);;All files (*)"
            ),
        )
        if not name:
            return False
        source = Path(name)
    try:
        check_file(source)
    except OpenError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("data_safety", "Restore"), exc.message(lang)
        )
        return False
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("data_safety", "Restore"),
        QCoreApplication.translate(
            "data_safety",
            "Replace the current database with “{source}”?\n\nThe current database is "
            "backed up first into the backups folder, so this can be undone.",
        ).format(source=source.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.store.close()
    ok = True
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = restore_from(source, db_path)
    except (StoreError, OSError) as exc:  # OSError: the stick was pulled mid-copy
        ok, saved = False, None
        QApplication.restoreOverrideCursor()
        from ..widgets.dialog_parts import error_text

        QMessageBox.critical(
            window, QCoreApplication.translate("data_safety", "Restore"), error_text(exc, lang)
        )
    else:
        QApplication.restoreOverrideCursor()
    try:
        window.set_store(Store.open(db_path))
    except (StoreError, OSError) as exc:
        from ..widgets.dialog_parts import error_text

        QMessageBox.critical(
            window, QCoreApplication.translate("data_safety", "Restore"), error_text(exc, lang)
        )
        return False
    if ok:
        text = QCoreApplication.translate("data_safety", "Restored from “{source}”.").format(
            source=source.name
        )
        if saved is not None:
            text += " " + QCoreApplication.translate(
                "data_safety", "The previous database was saved as “{saved}”."
            ).format(saved=saved.name)
        window.statusBar().showMessage(text, 15000)
    return ok


# -- dialogs -----------------------------------------------------------------------------
def open_recycle_bin(window: MainWindow) -> None:
    from .recycle_bin import RecycleBinDialog

    dialog = RecycleBinDialog(window.store, window)
    dialog.exec()
    dialog.deleteLater()


def open_audit_log(window: MainWindow) -> None:
    from .audit_viewer import AuditViewerDialog

    dialog = AuditViewerDialog(window.store, window)
    dialog.exec()
    dialog.deleteLater()


def install_data_safety(window: MainWindow) -> None:
    """Menus, banner and History buttons; call once from the main window."""
    menu = window.file_menu
    before = window.quit_action
    backup_action = menu.addAction(QCoreApplication.translate("data_safety", "&Back up to…"))
    backup_action.setObjectName("backupAction")
    backup_action.triggered.connect(lambda _c=False: back_up_to(window))
    restore_action = menu.addAction(QCoreApplication.translate("data_safety", "&Restore from…"))
    restore_action.setObjectName("restoreAction")
    restore_action.triggered.connect(lambda _c=False: restore_from_file(window))
    menu.removeAction(backup_action)
    menu.removeAction(restore_action)
    menu.insertActions(before, [backup_action, restore_action])
    menu.insertSeparator(before)

    bin_action = window.tools_menu.addAction(
        QCoreApplication.translate("data_safety", "Recycle &bin…")
    )
    bin_action.setObjectName("recycleBinAction")
    bin_action.triggered.connect(lambda _c=False: open_recycle_bin(window))
    audit_action = window.tools_menu.addAction(
        QCoreApplication.translate("data_safety", "&Audit log…")
    )
    audit_action.setObjectName("auditLogAction")
    audit_action.triggered.connect(lambda _c=False: open_audit_log(window))

    _make_banner(window)
    _update_banner(window)

    def history_on(_register: str, widget: QWidget) -> None:
        from .history_dialog import install_history_on_lists

        install_history_on_lists(widget)

    window.on_register_tab_built(history_on)

    def store_changed(_store: object) -> None:
        _update_banner(window)

    window.store_changed.connect(store_changed)


# -- at start ----------------------------------------------------------------------------
class _BackupReporter(QObject):
    finished = Signal(object, str)  # the new backup (or None), an error message


def start_auto_backup(window: MainWindow, today: dt.date | None = None) -> threading.Thread:
    """Today's automatic backup on a worker thread; the outcome goes to the status bar."""
    from PySide6.QtCore import Qt  # named where used: see ``first_paint``

    store = window.store
    lang = ui_lang()
    reporter = _BackupReporter(window)

    def show(path: object, error: str) -> None:
        if error:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "data_safety", "Automatic backup failed: {reason}"
                ).format(reason=error),
                15000,
            )
        elif path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("data_safety", "Automatic backup saved: {name}").format(
                    name=Path(str(path)).name
                ),
                8000,
            )

    reporter.finished.connect(show, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            made = auto_backup(store, today)
        except StoreError as exc:
            reporter.finished.emit(None, exc.message(lang))
        except Exception as exc:  # a failed backup must not take the program down
            reporter.finished.emit(None, str(exc))
        else:
            reporter.finished.emit(made, "")

    thread = threading.Thread(target=work, name="auto-backup", daemon=True)
    thread.start()
    window.auto_backup_thread = thread
    return thread


def prompt_operator(window: MainWindow) -> None:
    """Ask once for the name recorded with each change, if the database has none."""
    store = window.store
    if (
        store.closed
        or store.read_only
        or store.get_setting("operator")
        or store.get_setting("operator_asked")
    ):
        return
    name, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("data_safety", "Operator"),
        QCoreApplication.translate(
            "data_safety",
            "Your name, recorded with each change you make (can be changed in Settings):",
        ),
        text=store.os_user,
    )
    try:
        if ok and name.strip():
            store.set_setting("operator", name.strip())
        store.set_setting("operator_asked", True)
    except StoreError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("data_safety", "Operator"), exc.message(ui_lang())
        )


class _PageCheckReporter(QObject):
    finished = Signal(object)  # the problems found (empty: sound)


def start_page_check(
    window: MainWindow, then: Callable[[], None] | None = None
) -> threading.Thread | None:
    """The owed page check of a big file (``store.page_check``) on a worker thread.

    If it finds damage the store turns read-only, the banner says so, and the user gets
    the damaged-file message with the offer to restore the newest good backup, as at
    open. ``then`` runs on the GUI thread after a clean check. None if nothing was owed.
    """
    from PySide6.QtCore import Qt  # named where used: see ``first_paint``

    store = window.store
    check = store.page_check
    if check is None:
        if then is not None:
            then()
        return None
    reporter = _PageCheckReporter(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("data_safety", "Checking the database file…")
    )

    def done(problems: object) -> None:
        if store.closed or window.store is not store:
            return
        window.statusBar().clearMessage()
        store.page_check = None
        if problems:
            damaged_found(window)
        elif then is not None:
            then()

    reporter.finished.connect(done, Qt.ConnectionType.QueuedConnection)

    def report(problems: list[str]) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            reporter.finished.emit(problems)

    thread = check.start(report)
    window.page_check_thread = thread
    return thread


def damaged_found(window: MainWindow) -> None:
    """The page check failed after the window showed: read-only, say so, offer a backup."""
    from PySide6.QtCore import Qt  # named where used: see ``first_paint``

    from ..shell.open_failure import offer_backup

    store = window.store
    store.mark_damaged()
    window.set_store(store)  # every tab again, now read-only, and the banner
    path = store.path
    if path is None:
        return
    backup = offer_backup(window, OpenError("damaged", path=str(path)), path)
    if backup is None:
        return
    store.close()
    lang = ui_lang()
    title = QCoreApplication.translate("data_safety", "Restore")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restore_from(backup, path)
        restored = Store.open(path)
    except StoreError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, title, exc.message(lang))
        window.close()  # the damaged file is left as it was; nothing safe is left to show
        return
    QApplication.restoreOverrideCursor()
    window.set_store(restored)
    window.statusBar().showMessage(
        QCoreApplication.translate("data_safety", "Restored from “{source}”.").format(
            source=backup.name
        ),
        15000,
    )


def start_session(window: MainWindow) -> None:
    """What a real start does after the window shows (``run_gui`` calls it).

    A big file's page check comes first; the backup and the operator's name (a write)
    follow once it has passed, so a damaged file is neither copied nor written.
    """

    def rest() -> None:
        start_auto_backup(window)
        QTimer.singleShot(0, lambda: prompt_operator(window))

    start_page_check(window, rest)
