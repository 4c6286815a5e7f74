"""``emergency-desk [--db PATH] county import FILE... | status [--json] | report``: the
county's townships.

``import`` takes township packages into a county database; each is checked and taken in
or refused on its own, and the command exits 2 if any was refused. ``status`` lists one
entry per township taken in. ``report`` writes the county's summary (``report.county_report``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from ..county import CountyError, import_packages
from ..schema import REGISTER_LIST
from ..store.county import townships
from .common import command_store, fail, say
from .lang import cli_lang

BAD_DAY = (
    "日期“{value}”无效，应为 2024-06-15 这样的格式。",
    "“{value}” is not a valid date; expected e.g. 2024-06-15.",
)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "county",
        help="take township packages in (import) or list the townships (status)",
        description="Work of a county database (settings level county).",
    )
    sub = parser.add_subparsers(dest="county_command", required=True)
    take = sub.add_parser("import", help="take township packages (.edpkg) in")
    take.add_argument("files", nargs="+", type=Path, help="package files")
    status = sub.add_parser("status", help="one entry per township taken in")
    status.add_argument("--json", action="store_true", help='{"townships": [...]} on stdout')
    report = sub.add_parser("report", help="the county's summary with a table of the townships")
    report.add_argument("--year", type=int, default=dt.date.today().year, help="the year")
    report.add_argument("--lang", choices=("zh", "en"), default="zh", help="document language")
    report.add_argument(
        "--date", metavar="YYYY-MM-DD", help="date of the document (default: today)"
    )
    report.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    parser.set_defaults(run=run)


def _import(args: argparse.Namespace, lang: str) -> int:
    with command_store(args) as store:
        try:
            results = import_packages(store, args.files)
        except CountyError as exc:
            fail(exc.message(lang))
    refused = 0
    for r in results:
        if r.error is None:
            print(r.line(lang))
        else:
            refused += 1
            print(r.line(lang), file=sys.stderr)
    return 2 if refused else 0


def _status(args: argparse.Namespace, lang: str) -> int:
    with command_store(args, read_only=True) as store:
        found = townships(store)
    if args.json:
        json.dump({"townships": [t.as_json() for t in found]}, sys.stdout, ensure_ascii=False)
        print()
        return 0
    if not found:
        print("尚未导入任何乡镇数据包。" if lang == "zh" else "No township package taken in yet.")
    for t in found:
        counts = ("、" if lang == "zh" else ", ").join(
            f"{r.label(lang)} {t.counts.get(r.name, 0)}" for r in REGISTER_LIST
        )
        if lang == "zh":
            print(
                f"{t.code} {t.name}：第 {t.sequence} 号数据包，{t.packaged_at[:10]} 生成，"
                f"{t.imported_at[:10]} 导入；{counts}"
            )
        else:
            print(
                f"{t.code} {t.name}: package no. {t.sequence}, made {t.packaged_at[:10]}, "
                f"taken in {t.imported_at[:10]}; {counts}"
            )
    return 0


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    if args.county_command == "import":
        return _import(args, lang)
    if args.county_command == "report":
        return _report(args, lang)
    return _status(args, lang)


def _report(args: argparse.Namespace, lang: str) -> int:
    from ..report.county_report import export_county_report
    from ..report.summary import ReportError

    today = None
    if args.date:
        try:
            today = dt.date.fromisoformat(args.date)
        except ValueError:
            fail(say(BAD_DAY, value=args.date))
    with command_store(args, read_only=True) as store:
        try:
            path = export_county_report(store, args.year, args.lang, args.output, today=today)
        except ReportError as exc:
            fail(exc.message(lang))
    print(path.resolve())
    return 0
