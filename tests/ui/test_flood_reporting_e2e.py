"""A township office runs a flood's reporting from the app, end to end, as its staff do it
(issue 19's "done when"): the duty officer logs the call with F2, opens the incident from
it with 转为事件, sends the initial report within the hour, a follow-up within a day,
closes the incident, sends the verified report within five days, keeps the houses ledger,
prints the report form and both ledgers, and finds the flood in the annual summary — its
name, its latest report's figures, and "无迟报、漏报" only while that is true.

The times run up to a few days ago (the quick entry refuses a call in the future, and the
summary counts what was entered by its date); the figures the documents must state are
computed here from what the test typed, not read back from the app.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from cli_runner import run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from emergency_desk.store import ListQuery, Store

from .helpers import click_ok, fill, ops_done, run_modal, type_text

NOW = dt.datetime.now().replace(second=0, microsecond=0)
CALL = (NOW - dt.timedelta(days=9)).replace(hour=4, minute=18)
FMT = "%Y-%m-%d %H:%M"


def at(hours: float) -> str:
    """CALL plus ``hours``, as the forms take it."""
    return (CALL + dt.timedelta(hours=hours)).strftime(FMT)


INITIAL = {"affected": 320, "relocated": 46, "houses_damaged": 3, "direct_loss": "85"}
FOLLOW_UP = {
    "affected": 860, "injured": 2, "relocated": 112, "crops_affected_ha": "35.5",
    "crops_failed_ha": "3.2", "houses_collapsed": 2, "houses_severe": 3, "houses_damaged": 6,
    "direct_loss": "286.4",
}  # fmt: skip
VERIFIED = {
    "affected": 905, "injured": 2, "relocated": 126, "crops_affected_ha": "38.25",
    "crops_failed_ha": "4.1", "houses_collapsed": 2, "houses_severe": 3, "houses_damaged": 7,
    "direct_loss": "312.75",
}  # fmt: skip
HOUSES = [  # the households behind the verified report's rooms
    {"head": "李德贵", "village": "白沙村", "members": 4, "structure": "土木",
     "collapsed_rooms": 2, "severe_rooms": 0, "damaged_rooms": 1},
    {"head": "王秀英", "village": "白沙村", "members": 3, "structure": "砖木",
     "collapsed_rooms": 0, "severe_rooms": 3, "damaged_rooms": 2},
    {"head": "张友林", "village": "河口村", "members": 5, "structure": "砖混",
     "collapsed_rooms": 0, "severe_rooms": 0, "damaged_rooms": 4},
]  # fmt: skip
INCIDENT_ALERTS = (
    "incident_reports_late", "incidents_without_followup", "incidents_unverified",
    "incident_ledgers_mismatch",
)  # fmt: skip
TITLE = "白沙村二组洪涝"  # what 转为事件 names it: the place and the type of the call


@pytest.fixture
def targets(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The save dialog answers with the next of these files; nothing is opened."""
    files: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(files.pop(0)), ""))
    )
    monkeypatch.setattr(
        "emergency_desk.ui.registers.printouts.QDesktopServices.openUrl",
        staticmethod(lambda _url: True),
    )
    return files


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def _num(value: object) -> str:
    """As the summary writes hectares and 万元: 286.40 -> 286.4."""
    text = f"{Decimal(str(value)).quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".")


def _report(qtbot: Any, dialog: Any, kind: str, sent_at: str, figures: dict[str, Any]) -> None:
    """Add a report up in the incident's form: 添加… in its reports panel."""
    panel = dialog.panels["incident_reports"]

    def add(sub: Any) -> None:
        fill(qtbot, sub, {"kind": kind, "sent_at": sent_at, "sent_to": "县应急管理局",
                          "channel": "系统报送", **figures})  # fmt: skip
        click_ok(sub)
        assert not sub.isVisible(), f"the {kind} was not saved"

    run_modal(panel.add_button.click, add)


