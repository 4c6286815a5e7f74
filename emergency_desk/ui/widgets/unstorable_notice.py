"""After an export: which records held characters that were left out of the file.

The writers never fail on text an older version stored (U+FFFE, control characters);
they leave the characters out and name each record (``UnstorableText``). The office must
learn which record and field to correct, or it prints a file missing a character without
knowing, so the window shows the list once the file is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ...schema.unstorable import UnstorableText

SHOWN = 15  # records listed by name; the rest are counted


class _Counted(QObject):
    """The counted line through ``self.tr``: lupdate (PySide6 6.11) marks a ``%n`` message
    as plural only in a ``tr`` call, not in ``QCoreApplication.translate``."""

    def more(self, n: int) -> str:
        return self.tr("… and %n more record(s).", "", n)


def unstorable_text(warnings: list[UnstorableText], lang: str) -> str:
    """The message for ``warnings`` in ``lang``; "" when there are none."""
    if not warnings:
        return ""
    lines = [
        QCoreApplication.translate(
            "unstorable_notice",
            "The file was written, but some text held characters that a Word or Excel file "
            "cannot contain. They were left out of the file:",
        )
    ]
    lines += [f"• {w.message(lang)}" for w in warnings[:SHOWN]]
    if len(warnings) > SHOWN:
        lines.append(_Counted().more(len(warnings) - SHOWN))
    return "\n\n".join(lines)


def show_unstorable(
    parent: QWidget | None, title: str, warnings: list[UnstorableText], lang: str
) -> bool:
    """Show which records lost characters in the file just written; True if shown."""
    text = unstorable_text(warnings, lang)
    if text:
        QMessageBox.warning(parent, title, text)
    return bool(text)
