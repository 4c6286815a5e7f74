"""The hazard's status dialog: the next steps as buttons, what each step needs, the history.

Users move a hazard forward (整改中 → 已整改 → 已销号) or send it back with a reason;
the store decides what is allowed and this screen shows its refusal next to the field
it concerns, leaving the hazard as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES, ValidationError
from ...store import Store, StoreError
from ...store.workflows import WorkflowError, change_hazard_status, hazard_history, hazard_moves
from ..shell.lang import format_date, format_datetime, ui_lang
from ..widgets.date_editors import DateEditor
from ..widgets.dialog_parts import error_label, set_rows
from ..widgets.record_form import ERROR_STYLE, _set_invalid
from ..widgets.screen_fit import fit_to_screen
from .register_tab import RegisterTab

STATUS_COLOURS = {
    "open": "#c62828",
    "rectifying": "#b26a00",
    "rectified": "#2e7d32",
    "closed": "#546e7a",
}


class HazardWorkflowDialog(QDialog):
    def __init__(self, store: Store, hazard_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.hazard_id = hazard_id
        self.lang = ui_lang()
        self.table = TABLES["hazards"]
        self.setObjectName("hazardWorkflow")
        self.setStyleSheet(ERROR_STYLE)
        name = str(store.get("hazards", hazard_id).get("name") or "")
        self.setWindowTitle(self.tr("Hazard status — {name}").format(name=name[:40]))
        self.move_buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("hazardSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        box = QGroupBox(self.tr("Next step"), self)
        form = QFormLayout(box)
        self.date_edit = DateEditor(self.table.field("rectified_on"), box)
        self.date_edit.setObjectName("rectifiedOn")
        self.verifier_edit = QLineEdit(box)
        self.verifier_edit.setObjectName("verifiedBy")
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(
            self.tr("Required when sending the hazard back; optional otherwise")
        )
        form.addRow(self.table.field("rectified_on").label(self.lang), self.date_edit)
        form.addRow(self.table.field("verified_by").label(self.lang), self.verifier_edit)
        form.addRow(self.tr("Reason / note"), self.reason_edit)
        self.buttons_row = QHBoxLayout()
        form.addRow(self.buttons_row)
        self.error_label = error_label(box, "workflowError")
        form.addRow(self.error_label)
        layout.addWidget(box)

        history_box = QGroupBox(self.tr("Status history"), self)
        hv = QVBoxLayout(history_box)
        self.history = QTableWidget(0, 4, history_box)
        self.history.setObjectName("statusHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Change"), self.tr("Reason / note"), self.tr("By")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setColumnWidth(0, 140)
        self.history.setColumnWidth(1, 170)
        hv.addWidget(self.history)
        layout.addWidget(history_box, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.date_edit.edited.connect(lambda: self.show_error(None))
        self.verifier_edit.textEdited.connect(lambda _t: self.show_error(None))
        self.reason_edit.textEdited.connect(lambda _t: self.show_error(None))
        fit_to_screen(self, 640, 560)
        self.reload()

    def status_label(self, status: str | None) -> str:
        return self.table.field("status").choice_label(status, self.lang)

    def reload(self) -> None:
        row = self.store.get("hazards", self.hazard_id)
        status = row.get("status") or "open"
        colour = STATUS_COLOURS.get(status, "#333")
        deadline = format_date(row.get("deadline"), self.lang) or "—"
        self.summary.setText(
            f"<b>{row['name']}</b><br>"
            + self.tr("Status: {status}　Deadline: {deadline}").format(
                status=f'<b style="color:{colour}">{self.status_label(status)}</b>',
                deadline=deadline,
            )
        )
        if row.get("rectified_on"):
            self.date_edit.set_value(row["rectified_on"])
        elif status in ("open", "rectifying"):
            self.date_edit.set_value(None)
        self.verifier_edit.setText(row.get("verified_by") or "")
        self._fill_buttons(status)
        self._fill_history()

    def _fill_buttons(self, status: str) -> None:
        while self.buttons_row.count():
            item = self.buttons_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.move_buttons.clear()
        for to, back in hazard_moves(status):
            label = self.status_label(to)
            text = (
                self.tr("Send back to “{status}”…").format(status=label)
                if back
                else self.tr("Mark “{status}”").format(status=label)
            )
            button = QPushButton(text, self)
            button.setObjectName(f"move_{to}")
            button.clicked.connect(lambda _c=False, t=to: self.move(t))
            self.buttons_row.addWidget(button)
            self.move_buttons[to] = button
        if not self.move_buttons:
            self.buttons_row.addWidget(QLabel(self.tr("No further step."), self))
        self.buttons_row.addStretch(1)

    def _fill_history(self) -> None:
        rows = []
        for h in hazard_history(self.store, self.hazard_id):
            change = (
                self.status_label(h["to_status"])
                if not h["from_status"]
                else f"{self.status_label(h['from_status'])} → {self.status_label(h['to_status'])}"
            )
            when = format_datetime(h["at"], self.lang)
            rows.append([when, change, h.get("reason") or "", h.get("operator") or ""])
        set_rows(self.history, rows)

    def show_error(
        self, message: str | None, fields: set[str] | frozenset[str] = frozenset()
    ) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        _set_invalid(self.date_edit.input, "rectified_on" in fields)
        _set_invalid(self.verifier_edit, "verified_by" in fields)
        _set_invalid(self.reason_edit, "reason" in fields)

    def move(self, to: str) -> bool:
        """Try the step; on refusal say why next to the field and change nothing."""
        try:
            change_hazard_status(
                self.store,
                self.hazard_id,
                to,
                on=self.date_edit.value(),
                verified_by=self.verifier_edit.text(),
                reason=self.reason_edit.text(),
            )
        except ValidationError as exc:
            self.show_error("\n".join(exc.messages(self.lang)), exc.fields())
            return False
        except WorkflowError as exc:
            fields = {"reason"} if exc.code == "reason_required" else set()
            self.show_error(exc.message(self.lang), fields)
            return False
        except StoreError as exc:
            self.show_error(exc.message(self.lang))
            return False
        self.show_error(None)
        self.reason_edit.clear()
        self.reload()
        return True


def install_hazard_workflow(tab: RegisterTab) -> None:
    tab.status_button = tab.add_record_action(
        "hazardStatus",
        RegisterTab.tr("Status…"),
        RegisterTab.tr("Move the selected hazard to its next step, or reopen it"),
        RegisterTab.tr("Hazard status"),
        RegisterTab.tr("Select a hazard in the list first."),
        HazardWorkflowDialog,
    )
