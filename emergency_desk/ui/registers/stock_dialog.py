"""Stock in and out of one item from the materials list, without opening its whole form.

The quantity on hand and the minimum are shown above the ledger. Issuing more than is on
hand is refused before anything is written, with the quantity on hand in the message, so
the keeper knows what can actually go out; issuing below the minimum asks first.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...store import Store
from ..shell.lang import ui_lang
from ..widgets.dialog_parts import ask_yes_no
from ..widgets.screen_fit import fit_to_screen
from .material_dialog import OUTFLOW, StockPanel
from .register_tab import RegisterTab


class CheckedStockPanel(StockPanel):
    """The ledger panel, refusing an issue larger than the stock with the figures."""

    def record_movement(self) -> int | None:
        amount = self.amount_spin.value()
        if self.reason_combo.currentData() in OUTFLOW:
            on_hand = self.store.stock_of(self.material_id)
            if amount > on_hand:
                unit = self.store.get("materials", self.material_id).get("unit") or ""
                self.show_error(
                    self.tr(
                        "Not enough stock: {on_hand} {unit} on hand, cannot take out {amount}. "
                        "Nothing was recorded."
                    ).format(on_hand=f"{on_hand:,}", unit=unit, amount=f"{amount:,}")
                )
                return None
            if not self._below_minimum_agreed(on_hand, amount):
                return None
        return super().record_movement()

    def _below_minimum_agreed(self, on_hand: int, amount: int) -> bool:
        """An issue that leaves less than the minimum reserve goes ahead only if confirmed."""
        item = self.store.get("materials", self.material_id)
        minimum = item.get("min_quantity")
        left = on_hand - amount
        if minimum is None or left >= minimum:
            return True
        unit = item.get("unit") or ""
        text = self.tr(
            "After this issue {left} {unit} will be left, below the minimum reserve of "
            "{minimum} {unit}. Record it anyway?"
        ).format(left=f"{left:,}", minimum=f"{minimum:,}", unit=unit)
        return ask_yes_no(self, self.tr("Below the minimum reserve"), text)


class StockDialog(QDialog):
    def __init__(self, store: Store, material_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockDialog")
        row = store.get("materials", material_id)
        point = store.title_of("reserve_points", row.get("point_id"))
        self.setWindowTitle(self.tr("Stock in / out — {item}").format(item=row["name"]))
        layout = QVBoxLayout(self)
        spec = f" {row['spec']}" if row.get("spec") else ""
        title = QLabel(f"<b>{row['name']}{spec}</b>　{point}", self)
        layout.addWidget(title)
        self.panel = CheckedStockPanel(store, material_id, ui_lang(), self)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 520)


def install_stock_button(tab: RegisterTab) -> None:
    tab.stock_button = tab.add_record_action(
        "stockInOut",
        RegisterTab.tr("Stock in / out…"),
        RegisterTab.tr("Record receipts, issues and stocktakes of the selected item"),
        RegisterTab.tr("Stock in / out"),
        RegisterTab.tr("Select an item in the list first."),
        StockDialog,
    )
