"""``emergency-desk import REGISTER FILE``: all rows or none, every problem on its own line."""

from __future__ import annotations

import argparse
import sys

from ..io import apply_import, prepare_import
from ..schema import SHEETS, ValidationError, sheet_table
from ..store import ReadOnlyError
from .common import command_store, say
from .lang import cli_lang

DONE = ("已导入 {n} 条记录到“{register}”。", "Imported {n} records into {register}.")
SKIPPED = ("已跳过 {n} 条重复记录。", "Skipped {n} duplicate records.")
DUPLICATES_KEPT = (
    "以上 {n} 条与已有记录重复，仍已导入（如需跳过请加 --skip-duplicates）。",
    "The {n} rows above duplicate existing records and were imported anyway "
    "(add --skip-duplicates to skip them).",
)
NOTHING = (
    "发现 {n} 个问题，未导入任何数据。请修改表格后重新导入。",
    "{n} problems found; nothing was imported. Correct the spreadsheet and import it again.",
)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a register from .xlsx, .xls or .csv (all rows or none)",
        description="Import a register from an .xlsx, .xls or .csv file. Every row is checked "
        "first; if any row is wrong, each problem is listed and nothing is written (exit 2).",
    )
    parser.add_argument(
        "register", choices=sorted(SHEETS), help="which register (duty_roster: the duty roster)"
    )
    parser.add_argument("file", help="the .xlsx, .xls or .csv file")
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        help="the sheet to read (default: the workbook's active sheet)",
    )
    parser.add_argument(
        "--skip-duplicates",
        action="store_true",
        help="leave out rows that duplicate records already kept",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    err = sys.stderr
    with command_store(args) as store:
        if store.read_only:
            raise ReadOnlyError(store.read_only_reason)
        plan = prepare_import(store, args.register, args.file, sheet=args.sheet)
        for warning in plan.warnings:
            print(warning.line(lang), file=err)
        if not plan.ok:
            for problem in plan.problems:
                print(problem.line(lang), file=err)
            print(say(NOTHING, n=len(plan.problems)), file=err)
            return 2
        for dup in plan.duplicates:
            print(dup.line(lang), file=err)
        try:
            count = apply_import(store, plan, skip_duplicates=args.skip_duplicates)
        except ValidationError as exc:
            for message in exc.messages(lang):
                print(message, file=err)
            return 2
    if plan.duplicates:
        pair = SKIPPED if args.skip_duplicates else DUPLICATES_KEPT
        print(say(pair, n=len(plan.duplicates)), file=err)
    register = sheet_table(args.register).label(lang)
    print(say(DONE, n=count, register=register))
    return 0
