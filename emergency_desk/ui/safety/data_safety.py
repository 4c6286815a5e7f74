"""Data safety in the main window: backup and restore, recycle bin, audit log, history,
the read-only banner, the daily automatic backup and the one-time operator prompt.

``install_data_safety(window)`` adds the menus, banner and History buttons (and redoes
the per-tab parts whenever another database is opened); ``start_session(window)`` runs
what belongs to a real start only (not to tests that build a window): the automatic
backup, off the GUI thread, and the operator prompt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
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
from ...store.backup_rotation import BackupState, backup_state
from ...store.integrity import check_file
from ..shell.lang import ui_lang
from ..shell.open_failure import offer_backup
from ..shell.ops import Op, OpContext, show_failure
from ..widgets.dialog_parts import error_text

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
def warn_about_backups(window: MainWindow, state: BackupState | None) -> None:
    """The damaged-newest-backup message (its module loads after the first paint)."""
    if state is not None and state.newest_is_bad:
        from .backup_warning import warn_about_backups as warn

        warn(window, state)


def _state_of(store: Store | None) -> BackupState | None:
    """The backups folder's state, on the op after its backup (it opens the backups)."""
    return backup_state(store.path) if store is not None and store.path is not None else None


def back_up_to(
    window: MainWindow, target: Path | None = None
) -> Op[tuple[Path, BackupState | None]] | None:
    """Back up on an op (its own connection), with a progress dialog that cancels."""
    if target is None:
        suggested = f"{(window.store.path or Path('emergency_desk')).stem}-{dt.date.today()}.db"
        from ..widgets.save_dialogs import ask_save_path  # loaded when asked for

        target = ask_save_path(
            window,
            "backup",
            QCoreApplication.translate("data_safety", "Back up to"),
            suggested,
            [(QCoreApplication.translate("data_safety", "Emergency Desk database (*.db)"), ".db")],
        )
        if target is None:
            return None
    if target.suffix == "":
        target = target.with_suffix(".db")
    chosen = target
    title = QCoreApplication.translate("data_safety", "Back up")

    def work(ctx: OpContext) -> tuple[Path, BackupState | None]:
        def step(done: int, total: int) -> None:
            ctx.progress(done, total)
            if ctx.cancelled():
                raise BackupCancelled

        assert ctx.store is not None
        return backup_to(ctx.store, chosen, step), _state_of(ctx.store)

    def done(result: tuple[Path, BackupState | None]) -> None:
        path, state = result
        text = QCoreApplication.translate("data_safety", "Backed up to {path}").format(path=path)
        window.statusBar().showMessage(text, 8000)
        # A status line is easy to miss; the user must know the copy exists, and where.
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "data_safety", "The backup is complete and checked. It was saved as:\n{path}"
            ).format(path=path.resolve()),
        )
        warn_about_backups(window, state)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, BackupCancelled):
            return
        show_failure(window, exc, title)

    return (
        Op(window, work, store=window.store, name="backup")
        .with_progress(title, QCoreApplication.translate("data_safety", "Backing up…"))
        .success(done)
        .failure(failed)
        .run_in_background()
    )


def _restore(
    window: MainWindow,
    source: Path,
    db_path: Path,
    then: Callable[[Path | None], None],
    failed: Callable[[BaseException], None],
) -> Op[Path | None]:
    """Close the window's store and copy ``source`` over ``db_path`` on an op; the
    progress dialog shows at once and has no Cancel: the window has no store meanwhile."""
    window.store.close()

    def work(ctx: OpContext) -> Path | None:
        return restore_from(source, db_path, ctx.progress)

    return (
        Op(window, work, name="restore")
        .with_progress(
            QCoreApplication.translate("data_safety", "Restore"),
            QCoreApplication.translate("data_safety", "Restoring “{source}”…").format(
                source=source.name
            ),
            at_once=True,
        )
        .success(then)
        .failure(failed)
        .run_in_background()
    )


