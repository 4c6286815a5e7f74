"""Last line of defence: an uncaught exception becomes a log file and a message, never a
window that silently vanishes or a raw traceback in front of the user.

No Qt here: this module is installed before Qt is imported (by the bundle's entry script)
and is shared with the command line. The GUI registers a notifier
(``emergency_desk.ui.shell.crash_dialog``) that shows a dialog with the log's path.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import platform
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from . import __version__
from .paths import user_data_dir

Notifier = Callable[[Path, BaseException], None]
KEEP_LOGS = 30

_notifier: Notifier | None = None
_installed = False
_lock = threading.Lock()


def logs_dir() -> Path:
    """``<user data>/logs``; falls back to the temp folder when the profile is not writable."""
    for folder in (user_data_dir() / "logs", Path(tempfile.gettempdir()) / "EmergencyDesk-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            continue
    return Path(tempfile.gettempdir())


def _header() -> str:
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    return (
        f"Emergency Desk {__version__} ({frozen})\n"
        f"time: {_dt.datetime.now().isoformat(timespec='seconds')}\n"
        f"python: {sys.version.split()[0]}  platform: {platform.platform()}\n"
        f"executable: {sys.executable}\n"
        f"argv: {sys.argv!r}\n"
        f"thread: {threading.current_thread().name}\n"
    )


def write_crash_log(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    folder: Path | None = None,
) -> Path:
    """Write one ``crash-<timestamp>.log`` with the traceback; return its path."""
    folder = folder or logs_dir()
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.log"
    body = "".join(traceback.format_exception(exc_type, exc, tb))
    path.write_text(f"{_header()}\n{body}", encoding="utf-8")
    _rotate(folder)
    return path


def _rotate(folder: Path) -> None:
    """Keep the newest logs only, so a crash loop cannot fill the disk."""
    logs = sorted(folder.glob("crash-*.log"))
    for old in logs[:-KEEP_LOGS]:
        with contextlib.suppress(OSError):
            old.unlink()


def set_notifier(notifier: Notifier | None) -> None:
    """Register how the user is told about a crash (the GUI installs a dialog)."""
    global _notifier
    _notifier = notifier


def user_message(path: Path, lang: str = "zh") -> str:
    if lang == "en":
        return (
            f"Emergency Desk hit an unexpected error. Details were written to {path} — "
            "please send this file to whoever supports the program."
        )
    return f"应急管理工作台发生意外错误，详细信息已写入 {path}，请将该文件发给技术支持人员。"


def default_notify(path: Path, exc: BaseException) -> None:
    """Without the GUI: one line on stderr, or a native message box for a windowed .exe."""
    stream = sys.stderr
    if stream is not None:
        try:
            print(user_message(path, "zh"), file=stream)
            print(user_message(path, "en"), file=stream)
            return
        except (OSError, ValueError):
            pass
    if sys.platform == "win32":
        try:
            import ctypes

            text = f"{user_message(path, 'zh')}\n\n{user_message(path, 'en')}"
            ctypes.windll.user32.MessageBoxW(None, text, "Emergency Desk", 0x10)
        except Exception:
            pass


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: log, then tell the user. Never raises itself."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    with _lock:
        try:
            path = write_crash_log(exc_type, exc, tb)
        except Exception:
            sys.__excepthook__(exc_type, exc, tb)
            return
    try:
        (_notifier or default_notify)(path, exc)
    except Exception:
        default_notify(path, exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle_exception(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route uncaught exceptions (main and worker threads) to the crash log. Idempotent."""
    global _installed
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
    if not _installed:
        _installed = True
        _enable_faulthandler()


def _enable_faulthandler() -> None:
    """Hard crashes (inside Qt) cannot reach Python's hook; faulthandler still dumps stacks."""
    import faulthandler

    if os.environ.get("EMERGENCY_DESK_NO_FAULTHANDLER"):
        return
    try:
        stream = open(logs_dir() / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=stream)
    except (OSError, RuntimeError, ValueError):
        pass
