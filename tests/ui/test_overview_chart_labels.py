"""The Overview's category chart names every category at 1024 and 1366 px (issue 15.7).

A category axis silently drops each label that would overlap the one before: at 1024×600
every other category went unnamed. The labels drawn are read from the chart's scene.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis

from emergency_desk.schema import TABLES
from emergency_desk.store import Store

from .helpers import chart_texts, overview_at

CATEGORIES = TABLES["hazards"].field("category").choices


def _drawn_labels(view: Any) -> dict[str, bool]:
    """Each text item of the chart's scene and whether it is shown."""
    return dict(chart_texts(view))


@pytest.mark.parametrize("size", [(1024, 600), (1366, 728)], ids=["1024", "1366"])
@pytest.mark.parametrize("count", [5, len(CATEGORIES)], ids=["five", "all"])
def test_every_category_is_named(
    qtbot: Any, ui_store: Store, size: tuple[int, int], count: int
) -> None:
    year = dt.date.today().year
    for i, choice in enumerate(CATEGORIES[:count]):
        for n in range(1 + i % 4):
            ui_store.insert(
                "hazards",
                {"found_on": f"{year}-01-{1 + n:02d}", "name": f"隐患{i}-{n}",
                 "category": choice.key, "grade": "general"},
            )  # fmt: skip
    overview = overview_at(qtbot, ui_store, size)
    window = overview.window()
    view = overview.hazard_chart
    qtbot.waitUntil(lambda: bool(view.chart().series()))
    qtbot.waitUntil(lambda: view.width() > 300)  # laid out at this window size
    qtbot.wait(50)  # the axis lays its labels out on the next layout pass
    assert window.height() <= size[1]
    labels = _drawn_labels(view)
    (axis,) = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    names = axis.categories()
    assert len(names) == min(count, 8)  # the Overview charts the eight largest categories
    hidden = [name for name in names if not labels.get(name)]
    assert hidden == [], (size, view.size(), view.minimumHeight(), view.chart().plotArea(), hidden)
    hint = window.minimumSizeHint()  # and the window still shrinks to 1024×600
    assert hint.width() <= 1024 and hint.height() <= 600, hint
