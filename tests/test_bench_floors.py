"""The benchmark's floors give the app's answer: same rows, in the same order.

A floor that answers a different (smaller) question would flatter nothing but itself —
this is what keeps ``bench/floors.py`` honest. A small generated bench database (3% of
the benchmark's size: 30,000 duty entries, every register including the new ledgers)
is built once for the module.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import floors  # noqa: E402
import floors_report  # noqa: E402
import generate  # noqa: E402

from emergency_desk.rules import alerts  # noqa: E402
from emergency_desk.store import ListQuery, Store  # noqa: E402

TODAY = generate.TODAY
NOW = f"{TODAY} 23:59"
SCALE = 0.03  # 30,000 duty entries: enough for every rule to find rows


@pytest.fixture(scope="module")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    generate.build(path, SCALE, 7, log=False)
    Store.open(path).close()  # as run.py: the app brings its indexes up to date first
    return path


@pytest.fixture
def conn(bench_db: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(bench_db)
    yield c
    c.close()


def _values(store: Store, rows: list[dict[str, Any]]) -> list[tuple]:
    cols = [r[1] for r in store.conn.execute('PRAGMA table_info("duty_log")')]
    return [tuple(r[c] for c in cols) for r in rows]


def test_overview_floor_returns_every_rules_rows(bench_db: Path, conn: sqlite3.Connection) -> None:
    store = Store.open(bench_db)
    try:
        app = {k: list(g.ids) for k, g in alerts.evaluate(store, TODAY, now=NOW).items()}
    finally:
        store.close()
    floor = floors.overview(conn, TODAY, NOW)
    assert set(floor) == set(alerts.ALERT_KEYS)  # every rule the app evaluates
    for key in alerts.ALERT_KEYS:
        assert floor[key] == app[key], key
    # The generated data gives every rule something to find, so equality is not vacuous.
    # (Days without a roster depend on the seed's last 30 days: the next test makes one.)
    empty = [k for k in alerts.ALERT_KEYS if not app[k] and k != "duty_days_without_roster"]
    assert empty == [], empty


def test_open_floor_counts_what_the_overview_counts(
    bench_db: Path, conn: sqlite3.Connection
) -> None:
    """The open floor draws the rules' counts (raw SQL ``count(*)``), as the Overview's
    first step draws them (``evaluate(..., limit=0)``)."""
    store = Store.open(bench_db)
    try:
        app = {k: g.count for k, g in alerts.evaluate(store, TODAY, now=NOW, limit=0).items()}
        full = {k: len(g.ids) for k, g in alerts.evaluate(store, TODAY, now=NOW).items()}
    finally:
        store.close()
    assert floors.overview_counts(conn, TODAY, NOW) == app == full
    assert sum(app.values()) > 500  # 904 at this scale: the counts are not vacuous


def test_overview_floor_follows_the_settings(bench_db: Path, tmp_path: Path) -> None:
    """Other limits and another day: still the app's rows (the floor reads the settings)."""
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copyfile(bench_db, copy)
    day = dt.date(2025, 2, 28)
    with sqlite3.connect(copy) as c:
        c.execute("UPDATE duty_roster SET deleted_at = '2025-03-01' WHERE on_date = '2025-02-20'")
    c.close()
    store = Store.open(copy)
    store.set_setting("rules.report_minutes_larger", 20)
    store.set_setting("rules.team_training_months", 3)
    store.set_setting("villages", "张家村、不存在村")
    try:
        app = {
            k: list(g.ids) for k, g in alerts.evaluate(store, day, now="2025-02-28 12:00").items()
        }
    finally:
        store.close()
    assert "2025-02-20" in app["duty_days_without_roster"]
    assert app["villages_without_info_officer"] == ["不存在村"]
    c = sqlite3.connect(copy)
    try:
        assert floors.overview(c, day, "2025-02-28 12:00") == app
    finally:
        c.close()


@pytest.fixture
def model(bench_db: Path, qapp: Any) -> Iterator[Any]:
    from emergency_desk.ui.widgets.table_model import RecordTableModel

    store = Store.open(bench_db)
    yield store, RecordTableModel(store, ListQuery("duty_log"))
    store.close()


def _page(m: Any, first: int, last: int) -> list[dict[str, Any]]:
    return [m.row_dict(i) for i in range(first, last)]


