"""The 乡镇汇总 tab: one row per township, a league table the county bureau sorts.

Shown only in a county database (``county_install``). A double-click on a township opens
the register its column speaks of (hazards for the hazard figures, drills for the drills…)
with the lists filtered to that township, whose rows are read-only there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...rules.settings import load_settings
from ...store import Store
from ...store.county import Township, townships
from ...store.county_figures import TownshipFigures, figures_by_township
from ..shell.lang import ui_lang
from ..shell.ops import Op, OpContext
from ..shell.store_watch import watch_tables
from ..widgets.register_columns import make_table_view
from .league_model import COLUMNS, STALE_DAYS, LeagueModel, league_rows

ShowTownship = Callable[[str, str], None]  # (township code, register name)


class LeagueTab(QWidget):
    """The townships' figures this year up to today, sortable, a click from their rows."""

    def __init__(
        self,
        store: Store,
        show_township: ShowTownship | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("townshipsTab")
        self.store = store
        self.today = today
        self.lang = ui_lang()
        self.show_township = show_township
        self._asked = 0  # refreshes asked for: only the latest one's figures are shown
        # The figures first: the worker counts while the widgets below are built and
        # shown; its result arrives through the event loop, after them.
        self.refresh()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        head = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("townshipsTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        head.addWidget(self.title_label, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        self.model = LeagueModel(self._headers(), self)
        self.view = make_table_view(self, self.model)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view, 1)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("townshipsHint")
        self.hint_label.setWordWrap(True)
        grey = self.hint_label.palette()  # a palette, not a style sheet: no style to build
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#555"))
        self.hint_label.setPalette(grey)
        layout.addWidget(self.hint_label)
        watch_tables(self, store, {"townships"}, lambda _changed: self.refresh())

    def _headers(self) -> dict[str, str]:
        h = {
            "township": self.tr("Township"),
            "packaged_on": self.tr("Package made"),
            "stale_days": self.tr("Days old"),
            "hazards_found": self.tr("Hazards found"),
            "hazards_rectified": self.tr("Rectified"),
            "rate": self.tr("Rectification rate"),
            "hazards_overdue": self.tr("Overdue"),
            "major_open": self.tr("Major open"),
            "drills": self.tr("Drills"),
            "participants": self.tr("Participants"),
            "plans_past_review": self.tr("Plans past review"),
            "stock_short": self.tr("Stock short"),
            "stock_expired": self.tr("Stock expired"),
            "reports_on_time": self.tr("Reports on time"),
            "incidents": self.tr("Incidents"),
            "losses": self.tr("Direct loss (10k yuan)"),
        }
        assert set(h) == {c.key for c in COLUMNS}
        return h

    def refresh(self) -> None:
        """Read the townships and their figures again (a package was taken in), off the
        GUI thread: thirty townships' figures are a query per figure over every row."""
        self._asked += 1
        number, day = self._asked, self.today()

        def work(ctx: OpContext) -> tuple[list[Township], dict[str | None, TownshipFigures]]:
            store = ctx.store
            assert store is not None
            settings = load_settings(store)
            figures = figures_by_township(
                store,
                day.year,
                day,
                review_years=settings.review_years,
                limits=settings.report_limits,
            )
            return townships(store, with_counts=False), figures

        # conn_only: every read goes through ``store.conn``, so the worker's store neither
        # wraps its connection in sqlite-utils nor waits for it to be imported.
        Op(self, work, store=self.store, name="league", conn_only=True).success(
            lambda result: self._arrived(number, day, *result)
        ).run_in_background()

    def _arrived(
        self,
        number: int,
        day: dt.date,
        towns: list[Township],
        figures: dict[str | None, TownshipFigures],
    ) -> None:
        if number != self._asked:  # a newer refresh is on its way
            return
        self.model.set_rows(league_rows(towns, figures, day))
        self.view.resizeColumnsToContents()
        self.title_label.setText(
            self.tr("Townships, {year} up to {day}").format(year=day.year, day=day.isoformat())
        )
        if self.model.rowCount():
            self.hint_label.setText(
                self.tr(
                    "Click a heading to rank the townships by it. Double-click a township to "
                    "see its records (read-only: they come from its data package). "
                    "Red: behind (overdue hazards, expired stock, late reports) or a package "
                    "older than %n day(s).",
                    "",
                    STALE_DAYS,
                )
            )
        else:
            self.hint_label.setText(
                self.tr(
                    "No township package taken in yet. Township offices make one with "
                    "“emergency-desk package”; take them in with “emergency-desk county import”."
                )
            )

    def _double_clicked(self, index: QModelIndex) -> None:
        code = self.model.code(index.row())
        if code is not None and self.show_township is not None:
            self.show_township(code, COLUMNS[index.column()].register)

    def select_code(self, code: str) -> None:
        """Select a township's row (tests, and keyboard users after a refresh)."""
        for row in range(self.model.rowCount()):
            if self.model.code(row) == code:
                self.view.selectRow(row)
                return
