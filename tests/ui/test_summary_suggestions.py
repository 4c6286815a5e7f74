"""The problems the registers show are suggestions the office ticks and rewords (issue 16).

The fixture's year has 10 rostered days and 2 of 4 graded incidents reported late: both
are the office's own non-compliance, offered unticked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from report_fixture import YEAR, fill

from emergency_desk.report.suggestions import load_choices
from emergency_desk.store import Store
from emergency_desk.ui.summary.summary_tab import SummaryTab

from .helpers import ops_done, summary_tab_shown

OWN_WORDS = "值班排班"  # our reworded sentence carries it; no suggested sentence does


@pytest.fixture
def tab(qtbot, file_store: Store) -> Iterator[SummaryTab]:
    fill(file_store)
    widget = summary_tab_shown(qtbot, file_store, YEAR)
    yield widget
    widget.close()


def _rows(tab: SummaryTab) -> list[QStandardItem]:
    model = tab.suggestion_box.model
    return [model.item(i) for i in range(model.rowCount())]


def _select(tab: SummaryTab, item: QStandardItem) -> None:
    tab.suggestion_box.list.setCurrentIndex(item.index())


def _row_with(tab: SummaryTab, words: str) -> QStandardItem:
    found = [it for it in _rows(tab) if words in it.text()]
    assert len(found) == 1, [it.text() for it in _rows(tab)]
    return found[0]


def test_own_non_compliance_is_offered_unticked(tab: SummaryTab) -> None:
    rows = _rows(tab)
    assert rows, "the fixture's year has problems to suggest"
    checked = {it.text(): it.checkState() == Qt.CheckState.Checked for it in rows}
    duty = _row_with(tab, "值班力量")
    late = _row_with(tab, "未在规定时限内报送")
    assert not checked[duty.text()] and not checked[late.text()]
    assert checked[_row_with(tab, "隐患整改闭环").text()]
    for it in rows:  # never software words
        for word in ("未录入", "台账中无记录", "录入", "系统"):
            assert word not in it.text(), it.text()
    preview = tab.preview.toPlainText()
    assert "值班力量" not in preview and "未在规定时限内报送" not in preview


def test_ticked_and_reworded_suggestion_reaches_the_word_file_with_its_plan(
    qtbot, tab: SummaryTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lst = tab.suggestion_box.list
    row = _row_with(tab, "值班力量")
    _select(tab, row)
    qtbot.keyClick(lst.viewport(), Qt.Key.Key_Space)  # tick it
    assert row.checkState() == Qt.CheckState.Checked
    qtbot.keyClick(lst.viewport(), Qt.Key.Key_F2)  # reword it
    editor = lst.viewport().findChild(QLineEdit) or lst.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    editor.insert(f"值班力量不足。镇应急办仅有3名工作人员，{OWN_WORDS}难以做到每日双人值守。")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: OWN_WORDS in row.text())

    saved = load_choices(tab.store, YEAR, "zh")["roster_gaps"]
    assert saved.on and saved.text is not None and OWN_WORDS in saved.text
    qtbot.waitUntil(lambda: "充实值班值守力量" in tab.editors["plan"].toPlainText())
    qtbot.waitUntil(lambda: OWN_WORDS in tab.preview.toPlainText(), timeout=10000)

    target = tmp_path / "总结.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    ops_done(qtbot)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    body = "\n".join(texts)
    problems = texts[texts.index("二、存在的问题") + 1 : texts.index("三、2026年工作计划")]
    plans = texts[texts.index("三、2026年工作计划") + 1 :]
    mine = [i for i, t in enumerate(problems) if OWN_WORDS in t]
    assert len(mine) == 1 and problems[mine[0]].endswith("难以做到每日双人值守。")
    assert "值班安排不够完整" not in body  # the suggested wording was replaced
    # the plan answers the chosen problems in the same order: the duty item stands where
    # the duty problem stands
    plan_at = [i for i, t in enumerate(plans) if "充实值班值守力量" in t]
    assert plan_at == mine
    assert "未在规定时限内报送" not in body  # the other one stays out


def test_choice_is_kept_per_year_and_language(qtbot, tab: SummaryTab) -> None:
    lst = tab.suggestion_box.list
    _select(tab, _row_with(tab, "值班力量"))
    qtbot.keyClick(lst.viewport(), Qt.Key.Key_Space)
    assert load_choices(tab.store, YEAR, "zh")["roster_gaps"].on
    tab.doc_lang.setCurrentIndex(1)  # the English list has its own choice
    duty_en = _row_with(tab, "Duty staffing is thin")
    assert duty_en.checkState() == Qt.CheckState.Unchecked
    tab.doc_lang.setCurrentIndex(0)
    assert _row_with(tab, "值班力量").checkState() == Qt.CheckState.Checked
