"""打印… from the lists, as a clerk uses it: the ledger of what the list shows, a hazard's
notice (numbered on the hazard), a drill's evaluation report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from emergency_desk.ui.widgets.save_dialogs import start_folder

YEAR = dt.date.today().year


@pytest.fixture
def saved_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The save dialog answers with the next file of ``targets``; records where it started."""
    targets: list[Path] = []
    started: list[str] = []

    def ask(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        started.append(start)
        return str(targets.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    targets.append(tmp_path / "out" / "ledger")  # no extension: .docx is added
    targets.append(tmp_path / "out" / "notice.docx")
    (tmp_path / "out").mkdir()
    return started  # type: ignore[return-value]


def _rows(path: Path) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in Document(str(path)).tables[0].rows]


def test_print_the_list_as_shown_then_a_notice(
    qtbot, window, saved_to, tmp_path: Path, yes_to_questions, monkeypatch
) -> None:
    store = window.store
    for name, grade in (("涵洞堵塞", "major"), ("涵洞裂缝", "general"), ("围栏破损", "general")):
        store.insert(
            "hazards",
            {"found_on": f"{YEAR}-03-02", "name": name, "category": "flood", "grade": grade,
             "responsible_unit": "河口村村民委员会"},
        )  # fmt: skip
    opened: list[object] = []
    monkeypatch.setattr(
        "emergency_desk.ui.registers.printouts.QDesktopServices.openUrl",
        staticmethod(lambda url: opened.append(url)),
    )
    tab = window.register_tab_for_table("hazards")
    qtbot.waitUntil(lambda: tab.print_button is not None)
    tab.search_edit.setText("涵洞")  # typed (keyClicks cannot type Chinese)
    tab.apply_filters()
    columns = [f.key for f in tab.model.columns]
    tab.set_column_visible(columns.index("location"), False)
    tab.view.horizontalHeader().moveSection(columns.index("grade"), 0)  # grade shown first
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "out" / "ledger.docx"
    qtbot.waitUntil(lambda: len(yes_to_questions) == 1, timeout=10000)
    rows = _rows(target)
    assert rows[0][:3] == ["序号", "隐患等级", "排查日期"] and "所在位置" not in rows[0]
    assert sorted(r[rows[0].index("隐患名称")] for r in rows[1:]) == ["涵洞堵塞", "涵洞裂缝"]
    assert "现在打开吗" in yes_to_questions[0] and len(opened) == 1
    assert start_folder("print") == tmp_path / "out"

    # the notice: the button follows the selection; the number lands on the hazard
    assert not tab.findChild(type(tab.print_button), "printNotice").isEnabled()
    tab.select_record(tab.model.record_id(0))
    notice = tab.findChild(type(tab.print_button), "printNotice")
    assert notice.isEnabled()
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(yes_to_questions) == 2, timeout=10000)
    assert saved_to[1].startswith(str(tmp_path / "out"))  # the folder was remembered
    text = "\n".join(p.text for p in Document(str(tmp_path / "out" / "notice.docx")).paragraphs)
    number = store.get("hazards", tab.model.record_id(0))["notice_number"]
    assert number == f"〔{YEAR}〕第1号" and number in text


def test_recheck_of_an_open_hazard_is_refused_in_words(qtbot, window, monkeypatch) -> None:
    window.store.insert(
        "hazards", {"found_on": f"{YEAR}-03-02", "name": "围栏破损", "category": "other"}
    )
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text))
    )
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: asked.append(a)))
    tab = window.register_tab_for_table("hazards")
    tab.select_record(tab.model.record_id(0))
    recheck = tab.findChild(type(tab.print_button), "printRecheck")
    qtbot.mouseClick(recheck, Qt.MouseButton.LeftButton)
    assert told and "尚未整改" in told[0] and not asked
