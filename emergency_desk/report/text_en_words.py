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
