"""What the store does on a table's writes beyond the validated, audited row.

A table names its hooks in the schema (``Table.write_hooks``); the facade runs them for
every table alike, so no write path checks a table's name. A table that names none gets
``WriteHooks()``, which does nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..schema import Table
from ..schema.validation import FieldError, clean_value
from . import stock_ledger

if TYPE_CHECKING:
    from .facade import Store


class WriteHooks:
    """The points a table may hook into; each default does nothing."""

    def check_insert(self, t: Table, values: dict[str, Any], errors: list[FieldError]) -> Any:
        """Read what the insert carries beyond the stored row; returned to ``after_insert``."""
        return None

    def prepare_row(self, row: dict[str, Any]) -> None:
        """Adjust the row about to be inserted."""

    def after_insert(
        self, store: Store, record_id: int, clean: dict[str, Any], carried: Any
    ) -> None:
        pass

    def after_update(
        self,
        store: Store,
        record_id: int,
        before: dict[str, Any],
        changed: dict[str, Any],
        values: dict[str, Any],
    ) -> None:
        pass

    def after_delete_or_restore(self, store: Store, table: str, record_id: int) -> None:
        pass

    def before_purge(self, store: Store, before: dict[str, Any]) -> None:
        pass

    def after_purge(self, store: Store, before: dict[str, Any]) -> None:
        pass


class HazardStatusLog(WriteHooks):
    """Every status a hazard passes through is logged with who set it and why."""

    def after_insert(
        self, store: Store, record_id: int, clean: dict[str, Any], carried: Any
    ) -> None:
        store._log_status(record_id, None, clean.get("status"), None)

    def after_update(
        self,
        store: Store,
        record_id: int,
        before: dict[str, Any],
        changed: dict[str, Any],
        values: dict[str, Any],
    ) -> None:
        if "status" in changed:
            store._log_status(
                record_id, before.get("status"), changed["status"], values.get("_reason")
            )

    def before_purge(self, store: Store, before: dict[str, Any]) -> None:
        store.db.execute("DELETE FROM hazard_status_log WHERE hazard_id = ?", [before["id"]])


def opening_date(t: Table, values: dict[str, Any]) -> str:
    """The day a new material's opening stock is dated: its stocktake date (最近盘点) when
    it carries one, else today. A ledger brought in from a spreadsheet then still counts
    in the summaries of the days it was counted, not only from the day of the import."""
    today = dt.date.today().isoformat()
    if values.get("checked_on") in (None, ""):
        return today
    checked, err = clean_value(t.field("checked_on"), values["checked_on"])
    if err or not checked:
        return today  # the field's own check reports it
    return min(str(checked)[:10], today)


class OpeningStock(WriteHooks):
    """A material's quantity is the sum of its movements: a quantity given with a new
    material becomes its opening movement, dated its stocktake day (see ``opening_date``)."""

    def check_insert(self, t: Table, values: dict[str, Any], errors: list[FieldError]) -> Any:
        if values.get("quantity") in (None, ""):
            return None
        opening, err = clean_value(t.field("quantity"), values["quantity"])
        if err:
            errors.append(err)
        return (opening, opening_date(t, values))

    def prepare_row(self, row: dict[str, Any]) -> None:
        row["quantity"] = 0

    def after_insert(
        self, store: Store, record_id: int, clean: dict[str, Any], carried: Any
    ) -> None:
        opening, on = carried or (None, "")
        if opening:
            store.add_movement(record_id, on, opening, "opening", None)


class StockLedger(WriteHooks):
    """A movement deleted, restored or purged changes the stock it adds up to."""

    def after_delete_or_restore(self, store: Store, table: str, record_id: int) -> None:
        stock_ledger.after_movement_change(store, table, record_id)

    def after_purge(self, store: Store, before: dict[str, Any]) -> None:
        material = before.get("material_id")
        if material is not None:
            stock_ledger.sync_quantity(store, material)
            store._changed("materials")


HOOKS: dict[str, WriteHooks] = {
    "hazard_status_log": HazardStatusLog(),
    "opening_stock": OpeningStock(),
    "stock_ledger": StockLedger(),
}
_NONE = WriteHooks()


def hooks_for(t: Table) -> WriteHooks:
    """The hooks ``t`` names; a name the store does not know is a schema mistake."""
    return HOOKS[t.write_hooks] if t.write_hooks else _NONE
