"""What every query of the annual summary shares: the live-record filter, a year's
bounds, and small readers (one value, counts by key, rows as dicts).

Used by the per-register ``summary_*`` modules; ``summary_queries`` gathers them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from ..schema import RECTIFIED_STATUSES
from .facade import Store

T = TypeVar("T")

LIVE = "deleted_at IS NULL"
RECTIFIED_SQL = "(" + ", ".join(f"'{s}'" for s in RECTIFIED_STATUSES) + ")"


def bounds(year: int) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


def period(year: int, as_of: dt.date) -> tuple[str, str]:
    """The first day of ``year`` and the day the summary speaks of (at most 31 December)."""
    return f"{year}-01-01", min(as_of, dt.date(year, 12, 31)).isoformat()


def known_by(alias: str = "") -> str:
    """Live, and already entered on the document's date (bound as ``:entered``, see
    ``as_of_params``): a record created later did not exist yet for a summary dated then
    (DESIGN "Figures are as of a date")."""
    a = f"{alias}." if alias else ""
    return f"{a}deleted_at IS NULL AND {a}created_at < :entered"


def as_of_params(year: int, as_of: dt.date, doc_date: dt.date | None = None) -> dict[str, str]:
    """Named parameters of the summary's queries: ``:start`` (1 January), ``:day`` (the day
    the figures speak of) and ``:entered`` (the day after the document's date)."""
    start, day = period(year, as_of)
    entered = ((doc_date or as_of) + dt.timedelta(days=1)).isoformat()
    return {"start": start, "day": day, "entered": entered}


def next_day(year: int) -> str:
    return f"{year + 1}-01-01"


Params = Sequence[Any] | Mapping[str, Any]


def _bind(params: Params) -> Any:
    return params if isinstance(params, Mapping) else list(params)


def scalar(store: Store, sql: str, params: Params = ()) -> Any:
    row = store.db.execute(sql, _bind(params)).fetchone()
    return None if row is None else row[0]


def scalar_via_index(store: Store, sql: str, index: str, params: Params) -> Any:
    """``_scalar`` through a partial index the planner would not pick by itself.

    Without ANALYZE statistics SQLite prefers an index with an equality on ``deleted_at``
    over a partial index that holds exactly the rows asked about (180 ms against 1 ms for
    a 100,000-hazard register). A file opened read-only may predate the index: then the
    same query runs without it.
    """
    return _via_index(scalar, store, sql, index, params)


def dicts_via_index(store: Store, sql: str, index: str, params: Params) -> list[dict[str, Any]]:
    """``dicts`` through an index the planner would not pick by itself (as
    ``scalar_via_index``; without the index, the same query as it is)."""
    return _via_index(dicts, store, sql, index, params)


def _via_index(
    run: Callable[[Store, str, Params], T], store: Store, sql: str, index: str, params: Params
) -> T:
    """``run`` of ``sql`` with ``{}`` as ``INDEXED BY index``, or as nothing when the file
    predates the index."""
    try:
        return run(store, sql.format(f'INDEXED BY "{index}"'), params)
    except sqlite3.OperationalError as exc:
        if "no such index" not in str(exc):
            raise
        return run(store, sql.format(""), params)


def counts(store: Store, sql: str, params: Params = ()) -> dict[str, int]:
    """``SELECT key, count`` -> {key: count}, largest first, keys never None."""
    return ranked(store.db.execute(sql, _bind(params)).fetchall())


def ranked(rows: Iterable[tuple[Any, Any]]) -> dict[str, int]:
    """(key, count) rows in key order (as ``GROUP BY key`` gives them) -> {key: count},
    largest first, ties in key order; keys never None, no zero counts."""
    pairs = [(k, n or 0) for k, n in rows]
    return {str(k): int(n) for k, n in sorted(pairs, key=lambda r: -r[1]) if k is not None and n}


def dicts(store: Store, sql: str, params: Params = ()) -> list[dict[str, Any]]:
    cur = store.db.execute(sql, _bind(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
