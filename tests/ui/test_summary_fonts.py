"""The Summary tab names the faces the paper will use and asks for a missing office name."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from report_fixture import YEAR, fill

from emergency_desk.report import build_summary
from emergency_desk.report.fonts import choose_faces
from emergency_desk.store import Store
from emergency_desk.ui.summary import summary_fonts
from emergency_desk.ui.summary.preview_html import preview_html
from emergency_desk.ui.summary.summary_fonts import FontNote, font_note_text
from emergency_desk.ui.summary.summary_tab import SummaryTab

from .helpers import ops_done

STOCK_WINDOWS = ["宋体", "SimSun", "黑体", "SimHei", "仿宋", "FangSong", "楷体", "KaiTi"]


def test_font_note_names_the_fallbacks_and_warns(qtbot) -> None:
    note = FontNote(families=STOCK_WINDOWS)
    qtbot.addWidget(note)
    # In whichever language the UI runs (English here unless a translator is loaded).
    text = note.text()
    zh = "正文" in text
    if zh:
        assert "仿宋（代替仿宋_GB2312）" in text and "宋体（代替方正小标宋简体）" in text
        assert "本机未安装公文标准字体" in text
    else:
        assert (
            "FangSong (for FangSong_GB2312)" in text and "SimSun (for FZXiaoBiaoSong-B05S)" in text
        )
        assert "lacks the official GB/T 9704 fonts" in text
    official = font_note_text(
        choose_faces([*STOCK_WINDOWS, "仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"])
    )
    assert ("未安装" if zh else "lacks") not in official
    assert ("正文 仿宋_GB2312" if zh else "body FangSong_GB2312") in official


def test_preview_uses_the_faces_of_the_paper(store: Store) -> None:
    fill(store)
    doc = build_summary(store, YEAR, "zh")
    html = preview_html(doc, choose_faces(STOCK_WINDOWS))
    assert "'仿宋', 'FangSong'" in html and "仿宋_GB2312" not in html
    assert "'楷体', 'KaiTi'" in html and "'黑体', 'SimHei'" in html
    assert "FangSong_GB2312" in preview_html(doc)  # nothing known: the official faces


def test_export_asks_for_the_office_name_and_uses_the_pcs_faces(
    qtbot, file_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(file_store)
    file_store.set_setting("office_name", "")
    monkeypatch.setattr(summary_fonts, "installed_families", lambda: list(STOCK_WINDOWS))
    tab = SummaryTab(file_store)
    qtbot.addWidget(tab)
    tab.year.setValue(YEAR)
    tab.show()
    qtbot.waitUntil(lambda: not tab.preview_pending, timeout=10000)
    assert tab.font_note.choice.missing and "楷体_GB2312" in tab.font_note.text().replace(
        "KaiTi_GB2312", "楷体_GB2312"
    )
    target = tmp_path / "总结.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    # Cancelled: nothing is written, nothing asked further.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert not target.exists()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("白沙镇应急管理办公室", True))
    )
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    assert file_store.get_setting("office_name") == "白沙镇应急管理办公室"
    d = docx.Document(str(target))
    assert "白沙镇应急管理办公室" in [p.text for p in d.paragraphs]
    body = next(p for p in d.paragraphs if p.text.startswith("2025年，"))
    assert body.runs[0]._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋"
    tab.close()
