"""Incidents in the GUI: 转为事件 from a duty entry and back, the incident's form with its
latest figures and masked ID numbers (revealed on request, audited), and the Overview's
reporting alerts a click away from the incident."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.registers.incident_dialog import IncidentDialog

from .helpers import click_ok, run_modal

ID = "11010519491231002X"


def test_a_duty_entry_becomes_an_incident_linked_both_ways(qtbot: Any, window: Any) -> None:
    store: Store = window.store
    entry = store.insert(
        "duty_log",
        {"received_at": "2025-07-08 04:18", "type": "geological", "level": "general",
         "location": "东坪村四组后山", "summary": "后山出现裂缝，有滑坡危险",
         "action_taken": "已组织转移6户21人"},
    )  # fmt: skip
    duty = window.register_tabs["duty"]
    window.tabs.setCurrentWidget(duty)
    tab = duty.tab_for("duty_log")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert tab.select_record(entry)
    button = tab.toIncident_button
    assert button.text() == "转为事件…"

    def new_incident(dialog: Any) -> None:
        assert (dialog.table.name, dialog.record_id) == ("incidents", None)
        values = dialog.values()
        assert values["started_at"] == "2025-07-08 04:18"
        assert (values["category"], values["kind"], values["level"]) == (
            "natural_disaster", "landslide", "general",
        )  # fmt: skip
        assert values["location"] == "东坪村四组后山"
        assert values["summary"] == "后山出现裂缝，有滑坡危险"
        assert dialog.editors["duty_log_id"].value() == entry
        click_ok(dialog)

    run_modal(button.click, new_incident)
    incidents = list(store.rows(ListQuery("incidents")))
    assert [(r["duty_log_id"], r["title"], r["status"]) for r in incidents] == [
        (entry, "东坪村四组后山地质灾害", "ongoing")
    ]
    assert button.text() == "查看所属事件…"

    def its_incident(dialog: Any) -> None:
        assert (dialog.table.name, dialog.record_id) == ("incidents", incidents[0]["id"])
        assert dialog.duty_button.isVisibleTo(dialog)

        def duty_form(form: Any) -> None:
            assert (form.table.name, form.record_id) == ("duty_log", entry)

        run_modal(dialog.duty_button.click, duty_form)

    run_modal(button.click, its_incident)
    assert store.count(ListQuery("incidents")) == 1  # opened, not made again


def _reported_incident(store: Store) -> int:
    incident = store.insert(
        "incidents",
        {"started_at": "2025-07-08 04:30", "title": "青石镇“7·8”暴雨洪涝灾害",
         "category": "natural_disaster", "kind": "flood"},
    )  # fmt: skip
    for kind, at, affected, deaths in (
        ("initial", "2025-07-08 05:20", 860, 0),
        ("follow_up", "2025-07-09 05:00", 2150, 1),
    ):
        store.insert(
            "incident_reports",
            {"incident_id": incident, "kind": kind, "sent_at": at, "affected": affected,
             "deaths": deaths},
        )  # fmt: skip
    store.insert(
        "incident_victims",
        {"incident_id": incident, "name": "邓立新", "outcome": "dead", "id_number": ID},
    )
    return incident


def test_incident_form_shows_latest_figures_and_masks_id_numbers(
    qtbot: Any, ui_store: Store
) -> None:
    incident = _reported_incident(ui_store)
    dialog = IncidentDialog(ui_store, "incidents", incident)
    qtbot.addWidget(dialog)
    assert dialog.latest_label.text() == (
        "最新灾情：续报 2025年7月9日 05:00：受灾人口(人次) 2,150；死亡人口 1"
    )
    panel = dialog.panels["incident_victims"]
    column = [f.key for f in panel.model.columns].index("id_number")
    cell = panel.model.index(0, column)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "1101**********002X"
    reveals = "SELECT count(*) FROM audit_log WHERE action = 'reveal'"
    assert ui_store.conn.execute(reveals).fetchone()[0] == 0
    dialog.reveal_box.click()
    assert panel.model.index(0, column).data(Qt.ItemDataRole.DisplayRole) == ID
    assert ui_store.conn.execute(reveals).fetchone()[0] == 1


def test_victims_list_masks_until_revealed(qtbot: Any, window: Any) -> None:
    _reported_incident(window.store)
    incidents = window.register_tabs["incidents"]
    window.tabs.setCurrentWidget(incidents)
    victims = incidents.tab_for("incident_victims")
    incidents.tabs.setCurrentWidget(victims)
    qtbot.waitUntil(lambda: victims.model.rowCount() == 1, timeout=3000)
    column = [f.key for f in victims.model.columns].index("id_number")
    assert victims.model.index(0, column).data() == "1101**********002X"
    assert victims.import_export is not None  # the ledger is a sheet of its own
    victims.reveal_box.click()
    assert victims.model.index(0, column).data() == ID
    row = window.store.conn.execute(
        "SELECT table_name FROM audit_log WHERE action = 'reveal'"
    ).fetchone()
    assert row[0] == "incident_victims"


def test_overview_lists_a_late_report_a_click_from_its_incident(
    qtbot: Any, ui_store: Store
) -> None:
    from emergency_desk.ui.overview.overview_tab import install_overview
    from emergency_desk.ui.shell.features import FEATURES
    from emergency_desk.ui.shell.main_window import MainWindow

    ui_store.set_setting("records_from", "2025-01-01")  # the office's records go back that far
    incident = _reported_incident(ui_store)  # the follow-up says 1 death; the ledger agrees
    late = ui_store.insert(
        "incidents",
        {"started_at": "2025-08-02 15:10", "title": "县道X035线两车相撞事故",
         "category": "accident", "kind": "traffic", "status": "closed",
         "ended_at": "2025-08-02 18:00"},
    )  # fmt: skip
    ui_store.insert(
        "incident_reports", {"incident_id": late, "kind": "initial", "sent_at": "2025-08-02 17:00"}
    )
    window = MainWindow(ui_store, features=[f for f in FEATURES if f is not install_overview])
    qtbot.addWidget(window)
    overview = install_overview(window)
    window.show()
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    rows = overview.row_items("incident_reports_late")
    assert [r.text(0) for r in rows] == [
        "县道X035线两车相撞事故：初报应于2025年8月2日 16:10前报送，实际2025年8月2日 17:00报送"
    ]
    assert overview.row_items("incident_ledgers_mismatch") == []
    assert [r.text(0)[:14] for r in overview.row_items("incidents_without_followup")] == [
        "青石镇“7·8”暴雨洪涝灾害"
    ]
    assert incident

    def opened(dialog: Any) -> None:
        assert (dialog.table.name, dialog.record_id) == ("incidents", late)

    run_modal(lambda: overview._item_clicked(rows[0]), opened)


@pytest.mark.parametrize("area", [(1366, 728), (1366, 768), (910, 485)], ids=str)
@pytest.mark.parametrize("figures", ["two", "all"])
def test_latest_figures_never_overlap_the_form_on_a_laptop(
    qtbot: Any, ui_store: Store, monkeypatch: pytest.MonkeyPatch, area: tuple[int, int],
    figures: str,
) -> None:  # fmt: skip
    """At 1366×768 the "最新灾情…" line lay over the bottom of the form: every part of the
    dialog (form, latest figures, printouts, the sub-record tabs, Save/Cancel) has its own
    place, and Save and Cancel stay on the screen."""
    from PySide6.QtCore import QPoint, QRect

    from emergency_desk.ui.widgets import screen_fit

    screen = QRect(0, 0, *area)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(screen))
    incident = _reported_incident(ui_store)
    if figures == "all":  # a full report: the line wraps on a narrow window
        ui_store.insert(
            "incident_reports",
            {"incident_id": incident, "kind": "follow_up", "sent_at": "2025-07-10 09:00",
             "affected": 3260, "deaths": 1, "missing": 2, "injured": 14, "relocated": 820,
             "need_relief": 1300, "crops_affected_ha": 215.5, "crops_failed_ha": 36.2,
             "houses_collapsed": 7, "houses_severe": 19, "houses_damaged": 88,
             "direct_loss": 3515750},
        )  # fmt: skip
    dialog = IncidentDialog(ui_store, "incidents", incident)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    assert dialog.latest_label.text().startswith("最新灾情：续报")
    parts = [dialog.scroll, dialog.buttons]
    parts += [
        w for i in range(dialog.extra_layout.count())
        if (w := dialog.extra_layout.itemAt(i).widget()) is not None and w.isVisible()
    ]  # fmt: skip
    rects = {p.objectName() or type(p).__name__: p.geometry() for p in parts}
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not rects[a].intersects(rects[b]), (a, rects[a], b, rects[b])
    label = dialog.latest_label  # the whole text shown: as tall as its wrapped lines
    assert (
        label.height()
        >= label.fontMetrics()
        .boundingRect(QRect(0, 0, label.width(), 10000), Qt.TextFlag.TextWordWrap, label.text())
        .height()
    )
    assert screen.contains(dialog.frameGeometry())
    for button in dialog.buttons.buttons():
        assert screen.contains(QRect(button.mapToGlobal(QPoint(0, 0)), button.size()))
