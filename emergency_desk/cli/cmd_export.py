"""``emergency-desk export REGISTER FILE``: the whole register as .xlsx or .csv."""

from __future__ import annotations

import argparse
import sys

from ..io import EXPORT_LANGS, export_register
from ..schema import SHEETS, sheet_table
from ..schema.unstorable import UnstorableText
from .common import command_store, say
from .lang import cli_lang

DONE = ("已导出 {n} 条“{register}”记录到 {path}。", "Exported {n} {register} records to {path}.")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a register to .xlsx or .csv",
        description="Export a register to .xlsx or .csv (chosen by the file's extension).",
    )
    parser.add_argument(
        "register", choices=sorted(SHEETS), help="which register (duty_roster: the duty roster)"
    )
    parser.add_argument("file", help="the .xlsx or .csv file to write")
    parser.add_argument(
        "--lang",
        choices=EXPORT_LANGS,
        help="headers and choice values in Chinese, English, or as keys (default: your locale)",
    )
    parser.add_argument(
        "--include-id-numbers",
        action="store_true",
        help="write ID numbers (personal data, left out by default; recorded in the audit log)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    warnings: list[UnstorableText] = []
    personal = bool(args.include_id_numbers)
    # Writing ID numbers out is recorded in the audit log, so that export needs to write.
    with command_store(args, read_only=not personal) as store:
        count = export_register(
            store,
            args.register,
            args.file,
            lang=args.lang or lang,
            warnings=warnings,
            include_personal=personal,
        )
    for warning in warnings:
        print(warning.message(lang), file=sys.stderr)
    register = sheet_table(args.register).label(lang)
    print(say(DONE, n=count, register=register, path=args.file))
    return 0
