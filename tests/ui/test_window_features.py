"""The window's features: an explicit list of installers, each filling what it declares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from emergency_desk.store import Store
from emergency_desk.ui.overview.overview_tab import install_overview
from emergency_desk.ui.shell.features import FEATURES
from emergency_desk.ui.shell.main_window import FEATURE_ATTRIBUTES, MainWindow


def _tools_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.tools_menu.actions() if not a.isSeparator()]


def test_every_declared_attribute_is_set_once_the_window_is_built(qtbot, ui_store: Store) -> None:
    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    for name in FEATURE_ATTRIBUTES:
        assert getattr(window, name) is not None, name
    assert window.register_rules_installed
    # Every optional attribute the window declares is a feature's.
    declared = {n for n in MainWindow.__annotations__ if "None" in MainWindow.__annotations__[n]}
    assert declared == set(FEATURE_ATTRIBUTES)
    assert window.tabs.widget(0) is window.overview_tab
    assert window.import_export is not None
    assert window.import_export["hazards"].tab is window.register_tabs["hazards"]


def test_without_the_overview_settings_is_still_in_the_tools_menu(qtbot, ui_store: Store) -> None:
    features = tuple(f for f in FEATURES if f is not install_overview)
    window = MainWindow(ui_store, features=features)
    qtbot.addWidget(window)
    assert window.overview_tab is None
    assert window.tabs.findChild(type(window.tabs), "overviewTab") is None
    action = window.settings_action
    assert isinstance(action, QAction) and action in window.tools_menu.actions()
    assert action.objectName() == "settingsAction"
    assert window.tools_menu.menuAction().isVisible()
    assert QCoreApplication.translate("SettingsDialog", "&Settings…") in _tools_texts(window)
    # The lists keep their rule colours' "Needs attention" button without the Overview.
    assert window.register_tabs["hazards"].attention_button is not None


def test_a_window_with_no_features_keeps_their_attributes_empty(qtbot, ui_store: Store) -> None:
    window = MainWindow(ui_store, features=())
    qtbot.addWidget(window)
    for name in FEATURE_ATTRIBUTES:
        assert getattr(window, name) is None, name
    assert not window.tools_menu.menuAction().isVisible()  # nothing in Tools: no menu
    assert window.tabs.widget(0) is not None  # the register lists are the window itself
