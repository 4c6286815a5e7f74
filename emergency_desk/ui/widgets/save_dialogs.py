"""Every "save as" dialog of the program: where it starts, what name it suggests.

Dialogs used to start beside the database — by default the per-user data folder
(``%LOCALAPPDATA%\\EmergencyDesk``), hidden on Windows: a clerk saved the summary there
and could not find it again. Now a dialog starts in the folder last saved to for that
kind of file (exports, reports, printouts, backups, packages), else in the folder last
saved to for any kind, else in the user's Documents (文档) — never in the data folder.
The suggested name is made safe for Windows (``paths.safe_file_name``) for that folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ...paths import safe_file_name, user_data_dir
from ..shell.app_settings import app_settings

SaveKind = Literal["export", "report", "print", "backup", "package"]

KEY_PREFIX = "save_folders/"
KEY_ANY = KEY_PREFIX + "any"


def documents_folder() -> Path:
    """The user's Documents folder (Windows: 文档, wherever it was moved), else home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _in_data_folder(folder: Path) -> bool:
    data = user_data_dir()
    try:
        folder.resolve().relative_to(data.resolve())
    except (ValueError, OSError):
        return False
    return True


def _usable(value: object) -> Path | None:
    """A remembered folder if it is still there (a USB stick may be gone) and not hidden."""
    if not value:
        return None
    folder = Path(str(value))
    if not folder.is_absolute() or not folder.is_dir() or _in_data_folder(folder):
        return None
    return folder


def start_folder(kind: SaveKind) -> Path:
    """Where a save dialog for ``kind`` opens."""
    settings = app_settings()
    for key in (KEY_PREFIX + kind, KEY_ANY):
        folder = _usable(settings.value(key))
        if folder is not None:
            return folder
    return documents_folder()


def remember_folder(kind: SaveKind, folder: Path) -> None:
    """The next dialog for ``kind`` (and for a kind never saved yet) starts in ``folder``."""
    if _in_data_folder(folder):
        return
    settings = app_settings()
    settings.setValue(KEY_PREFIX + kind, str(folder))
    settings.setValue(KEY_ANY, str(folder))
    settings.sync()


def ask_save_path(
    parent: QWidget | None,
    kind: SaveKind,
    title: str,
    suggested: str,
    filters: Sequence[tuple[str, str]],
) -> Path | None:
    """Ask where to save; None when the user cancelled.

    ``filters``: ``(label, suffix)`` pairs, such as ``("Excel workbook (*.xlsx)", ".xlsx")``.
    A name typed without one of their suffixes gets the suffix of the filter chosen.
    The chosen folder is remembered for ``kind``.
    """
    folder = start_folder(kind)
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / safe_file_name(suggested, folder)),
        ";;".join(label for label, _suffix in filters),
    )
    if not name:
        return None
    path = Path(name)
    suffixes = [suffix.lower() for _label, suffix in filters if suffix]
    if suffixes and path.suffix.lower() not in suffixes:
        suffix = next((s for label, s in filters if label == chosen and s), suffixes[0])
        path = path.with_name(path.name + suffix)
    remember_folder(kind, path.parent)
    return path
