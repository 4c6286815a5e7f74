"""The duty officer's tools: log a call fast, stamp "reported up", hand over, print the day.

A call is logged while the caller is still on the line, so the quick entry is one
keyboard-only form: the time is already filled with now, Tab moves on, Enter saves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...rules.settings import load_settings
from ...schema import TABLES, ValidationError
from ...store import Store, StoreError
from ...store.workflows import (
    WorkflowError,
    mark_reported_up,
    minute_now,
    open_duty_entries,
    record_handover,
)
from ..shell.lang import format_date, format_datetime, ui_lang
from ..widgets.date_editors import DateTimeEditor
from ..widgets.date_entry import TypedDateEdit, localize
from ..widgets.dialog_parts import ask_yes_no, error_label, error_text, save_cancel_buttons
from ..widgets.save_dialogs import ask_save_path
from ..widgets.screen_fit import fit_to_screen
from .register_tab import RegisterTab

# What happened first (the officer types it while listening), then who called, then
# what was done. Tab walks this order; the channel defaults to the phone and is rarely changed.
QUICK_FIELDS = (
    "received_at",
    "type",
    "level",
    "summary",
    "location",
    "reporter",
    "reporter_phone",
    "channel",
    "action_taken",
    "handled_by",
)
FIRST_TYPED = "type"  # the time is already now; what happened is the first thing typed
_FUTURE_SLACK = dt.timedelta(minutes=5)  # a clock a little ahead is not a typing slip


class QuickEntryDialog(QDialog):
    """One call, keyboard only: Enter saves from any field.

    The received time is the forms' date-time editor (``2026年11月4日 14:30``), so it can
    only hold a real time; a time later than now is a slip of a digit and is said under it.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.table = TABLES["duty_log"]
        self.record_id: int | None = None
        self.setObjectName("quickEntry")
        self.setWindowTitle(self.tr("Log a call"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.received = DateTimeEditor(self.table.field("received_at"), self)
        self.received.set_value(minute_now())
        self.received.setToolTip(self.tr("When the call came in; now unless you change it"))
        self.received.edited.connect(self._check_time)
        self.time_error = error_label(self, "quickTimeError")
        time_box = QWidget(self)
        time_layout = QVBoxLayout(time_box)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.setSpacing(2)
        time_layout.addWidget(self.received)
        time_layout.addWidget(self.time_error)
        for key in QUICK_FIELDS:
            f = self.table.field(key)
            label = f.label(self.lang) + (" *" if f.required else "")
            if key == "received_at":
                form.addRow(label, time_box)
                continue
            if f.choices:
                combo = QComboBox(self)
                for c in f.choices:
                    combo.addItem(c.label(self.lang), c.key)
                default = f.default or ("other" if key == "type" else None)
                combo.setCurrentIndex(max(combo.findData(default), 0))
                widget: QLineEdit | QComboBox = combo
            else:
                widget = QLineEdit(self)
                widget.setMaxLength(f.max_length if f.type.value != "longtext" else 20000)
            widget.setObjectName(f"quick_{key}")
            form.addRow(label, widget)
            self.inputs[key] = widget
        handled = self.inputs["handled_by"]
        assert isinstance(handled, QLineEdit)
        handled.setText(store.operator or "")
        layout.addLayout(form)
        self.error_label = error_label(self, "quickError")
        layout.addWidget(self.error_label)
        hint = QLabel(self.tr("Enter saves · Esc cancels"), self)
        hint.setStyleSheet("color: #777;")
        layout.addWidget(hint)
        buttons = save_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        layout.addWidget(buttons)
        self.tab_chain: list[QWidget] = [self.field_widget(k) for k in QUICK_FIELDS]
        self.tab_chain += [save, buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in zip(self.tab_chain, self.tab_chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.field_widget(FIRST_TYPED).setFocus()
        self.resize(560, 0)
        self._initial = self.values()

    def field_widget(self, key: str) -> QWidget:
        """The widget that takes the keyboard for ``key``."""
        return self.received.input if key == "received_at" else self.inputs[key]

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"received_at": self.received.value()}
        for key, widget in self.inputs.items():
            out[key] = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
        return out

    def _check_time(self) -> bool:
        """Say under the time field when it is later than now; ``True`` when it is fine."""
        value = self.received.value()
        late = value is not None and dt.datetime.strptime(value, "%Y-%m-%d %H:%M") > (
            dt.datetime.now() + _FUTURE_SLACK
        )
        if late:
            self.time_error.setText(
                self.tr("{at} is later than now. Check the date and the hour of the call.").format(
                    at=format_datetime(value, self.lang)
                )
            )
        self.time_error.setVisible(late)
        return not late

    def keyPressEvent(self, event: Any) -> None:
        # Enter saves from a combo box too (Qt would otherwise open or ignore it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if not self._check_time():
            self.received.input.setFocus()
            return
        try:
            self.record_id = self.store.insert("duty_log", self.values())
        except (ValidationError, StoreError) as exc:
            self.error_label.setText(error_text(exc, self.lang))
            self.error_label.show()
            first = next(iter(exc.fields()), None) if isinstance(exc, ValidationError) else None
            if first in QUICK_FIELDS:
                self.field_widget(first).setFocus()
            return
        super().accept()

    def reject(self) -> None:
        if self.values() != self._initial and not _discard_typed(self):
            return
        super().reject()


class HandoverDialog(QDialog):
    """The handover form: who to whom, the open entries to pass on, and notes."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.handover_id: int | None = None
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Shift handover"))
        fields = TABLES["duty_handovers"]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # The forms' date-time editor (2026年11月29日 13:26), now by default.
        self.at_edit = DateTimeEditor(fields.field("at"), self)
        self.at_edit.set_value(minute_now())
        self.at_edit.input.setObjectName("handoverAt")
        self.from_edit = QLineEdit(store.operator or "", self)
        self.from_edit.setObjectName("handoverFrom")
        self.to_edit = QLineEdit(self)
        self.to_edit.setObjectName("handoverTo")
        form.addRow(fields.field("at").label(self.lang) + " *", self.at_edit)
        form.addRow(fields.field("from_officer").label(self.lang) + " *", self.from_edit)
        form.addRow(fields.field("to_officer").label(self.lang) + " *", self.to_edit)
        layout.addLayout(form)
        self.entries = open_duty_entries(store)
        layout.addWidget(
            QLabel(
                self.tr("Open entries to hand over ({n}); tick the ones finished to close them:")
                .format(n=len(self.entries)),
                self,
            )
        )  # fmt: skip
        self.list = QListWidget(self)
        self.list.setObjectName("openEntries")
        for row in self.entries:
            summary = str(row.get("summary") or "").replace("\n", " ")
            item = QListWidgetItem(
                f"{format_datetime(row['received_at'], self.lang)}  {summary[:60]}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(fields.field("notes").label(self.lang), self))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("handoverNotes")
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on to Save, as in the forms
        self.notes_edit.setPlainText(self._default_notes())
        layout.addWidget(self.notes_edit, 1)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        hint = QLabel(self.tr("Enter saves (Ctrl+Enter in the notes) · Esc cancels"), self)
        hint.setStyleSheet("color: #777;")
        layout.addWidget(hint)
        buttons = save_cancel_buttons(self, self.tr("Save handover"), self.tr("Cancel"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.accept)
        self.to_edit.setFocus()  # the time is now and the outgoing officer is the operator
        fit_to_screen(self, 620, 560)
        self._initial = self._typed()

    def _default_notes(self) -> str:
        if not self.entries:
            return self.tr("No open entries.")
        lines = [self.tr("Open entries handed over:")]
        for row in self.entries:
            summary = str(row.get("summary") or "").replace("\n", " ")
            lines.append(f"- {format_datetime(row['received_at'], self.lang)} {summary[:60]}")
        return "\n".join(lines)

    def _typed(self) -> tuple[Any, ...]:
        return (
            self.at_edit.value(),
            self.from_edit.text(),
            self.to_edit.text(),
            self.notes_edit.toPlainText(),
            self.close_ids(),
        )

    def close_ids(self) -> tuple[int, ...]:
        ids = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def accept(self) -> None:
        try:
            self.handover_id = record_handover(
                self.store,
                at=self.at_edit.value() or "",
                from_officer=self.from_edit.text(),
                to_officer=self.to_edit.text(),
                notes=self.notes_edit.toPlainText(),
                close_ids=self.close_ids(),
            )
        except (ValidationError, StoreError) as exc:
            self.error_label.setText(error_text(exc, self.lang))
            self.error_label.show()
            return
        super().accept()

    def reject(self) -> None:
        if self._typed() != self._initial and not _discard_typed(self):
            return
        super().reject()


class DayLogDialog(QDialog):
    """Pick the day to print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayLogDialog")
        self.setWindowTitle(self.tr("Print day log"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The entries received on one day, with the roster and handovers, "
                "as a Word document to print and file."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        # Read as the lists read (2026年11月4日 / 4 Nov 2026); digits type it section by section.
        self.date_edit = TypedDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("dayLogDate")
        self.date_edit.setCalendarPopup(True)
        localize(self.date_edit, with_time=False)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setCurrentSectionIndex(0)  # typing starts at the year, as in the forms
        self.date_edit.setSelectedSection(self.date_edit.currentSection())
        self.date_edit.setFocus()
        form.addRow(self.tr("Day"), self.date_edit)
        layout.addLayout(form)
        self.setMinimumWidth(380)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save as Word…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")


def _discard_typed(dialog: QDialog) -> bool:
    """Esc on a half-typed call or handover asks first: nothing typed is lost by a slip."""
    answer = QMessageBox.question(
        dialog,
        QCoreApplication.translate("duty_quick_entry", "Discard what you typed?"),
        QCoreApplication.translate(
            "duty_quick_entry", "What you typed here has not been saved. Discard it?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


# -- the actions on the duty log tab ---------------------------------------------------
def quick_entry(tab: RegisterTab) -> int | None:
    dialog = QuickEntryDialog(tab.store, tab)
    dialog.exec()
    saved = dialog.record_id
    dialog.deleteLater()
    if saved is not None:
        tab.select_record(saved)
        tab.view.setFocus()  # F3 stamps it reported up; arrows and Enter work on the list
    return saved


def reported_up(tab: RegisterTab) -> None:
    entry_id = tab.current_id()
    lang = ui_lang()
    if entry_id is None:
        QMessageBox.information(
            tab, RegisterTab.tr("Reported up"), RegisterTab.tr("Select an entry first.")
        )
        return
    row = tab.store.get("duty_log", entry_id)
    overwrite = False
    if row.get("reported_up_at"):
        text = RegisterTab.tr(
            "This entry was already reported up at {at}. Replace it with now?"
        ).format(at=format_datetime(row["reported_up_at"], lang))
        if not ask_yes_no(tab, RegisterTab.tr("Reported up"), text):
            return
        overwrite = True
    to, ok = QInputDialog.getText(
        tab,
        RegisterTab.tr("Reported up"),
        TABLES["duty_log"].field("reported_to").label(lang),
        QLineEdit.EchoMode.Normal,
        row.get("reported_to") or "",
    )
    if not ok:
        return
    try:
        mark_reported_up(tab.store, entry_id, to=to.strip() or None, overwrite=overwrite)
    except (WorkflowError, ValidationError, StoreError) as exc:
        QMessageBox.warning(tab, RegisterTab.tr("Reported up"), error_text(exc, lang))


def handover(tab: RegisterTab) -> int | None:
    dialog = HandoverDialog(tab.store, tab)
    dialog.exec()
    saved = dialog.handover_id
    dialog.deleteLater()
    return saved


def print_day_log(tab: RegisterTab) -> Path | None:
    pick = DayLogDialog(tab)
    if pick.exec() != QDialog.DialogCode.Accepted:
        return None
    day = pick.day()
    lang = ui_lang()
    path = ask_save_path(
        tab,
        "print",
        RegisterTab.tr("Save day log"),
        f"值班日志_{day}.docx" if lang == "zh" else f"duty_log_{day}.docx",
        [(RegisterTab.tr("Word document (*.docx)"), ".docx")],
    )
    if path is None:
        return None
    from ...report.day_log import write_day_log  # python-docx loads when a log is printed
    from ...safe_write import FileWriteError

    try:
        n = write_day_log(tab.store, day, path, lang, load_settings(tab.store).office_name)
    except FileWriteError as exc:
        QMessageBox.warning(tab, RegisterTab.tr("Save day log"), exc.message(lang))
        return None
    except OSError as exc:
        QMessageBox.warning(
            tab,
            RegisterTab.tr("Save day log"),
            RegisterTab.tr("The file could not be written: {reason}").format(
                reason=exc.strerror or exc
            ),
        )
        return None
    QMessageBox.information(
        tab,
        RegisterTab.tr("Save day log"),
        RegisterTab.tr("Saved the log of {day} (%n entries) to {path}.", "", n).format(
            day=format_date(day, lang), path=path
        ),
    )
    return path


def install_duty_actions(tab: RegisterTab) -> None:
    actions = (
        ("quickEntry", RegisterTab.tr("Log a call"), RegisterTab.tr("Fast keyboard entry (F2)"), quick_entry),
        ("reportedUp", RegisterTab.tr("Reported up"), RegisterTab.tr("Stamp the selected entry as reported up now (F3)"), reported_up),
        ("handover", RegisterTab.tr("Handover…"), RegisterTab.tr("Hand the shift over with the open entries"), handover),
        ("dayLog", RegisterTab.tr("Print day log…"), RegisterTab.tr("One day's entries as a Word document"), print_day_log),
    )  # fmt: skip
    made: dict[str, QPushButton] = {}
    for name, text, tip, slot in actions:
        button = QPushButton(text, tab)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False, s=slot: s(tab))
        tab.add_tool_button(button)
        setattr(tab, f"{name}_button", button)  # tests and keyboard users find them by name
        made[name] = button
    # F2 and F3 are the window's (duty_keys), so they work from every tab.
    up = made["reportedUp"]
    tab.current_changed.connect(lambda rid: up.setEnabled(rid is not None))
    up.setEnabled(tab.current_id() is not None)
