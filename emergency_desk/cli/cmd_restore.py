"""``emergency-desk [--db PATH] restore FILE``: replace the database with a backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store import StoreError
from ..store.backup import restore_from
from .common import db_path_or_exit, fail, open_store_or_exit, say
from .lang import cli_lang

DONE = ("已从“{source}”恢复数据库“{path}”。", "Restored “{path}” from “{source}”.")
SAVED = ("恢复前的数据库已保存为“{saved}”。", "The database as it was is saved as “{saved}”.")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="replace the database with the backup FILE (the current one is backed up first)",
        description="Check FILE, back up the current database into the backups folder, "
        "then replace it with FILE.",
    )
    parser.add_argument("file", type=Path, help="the backup file to restore")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = db_path_or_exit(args)
    try:
        saved = restore_from(args.file, path)
    except StoreError as exc:
        fail(exc.message(cli_lang()))
    except OSError as exc:
        fail(StoreError("restore_failed", reason=exc.strerror or str(exc)).message(cli_lang()))
    open_store_or_exit(args).close()  # upgrades an older backup now, and proves it opens
    print(say(DONE, source=args.file, path=path))
    if saved is not None:
        print(say(SAVED, saved=saved))
    return 0
