"""The main tab bar squeezes a little rather than hide its last tab behind scroll arrows.

Loaded once the window has painted (it names ``Qt``, whose enums cost a start ~30 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTabBar

# How much narrower than their natural width the tabs may be drawn before they scroll
# instead: a few pixels off each long title reads fine, "Ove…" for Overview does not.
TAB_SQUEEZE = 0.08


class TabSqueeze(QObject):
    """English tab titles are 5 % too wide for a 1366 px window: the last tab (the summary)
    hid behind scroll arrows. Where squeezing a little shows every tab, the bar shortens
    the longest titles' margins (eliding only if it must); where it would take more, it
    scrolls as before."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar)
        self.bar = bar
        bar.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.update()
        return False

    def update(self) -> None:
        bar = self.bar
        natural = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        squeeze = natural > bar.width() and natural * (1 - TAB_SQUEEZE) <= bar.width()
        mode = Qt.TextElideMode.ElideRight if squeeze else Qt.TextElideMode.ElideNone
        if bar.elideMode() != mode:
            bar.setElideMode(mode)
