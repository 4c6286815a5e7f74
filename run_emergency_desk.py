"""Entry script of the packaged app (PyInstaller's ``build.spec`` points here).

The crash log is installed before anything else is imported, so that even a failure while
starting up leaves a log file (and, on Windows, a message box) instead of a window that
silently never appears.
"""

from __future__ import annotations

import sys

from emergency_desk import crash_log

if __name__ == "__main__":
    crash_log.install()
    from emergency_desk.cli.main import main

    sys.exit(main())
