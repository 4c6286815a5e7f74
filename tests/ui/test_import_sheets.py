"""Importing from the GUI: a workbook with several sheets asks which one; an old ledger's
closed hazards without a verifier are shown as warnings in the preview, and imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from emergency_desk.store import Store
from emergency_desk.ui.import_export.import_export import ImportPreviewDialog

from .helpers import ops_done

HEADER = ["排查日期", "隐患名称", "隐患等级", "隐患类别", "整改状态", "完成日期"]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    seen: dict[str, Any] = {"open": None, "sheet": None, "asked": [], "previews": []}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (seen["open"], ""))
    )

    def get_item(_parent, _title, label, items, *_a, **_k):  # type: ignore[no-untyped-def]
        seen["asked"].append((label, list(items)))
        return (seen["sheet"] or "", seen["sheet"] is not None)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))

    def preview(self: ImportPreviewDialog) -> int:
        seen["previews"].append(self.details.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    return seen


def _import(qtbot: Any, window: Any) -> None:
    tab = window.register_tabs["hazards"]
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "importButton"), Qt.MouseButton.LeftButton)
    ops_done(qtbot)


def test_several_sheets_asks_which(qtbot, window, ui_store: Store, tmp_path: Path, answers) -> None:
    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["填表说明：每行一条隐患"])
    ws = wb.create_sheet("2025年")
    ws.append(HEADER)
    ws.append(["2025-03-02", "河堤冲刷", "一般", "防汛", "已销号", "2025-04-01"])
    wb.save(tmp_path / "台账.xlsx")
    answers["open"] = str(tmp_path / "台账.xlsx")

    answers["sheet"] = None  # the clerk cancels the question: nothing is read
    _import(qtbot, window)
    assert answers["asked"][0] == (
        "“台账.xlsx”有多个工作表，请选择存放“隐患排查”的工作表：",
        ["说明", "2025年"],
    )
    assert answers["previews"] == [] and ui_store.total("hazards") == 0

    answers["sheet"] = "2025年"
    _import(qtbot, window)
    assert ui_store.total("hazards") == 1
    assert answers["previews"] == [
        "第2行：已销号但无验收人：照原样导入，请在“工作概览”中补填验收人。"
    ]
