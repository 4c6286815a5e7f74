"""Parse the command line and hand over to the command, or open the GUI.

Each command lives in its own module under ``emergency_desk.cli`` with
``add_parser(subparsers)`` and ``run(args) -> int``; ``COMMANDS`` lists them.
Exit codes: 0 success, 1 unexpected failure, 2 bad input or a file that cannot be used.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from .. import __version__
from ..paths import default_database
from .output import output_failed, tolerant_streams

COMMANDS: tuple[str, ...] = (
    "demo",
    "import",
    "export",
    "backup",
    "restore",
    "check",
    "report",
    "print",
    "settings",
    "package",
    "county",
)


def build_parser(commands: tuple[str, ...] = COMMANDS) -> argparse.ArgumentParser:
    """The parser, with the sub-commands of ``commands`` (their modules are imported)."""
    parser = argparse.ArgumentParser(
        prog="emergency-desk",
        description="Emergency Desk — registers and annual summary of an emergency office.",
    )
    parser.add_argument("--db", type=Path, help="database file (default: per-user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true", help="headless smoke run, exit 0 if OK")
    sub = parser.add_subparsers(dest="command")
    for name in commands:
        importlib.import_module(f".cmd_{name}", __package__).add_parser(sub)
    return parser


def commands_named(argv: list[str]) -> tuple[str, ...]:
    """The sub-commands ``argv`` may ask for; all of them when help is asked for.

    Command modules import their layers (io pulls in openpyxl, report python-docx), so
    opening the GUI — no command named — must not import them: it would slow every start.
    """
    if any(a in ("-h", "--help") for a in argv):
        return COMMANDS
    return tuple(name for name in COMMANDS if name in argv)


def opened_with(argv: list[str]) -> list[str]:
    """``emergency-desk FILE.db`` (a file dropped on the program, or "Open with") as
    ``--db FILE.db``: Windows passes the file as the only argument, which argparse would
    refuse as an unknown command, exiting 2 with no window and no message."""
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        return ["--db", argv[0]]
    return argv


def resolve_db(args: argparse.Namespace) -> Path:
    """The ``--db`` file as given, or the default one (whose folder is made here)."""
    if args.db is not None:
        return args.db
    path = default_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def main(argv: list[str] | None = None) -> int:
    tolerant_streams()
    argv = opened_with(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands_named(argv))
    args = parser.parse_args(argv)
    if args.self_test:
        from .cmd_self_test import run as self_test

        return self_test(args)
    if args.command is None:
        from ..ui.shell.app import run_gui

        return run_gui(args.db)
    try:
        code = int(args.run(args) or 0)
        sys.stdout.flush()  # here, not at exit, where a failure prints "Exception ignored"
        return code
    except OSError as exc:
        return output_failed(exc)


if __name__ == "__main__":
    sys.exit(main())
