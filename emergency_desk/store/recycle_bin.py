"""The recycle bin: deleted records of every register in one list, newest deletion first.

Deleting only stamps ``deleted_at``; this module is the one place that looks across all
tables for such rows, so the Recycle Bin dialog can page through them without knowing
the registers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..schema import TABLES

if TYPE_CHECKING:
    from .facade import Store


@dataclass(frozen=True)
class DeletedRecord:
    table: str
    id: int
    title: str
    deleted_at: str


def _union(tables: list[str]) -> tuple[str, list[str]]:
    parts, params = [], []
    for name in tables:
        t = TABLES[name]
        col = t.title_field or t.date_field or "id"
        parts.append(
            f'SELECT ? AS tbl, id, CAST("{col}" AS TEXT) AS title, deleted_at '
            f'FROM "{name}" WHERE deleted_at IS NOT NULL'
        )
        params.append(name)
    return " UNION ALL ".join(parts), params


def _tables(table: str | None) -> list[str]:
    if table is None:
        return [n for n, t in TABLES.items() if t.soft_delete]
    if table not in TABLES:
        raise KeyError(table)
    return [table]


def deleted_count(store: Store, table: str | None = None) -> int:
    union, params = _union(_tables(table))
    return int(store.db.execute(f"SELECT count(*) FROM ({union})", params).fetchone()[0])


def deleted_page(
    store: Store, offset: int = 0, limit: int = 100, table: str | None = None
) -> list[DeletedRecord]:
    """One page of deleted records (all tables, or one), most recently deleted first."""
    union, params = _union(_tables(table))
    sql = (
        f"SELECT tbl, id, title, deleted_at FROM ({union}) "
        "ORDER BY deleted_at DESC, tbl, id DESC LIMIT ? OFFSET ?"
    )
    rows: list[Any] = store.db.execute(sql, [*params, limit, offset]).fetchall()
    return [DeletedRecord(r[0], r[1], r[2] or "", r[3]) for r in rows]
