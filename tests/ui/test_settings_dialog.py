"""The Settings dialog's wording: counts read as a person would write them."""

from __future__ import annotations

from typing import Any

from emergency_desk.ui.settings.settings_dialog import SettingsDialog
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators


def test_settings_say_one_year_not_one_years(qtbot: Any, window: Any, qapp: Any) -> None:
    set_ui_lang("en")
    install_translators(qapp, "en")
    try:
        dialog = SettingsDialog(window.store, window)
        qtbot.addWidget(dialog)
        spin = dialog.inputs["drill_years_natural"]
        spin.setValue(1)
        assert spin.text() == "1 year"
        spin.setValue(3)
        assert spin.text() == "3 years"
        assert dialog.minimumWidth() >= 560
    finally:
        set_ui_lang("zh")
        install_translators(qapp, "zh")
