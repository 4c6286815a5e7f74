"""The county's 乡镇汇总 tab and the township rows on its lists, driven as the county
bureau's staff use them, over two demo townships taken in from their packages."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from county_fixture import TOWNS, YEAR, make_county
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from emergency_desk.store import ListQuery, Store, StoreError
from emergency_desk.store.summary_hazards import hazard_figures
from emergency_desk.store.summary_plans_drills import drill_figures

DAY = dt.date(YEAR, 12, 31)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def county(made: Path, tmp_path: Path) -> Iterator[Store]:
    for f in made.parent.glob("*.db"):
        shutil.copy2(f, tmp_path / f.name)
    store = Store.open(tmp_path / made.name)
    yield store
    store.close()


@pytest.fixture
def window(qtbot: Any, county: Store) -> Any:
    from emergency_desk.ui.shell.main_window import MainWindow

    w = MainWindow(county)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    assert w.county_screens is not None
    w.county_screens.today = lambda: DAY
    return w


def _own_figures(made: Path, code: str) -> dict[str, Any]:
    """The township's figures from its own database, as its own summary states them."""
    store = Store.open(made.parent / f"{code}.db", read_only=True)
    try:
        h = hazard_figures(store, YEAR, DAY)
        d = drill_figures(store, YEAR, DAY)
        return {
            "hazards_found": str(h.found),
            "hazards_rectified": str(h.rectified),
            "hazards_overdue": str(len(h.overdue) + h.overdue_earlier),
            "drills": str(d.total),
            "participants": str(d.participants),
        }
    finally:
        store.close()


def _league(window: Any, qtbot: Any) -> Any:
    """The 乡镇汇总 tab, once its figures (counted off the GUI thread) have arrived."""
    from emergency_desk.ui.county.league_tab import LeagueTab
    from tests.ui.helpers import ops_done

    for i in range(window.tabs.count()):
        if window.tabs.tabText(i) == "乡镇汇总":
            window.tabs.setCurrentIndex(i)
            tab = window.tabs.widget(i)
            assert isinstance(tab, LeagueTab)
            ops_done(qtbot)
            return tab
    raise AssertionError("no 乡镇汇总 tab")


def _table(tab: Any) -> dict[str, dict[str, str]]:
    """Township name -> {column key: the text shown}."""
    from emergency_desk.ui.county.league_model import COLUMN_KEYS

    model = tab.model
    out = {}
    for row in range(model.rowCount()):
        cells = {k: model.index(row, c).data() for c, k in enumerate(COLUMN_KEYS)}
        out[cells["township"]] = cells
    return out


def test_the_league_table_shows_each_township_with_its_own_figures(
    window: Any, qtbot: Any, made: Path
) -> None:
    tab = _league(window, qtbot)
    shown = _table(tab)
    assert set(shown) == {"青石镇", "柳河乡"}
    for code, office in TOWNS.items():
        name = office.removesuffix("应急管理办公室")
        own = _own_figures(made, code)
        assert {k: shown[name][k] for k in own} == own
        found, rectified = int(own["hazards_found"]), int(own["hazards_rectified"])
        assert shown[name]["rate"] == f"{100 * rectified / found:.1f}%"
        assert shown[name]["packaged_on"]  # the day the package was made
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["乡镇", "数据包生成日期", "数据包已有天数"]


def test_a_heading_ranks_the_townships(window: Any, qtbot: Any, made: Path) -> None:
    from emergency_desk.ui.county.league_model import COLUMN_KEYS

    tab = _league(window, qtbot)
    column = COLUMN_KEYS.index("hazards_found")
    found = {
        office.removesuffix("应急管理办公室"): int(_own_figures(made, code)["hazards_found"])
        for code, office in TOWNS.items()
    }
    assert len(set(found.values())) == 2  # the two demo townships differ
    header = tab.view.horizontalHeader()
    header.sectionClicked.emit(column)  # as a click on the heading does
    tab.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert names == sorted(found, key=lambda n: -found[n])
    tab.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert names == sorted(found, key=lambda n: found[n])


