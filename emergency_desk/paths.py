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
