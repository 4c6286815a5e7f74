"""Every file the app writes goes through here: a temporary file, then one rename.

On Windows, Word or WPS holding the target open, or an antivirus scanning the fresh
temporary file, makes the rename fail with ``PermissionError`` (WinError 5, 32 or 33),
often only for a moment. So the rename is retried with a short backoff, and when the
file stays held the user reads that it is open and should be closed — not "no
permission", which sends an office to its IT person for nothing. The temporary file is
made inside the ``try`` in the target's folder (a rename across drives is not atomic),
so a missing folder is a sentence, and it never outlives a failure.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["FileWriteError", "replace_file", "write_file"]

# Seconds between attempts: about three seconds in all, longer than a scan of a new file.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)
_sleep = time.sleep  # replaced in tests

_PROGRAMS = {".docx": (" Word 或 WPS ", "Word or WPS"), ".doc": (" Word 或 WPS ", "Word or WPS")}
_SHEETS = (" Excel 或 WPS ", "Excel or WPS")
_OTHER = ("其他程序", "another program")

# Why a file could not be saved, as a phrase; MESSAGES puts the file's name around it.
REASONS: dict[str, tuple[str, str]] = {
    "in_use": (
        "该文件正在被{program_zh}打开，请关闭该文件后重试",
        "the file is open in {program_en} — close it and try again",
    ),
    "no_folder": (
        "文件夹不存在，请选择一个已有的文件夹",
        "the folder does not exist; choose an existing folder",
    ),
}
MESSAGE = ("无法保存“{path}”：{reason}。", "Cannot save “{path}”: {reason}.")


class FileWriteError(Exception):
    """A file the app could not write; the target is as it was, no temporary file is left."""

    def __init__(self, code: str, path: Path, exc: OSError | None = None) -> None:
        self.code = code
        self.path = path
        self.os_reasons = _reasons(exc)
        super().__init__(self.message("en"))

    def reason(self, lang: str = "zh") -> str:
        """Why, without the file's name: for a caller's own sentence around it."""
        if self.code not in REASONS:
            return self.os_reasons[0 if lang == "zh" else 1]
        program = _PROGRAMS.get(self.path.suffix.lower())
        if program is None:
            program = _SHEETS if self.path.suffix.lower() in (".xlsx", ".csv") else _OTHER
        zh, en = REASONS[self.code]
        return (zh if lang == "zh" else en).format(program_zh=program[0], program_en=program[1])

    def message(self, lang: str = "zh") -> str:
        zh, en = MESSAGE
        return (zh if lang == "zh" else en).format(path=self.path, reason=self.reason(lang))


def _reasons(exc: OSError | None) -> tuple[str, str]:
    if exc is None:
        return ("", "")
    if isinstance(exc, IsADirectoryError):
        return ("这是一个文件夹", "it is a folder")
    if isinstance(exc, PermissionError):
        return ("没有写入权限", "permission denied")
    text = exc.strerror or str(exc)
    return (text, text)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace_file(tmp: str | Path, target: str | Path) -> None:
    """Move the finished ``tmp`` onto ``target``, retrying while someone holds it.

    A temporary file is created private (0600); the file written in its place keeps the
    mode of the file it replaces, or, if new, what the user's umask gives any new file,
    so an export shared with colleagues stays readable to them. ``FileWriteError``
    (``in_use``) when the target stays held; ``tmp`` is then still there for the caller.
    """
    target = Path(target)
    if sys.platform != "win32":
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(tmp, target)
            return
        except PermissionError as exc:
            if delay is None:
                if target.exists():
                    raise FileWriteError("in_use", target) from exc
                raise FileWriteError("unwritable", target, exc) from exc
            _sleep(delay)


def write_file(target: str | Path, write: Callable[[Path], None]) -> None:
    """Have ``write`` fill a temporary file beside ``target``, then put it in its place."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".~{target.stem[:40]}-", suffix=target.suffix, dir=folder
        )
        os.close(fd)
        tmp = Path(name)
        write(tmp)
        replace_file(tmp, target)
        tmp = None
    except FileNotFoundError as exc:
        if not folder.is_dir():
            raise FileWriteError("no_folder", target) from exc
        raise FileWriteError("unwritable", target, exc) from exc
    except IsADirectoryError as exc:
        raise FileWriteError("unwritable", target, exc) from exc
    except OSError as exc:
        raise FileWriteError("unwritable", target, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