def test_search_sort_scroll_floors_return_the_lists_page(
    model: Any, conn: sqlite3.Connection
) -> None:
    from PySide6.QtCore import Qt

    store, m = model
    assert _values(store, _page(m, 0, 200)) == floors.first_page(conn)

    m.set_query(ListQuery("duty_log", search="火灾"))
    n = min(200, m.rowCount())
    assert n > 0
    assert _values(store, _page(m, 0, n)) == floors.search_page(conn, "火灾")

    m.set_query(ListQuery("duty_log"))
    m.sort([f.key for f in m.columns].index("type"), Qt.SortOrder.AscendingOrder)
    assert _values(store, _page(m, 0, 200)) == floors.sorted_page(conn, "type")

    m.set_query(ListQuery("duty_log"))
    total = m.rowCount()
    assert total == floors.live_count(conn)
    start = (total - 1) // 200 * 200
    assert _values(store, _page(m, start, total)) == floors.last_page(conn, total)


def test_search_floor_returns_a_frequent_words_page(
    model: Any, conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app reads a frequent word's page from its newest matches and counts later (from
    2,000 matches; here from 50, so the small database shows it): the floor's page is
    that page, row for row."""
    from PySide6.QtCore import QModelIndex

    from emergency_desk.store import paging
    from emergency_desk.ui.widgets import table_model

    monkeypatch.setattr(paging, "MATCH_FIRST_MAX", 50)
    monkeypatch.setattr(table_model, "COUNT_LATER", 51)
    store, m = model
    m.set_query(ListQuery("duty_log", search="火灾"))
    assert not m.count_exact  # the app did not count before its first page
    floor = floors.search_page(conn, "火灾")
    n = m.rowCount()  # the rows known to exist until the count arrives
    assert _values(store, _page(m, 0, n)) == floor[:n]
    m.fetchMore(QModelIndex())  # the count, as a view scrolled down asks for it
    assert m.count_exact and m.rowCount() > 200
    assert _values(store, _page(m, 0, 200)) == floor  # the same first page, read once


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


# -- this round's cases: the new registers' lists, the county roll-up, the ledger ---------
import floors_more  # noqa: E402
import more_cases  # noqa: E402

LIST_TABLES = tuple(more_cases.LIST_SIZES)


@pytest.fixture(scope="module")
def lists_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The new registers at a twentieth of the county size the bench uses."""
    path = tmp_path_factory.mktemp("lists") / "lists.db"
    more_cases.build_lists(path, {k: max(300, n // 20) for k, n in more_cases.LIST_SIZES.items()})
    return path


@pytest.mark.parametrize("table", LIST_TABLES)
def test_new_register_list_floors_return_the_lists_page(
    lists_db: Path, table: str, qapp: Any
) -> None:
    from PySide6.QtCore import Qt

    from emergency_desk.ui.widgets.table_model import RecordTableModel

    store = Store.open(lists_db)
    conn = floors_more.connect(lists_db)
    try:
        m = RecordTableModel(store, ListQuery(table, search=more_cases.SEARCH_TERMS[table]))
        n = min(200, m.rowCount())
        assert n > 0  # the word is there to be found
        found = floors_more.register_search(conn, table, more_cases.SEARCH_TERMS[table])
        assert [tuple(m.row_dict(i).values()) for i in range(n)] == found  # type: ignore[union-attr]

        m = RecordTableModel(store, ListQuery(table))
        col = [f.key for f in m.columns].index(floors_more.SORT_COLUMN[table])
        m.sort(col, Qt.SortOrder.AscendingOrder)
        page = [tuple(m.row_dict(i).values()) for i in range(min(200, m.rowCount()))]  # type: ignore[union-attr]
        assert page == floors_more.register_sorted(conn, table)
        assert len(page) == 200
    finally:
        conn.close()
        store.close()


def _county_rows(db: Path) -> dict[str, list[tuple]]:
    c = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "township" in [x[1] for x in c.execute(f'PRAGMA table_info("{r[0]}")')]
        ]
        out = {t: c.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}
        out["townships"] = c.execute(
            "SELECT code, name, sequence, packaged_at, schema_version, app_version, sha256 "
            "FROM townships ORDER BY code"
        ).fetchall()
        return out
    finally:
        c.close()


def test_county_floor_takes_in_the_same_rows(tmp_path: Path) -> None:
    """Two townships' packages in, by the app and by raw ATTACH + INSERT … SELECT: the
    county database holds the same rows, ids and references alike."""
    from emergency_desk.county import import_packages
    from emergency_desk.store import search_index

    packages = more_cases.county_packages(2, tmp_path / "packages")
    template = more_cases.empty_county(tmp_path / "template.db")
    ours, floor = tmp_path / "ours", tmp_path / "floor"
    ours.mkdir()
    floor.mkdir()
    store = Store.open(more_cases._fresh(template, ours))
    try:
        assert all(r.error is None for r in import_packages(store, packages))
    finally:
        store.close()
    conn = sqlite3.connect(more_cases._fresh(template, floor))
    search_index.register(conn)
    floors_more.county_rollup(conn, packages)
    conn.close()
    app, raw = _county_rows(ours / "county.db"), _county_rows(floor / "county.db")
    assert len(app["townships"]) == 2 and sum(len(v) for v in app.values()) > 1000
    assert set(app) == set(raw)
    for table in app:
        assert raw[table] == app[table], table
    # the search index came along: a township's hazard is found in the county
    store = Store.open(floor / "county.db")
    try:
        name = app["hazards"][0][
            [*store.conn.execute("PRAGMA table_info(hazards)")].index(
                next(r for r in store.conn.execute("PRAGMA table_info(hazards)") if r[1] == "name")
            )
        ]
        assert store.count(ListQuery("hazards", search=name[:2])) > 0
    finally:
        store.close()


def test_ledger_floor_reads_the_ledgers_rows_and_writes_its_table(
    bench_db: Path, conn: sqlite3.Connection, tmp_path: Path
) -> None:
    import docx

    from emergency_desk.report.ledger import build_ledger

    q = more_cases.ledger_query(bench_db, 300)
    store = Store.open(bench_db)
    try:
        ids = [r["id"] for r in store.rows(q)]
        out = tmp_path / "ledger.docx"
        build_ledger(store, q, lang="zh", today=TODAY).save(str(out))
    finally:
        store.close()
    assert q.date_from and q.date_to
    rows = floors_more.ledger_rows(conn, q.date_from, q.date_to)
    assert [r[0] for r in rows] == ids and len(ids) >= 300
    texts = [[c.text for c in row.cells] for row in docx.Document(str(out)).tables[0].rows]
    floors_more.ledger_docx(texts[0], texts[1:], tmp_path / "floor.docx")
    again = [
        [c.text for c in row.cells]
        for row in docx.Document(str(tmp_path / "floor.docx")).tables[0].rows
    ]
    assert again == texts and len(again) == len(ids) + 1
    # the floor's rows hold what the ledger prints: the first record's name and date
    assert texts[1][2] == rows[0][2]


# -- the county's own screens: the 乡镇汇总 tab and the county report -----------------------
import county_cases  # noqa: E402
import floors_county  # noqa: E402


@pytest.fixture(scope="module")
def county3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three demo townships of different seeds taken in, and the county's own major hazard
    (open, past its deadline) in each demo year: a small county as the bench builds one."""
    from register_samples import required_values

    from emergency_desk.schema import TABLES

    folder = tmp_path_factory.mktemp("county3")
    packages = []
    for i, seed in enumerate((7, 8, 9)):
        db, pkg = folder / f"town-{i}.db", folder / f"{more_cases.township_code(i)}.edpkg"
        more_cases._cli("--db", str(db), "demo", "--year", "2026", "--seed", str(seed),
                        "--office", f"{generate.TOWNS[i]}应急管理办公室",
                        "--area-code", more_cases.township_code(i))  # fmt: skip
        more_cases._cli("--db", str(db), "package", "-o", str(pkg))
        packages.append(pkg)
    county = county_cases.county_db(packages, folder / "county.db")
    store = Store.open(county)
    try:
        for found in ("2025-03-02", "2026-03-02"):
            values = required_values(store, TABLES["hazards"], "县本级")
            values.update(found_on=found, grade="major", status="rectifying", deadline=found)
            made = store.insert("hazards", values)
            with store.transaction():  # entered on the day it was found (the bench's today is past)
                store.conn.execute(
                    "UPDATE hazards SET created_at = ? WHERE id = ?", [f"{found} 09:00:00", made]
                )
    finally:
        store.close()
    return county


def test_county_tab_floor_returns_the_tabs_rows(county3: Path, qapp: Any) -> None:
    """The 乡镇汇总 tab's rows as it shows them (order, names, package dates, every figure)
    are the floor's hand-written SQL's."""
    from emergency_desk.store.county_figures import FIGURE_NAMES

    assert tuple(FIGURE_NAMES) == floors_county.FIGURES  # the floor answers every figure
    store = Store.open(county3)
    try:
        tab = county_cases.fill_tab(store, TODAY)
        shown = [
            (r.code, r.name, r.packaged_on, r.stale_days,
             *(int(getattr(r.figures, n) * (100 if n == "losses" else 1)) for n in FIGURE_NAMES))
            for r in tab.model.rows
        ]  # fmt: skip
        texts = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
        tab.close()
    finally:
        store.close()
    conn = sqlite3.connect(county3)
    try:
        floor = floors_county.league(conn, TODAY)
    finally:
        conn.close()
    assert floor == shown and len(floor) == 3
    assert texts[0] == floor[0][1] and texts[3] == str(floor[0][4])  # name, hazards found
    # the townships differ (different seeds), and every figure is found somewhere
    assert len({r[4:] for r in floor}) == 3
    assert all(any(r[4 + k] for r in floor) for k in range(len(FIGURE_NAMES))), floor


def test_county_report_floor_gives_the_reports_figures_and_document(
    county3: Path, tmp_path: Path
) -> None:
    """The county report's per-township figures (its appendix table) are the floor's, the
    county's own row too; the floor writes the same paragraphs and tables."""
    import docx

    from emergency_desk.report.county_report import export_county_report
    from emergency_desk.report.numbers import pct

    out = tmp_path / "county.docx"
    store = Store.open(county3)
    try:
        export_county_report(store, county_cases.REPORT_YEAR, "zh", out, today=TODAY)
    finally:
        store.close()
    made = docx.Document(str(out))
    paras = [p.text for p in made.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in made.tables]
    conn = sqlite3.connect(county3)
    try:
        names = {code: name for code, name, _made in floors_county.township_rows(conn)}
        _figures, by_code, document = county_cases.report_floor(
            conn, county_cases.REPORT_YEAR, TODAY, paras, tables
        )
    finally:
        conn.close()

    def row(name: str, f: list[int]) -> list[str]:
        v = dict(zip(floors_county.FIGURES, f, strict=True))
        found, done, due = v["hazards_found"], v["hazards_rectified"], v["reports_due"]
        return [
            name, str(found), str(done), pct(100 * done / found if found else None),
            *(str(v[k]) for k in ("hazards_overdue", "major_open", "drills")),
            f"{v['participants']:,}",
            *(str(v[k]) for k in ("plans_past_review", "stock_short", "stock_expired")),
            f"{v['reports_on_time']}/{due}" if due else "", str(v["incidents"]),
            f"{v['losses'] / 100:,.2f}",
        ]  # fmt: skip

    expected = [row(names[code], by_code[code]) for code in sorted(names)]
    own = by_code[None]
    assert own[0] == 1 and own[3] == 1  # the county's own hazard: found this year, major open
    expected.append(row("县本级", own))
    whole = [sum(f[k] for f in by_code.values()) for k in range(len(floors_county.FIGURES))]
    expected.append(row("全县合计", whole))
    appendix = tables[-1]
    assert sorted(appendix[1:-2]) == sorted(expected[:-2]) and appendix[-2:] == expected[-2:]
    assert len(appendix) == 3 + 1 + 2  # header, three townships, own, total
    # every township's paragraph names its figures as the floor counts them
    for code, name in names.items():
        line = next(p for p in paras if f"{name}：排查隐患" in p)
        assert f"排查隐患{by_code[code][0]}处，已整改{by_code[code][1]}处" in line
    saved = tmp_path / "floor.docx"
    document.save(str(saved))
    again = docx.Document(str(saved))
    assert [p.text for p in again.paragraphs] == paras
    assert [[[c.text for c in r.cells] for r in t.rows] for t in again.tables] == tables


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
