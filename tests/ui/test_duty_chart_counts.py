"""The Overview's monthly duty chart shows its counts, not "..." (seen at 1366×768 on a
real X display: the chart is 140 px high, and Qt elided every label of the count axis)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtWidgets import QApplication

from emergency_desk.schema import TABLES
from emergency_desk.store import Store
from emergency_desk.ui.shell.app import prefer_cjk_font

from .helpers import chart_texts, overview_at


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The Chinese UI font a real start sets (its taller lines are what squeezed the axis)."""
    before = qapp.font()
    prefer_cjk_font(qapp, "zh")
    yield
    qapp.setFont(before)


def _shown_texts(view: Any) -> list[str]:
    return [text for text, shown in chart_texts(view) if shown]


@pytest.mark.parametrize("size", [(1024, 600), (1350, 690)], ids=["1024", "1366"])
def test_duty_chart_counts_are_readable(
    qtbot: Any, ui_store: Store, app_font: None, size: Any
) -> None:
    year = dt.date.today().year
    for i, choice in enumerate(TABLES["hazards"].field("category").choices[:8]):
        ui_store.insert(
            "hazards",
            {
                "found_on": f"{year}-01-01",
                "name": f"隐患{i}",
                "category": choice.key,
                "grade": "general",
            },
        )  # fmt: skip  (eight categories: the hazard chart takes its full height)
    # A year like the demo's: 18 to 41 calls a month (its axis was "..." three times).
    counts = [26, 18, 28, 20, 32, 39, 41, 41, 27, 24, 29, 5][: dt.date.today().month]
    for month, count in enumerate(counts, start=1):
        for n in range(count):
            ui_store.insert(
                "duty_log",
                {"received_at": f"{year}-{month:02d}-01 {n % 24:02d}:{n % 60:02d}",
                 "type": "other", "summary": f"来电{month}-{n}"},
            )  # fmt: skip
    overview = overview_at(qtbot, ui_store, size)
    view = overview.duty_chart
    qtbot.waitUntil(lambda: bool(view.chart().series()))
    qtbot.wait(50)  # the axes lay their labels out on the next layout pass
    assert view.height() < 200  # as squeezed as on the laptop
    (axis,) = [a for a in view.chart().axes() if isinstance(a, QValueAxis)]
    texts = _shown_texts(view)
    assert not [t for t in texts if t in ("...", "…") or t.endswith(("...", "…"))], texts
    top = str(int(axis.max()))
    assert top in texts and "0" in texts, texts
