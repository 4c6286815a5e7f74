"""Text editors that drop, as it arrives, text a Word or Excel file cannot hold.

Qt's editors keep control characters (``\\x01``, ``\\x07``) and U+FFFE/U+FFFF when text is
pasted or dropped — a table copied from another program often carries them — and the
annual summary or an export would then have to leave them out later. The record forms'
validation refuses them at the field as well; stripping them on paste means the clerk
never meets that refusal for a character that cannot be seen.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...schema import XML_ILLEGAL, xml_safe


class CleanPlainTextEdit(QPlainTextEdit):
    """A plain-text editor whose pasted or dropped text loses the characters Word cannot hold."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and XML_ILLEGAL.search(source.text()):
            clean = QMimeData()
            clean.setText(xml_safe(source.text()))
            super().insertFromMimeData(clean)
            return
        super().insertFromMimeData(source)


class DropUnstorable(QValidator):
    """Takes any text, less those characters; the cursor stays after what was inserted.

    A validator is the way Qt lets a line edit's text be changed as it is edited (the
    paste goes through it); changing the text from a signal handler mid-paste is not.
    """

    def validate(self, text: str, pos: int) -> object:
        if not XML_ILLEGAL.search(text):
            return QValidator.State.Acceptable, text, pos
        before = xml_safe(text[:pos])
        return QValidator.State.Acceptable, before + xml_safe(text[pos:]), len(before)


class CleanLineEdit(QLineEdit):
    """A one-line editor that drops such characters from what the user pastes or types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(DropUnstorable(self))
