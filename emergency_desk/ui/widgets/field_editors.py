"""One input widget per schema field type, each reading and writing stored values.

Forms are built from the schema, so every editor speaks the store's value language
(ISO dates, choice keys, record ids, ``None`` for empty) and the form never converts.
Optional dates and numbers must be clearable: an empty value is not the same as 0 or today.
The base they share is in ``field_editor_base``, the date editors in ``date_editors``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...rules.settings import village_list
from ...schema import Field, FieldType, decimal_text
from ...store import Store
from ..shell.lang import ui_lang
from .clean_text import CleanLineEdit, CleanPlainTextEdit
from .date_editors import DateEditor, DateTimeEditor
from .field_editor_base import FieldEditor

INT_MAX = 2_147_483_647  # QSpinBox is 32-bit; larger counts are typing mistakes anyway
MONEY_MAX = 9_999_999_999_999.99


class _TextLikeEditor(FieldEditor):
    """Text in ``self.edit``; surrounding blanks are dropped and blank means empty."""

    edit: QLineEdit | QPlainTextEdit

    @property
    def input(self) -> QWidget:
        return self.edit

    def _text(self) -> str:
        raise NotImplementedError

    def _set_text(self, text: str) -> None:
        raise NotImplementedError

    def value(self) -> str | None:
        return self._text().strip() or None

    def set_value(self, value: Any) -> None:
        self._set_text("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class TextEditor(_TextLikeEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = CleanLineEdit(self)  # pasted control characters are dropped
        self.edit.setMaxLength(field.max_length)
        self.edit.textEdited.connect(self.edited)
        self._layout.addWidget(self.edit)

    def _text(self) -> str:
        return self.edit.text()

    def _set_text(self, text: str) -> None:
        self.edit.setText(text)


class VillageEditor(TextEditor):
    """A village field: the settings' villages to pick from, any other text allowed too."""

    def __init__(self, field: Field, villages: list[str], parent: QWidget | None = None) -> None:
        FieldEditor.__init__(self, field, parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(villages)
        self.combo.setMinimumWidth(200)  # as a choice's: "杨家坝村三组", not "东坪▾"
        self.combo.setCurrentIndex(-1)
        edit = self.combo.lineEdit()
        assert edit is not None  # an editable combo box always has one
        self.edit = edit
        self.edit.setMaxLength(field.max_length)
        self.edit.textEdited.connect(self.edited)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self._layout.addWidget(self.combo)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.combo.setEnabled(not read_only)


class DecimalEditor(TextEditor):
    """Decimal degrees and the like, typed: a spin box would start at its minimum, while an
    empty field must stay empty; the range is checked with the schema's message on save."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit.setMaxLength(24)
        self._layout.addStretch(1)  # a number's width, at the left like every field
        if field.bounds is not None:
            low, high = field.bounds
            self.edit.setPlaceholderText(f"{low:g} – {high:g}")

    def value(self) -> Any:
        text = self._text().strip()
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return text  # refused by the schema, with its sentence, when saved

    def set_value(self, value: Any) -> None:
        self._set_text("" if value in (None, "") else decimal_text(self.field, value))


MIN_LINES, MAX_LINES = 2, 8


class LongTextEditor(_TextLikeEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = CleanPlainTextEdit(self)  # pasted control characters are dropped
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._line = QFontMetrics(self.edit.font()).lineSpacing()
        self._fit_text()
        self.edit.textChanged.connect(self.edited)
        self.edit.textChanged.connect(self._fit_text)
        self._layout.addWidget(self.edit)

    def _fit_text(self) -> None:
        """As tall as the text (two to eight lines), so a short note leaves no empty box
        below it and a long one is read without scrolling a tiny window. The height is
        fixed: an expanding box took a roomy form's spare height and sat in its middle."""
        lines = 0
        block = self.edit.document().begin()
        while block.isValid():  # wrapped lines count, as the user sees them
            layout = block.layout()
            lines += max(layout.lineCount(), 1) if layout is not None else 1
            block = block.next()
        shown = max(MIN_LINES, min(MAX_LINES, lines + 1))  # a line to spare for typing on
        self.edit.setFixedHeight(shown * self._line + 12)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_text()  # wrapped lines change with the width

    def _text(self) -> str:
        return self.edit.toPlainText()

    def _set_text(self, text: str) -> None:
        self.edit.setPlainText(text)


class _Blankable:
    """Deleting the number leaves the field empty (its 'empty' minimum), not the old value.
    Mixed into a spin box (before it, so these overrides are the ones Qt calls)."""

    blankable = False

    def validate(self, text: str, pos: int) -> object:
        if self.blankable and not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)  # type: ignore[misc]

    def valueFromText(self, text: str) -> Any:
        if self.blankable and not text.strip():
            return self.minimum()  # type: ignore[attr-defined]
        return super().valueFromText(text)  # type: ignore[misc]


