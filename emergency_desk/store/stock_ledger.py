"""The stock ledger: a material's quantity is the sum of its movements, never below zero.

Every change of stock is a movement row; ``materials.quantity`` is a cached sum kept in
step inside the same transaction, so lists can sort and filter on it in SQL. The facade's
``add_movement``/``stocktake``/``stock_of`` delegate here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..schema import TABLES, ValidationError, cross_checks, validate
from ..schema.validation import error_for
from .audit_log import now_stamp, write_audit

if TYPE_CHECKING:
    from .facade import Store


def stock_of(store: Store, material_id: int) -> int:
    row = store.db.execute(
        "SELECT coalesce(sum(delta), 0) FROM stock_movements "
        "WHERE material_id = ? AND deleted_at IS NULL",
        [material_id],
    ).fetchone()
    return int(row[0])


def add_movement(
    store: Store, material_id: int, moved_on: str, delta: int, reason: str, note: str | None = None
) -> int:
    """Record a stock change; refused if it would take the stock below zero."""
    t = TABLES["stock_movements"]
    values = {
        "material_id": material_id,
        "moved_on": moved_on,
        "delta": delta,
        "reason": reason,
        "note": note,
    }
    clean, errors = validate(t, values)
    if not errors:
        errors = cross_checks(t, clean) + store._check_refs("stock_movements", clean)
    if errors:
        raise ValidationError(errors)
    with store.transaction():
        current = stock_of(store, material_id)
        if current + clean["delta"] < 0:
            raise ValidationError([error_for(t.field("delta"), "stock_below_zero", current)])
        stamp = now_stamp()
        cur = store.db.execute(
            "INSERT INTO stock_movements (material_id, moved_on, delta, reason, note, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                material_id,
                clean["moved_on"],
                clean["delta"],
                clean["reason"],
                clean["note"],
                stamp,
                stamp,
            ],
        )
        mid = cur.lastrowid
        assert mid is not None
        sync_quantity(store, material_id)
        if clean["reason"] == "stocktake":
            set_audited(store, "materials", material_id, "checked_on", clean["moved_on"])
        write_audit(store, "insert", "stock_movements", mid, None, clean)
        store._changed("stock_movements", "materials")
    return mid


def stocktake(
    store: Store, material_id: int, counted: int, on: str, note: str | None = None
) -> int | None:
    """Record a physical count: the adjusting movement, or none if it matches."""
    delta = counted - stock_of(store, material_id)
    if delta == 0:
        with store.transaction():
            set_audited(store, "materials", material_id, "checked_on", on)
            store._changed("materials")
        return None
    return add_movement(store, material_id, on, delta, "stocktake", note)


def set_audited(store: Store, table: str, record_id: int, key: str, value: Any) -> None:
    """A field changed as a side effect of another action, recorded like an edit."""
    row = store.db.execute(f'SELECT "{key}" FROM "{table}" WHERE id = ?', [record_id]).fetchone()
    if row is None or row[0] == value:
        return
    store.db.execute(
        f'UPDATE "{table}" SET "{key}" = ?, updated_at = ? WHERE id = ?',
        [value, now_stamp(), record_id],
    )
    write_audit(store, "update", table, record_id, {key: row[0]}, {key: value})
    store._changed(table)


def after_movement_change(store: Store, table: str, record_id: int) -> None:
    """Deleting or restoring a stock movement changes the stock it adds up to."""
    if table != "stock_movements":
        return
    row = store.db.execute(
        "SELECT material_id FROM stock_movements WHERE id = ?", [record_id]
    ).fetchone()
    if row is not None:
        sync_quantity(store, row[0])
        store._changed("materials")


def sync_quantity(store: Store, material_id: int) -> None:
    store.db.execute(
        "UPDATE materials SET quantity = (SELECT coalesce(sum(delta), 0) FROM stock_movements "
        "WHERE material_id = ? AND deleted_at IS NULL), updated_at = ? WHERE id = ?",
        [material_id, now_stamp(), material_id],
    )
