"""The spreadsheet columns of each register, and how a header a user typed finds its column.

A spreadsheet carries what a person reads, not database ids: a drill names its plan by
title and a material its reserve point by name, so a file exported from one database
imports into another. Everything else is the schema's own fields, labels and choices.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..schema import SHEETS, Field, FieldType, Table, sheet_table, table

Target = Literal["field", "plan", "point", "point_attr", "quantity"]


STOCKTAKE_ALIASES = ("盘点日期", "Stocktake date", "stocktake_date")


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: its header key, the field that types it, where it goes."""

    key: str
    field: Field
    target: Target = "field"
    aliases: tuple[str, ...] = ()
    attr: str = ""  # for point_attr: the reserve_points field it fills

    def header(self, lang: str) -> str:
        """The header written in ``lang`` ("zh", "en" or "keys")."""
        return self.key if lang == "keys" else self.field.label(lang)

    @property
    def required(self) -> bool:
        """A column the file must have: required and with nothing to fall back on."""
        return self.field.required and self.field.default is None


def _plan_column() -> Column:
    f = table("drills").field("plan_id")
    as_text = dataclasses.replace(f, type=FieldType.TEXT, ref_table=None, max_length=200)
    return Column("plan_id", as_text, "plan", aliases=("plan", "plan_title", "预案名称", "预案"))


def _point_columns() -> list[Column]:
    f = table("materials").field("point_id")
    point = dataclasses.replace(f, key="point", type=FieldType.TEXT, ref_table=None, max_length=200)
    cols = [Column("point", point, "point", aliases=("point_id", "point_name", "储备点名称"))]
    labels = {
        "kind": ("储备方式", "Reserve kind"),
        "address": ("储备点地址", "Point address"),
        "custodian": ("保管人", "Custodian"),
        "phone": ("储备点电话", "Point phone"),
    }
    for key, (zh, en) in labels.items():
        src = table("reserve_points").field(key)
        f2 = dataclasses.replace(src, key=f"point_{key}", zh=zh, en=en, required=False)
        cols.append(Column(f"point_{key}", f2, "point_attr", aliases=(src.zh, src.en), attr=key))
    return cols


def register_columns(register: str) -> list[Column]:
    """The columns of a register's spreadsheet (or another sheet's: ``SHEETS``), in the
    order an export writes them."""
    if register not in SHEETS:
        raise KeyError(register)
    t: Table = sheet_table(register)
    cols: list[Column] = []
    for f in t.fields:
        if register == "drills" and f.key == "plan_id":
            cols.append(_plan_column())
        elif register == "materials" and f.key == "point_id":
            cols.extend(_point_columns())
        elif register == "materials" and f.key == "quantity":
            cols.append(Column("quantity", f, "quantity"))
        elif register == "materials" and f.key == "checked_on":
            # the date the opening stock is counted from; spreadsheets often call it so
            cols.append(Column(f.key, f, aliases=STOCKTAKE_ALIASES))
        else:
            cols.append(Column(f.key, f))
    return cols


_PAREN = re.compile(r"\(.*?\)")


def normalise_header(text: object) -> str:
    """Case, width, spaces and a required-mark ``*`` do not matter in a header."""
    s = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    s = s.replace("*", "").replace(" ", "").replace("_", "")
    return s


def header_index(columns: list[Column]) -> dict[str, Column]:
    """Every spelling of every header (key, zh and en label, aliases) -> its column.

    Labels with a unit in brackets (整改资金(元)) also match without it (整改资金).
    Earlier columns win a clash, so a register's own field beats a point alias.
    """
    index: dict[str, Column] = {}
    for col in columns:
        names = [col.key, col.field.zh, col.field.en, *col.aliases]
        for name in names:
            for variant in (name, _PAREN.sub("", name)):
                norm = normalise_header(variant)
                if norm:
                    index.setdefault(norm, col)
    return index
