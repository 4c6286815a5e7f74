"""The county's own screens on a county of 30 townships (floors in ``floors_county.py``).

* ``county_db``: the ``county`` case's 30 township packages (``more_cases.county_packages``,
  cached in ``bench/.cache/county-v*``) taken into an empty county database once, cached
  beside them as ``county-30.db``.
* ``county_tab``: the 乡镇汇总 tab (``ui.county.league_tab.LeagueTab``) built, as a click on
  it builds it, until its table is filled and drawn (the figures come from a worker
  thread); against the per-township figures by hand-written SQL
  (``floors_county.league``) and a bare ``QTableWidget`` drawing the same texts.
* ``county_report``: ``county report --year 2025`` (``report.county_report
  .export_county_report``) to .docx; against the summary's figure groups
  (``floors_report.report_figures``: part one runs the township summary over every
  row) and the per-township figures by hand-written SQL (``floors_county.by_township``), then
  python-docx writing the same paragraphs and tables.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import floors_county
import generate
import more_cases

from emergency_desk.store import Store

try:  # the summary's floor (its own module once it covered every figure group)
    from floors_report import report_figures as summary_figures
except ImportError:
    from floors import report_figures as summary_figures

Case = tuple[Callable[[], Any], Callable[[], Any]]
TODAY = generate.TODAY  # the tab's "today": the demo townships' year (2026) up to it
REPORT_YEAR = 2025


def county_db(packages: list[Path] | None = None, path: Path | None = None) -> Path:
    """A county database holding ``packages`` (default: the 30 of the ``county`` case)."""
    from emergency_desk.county import import_packages

    paths = packages or more_cases.county_packages()
    path = path or paths[0].parent / f"county-{len(paths)}.db"
    if path.exists():
        return path
    tmp = path.with_name(path.stem + ".tmp.db")
    for extra in ("", "-wal", "-shm", ".lock"):
        Path(f"{tmp}{extra}").unlink(missing_ok=True)
    more_cases.empty_county(tmp)
    store = Store.open(tmp)
    try:
        results = import_packages(store, paths)
        assert all(r.error is None for r in results), [r.error for r in results]
    finally:
        store.close()
    for extra in ("-wal", "-shm", ".lock"):
        Path(f"{tmp}{extra}").unlink(missing_ok=True)
    tmp.rename(path)
    return path


def _warm(conn: sqlite3.Connection) -> None:
    """Schema parsed and the townships read, as the window's store is when the tab is
    clicked (the window has drawn the Overview from the same file)."""
    conn.execute("SELECT * FROM townships").fetchall()


def _wait_for(signal: Any) -> None:
    """Run the event loop until ``signal`` fires (two minutes at most: a hung worker)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(120_000)
    loop.exec()
    timer.stop()
    signal.disconnect(loop.quit)