def _log_the_call(qtbot: Any, window: Any) -> int:
    """F2 from the Overview: the quick entry, typed as the call is taken."""
    store: Store = window.store

    def entry(dialog: Any) -> None:
        dialog.received.set_value(CALL.strftime(FMT))
        dialog.inputs["type"].setCurrentIndex(dialog.inputs["type"].findText("洪涝"))
        dialog.inputs["level"].setCurrentIndex(dialog.inputs["level"].findText("一般"))
        type_text(qtbot, dialog.inputs["summary"], "白沙河水位暴涨，白沙村二组部分民房进水")
        type_text(qtbot, dialog.inputs["location"], "白沙村二组")
        type_text(qtbot, dialog.inputs["reporter"], "白沙村支书刘建国")
        qtbot.keyClick(dialog.inputs["reporter"], Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.error_label.text()

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentIndex(0)
    run_modal(lambda: qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F2), entry)
    rows = list(store.rows(ListQuery("duty_log")))
    assert [(r["received_at"], r["type"], r["location"]) for r in rows] == [
        (CALL.strftime(FMT), "flood", "白沙村二组")
    ]
    return int(rows[0]["id"])


def test_a_flood_reported_from_the_call_to_the_annual_summary(
    qtbot: Any, window: Any, targets: list[Path], tmp_path: Path, yes_to_questions: list[str]
) -> None:
    store: Store = window.store
    store.set_setting("office_name", "青石镇应急管理办公室")
    store.set_setting("villages", "白沙村\n河口村")
    store.set_setting("records_from", f"{CALL.year - 1}-01-01")  # no date floor hides a flag

    # 1. The call, logged with F2; the duty log shows it selected.
    entry = _log_the_call(qtbot, window)
    duty = window.register_tab_for_table("duty_log")
    assert window.tabs.currentWidget() is window.register_tabs["duty"]
    assert duty.current_id() == entry

    # 2. 转为事件: the incident, filled in from the call; a Ⅳ-level response is started.
    button = duty.toIncident_button
    assert button.text() == "转为事件…"

    def open_incident(dialog: Any) -> None:
        values = dialog.values()
        assert (values["started_at"], values["title"], values["kind"]) == (
            CALL.strftime(FMT), TITLE, "flood",
        )  # fmt: skip
        fill(qtbot, dialog, {"villages": "白沙村、河口村", "response_level": "Ⅳ级",
                             "response_started_at": at(0.5)})  # fmt: skip
        # 3. The initial report, 40 minutes after the call (the limit is an hour): adding
        # the first report saves the new incident first.
        _report(qtbot, dialog, "初报", at(0.67), INITIAL)
        assert dialog.record_id is not None
        click_ok(dialog)

    run_modal(button.click, open_incident)
    incidents = list(store.rows(ListQuery("incidents")))
    assert [(r["title"], r["duty_log_id"], r["status"]) for r in incidents] == [
        (TITLE, entry, "ongoing")
    ]
    incident = int(incidents[0]["id"])
    assert button.text() == "查看所属事件…"

    # 4. The follow-up the next morning, 20 hours on; 5. the water recedes: closed after
    # 40 hours; 6. the verified report three days later; the houses ledger as visited.
    def follow_up_close_verify(dialog: Any) -> None:
        assert dialog.record_id == incident
        _report(qtbot, dialog, "续报", at(20), FOLLOW_UP)
        assert "续报" in dialog.latest_label.text() and "860" in dialog.latest_label.text()
        fill(qtbot, dialog, {"ended_at": at(40), "response_ended_at": at(40),
                             "status": "已结束"})  # fmt: skip
        assert dialog.save(), "the incident is closed"
        _report(qtbot, dialog, "核报", at(40 + 72), VERIFIED)
        houses = dialog.panels["incident_houses"]
        for household in HOUSES:

            def add(sub: Any, h: dict[str, Any] = household) -> None:
                fill(qtbot, sub, h)
                click_ok(sub)
                assert not sub.isVisible(), f"{h['head']} was not saved"

            run_modal(houses.add_button.click, add)
        assert houses.model.rowCount() == len(HOUSES)
        assert "核报" in dialog.latest_label.text() and "905" in dialog.latest_label.text()

        # 7. The papers: the verified report's form (the latest), then both ledgers.
        for name, file in (
            ("printReportForm", "核报.docx"),
            ("printVictims", "死亡失踪.docx"),
            ("printHouses", "住房.docx"),
        ):
            targets.append(tmp_path / file)
            asked = len(yes_to_questions)
            qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
            ops_done(qtbot)
            qtbot.waitUntil(lambda n=asked: len(yes_to_questions) == n + 1, timeout=10000)
        click_ok(dialog)

    run_modal(button.click, follow_up_close_verify)

    reports = list(store.rows(ListQuery("incident_reports", parent_id=incident)))
    assert [(r["kind"], r["sent_at"]) for r in reports] == [
        ("initial", at(0.67)), ("follow_up", at(20)), ("verified", at(112)),
    ]  # fmt: skip
    closed = store.get("incidents", incident)
    assert (closed["status"], closed["ended_at"], closed["response_level"]) == (
        "closed", at(40), "iv",
    )  # fmt: skip
    rooms = {k: sum(h[k] for h in HOUSES) for k in ("collapsed_rooms", "severe_rooms",
                                                      "damaged_rooms")}  # fmt: skip
    assert rooms == {"collapsed_rooms": VERIFIED["houses_collapsed"],
                     "severe_rooms": VERIFIED["houses_severe"],
                     "damaged_rooms": VERIFIED["houses_damaged"]}  # fmt: skip

    form = _text(tmp_path / "核报.docx")
    assert TITLE in form and "核报" in form
    for key in ("affected", "relocated", "houses_damaged"):
        assert str(VERIFIED[key]) in form
    assert _num(VERIFIED["direct_loss"]) in form and "县应急管理局" in form
    victims = _text(tmp_path / "死亡失踪.docx")
    assert "因灾死亡失踪人员台账" in victims and TITLE in victims
    assert "死亡0人，失踪0人" in victims and "本台账暂无记录" in victims
    ledger = _text(tmp_path / "住房.docx")
    assert "因灾倒塌损坏住房户台账" in ledger
    assert all(h["head"] in ledger for h in HOUSES) and "白沙村" in ledger
    assert (
        f"共{len(HOUSES)}户，倒塌{rooms['collapsed_rooms']}间，严重损坏{rooms['severe_rooms']}间，"
        f"一般损坏{rooms['damaged_rooms']}间" in ledger
    )

    # 8. Nothing is flagged: every report in time, the ledger agrees with the figures.
    db = str(store.path)
    done = run_cli("--db", db, "check", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["rows"]
    assert {key: rows[key] for key in INCIDENT_ALERTS} == {key: [] for key in INCIDENT_ALERTS}

    # 9. The annual summary names the flood with its verified figures, and says the reports
    # went up in time because they did.
    summary = tmp_path / "总结.docx"
    done = run_cli("--db", db, "report", "--year", str(CALL.year), "-o", str(summary))
    assert done.returncode == 0, done.stderr
    text = _text(summary)
    day = f"{CALL.month}月{CALL.day}日发生{TITLE}"
    line = next(p for p in text.splitlines() if day in p)
    assert "启动Ⅳ级应急响应" in line
    assert f"紧急转移安置群众{VERIFIED['relocated']}人" in line
    assert f"受灾人口{VERIFIED['affected']}人次" in line
    assert f"{VERIFIED['injured']}人受伤" in line
    assert f"农作物受灾{_num(VERIFIED['crops_affected_ha'])}公顷" in line
    assert f"（其中绝收{_num(VERIFIED['crops_failed_ha'])}公顷）" in line
    assert (
        f"倒塌房屋{VERIFIED['houses_collapsed']}间、严重损坏房屋{VERIFIED['houses_severe']}间"
        f"、一般损坏房屋{VERIFIED['houses_damaged']}间" in line
    )
    assert f"直接经济损失{_num(VERIFIED['direct_loss'])}万元" in line
    assert str(FOLLOW_UP["relocated"]) not in line  # the latest report's, not an earlier one
    assert "报送突发事件信息3起（初报1起、续报1起、核报1起），无迟报、漏报。" in text
    assert "未发生因灾死亡失踪" in text

    # 10. Had the follow-up gone up 30 hours after the initial report, the summary would
    # not claim "无迟报": it says which report was late.
    store.update("incident_reports", reports[1]["id"], {"sent_at": at(0.67 + 30)})
    late = tmp_path / "迟报.docx"
    done = run_cli("--db", db, "report", "--year", str(CALL.year), "-o", str(late))
    assert done.returncode == 0, done.stderr
    text = _text(late)
    assert "无迟报" not in text
    assert "其中1起续报未在规定时限内报送" in text
    rows = json.loads(run_cli("--db", db, "check", "--json").stdout)["rows"]
    assert rows["incident_reports_late"] == [incident]  # and the Overview says so too
    assert QApplication.activeModalWidget() is None
