"""A row of buttons or filters that scrolls sideways instead of widening the window.

A list's toolbar gains buttons from every feature (import, export, print, the duty log's
quick entry…); laid out in a plain row they set the window's narrowest width (1134 px for
the duty log in English), so the window could not sit beside Word on a 1366 px laptop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSizePolicy, QWidget

NARROWEST = 160


class ScrollingRow(QScrollArea):
    """Holds ``layout``; as tall as its contents, plus a scroll bar only while one is needed."""

    def __init__(self, layout: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = self._inner = QWidget(self)
        layout.setContentsMargins(0, 0, 0, 0)
        inner.setLayout(layout)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bar_shown = False

    def _height(self) -> int:
        inner = self._inner
        bar = self.horizontalScrollBar().sizeHint().height() if self._bar_shown else 0
        return inner.sizeHint().height() + bar

    def sizeHint(self) -> QSize:
        return QSize(self._inner.sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(NARROWEST, self._height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        needed = self._inner.minimumSizeHint().width() > self.width()
        if needed != self._bar_shown:
            self._bar_shown = needed
            self.updateGeometry()
