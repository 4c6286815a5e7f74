"""``emergency-desk print``: the papers an office hands out and files, as Word files.

``notice`` and ``recheck`` (a hazard's rectification notice and re-inspection opinion),
``drill_evaluation`` (a drill's evaluation report), ``ledger`` (a register's list, its
year and search applied) and ``duty_day`` (one day's duty log) — the same builders as
the app's 打印… buttons. A record that does not exist, a record that cannot have that
form or a file that cannot be written is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ..safe_write import FileWriteError
from ..schema import SHEETS, TABLES
from .common import command_store, fail, say
from .lang import cli_lang

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

    from ..store import Store

KINDS = ("notice", "recheck", "drill_evaluation", "ledger", "duty_day")

TEXTS: dict[str, tuple[str, str]] = {
    "needs_id": ("请用 --id 指明要打印的记录。", "Name the record to print with --id."),
    "needs_register": (
        "请用 --register 指明要打印哪个台账，可用的有：{names}。",
        "Name the register to print with --register; the registers are: {names}.",
    ),
    "no_register": (
        "没有名为“{name}”的台账，可用的有：{names}。",
        "There is no register “{name}”; the registers are: {names}.",
    ),
    "bad_year": (
        "年份 {year} 无效，应在 2000 到 2100 之间。",
        "The year {year} is not valid; give one between 2000 and 2100.",
    ),
    "bad_day": (
        "日期“{value}”无效，应为 2025-12-31 这样的格式。",
        "“{value}” is not a valid date; expected e.g. 2025-12-31.",
    ),
    "zh_only": (
        "{kind} 只有中文版（发给被检查单位）。",
        "A {kind} exists in Chinese only (it is handed to a Chinese unit).",
    ),
}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "print",
        help="print a notice, re-inspection opinion, drill evaluation, ledger or duty day (.docx)",
        description="Write one of the office's printouts as a Word file.",
    )
    parser.add_argument("kind", choices=KINDS, help="which printout")
    parser.add_argument("--id", type=int, help="the record (hazard or drill) to print")
    parser.add_argument("--register", help="ledger: which register (e.g. hazards)")
    parser.add_argument("--year", type=int, help="ledger: only this year's records")
    parser.add_argument("--search", default="", help="ledger: only records matching this text")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="duty_day: the day (default: today)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="document language")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .docx to write")
    parser.set_defaults(run=run)


def _register_table(name: str | None) -> str:
    names = "、".join(sorted(SHEETS)) if cli_lang() == "zh" else ", ".join(sorted(SHEETS))
    if not name:
        fail(say(TEXTS["needs_register"], names=names))
    if name in SHEETS:
        return SHEETS[name]
    if name in TABLES and TABLES[name].parent is None:
        return name
    fail(say(TEXTS["no_register"], name=name, names=names))


def run(args: argparse.Namespace) -> int:
    from ..report.document import save
    from ..report.print_errors import PrintError

    kind: str = args.kind
    if kind in ("notice", "recheck", "drill_evaluation") and args.id is None:
        fail(say(TEXTS["needs_id"]))
    if kind in ("notice", "recheck") and args.lang != "zh":
        fail(say(TEXTS["zh_only"], kind=kind))
    table = _register_table(args.register) if kind == "ledger" else ""
    if args.year is not None and not 2000 <= args.year <= 2100:
        fail(say(TEXTS["bad_year"], year=args.year))
    day = dt.date.today()
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            fail(say(TEXTS["bad_day"], value=args.date))
    # A notice is numbered the first time it is printed, so that one writes to the file.
    with command_store(args, read_only=kind != "notice") as store:
        try:
            if kind == "duty_day":
                from ..report.day_log import write_day_log
                from ..rules.settings import load_settings

                office = (load_settings(store).office_name or "").strip()
                write_day_log(store, day, args.output, args.lang, office)
            else:
                save(_build(store, kind, table, args), args.output)
        except FileWriteError as exc:
            fail(exc.message(cli_lang()))
        except PrintError as exc:
            fail(exc.message(cli_lang()))
    print(args.output.resolve())
    return 0


def _build(store: Store, kind: str, table: str, args: argparse.Namespace) -> DocxDocument:
    from ..store import ListQuery

    if kind == "notice":
        from ..report.notices import build_notice

        return build_notice(store, args.id)
    if kind == "recheck":
        from ..report.notices import build_recheck

        return build_recheck(store, args.id)
    if kind == "drill_evaluation":
        from ..report.drill_report import build_drill_report

        return build_drill_report(store, args.id, args.lang)
    from ..report.ledger import build_ledger

    q = ListQuery(table, search=args.search, year=args.year)
    return build_ledger(store, q, lang=args.lang)
