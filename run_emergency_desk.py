"""Entry script of the packaged app (PyInstaller's ``build.spec`` points here).

The crash log is installed before anything else is imported, so that even a failure while
starting up leaves a log file (and, in a windowed .exe, a message box) instead of a window
that silently never appears.
"""

from __future__ import annotations

import sys

from emergency_desk import crash_log


def launch() -> int:
    crash_log.install()
    try:
        from emergency_desk.cli.main import main

        return main()
    except Exception:
        crash_log.handle_exception(*sys.exc_info())
        return 1


if __name__ == "__main__":
    sys.exit(launch())