def test_double_click_opens_the_townships_rows_read_only(
    window: Any, qtbot: Any, county: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emergency_desk.ui.county.league_model import COLUMN_KEYS
    from emergency_desk.ui.registers.register_tab import RegisterTab

    tab = _league(window, qtbot)
    code = next(iter(TOWNS))
    row = next(r for r in range(tab.model.rowCount()) if tab.model.code(r) == code)
    index = tab.model.index(row, COLUMN_KEYS.index("hazards_overdue"))
    tab.view.doubleClicked.emit(index)
    hazards = window.register_tabs["hazards"]
    assert window.tabs.currentWidget() is hazards
    assert isinstance(hazards, RegisterTab)
    combo = hazards.findChild(QComboBox, "filter_township")
    assert combo.currentText() == "青石镇"
    theirs = county.count(ListQuery("hazards", filters={"township": code}))
    assert hazards.model.rowCount() == theirs > 0
    assert hazards.model.headerData(0, Qt.Orientation.Horizontal) == "乡镇"
    assert {hazards.model.index(r, 0).data() for r in range(hazards.model.rowCount())} == {"青石镇"}

    # A township's row: Edit and Delete disabled, a sentence why, the form does not open.
    hazards.view.selectRow(0)
    assert not hazards.edit_button.isEnabled()
    assert not hazards.delete_button.isEnabled()
    assert "乡镇上报的数据包" in hazards.status_label.text()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text))
    )
    hazards.view.doubleClicked.emit(hazards.model.index(0, 1))
    assert told and "乡镇上报的数据包" in told[0]
    record_id = hazards.model.record_id(0)
    assert record_id is not None
    with pytest.raises(StoreError) as refused:
        county.update("hazards", record_id, {"name": "改名"})
    assert "不能修改" in refused.value.message("zh")

    # Clear filters: every township and the county's own rows again.
    hazards.clear_filters()
    assert hazards.model.rowCount() == county.count(ListQuery("hazards"))


def test_the_countys_own_rows_stay_editable(window: Any, qtbot: Any, county: Store) -> None:
    own = county.insert(
        "plans",
        {"title": "县级总体预案", "level": "overall", "category": "natural_disaster",
         "status": "in_force"},
    )  # fmt: skip
    plans = window.register_tabs["plans"]
    plans.refresh()
    assert plans.select_record(own)
    assert plans.edit_button.isEnabled() and plans.delete_button.isEnabled()
    assert "数据包" not in plans.status_label.text()
    assert plans.model.index(plans.model.row_of(own), 0).data() == ""  # no township
    county.update("plans", own, {"title": "县级总体预案（修订）"})
    assert county.get("plans", own)["title"] == "县级总体预案（修订）"


def test_a_township_database_has_no_league_tab(qtbot: Any, tmp_path: Path) -> None:
    from emergency_desk.ui.shell.main_window import MainWindow

    store = Store.open(tmp_path / "town.db")
    try:
        w = MainWindow(store)
        qtbot.addWidget(w)
        titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
        assert "乡镇汇总" not in titles
        plans = w.register_tabs["plans"]
        assert plans.findChild(QComboBox, "filter_township") is None
        assert plans.model.headerData(0, Qt.Orientation.Horizontal) != "乡镇"
    finally:
        store.close()


def test_the_summary_tab_writes_the_county_summary(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx
    from PySide6.QtWidgets import QFileDialog, QPushButton

    from emergency_desk.ui.summary.summary_tab import SummaryTab
    from tests.ui.helpers import ops_done

    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    summary = window.tabs.currentWidget()
    assert isinstance(summary, SummaryTab)
    summary.year.setValue(YEAR)
    out = tmp_path / "全县汇总.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No),
    )
    button = summary.findChild(QPushButton, "exportCountySummary")
    assert button is not None and button.text() == "全县汇总导出为Word…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert asked and str(out) in asked[0]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "全县合计：" in text and "青石镇：" in text and "柳河乡：" in text


def test_the_figures_are_counted_off_the_gui_thread(
    window: Any, qtbot: Any, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirty townships' figures are a query per figure over every row: the tab counts
    them on a worker (``ui.shell.ops``), the window stays usable meanwhile."""
    import threading

    from emergency_desk.ui.county import league_tab

    counted_on: list[threading.Thread] = []
    real = league_tab.figures_by_township

    def spy(*args: Any, **kwargs: Any) -> Any:
        counted_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(league_tab, "figures_by_township", spy)
    tab = _league(window, qtbot)
    assert counted_on and all(t is not threading.main_thread() for t in counted_on)
    assert set(_table(tab)) == {"青石镇", "柳河乡"}
    # A refresh (the button) counts again, on a worker too, and shows the same rows.
    counted_on.clear()
    qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
    from tests.ui.helpers import ops_done

    ops_done(qtbot)
    assert counted_on and counted_on[0] is not threading.main_thread()
    assert set(_table(tab)) == {"青石镇", "柳河乡"}
    assert f"{YEAR}" in tab.title_label.text()


def test_township_names_sort_by_pinyin(qtbot: Any) -> None:
    """白马镇 (bai) before 柳河乡 (liu) before 青石镇 (qing), though 白 comes after 柳 in
    Unicode; descending reverses it."""
    from emergency_desk.store.county import Township
    from emergency_desk.ui.county.league_model import LeagueModel, league_rows

    names = {"430723104000": "青石镇", "430723205000": "柳河乡", "430723106000": "白马镇"}
    towns = [
        Township(code, f"{name}应急管理办公室", 1, f"{YEAR}-12-01T08:00:00", f"{YEAR}-12-02T08:00:00")
        for code, name in names.items()
    ]  # fmt: skip
    model = LeagueModel({}, None)
    model.set_rows(league_rows(towns, {}, DAY))
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["白马镇", "柳河乡", "青石镇"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == shown[::-1]
