"""``emergency-desk print``: the papers an office hands out and files, as Word files.

``notice`` and ``recheck`` (a hazard's rectification notice and re-inspection opinion),
``drill_evaluation`` (a drill's evaluation report), ``ledger`` (a register's list, its
year and search applied), ``duty_day`` (one day's duty log), ``contacts`` (the
directory, 应急通讯录), ``cards`` (a risk point's two cards, ``--id N``, or those of every
monitored point of ``--village NAME``), ``incident_report`` (one report up: ``--id N`` is
the report's own id, or ``--incident N`` with ``--report initial|follow_up|verified``
for that incident's latest report of that kind, its latest of any kind without it), and
``victims`` / ``houses`` (an incident's ledgers, ``--id N`` the incident) — the same
builders as the app's 打印… buttons. ID numbers print masked unless
``--show-id-numbers`` is given, which the audit log records as it does an export. A record that does not exist, a record that cannot have that
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

KINDS = (
    "notice", "recheck", "drill_evaluation", "ledger", "duty_day",
    "contacts", "cards", "incident_report", "victims", "houses",
)  # fmt: skip
BY_ID = ("notice", "recheck", "drill_evaluation", "victims", "houses")
ZH_ONLY = ("notice", "recheck", "contacts", "cards", "incident_report")

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
    "needs_point": (
        "请用 --id 指明风险隐患点，或用 --village 指明村（社区）。",
        "Name the risk point with --id, or the village with --village.",
    ),
    "needs_report": (
        "请用 --id 指明报送记录，或用 --incident 指明事件。",
        "Name the report with --id, or the incident with --incident.",
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
    parser.add_argument(
        "--id",
        type=int,
        help="the record: a hazard, drill, risk point or report up; for victims and houses, "
        "the incident",
    )
    parser.add_argument("--village", help="cards: every monitored risk point of this village")
    parser.add_argument("--incident", type=int, help="incident_report: the incident")
    parser.add_argument(
        "--report",
        choices=("initial", "follow_up", "verified"),
        help="incident_report with --incident: its latest report of this kind",
    )
    parser.add_argument(
        "--show-id-numbers",
        action="store_true",
        help="print ID numbers in full (masked by default; recorded in the audit log)",
    )
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
    if kind in BY_ID and args.id is None:
        fail(say(TEXTS["needs_id"]))
    if kind == "cards" and args.id is None and not (args.village or "").strip():
        fail(say(TEXTS["needs_point"]))
    if kind == "incident_report" and args.id is None and args.incident is None:
        fail(say(TEXTS["needs_report"]))
    if kind in ZH_ONLY and args.lang != "zh":
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
    # A notice is numbered the first time it is printed, and ID numbers shown in full are
    # recorded in the audit log: those two write to the database.
    personal = bool(args.show_id_numbers) and _has_personal(kind, table)
    with command_store(args, read_only=kind != "notice" and not personal) as store:
        try:
            if kind == "duty_day":
                from ..report.day_log import write_day_log
                from ..rules.settings import load_settings

                office = (load_settings(store).office_name or "").strip()
                write_day_log(store, day, args.output, args.lang, office)
            else:
                save(_build(store, kind, table, args), args.output)
                if personal:
                    _audit_personal(store, kind, table, args)
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
    if kind == "contacts":
        from ..report.directory import build_directory

        return build_directory(store)
    if kind == "cards":
        from ..report.cards import build_cards

        return build_cards(store, point_id=args.id, village=args.village)
    if kind == "incident_report":
        from ..report.incident_papers import build_incident_report, report_for

        report = report_for(
            store, report_id=args.id, incident_id=args.incident, kind=args.report or ""
        )
        return build_incident_report(store, int(report["id"]))
    if kind in ("victims", "houses"):
        from ..report.incident_papers import build_incident_ledger

        return build_incident_ledger(
            store, args.id, kind, args.lang, reveal_personal=bool(args.show_id_numbers)
        )
    from ..report.ledger import build_ledger

    q = ListQuery(table, search=args.search, year=args.year)
    return build_ledger(store, q, lang=args.lang, reveal_personal=bool(args.show_id_numbers))


def _has_personal(kind: str, table: str) -> bool:
    """Whether the printout holds ID numbers (the victims ledger, or a register's that has)."""
    from ..schema.validation import PERSONAL_FORMATS

    name = "incident_victims" if kind == "victims" else table if kind == "ledger" else ""
    return bool(name) and any(f.format in PERSONAL_FORMATS for f in TABLES[name].fields)


def _audit_personal(store: Store, kind: str, table: str, args: argparse.Namespace) -> None:
    """Who printed ID numbers in full, into which file: as an export with them is."""
    from ..store.audit_log import record_personal_access

    detail: dict[str, object] = {"file": str(args.output.resolve()), "print": kind}
    if kind == "victims":
        detail["incident_id"] = args.id
    record_personal_access(
        store, "export_personal", "incident_victims" if kind == "victims" else table, None, detail
    )
