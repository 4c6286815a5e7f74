"""Where things live: bundled resources (source tree or PyInstaller bundle) and user data.

One helper for both cases, so code never guesses at ``sys._MEIPASS`` itself, and the
bundle folder is never written to.
"""

from __future__ import annotations

import os
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
    """The per-user data folder (what QStandardPaths.AppDataLocation gives), without Qt."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database() -> Path:
    return user_data_dir() / "emergency_desk.db"


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace_with(tmp: str | Path, target: str | Path) -> None:
    """Move the finished ``tmp`` onto ``target``, with the mode the user expects.

    A temporary file is created private (0600); the file written in its place keeps the
    mode of the file it replaces, or, if new, gets what the user's umask gives any new
    file, so an export shared with colleagues stays readable to them.
    """
    if sys.platform != "win32":
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
    os.replace(tmp, target)
