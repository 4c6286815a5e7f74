"""When the database will not open: say why, and offer the newest good backup of it.

A damaged file is the moment a user most needs the backups, and the least likely to know
where they are; so the message names the backup and restores it on one click. The damaged
file itself is kept beside the backups (``restore_from`` saves it first). Only a backup
holding this database's own id is offered (``store.identity``): restoring another
database's backup over it would leave the clerk working in a stale duplicate.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...store import OpenError, Store, StoreError
from ...store.backup import latest_good_backup, restore_from
from .lang import format_datetime, ui_lang

RESTORABLE = ("damaged", "not_database", "foreign_schema")


def _backup_when(path: Path) -> str:
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return format_datetime(stamp)


def handle_open_failure(parent: QWidget | None, exc: StoreError, db_path: Path) -> Store | None:
    """Tell the user; if a good backup exists and they agree, restore it and open it."""
    backup = offer_backup(parent, exc, db_path)
    if backup is None:
        return None
    try:
        restore_from(backup, db_path)
        return Store.open(db_path)
    except StoreError as err:
        QMessageBox.critical(parent, _title(), err.message(ui_lang()))
        return None
    except OSError as err:  # the folder vanished or refuses writing (a USB stick pulled out)
        reason = err.strerror or str(err)
        failed = StoreError("cannot_open", path=str(db_path), reason=reason)
        QMessageBox.critical(parent, _title(), failed.message(ui_lang()))
        return None


def _title() -> str:
    return QCoreApplication.translate("open_failure", "Cannot open the database")


def offer_backup(parent: QWidget | None, exc: StoreError, db_path: Path) -> Path | None:
    """Say why the file cannot be used; the backup to restore if there is one and they agree.

    Also used when the page check of a big file, run after the window showed, finds damage.
    """
    lang = ui_lang()
    title = _title()
    backup = None
    restorable = isinstance(exc, OpenError) and exc.code in RESTORABLE
    if restorable:
        backup = latest_good_backup(db_path)
    if backup is None:
        text = exc.message(lang)
        if restorable:  # say there is nothing to restore, rather than leave them looking
            text += "\n\n" + QCoreApplication.translate(
                "open_failure",
                "There is no backup of this database in the backups folder beside it, so "
                "there is nothing to restore. Backups of other databases are never offered.",
            )
        QMessageBox.critical(parent, title, text)
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, title, exc.message(lang), parent=parent)
    box.setObjectName("openFailure")
    box.setInformativeText(
        QCoreApplication.translate(
            "open_failure",
            "The newest good backup is “{name}” from {when}. Restore it? The damaged file "
            "is kept in the backups folder.",
        ).format(name=backup.name, when=_backup_when(backup))
    )
    restore_button = box.addButton(
        QCoreApplication.translate("open_failure", "Restore backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return None
    return backup
