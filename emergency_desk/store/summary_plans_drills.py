"""The summary's figures for emergency plans and drills, and the drill appendix rows."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from .facade import Store
from .summary_sql import as_of_params, dicts, known_by, period, ranked

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


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February -> 1 March, as SQLite's date(…, '+N years')
        return dt.date(day.year + years, 3, 1)


def plans_as_of(
    store: Store,
    as_of: dt.date,
    doc_date: dt.date,
    issued_in: tuple[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Every plan entered by ``doc_date`` with the values it had on ``as_of``.

    An update's audit row holds what it replaced (``before``), so later changes are undone
    newest first. A status change is dated by the audit itself (a plan repealed in 2026 was
    in force at the end of 2025); a date the office typed in (issued, revised) is its own
    record of when, so only what was entered after the document's date is undone.

    ``issued_in`` (first, last day): only the plans that may have been issued then — those
    issued then now, and those changed since (their values then may differ).
    """
    status_after = (as_of + dt.timedelta(days=1)).isoformat()
    entered_after = (doc_date + dt.timedelta(days=1)).isoformat()
    since = min(status_after, entered_after)
    p: dict[str, str] = {"entered": entered_after}
    only = ""
    if issued_in is not None:
        p.update(first=issued_in[0], last=issued_in[1], since=since)
        only = (
            " AND (issued_on BETWEEN :first AND :last OR id IN (SELECT record_id FROM audit_log "
            "WHERE table_name = 'plans' AND action = 'update' AND at >= :since))"
        )
    rows = {
        r["id"]: r
        for r in dicts(
            store,
            "SELECT id, title, level, status, issued_on, revised_on, review_years FROM plans "
            f"WHERE {known_by()}{only} ORDER BY id",
            p,
        )
    }
    later = store.db.execute(
        "SELECT record_id, at, before FROM audit_log WHERE table_name = 'plans' "
        "AND action = 'update' AND at >= ? AND before IS NOT NULL ORDER BY id DESC",
        [since],
    ).fetchall()
    for record_id, at, before in later:  # newest first: the earliest change's "before" wins
        row = rows.get(record_id)
        if row is None:
            continue
        for key, value in json.loads(before).items():
            if key in row and at >= (status_after if key == "status" else entered_after):
                row[key] = value
    return list(rows.values())


def plan_figures(
    store: Store,
    year: int,
    as_of: dt.date,
    review_years: int = 3,
    doc_date: dt.date | None = None,
) -> PlanFigures:
    """Plans as they stood on ``as_of`` (at most the year's end): status, issue and revision
    dates as the office had them recorded on the document's date."""
    start, day = period(year, as_of)
    rows = plans_as_of(store, dt.date.fromisoformat(day), doc_date or as_of)
    in_force_rows = [
        r
        for r in rows
        if r["status"] == "in_force" and (r["issued_on"] is None or r["issued_on"] <= day)
    ]
    in_force: dict[str, int] = {}
    for r in in_force_rows:
        in_force[r["level"]] = in_force.get(r["level"], 0) + 1
    in_force = dict(sorted(in_force.items(), key=lambda kv: -kv[1]))
    # a draft has not been issued, whatever date it carries
    issued_rows = sorted(
        (r for r in rows if r["status"] != "draft" and start <= (r["issued_on"] or "") <= day),
        key=lambda r: (r["issued_on"], r["id"]),
    )
    revised_rows = sorted(
        (r for r in rows if r["status"] != "draft" and start <= (r["revised_on"] or "") <= day),
        key=lambda r: (r["revised_on"], r["id"]),
    )
    due: list[PlanDue] = []
    for r in in_force_rows:
        dates = [d for d in (r["issued_on"], r["revised_on"]) if d and d <= day]
        if not dates:
            continue
        cycle = r["review_years"]
        years = cycle if isinstance(cycle, int) and cycle > 0 else review_years  # a bad value
        review_on = _add_years(dt.date.fromisoformat(max(dates)), years).isoformat()
        if review_on <= day:
            due.append(PlanDue(r["title"], r["level"], review_on, review_on < day))
    due.sort(key=lambda p: (p.review_on, p.title))
    return PlanFigures(
        in_force,
        len(issued_rows),
        [r["title"] for r in issued_rows],
        len(revised_rows),
        [r["title"] for r in revised_rows],
        due,
    )


def plans_issued(store: Store, year: int, as_of: dt.date, doc_date: dt.date) -> int:
    """How many plans were issued in the year up to ``as_of``, as ``plan_figures`` counts
    them (a draft is not issued), reading only the plans that may have been: last year's
    comparison needs no more."""
    start, day = period(year, as_of)
    rows = plans_as_of(store, dt.date.fromisoformat(day), doc_date, (start, day))
    return sum(1 for r in rows if r["status"] != "draft" and start <= (r["issued_on"] or "") <= day)


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


def drill_figures(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> DrillFigures:
    """Drills held in the year up to ``as_of``; corrective actions done by that day."""
    p = as_of_params(year, as_of, doc_date)
    in_year = f"{known_by()} AND held_on BETWEEN :start AND :day"
    # one pass over the year's rows, by form and scope (each pass reads them all again)
    rows = store.db.execute(
        "SELECT form, scope, count(*), coalesce(sum(participants), 0), "
        f"coalesce(sum(vehicles), 0) FROM drills WHERE {in_year} GROUP BY form, scope",
        p,
    ).fetchall()
    total, participants, vehicles = (sum(r[i] for r in rows) for i in range(2, 5))
    by_form = ranked(_summed(rows, 0))
    by_scope = ranked(_summed(rows, 1))
    largest = [
        DrillNamed(r["title"], r["held_on"], r["form"], r["participants"], r["vehicles"] or 0)
        for r in dicts(
            store,
            "SELECT title, held_on, form, participants, vehicles FROM drills "
            f"WHERE {in_year} AND participants > 0 "
            "ORDER BY participants DESC, held_on LIMIT 3",
            p,
        )
    ]
    actions, done, overdue = store.db.execute(
        "SELECT count(*), "
        "coalesce(sum(a.done_on <= :day), 0), "
        "coalesce(sum((a.done_on IS NULL OR a.done_on > :day) AND a.due_on < :day), 0) "
        "FROM drill_actions a JOIN drills d ON d.id = a.drill_id "
        f"WHERE {known_by('a')} AND {known_by('d')} AND d.held_on BETWEEN :start AND :day",
        p,
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


def _summed(rows: list[tuple[Any, ...]], key: int) -> list[tuple[Any, int]]:
    """Counts (column 2) summed by one key column, in that key's order (None first, as
    ``GROUP BY`` orders it)."""
    sums: dict[Any, int] = {}
    for r in rows:
        sums[r[key]] = sums.get(r[key], 0) + r[2]
    return sorted(sums.items(), key=lambda kv: (kv[0] is not None, kv[0] or ""))


# -- appendix rows -------------------------------------------------------------------------


def drill_rows(
    store: Store, year: int, as_of: dt.date | None = None, doc_date: dt.date | None = None
) -> list[dict[str, Any]]:
    p = as_of_params(year, as_of or dt.date(year, 12, 31), doc_date)
    return dicts(
        store,
        "SELECT held_on, title, form, scope, organizer, location, participants, vehicles "
        f"FROM drills WHERE {known_by()} AND held_on BETWEEN :start AND :day "
        "ORDER BY held_on, id",
        p,
    )
