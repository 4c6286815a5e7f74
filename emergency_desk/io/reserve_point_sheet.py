"""A material's sheet: its reserve point by name, created if new, and its opening stock.

An office keeps its materials in one spreadsheet with the store they lie in written on
every row, not in a second sheet of reserve points. So the point is a name (plus, for a
point not yet kept, its kind, address, custodian and phone) and a name not yet kept
creates the point on import. The quantity column is the stock on hand when exported and
the opening stock when imported: the store's ``opening_stock`` write hook turns it into
the material's first movement.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ..schema import Field, FieldType, Table, table
from .columns import Column
from .sheet_hooks import Insert, RowWriter, SheetHooks

if TYPE_CHECKING:
    from ..store import Store
    from .importer import PreparedRow

STOCKTAKE = "checked_on"  # the date a row's stock was counted: its opening movement's date
POINT_ATTRS = {  # the point's fields a material's row may carry, with their headers there
    "kind": ("储备方式", "Reserve kind"),
    "address": ("储备点地址", "Point address"),
    "custodian": ("保管人", "Custodian"),
    "phone": ("储备点电话", "Point phone"),
}


class ReservePointByName(SheetHooks):
    def columns(self, t: Table, f: Field) -> list[Column] | None:
        if f.key == t.parent_key and f.ref_table:
            return self._point_columns(f, f.ref_table)
        if f.key in t.computed:
            note = ("导入时记为期初库存", "Recorded as the opening stock")
            return [Column(f.key, f, "hook", note=note)]
        return None

    @staticmethod
    def _point_columns(f: Field, points: str) -> list[Column]:
        ref = table(points)
        title = ref.field(ref.title_field or "name")
        name = dataclasses.replace(
            f, key="point", type=FieldType.TEXT, ref_table=None, max_length=title.max_length
        )
        note = (
            "储备点名称；不存在的储备点会自动创建",
            "Name of the reserve point; a point not yet kept is created",
        )
        aliases: tuple[str, ...] = (f.key, "point_name", title.zh)
        cols = [Column("point", name, "hook", aliases, f.key, points, title.key, note)]
        only_new = ("仅在新建储备点时使用", "Used only when the point is created")
        for key, (zh, en) in POINT_ATTRS.items():
            src = ref.field(key)
            attr = dataclasses.replace(src, key=f"point_{key}", zh=zh, en=en, required=False)
            aliases = (src.zh, src.en)
            cols.append(Column(f"point_{key}", attr, "hook", aliases, f.key, points, key, only_new))
        return cols

    def take(self, t: Table, row: PreparedRow, extras: dict[str, Any]) -> None:
        key = t.parent_key or ""
        name, *attrs = self.columns(t, t.field(key)) or []
        point: dict[str, Any] = {name.attr: extras.get(name.key)}
        for col in attrs:
            if extras.get(col.key) is not None:
                point[col.attr] = extras[col.key]
        row.refs[key] = point[name.attr]
        row.carried["point"] = (name.attr, point)
        for computed in t.computed:
            row.carried[computed] = extras.get(computed)

    def writer(self, t: Table, store: Store, insert: Insert) -> RowWriter:
        key = t.parent_key or ""
        ref = t.field(key).ref_table or ""
        points = {name.strip(): pid for pid, name in store.titles(ref)}

        def complete(row: PreparedRow, values: dict[str, Any]) -> None:
            title, point = row.carried["point"]
            name = point[title]
            if name not in points:
                points[name] = insert(ref, point)
            values[key] = points[name]
            for computed in t.computed:  # the opening stock, for the store's write hook
                values[computed] = row.carried[computed]

        return complete

    def opening_dates(self, t: Table, rows: list[PreparedRow]) -> tuple[str | None, int]:
        """The stocktake date (``checked_on``) of each row with stock is the day its opening
        movement is entered on (the store's ``opening_stock`` hook), so that a ledger
        imported today still counts in last year's summary."""
        stocked = [r for r in rows if any(r.carried.get(c) for c in t.computed)]
        dated = [str(r.values[STOCKTAKE]) for r in stocked if r.values.get(STOCKTAKE)]
        return (min(dated) if dated else None), len(stocked) - len(dated)
