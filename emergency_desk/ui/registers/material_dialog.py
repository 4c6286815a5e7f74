"""An item's form with its stock ledger: the movements and a row to record a new one.

The quantity is never typed: it is the sum of the movements, and a movement that would
take it below zero is refused by the store and explained here, with nothing changed.
Users think in 'in' and 'out', so the form asks for a positive amount and takes the sign
from the reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES, ValidationError
from ...store import ListQuery, Store, StoreError
from ..shell.store_watch import watch_tables
from ..widgets.date_editors import DateEditor
from ..widgets.field_editors import INT_MAX
from ..widgets.record_form import ERROR_STYLE, RecordDialog, _set_invalid
from ..widgets.table_model import RecordTableModel

INFLOW = ("purchase", "donation", "opening")
OUTFLOW = ("issue", "scrap")


class StockPanel(QWidget):
    """Movements of one item, its current quantity, and recording a new movement."""

    def __init__(self, store: Store, material_id: int, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.material_id = material_id
        self.lang = lang
        self.setObjectName("stockPanel")
        self.setStyleSheet(ERROR_STYLE)
        movements = TABLES["stock_movements"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.quantity_label = QLabel(self)
        self.quantity_label.setObjectName("stockQuantity")
        self.quantity_label.setStyleSheet("font-size: 12pt; font-weight: bold;")

        self.model = RecordTableModel(
            store,
            ListQuery("stock_movements", parent_id=material_id),
            ("moved_on", "delta", "reason", "note"),
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 130)
        self.view.setColumnWidth(2, 110)
        self.view.setMinimumHeight(120)
        layout.addWidget(self.view)

        self.date_edit = DateEditor(movements.field("moved_on"), self)
        self.date_edit.set_date(dt.date.today())
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("movementReason")
        for c in movements.field("reason").choices:
            if c.key in INFLOW + OUTFLOW:
                self.reason_combo.addItem(c.label(lang), c.key)
        self.reason_combo.setCurrentIndex(self.reason_combo.findData("purchase"))
        self.direction_label = QLabel(self)
        self.amount_spin = QSpinBox(self)
        self.amount_spin.setObjectName("movementAmount")
        self.amount_spin.setRange(1, INT_MAX)
        self.amount_spin.setGroupSeparatorShown(True)
        self.amount_spin.setMinimumWidth(90)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("movementNote")
        self.note_edit.setPlaceholderText(movements.field("note").label(lang))
        self.record_button = QPushButton(self.tr("Record movement"), self)
        self.record_button.setObjectName("recordMovement")
        self.stocktake_button = QPushButton(self.tr("Stocktake…"), self)
        self.stocktake_button.setObjectName("stocktake")
        self.stocktake_button.setToolTip(
            self.tr("Enter the counted quantity; the difference is recorded as an adjustment")
        )
        head = QHBoxLayout()
        head.addWidget(self.quantity_label)
        head.addStretch(1)
        head.addWidget(self.stocktake_button)
        layout.insertLayout(0, head)
        # Each box says what it takes: a bare date and a bare list read as anything.
        self.date_label = QLabel(movements.field("moved_on").label(lang), self)
        self.date_label.setBuddy(self.date_edit.input)
        self.reason_label = QLabel(movements.field("reason").label(lang), self)
        self.reason_label.setBuddy(self.reason_combo)
        self.direction_label.setBuddy(self.amount_spin)
        row = QHBoxLayout()
        row.addWidget(self.date_label)
        row.addWidget(self.date_edit)
        row.addSpacing(8)
        row.addWidget(self.reason_label)
        row.addWidget(self.reason_combo)
        row.addSpacing(8)
        row.addWidget(self.direction_label)
        row.addWidget(self.amount_spin)
        row.addStretch(1)
        layout.addLayout(row)
        second = QHBoxLayout()
        second.addWidget(self.note_edit, 1)
        second.addWidget(self.record_button)
        layout.addLayout(second)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.reason_combo.currentIndexChanged.connect(self._reason_changed)
        self.amount_spin.valueChanged.connect(lambda _v: self.show_error(None))
        self.record_button.clicked.connect(self.record_movement)
        self.stocktake_button.clicked.connect(self.ask_stocktake)
        watch_tables(self, store, {"stock_movements", "materials"}, lambda _c: self.reload())
        self._reason_changed()
        self.reload()

    def _reason_changed(self) -> None:
        out = self.reason_combo.currentData() in OUTFLOW
        self.direction_label.setText(
            self.tr("Quantity out (−)") if out else self.tr("Quantity in (+)")
        )

    def reload(self) -> None:
        self.model.refresh()
        item = self.store.get("materials", self.material_id)
        unit = item.get("unit") or ""
        text = self.tr("In stock: {quantity} {unit}").format(
            quantity=f"{self.store.stock_of(self.material_id):,}", unit=unit
        )
        if item.get("min_quantity") is not None:  # the figure an issue must not go below
            text += self.tr("; minimum {minimum} {unit}").format(
                minimum=f"{item['min_quantity']:,}", unit=unit
            )
        self.quantity_label.setText(text)

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        _set_invalid(self.amount_spin, bool(message))

    def signed_delta(self) -> int:
        amount = self.amount_spin.value()
        return -amount if self.reason_combo.currentData() in OUTFLOW else amount

    def record_movement(self) -> int | None:
        try:
            movement = self.store.add_movement(
                self.material_id,
                self.date_edit.value() or dt.date.today().isoformat(),
                self.signed_delta(),
                self.reason_combo.currentData(),
                self.note_edit.text().strip() or None,
            )
        except ValidationError as exc:
            self.show_error("\n".join(exc.messages(self.lang)))
            return None
        except StoreError as exc:
            self.show_error(exc.message(self.lang))
            return None
        self.show_error(None)
        self.note_edit.clear()
        return movement

    def ask_stocktake(self) -> None:
        counted, ok = QInputDialog.getInt(
            self,
            self.tr("Stocktake"),
            self.tr("Counted quantity:"),
            self.store.stock_of(self.material_id),
            0,
            INT_MAX,
        )
        if ok:
            try:
                self.store.stocktake(
                    self.material_id,
                    counted,
                    self.date_edit.value() or dt.date.today().isoformat(),
                    self.note_edit.text().strip() or None,
                )
            except (ValidationError, StoreError) as exc:
                messages = (
                    exc.messages(self.lang)
                    if isinstance(exc, ValidationError)
                    else [exc.message(self.lang)]
                )
                self.show_error("\n".join(messages))


class MaterialDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        table_name: str = "materials",
        record_id: int | None = None,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, table_name, record_id, parent, defaults, **kwargs)
        self.stock: StockPanel | None = None
        if record_id is not None:
            box = QGroupBox(self.tr("Stock movements"), self)
            v = QVBoxLayout(box)
            self.stock = StockPanel(store, record_id, self.lang, box)
            v.addWidget(self.stock)
            self.extra_layout.addWidget(box, 1)
            self.fit_form()
            self.resize(760, 820)
            watch_tables(self, store, {"stock_movements"}, lambda _c: self._quantity_changed())

    def _quantity_changed(self) -> None:
        if self.record_id is not None and hasattr(self, "computed_label"):
            self.record = {**self.record, **self.store.get("materials", self.record_id)}
            self.computed_label.setText(self.computed_text("quantity", self.record["quantity"]))
