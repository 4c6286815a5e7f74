"""The Overview: who is on duty today, what is overdue, and how the year is going.

It is the first thing the office head sees, so it answers "what needs doing now?"
before anything else: every alert group with its count and its rows, each row one click
from its record. The figures below are this year's, up to today.

On a million duty entries the figures take half a second, so they are computed on a
worker thread over its own read-only connection (an SQLite connection belongs to the
thread that opened it) while the window is already on screen; the tab says it is
counting until they arrive. A result overtaken by a newer refresh is thrown away.

What the user waits for comes first: the worker counts the rules alone and the tab
draws each group's count (``counts_shown``); a second step then describes the rows and
reads the roster and the year's figures, and the charts (QtCharts with them) are built
after those are on screen (``figures_shown``). The window holds its other background
work (the page check, the backup) until then (``MainWindow.figures_gate``), so on two
cores it does not compete with the figures.

The parts are modules of their own: ``cards`` (today's roster, this year's figures),
``alerts`` (the groups and their rows) and ``charts``; the charts, and QtCharts with
them, are imported and built when the first figures arrive, after the window's first
paint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import Store, StoreError
from ..shell.lang import format_date, ui_lang
from ..shell.ops import Op
from ..shell.store_watch import watch_tables
from .alerts import GROUP_ROLE, KEY_ROLE, TABLE_ROLE, AlertTree
from .cards import RosterCard, YearCards

if TYPE_CHECKING:
    from PySide6.QtCharts import QChartView

    from ...rules.alerts import AlertGroup
    from ...rules.overview import OverviewCounts, OverviewFigures
    from ..shell.main_window import MainWindow
    from .charts import OverviewCharts

__all__ = ["GROUP_ROLE", "KEY_ROLE", "TABLE_ROLE", "OverviewTab", "install_overview"]

REFRESH_DELAY_MS = 300
CLOCK_REFRESH_MS = 5 * 60 * 1000  # report limits run out while the screen is open
WATCHED = {*TABLES, "settings"}


_rules: Any = None  # ``rules.overview``, once loaded


def load_rules() -> None:
    """Import the rules when first counted: on the GUI thread, not at start-up (their
    import is not on the way to the first paint) and never on a worker (``ops``)."""
    global _rules
    if _rules is None:
        from ...rules import overview

        _rules = overview


def compute_counts(store: Store, day: dt.date) -> OverviewCounts:
    """The rules' groups (``load_rules`` has run on the GUI thread)."""
    load_rules()
    counts: OverviewCounts = _rules.compute_counts(store, day)
    return counts


def compute_details(store: Store, counts: OverviewCounts, lang: str) -> OverviewFigures:
    """The described rows, roster and year's figures for ``counts``."""
    load_rules()
    figures: OverviewFigures = _rules.compute_details(store, counts, lang)
    return figures


def compute_figures(store: Store, day: dt.date, lang: str) -> OverviewFigures:
    """Everything at once (a store in memory has no second connection for a worker)."""
    return compute_details(store, compute_counts(store, day), lang)


class _BodyLayout(QVBoxLayout):
    """The scrolled body's layout, telling its scroll area nothing of height-for-width.

    Its wrapped labels make it a height-for-width layout, and a resizable QScrollArea then
    sizes the body to its *preferred* height: a scroll bar on every ordinary screen.
    Without it the body scrolls only when the tab is shorter than its minimum."""

    def hasHeightForWidth(self) -> bool:
        return False


