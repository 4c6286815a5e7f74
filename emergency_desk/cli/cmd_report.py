"""``emergency-desk report``: the annual work summary as a Word file, without the GUI.

The same builder as the app's "Export to Word…", so a summary made on a server or from a
scheduled task is the one the office head would get from the screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..report import APPENDIX_KEYS, export_summary
from ..report.summary import check_options, require_office
from ..schema.unstorable import UnstorableText
from .common import command_store, fail, say
from .lang import cli_lang

TEXTS: dict[str, tuple[str, str]] = {
    "bad_day": (
        "日期“{value}”无效，应为 2025-12-31 这样的格式。",
        "“{value}” is not a valid date; expected e.g. 2025-12-31.",
    ),
}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write the annual work summary (.docx)",
        description="Write the annual emergency management work summary as a Word file.",
    )
    parser.add_argument(
        "--year", type=int, default=dt.date.today().year, help="year of the summary"
    )
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="document language")
    parser.add_argument(
        "--appendix",
        default="",
        metavar="LIST",
        help=f"appendix tables, comma-separated: {','.join(APPENDIX_KEYS)} (or 'all')",
    )
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="date of the document (default: today)"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    parser.set_defaults(run=run)


def _appendix(value: str) -> tuple[str, ...]:
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    if names == ["all"]:
        return APPENDIX_KEYS
    return tuple(names)


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    today = None
    if args.date:
        try:
            today = dt.date.fromisoformat(args.date)
        except ValueError:
            fail(say(TEXTS["bad_day"], value=args.date))
    warnings: list[UnstorableText] = []
    with command_store(args, read_only=True) as store:
        check_options(args.year, args.lang, _appendix(args.appendix), today)
        require_office(store, args.lang)  # never signed "本单位" without a word
        path = export_summary(
            store,
            args.year,
            args.lang,
            args.output,
            appendix=_appendix(args.appendix),
            today=today,
            ui_lang=lang,
            warnings=warnings,
        )
    for warning in warnings:
        print(warning.message(lang), file=sys.stderr)
    print(path.resolve())
    return 0
