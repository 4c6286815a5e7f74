"""The edit form of any record, built from its table's schema.

The store validates; the form only shows where it refused: a red border and the message
under each field concerned, the dialog kept open and nothing written. Subclasses add
panels for the records that belong to this one (a drill's actions, an item's stock).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES, Field, FieldType, ValidationError
from ...schema.validation import cross_checks, validate
from ...store import NotFoundError, Store, StoreError
from ..shell.lang import ui_lang
from .dialog_parts import error_text
from .duplicate_check import Duplicate, ask_about_duplicate, key_changed
from .field_editor_base import FieldEditor
from .field_editors import IntEditor, make_editor
from .personal_field import PersonalGuard, is_personal
from .record_titles import record_title
from .screen_fit import fit_to_screen, usable_height

# What a form with panels needs below its fields: the smallest panel, the buttons, margins.
PANEL_AND_BUTTONS = 300
BUTTONS_HEIGHT = 80  # Save / Cancel and the margins around them

ERROR_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QAbstractSpinBox[invalid="true"] { border: 1px solid #d32f2f; border-radius: 2px; }
QLabel#fieldError { color: #c62828; }
QLabel#formBanner { color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2c0;
                    border-radius: 3px; padding: 6px; }
"""


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


DATE_CHECKS = ("end_before_start", "date_in_future", "future_drill_held")


