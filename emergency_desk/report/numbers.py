"""How figures are written in each language: percentages, money, dates, lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence


def pct(value: float | None) -> str:
    """66.666 -> "66.7%", 100.0 -> "100%" (official texts drop a trailing .0)."""
    if value is None:
        return ""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


def money_zh(amount: float) -> str:
    if amount >= 10000:
        text = f"{amount / 10000:.2f}".rstrip("0").rstrip(".")
        return f"{text}万元"
    return f"{amount:,.0f}元" if amount >= 1000 else f"{amount:.0f}元"


def money_en(amount: float) -> str:
    return f"CNY {amount:,.0f}"


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
