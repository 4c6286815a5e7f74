"""Chinese wording shared by the summary's sections: choice labels, 一二三 numbering, lists of names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..schema import TABLES
from .numbers import inner_quotes

LANG = "zh"
CN_NUM = "一二三四五六七八九十"


def cn(n: int) -> str:
    """1 -> 一, 12 -> 十二 (enough for section numbers)."""
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    tens, ones = divmod(n, 10)
    return CN_NUM[tens - 1] + "十" + (CN_NUM[ones - 1] if ones else "")


def label(table: str, field: str, key: str) -> str:
    return TABLES[table].field(field).choice_label(key, LANG)


def nonzero_parts(counts: dict[str, int], fmt: Callable[[str, int], str]) -> list[str]:
    return [fmt(k, n) for k, n in counts.items() if n]


def which_names(names: list[str], total: int) -> str:
    """ "，即“A”" / "，分别是“A”“B”" / "，如“A”“B”“C”等"."""
    quoted = "".join(f"“{inner_quotes(n)}”" for n in names)
    if total == 1:
        return "，即" + quoted
    if total <= len(names):
        return "，分别是" + quoted
    return "，如" + quoted + "等"


def quoted_list(names: list[str], total: int, quote: str = "“”") -> str:
    shown = "".join(f"{quote[0]}{inner_quotes(n)}{quote[1]}" for n in names)
    return shown + ("等" if total > len(names) else "")


def whole_year(year: int, as_of: dt.date) -> str:
    """ "全年"; before the year's end "1—11月" (up to a month's end) or "截至12月6日，"
    — a partial year never says "全年"."""
    if as_of >= dt.date(year, 12, 31):
        return "全年"
    if (as_of + dt.timedelta(days=1)).month != as_of.month:
        return f"1—{as_of.month}月" if as_of.month > 1 else "1月"
    return f"截至{as_of.month}月{as_of.day}日，"


def year_end(year: int, as_of: dt.date) -> str:
    """ "2025年底", or "2026年12月6日" when the summary speaks of a day before the year's end."""
    if as_of >= dt.date(year, 12, 31):
        return f"{year}年底"
    return f"{year}年{as_of.month}月{as_of.day}日"


def versus(now: int, before: int | None, unit: str) -> str:
    """ "，较上年增加2支" / "，与上年持平"; nothing when last year has no figure."""
    if not before:
        return ""
    if now == before:
        return "，与上年持平"
    word = "增加" if now > before else "减少"
    return f"，较上年{word}{abs(now - before)}{unit}"
