"""The table model: a correct Qt model, paged SQL reads, SQL sorting, labels and flags."""

from __future__ import annotations

from PySide6.QtCore import Qt

from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.widgets.table_model import PAGE_SIZE, RecordTableModel


def _fill_duty_log(store: Store, n: int) -> None:
    with store.transaction():
        for i in range(n):
            store.insert(
                "duty_log",
                {
                    "received_at": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}",
                    "type": ("fire", "flood", "traffic")[i % 3],
                    "level": ("none", "general")[i % 2],
                    "summary": f"第{i}号接报",
                },
            )


def test_qtmodeltester(qtmodeltester, store: Store) -> None:
    plan = store.insert(
        "plans", {"title": "总体预案", "level": "overall", "issued_on": "2023-01-05"}
    )
    store.insert(
        "drills", {"held_on": "2024-05-12", "title": "演练", "form": "live", "plan_id": plan}
    )
    store.insert("drills", {"held_on": "2024-06-12", "title": "推演", "form": "tabletop"})
    model = RecordTableModel(store, ListQuery("drills"))
    qtmodeltester.check(model, force_py=True)
    model.set_flagger(lambda row: "overdue" if row["form"] == "live" else None)
    qtmodeltester.check(model, force_py=True)


def test_pages_are_read_on_demand_only(store: Store, monkeypatch) -> None:
    _fill_duty_log(store, PAGE_SIZE * 2 + 50)
    calls: list[tuple[int, int]] = []
    from emergency_desk.ui.widgets import table_model

    real_page = table_model.page_rows

    def page(s, q, offset=0, limit=200):  # type: ignore[no-untyped-def]
        calls.append((offset, limit))
        return real_page(s, q, offset, limit)

    monkeypatch.setattr(table_model, "page_rows", page)
    model = RecordTableModel(store, ListQuery("duty_log"))
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    assert calls == []  # counting does not read rows
    model.index(5, 0).data()
    model.index(10, 1).data()
    assert calls == [(0, PAGE_SIZE)]
    assert model.index(PAGE_SIZE * 2 + 49, 0).data()
    assert calls[-1] == (PAGE_SIZE * 2, PAGE_SIZE)
    assert len(calls) == 2


def test_sort_is_done_by_sql(store: Store) -> None:
    for title, participants in (("乙", 30), ("甲", 120), ("丙", 5)):
        store.insert(
            "drills",
            {"held_on": "2024-05-01", "title": title, "form": "live", "participants": participants},
        )
    model = RecordTableModel(store, ListQuery("drills"))
    col = [f.key for f in model.columns].index("participants")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "participants" and model.query.descending
    assert [model.index(r, col).data() for r in range(3)] == ["120", "30", "5"]
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, col).data() for r in range(3)] == ["5", "30", "120"]
    assert model.sort_column() == (col, Qt.SortOrder.AscendingOrder)


def test_header_sort_in_the_tab_changes_order(qtbot, window) -> None:
    store = window.store
    for day, title in (("2024-03-01", "三月"), ("2024-01-01", "一月"), ("2024-02-01", "二月")):
        store.insert("activities", {"held_on": day, "kind": "training", "title": title})
    tab = window.register_tabs["activities"]
    col = [f.key for f in tab.model.columns].index("held_on")
    title_col = [f.key for f in tab.model.columns].index("title")
    titles = lambda: [tab.model.index(r, title_col).data() for r in range(3)]  # noqa: E731
    assert titles() == ["三月", "二月", "一月"]  # the register's default: newest first
    tab.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert titles() == ["一月", "二月", "三月"]
    assert tab.current_query().sort == "held_on" and not tab.current_query().descending


def test_labels_titles_dates_and_flags(store: Store) -> None:
    plan = store.insert("plans", {"title": "防汛预案", "level": "special"})
    store.insert(
        "drills",
        {"held_on": "2025-03-05", "title": "防汛演练", "form": "live", "plan_id": plan},
    )
    model = RecordTableModel(store, ListQuery("drills"))
    keys = [f.key for f in model.columns]
    row = {k: model.index(0, i).data() for i, k in enumerate(keys)}
    assert row["form"] == "实战演练"
    assert row["plan_id"] == "防汛预案"
    assert row["held_on"] == "2025年3月5日"
    assert model.index(0, keys.index("held_on")).data(Qt.ItemDataRole.UserRole) == "2025-03-05"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    model.set_flagger(lambda r: "overdue")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_flagger(lambda r: "due_soon")
    amber = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    model.set_flagger(lambda r: "overdue")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) != amber


def test_english_dates(store: Store) -> None:
    from emergency_desk.ui.shell.lang import format_date, format_datetime, set_ui_lang

    assert format_date("2025-03-05", "en") == "5 Mar 2025"
    assert format_datetime("2025-03-05 14:30", "zh") == "2025年3月5日 14:30"
    assert format_date("not a date", "zh") == "not a date"
    set_ui_lang("en")
    store.insert("activities", {"held_on": "2025-03-05", "kind": "media", "title": "广播"})
    model = RecordTableModel(store, ListQuery("activities"))
    assert model.index(0, 0).data() == "5 Mar 2025"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_filters_year_and_extra_ids_in_the_tab(qtbot, window) -> None:
    store = window.store
    ids = [
        store.insert(
            "hazards",
            {
                "found_on": f"{year}-05-01",
                "name": f"隐患{year}{grade}",
                "category": "fire",
                "grade": grade,
            },
        )
        for year in (2023, 2024)
        for grade in ("major", "general")
    ]
    tab = window.register_tabs["hazards"]
    assert tab.model.rowCount() == 4
    years = [tab.year_combo.itemData(i) for i in range(tab.year_combo.count())]
    assert years == [None, 2024, 2023]
    tab.year_combo.setCurrentIndex(years.index(2024))
    assert tab.model.rowCount() == 2
    grade = tab._filter_combos["grade"]
    grade.setCurrentIndex(grade.findData("major"))
    assert tab.model.rowCount() == 1
    assert "1" in tab.status_label.text() and "4" in tab.status_label.text()
    tab.clear_filters()
    assert tab.model.rowCount() == 4
    tab.set_extra_ids([ids[0], ids[3]], "需要关注")
    assert tab.model.rowCount() == 2
    assert tab.extra_label.isVisibleTo(tab) and tab.extra_label.text() == "需要关注"
    assert tab.current_query().ids == (ids[0], ids[3])
    tab.set_extra_ids(None)
    assert tab.model.rowCount() == 4


def test_million_row_shape_count_only(store: Store) -> None:
    """rowCount comes from COUNT(*); no page is read until a row is shown."""
    _fill_duty_log(store, 30)
    model = RecordTableModel(store, ListQuery("duty_log", search="接报"))
    assert model.rowCount() == 30
    assert model._pages == {}
