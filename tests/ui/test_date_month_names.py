"""A form's date reads exactly as the lists write it, every month: seen on screen, the
warning form said "24 Sept 2026" (the UK locale's month name) beside the list's
"24 Sep 2026". Typing "sep" still finds September; the calendar still starts on Monday."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from emergency_desk.schema import TABLES
from emergency_desk.ui.shell.lang import format_date, set_ui_lang
from emergency_desk.ui.widgets.date_editors import DateEditor


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_month_reads_as_in_the_lists(qtbot: Any, lang: str) -> None:
    set_ui_lang(lang)
    editor = DateEditor(TABLES["hazards"].field("deadline"))
    qtbot.addWidget(editor)
    line = editor.input.findChild(QLineEdit)
    for month in range(1, 13):
        day = f"2026-{month:02d}-24"
        editor.set_value(day)
        assert line.text() == format_date(day, lang)
    assert editor.input.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_month_typed_by_name(qtbot: Any) -> None:
    set_ui_lang("en")
    editor = DateEditor(TABLES["hazards"].field("deadline"))
    qtbot.addWidget(editor)
    editor.show()
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, "24sep2026")
    assert editor.value() == "2026-09-24"
