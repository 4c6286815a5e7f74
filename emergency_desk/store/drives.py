"""What kind of drive a database lives on, and the journal that suits it.

A USB stick is pulled without warning. In WAL mode the latest commits live in the
``-wal`` file until a checkpoint, so a stick pulled (or copied by hand) between the two
carries a database without them. On a removable drive the store therefore uses a
rollback journal, where every commit is in the main file when it returns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DRIVE_REMOVABLE = 2  # GetDriveTypeW


def _existing(path: Path) -> Path:
    """``path`` or its nearest existing folder (a database about to be created)."""
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _windows_removable(path: Path) -> bool:
    root = os.path.splitdrive(str(_existing(path)))[0]
    if not root:
        return False
    import ctypes  # Windows only, and only here: not on every start elsewhere

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(root + "\\") == DRIVE_REMOVABLE)


def _linux_removable(path: Path) -> bool:
    """The block device (or the disk of its partition) says ``removable`` in /sys."""
    try:
        dev = os.stat(_existing(path)).st_dev
        block = Path(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}").resolve()
    except OSError:
        return False
    for folder in (block, block.parent):
        try:
            if (folder / "removable").read_text(encoding="ascii").strip() == "1":
                return True
        except OSError:
            continue
    return False


def on_removable_drive(path: str | Path) -> bool:
    """True for a USB stick or card reader; False where the system cannot tell."""
    try:
        if sys.platform == "win32":
            return _windows_removable(Path(path))
        if sys.platform.startswith("linux"):
            return _linux_removable(Path(path))
    except (OSError, AttributeError, ValueError):
        return False
    return False


def journal_mode_for(path: str | Path) -> str:
    """``DELETE`` (rollback journal) on a removable drive, ``WAL`` everywhere else."""
    return "DELETE" if on_removable_drive(path) else "WAL"
