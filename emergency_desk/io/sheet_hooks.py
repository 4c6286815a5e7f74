"""What a table's spreadsheet does beyond its fields, named in the schema.

A table names its hooks (``Table.sheet_hooks``); the import, the export and the template
ask them for every table alike, so no part of ``io`` checks a register's name. A table that
names none gets ``SheetHooks()``: every field is a column and a REF field is the title of
the record it names (``columns.ref_column``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..schema import Field, Table

if TYPE_CHECKING:
    from ..store import Store
    from .columns import Column
    from .importer import PreparedRow

Insert = Callable[[str, dict[str, Any]], int]
RowWriter = Callable[["PreparedRow", dict[str, Any]], None]


class SheetHooks:
    """The points a table's sheet may hook into; each default does nothing."""

    def columns(self, t: Table, f: Field) -> list[Column] | None:
        """The columns that stand for field ``f``; ``None``: the generic column."""
        return None

    def take(self, t: Table, row: PreparedRow, extras: dict[str, Any]) -> None:
        """Keep the checked values of this hook's columns (``extras``, by column key) on
        the row, for ``writer``; a REF field named by title goes into ``row.refs``."""

    def writer(self, t: Table, store: Store, insert: Insert) -> RowWriter:
        """For one import: completes each row's ``values`` just before it is inserted,
        inside the import's transaction (``insert`` writes other tables in it)."""
        return lambda row, values: None

    def opening_dates(self, t: Table, rows: list[PreparedRow]) -> tuple[str | None, int]:
        """For an import's preview: the earliest date opening stock will be entered on,
        and how many rows with stock have no date (entered today). Nothing by default."""
        return None, 0


_NONE = SheetHooks()


def _registry() -> dict[str, SheetHooks]:
    from .reserve_point_sheet import ReservePointByName

    return {"reserve_point_by_name": ReservePointByName()}


def sheet_hooks_for(t: Table) -> SheetHooks:
    """The hooks ``t`` names; a name ``io`` does not know is a schema mistake."""
    return _registry()[t.sheet_hooks] if t.sheet_hooks else _NONE
