"""The spreadsheet columns of each register, and how a header a user typed finds its column.

A spreadsheet carries what a person reads, not database ids: a REF field is a column of
the title of the record it names (a drill's plan by its title), so a file exported from
one database imports into another. Everything else is the schema's own fields, labels and
choices; a table whose sheet needs more (a material's reserve point, created on import)
names its hooks in the schema (``Table.sheet_hooks``, ``sheet_hooks.py``).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..schema import SHEETS, TABLES, Field, FieldType, Table, sheet_table

# field: the cell is the field's value; ref: the title of the record a REF field names;
# hook: read and written by the table's sheet hooks.
Target = Literal["field", "ref", "hook"]


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: its header key, the field that types it, where it goes."""

    key: str
    field: Field
    target: Target = "field"
    aliases: tuple[str, ...] = ()
    # A column that shows a field of a linked record: the REF field, the table it names and
    # the field of that record the cell holds (a drill's plan_id -> plans.title).
    source: str = ""
    ref_table: str = ""
    attr: str = ""
    note: tuple[str, str] = ("", "")  # what the template's guide says of it (zh, en)

    def header(self, lang: str) -> str:
        """The header written in ``lang`` ("zh", "en" or "keys")."""
        return self.key if lang == "keys" else self.field.label(lang)

    @property
    def required(self) -> bool:
        """A column the file must have: required and with nothing to fall back on."""
        return self.field.required and self.field.default is None


def ref_column(t: Table, f: Field) -> Column:
    """A REF field as the title of the record it names; a field pointing at a table with no
    title stays a column of ids."""
    ref = TABLES[f.ref_table or ""]
    if not ref.title_field:
        return Column(f.key, f)
    title = ref.field(ref.title_field)
    stem = f.key.removesuffix("_id")
    own = {name for g in t.fields for name in (g.zh, g.en)}
    aliases = tuple(
        a
        for a in (stem, f"{stem}_{title.key}", title.zh, title.en, ref.zh, ref.en, *f.aliases)
        if a not in own
    )
    as_text = dataclasses.replace(
        f, type=FieldType.TEXT, ref_table=None, max_length=title.max_length
    )
    optional = ("", "") if f.required else ("，可留空", "; may be left empty")
    note = (
        f"填写“{ref.zh}”台账中已有的{title.zh}{optional[0]}",
        f"{title.en} of a record already kept in “{ref.en}”{optional[1]}",
    )
    return Column(f.key, as_text, "ref", aliases, f.key, ref.name, title.key, note)


def register_columns(register: str) -> list[Column]:
    """The columns of a register's spreadsheet (or another sheet's: ``SHEETS``), in the
    order an export writes them."""
    if register not in SHEETS:
        raise KeyError(register)
    from .sheet_hooks import sheet_hooks_for  # its hooks build columns of this module

    t: Table = sheet_table(register)
    hooks = sheet_hooks_for(t)
    cols: list[Column] = []
    for f in t.fields:
        own = hooks.columns(t, f)
        if own is not None:
            cols.extend(own)
        elif f.type is FieldType.REF:
            cols.append(ref_column(t, f))
        else:
            cols.append(Column(f.key, f, aliases=f.aliases))
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
