"""What an export asks first: which rows, which language, and whether ID numbers go in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..shell.lang import ui_lang


class ExportDialog(QDialog):
    """Which rows (the current view or all) and which language for headers and values."""

    def __init__(
        self,
        shown: int,
        total: int,
        filtered: bool,
        parent: QWidget | None = None,
        personal: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(self.tr("Export"))
        form = QFormLayout(self)
        self.view_radio = QRadioButton(self.tr("Rows shown now ({n})").format(n=shown), self)
        self.all_radio = QRadioButton(self.tr("All records ({n})").format(n=total), self)
        self.view_radio.setChecked(filtered)
        self.all_radio.setChecked(not filtered)
        self.view_radio.setEnabled(filtered)
        rows_box = QWidget(self)
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.view_radio)
        rows_layout.addWidget(self.all_radio)
        form.addRow(self.tr("Rows:"), rows_box)
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("exportLang")
        self.lang_combo.addItem(self.tr("Chinese headers and values"), "zh")
        self.lang_combo.addItem(self.tr("English headers and values"), "en")
        self.lang_combo.addItem(self.tr("Field keys (for other programs)"), "keys")
        self.lang_combo.setCurrentIndex(0 if ui_lang() == "zh" else 1)
        form.addRow(self.tr("Language:"), self.lang_combo)
        # ID numbers are personal data: out of the file unless the user asks, and then logged.
        self.personal_box = QCheckBox(self.tr("Include ID numbers (recorded in the audit log)"))
        self.personal_box.setObjectName("includeIdNumbers")
        self.personal_box.setVisible(personal)
        form.addRow(self.personal_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    @property
    def whole_register(self) -> bool:
        return self.all_radio.isChecked()

    @property
    def include_personal(self) -> bool:
        return not self.personal_box.isHidden() and self.personal_box.isChecked()
