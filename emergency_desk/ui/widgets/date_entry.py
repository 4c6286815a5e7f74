"""Date and date-time inputs that read as the lists do and still take digits fast.

Lists show ``2026年11月4日`` / ``4 Nov 2026``; a form showing ``2026-11-04`` beside them
looks like another program. Qt's section-based typing works with any display format
(``2026`` ``11`` ``4`` fills the Chinese one section by section), except that a month
shown as a name (``Nov``) only takes letters. A duty officer types numbers, so the month
section of the English form also takes ``1``–``12``; letters still work as in Qt.

Tab goes to the next field, as in any other box: Qt's date edits use it to walk their
sections (three Tabs to pass a date, and none at all out of an empty one). Sections are
reached by typing on (each fills and moves on), a separator, or the arrow keys.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from ..shell.lang import ui_lang

_SEPARATOR_KEYS = frozenset(" /-.")


def date_format(lang: str | None = None) -> str:
    """The Qt display format of a date in the UI language (as ``lang.format_date`` writes it)."""
    return "yyyy年M月d日" if (lang or ui_lang()) == "zh" else "d MMM yyyy"


def datetime_format(lang: str | None = None) -> str:
    return date_format(lang) + " HH:mm"


def ui_locale(lang: str | None = None) -> QLocale:
    """Month names and the calendar popup in the UI language, not the PC's."""
    if (lang or ui_lang()) == "zh":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    # "C": English names, weeks from Monday, and "Sep" as every list writes it (the UK
    # locale's "Sept" made a form's 24 Sept 2026 beside the list's 24 Sep 2026).
    return QLocale.c()


class _MonthDigits:
    """Digits typed into a month shown by name set the month, as in a numeric section.

    ``1`` waits for a second digit (10–12) like Qt's own numeric sections; a separator
    (space, ``/``, ``-``, ``.``) or any other digit ends it. A separator right after a
    section filled itself is swallowed, so ``4/11/2026`` and ``4112026`` both work.
    Mixed in before the Qt class.
    """

    _pending = ""
    _advanced = False  # the last key moved on to the next section by itself

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        blank = bool(edit.specialValueText()) and edit.dateTime() == edit.minimumDateTime()
        if not plain or edit.isReadOnly() or blank or len(text) != 1:
            self._pending, self._advanced = "", False
            super().keyPressEvent(event)  # type: ignore[misc]
            return
        before = edit.currentSectionIndex()
        if text in _SEPARATOR_KEYS:
            if not self._advanced:
                self._next_section()
            self._pending, self._advanced = "", False
            return
        named_month = (
            "MMM" in edit.displayFormat()
            and edit.currentSection() == QDateTimeEdit.Section.MonthSection
        )
        if named_month and text.isdigit():
            self._month_digit(int(text), event)
        else:
            self._pending = ""
            super().keyPressEvent(event)  # type: ignore[misc]
        self._advanced = text.isdigit() and edit.currentSectionIndex() != before

    def focusNextPrevChild(self, next: bool) -> bool:
        self._pending, self._advanced = "", False
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]

    def _month_digit(self, digit: int, event: QKeyEvent) -> None:
        first, self._pending = self._pending, ""
        if first == "1" and digit <= 2:
            self._set_month(10 + digit)
        elif first == "0" and digit >= 1:
            self._set_month(digit)
        elif first:  # "1" then 3–9: the month was 1; this digit starts the next section
            self._next_section()
            self.keyPressEvent(event)
            return
        elif digit in (0, 1):
            self._pending = str(digit)
            if digit == 1:
                self._set_month(1)
            return
        else:
            self._set_month(digit)
        self._next_section()

    def _set_month(self, month: int) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        d = edit.date()
        day = min(d.day(), QDate(d.year(), month, 1).daysInMonth())
        index = edit.currentSectionIndex()
        edit.setDate(QDate(d.year(), month, day))
        edit.setCurrentSectionIndex(index)

    def _next_section(self) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        index = edit.currentSectionIndex() + 1
        if index < edit.sectionCount():
            edit.setCurrentSectionIndex(index)
            edit.setSelectedSection(edit.currentSection())


class TypedDateEdit(_MonthDigits, QDateEdit):
    pass


class TypedDateTimeEdit(_MonthDigits, QDateTimeEdit):
    pass


def localize(edit: QDateTimeEdit, *, with_time: bool, lang: str | None = None) -> None:
    """Show ``edit`` in the UI language's form; it still stores and returns a QDate(Time)."""
    edit.setLocale(ui_locale(lang))
    edit.setDisplayFormat(datetime_format(lang) if with_time else date_format(lang))
