"""When the command's own output or file cannot be written: one line, never a traceback.

``check | head`` closes the pipe after ten lines (the reader has what it wanted: exit
quietly); a full disk or an unreachable file is one sentence on stderr and exit 2. Either
way stdout is pointed at the null device, so the interpreter's final flush of what is
still buffered cannot print "Exception ignored … Traceback" after the sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys

from .lang import cli_lang

TEXTS: dict[str, tuple[str, str]] = {
    "disk_full": (
        "磁盘已满，未能写完：{target}。请腾出空间后重试。",
        "The disk is full; could not finish writing {target}. Free some space and try again.",
    ),
    "cannot_write": ("无法写入{target}：{reason}", "Could not write {target}: {reason}"),
    "stdout": ("输出", "the output"),
}


def say(pair: tuple[str, str], **params: object) -> str:
    """``common.say`` without importing ``common`` (and the io and report layers it
    names) on the way to opening the GUI."""
    return pair[0 if cli_lang() == "zh" else 1].format(**params)


def tolerant_streams() -> None:
    """Output that never fails on a character the console's code page lacks.

    Output redirected on Chinese Windows (``> out.txt``, a scheduled task) is encoded in
    cp936 with ``errors="strict"``: one record holding a rare character such as 䶮 (or
    any Chinese under cp1252) would stop ``check`` with a traceback. Such a character is
    written as ``\\u4dae`` instead, and everything else as it is.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError, TypeError):
                reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def output_failed(exc: OSError) -> int:
    """The exit code after ``exc`` stopped a command while it wrote; says why on stderr."""
    _silence_stdout()
    if isinstance(exc, BrokenPipeError):
        return 0
    target = f"“{exc.filename}”" if exc.filename else say(TEXTS["stdout"])
    if exc.errno == errno.ENOSPC:
        line = say(TEXTS["disk_full"], target=target)
    else:
        line = say(TEXTS["cannot_write"], target=target, reason=exc.strerror or exc)
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)
        sys.stderr.flush()
    return 2
