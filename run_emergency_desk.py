"""Entry script of the packaged app (PyInstaller's ``build.spec`` points here).

The crash log is installed before anything else is imported, so that even a failure while
starting up leaves a log file (and, in a windowed .exe, a message box) instead of a window
that silently never appears.
"""

from __future__ import annotations

import sys

from emergency_desk import crash_log
from emergency_desk.windows_console import attach_parent_console


def launch() -> int:
    crash_log.install()
    if len(sys.argv) > 1:  # command-line use (--self-test, report, …): print where typed
        attach_parent_console()
    try:
        from emergency_desk.cli.main import main

        return main()
    except Exception:
        crash_log.handle_exception(*sys.exc_info())
        return 1


if __name__ == "__main__":
    sys.exit(launch())
