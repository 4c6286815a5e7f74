"""叫应 driven as a duty officer does it: from a warning's form or from the warnings list,
pick the villages, then record each answer with one key; the Overview lists the orange
or red warning left without an answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.registers.callbacks import WarningDialog
from emergency_desk.ui.registers.registry import dialog_class

from .helpers import fill, run_modal

PHONE = "13807310001"


def _people(store: Store) -> dict[str, int]:
    store.set_setting("villages", "东坪村\n柳溪村\n石门村")
    people = {
        "王建国": ("village_lead", "东坪村"),
        "赵敏": ("monitor", "东坪村"),
        "李芳": ("responsible", "柳溪村"),
        "孙强": ("monitor", "石门村"),
        "张伟": ("grid", "东坪村"),
    }
    return {
        name: store.insert(
            "contacts", {"name": name, "role": role, "village": village, "phone": PHONE}
        )
        for name, (role, village) in people.items()
    }


def _calls(store: Store, warning: int) -> dict[int, str]:
    rows = store.rows(ListQuery("warning_callbacks", parent_id=warning))
    return {r["contact_id"]: r["answered"] for r in rows}


def test_call_back_from_a_new_warning_and_answer_with_one_key(qtbot, ui_store: Store) -> None:
    ids = _people(ui_store)
    assert dialog_class("warnings") is WarningDialog
    dialog = WarningDialog(ui_store, "warnings")
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {"kind": "暴雨", "color": "红色", "received_at": "2024-07-01 06:10"})

    def pick(picker: Any) -> None:
        names = [picker.villages.item(i).text() for i in range(picker.villages.count())]
        assert names == ["东坪村", "柳溪村", "石门村"]
        assert picker.count_label.text() == "尚有 4 人未在叫应名单中，将加入。"
        picker.villages.item(2).setCheckState(Qt.CheckState.Unchecked)  # not 石门村
        assert picker.count_label.text() == "尚有 3 人未在叫应名单中，将加入。"
        picker.ok_button.click()

    run_modal(dialog.call_button.click, pick)  # saves the new warning first
    warning = dialog.record_id
    assert warning is not None
    assert _calls(ui_store, warning) == {ids["王建国"]: "no", ids["赵敏"]: "no", ids["李芳"]: "no"}
    panel = dialog.callbacks
    assert panel.model.rowCount() == 3
    assert dialog.tally.text() == "已叫应 3 人，已应答 0 人"

    # Y, N, Y down the list, the selection moving on by itself.
    first = panel.current_id()
    assert first is not None
    view = panel.view
    qtbot.keyClick(view, Qt.Key.Key_Y)
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Y)
    answers = [panel.model.row_dict(r) for r in range(3)]
    assert [(a or {})["answered"] for a in answers] == ["yes", "no", "yes"]
    assert dialog.tally.text() == "已叫应 3 人，已应答 2 人"
    assert [panel.model.flag(r) for r in range(3)] == [None, "overdue", None]
    stored = [ui_store.get("warning_callbacks", (a or {})["id"]) for a in answers]
    assert all(s["called_at"] >= "2024" for s in stored)

    # The one who did not answer calls back: the button records it.
    panel.select_row(1)
    dialog.answered_button.click()
    assert set(_calls(ui_store, warning).values()) == {"yes"}

    # 叫应 again for all villages only adds 石门村's monitor.
    run_modal(dialog.call_button.click, lambda picker: picker.ok_button.click())
    assert set(_calls(ui_store, warning)) == {ids["王建国"], ids["赵敏"], ids["李芳"], ids["孙强"]}
    assert (
        panel.model.row_dict(panel.model.row_of(panel.current_id() or 0) or 0)["contact_id"]
        == (ids["孙强"])
    )
    dialog.no_answer_button.click()
    assert _calls(ui_store, warning)[ids["孙强"]] == "no"


def test_call_back_from_the_list_and_the_overview_alert(qtbot, window: Any) -> None:
    store: Store = window.store
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    ids = _people(store)
    warning = store.insert(
        "warnings", {"received_at": "2024-07-01 06:10", "kind": "geological", "color": "orange"}
    )
    tab = window.register_tabs["warnings"]
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.model.flag(0) == "overdue"  # orange, long past, nobody called back
    tab.view.selectRow(0)
    assert tab.callback_button is not None and tab.callback_button.isEnabled()

    def pick(picker: Any) -> None:
        picker.none_button.click()
        assert not picker.ok_button.isEnabled()  # nobody to call
        picker.set_chosen(["石门村"])
        picker.ok_button.click()

    def answer(form: Any) -> None:
        assert form.callbacks.model.rowCount() == 1
        qtbot.keyClick(form.callbacks.view, Qt.Key.Key_N)
        form.accept()

    # The picker comes first, then the warning's form with the new row selected.
    def open_form() -> None:
        run_modal(tab.callback_button.click, answer)

    run_modal(open_form, pick)
    assert _calls(store, warning) == {ids["孙强"]: "no"}

    overview = window.overview_tab
    assert overview is not None
    overview.refresh()
    expected = ["2024年7月1日 06:10 地质灾害气象风险橙色预警：叫应1人，1人未应答，1人超过30分钟"]

    def shown() -> list[str]:
        return [r.text(0) for r in overview.row_items("warnings_not_called_back")]

    qtbot.waitUntil(lambda: shown() == expected, timeout=10000)  # called today: years late
