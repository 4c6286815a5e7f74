"""How figures are written in each language: percentages, money, dates, lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal


def pct(value: float | None) -> str:
    """66.666 -> "66.7%", 100.0 -> "100%" (official texts drop a trailing .0)."""
    if value is None:
        return ""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _exact(amount: Decimal | float | int) -> Decimal:
    # a float is read through its shortest repr (58000.0 -> "58000.0"), never its binary value
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


def money_zh(amount: Decimal | float | int) -> str:
    """3,515,750 -> "351.58万元": rounded half up in decimal, as an office would by hand
    (a float gives 351.57, since 351.575 is stored as 351.57499…)."""
    value = _exact(amount)
    if value >= 10000:
        wan = (value / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        text = f"{wan:f}".rstrip("0").rstrip(".")
        return f"{text}万元"
    whole = value.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return f"{whole:,f}元" if whole >= 1000 else f"{whole:f}元"


def money_en(amount: Decimal | float | int) -> str:
    whole = _exact(amount).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return f"CNY {whole:,f}"


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def month_day_zh(value: str | dt.date) -> str:
    d = _date(value)
    return f"{d.month}月{d.day}日"


def full_date_zh(value: str | dt.date) -> str:
    d = _date(value)
    return f"{d.year}年{d.month}月{d.day}日"


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_day_en(value: str | dt.date) -> str:
    d = _date(value)
    return f"{d.day} {MONTHS[d.month - 1]}"


def full_date_en(value: str | dt.date) -> str:
    d = _date(value)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def join_zh(items: Sequence[str]) -> str:
    return "、".join(items)


def join_en(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 drill", "3 drills"; numbers with thousands separators."""
    word = one if n == 1 else (many or one + "s")
    return f"{n:,} {word}"


SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_start(n: int, one: str, many: str | None = None) -> str:
    """A count that opens a sentence: "One hazard", "Twelve plans", "A total of 23 plans"."""
    word = one if n == 1 else (many or one + "s")
    if n < len(SMALL):
        return f"{SMALL[n].capitalize()} {word}"
    return f"A total of {n:,} {word}"


def inner_quotes(text: str) -> str:
    """Quotes inside a quoted name become single quotes: “2025年‘5·12’防灾减灾日”."""
    return text.replace("“", "‘").replace("”", "’").replace('"', "'")
