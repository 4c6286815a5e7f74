"""Look-ups an import (and a form) needs before it writes: which records already exist.

Only the key columns are read, so checking a file against a register of a million duty
entries does not pull every row into Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..schema import TABLES
from .facade import Store


def existing_keys(store: Store, table: str, fields: Sequence[str]) -> set[tuple[Any, ...]]:
    """The ``fields`` values of every live record of ``table`` (blank text counts as None)."""
    t = TABLES[table]
    for key in fields:
        t.field(key)  # refuses a field the table does not have
    cols = ", ".join(f'"{k}"' for k in fields)
    cur = store.db.execute(f'SELECT {cols} FROM "{table}" WHERE deleted_at IS NULL')
    return {tuple(None if v == "" else v for v in row) for row in cur}


def duplicate_of(
    store: Store, table: str, values: dict[str, Any], exclude_id: int | None = None
) -> int | None:
    """A live record of ``table`` with the same ``unique_key`` values (the one import
    calls a duplicate), other than ``exclude_id``; ``None`` if none or a key is blank."""
    t = TABLES[table]
    if not t.unique_key:
        return None
    wanted = [None if values.get(k) == "" else values.get(k) for k in t.unique_key]
    if any(v is None for v in wanted):
        return None
    where = " AND ".join(f'"{k}" = ?' for k in t.unique_key)
    row = store.db.execute(
        f'SELECT id FROM "{table}" WHERE deleted_at IS NULL AND {where} AND id IS NOT ? '
        "ORDER BY id LIMIT 1",
        [*wanted, exclude_id],
    ).fetchone()
    return None if row is None else int(row[0])
