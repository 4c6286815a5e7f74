"""The summary's figures for material reserves (points, items, key, short and expiring
stock), and the reserve appendix rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .facade import Store
from .summary_sql import (
    LIVE,
    bounds,
    counts,
    dicts,
    scalar,
)

# -- material reserves -------------------------------------------------------------------


@dataclass(frozen=True)
class StockLine:
    name: str
    category: str
    quantity: int
    unit: str
    point: str = ""
    min_quantity: int | None = None
    expires_on: str | None = None


@dataclass(frozen=True)
class MaterialFigures:
    points: int
    points_by_kind: dict[str, int]
    items: int
    categories: int
    key_stocks: list[StockLine]  # the largest stock of each category, largest first
    expiring: list[StockLine]  # in stock, expiring within the warning window (first few)
    expired: list[StockLine]  # in stock, past its expiry date (first few)
    short: list[StockLine]  # below its minimum stock (first few)
    purchases: int  # purchase and donation movements in the year
    issues: int  # issue movements in the year
    expiring_count: int = 0  # all of them: the lists above hold only the first SAMPLE
    expired_count: int = 0
    short_count: int = 0


_ITEMS = (
    "FROM materials m JOIN reserve_points p ON p.id = m.point_id "
    "WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL"
)


SAMPLE = 10  # the summary names a few short or expired items, and counts the rest


def _stock_lines(
    store: Store, where: str, params: list[Any], order: str
) -> tuple[int, list[StockLine]]:
    """How many items match, and the first ``SAMPLE`` of them (a county holds thousands)."""
    total = scalar(store, f"SELECT count(*) {_ITEMS} AND {where}", params)
    rows = dicts(
        store,
        "SELECT m.name, m.category, coalesce(m.quantity, 0) AS quantity, m.unit, "
        "p.name AS point, m.min_quantity, m.expires_on "
        f"{_ITEMS} AND {where} ORDER BY {order} LIMIT ?",
        [*params, SAMPLE],
    )
    return int(total), [StockLine(**r) for r in rows]


def material_figures(
    store: Store, year: int, today: dt.date, expiring_days: int = 90
) -> MaterialFigures:
    start, end = bounds(year)
    points = scalar(store, f"SELECT count(*) FROM reserve_points WHERE {LIVE}")
    by_kind = counts(store, f"SELECT kind, count(*) FROM reserve_points WHERE {LIVE} GROUP BY kind")
    items, categories = store.db.execute(
        f"SELECT count(*), count(DISTINCT m.category) {_ITEMS}"
    ).fetchone()
    key_rows = dicts(
        store,
        f"""SELECT name, category, quantity, unit FROM (
              SELECT name, category, unit, sum(quantity) AS quantity,
                     row_number() OVER (PARTITION BY category
                                        ORDER BY sum(quantity) DESC, name) AS rn
              FROM (SELECT m.name, m.category, m.unit, coalesce(m.quantity, 0) AS quantity
                    {_ITEMS})
              GROUP BY category, name, unit)
            WHERE rn = 1 AND quantity > 0 ORDER BY quantity DESC, name""",
    )
    key_stocks = [StockLine(**r) for r in key_rows]
    today_s = today.isoformat()
    horizon = (today + dt.timedelta(days=expiring_days)).isoformat()
    expiring_count, expiring = _stock_lines(
        store,
        "m.quantity > 0 AND m.expires_on >= ? AND m.expires_on <= ?",
        [today_s, horizon],
        "m.expires_on, m.name",
    )
    expired_count, expired = _stock_lines(
        store, "m.quantity > 0 AND m.expires_on < ?", [today_s], "m.expires_on, m.name"
    )
    short_count, short = _stock_lines(
        store,
        "m.min_quantity IS NOT NULL AND coalesce(m.quantity, 0) < m.min_quantity",
        [],
        "m.name",
    )
    moves = dict(
        store.db.execute(
            "SELECT CASE WHEN s.reason IN ('purchase', 'donation') THEN 'in' ELSE s.reason END, "
            "count(*) FROM stock_movements s JOIN materials m ON m.id = s.material_id "
            "WHERE s.deleted_at IS NULL AND m.deleted_at IS NULL "
            "AND s.moved_on BETWEEN ? AND ? GROUP BY 1",
            [start, end],
        ).fetchall()
    )
    return MaterialFigures(
        int(points),
        by_kind,
        int(items),
        int(categories),
        key_stocks,
        expiring,
        expired,
        short,
        int(moves.get("in", 0)),
        int(moves.get("issue", 0)),
        expiring_count,
        expired_count,
        short_count,
    )


# -- appendix rows -------------------------------------------------------------------------


def material_rows(store: Store) -> list[dict[str, Any]]:
    return dicts(
        store,
        "SELECT p.name AS point, m.name, m.category, m.spec, coalesce(m.quantity, 0) AS quantity, "
        f"m.unit, m.min_quantity, m.expires_on {_ITEMS} ORDER BY p.name, m.category, m.name",
    )
