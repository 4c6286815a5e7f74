"""The later cases' floors (the new registers' lists, the county roll-up, the printed
ledger, the 乡镇汇总 tab and the county report) give the app's answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import county_cases
import floors_county
import floors_more
import generate
import more_cases
import pytest

from emergency_desk.store import ListQuery, Store

TODAY = generate.TODAY
NOW = f"{TODAY} 23:59"


# -- this round's cases: the new registers' lists, the county roll-up, the ledger ---------

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


def test_county_tab_sides_end_with_their_table_drawn(county3: Path, qapp: Any) -> None:
    """Both sides of ``county_tab`` stop the clock only once their table's rows have been
    painted: a shown widget is not drawn by ``show()``, nor by ``repaint()`` before its
    window is exposed (the floor once stopped there, having drawn nothing)."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        """Every object that had a paint event while installed on the application."""

        def __init__(self) -> None:
            super().__init__()
            self.objects: list[QObject] = []

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.objects.append(obj)
            return False

    def drawn(make: Any) -> tuple[Any, list[QObject]]:
        painted = Painted()
        qapp.installEventFilter(painted)
        try:
            widget = make()
        finally:
            qapp.removeEventFilter(painted)
        return widget, painted.objects

    heads, cells = ["乡镇", "发现隐患"], [["青石镇", "9"], ["柳河乡", "18"]]
    for host in (None, county_cases.host_window()):  # a window of its own, or inside one
        table, objects = drawn(lambda h=host: county_cases.show_floor_table(heads, cells, h))
        assert table.viewport() in objects and table.item(1, 0).text() == "柳河乡"
        for widget in (table, host):
            if widget is not None:
                county_cases.dispose(widget)
    store = Store.open(county3)
    try:
        host = county_cases.host_window()
        tab, objects = drawn(lambda: county_cases.fill_tab(store, TODAY, host))
        assert tab.parent() is host and tab.model.rowCount() == 3
        assert tab.view.viewport() in objects
        county_cases.dispose(tab)
        county_cases.dispose(host)
    finally:
        store.close()


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
