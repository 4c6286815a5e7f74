"""叫应 from a warning: call back everyone responsible in the villages it concerns, then
record each answer with one key as the calls are made.

The duty officer works down the list on the phone: Y (or the 已应答 button) records that
the selected person answered now, N that nobody answered, and the selection moves to the
next row, so a village's calls are logged as fast as they are made. Unanswered rows are
shown in red until someone answers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...rules.settings import village_list
from ...store import NotFoundError, Store, StoreError
from ...store.callbacks import call_back, people_to_call, record_answer, villages_with_people
from ..shell.lang import ui_lang
from ..widgets.dialog_parts import error_text
from .children_dialog import ChildrenDialog
from .register_tab import RegisterTab


def now_minute() -> str:
    """The moment an answer is recorded, as call-back times are stored (to the minute)."""
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


class VillagePicker(QDialog):
    """The villages a warning concerns, every one ticked to begin with; the label says how
    many people will be called."""

    def __init__(self, store: Store, warning_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.warning_id = warning_id
        self.setObjectName("villagePicker")
        self.setWindowTitle(self.tr("Call back — villages concerned"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Everyone active as village lead, responsible person or monitor in the "
                    "ticked villages will be added to the call-back list."
                ),
                self,
            )
        )
        self.villages = QListWidget(self)
        self.villages.setObjectName("villages")
        for name in village_list(store) or villages_with_people(store):
            item = QListWidgetItem(name, self.villages)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.villages.itemChanged.connect(lambda _item: self._count())
        layout.addWidget(self.villages, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("All"), self)
        self.none_button = QPushButton(self.tr("None"), self)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("callCount")
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add to call-back list"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._count()
        self.resize(420, 460)

    def chosen(self) -> list[str]:
        items = (self.villages.item(i) for i in range(self.villages.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_chosen(self, names: list[str]) -> None:
        for i in range(self.villages.count()):
            item = self.villages.item(i)
            checked = item.text() in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _tick_all(self, on: bool) -> None:
        self.set_chosen(
            [self.villages.item(i).text() for i in range(self.villages.count())] if on else []
        )

    def _count(self) -> None:
        n = len(people_to_call(self.store, self.warning_id, self.chosen()))
        self.count_label.setText(
            self.tr("%n person(s) to call who are not on the list yet.", "", n)
        )
        self.ok_button.setEnabled(n > 0)


def call_back_everyone(store: Store, warning_id: int, parent: QWidget) -> list[int] | None:
    """Ask which villages, then add their people to the warning's call-backs; the new
    rows' ids, or None if the user cancelled or the write was refused (said so)."""
    picker = VillagePicker(store, warning_id, parent)
    try:
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        villages = picker.chosen()
    finally:
        picker.deleteLater()
    try:
        return call_back(store, warning_id, villages, now_minute())
    except (StoreError, NotFoundError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("WarningDialog", "Call back"),
            error_text(exc, ui_lang()),
        )
        return None


class WarningDialog(ChildrenDialog):
    """A warning's form with its call-backs, the 叫应 button and the one-key answers."""

    def __init__(
        self,
        store: Store,
        table_name: str = "warnings",
        record_id: int | None = None,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, table_name, record_id, parent, defaults, **kwargs)
        self.callbacks = self.panels["warning_callbacks"]
        panel = self.callbacks
        panel.model.set_flagger(lambda row: None if row.get("answered") == "yes" else "overdue")
        row = QHBoxLayout()
        self.call_button = QPushButton(self.tr("Call back everyone…"), self)
        self.call_button.setObjectName("callBack")
        self.call_button.setToolTip(
            self.tr(
                "Add every village lead, responsible person and monitor of the villages concerned"
            )
        )
        self.answered_button = QPushButton(self.tr("Answered now (Y)"), self)
        self.answered_button.setObjectName("answeredNow")
        self.no_answer_button = QPushButton(self.tr("No answer (N)"), self)
        self.no_answer_button.setObjectName("noAnswer")
        for b in (self.call_button, self.answered_button, self.no_answer_button):
            row.addWidget(b)
        row.addStretch(1)
        self.tally = QLabel(self)
        self.tally.setObjectName("callTally")
        row.addWidget(self.tally)
        box = panel.layout()
        assert isinstance(box, QVBoxLayout)
        box.insertLayout(0, row)
        self.call_button.clicked.connect(self.call_everyone)
        self.answered_button.clicked.connect(lambda: self.answer(True))
        self.no_answer_button.clicked.connect(lambda: self.answer(False))
        panel.view.installEventFilter(self)  # Y / N on the list: one key per answer
        panel.model.modelReset.connect(self._update_tally)
        self._update_tally()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.callbacks.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            no_modifier = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if no_modifier and event.key() in (Qt.Key.Key_Y, Qt.Key.Key_N):
                self.answer(event.key() == Qt.Key.Key_Y)
                return True
        return super().eventFilter(watched, event)

    def call_everyone(self) -> list[int]:
        """叫应: save a new warning first (the rows need its id), then add the people."""
        warning_id = self.callbacks.add_parent() if self.record_id is None else self.record_id
        if warning_id is None:
            return []
        made = call_back_everyone(self.store, warning_id, self) or []
        if made:
            self.callbacks.select_record(made[0])
            self.callbacks.view.setFocus()
        return made

    def answer(self, answered: bool) -> None:
        """The selected person answered now (or did not); move on to the next row."""
        panel = self.callbacks
        callback_id = panel.current_id()
        if callback_id is None:
            return
        row = panel.model.row_of(callback_id)
        try:
            record_answer(self.store, callback_id, answered, now_minute())
        except (StoreError, NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Call back"), error_text(exc, self.lang))
            return
        panel.model.refresh()
        if row is not None and row + 1 < panel.model.rowCount():
            panel.select_row(row + 1)
        elif row is not None:
            panel.select_row(row)

    def _update_tally(self) -> None:
        rows = [self.callbacks.model.row_dict(r) for r in range(self.callbacks.model.rowCount())]
        answered = sum(1 for r in rows if r and r.get("answered") == "yes")
        self.tally.setText(
            self.tr("%n called", "", len(rows)) + self.tr(", %n answered", "", answered)
        )


def _call_back_from_list(store: Store, record_id: int, tab: RegisterTab) -> WarningDialog:
    """From the list: add the people, then open the warning's form to record the answers."""
    dialog = WarningDialog(store, "warnings", record_id, tab)
    made = call_back_everyone(store, record_id, tab)
    if made:
        dialog.callbacks.select_record(made[0])
    return dialog


def install_callback_button(tab: RegisterTab) -> None:
    tab.callback_button = tab.add_record_action(
        "callBackList",
        QCoreApplication.translate("RegisterTab", "Call back…"),
        QCoreApplication.translate(
            "RegisterTab", "Call back the people responsible for the selected warning"
        ),
        QCoreApplication.translate("RegisterTab", "Call back"),
        QCoreApplication.translate("RegisterTab", "Select a warning in the list first."),
        _call_back_from_list,
    )
