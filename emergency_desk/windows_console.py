"""Give the windowed Windows .exe a console when it is used from one.

The packaged app is built windowed (no console window flashes up when an office user
double-clicks it), so Windows gives it no stdout: ``EmergencyDesk.exe --self-test`` or
``EmergencyDesk.exe report …`` typed in ``cmd`` would print nothing. Attaching to the
console of the shell that started it, when there is one, makes the command line usable.
"""

from __future__ import annotations

import sys


def attach_parent_console() -> bool:
    """Point stdout/stderr at the parent's console; ``True`` if that happened."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return False
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return False
        stream = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        return False
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return True
