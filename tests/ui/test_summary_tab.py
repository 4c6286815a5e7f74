"""The Annual Summary tab as the office uses it: edit the texts, switch years, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from report_fixture import YEAR, fill

from emergency_desk.store import Store, StoreError
from emergency_desk.ui.summary.summary_tab import SummaryTab

from .helpers import ops_done, summary_tab_shown


@pytest.fixture
def tab(qtbot, file_store: Store) -> Iterator[SummaryTab]:
    fill(file_store)
    widget = summary_tab_shown(qtbot, file_store, YEAR)
    yield widget
    widget.close()  # saves and stops its timers while the database is still open


def _type_opening(qtbot, tab: SummaryTab, text: str) -> None:
    editor = tab.editors["opening"]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    # Chinese arrives through the input method as committed text, not as key presses.
    editor.insertPlainText(text)


def test_preview_shows_the_years_figures(tab: SummaryTab) -> None:
    text = tab.preview.toPlainText()
    assert "青山镇应急管理办公室2025年应急管理工作总结" in text
    assert "全年共排查各类安全隐患3处" in text and "整改率66.7%" in text
    assert tab.editors["plan"].toPlainText().startswith("持续深化隐患排查治理。")


def test_edited_opening_is_kept_per_year_and_language(qtbot, tab: SummaryTab) -> None:
    store = tab.store
    _type_opening(qtbot, tab, "本年度我镇应急工作平稳有序。")
    qtbot.waitUntil(lambda: "本年度我镇应急工作平稳有序。" in tab.preview.toPlainText())
    tab.year.setValue(2024)  # switching saves what was typed
    assert store.report_text(YEAR, "zh", "opening") == "本年度我镇应急工作平稳有序。"
    assert "2024年" in tab.editors["opening"].toPlainText()
    tab.doc_lang.setCurrentIndex(1)
    assert tab.editors["opening"].toPlainText().startswith("In 2024")
    tab.doc_lang.setCurrentIndex(0)
    tab.year.setValue(YEAR)
    assert tab.editors["opening"].toPlainText() == "本年度我镇应急工作平稳有序。"
    # a fresh tab on the same database shows it too
    again = SummaryTab(store)
    qtbot.addWidget(again)
    again.year.setValue(YEAR)
    assert again.editors["opening"].toPlainText() == "本年度我镇应急工作平稳有序。"


def test_restore_suggestion(qtbot, tab: SummaryTab) -> None:
    _type_opening(qtbot, tab, "临时文字")
    tab.save_texts()
    qtbot.mouseClick(tab.restore_buttons["opening"], Qt.MouseButton.LeftButton)
    assert tab.editors["opening"].toPlainText().startswith("2025年，青山镇应急管理办公室")
    assert tab.store.report_text(YEAR, "zh", "opening") is None


def test_export_writes_the_edited_summary(
    qtbot, tab: SummaryTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type_opening(qtbot, tab, "这是我们自己写的开头。")
    tab.appendix["materials"].setChecked(False)
    target = tmp_path / "总结.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    asked: list[str] = []

    def no(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert target.exists() and asked and str(target) in asked[0]
    d = docx.Document(str(target))
    texts = [p.text for p in d.paragraphs]
    assert "这是我们自己写的开头。" in texts
    assert any("整改率66.7%" in t for t in texts)
    assert len(d.tables) == 2  # hazards and drills, not the unticked reserves


def test_untouched_texts_follow_the_data(qtbot, tab: SummaryTab) -> None:
    tab.store.insert(
        "hazards",
        {"found_on": "2025-08-01", "name": "新隐患", "category": "fire", "deadline": "2025-09-01"},
    )
    qtbot.waitUntil(lambda: "排查各类安全隐患4处" in tab.preview.toPlainText())
    assert "3处隐患" in tab.editors["plan"].toPlainText()


def test_main_window_has_the_tab(window) -> None:  # type: ignore[no-untyped-def]
    last = window.tabs.count() - 1
    assert window.tabs.tabText(last) == "年度总结"
    # Built when first shown, as the user clicks it; the tab stays where it was.
    assert not isinstance(window.tabs.widget(last), SummaryTab)
    window.tabs.setCurrentIndex(last)
    assert isinstance(window.tabs.widget(last), SummaryTab)
    assert window.tabs.currentIndex() == last
    assert window.tabs.tabText(last) == "年度总结"


def test_hidden_tab_catches_up_when_shown(qtbot, tab: SummaryTab) -> None:
    tab.hide()
    tab.store.insert(
        "hazards",
        {"found_on": "2025-08-01", "name": "新隐患", "category": "fire", "deadline": "2025-09-01"},
    )
    assert "排查各类安全隐患3处" in tab.preview.toPlainText()  # hidden: not recounted yet
    tab.show()
    qtbot.waitUntil(lambda: "排查各类安全隐患4处" in tab.preview.toPlainText())


def test_nothing_is_counted_before_the_tab_is_first_shown(
    qtbot, file_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emergency_desk.ui.summary import summary_tab

    fill(file_store)
    built: list[int] = []
    real = summary_tab._build_preview

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(summary_tab, "_build_preview", counting)
    widget = SummaryTab(file_store)  # as the window builds it, behind the Overview
    qtbot.addWidget(widget)
    assert built == [] and widget.editors["plan"].toPlainText() == ""
    widget.year.setValue(YEAR)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: "全年共排查各类安全隐患3处" in widget.preview.toPlainText())
    assert built == [1]
    assert widget.editors["plan"].toPlainText().startswith("持续深化隐患排查治理。")
    widget.close()


def test_restore_suggestion_that_cannot_be_saved_says_why_and_keeps_the_text(
    qtbot, tab: SummaryTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type_opening(qtbot, tab, "本年度我镇应急工作平稳有序。")
    tab.save_texts()
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )

    def disk_full(*_args: object) -> None:
        raise StoreError("disk_full")

    monkeypatch.setattr(tab.store, "set_report_text", disk_full)
    qtbot.mouseClick(tab.restore_buttons["opening"], Qt.MouseButton.LeftButton)
    assert warned and "磁盘已满" in warned[0]
    assert tab.editors["opening"].toPlainText() == "本年度我镇应急工作平稳有序。"


def _older_version_text(store: Store) -> None:
    """A hazard name holding U+FFFE, as an older version let it in (no validation then)."""
    with store.db.conn:
        store.db.execute("UPDATE hazards SET name = name || ? WHERE id = 1", ["\ufffe"])


def test_export_names_the_record_whose_characters_were_left_out(
    qtbot, tab: SummaryTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_version_text(tab.store)
    name = tab.store.get("hazards", 1)["name"].rstrip("\ufffe")
    target = tmp_path / "总结.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert target.exists()
    assert len(warned) == 1
    assert "无法写入 Word/Excel 文件的字符" in warned[0]
    assert f"“隐患排查”中的记录“{name}”（编号 1）的“隐患名称”" in warned[0]


def test_the_preview_follows_every_register_it_speaks_of(qtbot, tab: SummaryTab) -> None:
    """A shelter added in another tab shows in the preview: every register is watched."""
    assert "应急避难场所" not in tab.preview.toPlainText()
    tab.store.insert(
        "shelters",
        {"name": "村部避难场所", "kind": "indoor", "address": "东坪村二组", "capacity": 120},
    )
    qtbot.waitUntil(lambda: "建成可用应急避难场所1处" in tab.preview.toPlainText(), timeout=10000)
