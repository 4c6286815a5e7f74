"""``python -m emergency_desk`` and the ``emergency-desk`` console script."""

from __future__ import annotations

import sys

from .cli.main import main

if __name__ == "__main__":
    sys.exit(main())
