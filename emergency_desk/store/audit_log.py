"""The audit log: who changed what, when, with the record before and after.

Apart from the facade so that the facade reads as the list of user actions; every write
the facade or the stock ledger makes records itself here, inside the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facade import Store


def now_stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def write_audit(
    store: Store,
    action: str,
    table: str,
    record_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    store.db.execute(
        "INSERT INTO audit_log (at, os_user, operator, action, table_name, record_id, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            now_stamp(),
            store.os_user,
            store.operator,
            action,
            table,
            record_id,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
        ],
    )


def history(store: Store, table: str, record_id: int) -> list[dict[str, Any]]:
    rows = store._dicts(
        "SELECT * FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id",
        [table, record_id],
    )
    return [_decode(r) for r in rows]


def audit_page(
    store: Store,
    *,
    table: str | None = None,
    action: str | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[dict[str, Any]]:
    where, params = ["1=1"], []
    if table:
        where.append("table_name = ?")
        params.append(table)
    if action:
        where.append("action = ?")
        params.append(action)
    if text:
        where.append("(operator LIKE ? OR os_user LIKE ? OR before LIKE ? OR after LIKE ?)")
        params += [f"%{text}%"] * 4
    sql = f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ? OFFSET ?"
    return [_decode(r) for r in store._dicts(sql, [*params, limit, offset])]


def strip_system(row: dict[str, Any]) -> dict[str, Any]:
    """A record as the audit keeps it: without the columns the store itself maintains."""
    return {
        k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at", "deleted_at")
    }


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("before", "after"):
        row[key] = json.loads(row[key]) if row[key] else None
    return row
