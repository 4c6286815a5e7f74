"""The columns of a register's table: widths that fit what each type shows, and the
columns a user chose to hide (remembered per table, the title column always shown).

Apart from ``register_tab`` so that the screen's module holds its behaviour (query,
selection, actions) and this one how the table is laid out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ...schema import Field, FieldType, Table
from ..shell.app_settings import app_settings
from ..shell.lang import format_date, format_datetime

_COLUMN_WIDTH = {
    FieldType.DATE: 110,
    FieldType.DATETIME: 150,
    FieldType.INT: 80,
    FieldType.MONEY: 110,
    FieldType.DECIMAL: 110,
    FieldType.CHOICE: 100,
    FieldType.REF: 200,
    FieldType.TEXT: 150,
    FieldType.LONGTEXT: 320,
}

# Columns that hold one person's name (a unit or several names get the text width).
_PERSON_FIELDS = frozenset(
    {"responsible_person", "custodian", "leader", "verified_by", "handled_by", "from_officer",
     "to_officer"}
)  # fmt: skip


def make_table_view(parent: QWidget, model: Any) -> QTableView:
    """A read-only row-selecting view over ``model``, sorted by the model's own column."""
    view = QTableView(parent)
    view.setObjectName("table")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    section, order = model.sort_column()
    header.setSortIndicator(section, order)
    view.setSortingEnabled(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.setToolTip(
        QCoreApplication.translate(
            "RegisterTab", "Click to sort; right-click to choose the columns shown"
        )
    )
    return view


def size_columns(
    view: QTableView, columns: Sequence[Field], table: Table, lang: str, *, compact: bool
) -> None:
    """Widths that fit what each type shows (a zh date is wider than an ISO one)."""
    fm = view.fontMetrics()
    adv = fm.horizontalAdvance
    for i, f in enumerate(columns):
        if f.type is FieldType.DATE:
            width = adv(format_date("2026-12-27", lang)) + 18
        elif f.type is FieldType.DATETIME:
            width = adv(format_datetime("2026-12-27 23:59", lang)) + 18
        elif f.type is FieldType.CHOICE:
            width = max((adv(c.label(lang)) for c in f.choices), default=60) + 22
        elif f.type is FieldType.TEXT and f.max_length <= 20:
            width = adv("平方米") + 24  # units
        elif f.type is FieldType.TEXT and f.max_length <= 40:
            width = adv("13800000000") + 24  # phone numbers
        elif f.key in _PERSON_FIELDS:
            width = adv("欧阳建国、") + 24  # one person's name, not a whole unit's
        elif f.key == table.title_field:
            width = 180 if compact else 260
        else:
            width = _COLUMN_WIDTH.get(f.type, 120)
        width = max(width, adv(f.label(lang)) + 30)  # room for the sort arrow
        view.setColumnWidth(i, min(width, 380))


def _hidden_key(table: Table) -> str:
    return f"columns/{table.name}/hidden"


def restore_hidden_columns(view: QTableView, columns: Sequence[Field], table: Table) -> None:
    hidden = app_settings().value(_hidden_key(table)) or []
    if isinstance(hidden, str):
        hidden = [hidden]
    for i, f in enumerate(columns):
        view.setColumnHidden(i, f.key in hidden and f.key != table.title_field)


def column_menu(
    parent: QWidget,
    view: QTableView,
    columns: Sequence[Field],
    table: Table,
    lang: str,
    set_visible: Callable[[int, bool], None],
) -> QMenu:
    """The header's right-click menu: one checkable entry a column, the title fixed."""
    menu = QMenu(parent)
    for i, f in enumerate(columns):
        action = menu.addAction(f.label(lang))
        action.setCheckable(True)
        action.setChecked(not view.isColumnHidden(i))
        action.setEnabled(f.key != table.title_field)
        action.toggled.connect(lambda on, col=i: set_visible(col, on))
    return menu


def set_column_visible(
    view: QTableView, columns: Sequence[Field], table: Table, column: int, visible: bool
) -> None:
    view.setColumnHidden(column, not visible)
    hidden = [f.key for i, f in enumerate(columns) if view.isColumnHidden(i)]
    settings = app_settings()
    settings.setValue(_hidden_key(table), hidden)
    settings.sync()
