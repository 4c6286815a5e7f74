"""Run the program's command line as a user does: a fresh process, one locale, no GUI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    """``python -m emergency_desk ARGS`` with ``lang`` as the only locale setting."""
    env = {
        **os.environ,
        "LANG": lang,
        "LC_ALL": "",
        "LC_MESSAGES": "",
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "emergency_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )
