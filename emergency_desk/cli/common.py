"""What every command does the same way: open the database, or say in one line why not.

Commands call ``open_store_or_exit(args)`` instead of ``Store.open`` so that a damaged,
foreign, newer or unreachable file gives the same single line on stderr and exit code 2
everywhere, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from ..store import OpenError, Store, StoreError
from .lang import cli_lang


def fail(line: str, code: int = 2) -> NoReturn:
    """Print one line on stderr and leave with ``code`` (2: bad input or unusable file)."""
    print(line, file=sys.stderr)
    raise SystemExit(code)


def say(pair: tuple[str, str], **params: object) -> str:
    zh, en = pair
    return (zh if cli_lang() == "zh" else en).format(**params)


def open_store_or_exit(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The store named by ``--db`` (or the default one), or exit 2 with one line.

    With ``read_only`` the file must exist; a file that would need upgrading first is
    then opened normally (which upgrades it), as reading it as-is is impossible.
    """
    from .main import resolve_db

    lang = cli_lang()
    try:
        path = resolve_db(args)
    except OSError as exc:  # the folder for the file cannot be made
        err = StoreError("cannot_open", path=str(args.db), reason=exc.strerror or str(exc))
        fail(err.message(lang))
    try:
        try:
            return Store.open(path, read_only=read_only)
        except OpenError as exc:
            if read_only and exc.code == "needs_upgrade":
                return Store.open(path)
            raise
    except StoreError as exc:
        fail(exc.message(lang))
    except OSError as exc:
        fail(
            StoreError("cannot_open", path=str(path), reason=exc.strerror or str(exc)).message(lang)
        )
