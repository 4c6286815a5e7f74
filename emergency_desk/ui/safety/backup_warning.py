"""Telling the office when its newest backup would not restore.

A backup made of a damaged database (by an older version), or one damaged on disk since,
is the newest file in the backups folder while an older one is the newest that would
restore. An office that learns this only on the day it needs the backup has lost the
weeks in between, so after each backup the window says it in a message box, with the
newest sound backup by name and what to do now. ``backup_state`` opens every backup
until a good one is found, so it runs on the backup's op, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...store.backup_rotation import BackupState


def newest_backup_warning(state: BackupState | None) -> str:
    """The message for a backups folder whose newest backup is damaged; "" otherwise."""
    if state is None or not state.newest_is_bad or state.newest is None:
        return ""
    if state.newest_good is None:
        return QCoreApplication.translate(
            "backup_warning",
            "Every backup in the backups folder is damaged, the newest one being “{newest}”: "
            "none of them can be restored.\n\nBack up the database now, to another drive as "
            "well, such as a USB stick (File › Back up to…).",
        ).format(newest=state.newest.name)
    return QCoreApplication.translate(
        "backup_warning",
        "The newest backup “{newest}” is damaged and cannot be restored. The newest backup "
        "that can be restored is “{good}”, which is older.\n\nDo not delete “{good}”. If "
        "you need to restore, choose it. Back up the database now, to another drive as "
        "well, such as a USB stick (File › Back up to…).",
    ).format(newest=state.newest.name, good=state.newest_good.name)


def warn_about_backups(parent: QWidget | None, state: BackupState | None) -> bool:
    """Show the warning if the newest backup is damaged; True if it was shown."""
    text = newest_backup_warning(state)
    if not text:
        return False
    QMessageBox.warning(
        parent, QCoreApplication.translate("backup_warning", "The newest backup is damaged"), text
    )
    return True
