"""The summary's figures for publicity and training (events, people, leaflets, …)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .facade import Store
from .summary_sql import as_of_params, known_by, ranked

# -- publicity and training --------------------------------------------------------------


@dataclass(frozen=True)
class ActivityFigures:
    total: int
    by_kind: dict[str, int]
    participants_by_kind: dict[str, int]
    participants: int
    leaflets: int
    manuals: int
    banners: int
    themed_days: list[tuple[str, str]]  # (held_on, title) of themed-day events


def activity_figures(
    store: Store, year: int, as_of: dt.date | None = None, doc_date: dt.date | None = None
) -> ActivityFigures:
    """Activities held in the year up to ``as_of``."""
    p = as_of_params(year, as_of or dt.date(year, 12, 31), doc_date)
    in_year = f"{known_by()} AND held_on BETWEEN :start AND :day"
    # one pass over the year's rows, by kind (a county's year is ~5,000 rows spread over a
    # register of ten years: each pass reads them all again)
    rows = store.db.execute(
        "SELECT kind, count(*), sum(participants), sum(leaflets), sum(manuals), sum(banners) "
        f"FROM activities WHERE {in_year} GROUP BY kind",
        p,
    ).fetchall()
    total, people, leaflets, manuals, banners = (sum(r[i] or 0 for r in rows) for i in range(1, 6))
    by_kind = ranked([(r[0], r[1]) for r in rows])
    people_by_kind = ranked([(r[0], r[2]) for r in rows])
    themed = [
        (r[0], r[1])
        for r in store.db.execute(
            f"SELECT held_on, title FROM activities WHERE {in_year} AND kind = 'themed_day' "
            "ORDER BY held_on, id",
            p,
        )
    ]
    return ActivityFigures(
        int(total),
        by_kind,
        people_by_kind,
        int(people),
        int(leaflets),
        int(manuals),
        int(banners),
        themed,
    )


@dataclass(frozen=True)
class HeldCounts:
    """How many events (drills, activities) a year held and how many took part: all that
    last year's comparison ("同比") asks of them."""

    total: int
    participants: int


def held_counts(
    store: Store, table: str, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> HeldCounts:
    """``table``'s events held in the year up to ``as_of``: one pass over the year's rows
    (the full figures take four or six)."""
    if table not in ("drills", "activities"):
        raise ValueError(table)
    p = as_of_params(year, as_of, doc_date)
    total, people = store.db.execute(
        f"SELECT count(*), coalesce(sum(participants), 0) FROM {table} "
        f"WHERE {known_by()} AND held_on BETWEEN :start AND :day",
        p,
    ).fetchone()
    return HeldCounts(int(total), int(people))