class OverviewTab(QWidget):
    """Alerts, today's roster, year-to-date cards and charts over one store."""

    counts_shown = Signal()  # each rule's count is on screen (the rows may still come)
    figures_shown = Signal()  # everything is: rows, cards and charts

    def __init__(
        self,
        store: Store,
        open_record: Callable[[str, int], None] | None = None,
        show_ids: Callable[[str, list[int], str], None] | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        when_ready: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        """``when_ready(start)``: when a worker may start (the window's ``paint_gate``)."""
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.when_ready = when_ready or (lambda start: start())
        self.store = store
        self.lang = ui_lang()
        self.open_record_callback = open_record
        self.show_ids_callback = show_ids
        self.today = today
        self.groups: dict[str, AlertGroup] = {}
        self._unwatch: Callable[[], None] | None = None
        self._asked = 0  # number of the newest refresh requested
        self._shown = 0  # number of the refresh whose figures are on screen
        self._worker_busy = False

        # Everything scrolls inside the tab: at 150 % scaling a 1366×768 laptop leaves
        # 910×485 logical pixels, less than the alerts, cards and charts need, and the
        # window must still fit (``screen_fit``). On a larger screen no bar shows.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("overviewScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        page.addWidget(self.scroll)
        body = QWidget(self.scroll)
        outer = _BodyLayout(body)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(8)

        head = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("overviewTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        head.addWidget(self.title_label, 1)
        self.computing_label = QLabel(self.tr("Computing…"), self)
        self.computing_label.setObjectName("overviewComputing")
        self.computing_label.setStyleSheet("color: #777;")
        self.computing_label.hide()
        head.addWidget(self.computing_label)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("overviewRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.refresh_button)
        outer.addLayout(head)

        self.roster_label = RosterCard(self)
        outer.addWidget(self.roster_label)
        self.year_cards = YearCards(self)
        self.cards = self.year_cards.cards
        outer.addWidget(self.year_cards)

        # Horizontal (the default): alerts left, charts right. ``parent=`` by keyword: the
        # positional form is resolved against ``QSplitter(Qt.Orientation, …)``, and that
        # builds Qt's whole namespace before the first paint (``first_paint``).
        self.splitter = QSplitter(parent=self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.alerts_title = QLabel(self)
        self.alerts_title.setObjectName("alertsTitle")
        lv.addWidget(self.alerts_title)
        self.tree = AlertTree(left)
        self.tree.itemClicked.connect(self._item_clicked)
        self.tree.itemActivated.connect(self._item_clicked)
        lv.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Click a row to open the record."), left)
        hint.setStyleSheet("color: #777;")
        lv.addWidget(hint)
        self.splitter.addWidget(left)

        # The charts go in here with the first figures (``_charts``).
        self.charts = QWidget(self)
        self.charts.setObjectName("overviewCharts")
        self.charts.setMinimumHeight(300)  # the window still shrinks to 1024×600
        QVBoxLayout(self.charts).setContentsMargins(0, 0, 0, 0)
        self._chart_widget: OverviewCharts | None = None
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 560])
        outer.addWidget(self.splitter, 1)
        self.scroll.setWidget(body)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._dirty = False
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_REFRESH_MS)
        self._clock.timeout.connect(self._changed)
        self._clock.start()
        self._watch()
        self.refresh()

    # -- the store ---------------------------------------------------------------------
    def _watch(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
        self._unwatch = watch_tables(self, self.store, WATCHED, lambda _changed: self._changed())

    def _changed(self) -> None:
        """Refresh soon if on screen; a hidden Overview refreshes when it is shown again."""
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def set_store(self, store: Store) -> None:
        self.store = store
        self._watch()
        self.refresh()

    # -- computing ---------------------------------------------------------------------
    @property
    def computing(self) -> bool:
        """A refresh was asked for and its figures are not on screen yet."""
        return self._shown != self._asked

    def refresh(self) -> None:
        """Recount everything: on a worker thread for a file, at once for a store in memory."""
        self._refresh_timer.stop()
        self._dirty = False
        if self.store.closed:  # the window is swapping databases; set_store refreshes
            return
        self._asked += 1
        if self.store.path is None:  # no second connection to an in-memory database
            self._show(self._asked, compute_figures(self.store, self.today(), self.lang))
            return
        self._set_computing(True)
        if not self._worker_busy:  # else the running one's result is stale: rerun then
            self._worker_busy = True
            self.when_ready(self._start_worker)

    def _start_worker(self) -> None:
        """Count the rules on a worker; ``_counted`` draws them and asks for the rest."""
        if self.store.closed:  # another database was opened while this one waited
            self._worker_busy = False
            return
        load_rules()  # here, not on the worker
        number, day = self._asked, self.today()
        self._worker_busy = True
        Op(
            self,
            lambda ctx: compute_counts(ctx.store, day),
            store=self.store,
            name="overview",
            conn_only=True,  # sqlite-utils is imported for the rows, after the counts
        ).success(lambda counts: self._counted(number, counts)).failure(
            lambda exc: self._arrived(number, exc)
        ).run_in_background()

    def _counted(self, number: int, counts: OverviewCounts) -> None:
        if self.store.closed:  # another database is coming; ``set_store`` counts it
            self._worker_busy = False
            return
        if number != self._asked:  # overtaken by a newer refresh: count again
            self._arrived(number, counts)
            return
        self._show_counts(counts)
        lang = self.lang
        Op(
            self,
            lambda ctx: compute_details(ctx.store, counts, lang),
            store=self.store,
            name="overview-rows",
        ).success(lambda figures: self._arrived(number, figures)).failure(
            lambda exc: self._arrived(number, exc)
        ).run_in_background()

    def _arrived(self, number: int, result: object) -> None:
        self._worker_busy = False
        if number != self._asked:  # overtaken by a newer refresh: count again
            self._start_worker()
            return
        if isinstance(result, BaseException):
            self._set_computing(False)
            self._shown = number
            self._show_error(result)
            self.figures_shown.emit()  # nothing more is coming: the window goes on
            return
        self._show(number, result, charts_later=True)  # type: ignore[arg-type]

    def _set_computing(self, on: bool) -> None:
        self.computing_label.setVisible(on)
        if on and not self._shown:  # nothing counted yet: say so where the alerts go
            self.alerts_title.setText("<b>" + self.tr("Computing the figures…") + "</b>")

    def _show_error(self, exc: BaseException) -> None:
        reason = exc.message(self.lang) if isinstance(exc, StoreError) else str(exc)
        self.alerts_title.setText(
            self.tr("The figures could not be computed: {reason}").format(reason=reason)
        )

    # -- filling -----------------------------------------------------------------------
    def _show_counts(self, counts: OverviewCounts | OverviewFigures) -> None:
        """The heading and every group with its count (its rows follow with the details)."""
        office = self._office_name(counts)
        self.title_label.setText(
            self.tr("{office} — {date}").format(
                office=office, date=format_date(counts.day, self.lang)
            )
        )
        self.groups = counts.groups
        total = sum(g.count for g in self.groups.values())
        self.alerts_title.setText("<b>" + self.tr("Needs attention: {n}").format(n=total) + "</b>")
        self.tree.fill(self.groups, None, self.lang)
        self.counts_shown.emit()

    def _show(self, number: int, figures: OverviewFigures, *, charts_later: bool = False) -> None:
        """Everything; ``charts_later``: the charts once the rows and cards are on screen."""
        drawn = {k: g.count for k, g in self.groups.items()}
        if drawn != {k: g.count for k, g in figures.groups.items()}:  # not these counts yet
            self._show_counts(figures)
        self.groups = figures.groups  # the same counts, now with each group's first ids
        self.roster_label.show_roster(figures.roster, self.lang)
        self.tree.fill(self.groups, figures.rows, self.lang)
        self.year_cards.fill(figures.ytd)
        if charts_later:
            QTimer.singleShot(0, self, lambda: self._show_charts(number, figures))
        else:
            self._show_charts(number, figures)

    def _show_charts(self, number: int, figures: OverviewFigures) -> None:
        if number != self._asked:  # a newer refresh is under way; it draws its own
            return
        self._charts().fill(figures.by_category, figures.by_month)
        self._shown = number
        self._set_computing(False)
        self.figures_shown.emit()

    def _office_name(self, figures: OverviewCounts | OverviewFigures) -> str:
        """An English heading uses the English name when one is set; a Chinese one never."""
        settings = figures.settings
        names = [settings.office_name_en, settings.office_name]
        if self.lang == "zh":
            names.reverse()
        for name in names:
            if (name or "").strip():
                return name.strip()
        return self.tr("Emergency management office")

    # -- charts --------------------------------------------------------------------------
    def _charts(self) -> OverviewCharts:
        """The charts, made on first use: QtCharts is not loaded before."""
        if self._chart_widget is None:
            from .charts import OverviewCharts

            self._chart_widget = OverviewCharts(self.lang, self.charts)
            self.charts.layout().addWidget(self._chart_widget)
        return self._chart_widget

    @property
    def hazard_chart(self) -> QChartView:
        return self._charts().hazard_chart

    @property
    def duty_chart(self) -> QChartView:
        return self._charts().duty_chart

    # -- clicking ----------------------------------------------------------------------
    def row_items(self, key: str) -> list[QTreeWidgetItem]:
        """The rows shown under a group (tests and keyboard users)."""
        return self.tree.row_items(key)

    def _item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        table = item.data(0, TABLE_ROLE)
        key = item.data(0, KEY_ROLE)
        if table is None:
            group_key = item.data(0, GROUP_ROLE)
            if item.parent() is not None and group_key:
                self.show_group(group_key)
            return
        if table == "duty_roster":
            self._open_roster_day(str(key))
            return
        if isinstance(key, str):  # a village without an information officer: name one
            self._new_info_officer(key)
            return
        if self.open_record_callback is not None:
            self.open_record_callback(str(table), int(key))

    def show_group(self, key: str) -> None:
        group = self.groups.get(key)
        if group is None or self.show_ids_callback is None:
            return
        from ...rules import alerts

        if key in alerts.NOT_RECORD_IDS:  # days or villages, not records
            return
        if group.count != len(group.ids):  # the tab holds the first rows: ask for all
            group = alerts.evaluate(self.store, self.today(), keys=(key,))[key]
        self.show_ids_callback(group.table, [int(i) for i in group.ids], group.title(self.lang))

    def _new_info_officer(self, village: str) -> None:
        """A new contact form for the village's information officer, village and role set."""
        if self.store.read_only:
            return
        from ..registers.registry import dialog_class

        dialog = dialog_class("contacts")(
            self.store, "contacts", None, self, {"village": village, "role": "info_officer"}
        )
        dialog.exec()
        dialog.deleteLater()

    def _open_roster_day(self, day: str) -> None:
        if self.show_ids_callback is not None:
            self.show_ids_callback("duty_roster", [], day)


def install_overview(window: MainWindow) -> OverviewTab:
    """Put the Overview first in the window, with its links into the registers (once:
    a window that has it already keeps that one)."""
    if window.overview_tab is not None:
        return window.overview_tab

    def show_ids(table: str, ids: list[int], label: str) -> None:
        tab = window.register_tab_for_table(table)
        if tab is None:
            return
        register = window.register_for_table(table)
        if register is not None:
            window.tabs.setCurrentWidget(window.register_tabs[register])
            inner = getattr(window.register_tabs[register], "tabs", None)
            if inner is not None and inner.indexOf(tab) >= 0:
                inner.setCurrentWidget(tab)
        if table == "duty_roster":
            # A day without a roster: start that day's roster entry, date filled in.
            if window.store.read_only:
                return
            from ..registers.registry import dialog_class

            dialog = dialog_class("duty_roster")(
                window.store, "duty_roster", None, tab, defaults={"on_date": label}
            )
            dialog.exec()
            dialog.deleteLater()
            return
        tab.set_extra_ids(ids, label)

    def open_record(table: str, record_id: int) -> None:
        window.open_record(table, record_id)

    tab = OverviewTab(
        window.store, open_record, show_ids, window, when_ready=window.paint_gate.when_open
    )
    window.overview_tab = tab
    window.add_tab(tab, OverviewTab.tr("Overview"), index=0)
    window.tabs.setCurrentIndex(0)
    return tab
