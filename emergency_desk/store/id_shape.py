"""How much of a rule's answer the caller wants: every id, the first few and the count,
or the count alone.

The Overview draws each rule's count first and then a few rows per group; at 4,000,000
duty entries the rules flag 120,000 records, and handing every id to Python cost more
than the counting (20-30 ms for the largest rules). Inside ``shaped(limit)`` a rule's
query runs as ``SELECT count(*) FROM (…)`` plus, when ``limit`` > 0, the same query with
``LIMIT``: the same WHERE, so the count is the one the full list would have.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facade import Store


@dataclass
class Shape:
    """What one rule's query is asked for, and (after it ran) how many rows it had."""

    limit: int  # 0: the count alone
    total: int = 0
    queries: int = 0  # a rule answered by anything but one shaped query is run in full


_SHAPE: ContextVar[Shape | None] = ContextVar("id_shape", default=None)


@contextmanager
def shaped(limit: int) -> Iterator[Shape]:
    """Within the block, the shaped queries count their rows and keep the first ``limit``."""
    shape = Shape(max(0, int(limit)))
    token = _SHAPE.set(shape)
    try:
        yield shape
    finally:
        _SHAPE.reset(token)


def first_column(
    store: Store, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()
) -> list[Any]:
    """The first column of ``sql``'s rows (an ORDER BY at its end), as the shape asks."""
    args: Any = dict(params) if isinstance(params, Mapping) else list(params)
    shape = _SHAPE.get()
    if shape is None:
        return [r[0] for r in store.conn.execute(sql, args)]
    shape.queries += 1
    count_sql = f"SELECT count(*) FROM ({_without_order(sql)})"
    shape.total = int(store.conn.execute(count_sql, args).fetchone()[0])
    if shape.limit == 0 or shape.total == 0:
        return []
    return [r[0] for r in store.conn.execute(f"{sql} LIMIT {shape.limit}", args)]


def _without_order(sql: str) -> str:
    """``sql`` less its closing ORDER BY: a count needs no order, and SQLite sorts a
    subquery's rows before counting them if asked to (a temporary B-tree of 15,000)."""
    at = sql.rfind(" ORDER BY ")
    tail = sql[at:]
    if at < 0 or tail.count("(") != tail.count(")") or "?" in tail or ":" in tail:
        return sql  # not the statement's own ORDER BY (or it holds parameters): keep it
    return sql[:at]
