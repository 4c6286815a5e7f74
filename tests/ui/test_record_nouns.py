"""A form's title names one record: "New contact", "Edit incident — …", 新建预警信息 — not
the register's plural name ("New Households with houses collapsed or damaged", "Edit
Incidents & disasters", 新建预警信息与叫应), as the newer registers' forms said on screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from emergency_desk.schema import TABLES
from emergency_desk.store import Store
from emergency_desk.ui.registers.registry import dialog_class
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("table", sorted(TABLES))
def test_form_title_names_one_record(
    qtbot: Any, qapp: QApplication, ui_store: Store, lang: str, table: str
) -> None:
    set_ui_lang(lang)
    install_translators(qapp, lang)
    dialog = dialog_class(table)(ui_store, table, None)
    qtbot.addWidget(dialog)
    noun = dialog.record_noun()
    if lang == "en":
        assert noun[0].islower() and "&" not in noun, noun  # "New contact", in a sentence
        assert dialog.windowTitle() == f"New {noun}"
    else:
        assert "与" not in noun and not noun.startswith("因灾"), noun
        assert dialog.windowTitle() == f"新建{noun}"
