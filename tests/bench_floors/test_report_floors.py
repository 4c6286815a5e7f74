"""The report floor states every figure group the summary does, with the same values, and
the one-year copy writes the same summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import floors_report
import generate
import pytest

from emergency_desk.store import Store

TODAY = generate.TODAY
NOW = f"{TODAY} 23:59"


@pytest.fixture(scope="module")
def report_app(bench_db: Path) -> Any:
    from emergency_desk.report.figures import collect

    store = Store.open(bench_db)
    try:
        return collect(store, 2025, TODAY)
    finally:
        store.close()


@pytest.fixture(scope="module")
def report_floor(bench_db: Path) -> dict[str, Any]:
    c = sqlite3.connect(bench_db)
    try:
        return floors_report.report_figures(c, 2025, TODAY)
    finally:
        c.close()


def test_report_floor_counts_the_reports_headline_figures(
    report_app: Any, report_floor: dict[str, Any]
) -> None:
    """The report floor's aggregates agree with the summary's figures (its main totals)."""
    app, f = report_app, report_floor
    hazards = f["hazards"]
    assert sum(r[2] for r in hazards) == app.hazards.found > 0
    assert sum(r[3] for r in hazards) == app.hazards.rectified
    assert sum(r[4] for r in hazards) == int(app.hazards.funds * 100)
    assert f["hazards_earlier"][0][0] == app.hazards.overdue_earlier
    assert sum(r[2] for r in f["drills"]) == app.drills.total > 0
    assert sum(r[3] for r in f["drills"]) == app.drills.participants
    assert sum(r[1] for r in f["activities"]) == app.activities.total > 0
    assert sum(r[2] for r in f["activities"]) == app.activities.participants
    duty = {kind: [r[1:] for r in f["duty"] if r[0] == kind] for kind in ("type", "level", "late")}
    assert sum(n for _, n, _ in duty["type"]) == app.duty.entries > 0
    assert {v: n for v, n, _ in duty["type"] if n} == app.duty.by_type
    assert {v: n for v, n, _ in duty["level"] if n and v != "none"} == app.duty.by_level
    leveled = sum(n for v, n, _ in duty["level"] if v in app.settings.report_limits)
    assert leveled == app.duty.leveled > 0
    late = [(x.received_at, x.level, x.minutes is None) for x in app.duty.late]
    assert sorted(duty["late"]) == sorted(late) and late
    assert leveled - len(late) == app.duty.on_time
    assert list(f["roster"][0]) == [app.duty.days_rostered, app.duty.handovers]


def test_report_floor_gives_the_stock_on_the_day(
    report_app: Any, report_floor: dict[str, Any]
) -> None:
    """Items, kinds, points, the largest stock of each category, short and expired kinds,
    and the year's purchases and issues, from the floor's rows."""
    app, f = report_app, report_floor
    m = app.materials
    rows = [r for r in f["materials"] if r[8]]  # there on the day
    assert len({r[1] for r in rows}) == m.items > 0
    assert len({r[0] for r in rows}) == m.categories
    assert len({r[5] for r in rows}) == m.points
    totals: dict[tuple[str, str, str], int] = {}  # a name in one unit, across the points
    for r in rows:
        totals[(r[0], r[1], r[2])] = totals.get((r[0], r[1], r[2]), 0) + r[7]
    largest = {c: max(q for (c2, _, _), q in totals.items() if c2 == c) for c, _, _ in totals}
    assert {x.category: x.quantity for x in m.key_stocks} == {
        c: q for c, q in largest.items() if q > 0
    }
    day = "2025-12-31"
    short = {r[1] for r in rows if r[3] is not None and r[7] < r[3]}
    expired = {r[1] for r in rows if r[7] > 0 and r[4] and r[4] < day}
    assert (len(short), len(expired)) == (m.short_count, m.expired_count)
    moves = dict(f["movements"])
    assert moves.get("purchase", 0) + moves.get("donation", 0) == m.purchases
    assert moves.get("issue", 0) == m.issues


def test_report_floor_gives_the_drill_details_and_activity_places(
    report_app: Any, report_floor: dict[str, Any]
) -> None:
    """Ratings, problems, scenarios, the largest drills; places and partner bodies."""
    app, f = report_app, report_floor
    d = f["drill_details"]
    assert dict(d["by_rating"]) == app.drill_details.by_rating and d["by_rating"]
    assert d["problems"] == app.drill_details.problems
    assert d["drills_with_problems"] == app.drill_details.drills_with_problems
    assert d["scenarios"] == app.drill_details.scenarios and d["scenarios"]
    largest = [(x.title, x.held_on, x.form, x.participants, x.vehicles) for x in app.drills.largest]
    assert d["largest"] == largest and largest
    assert f["activity_places"]["places"] == app.activity_places.places
    assert f["activity_places"]["places"]
    assert f["activity_places"]["organizers"] == app.activity_places.organizers


def test_report_floor_gives_the_ledgers_this_year_and_last(
    report_app: Any, report_floor: dict[str, Any]
) -> None:
    import json

    app, f = report_app, report_floor
    g = app.ledgers
    (row,) = f["ledgers"]
    assert list(row[:3]) == [g.teams, g.team_members, g.teams_trained] and g.teams
    assert json.loads(row[3] or "{}") == g.teams_by_kind
    assert list(row[4:14]) == [
        g.officers, g.officer_villages, g.officers_trained, g.shelters, g.shelter_capacity,
        g.shelters_inspected, g.risk_points, g.households, g.persons, g.cards_issued,
    ]  # fmt: skip
    assert json.loads(row[14] or "{}") == g.warnings_by_color and g.warnings
    assert list(row[15:]) == [
        g.callbacks, g.callbacks_answered, g.warnings_called, g.warnings_relayed,
    ]  # fmt: skip
    (prev,) = f["previous"]
    last = app.ledgers_prev
    counts = list(prev[8:13])
    if last is None:
        assert not any(counts)
    else:
        assert counts == [last.teams, last.officers, last.shelters, last.risk_points, last.warnings]


def test_report_floor_gives_last_years_figures_for_the_comparison(
    report_app: Any, report_floor: dict[str, Any]
) -> None:
    app, f = report_app, report_floor
    (prev,) = f["previous"]
    p = app.previous
    assert list(prev[:7]) == [
        p.plans.issued, p.drills.total, p.drills.participants, p.hazards.found,
        p.hazards.rectified, p.activities.total, p.activities.participants,
    ]  # fmt: skip
    assert p.drills.total and p.hazards.found and p.activities.total  # not vacuous
    assert prev[7] == (app.incidents_prev.count if app.incidents_prev else 0)


def test_report_floor_gives_the_incidents_events_and_moves(
    report_app: Any, report_floor: dict[str, Any]
) -> None:
    app, f = report_app, report_floor
    inc = f["incidents"]
    lines = [
        (x.started_at, x.title, x.category, x.response_level, x.figures)
        for x in app.incidents.incidents
    ]
    assert inc["lines"] == lines and lines
    assert inc["reports"] == app.incidents.reports
    assert inc["not_in_time"] == app.incidents.not_in_time
    assert inc["register_used"] == app.incidents.register_used
    assert inc["natural"] == app.incidents.natural
    assert inc["other"] == app.incidents.other
    events = [
        (e.received_at, e.type, e.level, e.location, e.summary, e.action_taken) for e in app.events
    ]
    floor_events = [
        (r[0], r[1], r[2], r[3].strip(), r[4].strip(), r[5].strip()) for r in f["events"]
    ]
    assert floor_events == events and events
    assert f["moved"] == (app.moved.warnings, app.moved.people)


# -- the report's cost growth: the same document from a copy holding only its years -------
def test_one_year_copy_gives_the_same_summary(bench_db: Path, tmp_path: Path) -> None:
    """``report_growth`` times the 2025 summary on the full database against a copy that
    holds only what that summary describes; both must write the same document."""
    import docx
    import one_year

    from emergency_desk.report.summary import export_summary

    small = one_year.build(bench_db, tmp_path / "only2025.db", 2025)
    with sqlite3.connect(small) as c:
        left = c.execute(
            "SELECT (SELECT count(*) FROM duty_log WHERE received_at < '2024'), "
            "(SELECT count(*) FROM duty_log WHERE received_at >= '2026'), "
            "(SELECT count(*) FROM stock_movements WHERE moved_on < '2023-12-31'), "
            "(SELECT count(*) FROM duty_log), (SELECT count(*) FROM hazards)"
        ).fetchone()
    c.close()
    assert left[:3] == (0, 0, 0) and left[3] > 0 and left[4] > 0  # history gone, the years kept

    def paragraphs(db: Path, lang: str) -> list[str]:
        out = tmp_path / f"{db.stem}-{lang}.docx"
        store = Store.open(db)
        try:
            export_summary(store, 2025, lang, out, today=TODAY)
        finally:
            store.close()
        return [p.text for p in docx.Document(str(out)).paragraphs]

    for lang in ("zh", "en"):
        full = paragraphs(bench_db, lang)
        assert paragraphs(small, lang) == full, lang
        assert len(full) > 20
