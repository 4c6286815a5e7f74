"""``emergency-desk [--db PATH] demo [--year Y] [--if-empty]``: fill a database with sample data."""

from __future__ import annotations

import argparse
import datetime as dt

from ..demo import DEFAULT_SEED, fill_demo, is_empty
from ..rules.settings import SETTING_SPECS, SettingError, check_value
from ..schema import ValidationError
from .common import command_store, fail, say
from .lang import cli_lang

ALREADY_FILLED = (
    "数据库“{path}”中已有记录，示例数据只写入空数据库。请用 --db 指定一个新文件。",
    "The database “{path}” already has records; demo data only goes into an empty "
    "database. Choose a new file with --db.",
)
BAD_YEAR = ("年份无效：{year}", "Not a valid year: {year}")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill the database with realistic sample data for a township",
        description="Fill the database with two years (Y-1 and Y) of sample records.",
    )
    parser.add_argument(
        "--year", type=int, default=None, help="the later of the two years (default: this year)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=argparse.SUPPRESS)
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing if the database already has records (used by `make run`)",
    )
    parser.add_argument(
        "--office", help="the township office's name (default: 青石镇应急管理办公室)"
    )
    parser.add_argument("--area-code", help="the township's 12-digit area code")
    parser.set_defaults(run=run)


def _own_settings(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The settings given on the command line, checked as the settings command checks them."""
    chosen = []
    for name, value in (("office_name", args.office), ("area_code", args.area_code)):
        if value is None:
            continue
        spec = next(s for s in SETTING_SPECS if s.name == name)
        try:
            chosen.append((spec.key, str(check_value(spec, value))))
        except SettingError as exc:
            fail(exc.message(cli_lang()))
    return chosen


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    year = args.year or dt.date.today().year
    if not 1901 <= year <= 2999:
        fail(say(BAD_YEAR, year=year))
    own = _own_settings(args)
    with command_store(args) as store:
        if not is_empty(store):
            if args.if_empty:
                return 0
            fail(say(ALREADY_FILLED, path=store.path))
        for key, value in own:  # the demo keeps settings already made
            store.set_setting(key, value)
        try:
            result = fill_demo(store, year, seed=args.seed)
        except ValidationError as exc:  # a bug in the generator, said plainly, not a traceback
            fail("; ".join(exc.messages(lang)), code=1)
    print(result.line(lang))
    return 0
