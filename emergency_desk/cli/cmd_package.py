"""``emergency-desk [--db PATH] package -o FILE.edpkg``: the township's data package for the county."""

from __future__ import annotations

import argparse

from ..county import make_package
from ..safe_write import FileWriteError
from .common import command_store, fail
from .lang import cli_lang


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "package",
        help="write the township's data package for the county (.edpkg)",
        description="Write a consistent snapshot of the township's registers (without the "
        "audit log, the recycle bin and ID numbers) with its manifest, for the county.",
    )
    parser.add_argument("-o", "--output", required=True, help="the package file (.edpkg)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    with command_store(args) as store:
        try:
            made = make_package(store, args.output)
        except FileWriteError as exc:
            fail(exc.message(lang))
    print(made.line(lang))
    return 0
