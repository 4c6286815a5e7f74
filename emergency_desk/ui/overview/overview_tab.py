"""The Overview: who is on duty today, what is overdue, and how the year is going.

It is the first thing the office head sees, so it answers "what needs doing now?"
before anything else: every alert group with its count and its rows, each row one click
from its record. The figures below are this year's, up to today.

On a million duty entries the figures take half a second, so they are computed on a
worker thread over its own read-only connection (an SQLite connection belongs to the
thread that opened it) while the window is already on screen; the tab says it is
counting until they arrive. A result overtaken by a newer refresh is thrown away.

The charts (QtCharts) and the alert rules are imported, and the chart views built, when
the first figures arrive — after the window's first paint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMargins, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import Store, StoreError
from ..shell.lang import format_date, ui_lang
from ..shell.ops import Op
from ..shell.store_watch import watch_tables

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart, QChartView

    from ...rules.alert_rows import AlertRow
    from ...rules.alerts import AlertGroup
    from ...rules.overview import OverviewFigures
    from ...store import overview_queries as oq
    from ..shell.main_window import MainWindow

REFRESH_DELAY_MS = 300
CLOCK_REFRESH_MS = 5 * 60 * 1000  # report limits run out while the screen is open
# Qt.ItemDataRole.UserRole is 0x0100; named as a number so that importing this module
# does not build Qt's whole namespace before the window's first paint (``first_paint``).
USER_ROLE = 0x0100
TABLE_ROLE = USER_ROLE + 1
KEY_ROLE = USER_ROLE + 2
GROUP_ROLE = USER_ROLE + 3
SEVERITY_COLOURS = {"overdue": "#c62828", "due_soon": "#b26a00"}
WATCHED = {*TABLES, "settings"}
EMPTY_CHART = "emptyChart"


_compute: Callable[[Store, dt.date, str], OverviewFigures] | None = None


def load_rules() -> None:
    """Import the rules when first counted: on the GUI thread, not at start-up (their
    import is not on the way to the first paint) and never on a worker (``ops``)."""
    global _compute
    if _compute is None:
        from ...rules.overview import compute_figures as compute

        _compute = compute


def compute_figures(store: Store, day: dt.date, lang: str) -> OverviewFigures:
    """The rules' figures for the tab (``load_rules`` has run on the GUI thread)."""
    load_rules()
    assert _compute is not None
    return _compute(store, day, lang)