def restore_from_file(window: MainWindow, source: Path | None = None) -> Op[Path | None] | None:
    """Ask, then restore on an op; None when refused or not confirmed."""
    lang = ui_lang()
    title = QCoreApplication.translate("data_safety", "Restore")
    db_path = window.store.path
    if db_path is None:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate(
                "data_safety", "A database in memory cannot be restored into."
            ),
        )
        return None
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
            return None
        source = Path(name)
    try:
        check_file(source)
    except OpenError as exc:
        QMessageBox.warning(window, title, exc.message(lang))
        return None
    answer = QMessageBox.question(
        window,
        title,
        QCoreApplication.translate(
            "data_safety",
            "Replace the current database with “{source}”?\n\nThe current database is "
            "backed up first into the backups folder, so this can be undone.",
        ).format(source=source.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    chosen = source

    def reopen() -> bool:
        try:
            window.set_store(Store.open(db_path))
        except (StoreError, OSError) as exc:
            QMessageBox.critical(window, title, error_text(exc, lang))
            return False
        return True

    def done(saved: Path | None) -> None:
        if not reopen():
            return
        text = QCoreApplication.translate("data_safety", "Restored from “{source}”.").format(
            source=chosen.name
        )
        if saved is not None:
            text += " " + QCoreApplication.translate(
                "data_safety", "The previous database was saved as “{saved}”."
            ).format(saved=saved.name)
        window.statusBar().showMessage(text, 15000)

    def failed(exc: BaseException) -> None:  # OSError too: the stick was pulled mid-copy
        QMessageBox.critical(window, title, error_text(exc, lang))
        reopen()

    return _restore(window, chosen, db_path, done, failed)


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
def start_auto_backup(
    window: MainWindow, today: dt.date | None = None
) -> Op[tuple[Path | None, StoreError | None, BackupState | None]]:
    """Today's automatic backup on an op; the outcome goes to the status bar, and a
    damaged newest backup (the backups folder's state, made or not) to a message box."""
    lang = ui_lang()
    # The copy that holds the writer lock makes the day's backup (read here, not on
    # the op's own read-only connection, which holds no lock).
    other_writer = window.store.locked_by_other

    def work(ctx: OpContext) -> tuple[Path | None, StoreError | None, BackupState | None]:
        if other_writer or ctx.store is None:
            return None, None, None
        try:
            path, error = auto_backup(ctx.store, today), None
        except StoreError as exc:  # refused (a damaged database) or failed: still say
            path, error = None, exc  # what the backups folder holds
        return path, error, _state_of(ctx.store)

    def done(result: tuple[Path | None, StoreError | None, BackupState | None]) -> None:
        path, error, state = result
        if error is not None:
            failed(error)
        elif path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("data_safety", "Automatic backup saved: {name}").format(
                    name=path.name
                ),
                8000,
            )
        warn_about_backups(window, state)

    def failed(exc: BaseException) -> None:  # a failed backup must not take the program down
        window.statusBar().showMessage(
            QCoreApplication.translate("data_safety", "Automatic backup failed: {reason}").format(
                reason=error_text(exc, lang) if isinstance(exc, Exception) else str(exc)
            ),
            15000,
        )

    return (
        Op(window, work, store=window.store, name="auto-backup")
        .success(done)
        .failure(failed)
        .run_in_background()
    )


def prompt_operator(window: MainWindow) -> None:
    """Ask once for the name recorded with each change, if the database has none.

    Not on a new office's first start: the first-run setup asks for the name on its first
    page, and a second dialog over the Overview would ask the same again."""
    store = window.store
    if (
        store.closed
        or store.read_only
        or store.get_setting("operator")
        or store.get_setting("operator_asked")
    ):
        return
    from ..settings.first_run import needs_first_run  # only on a file never asked

    if needs_first_run(store):
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


def start_page_check(
    window: MainWindow, then: Callable[[], None] | None = None
) -> Op[list[str]] | None:
    """The owed page check of a big file (``store.page_check``) on an op.

    If it finds damage the store turns read-only, the banner says so, and the user gets
    the damaged-file message with the offer to restore the newest good backup, as at
    open. ``then`` runs on the GUI thread after a clean check. None if nothing was owed.
    """
    store = window.store
    check = store.page_check
    if check is None:
        if then is not None:
            then()
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("data_safety", "Checking the database file…")
    )

    def work(_ctx: OpContext) -> list[str]:
        return check.run()  # no connection of the op's own: the check opens the file

    def done(problems: list[str]) -> None:
        if store.closed or window.store is not store:
            return
        window.statusBar().clearMessage()
        store.page_check = None
        if problems:
            damaged_found(window)
        elif then is not None:
            then()

    return Op(window, work, name="page-check").success(done).run_in_background()


def damaged_found(window: MainWindow) -> Op[Path | None] | None:
    """The page check failed after the window showed: read-only, say so, offer a backup."""
    store = window.store
    store.mark_damaged()
    window.set_store(store)  # every tab again, now read-only, and the banner
    path = store.path
    if path is None:
        return None
    backup = offer_backup(window, OpenError("damaged", path=str(path)), path)
    if backup is None:
        return None
    lang = ui_lang()
    title = QCoreApplication.translate("data_safety", "Restore")
    chosen, db_path = backup, path

    def done(_saved: Path | None) -> None:
        try:
            restored = Store.open(db_path)
        except StoreError as exc:
            failed(exc)
            return
        window.set_store(restored)
        window.statusBar().showMessage(
            QCoreApplication.translate("data_safety", "Restored from “{source}”.").format(
                source=chosen.name
            ),
            15000,
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.critical(window, title, error_text(exc, lang))
        window.close()  # the damaged file is left as it was; nothing safe is left to show

    return _restore(window, chosen, db_path, done, failed)


def start_session(window: MainWindow) -> None:
    """What a real start does after the window shows (``run_gui`` calls it).

    A big file's page check comes first; the backup and the operator's name (a write)
    follow once it has passed, so a damaged file is neither copied nor written.
    """

    def rest() -> None:
        start_auto_backup(window)
        QTimer.singleShot(0, lambda: prompt_operator(window))

    start_page_check(window, rest)
