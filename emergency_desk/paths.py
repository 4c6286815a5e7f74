"""Where things live: bundled resources (source tree or PyInstaller bundle) and user data.

One helper for both cases, so code never guesses at ``sys._MEIPASS`` itself, and the
bundle folder is never written to.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from . import APP_NAME


def resources_dir() -> Path:
    """The ``resources/`` folder, from the source tree or from inside the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The per-user data folder, without Qt.

    On Windows the local one (``%LOCALAPPDATA%``), not Roaming ``%APPDATA%``: under
    folder redirection Roaming is a network share (a UNC path), and a database there is
    copied at every log-on and unsafe to lock.
    """
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database() -> Path:
    return user_data_dir() / "emergency_desk.db"


# What Windows refuses in a file name, and the device names it reserves for any suffix.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}
MAX_PATH = 259  # characters of a whole path Windows (and Word) handles without tricks
MAX_NAME = 120  # a suggested name never longer, whatever the folder


def safe_file_name(name: str, folder: str | Path | None = None) -> str:
    """``name`` (an office's name, a register's label, a date) made a valid Windows file
    name: forbidden characters become ``_``, trailing dots and spaces go, a reserved
    device name (``CON``, ``COM1.docx``) gets a ``_`` in front, and the name is shortened,
    suffix kept, so that it fits, in ``folder`` if given, within Windows' 260 characters.
    """
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or not re.fullmatch(r"[A-Za-z0-9]{1,8}", suffix):
        stem, suffix = name, ""
    suffix = f".{suffix}" if suffix else ""
    stem = _FORBIDDEN.sub("_", stem).strip().rstrip(". ")
    room = MAX_NAME - len(suffix)
    if folder is not None:
        room = min(room, MAX_PATH - len(str(folder)) - 1 - len(suffix))
    stem = stem[: max(room, 1)].rstrip(". ") or "_"
    if stem.split(".")[0].upper().rstrip(" ") in _RESERVED:
        stem = "_" + stem[: max(room, 2) - 1]
    return stem + suffix
