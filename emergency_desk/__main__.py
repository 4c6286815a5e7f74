"""``python -m emergency_desk`` and the ``emergency-desk`` console script.

The crash log is installed first, as the bundle's entry script does, so an unexpected
failure is a log file and one message, not a raw traceback, however the program starts.
"""

from __future__ import annotations

import sys

from . import crash_log


def main() -> int:
    crash_log.install()
    try:
        from .cli.main import main as cli_main

        return cli_main()
    except Exception:
        crash_log.handle_exception(*sys.exc_info())
        return 1


if __name__ == "__main__":
    sys.exit(main())
