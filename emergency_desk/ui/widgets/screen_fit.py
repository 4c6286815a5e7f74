"""Windows and dialogs open inside the screen's free area, never with Save below it.

A township laptop is often 1366×768 with a 40 px taskbar, leaving 1366×728: a form sized for
a big monitor would put its buttons out of reach. Every top-level sizes itself through
``fit_to_screen`` (the main window on first start, the dialogs as they open), which clamps
the wished size to the available geometry, frame included, and keeps the frame on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# A window manager's frame before the window is shown (title bar, borders): assumed, since
# Qt only knows the real one once the window is on screen.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
# When there is no screen at all (never on a desktop): the smallest common laptop.
FALLBACK = QRect(0, 0, 1366, 728)
# The main window's first size: at least 1320×820 (clamped on a laptop, as before), and on a
# big monitor this share of the free area, so a 1920×1080 screen is not left two-thirds used.
MAIN_BASE = QSize(1320, 820)
MAIN_SHARE = 0.88


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The free area of the screen ``widget`` is on (the primary one if none): tests replace it."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return QRect(screen.availableGeometry()) if screen is not None else QRect(FALLBACK)


def _frame_extra(window: QWidget) -> tuple[int, int]:
    frame, inner = window.frameGeometry(), window.geometry()
    return (
        max(frame.width() - inner.width(), FRAME_WIDTH),
        max(frame.height() - inner.height(), FRAME_HEIGHT),
    )


def usable_height(widget: QWidget | None = None) -> int:
    """The tallest a window's contents can be on this screen, its frame set aside."""
    return available_geometry(widget).height() - FRAME_HEIGHT


def main_window_size(widget: QWidget | None = None) -> QSize:
    """The size the main window first opens at: ``MAIN_SHARE`` of a big screen's free area,
    never less than ``MAIN_BASE`` (which ``fit_to_screen`` then clamps on a small laptop, so
    1366×768 and smaller open exactly as they always did)."""
    area = available_geometry(widget)
    return QSize(
        max(MAIN_BASE.width(), int(area.width() * MAIN_SHARE)),
        max(MAIN_BASE.height(), int(area.height() * MAIN_SHARE)),
    )


def fit_to_screen(
    window: QWidget, width: int | None = None, height: int | None = None, *, centre: bool = False
) -> None:
    """Resize ``window`` to ``width``×``height`` (its current size where not given), but no
    larger than the free area of its screen; then move it so its frame lies inside that area,
    centred on it when ``centre`` is set or when it would otherwise stick out."""
    area = available_geometry(window)
    extra_w, extra_h = _frame_extra(window)
    w = min(width if width is not None else window.width(), area.width() - extra_w)
    h = min(height if height is not None else window.height(), area.height() - extra_h)
    window.resize(QSize(w, h).expandedTo(window.minimumSize()))
    frame = QRect(window.pos(), window.size().grownBy(QMargins(0, 0, extra_w, extra_h)))
    if centre or not area.contains(frame):
        x = area.x() + max((area.width() - frame.width()) // 2, 0)
        y = area.y() + max((area.height() - frame.height()) // 2, 0)
        window.move(x, y)