class FigureCard(QFrame):
    """One year-to-date figure: a big number and what it counts."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#figureCard { background: #f7f9fc; border: 1px solid #d5dde8; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.value_label = QLabel("–", self)
        self.value_label.setObjectName("figureValue")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setStyleSheet("color: #1f4e79;")
        self.caption_label = QLabel(caption, self)
        self.caption_label.setStyleSheet("color: #555;")
        self.detail_label = QLabel("", self)
        self.detail_label.setStyleSheet("color: #777; font-size: 9pt;")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.detail_label)

    def set(self, value: str, detail: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)


class OverviewTab(QWidget):
    """Alerts, today's roster, year-to-date cards and charts over one store."""

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

        outer = QVBoxLayout(self)
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

        self.roster_label = QLabel(self)
        self.roster_label.setObjectName("rosterToday")
        self.roster_label.setWordWrap(True)
        self.roster_label.setStyleSheet(
            "QLabel { background: #eef5ee; border: 1px solid #b9d3b9; border-radius: 6px;"
            " padding: 6px 10px; }"
        )
        outer.addWidget(self.roster_label)

        cards = QGridLayout()
        cards.setSpacing(8)
        self.cards = {
            "hazards": FigureCard(self.tr("Hazards found this year"), self),
            "rectified": FigureCard(self.tr("Hazards rectified"), self),
            "rate": FigureCard(self.tr("Rectification rate"), self),
            "drills": FigureCard(self.tr("Drills held"), self),
            "participants": FigureCard(self.tr("Drill participants"), self),
            "activities": FigureCard(self.tr("Publicity and training events"), self),
            "duty": FigureCard(self.tr("Duty log entries"), self),
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        outer.addLayout(cards)

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
        self.tree = QTreeWidget(left)
        self.tree.setObjectName("alertTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.itemClicked.connect(self._item_clicked)
        self.tree.itemActivated.connect(self._item_clicked)
        lv.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Click a row to open the record."), left)
        hint.setStyleSheet("color: #777;")
        lv.addWidget(hint)
        self.splitter.addWidget(left)

        # The chart views go in here with the first figures (``_chart_views``).
        self.charts = QWidget(self)
        self.charts.setObjectName("overviewCharts")
        self.charts.setMinimumHeight(420)
        QVBoxLayout(self.charts).setContentsMargins(0, 0, 0, 0)
        self._chart_pair: tuple[QChartView, QChartView] | None = None
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 560])
        outer.addWidget(self.splitter, 1)

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
        if self.store.closed:  # another database was opened while this one waited
            self._worker_busy = False
            return
        load_rules()  # here, not on the worker
        number, day, lang = self._asked, self.today(), self.lang
        self._worker_busy = True
        Op(
            self,
            lambda ctx: compute_figures(ctx.store, day, lang),
            store=self.store,
            name="overview",
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
            return
        self._show(number, result)

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
    def _show(self, number: int, figures: OverviewFigures) -> None:
        self._shown = number
        self._set_computing(False)
        day = figures.day
        office = self._office_name(figures)
        self.title_label.setText(
            self.tr("{office} — {date}").format(office=office, date=format_date(day, self.lang))
        )
        self._fill_roster(figures.roster)
        self.groups = figures.groups
        self._fill_alerts(figures.rows)
        self._fill_cards(figures.ytd)
        self._fill_charts(figures.by_category, figures.by_month)

    def _office_name(self, figures: OverviewFigures) -> str:
        """An English heading uses the English name when one is set; a Chinese one never."""
        settings = figures.settings
        names = [settings.office_name_en, settings.office_name]
        if self.lang == "zh":
            names.reverse()
        for name in names:
            if (name or "").strip():
                return name.strip()
        return self.tr("Emergency management office")

    def _fill_roster(self, rows: list[dict[str, Any]]) -> None:
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        self.roster_label.setTextFormat(Qt.TextFormat.RichText)
        if not rows:
            self.roster_label.setStyleSheet(
                "QLabel { background: #fdecea; border: 1px solid #e6a3a0; border-radius: 6px;"
                " padding: 6px 10px; }"
            )
            self.roster_label.setText(
                "<b>" + self.tr("Nobody is on the roster for today.") + "</b> "
                + self.tr("Add today's duty in Duty › Duty roster.")
            )  # fmt: skip
            return
        self.roster_label.setStyleSheet(
            "QLabel { background: #eef5ee; border: 1px solid #b9d3b9; border-radius: 6px;"
            " padding: 6px 10px; }"
        )
        shift = TABLES["duty_roster"].field("shift")
        parts = []
        for r in rows:
            text = self.tr("<b>On duty today</b> ({shift}): ").format(
                shift=shift.choice_label(r["shift"], self.lang)
            )
            text += self.tr("Leader on duty: {leader}").format(leader=r.get("leader") or "—")
            text += "　" + self.tr("Officers: {officers}").format(officers=r.get("officers") or "")
            if r.get("phone"):
                text += "　" + self.tr("Phone: {phone}").format(phone=r["phone"])
            parts.append(text)
        self.roster_label.setText("<br>".join(parts))

    def _fill_alerts(self, described: dict[str, list[AlertRow]]) -> None:
        from ...rules.alerts import ALERT_KEYS

        self.tree.clear()
        total = sum(g.count for g in self.groups.values())
        self.alerts_title.setText("<b>" + self.tr("Needs attention: {n}").format(n=total) + "</b>")
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key in ALERT_KEYS:
            group = self.groups[key]
            top = QTreeWidgetItem(
                self.tree,
                [
                    f"{group.title(self.lang)}（{group.count}）"
                    if self.lang == "zh"
                    else f"{group.title(self.lang)} ({group.count})"
                ],
            )
            top.setData(0, GROUP_ROLE, key)
            top.setFont(0, bold)
            if group.count:
                top.setForeground(0, QBrush(QColor(SEVERITY_COLOURS[group.severity])))
            else:
                top.setForeground(0, QBrush(QColor("#8a8a8a")))
                top.setDisabled(False)
            rows = described.get(key, [])
            for row in rows:
                child = QTreeWidgetItem(top, [row.text])
                child.setData(0, TABLE_ROLE, row.table)
                child.setData(0, KEY_ROLE, row.key)
                child.setToolTip(0, row.text)
            if group.count > len(rows):  # the rest are in the register's attention view
                more = QTreeWidgetItem(
                    top,
                    [self.tr("… {n} more: show them all in the register").format(
                        n=group.count - len(rows)
                    )],
                )  # fmt: skip
                more.setData(0, GROUP_ROLE, key)
                more.setForeground(0, QBrush(QColor("#1f4e79")))
            top.setExpanded(0 < group.count <= 20)

    def _fill_cards(self, ytd: oq.YearToDate) -> None:
        self.cards["hazards"].set(
            f"{ytd.hazards_found:,}", self.tr("{year}, to date").format(year=ytd.year)
        )
        self.cards["rectified"].set(f"{ytd.hazards_rectified:,}")
        rate = ytd.rectification_rate
        self.cards["rate"].set("–" if rate is None else f"{rate * 100:.1f}%")
        self.cards["drills"].set(f"{ytd.drills:,}")
        self.cards["participants"].set(f"{ytd.drill_participants:,}")
        self.cards["activities"].set(
            f"{ytd.activities:,}",
            self.tr("{n} participants").format(n=f"{ytd.activity_participants:,}"),
        )
        self.cards["duty"].set(f"{ytd.duty_entries:,}")

    # -- charts --------------------------------------------------------------------------
    @property
    def hazard_chart(self) -> QChartView:
        return self._chart_views()[0]

    @property
    def duty_chart(self) -> QChartView:
        return self._chart_views()[1]

    def _chart_views(self) -> tuple[QChartView, QChartView]:
        """The two chart views, made on first use (QtCharts is not loaded before)."""
        if self._chart_pair is None:
            from PySide6.QtCharts import QChartView

            layout = self.charts.layout()
            views = []
            for name, height in (("hazardChart", 220), ("dutyChart", 200)):
                view = QChartView(self.charts)
                view.setObjectName(name)
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumHeight(height)
                layout.addWidget(view, 1)
                views.append(view)
            self._chart_pair = (views[0], views[1])
        return self._chart_pair

    def _fill_charts(
        self, by_category: list[tuple[str, int, int]], months: list[tuple[int, int]]
    ) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        category = TABLES["hazards"].field("category")
        rows = list(by_category)
        rows.reverse()  # a horizontal bar chart draws the first category at the bottom
        found = QBarSet(self.tr("Found"))
        still_open = QBarSet(self.tr("Not yet rectified"))
        found.setColor(QColor("#4f81bd"))
        still_open.setColor(QColor("#e07b39"))
        labels = []
        for key, n, open_n in rows:
            labels.append(category.choice_label(key, self.lang))
            found.append(n)
            still_open.append(open_n)
        series = QHorizontalBarSeries()
        series.append(found)
        series.append(still_open)
        chart = self._chart(self.tr("Hazards found this year by category"))
        if not rows:  # no axes counting 0 0 0 0 1 over nothing: say why it is empty
            self._set_chart(self.hazard_chart, self._empty(chart, self.tr("No hazards yet")))
            self._fill_duty_chart(months)
            return
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(labels or [""])
        axis_y.setLabelsFont(self._small_font())
        axis_y.setTruncateLabels(False)  # category names are short; never "…"
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setRange(0, max([n for _k, n, _o in rows] or [1]))
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        self._set_chart(self.hazard_chart, chart)
        self._fill_duty_chart(months)

    def _fill_duty_chart(self, months: list[tuple[int, int]]) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        entries = QBarSet(self.tr("Entries"))
        entries.setColor(QColor("#5b9b5b"))
        for _m, n in months:
            entries.append(n)
        bars = QBarSeries()
        bars.append(entries)
        chart2 = self._chart(self.tr("Duty log entries by month"))
        if not any(n for _m, n in months):
            self._set_chart(
                self.duty_chart, self._empty(chart2, self.tr("No duty log entries yet"))
            )
            return
        chart2.addSeries(bars)
        chart2.legend().hide()
        axis_m = QBarCategoryAxis()
        axis_m.append([str(m) for m, _ in months])
        axis_m.setTitleText(self.tr("Month"))
        axis_m.setLabelsFont(self._small_font())
        chart2.addAxis(axis_m, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_m)
        axis_n = QValueAxis()
        axis_n.setLabelFormat("%d")
        axis_n.setRange(0, max([n for _m, n in months] or [1]) or 1)
        axis_n.applyNiceNumbers()
        chart2.addAxis(axis_n, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_n)
        self._set_chart(self.duty_chart, chart2)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return font

    def _chart(self, title: str) -> QChart:
        from PySide6.QtCharts import QChart
        from PySide6.QtCore import Qt  # named where used: see ``first_paint``

        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(4)
        return chart

    def _empty(self, chart: QChart, note: str) -> QChart:
        """A chart with nothing to draw says so under its title (this year, so far)."""
        chart.setTitle(f"{chart.title()}<br><br><span style='color:#888'>{note}</span>")
        chart.setObjectName(EMPTY_CHART)  # the self-test tells "nothing yet" from broken
        chart.legend().hide()
        return chart

    def _set_chart(self, view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    # -- clicking ----------------------------------------------------------------------
    def row_items(self, key: str) -> list[QTreeWidgetItem]:
        """The rows shown under a group (tests and keyboard users)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, GROUP_ROLE) == key:
                return [top.child(j) for j in range(top.childCount())]
        return []

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
        if self.open_record_callback is not None:
            self.open_record_callback(str(table), int(key))

    def show_group(self, key: str) -> None:
        group = self.groups.get(key)
        if group is None or self.show_ids_callback is None or group.table == "duty_roster":
            return
        self.show_ids_callback(group.table, [int(i) for i in group.ids], group.title(self.lang))

    def _open_roster_day(self, day: str) -> None:
        if self.show_ids_callback is not None:
            self.show_ids_callback("duty_roster", [], day)


def install_overview(window: MainWindow) -> OverviewTab:
    """Put the Overview first in the window, with its links into the registers."""
    from ..registers.register_rules import install_register_rules
    from ..settings.settings_action import install_settings_action

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
            from ..registers.dialog_registry import dialog_class

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
    window.overview_tab = tab  # type: ignore[attr-defined]
    window.add_tab(tab, OverviewTab.tr("Overview"), index=0)
    window.tabs.setCurrentIndex(0)
    install_register_rules(window)
    install_settings_action(window)
    return tab