class _BlankableSpin(_Blankable, QSpinBox):
    pass


class _BlankableDoubleSpin(_Blankable, QDoubleSpinBox):
    pass


class _SpinEditor(FieldEditor):
    """A number in ``self.spin``; ``_empty`` (below the range) stands for no value."""

    spin: _BlankableSpin | _BlankableDoubleSpin
    _empty: float | None

    def _install_spin(self, low: float, high: float, width: int) -> None:
        self.spin.setGroupSeparatorShown(True)
        self.spin.setRange(low if self._empty is None else self._empty, high)
        if self._empty is not None:
            self.spin.setSpecialValueText(" ")
            self.spin.blankable = True
        self.spin.setMinimumWidth(width)
        self.spin.valueChanged.connect(self.edited)
        self._layout.addWidget(self.spin)
        self._layout.addStretch(1)
        self.set_value(None)

    @property
    def input(self) -> QWidget:
        return self.spin


class IntEditor(_SpinEditor):
    """Whole numbers; an optional one starts blank (one below the minimum means empty)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.spin = _BlankableSpin(self)
        low = -INT_MAX if field.signed else 0
        self._empty = None if field.required or field.signed else low - 1
        self._install_spin(low, INT_MAX, 140)

    def value(self) -> int | None:
        v = self.spin.value()
        return None if v == self._empty else v

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.spin.setValue(self._empty if self._empty is not None else 0)
        else:
            self.spin.setValue(int(value))

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)
        self.spin.setButtonSymbols(
            QSpinBox.ButtonSymbols.NoButtons if read_only else QSpinBox.ButtonSymbols.UpDownArrows
        )


class MoneyEditor(_SpinEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.spin = _BlankableDoubleSpin(self)
        self.spin.setDecimals(2)
        self._empty = None if field.required else -1.0
        self._install_spin(0.0, MONEY_MAX, 180)

    def value(self) -> float | None:
        v = self.spin.value()
        return None if self._empty is not None and v < 0 else round(v, 2)

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.spin.setValue(self._empty if self._empty is not None else 0.0)
        else:
            self.spin.setValue(float(value))

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)


class _ComboEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        self.combo.setMaxVisibleItems(20)
        self.combo.setMinimumWidth(200)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self.edited)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    @property
    def input(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))


class ChoiceEditor(_ComboEditor):
    """Labels shown, keys stored; an optional choice starts blank."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        lang = ui_lang()
        if not field.required:
            self.combo.addItem("", None)
        for c in field.choices:
            self.combo.addItem(c.label(lang), c.key)

    def set_value(self, value: Any) -> None:
        if value is not None and self.combo.findData(value) < 0:
            self.combo.addItem(str(value), value)  # an old key the schema dropped: keep it
        super().set_value(value)


class RefEditor(_ComboEditor):
    """A pick-list of the referenced table's records by title."""

    def __init__(self, field: Field, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.store = store
        self.combo.setMinimumWidth(320)
        if not field.required:
            self.combo.addItem("", None)
        for record_id, title in store.titles(field.ref_table or ""):
            self.combo.addItem(title, record_id)

    def set_value(self, value: Any) -> None:
        if value is not None and self.combo.findData(int(value)) < 0:
            # The referenced record is in the recycle bin: keep the link visible.
            title = self.store.title_of(self.field.ref_table or "", int(value))
            self.combo.addItem(title or f"#{value}", int(value))
        super().set_value(None if value is None else int(value))


def make_editor(field: Field, store: Store, parent: QWidget | None = None) -> FieldEditor:
    t = field.type
    if t is FieldType.TEXT and field.suggest_villages:
        return VillageEditor(field, village_list(store), parent)
    if t is FieldType.TEXT:
        return TextEditor(field, parent)
    if t is FieldType.DECIMAL:
        return DecimalEditor(field, parent)
    if t is FieldType.LONGTEXT:
        return LongTextEditor(field, parent)
    if t is FieldType.DATE:
        return DateEditor(field, parent)
    if t is FieldType.DATETIME:
        return DateTimeEditor(field, parent)
    if t is FieldType.INT:
        return IntEditor(field, parent)
    if t is FieldType.MONEY:
        return MoneyEditor(field, parent)
    if t is FieldType.CHOICE:
        return ChoiceEditor(field, parent)
    if t is FieldType.REF:
        return RefEditor(field, store, parent)
    raise AssertionError(t)
