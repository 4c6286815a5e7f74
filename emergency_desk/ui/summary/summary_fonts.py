"""What the Summary tab needs besides the summary: the PC's fonts and the office's name.

The report layer never imports Qt, so the families this PC has are read here (Qt's font
database) and handed to it; the note under the tab's controls says which faces the
printed document will use and warns when GB/T 9704's own faces are missing. An export
without an office name would be signed "本单位": the name is asked for first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QSizePolicy, QWidget

from ...report import fonts
from ...report.fonts import FaceChoice, choose_faces
from ...store import Store

_ROLES = (
    (fonts.TITLE, "title"),
    (fonts.BODY, "body"),
    (fonts.HEI, "level-1 headings"),
    (fonts.KAI, "level-2 headings"),
)


def installed_families() -> list[str]:
    """The font families this PC has, as Qt lists them."""
    return list(QFontDatabase.families())


def english_name(face: str) -> str:
    """The name an English Windows lists the face under (SimSun for 宋体)."""
    return fonts.ALIASES.get(face, (face,))[0]


def font_note_text(choice: FaceChoice) -> str:
    """One line naming the faces per role, and a warning when official ones are missing."""
    role_names = {
        "title": QCoreApplication.translate("SummaryFonts", "title"),
        "body": QCoreApplication.translate("SummaryFonts", "body"),
        "level-1 headings": QCoreApplication.translate("SummaryFonts", "level-1 headings"),
        "level-2 headings": QCoreApplication.translate("SummaryFonts", "level-2 headings"),
    }
    # A Chinese note lists with "，" and "、", an English one with commas.
    zh = any(ord(ch) > 0x2E7F for ch in role_names["body"])
    name = (lambda face: face) if zh else english_name
    parts = []
    for official, role in _ROLES:
        face = choice.face(official)
        shown = (
            name(face)
            if face == official
            else QCoreApplication.translate("SummaryFonts", "{face} (for {official})").format(
                face=name(face), official=name(official)
            )
        )
        parts.append(f"{role_names[role]} {shown}")
    line = QCoreApplication.translate(
        "SummaryFonts", "Fonts of the printed Chinese document: {list}."
    ).format(list=("，" if zh else ", ").join(parts))
    if choice.missing:
        line += " " + QCoreApplication.translate(
            "SummaryFonts",
            "This PC lacks the official GB/T 9704 fonts {missing}; install them for the "
            "official look, or print with the fonts named.",
        ).format(missing=("、" if zh else ", ").join(map(name, choice.missing)))
    return line


class FontNote(QLabel):
    """The line under the Summary tab's controls; ``families`` go to the export."""

    def __init__(self, parent: QWidget | None = None, families: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("summaryFontNote")
        # One line that never widens or heightens the tab (it must fit 1024x600); the
        # whole note is also the tooltip when the window is too narrow to show it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.families = installed_families() if families is None else families
        self.choice = choose_faces(self.families)
        self.setText(font_note_text(self.choice))
        self.setToolTip(self.text())
        if self.choice.missing:
            self.setStyleSheet("color: #8a5a00;")


def ask_office_name(parent: QWidget, store: Store) -> bool:
    """True when the office's name is set (asking for it, and saving it, if it was not)."""
    if str(store.get_setting("office_name") or "").strip():
        return True
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SummaryFonts", "Office name"),
        QCoreApplication.translate(
            "SummaryFonts",
            "The summary is signed with the office's name, which is not set yet.\n"
            "Office name (e.g. 青石镇应急管理办公室):",
        ),
        QLineEdit.EchoMode.Normal,
        "",
    )
    name = name.strip()
    if not ok or not name:
        return False
    store.set_setting("office_name", name)
    return True
