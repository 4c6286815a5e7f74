"""The language command-line messages are printed in, without Qt: the environment's locale."""

from __future__ import annotations

import os


def cli_lang() -> str:
    """``"zh"`` when the locale (LC_ALL, LC_MESSAGES or LANG) is Chinese, else ``"en"``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8", "C.utf8"):
            return "zh" if value.lower().startswith("zh") else "en"
    return "zh" if os.environ.get("LANG", "").lower().startswith("zh") else "en"
