"""The bench's in-process cases on the bench database: the Duty list (search, sort,
scroll) through the real table model, the Overview's rules, the annual summary and its
cost growth, and the import — each with its floor (``floors``, ``floors_report``).
Split from ``run.py``, which runs them (and the window and growth runs) and reports."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import floors
import floors_report
import generate

from emergency_desk.store import ListQuery, Store, search_index

YEAR = 2025
SEARCH_TERM = "火灾"
TODAY = generate.TODAY


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def raw(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    search_index.register(conn)
    return conn


def warm(db: Path) -> sqlite3.Connection:
    """An open connection in the state the app's is when the user acts: schema parsed and
    the Duty list's first page read (as ``ours`` reads it before its clock starts)."""
    conn = sqlite3.connect(db)
    floors.first_page(conn)
    return conn


def floor_case(
    db: Path,
    work: Callable[[sqlite3.Connection], Any],
    connect: Callable[[Path], sqlite3.Connection] = warm,
) -> Callable[[], Any]:
    """Time ``work`` alone on a warm connection, ``connect(db)`` (opening and warming are
    not timed)."""

    def run() -> Any:
        conn = connect(db)
        t0 = time.perf_counter()
        out = work(conn)
        run.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        conn.close()
        return out

    return run


# -- the Duty table through the real table model -------------------------------------------
def _model(store: Store, q: ListQuery) -> Any:
    from emergency_desk.ui.widgets.table_model import RecordTableModel

    return RecordTableModel(store, q)


def _first_page(model: Any, row: int = 0) -> None:
    assert model.rowCount() > row
    model.data(model.index(row, 0))


def model_case(
    db: Path, q: ListQuery, prepare: Callable[[Any], Callable[[], Any]]
) -> Callable[[], Any]:
    """The app's side of a list case: a fresh store, a table model on ``q`` with its first
    page read, then the action ``prepare(model)`` returns (untimed: a column looked up),
    timed until it has read the row the user sees."""

    def ours() -> None:
        store = Store.open(db)
        model = _model(store, q)
        _first_page(model)
        act = prepare(model)
        t0 = time.perf_counter()
        act()
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        store.close()

    return ours


def searched(q: ListQuery) -> Callable[[Any], Callable[[], Any]]:
    """The model given ``q`` (a search) until its first row is read."""
    return lambda model: lambda: (model.set_query(q), _first_page(model))


def sorted_by(key: str) -> Callable[[Any], Callable[[], Any]]:
    """The model sorted by the column ``key`` until its first row is read."""
    from PySide6.QtCore import Qt

    def prepare(model: Any) -> Callable[[], Any]:
        col = [f.key for f in model.columns].index(key)
        return lambda: (model.sort(col, Qt.SortOrder.AscendingOrder), _first_page(model))

    return prepare


def case_search(db: Path) -> tuple[Callable[[], Any], Callable[[], Any]]:
    base = ListQuery("duty_log")
    ours = model_case(db, base, searched(base.with_(search=SEARCH_TERM)))
    return ours, floor_case(db, lambda c: floors.search_page(c, SEARCH_TERM))


def case_sort(db: Path) -> tuple[Callable[[], Any], Callable[[], Any]]:
    ours = model_case(db, ListQuery("duty_log"), sorted_by("type"))
    return ours, floor_case(db, lambda c: floors.sorted_page(c, "type"))


def case_scroll(db: Path) -> tuple[Callable[[], Any], Callable[[], Any]]:
    ours = model_case(
        db, ListQuery("duty_log"), lambda model: lambda: _first_page(model, model.rowCount() - 1)
    )
    # The app knows the row count before the user scrolls (the view's height needs it);
    # so does the floor: counted while warming, the last page read from the other end.
    conn = warm(db)
    total = floors.live_count(conn)
    conn.close()
    return ours, floor_case(db, lambda c: floors.last_page(c, total))


