"""``emergency-desk [--db PATH] backup FILE``: a consistent copy of the database, online."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store import StoreError
from ..store.backup import backup_to
from .common import fail, open_store_or_exit, say
from .lang import cli_lang

DONE = ("已备份到“{path}”。", "Backed up to “{path}”.")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
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
    store = open_store_or_exit(args, read_only=True)
    try:
        target = backup_to(store, args.file)
    except StoreError as exc:
        fail(exc.message(cli_lang()))
    finally:
        store.close()
    print(say(DONE, path=target))
    return 0
