"""The language command-line messages are printed in, without Qt.

On Linux and macOS, the environment's locale. On Windows no ``LANG`` is set in ``cmd``
or a scheduled task, so the locale says nothing: there the language chosen in the
program's Settings is used (Qt keeps it in the registry), else an explicit locale
variable, else the language Windows itself shows the user.
"""

from __future__ import annotations

import os
import sys

SETTINGS_KEY = r"Software\EmergencyDesk\EmergencyDesk\ui"  # QSettings' native place
LANG_CHINESE = 0x04  # PRIMARYLANGID of a LANGID


def _env_lang() -> str | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8", "C.utf8"):
            return "zh" if value.lower().startswith("zh") else "en"
    return None


def _windows_saved_lang() -> str | None:
    """The language saved in the GUI's Settings (``ui/language``), if any."""
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, SETTINGS_KEY) as key:  # type: ignore[attr-defined,unused-ignore]
            value, _kind = winreg.QueryValueEx(key, "language")  # type: ignore[attr-defined,unused-ignore]
    except (ImportError, OSError):
        return None
    return str(value) if value in ("zh", "en") else None


def _windows_ui_lang() -> str | None:
    """The language of Windows' own menus for this user (GetUserDefaultUILanguage)."""
    try:
        import ctypes

        langid = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError, ValueError):
        return None
    return "zh" if langid & 0x3FF == LANG_CHINESE else "en"


def cli_lang() -> str:
    """``"zh"`` or ``"en"``: see the module's docstring for where it comes from."""
    if sys.platform == "win32":
        return _windows_saved_lang() or _env_lang() or _windows_ui_lang() or "en"
    return _env_lang() or "en"
