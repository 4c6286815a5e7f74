"""What the Overview shows, computed in one go from the store (no Qt: it runs on a worker).

The tab draws these figures; keeping their computation here lets the worker thread, the
tests and the command line share one reading of the rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..store import Store
from ..store import alert_queries as aq
from ..store import overview_queries as oq
from .alert_rows import AlertRow, describe
from .alerts import AlertGroup, evaluate
from .settings import RuleSettings, load_settings

ROWS_PER_GROUP = 200  # the rest are a click away in the register's needs-attention view


@dataclass
class OverviewFigures:
    """Everything the tab shows, read from the store in one go (on a worker thread)."""

    day: dt.date
    settings: RuleSettings
    roster: list[dict[str, Any]]
    groups: dict[str, AlertGroup]
    rows: dict[str, list[AlertRow]]
    ytd: oq.YearToDate
    by_category: list[tuple[str, int, int]]
    by_month: list[tuple[int, int]]


@dataclass
class OverviewCounts:
    """The rules' groups alone: what the tab draws first (a worker's first step)."""

    day: dt.date
    settings: RuleSettings
    groups: dict[str, AlertGroup]


def compute_counts(store: Store, day: dt.date) -> OverviewCounts:
    """Every rule's count for ``day`` (no ids): what the user waits for, before the rest."""
    settings = load_settings(store)
    return OverviewCounts(day, settings, evaluate(store, day, settings, limit=0))


def compute_details(store: Store, counts: OverviewCounts, lang: str) -> OverviewFigures:
    """The rest of the tab for ``counts``: described rows, roster, year to date, charts."""
    day, settings, iso = counts.day, counts.settings, counts.day.isoformat()
    # Each group's count and first rows: the tree shows those, the rest are a click away.
    groups = evaluate(store, day, settings, limit=ROWS_PER_GROUP)
    rows = {
        key: list(describe(store, group, day, settings, lang, ROWS_PER_GROUP))
        for key, group in groups.items()
    }
    if settings.level == "county":  # each row says which township it came from
        from .county import label_rows

        rows = label_rows(store, rows, lang)
    return OverviewFigures(
        day=day,
        settings=settings,
        roster=aq.roster_on(store, iso),
        groups=groups,
        rows=rows,
        ytd=oq.year_to_date(store, iso),
        by_category=oq.hazards_by_category(store, iso)[:8],
        by_month=oq.duty_entries_by_month(store, iso),
    )


def compute_figures(store: Store, day: dt.date, lang: str) -> OverviewFigures:
    """Every figure of the tab for ``day``: roster, alert groups with rows, year to date."""
    return compute_details(store, compute_counts(store, day), lang)
