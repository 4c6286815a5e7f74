"""``emergency-desk settings [KEY [VALUE]]``: list every setting, show one, or set one.

The settings live in the database, so a county bureau can prepare a township's file (its
area code, level and villages) from a script as well as from the Settings dialog; the
same checks refuse the same values with the same sentence.
"""

from __future__ import annotations

import argparse

from ..rules.settings import (
    SETTING_SPECS,
    SettingError,
    SettingSpec,
    check_value,
    load_settings,
)
from .common import command_store, fail, say
from .lang import cli_lang

UNKNOWN = (
    "没有名为“{key}”的设置。可用的设置：{keys}",
    "There is no setting “{key}”. Settings: {keys}",
)
DONE = ("已将“{label}”设为：{value}", "Set “{label}” to: {value}")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "settings",
        help="list the settings, show one (KEY) or set one (KEY VALUE)",
        description="Without KEY, list every setting; with KEY, show it; with KEY VALUE, set "
        "it (villages: one per line, or separated by commas).",
    )
    parser.add_argument("key", nargs="?", help="a setting's name, e.g. area_code")
    parser.add_argument("value", nargs="?", help="the new value")
    parser.set_defaults(run=run)


def _spec(key: str) -> SettingSpec:
    """The setting named ``key`` (its name, or the key it has in the database)."""
    for spec in SETTING_SPECS:
        if key in (spec.name, spec.key):
            return spec
    fail(say(UNKNOWN, key=key, keys=", ".join(s.name for s in SETTING_SPECS)))


def _shown(spec: SettingSpec, value: object, lang: str) -> str:
    if spec.choices:
        return (
            f"{value}（{spec.choice_label(str(value), lang)}）"
            if lang == "zh"
            else (f"{value} ({spec.choice_label(str(value), lang)})")
        )
    if spec.lines:
        return (
            "、".join(str(value).splitlines())
            if lang == "zh"
            else (", ".join(str(value).splitlines()))
        )
    return str(value)


def run(args: argparse.Namespace) -> int:
    lang = cli_lang()
    spec = _spec(args.key) if args.key else None
    if spec is not None and args.value is not None:
        try:
            value = check_value(spec, args.value)
        except SettingError as exc:
            fail(exc.message(lang))
        with command_store(args) as store:
            store.set_setting(spec.key, value)
        print(say(DONE, label=spec.label(lang), value=_shown(spec, value, lang)))
        return 0
    with command_store(args, read_only=True) as store:
        settings = load_settings(store)
    for s in (spec,) if spec is not None else SETTING_SPECS:
        value = getattr(settings, s.name)
        if spec is not None:
            print(_shown(s, value, lang))
        else:
            print(f"{s.name} = {_shown(s, value, lang)}    # {s.label(lang)}")
    return 0
