"""Look-ups an import needs before it writes: which records already exist.

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
