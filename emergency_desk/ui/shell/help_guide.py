"""Help › User guide (F1): the short guide shipped in ``resources/guide``, in the UI's language.

The guide is plain HTML with screenshots that ``tools/make_guide_screenshots.py`` renders
from the app's own widgets, so it reads offline and never shows an older screen. It is
shown in a QTextBrowser; "Open in browser" hands the same file to the system's browser,
which prints it or saves it as PDF (offline too) without the app carrying Qt's printing
module.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...paths import resource
from ..widgets.screen_fit import fit_to_screen
from .lang import ui_lang

if TYPE_CHECKING:
    from .main_window import MainWindow


def guide_file(lang: str) -> Path:
    """The guide's page in ``lang`` (``zh`` or ``en``)."""
    return resource("guide", "zh" if lang == "zh" else "en", "index.html")


class GuideDialog(QDialog):
    """The guide, fitted to the screen, with its own links followed inside it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.path = guide_file(lang)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.browser_button = QPushButton(self.tr("Open in browser (print or save as PDF)"), self)
        self.browser_button.setObjectName("guideInBrowser")
        buttons.addButton(self.browser_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 1080, 860, centre=True)  # the screenshots at their own size

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def show_guide(window: QWidget) -> GuideDialog:
    """Open the guide beside the window (not modal: the user follows it while working)."""
    dialog = window.findChild(GuideDialog, "guideDialog")
    if dialog is None or dialog.parent() is not window:
        dialog = GuideDialog(ui_lang(), window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install_help_guide(window: MainWindow) -> None:
    """Help › User guide, F1, first in the Help menu."""
    action = window.help_menu.addAction(QCoreApplication.translate("GuideDialog", "&User guide"))
    action.setObjectName("guideAction")

    # A key sequence builds Qt's whole enum namespace (~30 ms): set once the window is up
    # and the Overview has drawn its figures, not between the first paint and its counts.
    def set_key() -> None:
        action.setShortcut(QKeySequence("F1"))

    def after_figures() -> None:
        gate = getattr(window, "figures_gate", None)  # made after the installers have run
        if gate is None:  # a window painted at once (tests): nothing to wait for
            set_key()
        else:
            gate.when_open(set_key)

    window.paint_gate.when_open(after_figures)
    first = window.help_menu.actions()[0]
    if first is not action:
        window.help_menu.removeAction(action)
        window.help_menu.insertAction(first, action)
    action.triggered.connect(lambda _checked=False: show_guide(window))