def case_overview(db: Path) -> tuple[Callable[[], Any], Callable[[], Any]]:
    from emergency_desk.rules import alerts

    def ours() -> None:
        store = Store.open(db)
        floors.first_page(store.conn)  # warm as the floor's connection is
        t0 = time.perf_counter()
        alerts.evaluate(store, TODAY)
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        store.close()

    return ours, floor_case(db, lambda c: floors.overview(c, TODAY))


def case_report(db: Path) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import docx

    from emergency_desk.report.summary import export_summary

    out = Path(tempfile.mkdtemp()) / "summary.docx"

    def ours() -> None:
        store = Store.open(db)
        floors.first_page(store.conn)  # warm as the floor's connection is
        t0 = time.perf_counter()
        export_summary(store, YEAR, "zh", out, today=TODAY)
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        store.close()

    # The floor: the report's figures by hand-written aggregates (``floors_report.report_figures``,
    # one query per figure group) and python-docx writing the document's paragraphs and
    # tables, read once from the app's own output.
    store = Store.open(db)
    export_summary(store, YEAR, "zh", out, today=TODAY)
    store.close()
    made = docx.Document(str(out))
    paras = [p.text for p in made.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in made.tables]
    floor_out = out.with_name("floor.docx")

    def floor() -> None:
        conn = warm(db)
        t0 = time.perf_counter()
        floors_report.report_figures(conn, YEAR, TODAY)
        d = docx.Document()
        for text in paras:
            d.add_paragraph(text)
        for rows in tables:
            t = d.add_table(rows=len(rows), cols=len(rows[0]) if rows else 1)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
        d.save(str(floor_out))
        floor.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        conn.close()

    return ours, floor


def _import_sheet(rows: int) -> Path:
    import openpyxl

    path = generate.CACHE / f"import-{rows}.xlsx"
    if path.exists():
        return path
    import random

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("duty_log")
    keys = ["received_at", "channel", "reporter", "type", "level", "location", "summary",
            "action_taken", "reported_up_at", "handled_by", "status"]  # fmt: skip
    ws.append(keys)
    for row in generate.duty_rows(random.Random(99), rows):
        at = "2028" + row["received_at"][4:]  # a later (leap) year: no duplicates
        up = row["reported_up_at"]
        row = {**row, "received_at": at, "reported_up_at": up and "2028" + up[4:]}
        ws.append([row[k] for k in keys])
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    tmp.rename(path)
    return path


def case_report_growth(db: Path) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """The report's cost growth: the year's summary on the full database against the same
    summary on a copy holding only what it describes (``one_year.py``)."""
    import one_year

    from emergency_desk.report.summary import export_summary

    small = one_year.ensure(db, YEAR)
    out = Path(tempfile.mkdtemp()) / "summary.docx"

    def on(path: Path) -> Callable[[], Any]:
        def run() -> None:
            store = Store.open(path)
            floors.first_page(store.conn)  # warm, as the report case
            t0 = time.perf_counter()
            export_summary(store, YEAR, "zh", out, today=TODAY)
            run.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
            store.close()

        return run

    return on(db), on(small)


def case_import(db: Path, rows: int) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import openpyxl

    from emergency_desk.io import apply_import, prepare_import

    sheet = _import_sheet(rows)
    work = Path(tempfile.mkdtemp())

    def fresh_copy() -> Path:
        target = work / "copy.db"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(db, target)
        return target

    def ours() -> None:
        store = Store.open(fresh_copy())
        t0 = time.perf_counter()
        plan = prepare_import(store, "duty", sheet)
        added = apply_import(store, plan)
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        assert added == rows, added
        store.close()

    def floor() -> None:
        conn = raw(fresh_copy())
        t0 = time.perf_counter()
        wb = openpyxl.load_workbook(sheet, read_only=True)
        it = wb.active.iter_rows(values_only=True)
        header = next(it)
        cols = ", ".join(f'"{h}"' for h in header)
        marks = ", ".join("?" for _ in header)
        with conn:
            conn.executemany(f"INSERT INTO duty_log ({cols}) VALUES ({marks})", it)
        floor.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        conn.close()

    return ours, floor
