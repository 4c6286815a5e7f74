"""Pieces several dialogs are built from, so they look and behave alike.

Texts are passed in already translated by the dialog (``self.tr``), so each string
stays in its dialog's translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...schema import TABLES, ValidationError

_ERROR_TEXT = "color: #c62828;"  # the red of the form errors (record_form.ERROR_STYLE)


def error_label(parent: QWidget, name: str = "") -> QLabel:
    """The red line under a form that says why it was not saved; hidden until then."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setStyleSheet(_ERROR_TEXT)
    label.setWordWrap(True)
    label.hide()
    return label


def error_text(exc: BaseException, lang: str) -> str:
    """What a refused write says: every field problem of a ValidationError, else its message."""
    if isinstance(exc, ValidationError):
        return "\n".join(exc.messages(lang))
    message = getattr(exc, "message", None)
    return message(lang) if callable(message) else str(exc)


def save_cancel_buttons(dialog: QDialog, save: str, cancel: str) -> QDialogButtonBox:
    """Save and Cancel with the dialog's own words, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_yes_no(parent: QWidget, title: str, text: str, *, warning: bool = False) -> bool:
    """A Yes/No question whose default is No, as befits deleting or overwriting."""
    ask = QMessageBox.warning if warning else QMessageBox.question
    answer = ask(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def register_filter(
    parent: QWidget, all_text: str, lang: str, tables: Iterable[str] = TABLES
) -> QComboBox:
    """A choice of register (schema labels), first "all" with ``None`` as its data."""
    combo = QComboBox(parent)
    combo.setObjectName("tableFilter")
    combo.addItem(all_text, None)
    for name in tables:
        combo.addItem(TABLES[name].label(lang), name)
    return combo


def entry_table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    """A read-only list of whole rows, its ``stretch`` column taking the spare width."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def set_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace the table's rows with these texts."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(text))


class Pager:
    """A page of ``size`` rows at ``offset``: back/forward buttons, a reload on each move."""

    def __init__(
        self, back: QPushButton, forward: QPushButton, size: int, reload: Callable[[], None]
    ) -> None:
        self.offset = 0
        self.size = size
        self.back = back
        self.forward = forward
        self._reload = reload
        back.clicked.connect(lambda: self.move(-size))
        forward.clicked.connect(lambda: self.move(size))

    def move(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self._reload()

    def restart(self) -> None:
        """Back to the first page (the filter changed) and reload."""
        self.offset = 0
        self._reload()

    def shown(self, more: bool) -> None:
        """After a reload: whether there is a page after this one."""
        self.back.setEnabled(self.offset > 0)
        self.forward.setEnabled(more)
