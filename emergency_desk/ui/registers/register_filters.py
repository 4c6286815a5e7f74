"""The search box and filter row above a register's list, and the query they make.

Apart from ``register_tab`` so that the screen's module holds the list, its selection and its
actions; ``RegisterTab`` inherits this. Its strings keep the ``RegisterTab`` translation
context they were written in, so the Chinese for them is unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...schema import Field, Table
from ...store import ListQuery, Store
from ..shell.lang import format_year
from ..widgets.scrolling_row import ScrollingRow
from ..widgets.table_model import RecordTableModel
from .record_actions import years_in

SEARCH_DELAY_MS = 250


class RegisterFilters(QWidget):
    """Search, the year, the register's own filters, the 'selected records' chip and
    Clear filters; ``_build_query`` turns them (and the fixed base query) into the list's."""

    # Set by RegisterTab before it builds the row (``model`` after: the query comes first).
    store: Store
    table: Table
    lang: str
    compact: bool
    model: RecordTableModel
    _base: ListQuery

    def _build_filter_row(self, layout: QVBoxLayout) -> None:
        """Row 2 of the tab: search and the filters that fit this register."""
        self._extra_ids: tuple[int, ...] | None = None
        self._filter_combos: dict[str, QComboBox] = {}
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(4)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(QCoreApplication.translate("RegisterTab", "Search…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(160 if self.compact else 220)
        self.filter_layout.addWidget(self.search_edit, 1 if self.compact else 0)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)

        self.year_combo: QComboBox | None = None
        if self.table.date_field and not self.compact:
            self.year_combo = QComboBox(self)
            self.year_combo.setObjectName("year")
            self.year_combo.currentIndexChanged.connect(self.apply_filters)
            self.filter_layout.addWidget(self.year_combo)
            self._fill_years()
        if not self.compact:
            for key in self.table.filters:
                self.add_filter_combo(key)
        self.extra_label = QLabel(self)
        self.extra_label.setObjectName("extraFilter")
        self.extra_label.setStyleSheet(
            "QLabel { background: #fff1c7; border: 1px solid #e0c060; border-radius: 3px;"
            " padding: 1px 6px; }"
        )
        self.extra_label.hide()
        self.extra_clear = QToolButton(self)
        self.extra_clear.setText("✕")
        self.extra_clear.setAutoRaise(True)
        self.extra_clear.setToolTip(
            QCoreApplication.translate("RegisterTab", "Show all records again")
        )
        self.extra_clear.clicked.connect(lambda: self.set_extra_ids(None))
        self.extra_clear.hide()
        self.filter_layout.addWidget(self.extra_label)
        self.filter_layout.addWidget(self.extra_clear)
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setText(QCoreApplication.translate("RegisterTab", "Clear filters"))
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(self.clear_filters)
        self.filter_layout.addWidget(self.reset_button)
        if not self.compact:
            self.filter_layout.addStretch(1)
        layout.addWidget(ScrollingRow(self.filter_layout, self))

    def add_filter_combo(self, key: str, f: Field | None = None) -> QComboBox:
        """A filter on ``key`` (a field of the table, or ``f``: the county's township)."""
        f = f or self.table.field(key)
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{key}")
        combo.addItem(
            QCoreApplication.translate("RegisterTab", "{field}: all").format(
                field=f.label(self.lang)
            ),
            None,
        )
        for c in f.choices:
            combo.addItem(c.label(self.lang), c.key)
        combo.setToolTip(f.label(self.lang))
        combo.currentIndexChanged.connect(self.apply_filters)
        self._filter_combos[key] = combo
        self.filter_layout.addWidget(combo)
        return combo

    def _fill_years(self) -> None:
        """'All years' and every year from the oldest record to the newest (two index hits)."""
        combo = self.year_combo
        if combo is None or not self.table.date_field:
            return
        current = combo.currentData()
        years = years_in(self.store, self._base, self.table.date_field)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("RegisterTab", "All years"), None)
        for y in years:
            combo.addItem(format_year(y, self.lang), y)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _build_query(self) -> ListQuery:
        filters = dict(self._base.filters)
        for key, combo in self._filter_combos.items():
            if combo.currentData() is not None:
                filters[key] = combo.currentData()
        year = self.year_combo.currentData() if self.year_combo is not None else None
        q = self._base.with_(
            search=self.search_edit.text().strip(),
            filters=filters,
            year=year if year is not None else self._base.year,
            ids=self._extra_ids if self._extra_ids is not None else self._base.ids,
        )
        model = getattr(self, "model", None)
        if model is not None:
            q = q.with_(sort=model.query.sort, descending=model.query.descending)
        return q

    def current_query(self) -> ListQuery:
        """What the table shows now (filters, search, sort): exports use it."""
        return self.model.query

    def set_base_query(self, base: ListQuery) -> None:
        """Change the fixed part of the view (e.g. the selected reserve point)."""
        self._base = base
        self._fill_years()
        self.apply_filters()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        q = self._build_query()
        if q != self.model.query:
            self.model.set_query(q)

    def clear_filters(self) -> None:
        for combo in [*self._filter_combos.values(), self.year_combo]:
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._extra_ids = None
        self._show_extra(None)
        self.apply_filters()

    def filters_active(self) -> bool:
        return bool(
            self.search_edit.text().strip()
            or any(c.currentData() is not None for c in self._filter_combos.values())
            or (self.year_combo is not None and self.year_combo.currentData() is not None)
            or self._extra_ids is not None
        )

    def set_extra_ids(self, ids: Sequence[int] | None, label: str = "") -> None:
        """Show only these records (e.g. 'needs attention'), with a chip to undo it."""
        self._extra_ids = None if ids is None else tuple(ids)
        self._show_extra(label if ids is not None else None)
        self.apply_filters()

    def _show_extra(self, label: str | None) -> None:
        self.extra_label.setText(
            label or QCoreApplication.translate("RegisterTab", "Selected records")
        )
        self.extra_label.setVisible(label is not None)
        self.extra_clear.setVisible(label is not None)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
