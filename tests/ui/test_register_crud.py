"""Every register: create through the form, see it, edit it, find it, delete it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from emergency_desk.schema import TABLES
from emergency_desk.store import ListQuery, NotFoundError, Store, StoreError

from .helpers import cell_texts, click_ok, fill, run_modal, type_text

# table -> (form values as the user picks them, (field, edited value), search term)
CASES: dict[str, tuple[dict[str, Any], tuple[str, str], str]] = {
    "plans": (
        {
            "title": "青石镇森林火灾应急预案",
            "level": "专项预案",
            "category": "自然灾害",
            "issued_on": "2024-03-05",
            "review_years": 3,
        },
        ("title", "青石镇森林火灾应急预案（修订）"),
        "森林",
    ),
    "drills": (
        {
            "held_on": "2024-05-12",
            "title": "防汛转移实战演练",
            "form": "实战演练",
            "participants": 120,
            "vehicles": 6,
            "location": "桃源村",
        },
        ("title", "防汛群众转移实战演练"),
        "转移",
    ),
    "hazards": (
        {
            "found_on": "2024-04-01",
            "name": "白沙塘水库溢洪道堵塞",
            "category": "水库堤坝",
            "grade": "重大",
            "funds": "12000.50",
            "deadline": "2024-06-30",
        },
        ("name", "白沙塘水库溢洪道杂物堵塞"),
        "溢洪道",
    ),
    "reserve_points": (
        {"name": "青石镇应急物资仓库", "kind": "政府储备库", "custodian": "李明"},
        ("custodian", "王强"),
        "物资仓库",
    ),
    "materials": (
        {
            "name": "救生衣",
            "category": "防汛物资",
            "unit": "件",
            "spec": "成人款",
            "quantity": 50,
            "min_quantity": 20,
        },
        ("spec", "儿童款"),
        "救生",
    ),
    "duty_log": (
        {
            "received_at": "2024-07-08 21:15",
            "type": "洪涝",
            "level": "一般",
            "reporter": "张伟",
            "summary": "桃源村河段水位上涨漫过便道",
        },
        ("summary", "桃源村河段水位上涨漫过便道，已组织转移"),
        "水位",
    ),
    "duty_roster": (
        {"on_date": "2024-07-08", "shift": "24小时", "leader": "陈刚", "officers": "赵磊、孙丽"},
        ("officers", "赵磊、周敏"),
        "赵磊",
    ),
    "duty_handovers": (
        {
            "at": "2024-07-09 08:30",
            "from_officer": "赵磊",
            "to_officer": "周敏",
            "notes": "桃源村转移群众已返回",
        },
        ("notes", "桃源村转移群众已全部返回"),
        "返回",
    ),
    "activities": (
        {
            "held_on": "2024-05-12",
            "kind": "主题日",
            "title": "5·12防灾减灾日宣传",
            "participants": 300,
            "leaflets": 1200,
        },
        ("title", "5·12全国防灾减灾日集中宣传"),
        "减灾",
    ),
}


def _other_record(store: Store, table: str, point_id: int | None) -> None:
    """A second record the search must leave out."""
    other = {
        "plans": {"title": "防汛抗旱应急预案", "level": "special", "status": "in_force"},
        "drills": {"held_on": "2024-06-01", "title": "消防疏散桌面推演", "form": "tabletop"},
        "hazards": {
            "found_on": "2024-04-02",
            "name": "农贸市场电线老化",
            "category": "fire",
            "grade": "general",
            "status": "open",
        },
        "reserve_points": {"name": "桃源村储备点"},
        "materials": {"point_id": point_id, "name": "帐篷", "category": "shelter", "unit": "顶"},
        "duty_log": {"received_at": "2024-07-09 10:00", "type": "fire", "summary": "山林冒烟"},
        "duty_roster": {"on_date": "2024-07-09", "shift": "day", "officers": "钱多多"},
        "duty_handovers": {
            "at": "2024-07-10 08:30",
            "from_officer": "周敏",
            "to_officer": "钱多多",
            "notes": "无异常",
        },
        "activities": {"held_on": "2024-06-16", "kind": "training", "title": "安全生产培训"},
    }[table]
    store.insert(table, other)


@pytest.mark.parametrize("table", list(CASES))
def test_create_edit_search_delete(qtbot, window, yes_to_questions, table: str) -> None:
    store: Store = window.store
    values, (edit_key, edited), term = CASES[table]
    point_id = None
    if table == "materials":
        point_id = store.insert("reserve_points", {"name": "镇应急物资储备库"})
    tab = window.register_tab_for_table(table)
    assert tab is not None
    title_key = TABLES[table].title_field or edit_key

    # Create through the form.
    def create(dialog: Any) -> None:
        if table == "materials":
            fill(qtbot, dialog, {"point_id": "镇应急物资储备库"})
        fill(qtbot, dialog, values)
        click_ok(dialog)
        assert not dialog.isVisible(), dialog.banner.text()

    run_modal(tab.new_button.click, create)
    rows = list(store.rows(ListQuery(table)))
    assert len(rows) == 1
    record = rows[0]
    record_id = record["id"]
    if table == "materials":
        assert record["quantity"] == 50 and store.stock_of(record_id) == 50
    if table == "hazards":
        assert record["funds"] == 12000.5 and record["grade"] == "major"
    assert tab.model.rowCount() == 1
    shown = tab.model.display(TABLES[table].field(title_key), record[title_key])
    assert shown in cell_texts(tab.model, title_key)
    assert tab.current_id() == record_id  # the new record is selected

    # Edit it.
    def edit(dialog: Any) -> None:
        assert dialog.record_id == record_id
        fill(qtbot, dialog, {edit_key: edited})
        click_ok(dialog)
        assert not dialog.isVisible(), dialog.banner.text()

    run_modal(tab.edit_button.click, edit)
    assert store.get(table, record_id)[edit_key] == edited
    if edit_key in [f.key for f in tab.model.columns]:
        assert edited in cell_texts(tab.model, edit_key)

    # Search for it among others.
    _other_record(store, table, point_id)
    assert tab.model.rowCount() == 2  # the store told the tab to refresh
    type_text(qtbot, tab.search_edit, term)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.record_id(0) == record_id
    assert "1" in tab.status_label.text() and "2" in tab.status_label.text()

    # Delete it (confirmed), and it is gone from the list, into the recycle bin.
    assert tab.select_record(record_id)
    tab.delete_button.click()
    assert yes_to_questions, "deleting must ask first"
    assert store.get(table, record_id)["deleted_at"] is not None
    assert tab.model.rowCount() == 0
    assert tab.empty_label.isVisibleTo(tab)
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.record_id(0) != record_id


def test_double_click_opens_the_record(qtbot, window) -> None:
    store = window.store
    plan = store.insert("plans", {"title": "总体应急预案", "level": "overall"})
    tab = window.register_tabs["plans"]
    window.show()
    qtbot.waitExposed(window)
    seen: list[int] = []

    def look(dialog: Any) -> None:
        seen.append(dialog.record_id)
        assert dialog.editors["title"].value() == "总体应急预案"

    index = tab.model.index(0, 0)
    rect = tab.view.visualRect(index)
    viewport = tab.view.viewport()

    def double_click() -> None:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())

    run_modal(double_click, look)
    assert seen == [plan]


def test_delete_asks_and_no_keeps_the_record(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    store = window.store
    rid = store.insert("activities", {"held_on": "2024-01-01", "kind": "training", "title": "培训"})
    tab = window.register_tabs["activities"]
    tab.select_record(rid)
    tab.delete_button.click()
    assert store.get("activities", rid)["deleted_at"] is None
    assert tab.model.rowCount() == 1


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (lambda: StoreError("disk_full"), "磁盘已满"),
        (lambda: NotFoundError("activities #1"), "这条记录已不存在"),
    ],
    ids=["disk_full", "gone_meanwhile"],
)
def test_a_failed_delete_says_why_and_keeps_the_record(
    qtbot, window, yes_to_questions, monkeypatch, failure, said
) -> None:
    """No traceback reaches the crash dialog: the user reads why, in their language."""
    from PySide6.QtWidgets import QMessageBox

    store = window.store
    rid = store.insert("activities", {"held_on": "2024-01-01", "kind": "training", "title": "培训"})
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )

    def refuse(*_a: Any) -> None:
        raise failure()

    monkeypatch.setattr(store, "delete", refuse)
    tab = window.register_tabs["activities"]
    tab.select_record(rid)
    tab.delete_button.click()
    assert len(warned) == 1 and said in warned[0], warned
    assert store.get("activities", rid)["deleted_at"] is None
    assert tab.model.rowCount() == 1
