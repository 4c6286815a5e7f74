"""What every command does the same way: open the database, or say in one line why not.

Commands open the database with ``with command_store(args) as store:`` (or, where the
store is not used, ``open_store_or_exit``) instead of ``Store.open``, so that a damaged,
foreign, newer or unreachable file, and a store or file error while the command works,
give the same single line on stderr and exit code 2 everywhere, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from ..county.errors import CountyError
from ..io import IoError
from ..report import ReportError
from ..store import OpenError, Store, StoreError
from .lang import cli_lang

ONE_LINE_ERRORS = (StoreError, IoError, ReportError, CountyError)
"""Errors that say in one line, in both languages (``message(lang)``), why nothing was done."""


def fail(line: str, code: int = 2) -> NoReturn:
    """Print one line on stderr and leave with ``code`` (2: bad input or unusable file)."""
    print(line, file=sys.stderr)
    raise SystemExit(code)


def say(pair: tuple[str, str], **params: object) -> str:
    """The (zh, en) message in the locale's language, filled with ``params``."""
    zh, en = pair
    return (zh if cli_lang() == "zh" else en).format(**params)


def cannot_open(path: object, exc: OSError) -> NoReturn:
    """Exit 2: the file or its folder could not be reached (no permission, no such drive)."""
    reason = exc.strerror or str(exc)
    fail(StoreError("cannot_open", path=str(path), reason=reason).message(cli_lang()))


TEXTS: dict[str, tuple[str, str]] = {
    "no_folder": (
        "文件夹“{folder}”不存在，请检查 --db 后面的路径。",
        "The folder “{folder}” does not exist; check the path given with --db.",
    ),
    "created": ("已新建数据库“{path}”。", "Created a new database “{path}”."),
}


def db_path_or_exit(args: argparse.Namespace) -> Path:
    """The file named by ``--db`` (or the default one, its folder made); else exit 2.

    A ``--db`` in a folder that does not exist is a mistyped path, not a request to
    make folders: it is refused, so a typo never starts an empty database somewhere.
    """
    from .main import resolve_db

    try:
        path = resolve_db(args)
    except OSError as exc:  # the default folder cannot be made
        cannot_open(args.db, exc)
    if not path.parent.is_dir():
        fail(say(TEXTS["no_folder"], folder=path.parent))
    return path


def open_store_or_exit(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The store named by ``--db`` (or the default one), or exit 2 with one line.

    With ``read_only`` the file must exist and is never written: a file that needs
    upgrading is read through an upgraded temporary copy (``open_upgraded_copy``).
    """
    path = db_path_or_exit(args)
    new = not path.exists()
    try:
        try:
            store = Store.open(path, read_only=read_only)
            if new:  # a new file is a surprise when the path was meant to be an old one
                print(say(TEXTS["created"], path=path), file=sys.stderr)
            return store
        except OpenError as exc:
            if read_only and exc.code == "needs_upgrade":
                from ..store.upgraded_copy import open_upgraded_copy

                return open_upgraded_copy(path)
            raise
    except StoreError as exc:
        fail(exc.message(cli_lang()))
    except OSError as exc:
        cannot_open(path, exc)


@contextmanager
def command_store(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Store]:
    """``open_store_or_exit`` for the length of a command, closed at the end.

    A one-line error raised while the command works with the store ends it the same way
    as a file that will not open: the line on stderr, exit 2.
    """
    store = open_store_or_exit(args, read_only=read_only)
    try:
        yield store
    except ONE_LINE_ERRORS as exc:
        fail(exc.message(cli_lang()))
    finally:
        store.close()
