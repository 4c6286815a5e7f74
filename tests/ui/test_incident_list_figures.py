"""The incidents list shows each incident's latest figures (受灾人口, 直接经济损失, which
report they come from), read from its reports, sorted by SQLite like any column, and
changing when a newer report is sent up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from emergency_desk.store import ListQuery, Store

from .helpers import cell_texts


def _incident(store: Store, started: str, title: str) -> int:
    return store.insert(
        "incidents",
        {"started_at": started, "title": title, "category": "natural_disaster", "kind": "flood"},
    )


def _report(store: Store, incident: int, kind: str, at: str, affected: int, loss: float) -> int:
    return store.insert(
        "incident_reports",
        {"incident_id": incident, "kind": kind, "sent_at": at, "affected": affected,
         "direct_loss": loss},
    )  # fmt: skip


def _latest(rows: list[tuple[int, str, str, int, float]], incident: int) -> tuple[str, int, float]:
    """The test's own answer: the report sent last (by time, then by id) of the incident."""
    mine = [r for r in rows if r[0] == incident]
    _i, kind, _at, affected, loss = max(mine, key=lambda r: (r[2], rows.index(r)))
    return kind, affected, loss


def _row_of(model: Any, title: str) -> int:
    return cell_texts(model, "title").index(title)


def test_incidents_list_shows_the_latest_report_and_follows_a_new_one(
    qtbot: Any, window: Any
) -> None:
    store: Store = window.store
    flood = _incident(store, "2025-07-08 04:30", "青石镇“7·8”暴雨洪涝灾害")
    slide = _incident(store, "2025-08-12 02:10", "东坪村“8·12”山体滑坡")
    quiet = _incident(store, "2025-09-01 10:00", "石门村森林火情")
    sent = [
        (flood, "initial", "2025-07-08 05:20", 860, 12.5),
        (flood, "follow_up", "2025-07-09 05:00", 2150, 310.0),
        (slide, "initial", "2025-08-12 03:00", 21, 0.0),
        (flood, "follow_up", "2025-07-08 18:00", 1500, 86.0),  # typed later, sent earlier
    ]
    for row in sent:
        _report(store, *row)
    incidents = window.register_tabs["incidents"]
    window.tabs.setCurrentWidget(incidents)
    tab = incidents.tab_for("incidents")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=3000)
    headers = [
        tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())
    ]
    assert {"最新报送", "受灾人口(最新)", "直接经济损失(万元)"} <= set(headers)

    kind, affected, loss = _latest([(i, k, a, n, m) for i, k, a, n, m in sent], flood)
    row = _row_of(tab.model, "青石镇“7·8”暴雨洪涝灾害")
    assert (kind, affected, loss) == ("follow_up", 2150, 310.0)
    assert cell_texts(tab.model, "latest_report")[row] == "续报"
    assert cell_texts(tab.model, "latest_affected")[row] == str(affected)
    assert cell_texts(tab.model, "latest_loss")[row] == f"{loss:,.2f}"
    assert cell_texts(tab.model, "latest_affected")[_row_of(tab.model, "石门村森林火情")] == ""
    assert quiet

    newer = (flood, "verified", "2025-07-20 09:00", 3260, 1280.5)
    store.update("incidents", flood, {"status": "closed", "ended_at": "2025-07-12 18:00"})
    _report(store, *newer)
    sent.append(newer)
    kind, affected, loss = _latest(sent, flood)
    row = _row_of(tab.model, "青石镇“7·8”暴雨洪涝灾害")
    qtbot.waitUntil(lambda: cell_texts(tab.model, "latest_affected")[row] == "3260", timeout=3000)
    assert cell_texts(tab.model, "latest_report")[row] == "核报"
    assert cell_texts(tab.model, "latest_loss")[row] == f"{loss:,.2f}" == "1,280.50"


def test_the_incidents_list_sorts_by_the_latest_figure(qtbot: Any, window: Any) -> None:
    store: Store = window.store
    small = _incident(store, "2025-07-08 04:30", "小")
    big = _incident(store, "2025-07-09 04:30", "大")
    none = _incident(store, "2025-07-10 04:30", "无报送")
    _report(store, small, "initial", "2025-07-08 05:00", 5000, 1.0)
    _report(store, small, "follow_up", "2025-07-09 05:00", 40, 1.0)  # the latest is small
    _report(store, big, "initial", "2025-07-09 05:00", 900, 2.0)
    incidents = window.register_tabs["incidents"]
    window.tabs.setCurrentWidget(incidents)
    tab = incidents.tab_for("incidents")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=3000)
    column = [f.key for f in tab.model.columns].index("latest_affected")
    tab.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert cell_texts(tab.model, "title") == ["大", "小", "无报送"]
    assert tab.model.row_of(small) == 1 and tab.model.row_of(none) == 2
    assert store.position(tab.model.query, small) == 1
    assert store.ids(tab.model.query) == [big, small, none]
    assert [r["latest_affected"] for r in store.rows(ListQuery("incidents", sort="id"))] == [
        40, 900, None,
    ]  # fmt: skip
