"""What every field editor of a record form is: a widget speaking the store's value language.

Apart from the editors themselves so that each group of them (``field_editors``,
``date_editors``) builds on it without importing the other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...schema import Field


class FieldEditor(QWidget):
    """Base: ``value()`` / ``set_value()`` in storage form, ``edited`` when the user changes it."""

    edited = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"editor_{field.key}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    @property
    def input(self) -> QWidget:
        """The widget that takes the keyboard and shows the error border."""
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.input.setEnabled(not read_only)
