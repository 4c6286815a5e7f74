"""The township column and filter a county database's lists carry.

The column is a choice field made at run time from the townships taken in (its labels are
their names), put first in the list's model; the filter is the list's own filter combo on
the ``township`` column (``ListQuery`` accepts it), so Clear filters and the export of
what is shown treat it as any other filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from ...schema import Choice, Field, FieldType
from ...store.county import TOWNSHIP_COLUMN, townships
from ...store.county_figures import short_name
from ..widgets.register_columns import restore_hidden_columns

if TYPE_CHECKING:
    from ..registers.register_tab import RegisterTab

FILTER_NAME = f"filter_{TOWNSHIP_COLUMN}"


def township_field(tab: RegisterTab) -> Field:
    names = [(t.code, short_name(t.name)) for t in townships(tab.store, with_counts=False)]
    return Field(
        TOWNSHIP_COLUMN,
        "乡镇",
        "Township",
        FieldType.CHOICE,
        choices=tuple(Choice(code, name, name) for code, name in names),
    )


def add_township_column(tab: RegisterTab, township: str | None) -> None:
    """Put the column first and the filter after the search box; filter to ``township``."""
    model = tab.model
    if any(f.key == TOWNSHIP_COLUMN for f in model.columns):
        return
    field = township_field(tab)
    model.beginResetModel()
    model.columns.insert(0, field)
    model.endResetModel()
    restore_hidden_columns(tab.view, model.columns, tab.table)
    tab.view.horizontalHeader().setSortIndicator(*model.sort_column())
    tab.view.setColumnWidth(0, tab.fontMetrics().horizontalAdvance("柳河乡镇") + 24)
    if tab.compact:
        return  # a sub-list beside its parent: the parent's township is its own
    combo = tab.add_filter_combo(TOWNSHIP_COLUMN, field)
    tab.filter_layout.removeWidget(combo)
    tab.filter_layout.insertWidget(1, combo)
    if township is not None:
        filter_to(tab, township)


def filter_to(tab: RegisterTab, code: str) -> None:
    """Show only township ``code``'s rows (the filter combo, so Clear filters undoes it)."""
    combo = tab.findChild(QComboBox, FILTER_NAME)
    if combo is None:
        return
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
