"""Settings: the office's name and operator, and the intervals the rules use.

Saved in the database (not on the PC), so every computer that opens the office's file
judges "overdue" the same way and the report carries the same office name.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...rules.settings import (
    DEFAULTS,
    SPECS_BY_NAME,
    RuleSettings,
    SettingError,
    load_settings,
    save_settings,
)
from ...store import Store, StoreError
from ..shell.lang import ui_lang
from ..shell.language_choice import LanguageBox
from ..widgets.dialog_parts import error_label, save_cancel_buttons
from ..widgets.screen_fit import fit_to_screen

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Office",
        (
            "office_name",
            "office_name_en",
            "region",
            "area_code",
            "level",
            "villages",
            "records_from",
            "report_author",
            "operator",
        ),
    ),
    (
        "Plans and drills",
        ("review_years", "review_due_soon_days", "drill_years_special", "drill_years_natural"),
    ),
    ("Hazards and materials", ("hazard_due_soon_days", "material_expiring_days")),
    (
        "Duty",
        (
            "report_minutes_especially_major",
            "report_minutes_major",
            "report_minutes_larger",
            "report_minutes_general",
            "roster_lookback_days",
        ),
    ),
    (
        "Teams, shelters and risk points",
        (
            "team_training_months",
            "officer_training_months",
            "shelter_inspection_months",
            "cards_renewal_months",
        ),
    ),
)


def _follow_number(spin: QSpinBox, unit: str, lang: str) -> None:
    """The unit after the number, singular for 1 in English ("1 year", "3 years")."""

    def update(value: int) -> None:
        single = lang == "en" and value == 1 and unit.endswith("s")
        spin.setSuffix(" " + (unit[:-1] if single else unit))

    spin.valueChanged.connect(update)
    update(spin.value())


SettingInput = QLineEdit | QSpinBox | QComboBox | QPlainTextEdit


def _value(widget: SettingInput) -> object:
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    return widget.text().strip()


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.inputs: dict[str, SettingInput] = {}
        titles = {
            "Office": self.tr("Office"),
            "Plans and drills": self.tr("Plans and drills"),
            "Hazards and materials": self.tr("Hazards and materials"),
            "Duty": self.tr("Duty: report-up limits"),
            "Teams, shelters and risk points": self.tr("Teams, shelters and risk points"),
        }
        layout = QVBoxLayout(self)
        # The sections scroll; Save and Cancel stay in view (seen below a 768 px screen).
        content = QWidget(self)
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        for title, names in SECTIONS:
            box = QGroupBox(titles[title], content)
            form = QFormLayout(box)
            for name in names:
                spec = SPECS_BY_NAME[name]
                widget: SettingInput
                if spec.choices:
                    widget = QComboBox(box)
                    for key, _zh, _en in spec.choices:
                        widget.addItem(spec.choice_label(key, self.lang), key)
                elif spec.lines:
                    widget = QPlainTextEdit(box)
                    widget.setTabChangesFocus(True)
                    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 5 + 12)
                    widget.setPlaceholderText(self.tr("One village or community per line"))
                elif spec.is_text:
                    widget = QLineEdit(box)
                    widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 42)
                    if spec.digits:
                        widget.setMaxLength(spec.digits + 4)  # room to see a mistyped one
                        widget.setPlaceholderText("431021104000")
                    if spec.date:  # empty: from the day the database was made
                        widget.setPlaceholderText("2026-01-01")
                else:
                    spin = QSpinBox(box)
                    spin.setRange(spec.minimum, spec.maximum)
                    _follow_number(spin, spec.suffix(self.lang), self.lang)
                    spin.setToolTip(
                        self.tr("Default: {value}").format(value=getattr(DEFAULTS, name))
                    )
                    widget = spin
                widget.setObjectName(f"setting_{name}")
                form.addRow(spec.label(self.lang), widget)
                self.inputs[name] = widget
            sections.addWidget(box)
        self.language_box = LanguageBox(content)  # per user, not in the database
        sections.addWidget(self.language_box)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("Restore default intervals"), self)
        self.defaults_button.setObjectName("restoreDefaults")
        self.defaults_button.clicked.connect(self.restore_defaults)
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        buttons = save_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        row.addWidget(buttons)
        layout.addLayout(row)
        self.setMinimumWidth(560)  # the office's English name fits without scrolling
        bar = scroll.verticalScrollBar().sizeHint().width()
        below = row.sizeHint().height() + 3 * layout.spacing() + 2 * layout.contentsMargins().top()
        hint = content.sizeHint()
        fit_to_screen(self, hint.width() + bar + 24, hint.height() + below, centre=True)
        self.load(load_settings(store))
        if store.read_only:
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.error_label.setText(
                self.tr("The database is open read-only; settings cannot be saved.")
            )
            self.error_label.show()

    def load(self, settings: RuleSettings) -> None:
        for name, widget in self.inputs.items():
            value = getattr(settings, name)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            else:
                widget.setText(str(value or ""))

    def restore_defaults(self) -> None:
        for name, widget in self.inputs.items():
            if isinstance(widget, QSpinBox):
                widget.setValue(int(getattr(DEFAULTS, name)))

    def settings(self) -> RuleSettings:
        return RuleSettings(**{name: _value(w) for name, w in self.inputs.items()})

    def accept(self) -> None:
        try:
            save_settings(self.store, self.settings())
        except (SettingError, StoreError) as exc:
            self.error_label.setText(exc.message(self.lang))
            self.error_label.show()
            return
        self.language_box.apply()
        super().accept()
