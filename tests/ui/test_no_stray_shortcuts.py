"""English labels with "&" ("Incidents & disasters") show as written, not as a shortcut
mark: seen on a real display, the incidents' first sub-tab read "Incidents _disasters".
Qt takes a lone "&" in a tab, button, group box or menu title as a mnemonic; a "&" before
a space is never meant as one."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QTabBar, QWidget
from register_samples import make_record

from emergency_desk.schema import REGISTER_LIST, Register
from emergency_desk.store import Store
from emergency_desk.ui.registers.registry import dialog_class
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.main_window import MainWindow
from emergency_desk.ui.shell.translations import install_translators

STRAY = re.compile(r"(?<!&)&(?=\s)")


def _texts(root: QWidget) -> list[str]:
    out = []
    for bar in root.findChildren(QTabBar):
        out += [bar.tabText(i) for i in range(bar.count())]
    out += [b.text() for b in root.findChildren(QAbstractButton)]
    out += [g.title() for g in root.findChildren(QGroupBox)]
    out += [a.text() for a in root.findChildren(QAction)]
    return out


@pytest.fixture
def english(qapp: QApplication) -> None:
    set_ui_lang("en")
    install_translators(qapp, "en")


def test_main_window_in_english(qtbot: Any, ui_store: Store, english: None) -> None:
    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    window.show()
    for i in range(window.tabs.count()):  # every list built
        window.tabs.setCurrentIndex(i)
    texts = _texts(window)
    assert "Incidents && disasters" in texts  # the incidents' own sub-tab, shown with "&"
    assert [t for t in texts if STRAY.search(t)] == []


@pytest.mark.parametrize("reg", REGISTER_LIST, ids=lambda r: r.name)
def test_every_form_in_english(qtbot: Any, ui_store: Store, english: None, reg: Register) -> None:
    dialog = dialog_class(reg.main.name)(
        ui_store, reg.main.name, make_record(ui_store, reg.main, "x")
    )
    qtbot.addWidget(dialog)
    assert [t for t in _texts(dialog) if STRAY.search(t)] == []
