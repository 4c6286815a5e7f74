"""The Overview's two charts: hazards found this year by category, duty log by month.

This module (and QtCharts with it) is imported when the first figures arrive, after
the window's first paint (``OverviewTab._charts``), so it imports what it needs at
the top like any other.

The category chart names every category at 1024 and 1366 px wide: a category axis drops
every label that would overlap the one before, so the chart asks for the height its
categories need (``category_chart_height``), takes the larger share of the column, and
keeps its legend beside the bars rather than under them. When the column is shorter than
both charts need (all eleven categories in a 1024×600 window), it scrolls.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ...schema import TABLES

EMPTY_CHART = "emptyChart"
# What a chart view spends besides its plot area: title, value axis, margins (measured with
# the legend beside the bars), in lines of the widget's font.
CHART_CHROME_LINES = 5.5
# A category label is a text item with a 4 px margin all round; the axis hides any label
# whose box overlaps the one before, so each category needs its text's height plus these.
LABEL_PADDING = 10


def category_chart_height(font: QFont, label_font: QFont, categories: int) -> int:
    """The height a horizontal bar chart needs to draw every category's label."""
    line = QFontMetrics(font).height()
    label = QFontMetrics(label_font).height() + LABEL_PADDING
    return int(CHART_CHROME_LINES * line + categories * label)


class OverviewCharts(QWidget):
    """The two chart views, each given a new chart on every refresh."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("chartScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area)
        inner = QWidget(self.scroll_area)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(inner)
        views = []
        # The categories need the height; twelve months fit in less.
        for name, height, stretch in (("hazardChart", 150, 3), ("dutyChart", 140, 2)):
            view = QChartView(inner)
            view.setObjectName(name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(height)
            layout.addWidget(view, stretch)
            views.append(view)
        self.hazard_chart, self.duty_chart = views

    def fill(self, by_category: list[tuple[str, int, int]], months: list[tuple[int, int]]) -> None:
        self._fill_hazard_chart(by_category)
        self._fill_duty_chart(months)

    def _fill_hazard_chart(self, by_category: list[tuple[str, int, int]]) -> None:
        category = TABLES["hazards"].field("category")
        rows = list(by_category)
        rows.reverse()  # a horizontal bar chart draws the first category at the bottom
        chart = self._chart(self.tr("Hazards found this year by category"))
        if not rows:  # no axes counting 0 0 0 0 1 over nothing: say why it is empty
            self._set_chart(self.hazard_chart, self._empty(chart, self.tr("No hazards yet")))
            return
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
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # height goes to the labels
        needed = category_chart_height(self.font(), self._small_font(), len(labels))
        self.hazard_chart.setMinimumHeight(max(150, needed))
        self._set_chart(self.hazard_chart, chart)

    def _fill_duty_chart(self, months: list[tuple[int, int]]) -> None:
        chart = self._chart(self.tr("Duty log entries by month"))
        if not any(n for _m, n in months):
            self._set_chart(self.duty_chart, self._empty(chart, self.tr("No duty log entries yet")))
            return
        entries = QBarSet(self.tr("Entries"))
        entries.setColor(QColor("#5b9b5b"))
        for _m, n in months:
            entries.append(n)
        bars = QBarSeries()
        bars.append(entries)
        chart.addSeries(bars)
        chart.legend().hide()
        axis_m = QBarCategoryAxis()
        axis_m.append([str(m) for m, _ in months])
        # No axis title: the chart's title says "by month", and 600 px high has no line to spare.
        axis_m.setLabelsFont(self._small_font())
        chart.addAxis(axis_m, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_m)
        axis_n = QValueAxis()
        axis_n.setLabelFormat("%d")
        axis_n.setRange(0, max([n for _m, n in months] or [1]) or 1)
        # 140 px high leaves the counts too little room by Qt's measure: it drew "..." for
        # every tick. The counts are short numbers, never worth hiding; three ticks fit.
        axis_n.setLabelsFont(self._small_font())
        axis_n.setTruncateLabels(False)
        axis_n.setTickCount(3)
        axis_n.applyNiceNumbers()
        chart.addAxis(axis_n, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_n)
        self._set_chart(self.duty_chart, chart)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return font

    def _chart(self, title: str) -> QChart:
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
