"""The Overview tab and the rules on the registers, driven as a user would."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from emergency_desk.store import Store
from emergency_desk.ui.overview.overview_tab import GROUP_ROLE, OverviewTab, install_overview
from emergency_desk.ui.shell.features import FEATURES
from emergency_desk.ui.shell.main_window import MainWindow
from emergency_desk.ui.widgets.table_model import FLAG_COLOURS

from .helpers import run_modal

TODAY = dt.date.today()


@pytest.fixture
def window(qtbot, ui_store: Store):  # type: ignore[no-untyped-def]
    """The window with every feature but the Overview: each test installs it over the
    records it has just added, as the start does over a database."""
    w = MainWindow(ui_store, features=[f for f in FEATURES if f is not install_overview])
    qtbot.addWidget(w)
    w.resize(1200, 800)
    return w


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


def filled(qtbot, overview: OverviewTab) -> OverviewTab:  # type: ignore[no-untyped-def]
    """The figures are counted on a worker thread: wait until they are on screen."""
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    return overview


def test_overview_is_first_and_shows_an_overdue_hazard_that_opens(qtbot, window) -> None:
    store: Store = window.store
    late = store.insert(
        "hazards",
        {
            "found_on": days(-30),
            "name": "河堤冲刷隐患",
            "category": "flood",
            "grade": "general",
            "deadline": days(-3),
        },
    )
    store.insert(
        "hazards",
        {"found_on": days(-30), "name": "未到期隐患", "category": "fire", "deadline": days(30)},
    )
    overview = filled(qtbot, install_overview(window))
    assert window.tabs.widget(0) is overview and window.tabs.currentIndex() == 0
    assert overview.groups["hazards_overdue"].ids == (late,)
    rows = overview.row_items("hazards_overdue")
    assert len(rows) == 1 and "河堤冲刷隐患" in rows[0].text(0) and "已逾期 3 天" in rows[0].text(0)
    top = rows[0].parent()
    assert top.text(0) == "逾期未整改的隐患（1）"

    opened: list[Any] = []
    overview.tree.scrollToItem(rows[0])
    rect = overview.tree.visualItemRect(rows[0])

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        opened.append((dialog.table.name, dialog.record_id))

    run_modal(
        lambda: qtbot.mouseClick(
            overview.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        ),
        look,
    )
    assert opened == [("hazards", late)]
    assert window.tabs.currentWidget() is window.register_tabs["hazards"]


def test_overview_follows_changes(qtbot, window) -> None:
    store: Store = window.store
    overview = filled(qtbot, install_overview(window))
    window.show()
    assert overview.groups["hazards_overdue"].count == 0
    hid = store.insert(
        "hazards",
        {"found_on": days(-10), "name": "新隐患", "category": "fire", "deadline": days(-1)},
    )
    qtbot.waitUntil(lambda: overview.groups["hazards_overdue"].ids == (hid,), timeout=3000)
    window.tabs.setCurrentWidget(window.register_tabs["hazards"])  # Overview hidden
    store.delete("hazards", hid)
    assert overview.groups["hazards_overdue"].count == 1  # not recomputed while hidden
    window.tabs.setCurrentIndex(0)
    filled(qtbot, overview)
    assert overview.groups["hazards_overdue"].count == 0


def test_roster_and_year_cards(qtbot, window) -> None:
    store: Store = window.store
    overview = filled(qtbot, install_overview(window))
    assert overview.roster_label.text() == (
        "<b>今天没有排班。</b> 请在“值班值守 › 值班表”中添加今天的值班安排。"
    )
    store.insert(
        "duty_roster",
        {"on_date": TODAY.isoformat(), "leader": "王镇长", "officers": "张三、李四"},
    )
    store.insert(
        "hazards",
        {
            "found_on": TODAY.replace(month=1, day=1).isoformat(),
            "name": "已整改隐患",
            "category": "fire",
            "status": "rectified",
            "rectified_on": TODAY.isoformat(),
        },
    )
    store.insert(
        "hazards",
        {
            "found_on": TODAY.replace(month=1, day=1).isoformat(),
            "name": "待整改",
            "category": "fire",
        },
    )
    overview.refresh()
    filled(qtbot, overview)
    text = overview.roster_label.text()
    assert "王镇长" in text and "张三、李四" in text
    assert overview.cards["hazards"].value_label.text() == "2"
    assert overview.cards["rectified"].value_label.text() == "1"
    assert overview.cards["rate"].value_label.text() == "50.0%"
    assert overview.hazard_chart.chart().series()  # the chart is drawn from the data
    days_group = overview.groups["duty_days_without_roster"]
    assert TODAY.isoformat() not in days_group.ids


def test_register_rows_coloured_and_needs_attention_filter(qtbot, window) -> None:
    store: Store = window.store
    late = store.insert(
        "hazards",
        {"found_on": days(-20), "name": "逾期", "category": "fire", "deadline": days(-2)},
    )
    soon = store.insert(
        "hazards",
        {"found_on": days(-20), "name": "临期", "category": "fire", "deadline": days(2)},
    )
    store.insert(
        "hazards",
        {"found_on": days(-20), "name": "正常", "category": "fire", "deadline": days(60)},
    )
    install_overview(window)
    tab = window.register_tabs["hazards"]
    flags = {tab.model.record_id(r): tab.model.flag(r) for r in range(tab.model.rowCount())}
    assert flags[late] == "overdue" and flags[soon] == "due_soon"
    assert list(flags.values()).count(None) == 1
    late_row = next(r for r in range(tab.model.rowCount()) if tab.model.record_id(r) == late)
    colour = tab.model.data(tab.model.index(late_row, 0), Qt.ItemDataRole.BackgroundRole)
    assert colour == FLAG_COLOURS["overdue"]
    tab.attention_button.click()
    assert sorted(tab.model.record_id(r) for r in range(tab.model.rowCount())) == [late, soon]
    tab.extra_clear.click()  # the chip's ✕ shows everything again
    assert tab.model.rowCount() == 3 and not tab.attention_button.isChecked()


def test_more_rows_link_filters_the_register(qtbot, window) -> None:
    overview = filled(qtbot, install_overview(window))
    store: Store = window.store
    hid = store.insert(
        "hazards",
        {"found_on": days(-20), "name": "重大隐患", "category": "fire", "grade": "major"},
    )
    overview.refresh()
    filled(qtbot, overview)
    overview.show_group("major_hazards_open")
    tab = window.register_tabs["hazards"]
    assert window.tabs.currentWidget() is tab
    assert [tab.model.record_id(r) for r in range(tab.model.rowCount())] == [hid]
    assert any(
        overview.tree.topLevelItem(i).data(0, GROUP_ROLE) == "major_hazards_open"
        for i in range(overview.tree.topLevelItemCount())
    )


def test_a_long_group_shows_its_first_rows_and_its_link_opens_them_all(
    qtbot, window, monkeypatch
) -> None:
    """The Overview holds a group's count and first rows only; "… n more" asks the rules
    for every id and the register shows them all."""
    from emergency_desk.rules import overview as rules_overview

    monkeypatch.setattr(rules_overview, "ROWS_PER_GROUP", 2)
    store: Store = window.store
    ids = []
    for i in range(5):
        values = {"found_on": days(-20 - i), "name": f"重大隐患{i}", "category": "fire"}
        ids.append(store.insert("hazards", {**values, "grade": "major"}))
    overview = filled(qtbot, install_overview(window))
    group = overview.groups["major_hazards_open"]
    assert group.count == 5 and len(group.ids) == 2
    rows = overview.row_items("major_hazards_open")
    assert [r.text(0) for r in rows[2:]] == ["… 另有 3 条，在台账中查看全部"]
    overview.show_group("major_hazards_open")
    tab = window.register_tabs["hazards"]
    assert window.tabs.currentWidget() is tab
    assert sorted(tab.model.record_id(r) for r in range(tab.model.rowCount())) == sorted(ids)


def test_render_overview(qtbot, window, tmp_path) -> None:
    overview = filled(qtbot, install_overview(window))
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "overview.png"
    assert overview.grab().save(str(path)) and path.stat().st_size > 1000


def test_day_without_roster_starts_that_days_entry(qtbot, window) -> None:
    overview = filled(qtbot, install_overview(window))
    day = overview.groups["duty_days_without_roster"].ids[0]
    row = overview.row_items("duty_days_without_roster")[0]
    seen: list[Any] = []

    def fill_in(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append((dialog.table.name, dialog.editors["on_date"].value()))

    run_modal(lambda: overview._item_clicked(row), fill_in)
    assert seen == [("duty_roster", day)]
    assert window.tabs.currentWidget() is window.register_tabs["duty"]


def test_figures_are_counted_off_the_gui_thread_and_stale_counts_dropped(
    qtbot, window, monkeypatch
) -> None:
    import threading

    from emergency_desk.ui.overview import overview_tab

    store: Store = window.store
    gate = threading.Event()
    threads: list[str] = []
    real = overview_tab.compute_counts

    def slow(s, day):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        if len(threads) == 1:
            gate.wait(10)  # the first count is still running when the data changes
        return real(s, day)

    monkeypatch.setattr(overview_tab, "compute_counts", slow)
    overview = install_overview(window)
    assert overview.computing and overview.computing_label.isVisibleTo(overview)
    assert "正在" in overview.alerts_title.text()  # "computing", where the alerts will be
    hid = store.insert(
        "hazards",
        {"found_on": days(-10), "name": "统计中新增", "category": "fire", "deadline": days(-1)},
    )
    overview.refresh()
    gate.set()
    filled(qtbot, overview)
    # the first count (without the new hazard) was thrown away and counted again
    assert overview.groups["hazards_overdue"].ids == (hid,)
    assert len(threads) == 2 and threading.main_thread().name not in threads
    assert not overview.computing_label.isVisibleTo(overview)


def test_counts_are_drawn_before_the_rows_cards_and_charts(qtbot, ui_store, monkeypatch) -> None:
    """The user waits for the rules' counts: they are on screen while the rows, the
    year's cards and the charts (QtCharts) are still being read, and the start's other
    work (the page check, the backup) waits for all of it."""
    import threading

    from emergency_desk.ui.overview import overview_tab

    ui_store.insert(
        "hazards",
        {"found_on": days(-10), "name": "逾期未改", "category": "fire", "deadline": days(-1)},
    )
    hold = threading.Event()
    real = overview_tab.compute_details

    def held(s, counts, lang):  # type: ignore[no-untyped-def]
        hold.wait(10)  # the details are still being read
        return real(s, counts, lang)

    monkeypatch.setattr(overview_tab, "compute_details", held)
    window = MainWindow(ui_store, work_after_paint=True)  # as the real start makes it
    qtbot.addWidget(window)
    overview = window.overview_tab
    seen: list[str] = []
    overview.counts_shown.connect(lambda: seen.append("counts"))
    overview.figures_shown.connect(lambda: seen.append("figures"))
    window.figures_gate.when_open(
        lambda: seen.append("page check, charts drawn" if overview._chart_widget else "too soon")
    )
    window.show()
    qtbot.waitUntil(lambda: "counts" in seen, timeout=10000)
    # The counts are on screen; the rows, cards and charts are not yet, nor the page check.
    assert overview.alerts_title.text().startswith("<b>需关注事项：")  # no longer "computing"
    tops = [overview.tree.topLevelItem(i) for i in range(overview.tree.topLevelItemCount())]
    overdue = [t for t in tops if t is not None and t.data(0, GROUP_ROLE) == "hazards_overdue"]
    assert overdue and overdue[0].text(0).endswith("（1）")
    assert overview.row_items("hazards_overdue") == []
    assert overview._chart_widget is None and overview.computing
    assert seen == ["counts"]
    hold.set()
    filled(qtbot, overview)
    assert sorted(seen) == ["counts", "figures", "page check, charts drawn"]
    assert "逾期未改" in overview.row_items("hazards_overdue")[0].text(0)
    assert overview._chart_widget is not None
