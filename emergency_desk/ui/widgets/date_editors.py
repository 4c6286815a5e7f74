"""Date and date-and-time field editors: an optional date must be clearable.

Apart from the other editors (``field_editors``) because a date needs more than a box: a
minimum that stands for 'empty', a clear button, and a calendar that opens at today.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QToolButton, QWidget

from ...schema import Field
from .date_entry import TypedDateEdit, TypedDateTimeEdit, localize
from .field_editor_base import FieldEditor

_EMPTY_DATE = QDate(1900, 1, 1)
_DATE_FMT = "yyyy-MM-dd"
_DATETIME_FMT = "yyyy-MM-dd HH:mm"


class _FillTodayOnUse(QObject):
    """Opening the calendar of an empty date starts at today, not at the 1900 'empty' marker."""

    def __init__(self, editor: _DateLikeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        starts = kind == QEvent.Type.MouseButtonPress or (
            kind == QEvent.Type.KeyPress and _starts_entry(event)  # type: ignore[arg-type]
        )
        if starts and self.editor.is_empty():
            self.editor.fill_now()
            if kind == QEvent.Type.KeyPress:  # typing starts at the first section
                edit = self.editor.edit
                edit.setCurrentSectionIndex(0)
                edit.setSelectedSection(edit.currentSection())
        return False


_ENTRY_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_F4,
}


def _starts_entry(event: QKeyEvent) -> bool:
    """A key that begins typing or stepping a date (not Tab, Delete, Escape...)."""
    return event.text().isdigit() or Qt.Key(event.key()) in _ENTRY_KEYS


class _DateLikeEditor(FieldEditor):
    """A QDateEdit/QDateTimeEdit whose minimum stands for 'empty', with a clear button.

    It shows the date as the lists do (``2026年11月4日`` / ``4 Nov 2026``) and stores ISO
    (``self._fmt``); the display format is only how the sections are drawn and typed.
    """

    def __init__(self, field: Field, edit: QDateTimeEdit, fmt: str, parent: QWidget | None) -> None:
        super().__init__(field, parent)
        self.edit = edit
        self._fmt = fmt
        edit.setParent(self)
        edit.setCalendarPopup(True)
        localize(edit, with_time=fmt == _DATETIME_FMT)
        edit.setMinimumDateTime(QDateTime(_EMPTY_DATE, QTime(0, 0)))
        edit.setSpecialValueText(" ")  # shown at the minimum, i.e. when empty
        widest = edit.locale().toString(
            QDateTime(QDate(2025, 12, 28), QTime(23, 59)), edit.displayFormat()
        )
        edit.setMinimumWidth(QFontMetrics(edit.font()).horizontalAdvance(widest) + 48)
        edit.dateTimeChanged.connect(self._changed)
        self._layout.addWidget(edit)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName(f"clear_{field.key}")
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(not field.required)
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        edit.installEventFilter(_FillTodayOnUse(self))
        self.set_value(None)

    @property
    def input(self) -> QWidget:
        return self.edit

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.is_empty())
        self.edited.emit()

    def is_empty(self) -> bool:
        return self.edit.date() == _EMPTY_DATE

    def clear(self) -> None:
        self.edit.setDateTime(self.edit.minimumDateTime())

    def fill_now(self) -> None:
        self.edit.setDateTime(QDateTime.currentDateTime())

    def value(self) -> str | None:
        if self.is_empty():
            return None
        return self.edit.dateTime().toString(self._fmt)

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.clear()
            return
        parsed = QDateTime.fromString(str(value)[: len(self._fmt)], self._fmt)
        if not parsed.isValid():  # a date stored without a time, or the reverse
            d = QDate.fromString(str(value)[:10], _DATE_FMT)
            parsed = QDateTime(d, QTime(0, 0)) if d.isValid() else QDateTime()
        if parsed.isValid():
            self.edit.setDateTime(parsed)
        else:
            self.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only and not self.field.required)


class DateEditor(_DateLikeEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, TypedDateEdit(), _DATE_FMT, parent)

    def set_date(self, day: dt.date) -> None:
        self.set_value(day.isoformat())


class DateTimeEditor(_DateLikeEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, TypedDateTimeEdit(), _DATETIME_FMT, parent)
