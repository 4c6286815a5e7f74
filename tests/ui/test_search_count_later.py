"""A search for a frequent word shows its first page before it is counted; the count
comes from an op, and the list, its status line and scrolling follow it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from emergency_desk.store import ListQuery, Store, paging
from emergency_desk.ui.widgets import table_model

WORD = "火灾"


@pytest.fixture
def frequent(monkeypatch: pytest.MonkeyPatch) -> None:
    """From 50 matches a word is frequent (2,000 in the app), so a small log shows it."""
    monkeypatch.setattr(paging, "MATCH_FIRST_MAX", 50)
    monkeypatch.setattr(table_model, "COUNT_LATER", 51)


def _fill(store: Store, n: int) -> list[int]:
    """``n`` entries in date order, two in three mention the word; the matches' ids,
    newest first."""
    start = dt.datetime(2025, 1, 1, 8, 0)
    ids = []
    with store.transaction():
        for i in range(n):
            summary = f"第{i}号接报" + (f"，{WORD}" if i % 3 else "")
            at = f"{start + dt.timedelta(hours=5 * i):%Y-%m-%d %H:%M}"
            record = store.insert(
                "duty_log", {"received_at": at, "type": "fire", "summary": summary}
            )
            if i % 3:
                ids.append(record)
    return ids[::-1]


def _search(qtbot: Any, window: Any) -> Any:
    tab = window.register_tabs["duty"].tab_for("duty_log")
    tab.search_edit.setText(WORD)
    tab.apply_filters()  # as the search box does once typing pauses
    return tab


def test_first_page_then_the_count(qtbot: Any, window: Any, frequent: None) -> None:
    matches = _fill(window.store, 450)
    tab = _search(qtbot, window)
    model = tab.model
    assert not model.count_exact
    assert model.rowCount() == 51  # rows known to exist, shown at once
    assert tab.status_label.text() == "至少 51 条，共 450 条（正在统计…）"
    assert [model.record_id(r) for r in range(3)] == matches[:3]
    qtbot.waitUntil(lambda: model.count_exact, timeout=20000)
    assert model.rowCount() == len(matches) == 300
    assert tab.status_label.text() == "显示 300 条，共 450 条"
    tab.view.scrollToBottom()
    assert model.record_id(model.rowCount() - 1) == matches[-1]
    assert [model.record_id(r) for r in range(200, 300)] == matches[200:]


def test_scrolled_to_the_end_before_the_count_arrives(
    qtbot: Any, window: Any, frequent: None
) -> None:
    matches = _fill(window.store, 450)
    tab = _search(qtbot, window)
    model = tab.model
    assert model.canFetchMore(QModelIndex())
    bar = tab.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the view asks for more: counted there and then
    assert model.count_exact and not model.canFetchMore(QModelIndex())
    assert model.rowCount() == len(matches)
    assert model.record_id(len(matches) - 1) == matches[-1]
    qtbot.wait(50)  # the op's late answer changes nothing
    assert model.rowCount() == len(matches)
    assert tab.status_label.text() == "显示 300 条，共 450 条"


def test_a_new_search_drops_the_old_count(qtbot: Any, window: Any, frequent: None) -> None:
    _fill(window.store, 450)
    tab = _search(qtbot, window)
    tab.model.set_query(ListQuery("duty_log", search="第11"))  # 11 entries: counted at once
    assert tab.model.count_exact and tab.model.rowCount() == 11
    qtbot.wait(100)
    assert tab.model.rowCount() == 11


def test_selecting_a_record_beyond_the_known_rows_counts_first(
    qtbot: Any, window: Any, frequent: None
) -> None:
    matches = _fill(window.store, 450)
    tab = _search(qtbot, window)
    assert tab.select_record(matches[250])  # row 250 of 300; 51 known before the count
    assert tab.model.count_exact and tab.model.rowCount() == 300
    assert tab.current_id() == matches[250]


def test_in_another_order_the_search_is_counted_first(window: Any, frequent: None) -> None:
    """Sorted by another column the newest matches say nothing about the first page: the
    page needs the count anyway, so the model takes it at once."""
    matches = _fill(window.store, 450)
    q = ListQuery("duty_log", search=WORD, sort="summary", descending=True)
    model = table_model.RecordTableModel(window.store, q)
    assert model.count_exact and model.rowCount() == len(matches)
    summaries = [(model.row_dict(r) or {})["summary"] for r in range(len(matches))]
    assert summaries == sorted(summaries, reverse=True)
