"""The Materials register: reserve points on the left, the selected point's items right.

Items belong to a point, so picking a point narrows the items; with no point picked the
items of every point are listed, which is what an office head checks for shortages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import ListQuery, Store
from ..shell.lang import ui_lang
from .register_tab import RegisterTab

ITEM_COLUMNS = (
    "name",
    "point_id",
    "category",
    "spec",
    "quantity",
    "unit",
    "min_quantity",
    "expires_on",
    "checked_on",
)


class PointsTab(RegisterTab):
    """Reserve points; one still holding items cannot be deleted (they would be orphaned)."""

    def delete_refusal(self, ids: list[int]) -> str | None:
        for point_id in ids:
            held = self.store.count(ListQuery("materials", parent_id=point_id))
            if held:
                name = self.store.title_of("reserve_points", point_id)
                return self.tr(
                    "“{name}” still holds %n item(s). Move or delete its items first.", "", held
                ).format(name=name)
        return None


class MaterialsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.setObjectName("materialsTab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.splitter)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.points_title = QLabel("<b>" + TABLES["reserve_points"].label(self.lang) + "</b>")
        self.points_title.setContentsMargins(8, 6, 0, 0)
        lv.addWidget(self.points_title)
        self.points = PointsTab(
            store, "reserve_points", columns=("name", "kind", "custodian"), compact=True
        )
        lv.addWidget(self.points)
        self.splitter.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        self.items_title = QLabel()
        self.items_title.setContentsMargins(8, 6, 0, 0)
        title_row.addWidget(self.items_title)
        self.all_points_button = QToolButton()
        self.all_points_button.setObjectName("allPoints")
        self.all_points_button.setText(self.tr("Show the items of all points"))
        self.all_points_button.setAutoRaise(True)
        self.all_points_button.clicked.connect(self.show_all_points)
        title_row.addWidget(self.all_points_button)
        title_row.addStretch(1)
        rv.addLayout(title_row)
        self.items = RegisterTab(store, "materials", columns=ITEM_COLUMNS)
        rv.addWidget(self.items)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 990])
        self._left_sized = False

        self.points.current_changed.connect(self._point_changed)
        self._point_changed(None)

    def showEvent(self, event: Any) -> None:
        """The points' four buttons in view (seen cut at 1366 px: "修改记录…" behind
        arrows); measured once shown, when the buttons have their style's size."""
        super().showEvent(event)
        if not self._left_sized:
            self._left_sized = True
            row = self.points.toolbar_layout.parentWidget()
            viewport = row.parentWidget() if row is not None else None
            scroller = viewport.parentWidget() if viewport is not None else None  # ScrollingRow
            if row is None or scroller is None:
                return
            need = row.minimumSizeHint().width() + self.points.width() - scroller.width() + 2
            left, right = self.splitter.sizes()
            if 0 < left < need:
                self.splitter.setSizes([need, max(right - (need - left), 0)])

    # The register's main table for others (exports, the needs-attention filter).
    @property
    def register(self) -> RegisterTab:
        return self.items

    def tab_for(self, table_name: str) -> RegisterTab | None:
        return {"materials": self.items, "reserve_points": self.points}.get(table_name)

    def show_all_points(self) -> None:
        self.points.view.clearSelection()
        self.points.view.setCurrentIndex(QModelIndex())
        self._point_changed(None)

    def _point_changed(self, point_id: Any) -> None:
        self.all_points_button.setVisible(point_id is not None)
        if point_id is None:
            self.items_title.setText("<b>" + self.tr("Items of all reserve points") + "</b>")
        else:
            name = self.store.title_of("reserve_points", point_id)
            self.items_title.setText(
                "<b>" + self.tr("Items at {point}").format(point=name) + "</b>"
            )
        self.items.set_base_query(ListQuery("materials", parent_id=point_id))

    def open_table_record(self, table_name: str, record_id: int) -> None:
        if table_name == "reserve_points":
            self.points.open_record(record_id)
            return
        if table_name == "stock_movements":
            record_id = int(self.store.get("stock_movements", record_id)["material_id"])
        point_id = self.store.get("materials", record_id)["point_id"]
        if not self.points.select_record(point_id):
            self.points.clear_filters()
            self.points.select_record(point_id)
        self.items.open_record(record_id)
