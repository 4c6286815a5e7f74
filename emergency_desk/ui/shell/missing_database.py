"""When the database used last is not there at start: say so, and let the user choose.

On an office PC the database often lives on a USB stick or a mapped drive. A stick not
yet plugged in, or plugged in under another drive letter, used to make the program open
the empty default database without a word — and the clerk, seeing empty registers,
starts typing into the wrong file. Instead the start asks: try again (the stick is in
now), locate the file (its drive letter changed), open the default database, or quit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..widgets.save_dialogs import documents_folder


def ask_for_missing(parent: QWidget | None, missing: Path, default: Path) -> Path | None:
    """The database to open instead of ``missing``; None when the user chose to quit."""
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("missing_database", "The database cannot be found"),
            QCoreApplication.translate(
                "missing_database", "The database used last time, “{path}”, cannot be found."
            ).format(path=missing),
            parent=parent,
        )
        box.setObjectName("missingDatabase")
        box.setInformativeText(
            QCoreApplication.translate(
                "missing_database",
                "If it is on a USB stick or a network drive, plug the stick in or connect "
                "the drive, then choose Try again. If the drive letter has changed, choose "
                "Locate… and pick the file. Opening the default database shows other (often "
                "empty) registers.",
            )
        )
        retry = box.addButton(
            QCoreApplication.translate("missing_database", "Try again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        retry.setObjectName("retry")
        locate = box.addButton(
            QCoreApplication.translate("missing_database", "Locate…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        locate.setObjectName("locate")
        use_default = box.addButton(
            QCoreApplication.translate("missing_database", "Open the default database"),
            QMessageBox.ButtonRole.ActionRole,
        )
        use_default.setObjectName("useDefault")
        quit_button = box.addButton(
            QCoreApplication.translate("missing_database", "Quit"),
            QMessageBox.ButtonRole.RejectRole,
        )
        quit_button.setObjectName("quit")
        box.setDefaultButton(retry)
        box.setEscapeButton(quit_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is retry:
            if missing.exists():
                return missing
            continue
        if clicked is locate:
            found = _locate(parent, missing)
            if found is not None:
                return found
            continue
        if clicked is use_default:
            default.parent.mkdir(parents=True, exist_ok=True)
            return default
        return None


def _locate(parent: QWidget | None, missing: Path) -> Path | None:
    """A file picked by the user, starting where the file was if that folder is there."""
    start = missing.parent if missing.parent.is_dir() else documents_folder()
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("missing_database", "Locate the database"),
        str(start),
        QCoreApplication.translate(
            "missing_database", "Emergency Desk database (*.db);;All files (*)"
        ),
    )
    return Path(name) if name else None