class RecordDialog(QDialog):
    """Create (``record_id=None``) or edit one record of ``table_name``."""

    saved = Signal(int)  # the record id, after a successful insert or update
    current_changed = Signal(object)  # as a list's: the record the form's tools act on

    def __init__(
        self,
        store: Store,
        table_name: str,
        record_id: int | None = None,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        *,
        hidden_fields: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = TABLES[table_name]
        self.record_id = record_id
        self.lang = ui_lang()
        self.defaults = dict(defaults or {})
        self.hidden_fields = set(hidden_fields)
        self.computed = set(self.table.computed)
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.personal: dict[str, PersonalGuard] = {}  # ID numbers, masked until revealed
        self.record: dict[str, Any] = {}
        self._dirty = False
        self._date_errors: set[str] = set()  # messages _check_dates put up (it takes them down)
        self.saved_early = False  # a new record saved before Save so sub-records can point at it
        self.setObjectName(f"dialog_{table_name}")
        self.setStyleSheet(ERROR_STYLE)
        self.setSizeGripEnabled(True)

        outer = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        self.scroll.setWidget(self.form_widget)
        outer.addWidget(self.scroll, 3)
        self._build_fields()

        # Panels of records that belong to this one go here (subclasses).
        self.extra_layout = QVBoxLayout()
        outer.addLayout(self.extra_layout, 2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self._load()
        self._update_title()
        self.resize(640, min(760, 140 + 44 * len(self.editors)))
        self._keyboard_ready = False
        if self.table.form_tools:  # 打印明白卡… on a risk point's form
            from ..registers.registry import resolve

            for path in self.table.form_tools:
                resolve(path)(self)

    def current_id(self) -> int | None:
        """The record the form's tools act on (none until a new one is saved)."""
        return self.record_id

    def add_tool_button(self, widget: QWidget) -> None:
        """A declared tool's button, beside Save and Cancel (what it prints is saved data)."""
        if isinstance(widget, QAbstractButton):
            self.buttons.addButton(widget, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.extra_layout.addWidget(widget)

    def showEvent(self, event: Any) -> None:
        if not self._keyboard_ready:  # once, when subclasses have added their panels
            self._keyboard_ready = True
            fit_to_screen(self)  # Save and Cancel within reach on a 1366×768 laptop
            self._buttons_last_in_tab_order()
            first = next((e.input for e in self.editors.values() if e.input.isEnabled()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)  # a date starts at its year
        super().showEvent(event)

    def _buttons_last_in_tab_order(self) -> None:
        """Tab walks the form, then the panels below it, then Save and Cancel, as on screen.

        The buttons are made before a subclass adds its panels, so Qt would put them first.
        """
        buttons = [b for b in self.buttons.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain: list[QWidget] = []
        w = self.nextInFocusChain()
        while w is not self and w not in chain:
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in buttons:
                chain.append(w)
            w = w.nextInFocusChain()
        order = chain + sorted(buttons, key=lambda b: b is not self.ok_button)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- building ----------------------------------------------------------------
    def _label_text(self, f: Field, text: str | None = None) -> str:
        text = text or f.label(self.lang)
        if f.required:
            return f'{text}<span style="color:#c62828"> *</span>'
        return text

    def _build_fields(self) -> None:
        for f in self.table.fields:
            if f.key in self.hidden_fields:
                continue
            if f.key in self.computed:
                self._build_computed(f)
                continue
            editor = make_editor(f, self.store)
            self._add_editor(f, editor)
            if f.assigned:
                editor.set_read_only(True)

    def _add_editor(self, f: Field, editor: FieldEditor, label: str | None = None) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        if is_personal(f):
            self.personal[f.key] = PersonalGuard(self.store, self.table.name, f, editor, box)
            v.addWidget(self.personal[f.key])
        else:
            v.addWidget(editor)
        error = QLabel(box)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        v.addWidget(error)
        if f.help(self.lang):
            editor.setToolTip(f.help(self.lang))
        caption = QLabel(self._label_text(f, label))
        caption.setBuddy(editor.input)
        self.form.addRow(caption, box)
        self.editors[f.key] = editor
        self.error_labels[f.key] = error
        editor.edited.connect(lambda key=f.key: self._field_edited(key))

    def _build_computed(self, f: Field) -> None:
        """A value the store derives; one declared ``typed_on_create`` (an item's opening
        stock) can be typed on creation."""
        if self.record_id is None and f.key in self.table.typed_on_create:
            opening = IntEditor(f)
            opening.setToolTip(self.tr("Recorded as the item's opening stock movement"))
            self._add_editor(f, opening, self.tr("Opening quantity"))
            return
        self.computed_label = QLabel()
        self.computed_label.setObjectName(f"computed_{f.key}")
        self.computed_label.setToolTip(f.help(self.lang))
        self.form.addRow(QLabel(f.label(self.lang)), self.computed_label)

    def fit_form(self) -> None:
        """With panels below, the form takes only the height it needs (scrolling if long)."""
        height = self.form_widget.sizeHint().height() + 6
        self.scroll.setMaximumHeight(height)
        # Most of a long form stays in view; the panel below makes do with fewer rows. On a
        # small screen both shrink, so the whole dialog (and its buttons) still fits.
        below = max(PANEL_AND_BUTTONS, self.extra_layout.minimumSize().height() + BUTTONS_HEIGHT)
        room = usable_height(self) - below
        # Never under four rows or so, which still leaves room at 150 % scaling (910×485).
        self.scroll.setMinimumHeight(max(min(height, 540, room), 110))
        self.layout().setStretchFactor(self.scroll, 1)

    # -- loading -----------------------------------------------------------------
    def _load(self) -> None:
        if self.record_id is not None:
            self.record = self.store.get(self.table.name, self.record_id)
            values = dict(self.record)
        else:
            values = {}
            for f in self.table.fields:
                if f.default is not None:
                    values[f.key] = f.default
                elif f.required and f.type is FieldType.DATE:
                    values[f.key] = dt.date.today().isoformat()
                elif f.required and f.type is FieldType.DATETIME:
                    values[f.key] = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
            values.update(self.defaults)
        for key, editor in self.editors.items():
            if key in self.personal:
                self.personal[key].load(self.record_id, values.get(key))
            else:
                editor.set_value(values.get(key))
            if self.table.field(key).assigned:  # shown once the program has given it
                box = editor.parentWidget()
                if box is not None:
                    self.form.setRowVisible(box, values.get(key) not in (None, ""))
        for key in self.computed:
            if hasattr(self, "computed_label") and key not in self.editors:
                self.computed_label.setText(self.computed_text(key, values.get(key)))
        self._dirty = False

    def computed_text(self, key: str, value: Any) -> str:
        unit = self.record.get("unit") or ""
        return f"{value or 0} {unit}".strip()

    def record_noun(self) -> str:
        """One record of this table ("hazard", 隐患), not the register's plural name."""
        nouns = {
            "plans": self.tr("emergency plan"),
            "drills": self.tr("drill"),
            "drill_actions": self.tr("corrective action"),
            "hazards": self.tr("hazard"),
            "reserve_points": self.tr("reserve point"),
            "materials": self.tr("material item"),
            "duty_roster": self.tr("roster entry"),
            "duty_log": self.tr("duty log entry"),
            "duty_handovers": self.tr("handover record"),
            "activities": self.tr("publicity or training event"),
            "stock_movements": self.tr("stock movement"),
            "teams": self.tr("rescue team"),
            "contacts": self.tr("contact"),
            "shelters": self.tr("shelter"),
            "risk_points": self.tr("risk point"),
            "warnings": self.tr("warning"),
            "warning_callbacks": self.tr("call-back"),
            "incidents": self.tr("incident"),
            "incident_reports": self.tr("report up"),
            "incident_victims": self.tr("dead or missing person"),
            "incident_houses": self.tr("household with a damaged house"),
        }
        return nouns.get(self.table.name) or self.table.label(self.lang)

    def _update_title(self) -> None:
        noun = self.record_noun()
        if self.record_id is None:
            self.setWindowTitle(self.tr("New {record}").format(record=noun))
        else:
            title = record_title(self.store, self.table.name, self.record_id, self.lang)
            self.setWindowTitle(
                self.tr("Edit {record} — {title}").format(record=noun, title=title[:40])
            )

    # -- values and saving -------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the form holds, in storage form (hidden fields from ``defaults``)."""
        values = {
            key: editor.value()
            for key, editor in self.editors.items()
            if not self.table.field(key).assigned
            and not (key in self.personal and self.personal[key].masked)  # never the mask
        }
        for key in self.hidden_fields:
            if key in self.defaults:
                values[key] = self.defaults[key]
        return values

    def _field_edited(self, key: str) -> None:
        self._dirty = True
        if key in self.error_labels and self.error_labels[key].isVisible():
            self._show_field_error(key, None)
        if self.table.checks:
            self._check_dates()

    def _check_dates(self) -> None:
        """Dates that cannot be right (the table's checks) are marked as they are typed,
        not only when Save is pressed: a deadline before the discovery, a future date."""
        clean, _errors = validate(self.table, self.values(), partial=True)
        found: dict[str, str] = {}
        for e in cross_checks(self.table, {**self.record, **clean}):
            if e.code in DATE_CHECKS and e.field in self.editors:
                found.setdefault(e.field, e.message(self.lang))
        for key, f in ((f.key, f) for f in self.table.fields):
            if key in self.editors and f.type in (FieldType.DATE, FieldType.DATETIME):
                label = self.error_labels.get(key)
                if key in found or (label is not None and label.text() in self._date_errors):
                    self._show_field_error(key, found.get(key))
        self._date_errors = set(found.values())

    def _show_field_error(self, key: str, message: str | None) -> None:
        label = self.error_labels[key]
        label.setText(message or "")
        label.setVisible(bool(message))
        _set_invalid(self.editors[key].input, bool(message))

    def clear_errors(self) -> None:
        for key in self.editors:
            self._show_field_error(key, None)
        self.banner.hide()

    def show_errors(self, error: ValidationError) -> None:
        """Point at each refused field; messages without a visible field go to the banner."""
        self.clear_errors()
        loose: list[str] = []
        shown: dict[str, list[str]] = {}
        for e in error.errors:
            if e.field in self.editors:
                shown.setdefault(e.field, []).append(e.message(self.lang))
            else:
                loose.append(e.message(self.lang))
        for key, messages in shown.items():
            self._show_field_error(key, "\n".join(messages))
        summary = self.tr("Not saved: please correct the marked fields.") if shown else ""
        self.show_banner("\n".join([summary, *loose]).strip())
        first = next((k for k in self.editors if k in shown), None)
        if first:
            self.scroll.ensureWidgetVisible(self.editors[first])
            self.editors[first].input.setFocus()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def save(self) -> bool:
        """Write the form; ``False`` (and the reasons shown) if the store refused it,
        or the user chose not to save a record whose key another one has already."""
        values = self.values()
        if self.table.unique_key and key_changed(self.table, self.record, values):
            answer, existing = ask_about_duplicate(
                self, self.store, self.table, values, self.record_id, self.record_noun(), self.lang
            )
            if answer is Duplicate.CANCEL:
                return False
            if answer is Duplicate.OPEN_EXISTING and existing is not None:
                self.open_record(existing)
                return False
        try:
            if self.record_id is None:
                self.record_id = self.store.insert(self.table.name, values)
            else:
                self.store.update(self.table.name, self.record_id, values)
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except StoreError as exc:
            self.clear_errors()
            self.show_banner(exc.message(self.lang))
            return False
        except NotFoundError:
            self.clear_errors()
            self.show_banner(self.tr("This record no longer exists (it may have been deleted)."))
            return False
        self.clear_errors()
        self.record = self.store.get(self.table.name, self.record_id)
        self._dirty = False
        self.saved.emit(self.record_id)
        self.current_changed.emit(self.record_id)
        return True

    def open_record(self, record_id: int) -> None:
        """Show another record of this table in this form (what was typed is dropped)."""
        if self.saved_early and self.record_id is not None:
            self.store.purge(self.table.name, self.record_id)
        self.saved_early = False
        self.record_id = record_id
        self.clear_errors()
        self._load()
        self._update_title()
        self.record_loaded(record_id)

    def record_loaded(self, record_id: int) -> None:
        """Subclasses with panels of sub-records point them at the record shown."""

    def accept(self) -> None:
        if self.save():
            self.saved_early = False  # saved for good now
            super().accept()

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("The changes in this form have not been saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if self.saved_early and self.record_id is not None:
            # Saved only so its sub-records could be added, and the user was told that
            # Cancel takes it back: remove it with them, as if it had never been made.
            try:
                self.store.purge(self.table.name, self.record_id)
            except (StoreError, NotFoundError) as exc:
                QMessageBox.warning(self, self.windowTitle(), error_text(exc, self.lang))
            else:
                self.record_id = None
        super().reject()

    def save_early(self, what: str) -> int | None:
        """Save a new record before its sub-records (``what``) are added, if the user agrees.

        Asked rather than done silently: Cancel afterwards removes the record again.
        """
        if self.record_id is not None:
            return self.record_id
        answer = QMessageBox.question(
            self,
            self.tr("Save first?"),
            self.tr(
                "To add {what}, this {noun} must be saved first. Save it now? "
                "Cancel in this form will still remove it."
            ).format(what=what, noun=self.record_noun()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.save():
            return None
        self.saved_early = True
        self._update_title()
        return self.record_id
