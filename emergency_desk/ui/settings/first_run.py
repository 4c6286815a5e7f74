"""The first start's short setup: who the office is, since when it keeps records, what next.

A new office otherwise meets "Emergency management office" on every page and alerts for
days before the program existed. On an empty database with no office name the setup
opens once the window is on screen (``offer_first_run``); Tools › First-run setup… opens
it again. Nothing is written until Finish: Cancel leaves the database as it was. The
values are checked by the settings' own rules (``rules.settings.check_value``), so the
setup, the Settings dialog and the ``settings`` command accept and refuse the same.

Next steps: import last year's spreadsheets (the register's own Import…, whose list also
offers the template), try things out in a demo database kept in a folder of its own beside
the data folder (never in the office's file), or start working.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ... import APP_NAME
from ...paths import user_data_dir
from ...rules.settings import (
    SPECS_BY_NAME,
    SettingError,
    check_value,
    load_settings,
    save_settings,
)
from ...schema import REGISTER_LIST
from ...store import Store, StoreError
from ..shell.lang import ui_lang
from ..widgets.date_entry import TypedDateEdit, localize
from ..widgets.dialog_parts import error_label
from ..widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

ASKED = ("office_name", "area_code", "level", "villages", "records_from", "operator")
NEXT_STEPS = ("import", "demo", "start")


def needs_first_run(store: Store) -> bool:
    """A writable database with no office name and no record yet: a new office's."""
    from ...demo import is_empty

    if store.read_only or str(store.get_setting("office_name", "") or "").strip():
        return False
    return is_empty(store)


def demo_database_path() -> Path:
    """The demo's file, in a folder of its own beside the per-user data folder."""
    data = user_data_dir()
    return data.with_name(f"{APP_NAME}-demo") / "demo.db"


class OfficePage(QWizardPage):
    """Name, area code, level, villages, records kept from: checked before Next."""

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(
            self.tr(
                "The summary, printouts and village lists use these. Settings can change them later."
            )
        )
        current = load_settings(store)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.name = QLineEdit(current.office_name, self)
        self.name.setObjectName("setup_office_name")
        self.name.setPlaceholderText(self.tr("e.g. 青石镇应急管理办公室"))
        self.area_code = QLineEdit(current.area_code, self)
        self.area_code.setObjectName("setup_area_code")
        self.area_code.setPlaceholderText("431021104000")
        self.area_code.setMaxLength(16)
        self.level = QComboBox(self)
        self.level.setObjectName("setup_level")
        spec = SPECS_BY_NAME["level"]
        for key, _zh, _en in spec.choices:
            self.level.addItem(spec.choice_label(key, lang), key)
        self.level.setCurrentIndex(max(0, self.level.findData(current.level)))
        self.villages = QPlainTextEdit(current.villages, self)
        self.villages.setObjectName("setup_villages")
        self.villages.setTabChangesFocus(True)
        self.villages.setPlaceholderText(self.tr("One village or community per line"))
        self.villages.setFixedHeight(self.villages.fontMetrics().lineSpacing() * 6 + 12)
        self.records_from = TypedDateEdit(self)
        self.records_from.setObjectName("setup_records_from")
        localize(self.records_from, with_time=False, lang=lang)
        self.records_from.setCalendarPopup(True)
        since = current.records_from or dt.date.today().isoformat()
        self.records_from.setDate(QDate.fromString(since, "yyyy-MM-dd"))
        since_note = QLabel(
            self.tr("No day before this is flagged as missing a roster or reported late."), self
        )
        since_note.setWordWrap(True)
        since_note.setEnabled(False)  # the grey of a note, not of a field
        # The operator's name is asked here, not in a second dialog over the Overview
        # (``data_safety.prompt_operator`` stays silent while the setup is due).
        self.operator = QLineEdit(current.operator or store.os_user, self)
        self.operator.setObjectName("setup_operator")
        operator_note = QLabel(self.tr("Your name, recorded with each change you make."), self)
        operator_note.setWordWrap(True)
        operator_note.setEnabled(False)
        label = SPECS_BY_NAME
        form.addRow(label["office_name"].label(lang), self.name)
        form.addRow(label["area_code"].label(lang), self.area_code)
        form.addRow(label["level"].label(lang), self.level)
        form.addRow(label["villages"].label(lang), self.villages)
        form.addRow(label["records_from"].label(lang), self.records_from)
        form.addRow("", since_note)
        form.addRow(label["operator"].label(lang), self.operator)
        form.addRow("", operator_note)
        self.error = error_label(self, "setupError")
        form.addRow(self.error)

    def values(self) -> dict[str, object]:
        return {
            "office_name": self.name.text(),
            "area_code": self.area_code.text(),
            "level": self.level.currentData(),
            "villages": self.villages.toPlainText(),
            "records_from": self.records_from.date().toString("yyyy-MM-dd"),
            "operator": self.operator.text(),
        }

    def checked(self) -> dict[str, object]:
        """The values as they will be stored, or ``SettingError``; the name is required."""
        out = {
            name: check_value(SPECS_BY_NAME[name], value) for name, value in self.values().items()
        }
        if not out["office_name"]:
            raise _NameMissing(SPECS_BY_NAME["office_name"], "")
        return out

    def validatePage(self) -> bool:
        try:
            self.checked()
        except SettingError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            return False
        self.error.hide()
        return True


