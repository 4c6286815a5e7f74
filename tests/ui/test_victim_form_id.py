"""The victim's own form (incident form › 因灾死亡失踪人员 › 编辑…) keeps the ID number
masked until the user asks to see it: the reveal is audited, Save without revealing keeps
the stored number, and the number can be changed only once revealed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from emergency_desk.store import Store
from emergency_desk.ui.registers.incident_dialog import IncidentDialog

from .helpers import click_ok, run_modal, type_into

ID = "11010519491231002X"
OTHER_ID = "110105194912310038"
REVEALS = "SELECT table_name, record_id FROM audit_log WHERE action = 'reveal'"


def _incident_with_victim(store: Store) -> tuple[int, int]:
    incident = store.insert(
        "incidents",
        {"started_at": "2025-07-08 04:30", "title": "青石镇“7·8”暴雨洪涝灾害",
         "category": "natural_disaster", "kind": "flood"},
    )  # fmt: skip
    victim = store.insert(
        "incident_victims",
        {"incident_id": incident, "name": "邓立新", "outcome": "dead", "id_number": ID},
    )
    return incident, victim


def _victim_form(qtbot: Any, store: Store, handler: Any) -> None:
    """Open the incident, pick the victim in its panel and press 编辑…, as a user does."""
    incident, victim = _incident_with_victim(store)
    dialog = IncidentDialog(store, "incidents", incident)
    qtbot.addWidget(dialog)
    panel = dialog.panels["incident_victims"]
    panel.select_record(victim)
    run_modal(panel.edit_button.click, handler)


def test_victim_form_opens_masked_and_reveal_shows_it_and_audits(
    qtbot: Any, ui_store: Store
) -> None:
    seen: dict[str, Any] = {}

    def form(dialog: Any) -> None:
        editor = dialog.editors["id_number"]
        seen["masked"] = editor.edit.text()
        seen["read_only"] = editor.edit.isReadOnly()
        seen["audits_before"] = ui_store.conn.execute(REVEALS).fetchall()
        button = dialog.personal["id_number"].button
        seen["button"] = button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen["revealed"] = editor.edit.text()
        seen["editable"] = not editor.edit.isReadOnly()

    _victim_form(qtbot, ui_store, form)
    assert seen["masked"] == "1101**********002X"
    assert seen["read_only"]
    assert seen["audits_before"] == []
    assert seen["button"] == "显示完整身份证号"
    assert seen["revealed"] == ID
    assert seen["editable"]
    victim = ui_store.conn.execute("SELECT id FROM incident_victims").fetchone()[0]
    assert ui_store.conn.execute(REVEALS).fetchall() == [("incident_victims", victim)]


def test_saving_without_revealing_keeps_the_stored_number(qtbot: Any, ui_store: Store) -> None:
    def form(dialog: Any) -> None:
        type_into(qtbot, dialog.editors["name"].edit, "邓立新（户主）")
        type_into(qtbot, dialog.editors["id_number"].edit, OTHER_ID)  # read-only: nothing
        click_ok(dialog)

    _victim_form(qtbot, ui_store, form)
    row = ui_store.conn.execute("SELECT name, id_number FROM incident_victims").fetchone()
    assert tuple(row) == ("邓立新（户主）", ID)
    assert ui_store.conn.execute(REVEALS).fetchall() == []


def test_the_number_is_changed_after_revealing_it(qtbot: Any, ui_store: Store) -> None:
    def form(dialog: Any) -> None:
        qtbot.mouseClick(dialog.personal["id_number"].button, Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.editors["id_number"].edit, OTHER_ID)
        click_ok(dialog)

    _victim_form(qtbot, ui_store, form)
    stored = ui_store.conn.execute("SELECT id_number FROM incident_victims").fetchone()[0]
    assert stored == OTHER_ID
