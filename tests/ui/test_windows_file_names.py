"""The file names the GUI suggests are valid on Windows, whatever the office is called."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from report_fixture import YEAR, fill

from emergency_desk.store import Store
from emergency_desk.ui.summary.summary_tab import SummaryTab


def test_the_summary_suggests_a_windows_safe_name(
    qtbot, file_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(file_store)
    file_store.set_setting("office_name", "青石镇/应急办:")
    tab = SummaryTab(file_store)
    qtbot.addWidget(tab)
    tab.year.setValue(YEAR)
    tab.doc_lang.setCurrentIndex(0)
    suggested: list[str] = []

    def ask(_parent, _title, start, *args, **kwargs):  # type: ignore[no-untyped-def]
        suggested.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    assert tab.export() is None
    name = Path(suggested[0]).name
    assert name == f"青石镇_应急办_{YEAR}年应急管理工作总结.docx"
    tab.close()
