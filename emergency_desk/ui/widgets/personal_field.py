"""An ID number in a form, masked (``3201**********1234``) until the user reveals it.

Personal data is shown in full only when someone asks, and the audit log says who asked
(DESIGN.md, personal data): a form that merely opens a victim's record must not show the
number any more than the list does. While masked the field is read-only and is left out of
what the form saves, so Save never writes the mask over the stored number; to change the
number the user reveals it first, and that reveal is recorded as ``reveal``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...schema import Field
from ...schema.validation import PERSONAL_FORMATS, mask_id_number
from ...store import Store
from ...store.audit_log import record_personal_access
from .field_editor_base import FieldEditor


def is_personal(f: Field) -> bool:
    return f.format in PERSONAL_FORMATS


class PersonalGuard(QWidget):
    """The editor of one personal field and its "show in full" button, side by side."""

    def __init__(
        self,
        store: Store,
        table: str,
        f: Field,
        editor: FieldEditor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.field = f
        self.editor = editor
        self.record_id: int | None = None
        self.stored: Any = None
        self.masked = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1)
        self.button = QPushButton(
            QCoreApplication.translate("PersonalField", "Show full ID number"), self
        )
        self.button.setObjectName(f"reveal_{f.key}")
        self.button.setToolTip(
            QCoreApplication.translate(
                "PersonalField",
                "ID numbers are personal data; showing one is recorded in the audit log. "
                "Reveal it to change it.",
            )
        )
        self.button.clicked.connect(self.reveal)
        row.addWidget(self.button)
        self.on_revealed: Callable[[], None] | None = None

    def load(self, record_id: int | None, value: Any) -> None:
        """Show a stored number masked; a new record's (or an empty) number is typed freely."""
        self.record_id = record_id
        self.stored = value
        self.masked = record_id is not None and value not in (None, "")
        self.editor.set_value(mask_id_number(value) if self.masked else value)
        self.editor.set_read_only(self.masked)
        self.button.setVisible(self.masked)

    def reveal(self) -> None:
        """The number in full, editable, and an audit row naming the record."""
        if not self.masked:
            return
        self.masked = False
        self.editor.set_value(self.stored)
        self.editor.set_read_only(False)
        self.button.hide()
        record_personal_access(
            self.store, "reveal", self.table, self.record_id, {"field": self.field.key}
        )
        self.editor.input.setFocus()
        if self.on_revealed is not None:
            self.on_revealed()
