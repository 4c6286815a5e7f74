"""Import, export and template from a register tab, as a user clicks through them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from emergency_desk.store import Store
from emergency_desk.ui.import_export import import_export
from emergency_desk.ui.import_export.import_export import ImportPreviewDialog, ProblemsDialog

from .helpers import ops_done

HEADER = ["排查日期", "隐患名称", "隐患类别", "隐患等级", "整改期限"]
GOOD_ROWS = [
    ["2024/3/5", "河堤渗漏", "防汛", "重大", "2024-06-30"],
    ["2024年4月1日", "加油站通道堵塞", "消防", "一般", ""],
]


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for r in [HEADER, *rows]:
        wb.active.append(r)
    wb.save(path)
    return path


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stand-ins for the file dialogs and message boxes, recording what the user saw."""
    seen: dict[str, Any] = {"open": None, "save": None, "info": [], "warn": []}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (seen["open"], ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (seen["save"], ""))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: seen["info"].append(text))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: seen["warn"].append(text))
    )
    return seen


def hazards_tab(window: Any) -> Any:
    window.tabs.setCurrentWidget(window.register_tabs["hazards"])
    return window.register_tabs["hazards"]


def test_bad_row_listed_nothing_imported_then_fixed_file_imports(
    qtbot: Any,
    window: Any,
    ui_store: Store,
    tmp_path: Path,
    dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = hazards_tab(window)
    shown: list[ProblemsDialog] = []

    def show_problems(self: ProblemsDialog) -> int:
        shown.append(self)
        self.grab().save(str(tmp_path / "problems.png"))
        # The user saves the list for whoever keeps the spreadsheet.
        dialogs["save"] = str(tmp_path / "问题清单.xlsx")
        qtbot.mouseClick(self.save_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ProblemsDialog, "exec", show_problems)
    bad = sheet(
        tmp_path / "隐患.xlsx", [*GOOD_ROWS, ["2024-02-30", "桥梁裂缝", "火山", "一般", ""]]
    )
    dialogs["open"] = str(bad)
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "importButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)

    assert len(shown) == 1
    rows = shown[0].rows()
    assert [r[:3] for r in rows] == [["4", "排查日期", "2024-02-30"], ["4", "隐患类别", "火山"]]
    assert "不是有效日期" in rows[0][3] and "可选：" in rows[1][3]
    assert "隐患.xlsx" in shown[0].summary.text() and "2" in shown[0].summary.text()
    assert ui_store.total("hazards") == 0
    assert tab.model.rowCount() == 0
    saved = load_workbook(tmp_path / "问题清单.xlsx").active
    assert [c.value for c in saved[1]] == ["行号", "列", "值", "原因"]
    assert saved["C3"].value == "火山"

    previews: list[str] = []

    def confirm(self: ImportPreviewDialog) -> int:
        previews.append(self.summary.text())
        self.grab().save(str(tmp_path / "preview.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    fixed = sheet(
        tmp_path / "隐患.xlsx", [*GOOD_ROWS, ["2024-02-28", "桥梁裂缝", "道路交通", "一般", ""]]
    )
    dialogs["open"] = str(fixed)
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "importButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)

    assert previews and "3" in previews[0]
    assert dialogs["info"] and "3" in dialogs["info"][-1]
    assert ui_store.total("hazards") == 3
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    names = {tab.model.record_id(r) for r in range(3)}
    assert len(names) == 3
    texts = [tab.model.index(r, c).data() for r in range(3) for c in range(tab.model.columnCount())]
    assert "桥梁裂缝" in texts and "河堤渗漏" in texts
    tab.grab().save(str(tmp_path / "tab.png"))

    # The same file once more: the preview offers to skip the three duplicates.
    seen_skip: list[bool] = []

    def confirm_skip(self: ImportPreviewDialog) -> int:
        seen_skip.append(self.skip_box.isChecked())
        previews.append(self.summary.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm_skip)
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "importButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert seen_skip == [True]
    assert "3" in previews[-1] and "0" in previews[-1]  # 0 to add, 3 duplicates
    assert ui_store.total("hazards") == 3


def test_unusable_file_gives_a_message(
    qtbot: Any, window: Any, ui_store: Store, tmp_path: Path, dialogs: dict[str, Any]
) -> None:
    tab = hazards_tab(window)
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialogs["open"] = str(path)
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "importButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert dialogs["warn"] == [f"“{path}”是空的，没有任何内容。"]


def test_export_current_view_and_template(
    qtbot: Any,
    window: Any,
    ui_store: Store,
    tmp_path: Path,
    dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for i, grade in enumerate(["major", "general", "general"]):
        ui_store.insert(
            "hazards",
            {
                "found_on": f"2024-01-0{i + 1}",
                "name": f"隐患{i}",
                "category": "fire",
                "grade": grade,
            },
        )
    tab = hazards_tab(window)
    tab.search_edit.setText("隐患0")
    tab.apply_filters()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)

    def choose_english(self: import_export.ExportDialog) -> int:
        assert self.view_radio.isChecked()
        self.lang_combo.setCurrentIndex(self.lang_combo.findData("en"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_export.ExportDialog, "exec", choose_english)
    dialogs["save"] = str(tmp_path / "view.xlsx")
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "exportButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    ws = load_workbook(tmp_path / "view.xlsx").active
    assert [c.value for c in ws[1]][:2] == ["Found on", "Hazard"]
    assert [r[1] for r in ws.iter_rows(min_row=2, values_only=True)] == ["隐患0"]
    assert "1" in dialogs["info"][-1]

    dialogs["save"] = str(tmp_path / "模板")
    qtbot.mouseClick(
        tab.findChild(type(tab.new_button), "templateButton"), Qt.MouseButton.LeftButton
    )
    template = load_workbook(tmp_path / "模板.xlsx")
    assert [c.value for c in template.worksheets[0][1]][:2] == ["排查日期", "隐患名称"]


def test_every_register_has_the_buttons(window: Any) -> None:
    installed = window.import_export
    assert set(installed) == {
        "plans",
        "drills",
        "hazards",
        "materials",
        "duty",
        "activities",
        "teams",
        "contacts",
        "shelters",
        "risk_points",
        "warnings",
        "incidents",
    }
    for controller in installed.values():
        assert controller.import_button.text() == "导入…"
        assert controller.export_button.isEnabled()


def test_the_duty_roster_drawn_up_in_a_spreadsheet_is_imported_into_its_list(
    qtbot: Any,
    window: Any,
    ui_store: Store,
    tmp_path: Path,
    dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roster = window.register_tab_for_table("duty_roster")
    duty = window.register_tabs["duty"]
    window.tabs.setCurrentWidget(duty)
    duty.tabs.setCurrentWidget(roster)
    log = window.register_tab_for_table("duty_log")
    assert roster.import_export.register == "duty_roster"
    assert log.import_export.register == "duty"  # the log keeps its own buttons

    # The template the office fills in: the roster's columns, in Chinese.
    dialogs["save"] = str(tmp_path / "值班表模板.xlsx")
    button = roster.findChild(type(roster.new_button), "templateButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    template = load_workbook(tmp_path / "值班表模板.xlsx").active
    assert [c.value for c in template[1]] == [
        "值班日期",
        "班次",
        "带班领导",
        "值班人员",
        "值班电话",
    ]

    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    wb = Workbook()
    for r in [
        ["值班日期", "班次", "带班领导", "值班人员", "值班电话"],
        ["2026/12/1", "24小时", "王镇长", "李明、张华", "0571-12345678"],
        ["2026年12月2日", "白班", "赵书记", "陈刚", ""],
    ]:
        wb.active.append(r)
    wb.save(tmp_path / "十二月值班表.xlsx")
    dialogs["open"] = str(tmp_path / "十二月值班表.xlsx")
    button = roster.findChild(type(roster.new_button), "importButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)

    assert ui_store.total("duty_roster") == 2 and ui_store.total("duty_log") == 0
    assert dialogs["info"] and "值班表" in dialogs["info"][-1]
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2)
    texts = [roster.model.index(r, c).data() for r in range(2) for c in range(4)]
    assert "李明、张华" in texts and "陈刚" in texts


def test_export_names_the_record_whose_characters_were_left_out(
    qtbot: Any,
    window: Any,
    ui_store: Store,
    tmp_path: Path,
    dialogs: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hazard = ui_store.insert(
        "hazards", {"found_on": "2024-01-01", "name": "河堤冲刷", "category": "reservoir"}
    )
    with ui_store.db.conn:  # as an older version let it in, before validation refused it
        ui_store.db.execute(
            "UPDATE hazards SET description = ? WHERE id = ?", ["坡\uffff脚", hazard]
        )
    tab = hazards_tab(window)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    monkeypatch.setattr(
        import_export.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    dialogs["save"] = str(tmp_path / "hazards.xlsx")
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "exportButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    ws = load_workbook(tmp_path / "hazards.xlsx").active
    assert "坡脚" in [c for row in ws.iter_rows(min_row=2, values_only=True) for c in row]
    assert len(dialogs["warn"]) == 1
    assert f"“隐患排查”中的记录“河堤冲刷”（编号 {hazard}）的“隐患描述”" in dialogs["warn"][0]
