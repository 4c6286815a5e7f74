"""The summary's figures for material reserves (points, items, key, short and expiring
stock), and the reserve appendix rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .facade import Store
from .summary_sql import known_by, period

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


SAMPLE = 10  # the summary names a few short or expired items, and counts the rest


def _items_as_of(store: Store, as_of: str, doc_date: dt.date) -> list[dict[str, Any]]:
    """Every item that existed on ``as_of``, with its stock then (the sum of its movements
    up to that day). An item existed if it was entered by then or has a movement by then;
    a record entered after the document's date did not exist for it at all.

    Each item's stock is summed over its own movements (the live-material index), not by
    grouping the whole movement register first: a third of the time on 20,000 items.
    """
    entered = (doc_date + dt.timedelta(days=1)).isoformat()
    cur = store.db.execute(
        f"""SELECT m.name, m.category,
                  (SELECT sum(s.delta) FROM stock_movements s
                    WHERE s.material_id = m.id AND s.deleted_at IS NULL
                      AND s.moved_on <= :day AND s.created_at < :entered) AS quantity,
                  m.unit, p.name AS point, m.min_quantity, m.expires_on, m.spec,
                  p.id AS point_id, p.kind AS point_kind,
                  substr(m.created_at, 1, 10) AS created_on
           FROM materials m JOIN reserve_points p ON p.id = m.point_id
           WHERE {known_by("m")} AND {known_by("p")}
           ORDER BY p.name, m.category, m.name, m.id""",
        {"day": as_of, "entered": entered},
    )
    cols = [d[0] for d in cur.description][:-1]
    items = []
    for *row, created_on in cur.fetchall():
        if row[2] is None:  # no movement by then: there only if entered by then
            if (created_on or "") > as_of:
                continue
            row[2] = 0
        items.append(dict(zip(cols, row, strict=True)))
    return items


def _line(r: dict[str, Any]) -> StockLine:
    return StockLine(
        r["name"], r["category"], int(r["quantity"]), r["unit"], r["point"],
        r["min_quantity"], r["expires_on"],
    )  # fmt: skip


def _kinds(rows: list[dict[str, Any]], order: str) -> tuple[int, list[StockLine]]:
    """How many kinds of material (distinct names) the rows hold, and the first ``SAMPLE``
    rows (sorted by ``order``), one per name — "3种物资" counts kinds, not shelves."""
    seen: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (str(r[order] or ""), r["name"])):
        seen.setdefault(r["name"], r)
    return len(seen), [_line(r) for r in list(seen.values())[:SAMPLE]]


def material_figures(
    store: Store,
    year: int,
    as_of: dt.date,
    expiring_days: int = 90,
    doc_date: dt.date | None = None,
) -> MaterialFigures:
    """The reserves as they stood on ``as_of`` (at most the year's end)."""
    start, day = period(year, as_of)
    rows = _items_as_of(store, day, doc_date or as_of)
    point_kinds = {r["point_id"]: r["point_kind"] for r in rows}
    by_kind: dict[str, int] = {}
    for kind in point_kinds.values():
        if kind:
            by_kind[kind] = by_kind.get(kind, 0) + 1
    # the largest stock of each category, by name across the points
    totals: dict[tuple[str, str, str], int] = {}
    for r in rows:
        key = (r["category"], r["name"], r["unit"])
        totals[key] = totals.get(key, 0) + int(r["quantity"])
    best: dict[str, tuple[str, str, int]] = {}
    for (cat, name, unit), qty in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0][1])):
        best.setdefault(cat, (name, unit, qty))
    key_stocks = sorted(
        (StockLine(n, c, q, u) for c, (n, u, q) in best.items() if q > 0),
        key=lambda x: (-x.quantity, x.name),
    )
    horizon = (dt.date.fromisoformat(day) + dt.timedelta(days=expiring_days)).isoformat()
    in_stock = [r for r in rows if r["quantity"] > 0 and r["expires_on"]]
    # one date splits expired from expiring, so no item is ever both
    expired_count, expired = _kinds([r for r in in_stock if r["expires_on"] < day], "expires_on")
    expiring_count, expiring = _kinds(
        [r for r in in_stock if day <= r["expires_on"] <= horizon], "expires_on"
    )
    short_count, short = _kinds(
        [r for r in rows if r["min_quantity"] is not None and r["quantity"] < r["min_quantity"]],
        "name",
    )
    after = ((doc_date or as_of) + dt.timedelta(days=1)).isoformat()
    moves = dict(
        store.db.execute(
            "SELECT CASE WHEN s.reason IN ('purchase', 'donation') THEN 'in' ELSE s.reason END, "
            "count(*) FROM stock_movements s JOIN materials m ON m.id = s.material_id "
            "WHERE s.deleted_at IS NULL AND m.deleted_at IS NULL AND s.created_at < ? "
            "AND s.moved_on BETWEEN ? AND ? GROUP BY 1",
            [after, start, day],
        ).fetchall()
    )
    return MaterialFigures(
        len(point_kinds),
        by_kind,
        len({r["name"] for r in rows}),
        len({r["category"] for r in rows}),
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


def material_rows(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> list[dict[str, Any]]:
    """The reserve appendix: every item and its stock on the summary's date."""
    _, day = period(year, as_of)
    keep = ("point", "name", "category", "spec", "quantity", "unit", "min_quantity", "expires_on")
    return [{k: r[k] for k in keep} for r in _items_as_of(store, day, doc_date or as_of)]