def host_window() -> Any:
    """A shown, exposed window the size of the main window's tab area, standing for it:
    a click builds the tab inside the window already on screen, so neither side pays for
    a new window (its platform window, backing store and first exposure: ~16 ms)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    host.resize(*TAB_SIZE)
    host.show()
    while not (host.windowHandle() and host.windowHandle().isExposed()):
        QCoreApplication.processEvents()
    return host


def fill_tab(store: Store, today: Any = TODAY, host: Any = None) -> Any:
    """Build the 乡镇汇总 tab as the window does on a click (inside ``host``, or as a
    window of its own), wait until its table is filled (the worker's figures arrived and
    were set) and drawn; the tab."""
    from emergency_desk.ui.county.league_tab import LeagueTab

    tab = LeagueTab(store, parent=host, today=lambda: today)
    tab.setGeometry(0, 0, *TAB_SIZE)
    tab.show()
    _wait_for(tab.model.modelReset)
    until_drawn(tab.view.viewport(), tab.repaint)  # the filled table drawn
    assert tab.model.rowCount() > 0
    return tab


def dispose(widget: Any) -> None:
    """Hidden and deleted at once (a deferred delete waits for an event loop's return)."""
    import shiboken6

    widget.hide()
    shiboken6.delete(widget)


TAB_SIZE = (1300, 700)


def tab_texts(tab: Any) -> tuple[list[str], list[list[str]]]:
    """The tab's headings and cell texts as shown."""
    from PySide6.QtCore import Qt

    m = tab.model
    heads = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    cells = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    return heads, cells


def until_drawn(viewport: Any, start: Callable[[], Any]) -> None:
    """``start()``, then the event loop until ``viewport`` has had a paint event.

    ``show()`` alone draws nothing, nor does ``repaint()`` right after it: a new window is
    not exposed until the event loop has handled its expose event (offscreen as on a
    screen), and that handling draws it. Both sides end here: the table's rows drawn."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class Drawn(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    drawn = Drawn()
    viewport.installEventFilter(drawn)
    start()
    while not drawn.seen:
        QCoreApplication.processEvents()
    viewport.removeEventFilter(drawn)


def show_floor_table(heads: list[str], cells: list[list[str]], host: Any = None) -> Any:
    """The least Qt that shows the same table: a ``QTableWidget`` of the texts, columns
    fitted to them, shown at the tab's size (inside ``host``) until its rows are drawn."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    w = QTableWidget(len(cells), len(heads), host)
    w.setHorizontalHeaderLabels(heads)
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            w.setItem(r, c, QTableWidgetItem(text))
    w.resizeColumnsToContents()
    w.setGeometry(0, 0, *TAB_SIZE)
    w.show()  # in a shown window: drawn at the next frame (~16 ms later), or at once by
    until_drawn(w.viewport(), w.repaint)  # ``repaint``, as the tab is drawn
    return w


def case_tab(db: Path) -> Case:
    """The tab until filled and drawn, against the figures by hand-written SQL and a bare
    table widget drawing the same texts (the texts read once from the tab); both inside
    the same shown window (``host_window``)."""
    host = host_window()

    def ours() -> None:
        store = Store.open(db)
        _warm(store.conn)
        dispose(fill_tab(store, host=host))  # warm-up: the widgets' first paint, styles, fonts
        t0 = time.perf_counter()
        tab = fill_tab(store, host=host)
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        dispose(tab)
        store.close()

    store = Store.open(db)
    tab = fill_tab(store, host=host)
    heads, cells = tab_texts(tab)
    dispose(tab)
    store.close()

    def floor() -> None:
        conn = sqlite3.connect(db)
        _warm(conn)
        dispose(show_floor_table(heads, cells, host))  # warm-up, as ours
        t0 = time.perf_counter()
        rows = floors_county.league(conn, TODAY)
        shown = show_floor_table(heads, cells, host)
        floor.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        assert len(rows) == len(cells)
        dispose(shown)
        conn.close()

    return ours, floor


def report_floor(
    conn: sqlite3.Connection, year: int, today: Any, paras: list[str], tables: list[list[list[str]]]
) -> tuple[dict[str, list], dict[str | None, list[int]], Any]:
    """The county report's figures (part one's groups, the per-township figures, the
    townships) and python-docx writing ``paras`` and ``tables``: the figures, the document."""
    figures = summary_figures(conn, year, today)
    by_code = floors_county.by_township(conn, year, today, today)
    floors_county.township_rows(conn)
    return figures, by_code, floors_county.write_document(paras, tables)


def case_report(db: Path) -> Case:
    import docx

    from emergency_desk.report.county_report import export_county_report

    work = Path(tempfile.mkdtemp(prefix="bench-county-report-"))
    out = work / "county.docx"

    def ours() -> None:
        store = Store.open(db)
        _warm(store.conn)
        t0 = time.perf_counter()
        export_county_report(store, REPORT_YEAR, "zh", out, today=TODAY)
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        store.close()

    ours()  # the document the floor writes again
    made = docx.Document(str(out))
    paras = [p.text for p in made.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in made.tables]
    floor_out = work / "floor.docx"

    def floor() -> None:
        conn = sqlite3.connect(db)
        _warm(conn)
        t0 = time.perf_counter()
        _figures, _by_code, document = report_floor(conn, REPORT_YEAR, TODAY, paras, tables)
        document.save(str(floor_out))
        floor.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        conn.close()

    return ours, floor


def cases() -> dict[str, Callable[[], Case]]:
    return {
        "county_tab": lambda: case_tab(county_db()),
        "county_report": lambda: case_report(county_db()),
    }
