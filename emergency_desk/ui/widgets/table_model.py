"""A register's rows as a Qt table model that reads SQL a page at a time.

The model keeps only a row count and a small cache of pages (``paging.page_rows``: column
positions and tuples, a dict is made only for a row asked for whole), so a duty log of a
million entries opens and scrolls as fast as one of ten. Sorting re-runs the
query in SQLite (``ListQuery.sort``) instead of sorting in Python, as Anki's browser does.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...schema import TABLES, Field, FieldType, decimal_text
from ...schema.validation import PERSONAL_FORMATS, mask_id_number
from ...store import ListQuery, Store
from ...store.paging import MATCH_FIRST_MAX, count_upto, page_rows, uncounted_first_pages
from ..shell.lang import format_date, format_datetime, ui_lang

PAGE_SIZE = 200
MAX_PAGES = 40  # pages kept in memory; older ones are dropped and re-read when needed
COUNT_LATER = MATCH_FIRST_MAX + 1  # matches from which a search is counted off the GUI thread

Flagger = Callable[[dict[str, Any]], "str | None"]
Page = tuple[dict[str, int], list[tuple[Any, ...]]]  # column positions, rows
RAW_ROLE = Qt.ItemDataRole.UserRole  # the stored value of a cell
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row

FLAG_COLOURS = {"overdue": QColor("#f8d7da"), "due_soon": QColor("#fff1c7")}
_NUMERIC = (FieldType.INT, FieldType.MONEY, FieldType.DECIMAL)
_Index = QModelIndex | QPersistentModelIndex


def default_columns(table_name: str) -> list[str]:
    """Every field a table column can show well (the printed ledger shows the same)."""
    return list(TABLES[table_name].list_columns)


class RecordTableModel(QAbstractTableModel):
    """Rows of one ``ListQuery`` over one table, fetched in pages on demand.

    A search for a frequent word is not counted before its first page is shown: counting
    reads every match (106,038 for 火灾 in four million duty entries), the page only the
    newest 200. The model then holds a lower bound (``COUNT_LATER`` rows, which certainly
    exist), ``count_exact`` is false, and an ``Op`` counts on its own connection once the
    GUI is idle; the rows it adds arrive as ``rowsInserted`` and ``count_known`` tells
    the status line. A view scrolled past the bound before that asks ``fetchMore``,
    which counts at once.
    """

    count_known = Signal()

    def __init__(
        self,
        store: Store,
        query: ListQuery,
        columns: Sequence[str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = TABLES[query.table]
        keys = list(columns) if columns is not None else default_columns(query.table)
        self.columns: list[Field] = [self.table.list_field(k) for k in keys]
        self._query = query
        self._lang = ui_lang()
        self._count = 0
        self._exact = True
        self._generation = 0  # bumped at every count: an older count's answer is dropped
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._titles: dict[tuple[str, int], str] = {}
        self._flags: dict[int, str | None] = {}
        self._flagger: Flagger | None = None
        self.reveal_personal = False  # ID numbers in full: only when the user asks
        self._recount()

    # -- the query ---------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        if query.table != self.table.name:
            raise ValueError("a model shows one table; make a new model for another")
        self.beginResetModel()
        self._query = query
        self._clear()
        self._recount()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after the data changed (the row count may have changed)."""
        self.set_query(self._query)

    def set_flagger(self, flagger: Flagger | None) -> None:
        """``flagger(row) -> "overdue" | "due_soon" | None`` colours rows (the rules' hook)."""
        self._flagger = flagger
        self._flags.clear()
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self._count - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )

    def _clear(self) -> None:
        self._pages.clear()
        self._titles.clear()
        self._flags.clear()
        self._lang = ui_lang()

    def _recount(self) -> None:
        self._generation += 1
        q = self._query
        n = count_upto(self.store, q, COUNT_LATER) if uncounted_first_pages(q) else None
        self._exact = n is None or n < COUNT_LATER
        self._count = self.store.count(self._query) if n is None else n
        if not self._exact:
            QTimer.singleShot(0, self, lambda g=self._generation: self._count_later(g))

    @property
    def count_exact(self) -> bool:
        """Whether ``rowCount`` is the view's number of rows (else a lower bound)."""
        return self._exact

    def _count_later(self, generation: int) -> None:
        if generation != self._generation or self._exact:
            return
        q = self._query
        from ..shell.ops import Op  # the shell's: loaded by the time a search is typed

        parent = self.parent()
        (
            Op(
                parent if isinstance(parent, QWidget) else None,
                lambda ctx: ctx.store.count(q) if ctx.store is not None else 0,
                store=self.store,
                name="count",
                conn_only=True,
            )
            .success(lambda n: self._counted(generation, n))
            .failure(lambda _error: self._counted(generation, None))
            .run_in_background()
        )

    def _counted(self, generation: int, n: int | None) -> None:
        """The count arrived (``None``: it failed there, so count here)."""
        if not shiboken6.isValid(self) or generation != self._generation or self._exact:
            return
        total = self.store.count(self._query) if n is None else n
        self._exact = True
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:  # not expected: the data is watched and re-read on change
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
        self.count_known.emit()

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exact

    def fetchMore(self, parent: _Index) -> None:
        """Scrolled past the rows known to exist before the count arrived: count now."""
        if not parent.isValid() and not self._exact:
            self._counted(self._generation, self.store.count(self._query))

    # -- rows --------------------------------------------------------------------
    def _page(self, number: int) -> Page:
        page = self._pages.get(number)
        if page is None:
            page = page_rows(self.store, self._query, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def _row(self, row: int) -> tuple[dict[str, int], tuple[Any, ...]] | None:
        if not 0 <= row < self._count:
            return None
        cols, rows = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return (cols, rows[offset]) if offset < len(rows) else None

    def row_dict(self, row: int) -> dict[str, Any] | None:
        found = self._row(row)
        if found is None:
            return None
        cols, values = found
        return dict(zip(cols, values, strict=True))

    def record_id(self, row: int) -> int | None:
        record = self.row_dict(row)
        return None if record is None else int(record["id"])

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id`` in this view, or ``None`` if it is filtered out."""
        if self._count and 0 not in self._pages:
            self._page(0)  # a new or just-edited record usually sorts to the top
        for number, (cols, rows) in list(self._pages.items()):
            at = cols.get("id")
            for i, values in enumerate(rows):
                if at is not None and values[at] == record_id:
                    return number * PAGE_SIZE + i
        found = self.store.position(self._query, record_id)
        if found is not None and found >= self._count:  # beyond the rows known so far
            self.fetchMore(QModelIndex())
        return found

    def flag(self, row: int) -> str | None:
        if self._flagger is None:
            return None
        if row not in self._flags:
            record = self.row_dict(row)
            self._flags[row] = self._flagger(record) if record else None
        return self._flags[row]

    # -- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            f = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f.label(self._lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f.help(self._lang) or f.label(self._lang)
            if role == RAW_ROLE:
                return f.key
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        found = self._row(index.row())
        if found is None:
            return None
        cols, values = found
        f = self.columns[index.column()]
        at = cols.get(f.key)
        value = None if at is None else values[at]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(f, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if f.type in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            flag = self.flag(index.row())
            return FLAG_COLOURS.get(flag) if flag else None
        if role == Qt.ItemDataRole.ToolTipRole:
            flag = self.flag(index.row())
            if flag == "overdue":
                return self.tr("Overdue")
            if flag == "due_soon":
                return self.tr("Due soon")
            text = self.display(f, value)
            return text if len(text) > 20 else None
        if role == RAW_ROLE:
            return value
        if role == ID_ROLE:
            return values[cols["id"]]
        return None

    def display(self, f: Field, value: Any) -> str:
        """A stored value as the user reads it (labels, titles, local dates)."""
        if value is None or value == "":
            return ""
        t = f.type
        if t is FieldType.CHOICE:
            return f.choice_label(str(value), self._lang)
        if t is FieldType.REF and f.ref_table:
            key = (f.ref_table, int(value))
            if key not in self._titles:
                self._titles[key] = self.store.title_of(f.ref_table, int(value))
            return self._titles[key]
        if t is FieldType.DATE:
            return format_date(value, self._lang)
        if t is FieldType.DATETIME:
            return format_datetime(value, self._lang)
        if t is FieldType.MONEY:
            return f"{float(value):,.2f}"
        if t is FieldType.DECIMAL:
            return decimal_text(f, value)
        if t is FieldType.INT:
            n = int(value)
            text = f"{abs(n):,}" if abs(n) >= 10000 else str(abs(n))
            if f.signed and n:  # a change of stock reads +38 / −12 (a true minus sign)
                return ("+" if n > 0 else "\u2212") + text
            return text if n >= 0 else "-" + text
        if t is FieldType.LONGTEXT:
            return " ".join(str(value).split())
        if f.format in PERSONAL_FORMATS and not self.reveal_personal:
            return mask_id_number(value)
        return str(value)

    def set_reveal_personal(self, reveal: bool) -> None:
        """Show ID numbers in full (or masked again); the caller records who asked."""
        self.reveal_personal = reveal
        if self._count and self.columns:
            last = self.index(self._count - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            q = self._query.with_(
                sort=self.columns[column].key,
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        else:
            q = self._query.with_(sort=None, descending=False)
        if q != self._query:
            # A reset, not layoutChanged: every row may move and we hold no ids to remap.
            self.set_query(q)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The header section and order matching the query's (or the table's default) sort."""
        key = self._query.sort or self.table.default_sort[0]
        desc = self._query.descending if self._query.sort else self.table.default_sort[1]
        order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        for i, f in enumerate(self.columns):
            if f.key == key:
                return i, order
        return -1, order
