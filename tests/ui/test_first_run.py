"""The first start's setup: walked as a new office would, saved only on Finish, the next
steps (import, a separate demo database, start working), and Tools › First-run setup…"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWizard

from emergency_desk.demo import is_empty
from emergency_desk.rules.settings import load_settings
from emergency_desk.store import Store
from emergency_desk.ui.settings.first_run import FirstRunWizard, needs_first_run

from .helpers import run_modal, type_text


def _fill(qtbot, wizard: FirstRunWizard, area_code: str = "431021104000") -> None:  # type: ignore[no-untyped-def]
    page = wizard.office
    type_text(qtbot, page.name, "青石镇应急管理办公室")
    qtbot.keyClicks(page.area_code, area_code)
    page.level.setCurrentIndex(page.level.findData("township"))
    type_text(qtbot, page.villages, "东坪村")
    qtbot.keyClick(page.villages, Qt.Key.Key_Return)
    type_text(qtbot, page.villages, "西岭村")
    page.records_from.setDate(QDate(2026, 1, 1))


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _audit_rows(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def test_setup_on_an_empty_database_saves_the_office(qtbot, ui_store: Store) -> None:
    assert needs_first_run(ui_store)
    wizard = FirstRunWizard(ui_store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "初始设置"
    assert wizard.office.records_from.date() == QDate.currentDate()  # default: today
    _fill(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.next_steps
    assert wizard.next_steps.buttons["start"].isChecked()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = load_settings(ui_store)
    assert saved.office_name == "青石镇应急管理办公室"
    assert saved.area_code == "431021104000"
    assert saved.level == "township"
    assert saved.village_list == ["东坪村", "西岭村"]
    assert saved.records_from == "2026-01-01"
    assert not needs_first_run(ui_store)


def test_a_wrong_area_code_keeps_the_page_and_says_why(qtbot, ui_store: Store) -> None:
    wizard = FirstRunWizard(ui_store)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(qtbot, wizard, area_code="43102")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.office
    error = wizard.findChild(QLabel, "setupError")
    assert error.isVisible()
    assert error.text() == "“行政区划代码”应为 12 位数字（如 431021104000）：43102"


def test_the_office_name_is_asked_for(qtbot, ui_store: Store) -> None:
    wizard = FirstRunWizard(ui_store)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.office
    assert wizard.findChild(QLabel, "setupError").text().startswith("请填写单位名称")


def test_cancel_leaves_the_database_untouched(qtbot, ui_store: Store) -> None:
    before = (_audit_rows(ui_store), ui_store.conn.execute("SELECT * FROM settings").fetchall())
    wizard = FirstRunWizard(ui_store)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    after = (_audit_rows(ui_store), ui_store.conn.execute("SELECT * FROM settings").fetchall())
    assert after == before
    assert needs_first_run(ui_store)


def test_not_offered_once_the_office_has_a_name_or_records(ui_store: Store) -> None:
    ui_store.set_setting("office_name", "青石镇")
    assert not needs_first_run(ui_store)
    ui_store.set_setting("office_name", "")
    ui_store.insert("duty_roster", {"on_date": "2026-01-05", "officers": "王强"})
    assert not needs_first_run(ui_store)


def _walk(qtbot, step: str) -> Callable[[QDialog], None]:  # type: ignore[no-untyped-def]
    """Fill the modal setup the action opens, pick ``step``, Finish."""

    def walk(wizard: QDialog) -> None:
        assert isinstance(wizard, FirstRunWizard)
        assert wizard.windowTitle() == "初始设置"
        _fill(qtbot, wizard)
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        wizard.next_steps.buttons[step].setChecked(True)
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    return walk


def test_tools_menu_setup_then_import_opens_the_hazards_import(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from emergency_desk.ui.import_export.import_export import RegisterImportExport

    imported: list[str] = []
    monkeypatch.setattr(
        RegisterImportExport, "import_file", lambda self: imported.append(self.register)
    )
    action = window.findChild(QAction, "firstRunAction")
    assert action.text() == "初始设置(&F)…"
    run_modal(action.trigger, _walk(qtbot, "import"))
    assert imported == ["hazards"]
    assert window.tabs.currentWidget() is window.register_tabs["hazards"]
    assert load_settings(window.store).office_name == "青石镇应急管理办公室"


def test_demo_step_opens_a_separate_demo_database(
    qtbot, window, ui_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    office = ui_store.path
    run_modal(window.findChild(QAction, "firstRunAction").trigger, _walk(qtbot, "demo"))
    qtbot.waitUntil(lambda: window.store.path != office, timeout=60000)
    demo = window.store.path
    assert demo is not None and demo.parent != office.parent
    assert demo.parent.parent == tmp_path / "data"  # beside the data folder
    assert not is_empty(window.store)
    office_store = Store.open(office)
    try:
        assert is_empty(office_store)  # the demo's rows never went into the office's file
        assert load_settings(office_store).office_name == "青石镇应急管理办公室"
    finally:
        office_store.close()


def test_records_from_defaults_to_today_in_english(qtbot, ui_store: Store) -> None:
    from emergency_desk.ui.shell.lang import set_ui_lang
    from emergency_desk.ui.shell.translations import install_translators

    set_ui_lang("en")
    install_translators(QApplication.instance(), "en")
    wizard = FirstRunWizard(ui_store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "First-run setup"
    assert wizard.office.records_from.date().toPython() == dt.date.today()
    assert wizard.office.records_from.displayFormat() == "d MMM yyyy"
    available = wizard.screen().availableGeometry()
    assert wizard.width() <= available.width() and wizard.height() <= available.height()


def test_first_start_asks_the_operator_in_the_setup_not_in_a_second_dialog(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new office's first start: the setup's first page has the operator's name; the
    separate operator dialog stays away, before the setup and after it."""
    from PySide6.QtWidgets import QInputDialog

    from emergency_desk.ui.safety.data_safety import prompt_operator
    from emergency_desk.ui.settings.first_run import offer_first_run

    asked: list[str] = []

    def get_text(*_a, **_k):  # type: ignore[no-untyped-def]
        asked.append("operator dialog")
        return "不该问", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    prompt_operator(window)  # scheduled at start beside the setup: silent while it is due
    assert asked == []

    def walk(wizard: QDialog) -> None:
        assert isinstance(wizard, FirstRunWizard)
        assert wizard.currentPage() is wizard.office
        assert wizard.office.operator.isVisible()
        label = wizard.office.layout().itemAt(0).layout().labelForField(wizard.office.operator)
        assert label.text() == "当前操作员"
        wizard.office.operator.clear()
        type_text(qtbot, wizard.office.operator, "李文书")
        _walk(qtbot, "start")(wizard)

    run_modal(lambda: offer_first_run(window), walk)
    assert asked == []
    assert window.store.operator == "李文书"
    assert load_settings(window.store).operator == "李文书"
    prompt_operator(window)  # the next start: the name is there, nothing asked
    assert asked == []
    window.store.insert("plans", {"title": "有人名", "level": "overall"})
    assert window.store.audit_page()[0]["operator"] == "李文书"


def test_operator_dialog_asks_when_no_setup_runs(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office that already has its name (an older database): the setup does not run,
    so the operator's name is asked in its own dialog, once."""
    from PySide6.QtWidgets import QInputDialog

    from emergency_desk.ui.safety.data_safety import prompt_operator
    from emergency_desk.ui.settings.first_run import offer_first_run

    window.store.set_setting("office_name", "青石镇应急管理办公室")
    asked: list[str] = []

    def get_text(*_a, **_k):  # type: ignore[no-untyped-def]
        asked.append("operator dialog")
        return "王值班", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    offer_first_run(window)  # not due: returns without a wizard
    assert QApplication.activeModalWidget() is None
    prompt_operator(window)
    prompt_operator(window)
    assert asked == ["operator dialog"]
    assert window.store.operator == "王值班"
