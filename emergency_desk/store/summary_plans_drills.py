"""The summary's figures for emergency plans and drills, and the drill appendix rows."""

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

# -- plans -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanDue:
    title: str
    level: str
    review_on: str  # the date the review fell due
    overdue: bool  # already past on the report date


@dataclass(frozen=True)
class PlanFigures:
    in_force: dict[str, int]  # level -> plans in force at the end of the year
    issued: int
    issued_titles: list[str]
    revised: int
    revised_titles: list[str]
    due: list[PlanDue]  # in force, review date on or before the end of the year

    @property
    def in_force_total(self) -> int:
        return sum(self.in_force.values())

    @property
    def overdue(self) -> list[PlanDue]:
        return [p for p in self.due if p.overdue]


def plan_figures(store: Store, year: int, today: dt.date, review_years: int = 3) -> PlanFigures:
    start, end = bounds(year)
    in_force = counts(
        store,
        f"SELECT level, count(*) FROM plans WHERE {LIVE} AND status = 'in_force' "
        "AND (issued_on IS NULL OR issued_on <= ?) GROUP BY level",
        [end],
    )
    issued = scalar(
        store,
        f"SELECT count(*) FROM plans WHERE {LIVE} AND issued_on BETWEEN ? AND ?",
        [start, end],
    )
    issued_titles = [
        r[0]
        for r in store.db.execute(
            f"SELECT title FROM plans WHERE {LIVE} AND issued_on BETWEEN ? AND ? "
            "ORDER BY issued_on, id",
            [start, end],
        )
    ]
    revised = scalar(
        store,
        f"SELECT count(*) FROM plans WHERE {LIVE} AND revised_on BETWEEN ? AND ?",
        [start, end],
    )
    revised_titles = [
        r[0]
        for r in store.db.execute(
            f"SELECT title FROM plans WHERE {LIVE} AND revised_on BETWEEN ? AND ? "
            "ORDER BY revised_on, id",
            [start, end],
        )
    ]
    due_rows = store.db.execute(
        f"""SELECT title, level, review_on FROM (
              SELECT title, level,
                     date(coalesce(revised_on, issued_on),
                          '+' || coalesce(review_years, ?) || ' years') AS review_on
              FROM plans WHERE {LIVE} AND status = 'in_force'
                AND coalesce(revised_on, issued_on) IS NOT NULL)
            WHERE review_on <= ? ORDER BY review_on, title""",
        [review_years, end],
    ).fetchall()
    due = [PlanDue(t, lv, r, r < today.isoformat()) for t, lv, r in due_rows]
    return PlanFigures(in_force, issued, issued_titles, revised, revised_titles, due)


# -- drills ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DrillNamed:
    title: str
    held_on: str
    form: str
    participants: int
    vehicles: int


@dataclass(frozen=True)
class DrillFigures:
    total: int
    by_form: dict[str, int]
    by_scope: dict[str, int]
    participants: int
    vehicles: int
    largest: list[DrillNamed]  # at most three, by participants
    actions: int  # corrective actions of the year's drills
    actions_done: int
    actions_overdue: int  # past due_on, not done, on the report date


def drill_figures(store: Store, year: int, today: dt.date) -> DrillFigures:
    start, end = bounds(year)
    in_year = f"{LIVE} AND held_on BETWEEN ? AND ?"
    total, participants, vehicles = store.db.execute(
        "SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(vehicles), 0) "
        f"FROM drills WHERE {in_year}",
        [start, end],
    ).fetchone()
    by_form = counts(
        store, f"SELECT form, count(*) FROM drills WHERE {in_year} GROUP BY form", [start, end]
    )
    by_scope = counts(
        store, f"SELECT scope, count(*) FROM drills WHERE {in_year} GROUP BY scope", [start, end]
    )
    largest = [
        DrillNamed(r["title"], r["held_on"], r["form"], r["participants"], r["vehicles"] or 0)
        for r in dicts(
            store,
            "SELECT title, held_on, form, participants, vehicles FROM drills "
            f"WHERE {in_year} AND participants > 0 "
            "ORDER BY participants DESC, held_on LIMIT 3",
            [start, end],
        )
    ]
    actions, done, overdue = store.db.execute(
        "SELECT count(*), "
        "coalesce(sum(a.done_on IS NOT NULL), 0), "
        "coalesce(sum(a.done_on IS NULL AND a.due_on < ?), 0) "
        "FROM drill_actions a JOIN drills d ON d.id = a.drill_id "
        "WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND d.held_on BETWEEN ? AND ?",
        [today.isoformat(), start, end],
    ).fetchone()
    return DrillFigures(
        int(total),
        by_form,
        by_scope,
        int(participants),
        int(vehicles),
        largest,
        int(actions),
        int(done),
        int(overdue),
    )


# -- appendix rows -------------------------------------------------------------------------


def drill_rows(store: Store, year: int) -> list[dict[str, Any]]:
    start, end = bounds(year)
    return dicts(
        store,
        "SELECT held_on, title, form, scope, organizer, location, participants, vehicles "
        f"FROM drills WHERE {LIVE} AND held_on BETWEEN ? AND ? ORDER BY held_on, id",
        [start, end],
    )