class _NameMissing(SettingError):
    def message(self, lang: str = "zh") -> str:
        if lang == "zh":
            return "请填写单位名称：总结的标题和落款都要用到。"
        return "Enter the office's name: the summary's title and signature use it."


class NextStepsPage(QWizardPage):
    """What to do first: import, a demo to try things out, or start working."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What next?"))
        self.setSubTitle(self.tr("Finish saves the settings, then does what you choose here."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        texts = {
            "import": self.tr("Import last year's ledger from a spreadsheet"),
            "demo": self.tr("Try things out in a separate demo database"),
            "start": self.tr("Start working"),
        }
        notes = {
            "import": self.tr(
                "Opens the chosen list's Import…; its Download template gives a sheet "
                "with the right columns."
            ),
            "demo": self.tr(
                "Sample data in a file of its own, never in your office's database. "
                "Come back through File › Recent files."
            ),
            "start": self.tr("Begin with an empty ledger; Help › User guide (F1) shows how."),
        }
        self.buttons: dict[str, QRadioButton] = {}
        for step in NEXT_STEPS:
            button = QRadioButton(texts[step], self)
            button.setObjectName(f"setup_next_{step}")
            self.group.addButton(button)
            self.buttons[step] = button
            layout.addWidget(button)
            note = QLabel(notes[step], self)
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(note)
            if step == "import":
                self.register = QComboBox(self)
                self.register.setObjectName("setup_import_register")
                for reg in REGISTER_LIST:
                    self.register.addItem(reg.label(lang), reg.name)
                self.register.setCurrentIndex(max(0, self.register.findData("hazards")))
                layout.addWidget(self.register)
                button.toggled.connect(self.register.setEnabled)
                self.register.setEnabled(False)
        self.buttons["start"].setChecked(True)
        layout.addStretch(1)

    def step(self) -> str:
        return next(s for s, b in self.buttons.items() if b.isChecked())


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("First-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.office = OfficePage(store, self.lang, self)
        self.next_steps = NextStepsPage(self.lang, self)
        self.addPage(self.office)
        self.addPage(self.next_steps)
        self.chosen = "start"
        fit_to_screen(self, 640, 500, centre=True)

    def accept(self) -> None:
        try:
            values = self.office.checked()
            save_settings(self.store, load_settings(self.store).replace(**values))
            self.store.set_setting("operator_asked", True)  # asked here: never again
        except (SettingError, StoreError) as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.lang))
            return
        self.chosen = self.next_steps.step()
        super().accept()


def run_first_run(window: MainWindow) -> str | None:
    """The setup on the window's database; then the chosen next step. Returns the step
    (``None`` when cancelled)."""
    if window.store.read_only:
        QMessageBox.information(
            window,
            QCoreApplication.translate("FirstRunWizard", "First-run setup"),
            QCoreApplication.translate(
                "FirstRunWizard", "The database is open read-only; settings cannot be saved."
            ),
        )
        return None
    wizard = FirstRunWizard(window.store, window)
    done = wizard.exec() == QWizard.DialogCode.Accepted
    step, register = wizard.chosen, wizard.next_steps.register.currentData()
    wizard.deleteLater()
    if not done:
        return None
    if step == "import":
        start_import(window, str(register))
    elif step == "demo":
        open_demo(window)
    return step


def start_import(window: MainWindow, register: str) -> None:
    """Show the register's list and its Import… (the list also has Download template)."""
    if window.import_export is None:
        return
    controller = window.import_export[register]
    window.tabs.setCurrentWidget(window.register_tabs[register])
    controller.import_file()


def open_demo(window: MainWindow) -> None:
    """Fill the demo file (once) off the GUI thread, then open it in the window."""
    from ..shell.ops import Op

    path = demo_database_path()

    def fill(_ctx: object) -> Path:
        from ...demo import fill_demo, is_empty

        path.parent.mkdir(parents=True, exist_ok=True)
        demo = Store.open(path)
        try:
            if is_empty(demo):
                fill_demo(demo)
        finally:
            demo.close()
        return path

    def opened(demo: Path) -> None:
        if window.switch_database(demo):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "FirstRunWizard",
                    "This is the demo database. Your office's file is under File › Recent files.",
                )
            )

    def failed(exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FirstRunWizard", "Demo database"),
            message(ui_lang()) if callable(message) else str(exc),
        )

    title = QCoreApplication.translate("FirstRunWizard", "Demo database")
    label = QCoreApplication.translate("FirstRunWizard", "Making the demo database…")
    Op(window, fill, name="demo-fill").success(opened).failure(failed).with_progress(
        title, label
    ).run_in_background()


def offer_first_run(window: MainWindow) -> None:
    """At start: the setup, if the database is a new office's (empty, no office name)."""
    if needs_first_run(window.store):
        run_first_run(window)
