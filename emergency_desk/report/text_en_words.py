"""English wording shared by the summary's sections: choice labels, numbers, lists of names."""

from __future__ import annotations

from ..schema import TABLES
from .numbers import (
    inner_quotes,
    join_en,
)

LANG = "en"


def label(table: str, field: str, key: str) -> str:
    return TABLES[table].field(field).choice_label(key, LANG)


def low(table: str, field: str, key: str) -> str:
    return label(table, field, key).lower()


def quoted_names(names: list[str], total: int) -> str:
    quoted = [f"“{inner_quotes(x)}”" for x in names]
    if total > len(names):
        return ", ".join(quoted) + " and others"
    return join_en(quoted)


def be(count: int, one: str = "is", many: str = "are") -> str:
    return one if count == 1 else many


AREAS = {
    "reservoir": "reservoirs and dams",
    "pipeline": "oil and gas pipelines",
    "hazardous_chemicals": "hazardous chemicals",
    "special_equipment": "special equipment",
    "geological": "geological hazards",
    "flood": "flood control",
    "fire": "fire safety",
    "road_traffic": "road traffic",
    "construction": "construction sites",
    "social_security": "public order",
    "other": "other areas",
}


def n(value: int) -> str:
    return f"{value:,}"


SMALL_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def words(count: int, one: str, many: str | None = None) -> str:
    """ "one plan", "three hazards", "12 hazards": below ten in words, as English style wants."""
    word = one if count == 1 else (many or one + "s")
    if 0 <= count < len(SMALL_WORDS):
        return f"{SMALL_WORDS[count]} {word}"
    return f"{count:,} {word}"


UNITS_EN = {
    "个": " pcs", "条": " pcs", "件": " pcs", "床": " pcs", "顶": " pcs", "只": " pcs",
    "把": " pcs", "块": " pcs", "张": " pcs", "根": " pcs", "部": " pcs", "支": " pcs",
    "箱": " boxes", "盒": " boxes", "瓶": " bottles", "桶": " barrels", "袋": " bags",
    "包": " packs", "套": " sets", "副": " sets", "台": " units", "辆": " vehicles",
    "双": " pairs", "盏": " pcs", "米": " m", "吨": " t", "千克": " kg", "公斤": " kg", "升": " L",
}  # fmt: skip


def unit_en(unit: str | None) -> str:
    """A Chinese unit of count in English (" boxes"); an unknown one is kept as written."""
    unit = (unit or "").strip()
    return UNITS_EN.get(unit, f" {unit}" if unit else "")


def num(count: int) -> str:
    """A bare count as English style writes it: "two", "12", "1,873"."""
    return SMALL_WORDS[count] if 0 < count < len(SMALL_WORDS) else f"{count:,}"


def change(now: int, before: int | None) -> str:
    """ "two more than last year" / "the same as last year"; "" without a figure."""
    if not before:
        return ""
    if now == before:
        return "the same as last year"
    word = "more" if now > before else "fewer"
    return f"{num(abs(now - before))} {word} than last year"


def versus(now: int, before: int | None) -> str:
    """ " (two more than last year)"; nothing without a figure."""
    said = change(now, before)
    return f" ({said})" if said else ""
