"""``emergency-desk [--db PATH] backup FILE``: a consistent copy of the database, online."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store.backup import backup_to
from .common import command_store, say

DONE = ("已备份到“{path}”。", "Backed up to “{path}”.")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="back up the database to FILE (safe while the program is open)",
        description="Copy the database to FILE with SQLite's online backup; the copy is one "
        "self-contained file, suitable for a USB stick.",
    )
    parser.add_argument("file", type=Path, help="the backup file to write (replaced if present)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Read-only: a backup may run while the program has the database open for writing.
    with command_store(args, read_only=True) as store:
        target = backup_to(store, args.file)
    print(say(DONE, path=target))
    return 0
