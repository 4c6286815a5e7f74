"""The 乡镇汇总 table's rows: one per township, the county bureau's league table.

Thirty rows at most a few dozen: the figures are read in one go (``store.county_figures``,
a ``GROUP BY`` per figure) and sorted here, in Python, by the number behind each cell, not
by its text ("9" before "18"), and names by pinyin (柳河乡 before 青石镇). A township
without a figure (no hazard found: no rate) sorts last either way, as a league table puts
the unranked at the bottom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from ...store.collation import pinyin_key
from ...store.county import Township
from ...store.county_figures import TownshipFigures
from ..shell.lang import format_date, ui_lang

CODE_ROLE = Qt.ItemDataRole.UserRole  # a row's township code
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the number a cell sorts by
BEHIND_COLOUR = QColor("#f8d7da")
STALE_DAYS = 45  # a package older than this is shown as stale (monthly packages, and a margin)


@dataclass(frozen=True)
class LeagueRow:
    """A township as the table shows it."""

    code: str
    name: str
    packaged_on: str  # YYYY-MM-DD
    stale_days: int
    figures: TownshipFigures


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}%"


@dataclass(frozen=True)
class Column:
    key: str
    value: Callable[[LeagueRow], Any]  # what it sorts by (None: unranked)
    text: Callable[[LeagueRow, str], str]
    register: str  # where a double-click on it goes


def _n(attr: str, register: str) -> Column:
    return Column(
        attr,
        lambda r: getattr(r.figures, attr),
        lambda r, _l: str(getattr(r.figures, attr)),
        register,
    )


COLUMNS: tuple[Column, ...] = (
    Column("township", lambda r: pinyin_key(r.name), lambda r, _l: r.name, "hazards"),
    Column("packaged_on", lambda r: r.packaged_on, lambda r, lang: format_date(r.packaged_on, lang), "hazards"),
    Column("stale_days", lambda r: r.stale_days, lambda r, _l: str(r.stale_days), "hazards"),
    _n("hazards_found", "hazards"),
    _n("hazards_rectified", "hazards"),
    Column("rate", lambda r: r.figures.rate, lambda r, _l: _pct(r.figures.rate), "hazards"),
    _n("hazards_overdue", "hazards"),
    _n("major_open", "hazards"),
    _n("drills", "drills"),
    _n("participants", "drills"),
    _n("plans_past_review", "plans"),
    _n("stock_short", "materials"),
    _n("stock_expired", "materials"),
    Column(
        "reports_on_time",
        lambda r: r.figures.on_time_rate,
        lambda r, _l: (
            f"{r.figures.reports_on_time}/{r.figures.reports_due}" if r.figures.reports_due else ""
        ),
        "duty",
    ),
    _n("incidents", "incidents"),
    Column("losses", lambda r: r.figures.losses, lambda r, _l: f"{r.figures.losses:,.2f}", "incidents"),
)  # fmt: skip
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def league_rows(
    townships: list[Township], figures: dict[str | None, TownshipFigures], today: dt.date
) -> list[LeagueRow]:
    """One row per township taken in, its figures (zeros when it has none this year)."""
    from ...store.county_figures import short_name

    rows = []
    for t in townships:
        made = t.packaged_at[:10]
        try:
            stale = (today - dt.date.fromisoformat(made)).days
        except ValueError:
            stale = 0
        rows.append(
            LeagueRow(t.code, short_name(t.name), made, stale, figures.get(t.code, TownshipFigures(t.code)))
        )  # fmt: skip
    return rows


_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_CODE, _SORT = int(CODE_ROLE), int(SORT_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _background(row: LeagueRow, column: Column) -> QColor | None:
    """Red where a township is behind, or its package is stale."""
    behind = row.figures.behind and column.key in (
        "hazards_overdue", "stock_expired", "reports_on_time",
    )  # fmt: skip
    stale = column.key == "stale_days" and row.stale_days > STALE_DAYS
    return BEHIND_COLOUR if (behind and column.value(row)) or stale else None


class LeagueModel(QStandardItemModel):
    """The league table: headers from ``headers``, rows set with ``set_rows``.

    Each cell's text, colour, alignment and sort value are worked out once, when the rows
    are set or sorted, and held in Qt's own items: the view asks a cell a dozen questions
    to size its column and again to draw it, and answering each in Python made drawing
    the thirty rows cost three times what a plain table widget's does. The township's
    code is on the first column's cell (``CODE_ROLE``) and in ``rows``."""

    def __init__(self, headers: dict[str, str], parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.headers = headers
        self.rows: list[LeagueRow] = []
        self.lang = ui_lang()
        self._sort: tuple[int, bool] = (0, False)
        for c, column in enumerate(COLUMNS):
            text = headers.get(column.key, "")
            self.setHeaderData(c, Qt.Orientation.Horizontal, text)
            self.setHeaderData(c, Qt.Orientation.Horizontal, text, Qt.ItemDataRole.ToolTipRole)
        first = QStandardItem()
        first.setFlags(_FLAGS)
        right = first.clone()
        right.setData(_RIGHT, _ALIGNMENT)
        self._prototypes = (first, right)

    def _fill(self) -> None:
        """The items for ``rows``, with the model's signals held: the caller tells the
        view once (a reset, or a layout change after a sort)."""
        first, right = self._prototypes
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            for row in self.rows:
                items = []
                for c, column in enumerate(COLUMNS):
                    item = (right if c else first).clone()
                    item.setText(column.text(row, self.lang))
                    value = column.value(row)
                    if value is not None:
                        item.setData(value, _SORT)
                    colour = _background(row, column)
                    if colour is not None:
                        item.setData(colour, _BACKGROUND)
                    items.append(item)
                items[0].setData(row.code, _CODE)
                self.appendRow(items)
        finally:
            self.blockSignals(False)

    def set_rows(self, rows: list[LeagueRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows, *self._sort)
        self._fill()
        self.endResetModel()

    @staticmethod
    def _sorted(rows: list[LeagueRow], column: int, descending: bool) -> list[LeagueRow]:
        value = COLUMNS[column].value
        ranked = [r for r in rows if value(r) is not None]
        ranked.sort(key=lambda r: (value(r), r.code), reverse=descending)
        return ranked + [r for r in rows if value(r) is None]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows, *self._sort)
        self._fill()
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        column, descending = self._sort
        return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def code(self, row: int) -> str | None:
        return self.rows[row].code if 0 <= row < len(self.rows) else None
