"""The columns of a register's table: widths that fit what each type shows, and the
columns a user chose to hide (remembered per table, the title column always shown).

Apart from ``register_tab`` so that the screen's module holds its behaviour (query,
selection, actions) and this one how the table is laid out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
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


def natural_widths(
    view: QTableView, columns: Sequence[Field], table: Table, lang: str, *, compact: bool
) -> list[int]:
    """Widths that fit what each type shows (a zh date is wider than an ISO one)."""
    fm = view.fontMetrics()
    adv = fm.horizontalAdvance
    widths = []
    for f in columns:
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
        widths.append(min(width, 380))
    return widths


def _shrinkable(f: Field, table: Table) -> bool:
    """Free text that reads well elided (names, places, units) — never the key values a
    clerk scans a list for: dates, numbers, statuses and other choices, phone numbers."""
    if f.key == table.title_field or f.type in (FieldType.REF, FieldType.LONGTEXT):
        return True
    return f.type is FieldType.TEXT and f.max_length > 40 and f.key not in _PERSON_FIELDS


def fitted_widths(natural: Sequence[int], floors: Sequence[int | None], room: int) -> list[int]:
    """``natural`` narrowed, each shrinkable column (a floor, not None) in proportion to
    what it can give, until the whole fits ``room`` or every such column is at its floor."""
    over = sum(natural) - room
    spare = sum(w - fl for w, fl in zip(natural, floors, strict=True) if fl is not None and w > fl)
    if over <= 0 or spare <= 0:
        return list(natural)
    share = min(over / spare, 1.0)
    return [
        w if fl is None or w <= fl else w - int((w - fl) * share + 0.999)
        for w, fl in zip(natural, floors, strict=True)
    ]


class ColumnFitter(QObject):
    """Keeps a list's columns inside its width so the values at the right (minimum stock,
    expiry, a call's status) show without scrolling sideways on a 1366 px laptop: the free
    text columns give up width first. Room to spare goes to the title column, not to the
    last one (a count stretched across the screen stood far from its header). Once the
    user drags a column, their widths stand."""

    def __init__(
        self, view: QTableView, columns: Sequence[Field], table: Table, lang: str, compact: bool
    ) -> None:
        super().__init__(view)
        self.view = view
        self.natural = natural_widths(view, columns, table, lang, compact=compact)
        adv = view.fontMetrics().horizontalAdvance
        least = adv("应急管理办公") + 14  # six characters: a name or place still reads
        title = adv("青石镇应急管理办公室防汛") + 14  # what the row is: twelve characters
        self.floors: list[int | None] = [
            max(title if f.key == table.title_field else least, adv(f.label(lang)) + 30)
            if _shrinkable(f, table)
            else None
            for f in columns
        ]
        # Then, where that is not enough (long English choice labels), the choices give
        # up to a third of their width ("Production safety acc…" still says which), but
        # only if that brings every column into view: else they keep their words.
        self.choice_floors: list[int | None] = [
            max(adv(f.label(lang)) + 30, w * 2 // 3) if f.type is FieldType.CHOICE else None
            for f, w in zip(columns, self.natural, strict=True)
        ]
        keys = [f.key for f in columns]
        self.title = keys.index(table.title_field) if table.title_field in keys else None
        self.user_sized = False
        self._fitting = False
        self._room = -1
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().sectionResized.connect(self._section_resized)
        view.viewport().installEventFilter(self)
        self.fit()

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self.fit()
        return False

    def change(self, do: Callable[[], None]) -> None:
        """Hide or show columns (not the user sizing one), then fit again."""
        self._fitting = True
        try:
            do()
        finally:
            self._fitting = False
        self._room = -1
        if not self.user_sized:
            self.fit()

    def fit(self) -> None:
        shown = [i for i in range(len(self.natural)) if not self.view.isColumnHidden(i)]
        room = self.view.viewport().width()
        if room == self._room:
            return
        self._room = room
        widths = fitted_widths(
            [self.natural[i] for i in shown], [self.floors[i] for i in shown], room
        )
        squeezed = fitted_widths(widths, [self.choice_floors[i] for i in shown], room)
        if sum(squeezed) <= room:  # only when it brings the last column into view
            widths = squeezed
        if shown and sum(widths) < room:
            at = shown.index(self.title) if self.title in shown else len(shown) - 1
            widths[at] += room - sum(widths)
        self._fitting = True
        try:
            for i, width in zip(shown, widths, strict=True):
                self.view.setColumnWidth(i, width)
        finally:
            self._fitting = False


def size_columns(
    view: QTableView, columns: Sequence[Field], table: Table, lang: str, *, compact: bool
) -> ColumnFitter:
    """Natural widths, narrowed to the list's width while the user has not sized them."""
    for i, width in enumerate(natural_widths(view, columns, table, lang, compact=compact)):
        view.setColumnWidth(i, width)
    return ColumnFitter(view, columns, table, lang, compact)


def _hidden_key(table: Table) -> str:
    return f"columns/{table.name}/hidden"


def restore_hidden_columns(view: QTableView, columns: Sequence[Field], table: Table) -> None:
    hidden = app_settings().value(_hidden_key(table)) or []
    if isinstance(hidden, str):
        hidden = [hidden]

    def hide() -> None:
        for i, f in enumerate(columns):
            view.setColumnHidden(i, f.key in hidden and f.key != table.title_field)

    _change(view, hide)


def _change(view: QTableView, do: Callable[[], None]) -> None:
    fitter = view.findChild(ColumnFitter)
    if isinstance(fitter, ColumnFitter):
        fitter.change(do)
    else:
        do()


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
    _change(view, lambda: view.setColumnHidden(column, not visible))
    hidden = [f.key for i, f in enumerate(columns) if view.isColumnHidden(i)]
    settings = app_settings()
    settings.setValue(_hidden_key(table), hidden)
    settings.sync()
