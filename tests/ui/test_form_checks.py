"""A form warns of a record already there, and of dates that cannot be right (issue 15.4)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.registers.drill_dialog import DrillDialog
from emergency_desk.ui.widgets.record_form import RecordDialog

from .helpers import click_ok, fill

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _discard_on_close(yes_to_questions: list[str]) -> None:
    """Forms left open with unsaved input are discarded when the test closes them."""


def _hazard(store: Store, name: str = "河堤冲刷", found: str = "2025-06-03") -> int:
    return store.insert(
        "hazards", {"found_on": found, "name": name, "category": "flood", "grade": "general"}
    )


def _answer_duplicate(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    """Click the button with text ``button`` in the duplicate question; what it said."""
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == button)
        monkeypatch.setattr(box, "clickedButton", lambda: chosen)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def _new_hazard_form(qtbot: Any, store: Store, **values: Any) -> RecordDialog:
    dialog = RecordDialog(store, "hazards")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"name": "河堤冲刷", "category": "防汛", **values})
    dialog.editors["found_on"].set_value("2025-06-03")
    return dialog


def test_same_date_and_name_asks_and_open_shows_the_existing_one(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    first = _hazard(ui_store)
    dialog = _new_hazard_form(qtbot, ui_store)
    seen = _answer_duplicate(monkeypatch, "打开已有记录")
    click_ok(dialog)
    assert seen == ["已有排查日期“2025年6月3日”、隐患名称“河堤冲刷”的隐患。"]
    assert ui_store.count(ListQuery("hazards")) == 1  # nothing new saved
    assert dialog.record_id == first  # the form now shows the existing hazard
    assert dialog.editors["name"].value() == "河堤冲刷"


def test_save_anyway_saves_a_second_one(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _hazard(ui_store)
    dialog = _new_hazard_form(qtbot, ui_store)
    seen = _answer_duplicate(monkeypatch, "仍然保存")
    click_ok(dialog)
    assert len(seen) == 1
    assert ui_store.count(ListQuery("hazards")) == 2


def test_a_different_name_saves_without_asking(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _hazard(ui_store)
    dialog = _new_hazard_form(qtbot, ui_store)
    dialog.editors["name"].set_value("山体滑坡")
    seen = _answer_duplicate(monkeypatch, "仍然保存")
    click_ok(dialog)
    assert seen == []
    assert ui_store.count(ListQuery("hazards")) == 2


def test_a_deadline_before_discovery_is_marked_as_typed(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_hazard_form(qtbot, ui_store)
    dialog.show()
    dialog.editors["deadline"].set_value("2025-05-01")
    dialog.editors["deadline"].edited.emit()
    assert dialog.error_labels["deadline"].text() == "“整改期限”不能早于“排查日期”。"
    dialog.editors["deadline"].set_value("2025-07-01")
    dialog.editors["deadline"].edited.emit()
    assert dialog.error_labels["deadline"].isHidden()
    click_ok(dialog)
    assert ui_store.count(ListQuery("hazards")) == 1


def test_a_future_discovery_date_is_refused(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_hazard_form(qtbot, ui_store)
    dialog.show()
    future = TODAY + dt.timedelta(days=3)
    dialog.editors["found_on"].set_value(future.isoformat())
    dialog.editors["found_on"].edited.emit()
    assert dialog.error_labels["found_on"].text().startswith("“排查日期”不能晚于今天")
    click_ok(dialog)
    assert ui_store.count(ListQuery("hazards")) == 0


def test_a_future_drill_with_a_rating_is_refused(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = DrillDialog(ui_store, "drills")
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"title": "明年的防汛演练", "form": "桌面推演", "rating": "良好"})
    dialog.editors["held_on"].set_value((TODAY + dt.timedelta(days=30)).isoformat())
    click_ok(dialog)
    assert "尚未举行的演练" in dialog.error_labels["held_on"].text()
    assert ui_store.count(ListQuery("drills")) == 0
    dialog.editors["rating"].set_value(None)  # a planned drill, nothing recorded yet: fine
    click_ok(dialog)
    assert ui_store.count(ListQuery("drills")) == 1
