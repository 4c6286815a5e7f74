"""Every main tab is in view on a 1366 px laptop in English too (issue 15.7). Seen on a
real display: the English titles were 5 % too wide and the last tab, the summary, hid
behind the scroll arrows. The two longest titles are shorter now ("Warnings", "Summary");
letting Qt elide them instead turned every tab into "Overvi…", "D…", "Haza…"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from emergency_desk.store import Store
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.main_window import MainWindow
from emergency_desk.ui.shell.translations import install_translators


def _window(qtbot: Any, store: Store, lang: str, width: int) -> MainWindow:
    set_ui_lang(lang)
    install_translators(QApplication.instance(), lang)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(width, 690)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_tab_in_view_at_1366(qtbot: Any, ui_store: Store, lang: str) -> None:
    window = _window(qtbot, ui_store, lang, 1320)  # as it opens on a 1366×768 screen
    bar = window.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.tabRect(bar.count() - 1).right() < bar.width())
    assert bar.tabText(bar.count() - 1) == ("年度总结" if lang == "zh" else "Summary")
    assert bar.tabRect(0).left() >= 0  # not scrolled: the first tab is there too
    assert all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width() for i in range(bar.count()))
    titles = [bar.tabText(i) for i in range(bar.count())]
    assert ("Warnings" in titles) == (lang == "en")
