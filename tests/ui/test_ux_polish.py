"""What the office staff see in the small places: titles, empty lists, wording, dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from emergency_desk.io import prepare_import
from emergency_desk.store import Store
from emergency_desk.ui.import_export.import_export import ImportPreviewDialog, ProblemsDialog
from emergency_desk.ui.registers.duty_quick_entry import DayLogDialog, HandoverDialog, print_day_log
from emergency_desk.ui.safety.audit_text import change_lines
from emergency_desk.ui.settings.settings_dialog import SettingsDialog
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators
from emergency_desk.ui.widgets.record_form import RecordDialog

from .helpers import type_text

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


def test_empty_register_says_how_to_fill_it(qtbot: Any, window: Any) -> None:
    window.show()
    hazards = window.register_tabs["hazards"]
    window.tabs.setCurrentWidget(hazards)
    qtbot.waitUntil(hazards.empty_label.isVisible)
    text = hazards.empty_label.text()
    assert "新建" in text and "导入" in text
    # The message sits over the whole list, not over the part there was before layout.
    viewport = hazards.view.viewport().rect()
    assert hazards.empty_label.geometry() == viewport.adjusted(20, 20, -20, -20)

    # The roster is imported from its spreadsheet too; the handovers are not: only New.
    roster = window.register_tabs["duty"].tab_for("duty_roster")
    roster._update_empty_text()
    assert "新建" in roster.empty_label.text() and "导入" in roster.empty_label.text()
    handovers = window.register_tabs["duty"].tab_for("duty_handovers")
    handovers._update_empty_text()
    assert "新建" in handovers.empty_label.text() and "导入" not in handovers.empty_label.text()

    # Records kept, none matching: the way back is named.
    window.store.insert("hazards", HAZARD)
    qtbot.waitUntil(lambda: hazards.model.rowCount() == 1)
    type_text(qtbot, hazards.search_edit, "水库")
    qtbot.waitUntil(lambda: hazards.model.rowCount() == 0, timeout=3000)
    assert "清除筛选" in hazards.empty_label.text()


def test_import_preview_counts_rows_duplicates_and_what_is_added(
    qtbot: Any, ui_store: Store, tmp_path: Path
) -> None:
    ui_store.insert("hazards", HAZARD)
    path = tmp_path / "隐患.csv"
    path.write_text(
        "排查日期,隐患名称,隐患类别,隐患等级,整改状态\n"
        "2025-03-05,河口村边坡滑移,地质灾害,一般,待整改\n"
        "2025-04-01,龙潭水库渗漏,水库堤坝,重大,整改中\n"
        "2025-05-01,集贸街广告牌松动,其他,一般,待整改\n",
        encoding="utf-8",
    )
    plan = prepare_import(ui_store, "hazards", path)
    dialog = ImportPreviewDialog(plan, "隐患排查")
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "“隐患.csv”中有 3 行数据无误。其中 1 行与已有记录重复。将向“隐患排查”添加 2 条记录。"
    )
    dialog.skip_box.setChecked(False)
    assert dialog.summary.text().endswith("将向“隐患排查”添加 3 条记录。")


def test_import_problems_rows_are_as_tall_as_their_text(
    qtbot: Any, ui_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "隐患.csv"
    path.write_text(
        "排查日期,隐患名称,隐患类别,隐患等级,整改状态\n2025-13-01,,地质灾害,特大,待整改\n",
        encoding="utf-8",
    )
    plan = prepare_import(ui_store, "hazards", path)
    dialog = ProblemsDialog(plan.problems, path.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Sized for the reason column as shown, not the narrow one before layout (rows 5× tall).
    line = dialog.table.fontMetrics().lineSpacing()
    rows = range(dialog.table.rowCount())
    assert len(rows) == 3
    qtbot.waitUntil(lambda: all(dialog.table.rowHeight(r) < 2.5 * line for r in rows))


def test_settings_say_one_year_not_one_years(qtbot: Any, window: Any, qapp: Any) -> None:
    set_ui_lang("en")
    install_translators(qapp, "en")
    try:
        dialog = SettingsDialog(window.store, window)
        qtbot.addWidget(dialog)
        spin = dialog.inputs["drill_years_natural"]
        spin.setValue(1)
        assert spin.text() == "1 year"
        spin.setValue(3)
        assert spin.text() == "3 years"
        assert dialog.minimumWidth() >= 560
    finally:
        set_ui_lang("zh")
        install_translators(qapp, "zh")


def test_handover_lists_times_as_people_read_them(qtbot: Any, ui_store: Store) -> None:
    ui_store.insert(
        "duty_log", {"received_at": "2025-06-15 08:05", "type": "flood", "summary": "河水上涨"}
    )
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text().startswith("2025年6月15日 08:05")
    assert "2025年6月15日 08:05 河水上涨" in dialog.notes_edit.toPlainText()


def test_print_day_log_says_the_day_in_words(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.store.insert(
        "duty_log", {"received_at": "2025-03-05 09:00", "type": "fire", "summary": "山林冒烟"}
    )
    tab = window.register_tabs["duty"].tab_for("duty_log")

    def pick(self: DayLogDialog) -> int:
        assert self.minimumWidth() >= 380
        self.date_edit.setDate(QDate(2025, 3, 5))
        return QDialog.DialogCode.Accepted

    said: list[str] = []
    monkeypatch.setattr(DayLogDialog, "exec", pick)
    target = tmp_path / "day.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    assert print_day_log(tab) == target
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    text += "\n".join(
        c.text for t in docx.Document(str(target)).tables for r in t.rows for c in r.cells
    )
    assert "山林冒烟" in text and "2025年3月5日" in text, text
    assert said and "2025年3月5日" in said[0] and "1 条" in said[0]


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
