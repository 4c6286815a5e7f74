"""How a cleaned value reads inside an import message, in the reader's language.

Messages quote the values that made two rows the same record; ``2026-11-22`` and
``day`` are storage, a reader looks for ``2026年11月22日`` / ``22 Nov 2026`` and ``白班``.
Plain Python (the command line prints the same messages), so no Qt here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..schema import Field, FieldType

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_text(value: Any, lang: str) -> str:
    """An ISO date or date-time as people write it; anything else as given."""
    text = str(value)
    try:
        d = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    day = (
        f"{d.year}年{d.month}月{d.day}日"
        if lang == "zh"
        else f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    )
    clock = text[11:16]
    return f"{day} {clock}" if len(clock) == 5 and clock[2] == ":" else day


def value_text(f: Field, value: Any, lang: str) -> str:
    if value is None or value == "":
        return ""
    if f.type in (FieldType.DATE, FieldType.DATETIME):
        return date_text(value, lang)
    if f.type is FieldType.CHOICE:
        return f.choice_label(str(value), lang)
    return str(value)
