"""The summary's figures for material reserves (points, items, key, short and expiring
stock), and the reserve appendix rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from .facade import Store
from .figure_indexes import STOCK_CREATED_INDEX as CREATED_INDEX
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


# the columns of a stock row, in ``_stock_rows``' order
NAME, CATEGORY, QUANTITY, UNIT, POINT, MIN_QUANTITY, EXPIRES_ON, SPEC, POINT_ID, POINT_KIND = range(
    10
)
COLUMNS = ("name", "category", "quantity", "unit", "point", "min_quantity", "expires_on", "spec",
           "point_id", "point_kind")  # fmt: skip


def _stock_rows(store: Store, as_of: str, doc_date: dt.date) -> list[tuple[Any, ...]]:
    """Every item that existed on ``as_of``, with its stock then (the sum of its movements
    up to that day), as tuples (``COLUMNS``) by point, category and name. An item existed
    if it was entered by then or has a movement by then; a record entered after the
    document's date did not exist for it at all.

    ``materials.quantity`` is the sum of the item's live movements, kept in the same
    transaction as every movement (``stock_ledger``), so the stock on a day is that sum
    less the movements after the day and those entered after the document's date: the
    summary reads the few movements since, never the ledger's whole history. A county
    holds 20,000 items: they stay tuples (a dict each costs as much as reading them).
    """
    p = {"day": as_of, "entered": (doc_date + dt.timedelta(days=1)).isoformat()}
    rows = store.db.execute(
        f"""SELECT m.name, m.category, coalesce(m.quantity, 0), m.unit, p.name, m.min_quantity,
                  m.expires_on, m.spec, p.id, p.kind, m.id,
                  CASE WHEN substr(m.created_at, 1, 10) > :day THEN NOT EXISTS (
                    SELECT 1 FROM stock_movements s WHERE s.deleted_at IS NULL
                      AND s.material_id = m.id AND s.moved_on <= :day
                      AND s.created_at < :entered) END
           FROM materials m JOIN reserve_points p ON p.id = m.point_id
           WHERE {known_by("m")} AND {known_by("p")}
           ORDER BY p.name, m.category, m.name, m.id""",
        p,
    ).fetchall()
    since = _since(store, p)
    out = []
    for r in rows:
        if r[11]:  # entered after the day, and no movement by then: not there yet
            continue
        if since and r[10] in since:
            r = (*r[:QUANTITY], r[QUANTITY] - since[r[10]], *r[QUANTITY + 1 :])
        out.append(r)
    return out


def _items_as_of(store: Store, as_of: str, doc_date: dt.date) -> list[dict[str, Any]]:
    """``_stock_rows`` as dicts (the appendix)."""
    return [dict(zip(COLUMNS, r[:10], strict=True)) for r in _stock_rows(store, as_of, doc_date)]


def _since(store: Store, p: dict[str, str]) -> dict[int, int]:
    """Per item, the live movements after the day (through the date index) and those up
    to it but entered after the document's date (through the entry-time index, none when
    the summary is dated today): what ``quantity`` holds that the day did not."""
    after = store.db.execute(
        "SELECT material_id, sum(delta) FROM stock_movements "
        "WHERE deleted_at IS NULL AND moved_on > :day GROUP BY material_id",
        p,
    ).fetchall()
    sql = (
        "SELECT material_id, sum(delta) FROM stock_movements {} WHERE created_at >= :entered "
        "AND deleted_at IS NULL AND moved_on <= :day GROUP BY material_id"
    )
    try:
        later = store.db.execute(sql.format(f'INDEXED BY "{CREATED_INDEX}"'), p).fetchall()
    except sqlite3.OperationalError as exc:  # a file opened read-only may predate the index
        if "no such index" not in str(exc):
            raise
        later = store.db.execute(sql.format(""), p).fetchall()
    out: dict[int, int] = {}
    for material_id, delta in (*after, *later):
        out[material_id] = out.get(material_id, 0) + int(delta or 0)
    return out


def _line(r: tuple[Any, ...]) -> StockLine:
    return StockLine(
        r[NAME], r[CATEGORY], int(r[QUANTITY]), r[UNIT], r[POINT], r[MIN_QUANTITY],
        r[EXPIRES_ON],
    )  # fmt: skip


def _kinds(rows: list[tuple[Any, ...]], order: int) -> tuple[int, list[StockLine]]:
    """How many kinds of material (distinct names) the rows hold, and the first ``SAMPLE``
    rows (sorted by column ``order``), one per name — "3种物资" counts kinds, not shelves."""
    seen: dict[str, tuple[Any, ...]] = {}
    for r in sorted(rows, key=lambda r: (str(r[order] or ""), r[NAME])):
        seen.setdefault(r[NAME], r)
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
    rows = _stock_rows(store, day, doc_date or as_of)
    point_kinds = {r[POINT_ID]: r[POINT_KIND] for r in rows}
    by_kind: dict[str, int] = {}
    for kind in point_kinds.values():
        if kind:
            by_kind[kind] = by_kind.get(kind, 0) + 1
    # the largest stock of each category, by name across the points
    totals: dict[tuple[str, str, str], int] = {}
    for r in rows:
        key = (r[CATEGORY], r[NAME], r[UNIT])
        totals[key] = totals.get(key, 0) + int(r[QUANTITY])
    best: dict[str, tuple[str, str, int]] = {}
    for (cat, name, unit), qty in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0][1])):
        best.setdefault(cat, (name, unit, qty))
    key_stocks = sorted(
        (StockLine(n, c, q, u) for c, (n, u, q) in best.items() if q > 0),
        key=lambda x: (-x.quantity, x.name),
    )
    horizon = (dt.date.fromisoformat(day) + dt.timedelta(days=expiring_days)).isoformat()
    in_stock = [r for r in rows if r[QUANTITY] > 0 and r[EXPIRES_ON]]
    # one date splits expired from expiring, so no item is ever both
    expired_count, expired = _kinds([r for r in in_stock if r[EXPIRES_ON] < day], EXPIRES_ON)
    expiring_count, expiring = _kinds(
        [r for r in in_stock if day <= r[EXPIRES_ON] <= horizon], EXPIRES_ON
    )
    short_count, short = _kinds(
        [r for r in rows if r[MIN_QUANTITY] is not None and r[QUANTITY] < r[MIN_QUANTITY]],
        NAME,
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
        len({r[NAME] for r in rows}),
        len({r[CATEGORY] for r in rows}),
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
