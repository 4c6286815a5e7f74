"""Holding background work back until the main window has been painted once.

At start the Overview's figures, the big file's page check and the daily backup each
start a thread that reads the database hard. Started while the window is still being
put on screen they share the machine's cores with its first paint, and on a two-core
office PC the user waits longer for an empty frame. Queued here, they start the moment
the window is up, which is also when the "Computing…" they report on can be seen.

For the same reason nothing on the way to the first paint names ``PySide6.QtCore.Qt``:
PySide6 builds that whole namespace, every enum of ``Qt.*``, on its first use (~30 ms,
more than the window's own construction). Modules the window loads at start import
``Qt`` inside the functions that run later; ``tests/ui/test_first_paint.py`` checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, or on a screen that is off) still
# gets its figures and its backup: the gate opens by itself after this long.
OPEN_ANYWAY_MS = 3000


class PaintGate(QObject):
    """Runs work at once when open; when closed, queues it until ``widget`` first paints."""

    def __init__(
        self, widget: QWidget, *, open_now: bool = True, open_anyway_ms: int = OPEN_ANYWAY_MS
    ) -> None:
        super().__init__(widget)
        self.is_open = open_now
        self._queued: list[Callable[[], None]] = []
        if not open_now:
            widget.installEventFilter(self)
            QTimer.singleShot(open_anyway_ms, self, self._open)

    def when_open(self, work: Callable[[], None]) -> None:
        if self.is_open:
            work()
        else:
            self._queued.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_open and event.type() == QEvent.Type.Paint:
            # After the paint has been handed on: the frame reaches the screen first.
            QTimer.singleShot(0, self, self._open)
        return False

    def _open(self) -> None:
        if self.is_open:
            return
        self.is_open = True
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        queued, self._queued = self._queued, []
        for work in queued:
            work()


# The Overview's figures are on screen well before this on any file an office has; a
# window whose figures never come (a failed count is shown as such) goes on after it.
FIGURES_ANYWAY_MS = 10_000


class WorkGate(QObject):
    """Queues work until ``open`` is called; once open, runs work at once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.is_open = False
        self._queued: list[Callable[[], None]] = []

    def when_open(self, work: Callable[[], None]) -> None:
        if self.is_open:
            work()
        else:
            self._queued.append(work)

    def open(self) -> None:
        if self.is_open:
            return
        self.is_open = True
        queued, self._queued = self._queued, []
        for work in queued:
            work()


def after_figures(
    paint_gate: PaintGate, overview: Any | None, anyway_ms: int = FIGURES_ANYWAY_MS
) -> WorkGate:
    """A gate for the start's other background work (the page check reading the whole
    file, the backup): it opens once the Overview has drawn its figures, so on two cores
    the user's first useful screen does not share them; at the first paint when there is
    no Overview, and ``anyway_ms`` after the first paint at the latest."""
    gate = WorkGate(paint_gate)
    if overview is None or not overview.computing:
        paint_gate.when_open(gate.open)
        return gate
    overview.figures_shown.connect(gate.open)
    paint_gate.when_open(lambda: QTimer.singleShot(anyway_ms, gate, gate.open))
    return gate
