"""The Overview's top: who is on duty today, and this year's figures as cards.

Built with the window (the Overview is the first thing on screen), so nothing here
names ``Qt`` at import or construction (``shell.first_paint``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...schema import TABLES

if TYPE_CHECKING:
    from ...store import overview_queries as oq

ROSTER_STYLE = (
    "QLabel { background: #eef5ee; border: 1px solid #b9d3b9; border-radius: 6px;"
    " padding: 6px 10px; }"
)
NOBODY_STYLE = (
    "QLabel { background: #fdecea; border: 1px solid #e6a3a0; border-radius: 6px;"
    " padding: 6px 10px; }"
)


class FigureCard(QFrame):
    """One year-to-date figure: a big number and what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#figureCard { background: #f7f9fc; border: 1px solid #d5dde8; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(0)
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("figureValue")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet("color: #1f4e79;")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setStyleSheet("color: #555;")
        self.caption_label.setWordWrap(True)  # seven cards in a row on a narrow window
        self.detail_label = QLabel("", self)
        self.detail_label.setStyleSheet("color: #777; font-size: 9pt;")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.detail_label)

    def set(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)


class RosterCard(QLabel):
    """Today's roster; red when nobody is on it, the first thing a duty office checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterToday")
        self.setWordWrap(True)
        self.setStyleSheet(ROSTER_STYLE)

    def show_roster(self, rows: list[dict[str, Any]], lang: str) -> None:
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        self.setTextFormat(Qt.TextFormat.RichText)
        if not rows:
            self.setStyleSheet(NOBODY_STYLE)
            self.setText(
                "<b>" + self.tr("Nobody is on the roster for today.") + "</b> "
                + self.tr("Add today's duty in Duty › Duty roster.")
            )  # fmt: skip
            return
        self.setStyleSheet(ROSTER_STYLE)
        shift = TABLES["duty_roster"].field("shift")
        parts = []
        for r in rows:
            text = self.tr("<b>On duty today</b> ({shift}): ").format(
                shift=shift.choice_label(r["shift"], lang)
            )
            text += self.tr("Leader on duty: {leader}").format(leader=r.get("leader") or "—")
            text += "　" + self.tr("Officers: {officers}").format(officers=r.get("officers") or "")
            if r.get("phone"):
                text += "　" + self.tr("Phone: {phone}").format(phone=r["phone"])
            parts.append(text)
        self.setText("<br>".join(parts))


class YearCards(QWidget):
    """This year's figures, to date, in one row of cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.cards = {
            "hazards": FigureCard(self.tr("Hazards found this year"), self),
            "rectified": FigureCard(self.tr("Hazards rectified"), self),
            "rate": FigureCard(self.tr("Rectification rate"), self),
            "drills": FigureCard(self.tr("Drills held"), self),
            "participants": FigureCard(self.tr("Drill participants"), self),
            "activities": FigureCard(self.tr("Publicity and training events"), self),
            "duty": FigureCard(self.tr("Duty log entries"), self),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)

    def fill(self, ytd: oq.YearToDate) -> None:
        cards = self.cards
        cards["hazards"].set(
            f"{ytd.hazards_found:,}", self.tr("{year}, to date").format(year=ytd.year)
        )
        cards["rectified"].set(f"{ytd.hazards_rectified:,}")
        rate = ytd.rectification_rate
        cards["rate"].set("–" if rate is None else f"{rate * 100:.1f}%")
        cards["drills"].set(f"{ytd.drills:,}")
        cards["participants"].set(f"{ytd.drill_participants:,}")
        cards["activities"].set(
            f"{ytd.activities:,}",
            self.tr("%Ln participant(s)", "", ytd.activity_participants),
        )
        cards["duty"].set(f"{ytd.duty_entries:,}")
