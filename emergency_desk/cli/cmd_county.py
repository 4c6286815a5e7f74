"""``emergency-desk [--db PATH] county import FILE... | status [--json]``: the county's townships.

``import`` takes township packages into a county database; each is checked and taken in
or refused on its own, and the command exits 2 if any was refused. ``status`` lists one
entry per township taken in.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..county import CountyError, import_packages
from ..schema import REGISTER_LIST
from ..store.county import townships
from .common import command_store, fail
from .lang import cli_lang


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
    return _status(args, lang)
