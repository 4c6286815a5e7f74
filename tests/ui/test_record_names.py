"""A record is named as people call it — in titles, lists, history and audit lines — never by its id."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from emergency_desk.store import Store
from emergency_desk.ui.registers.hazard_workflow import HazardWorkflowDialog
from emergency_desk.ui.safety.audit_text import change_lines
from emergency_desk.ui.safety.history_dialog import HistoryDialog
from emergency_desk.ui.safety.recycle_bin import RecycleBinDialog
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators
from emergency_desk.ui.widgets.record_form import RecordDialog
from emergency_desk.ui.widgets.record_titles import record_title

HAZARD = {
    "found_on": "2025-03-05",
    "name": "河口村边坡滑移",
    "category": "geological",
    "grade": "general",
    "status": "open",
}


def test_form_titles_name_one_record_not_the_register(qtbot: Any, ui_store: Store) -> None:
    new = RecordDialog(ui_store, "hazards")
    qtbot.addWidget(new)
    assert new.windowTitle() == "新建隐患"  # not 新建隐患排查 (the register's name)
    hazard_id = ui_store.insert("hazards", HAZARD)
    edit = RecordDialog(ui_store, "hazards", hazard_id)
    qtbot.addWidget(edit)
    assert edit.windowTitle() == "编辑隐患 — 河口村边坡滑移"
    roster = RecordDialog(ui_store, "duty_roster")
    qtbot.addWidget(roster)
    assert roster.windowTitle() == "新建值班安排"


def test_hazard_status_title_names_the_hazard(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    hazard = store.insert(
        "hazards",
        {"found_on": "2026-11-04", "name": "河堤冲刷隐患", "category": "flood", "grade": "general"},
    )
    dialog = HazardWorkflowDialog(store, hazard)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "隐患状态 — 河堤冲刷隐患"


@pytest.mark.parametrize(
    ("lang", "name"), [("zh", "2025年3月5日 白班"), ("en", "5 Mar 2025 day shift")]
)
def test_a_roster_entry_is_named_by_its_day_and_shift(qtbot, store: Store, lang, name) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    install_translators(QApplication.instance(), lang)
    roster = store.insert(
        "duty_roster", {"on_date": "2025-03-05", "shift": "day", "officers": "张三、李四"}
    )
    assert store.title_of("duty_roster", roster) == "张三、李四"  # the store's API is unchanged
    form = RecordDialog(store, "duty_roster", roster)
    qtbot.addWidget(form)
    assert form.windowTitle().endswith(" — " + name)
    history = HistoryDialog(store, "duty_roster", roster)
    qtbot.addWidget(history)
    assert name in history.windowTitle()
    store.delete("duty_roster", roster)
    bin_dialog = RecycleBinDialog(store)
    qtbot.addWidget(bin_dialog)
    assert bin_dialog.list.item(0, 1).text() == name
    # Other registers keep their title column.
    plan = store.insert(
        "plans", {"title": "青石镇防汛应急预案", "level": "special", "status": "draft"}
    )
    assert record_title(store, "plans", plan) == "青石镇防汛应急预案"
    assert record_title(store, "duty_roster", 999) == ""


def test_history_and_audit_name_the_referenced_record(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    flood = store.insert(
        "plans", {"title": "青石镇防汛应急预案", "level": "special", "status": "in_force"}
    )
    fire = store.insert(
        "plans", {"title": "青石镇森林防火应急预案", "level": "special", "status": "in_force"}
    )
    drill = store.insert(
        "drills",
        {"held_on": "2026-06-01", "title": "防汛演练", "form": "live", "plan_id": flood},
    )
    store.update("drills", drill, {"plan_id": fire})
    dialog = HistoryDialog(store, "drills", drill)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "所依预案：青石镇防汛应急预案 → 青石镇森林防火应急预案" in text
    assert "所依预案：青石镇防汛应急预案" in text.split("新建")[-1]  # the creation lists it too
    assert "#" not in text
    created, edited = store.history("drills", drill)
    assert "Plan: 青石镇防汛应急预案" in "\n".join(change_lines(created, "en", store.title_of))
    # Without a way to look names up (or once the plan is purged) the id still says which.
    assert f"所依预案：#{flood} → #{fire}" in change_lines(edited, "zh")


def test_audit_lines_read_as_chinese_text() -> None:
    entry = {
        "table_name": "hazards",
        "action": "update",
        "before": {"status": "open", "funds": 3700.0},
        "after": {"status": "rectifying", "funds": 12500.5},
    }
    assert change_lines(entry, "zh") == [
        "整改状态：待整改 → 整改中",
        "整改资金(元)：3,700.00 → 12,500.50",
    ]
    assert change_lines(entry, "en")[0] == "Status: Open → Rectifying"
