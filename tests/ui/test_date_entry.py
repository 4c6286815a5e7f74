"""Dates and times in the forms: shown as the lists show them, typed as plain digits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from emergency_desk.schema import TABLES
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.widgets.date_editors import DateEditor, DateTimeEditor
from emergency_desk.ui.widgets.field_editor_base import FieldEditor


def shown_text(editor: FieldEditor) -> str:
    return editor.input.findChild(QLineEdit).text()


def typed(qtbot, editor: FieldEditor, keys: str) -> None:  # type: ignore[no-untyped-def]
    """Keys go where the keyboard sends them: the line edit hands its focus to the date edit."""
    line = editor.input.findChild(QLineEdit)
    assert line.focusProxy() is editor.input
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, keys)


@pytest.mark.parametrize(
    ("lang", "shown", "keys"),
    [
        ("zh", "2026年11月4日", ["20261104", "2026114", "2026/11/4", "2026-11-4"]),
        ("en", "4 Nov 2026", ["4112026", "04112026", "4/11/2026", "4 11 2026", "4nov2026"]),
    ],
)
def test_form_dates_read_as_in_lists_and_take_digits(qtbot, lang, shown, keys) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    deadline = TABLES["hazards"].field("deadline")  # optional: starts blank, can be cleared
    for k in keys:
        editor = DateEditor(deadline)
        qtbot.addWidget(editor)
        editor.show()
        assert editor.value() is None and shown_text(editor).strip() == ""
        typed(qtbot, editor, k)
        assert editor.value() == "2026-11-04", k
        editor.set_value(editor.value())
        assert shown_text(editor) == shown
        editor.clear_button.click()
        assert editor.value() is None and shown_text(editor).strip() == ""


def test_retyping_a_filled_date_replaces_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang("en")
    editor = DateEditor(TABLES["hazards"].field("found_on"))
    qtbot.addWidget(editor)
    editor.set_value("2025-03-05")
    assert shown_text(editor) == "5 Mar 2025"
    editor.edit.setCurrentSectionIndex(0)
    editor.edit.setSelectedSection(editor.edit.currentSection())
    typed(qtbot, editor, "31022026")  # 31 then February: the day is pulled back to the 28th
    assert editor.value() == "2026-02-28"


@pytest.mark.parametrize(
    ("lang", "keys", "shown"),
    [("zh", "202611041430", "2026年11月4日 14:30"), ("en", "41120261430", "4 Nov 2026 14:30")],
)
def test_form_datetimes_read_as_in_lists(qtbot, lang, keys, shown) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    editor = DateTimeEditor(TABLES["duty_log"].field("reported_up_at"))
    qtbot.addWidget(editor)
    editor.set_value("2025-03-05 09:00")
    assert editor.value() == "2025-03-05 09:00"
    editor.clear()
    typed(qtbot, editor, keys)
    assert editor.value() == "2026-11-04 14:30"
    editor.set_value(editor.value())
    assert shown_text(editor) == shown
