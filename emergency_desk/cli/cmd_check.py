"""``emergency-desk check``: is the file sound, and what is overdue — without the GUI.

An office can run this from a scheduled task or read it over the phone; the text is in
the user's language, ``--json`` is for scripts and keeps the rule keys as they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from ..rules.alert_rows import describe
from ..rules.alerts import ALERT_KEYS, evaluate, moment_of
from ..rules.settings import load_settings
from ..store import StoreError
from ..store.alert_queries import integrity_check
from ..store.backup_rotation import BackupState, backup_state
from ..store.errors import fixed_reason
from .common import command_store, fail, say
from .lang import cli_lang

TEXTS: dict[str, tuple[str, str]] = {
    "bad_day": (
        "日期“{value}”无效，应为 2024-06-15 这样的格式。",
        "“{value}” is not a valid date; expected e.g. 2024-06-15.",
    ),
    "header": ("数据库：{path}", "Database: {path}"),
    "ok": ("完整性检查：正常", "Integrity check: ok"),
    "damaged": (
        "完整性检查：发现 {n} 处问题，请从备份恢复：{first}",
        "Integrity check: {n} problem(s) found, restore a backup: {first}",
    ),
    "backup_bad": (
        "最新的备份“{newest}”已损坏，最近一个完好的备份是“{good}”。",
        "The newest backup “{newest}” is damaged; the newest sound backup is “{good}”.",
    ),
    "backup_none_good": (
        "备份文件夹中的备份都已损坏，没有可以恢复的备份。",
        "Every backup in the backups folder is damaged; none can be restored.",
    ),
    "as_of": ("截至 {day} 的提醒（共 {n} 项）：", "Alerts as of {day} ({n} in all):"),
    "more": ("    ……另有 {n} 条", "    … and {n} more"),
}
ROWS_SHOWN = 50  # per group in the text; --json lists every id


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="integrity check and the current alerts",
        description="Check the database file and print what is overdue or due soon.",
    )
    parser.add_argument("--json", action="store_true", help="print the alerts as JSON")
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="evaluate the rules as of this day (default: today)"
    )
    parser.set_defaults(run=run)


def _parse_day(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        fail(say(TEXTS["bad_day"], value=value))


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    day = _parse_day(args.today)
    if args.db is not None and not args.db.exists():
        fail(
            StoreError("cannot_open", path=str(args.db), reason=fixed_reason("no_file")).message(
                lang
            )
        )
    with command_store(args, read_only=True) as store:
        problems = integrity_check(store)
        backups = backup_state(store.path) if store.path is not None else BackupState(None, None)
        settings = load_settings(store)
        groups = evaluate(store, day, settings, moment_of(day))
        if args.json:
            doc: dict[str, object] = {
                "alerts": {k: groups[k].count for k in ALERT_KEYS},
                "rows": {k: list(groups[k].ids) for k in ALERT_KEYS},
                "backups": {
                    "newest": _name(backups.newest),
                    "newest_good": _name(backups.newest_good),
                },
            }
            if settings.level == "county":  # {township code: {rule: rows}}
                from ..rules.county import by_township

                doc["by_township"] = by_township(store, groups)
            print(json.dumps(doc, ensure_ascii=False))
            if problems:
                print(say(TEXTS["damaged"], n=len(problems), first=problems[0]), file=sys.stderr)
            return 0
        print(say(TEXTS["header"], path=store.path or ":memory:"))
        if problems:
            print(say(TEXTS["damaged"], n=len(problems), first=problems[0]))
        else:
            print(say(TEXTS["ok"]))
        if backups.newest_is_bad:
            print(_backup_warning(backups))
        total = sum(g.count for g in groups.values())
        print(say(TEXTS["as_of"], day=day.isoformat(), n=total))
        for key in ALERT_KEYS:
            group = groups[key]
            sep = "：" if lang == "zh" else ": "
            print(f"{key}  {group.title(lang)}{sep}{group.count}")
            rows = list(describe(store, group, day, settings, lang, limit=ROWS_SHOWN))
            if settings.level == "county":
                from ..rules.county import label_rows

                rows = label_rows(store, {key: rows}, lang)[key]
            for row in rows:
                ref = f"#{row.record_id} " if row.record_id is not None else ""
                print(f"    {ref}{row.text}")
            if group.count > ROWS_SHOWN:
                print(say(TEXTS["more"], n=group.count - ROWS_SHOWN))
        return 0


def _name(path: object) -> str | None:
    return None if path is None else str(path)


def _backup_warning(backups: BackupState) -> str:
    """Said when the newest backup would not restore: the office must not count on it."""
    if backups.newest_good is None:
        return say(TEXTS["backup_none_good"])
    return say(TEXTS["backup_bad"], newest=backups.newest, good=backups.newest_good)
