"""Incidents: impossible figures refused at the field, ID numbers checked and masked, the
reporting time limits and the ledgers' agreement as rules, ID numbers out of exports unless
asked (and audited), and the demo's summer."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from emergency_desk.demo import fill_demo
from emergency_desk.io import export_register
from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import ALERT_KEYS, evaluate
from emergency_desk.rules.incident_rules import INCIDENT_KEYS
from emergency_desk.rules.settings import load_settings, save_settings
from emergency_desk.schema import ValidationError
from emergency_desk.schema.validation import mask_id_number
from emergency_desk.store import ListQuery, Store

START = "2025-07-08 04:30"


def _incident(store: Store, **kw: str) -> int:
    values = {"started_at": START, "title": "青石镇“7·8”暴雨洪涝灾害",
              "category": "natural_disaster", "kind": "flood", **kw}  # fmt: skip
    return store.insert("incidents", values)


def _report(store: Store, incident: int, kind: str, sent_at: str, **figures: object) -> int:
    return store.insert(
        "incident_reports",
        {"incident_id": incident, "kind": kind, "sent_at": sent_at, **figures},
    )


def _refused(store: Store, values: dict[str, object]) -> ValidationError:
    before = store.count(ListQuery("incident_reports"))
    with pytest.raises(ValidationError) as caught:
        store.insert("incident_reports", values)
    assert store.count(ListQuery("incident_reports")) == before  # nothing half-written
    return caught.value


def test_impossible_figures_are_refused_at_their_field(store: Store) -> None:
    incident = _incident(store)
    base = {"incident_id": incident, "kind": "initial", "sent_at": "2025-07-08 05:10"}
    err = _refused(store, {**base, "affected": 20, "deaths": 25})
    assert err.fields() == {"deaths"}
    assert err.messages("zh") == ["死亡人口（25）不能多于受灾人口（20）。"]
    assert err.messages("en") == ["Deaths (25) cannot exceed the people affected (20)."]
    err = _refused(store, {**base, "crops_affected_ha": 12.5, "crops_failed_ha": 30})
    assert err.fields() == {"crops_failed_ha"}
    assert err.messages("zh") == ["绝收面积（30.0 公顷）不能大于农作物受灾面积（12.5 公顷）。"]
    err = _refused(store, {**base, "sent_at": "2025-07-08 03:00"})
    assert err.fields() == {"sent_at"}
    assert err.messages("zh") == [
        "报送时间（2025-07-08 03:00）不能早于事件发生时间（2025-07-08 04:30）。"
    ]
    err = _refused(store, {**base, "kind": "verified"})
    assert err.fields() == {"kind"}
    assert "事件仍在处置中，不能报送核报" in err.messages("zh")[0]
    # A report that moves before the start is refused on update too.
    rid = _report(store, incident, "initial", "2025-07-08 05:10", affected=20, deaths=1)
    with pytest.raises(ValidationError) as caught:
        store.update("incident_reports", rid, {"sent_at": "2025-07-07 23:00"})
    assert caught.value.fields() == {"sent_at"}
    # Closed (with its end), the verified report goes up.
    with pytest.raises(ValidationError) as closing:
        store.update("incidents", incident, {"status": "closed"})
    assert closing.value.messages("zh") == ["事件状态为“已结束”时必须填写“结束时间”。"]
    store.update("incidents", incident, {"status": "closed", "ended_at": "2025-07-10 18:00"})
    _report(store, incident, "verified", "2025-07-12 10:00", affected=20, deaths=1)


def test_id_numbers_are_checked_and_masked(store: Store) -> None:
    incident = _incident(store)
    victim = {"incident_id": incident, "name": "邓立新", "outcome": "dead"}
    with pytest.raises(ValidationError) as caught:
        store.insert("incident_victims", {**victim, "id_number": "110105194912310021"})
    assert caught.value.fields() == {"id_number"}
    assert caught.value.messages("zh")[0].startswith("“身份证号”不是有效的居民身份证号码")
    assert "check digit" in caught.value.messages("en")[0]
    with pytest.raises(ValidationError):
        store.insert("incident_victims", {**victim, "id_number": "1101051949123100"})
    rid = store.insert("incident_victims", {**victim, "id_number": "11010519491231002x"})
    assert store.get("incident_victims", rid)["id_number"] == "11010519491231002X"
    assert mask_id_number("431021198001011234") == "4310**********1234"


def _ids(store: Store, key: str, today: str, **settings: int) -> list[int]:
    s = load_settings(store).replace(**settings)
    return list(evaluate(store, today, s, keys=(key,))[key].ids)


def test_reporting_limits_and_ledgers_as_rules(store: Store) -> None:
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    late = _incident(store, title="初报迟报的洪涝")
    _report(store, late, "initial", "2025-07-08 05:45")  # 75 minutes after the start
    on_time = _incident(store, title="按时报送的滑坡", started_at="2025-07-08 06:00")
    _report(store, on_time, "initial", "2025-07-08 06:40")
    _report(store, on_time, "follow_up", "2025-07-09 06:00")
    assert _ids(store, "incident_reports_late", "2025-07-08") == [late]
    assert _ids(store, "incident_reports_late", "2025-07-08", incident_initial_minutes=90) == []
    # Still being handled: the first has had no follow-up since the 8th's 05:45, the
    # second none since the 9th's 06:00.
    assert _ids(store, "incidents_without_followup", "2025-07-08") == []
    assert _ids(store, "incidents_without_followup", "2025-07-09") == [late]
    assert sorted(_ids(store, "incidents_without_followup", "2025-07-10")) == [late, on_time]
    assert _ids(store, "incidents_without_followup", "2025-07-10", incident_followup_hours=48) == [
        late
    ]
    # Closed natural disasters need their verified report within 5 days of the end.
    store.update("incidents", on_time, {"status": "closed", "ended_at": "2025-07-09 20:00"})
    assert _ids(store, "incidents_unverified", "2025-07-13") == []
    assert _ids(store, "incidents_unverified", "2025-07-15") == [on_time]
    _report(store, on_time, "verified", "2025-07-16 09:00", deaths=1, houses_collapsed=2)
    assert _ids(store, "incidents_unverified", "2025-07-20") == [on_time]  # late, still flagged
    group = evaluate(store, "2025-07-20", keys=("incidents_unverified",))["incidents_unverified"]
    lines = [r.text for r in describe(store, group, "2025-07-20", load_settings(store), "zh")]
    assert lines == [
        "按时报送的滑坡：核报应于2025年7月14日 20:00前报送，实际2025年7月16日 09:00报送"
    ]
    # The latest report says one death and two collapsed rooms: the ledgers must agree.
    assert _ids(store, "incident_ledgers_mismatch", "2025-07-20") == [on_time]
    store.insert("incident_victims", {"incident_id": on_time, "name": "邓立新", "outcome": "dead"})
    assert _ids(store, "incident_ledgers_mismatch", "2025-07-20") == [on_time]
    store.insert(
        "incident_houses",
        {"incident_id": on_time, "head": "张德福", "village": "东坪村", "collapsed_rooms": 2},
    )
    assert _ids(store, "incident_ledgers_mismatch", "2025-07-20") == []
    save_settings(store, load_settings(store).replace(incident_verified_days=10))
    assert _ids(store, "incidents_unverified", "2025-07-20") == []


def test_check_json_carries_the_incident_rules(db_path: Path) -> None:
    store = Store.open(db_path)
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    incident = _incident(store)
    _report(store, incident, "initial", "2025-07-08 06:00", deaths=1)
    store.close()
    doc = json.loads(
        run_cli("--db", str(db_path), "check", "--json", "--today", "2025-07-10").stdout
    )
    assert set(INCIDENT_KEYS) <= set(ALERT_KEYS) and set(INCIDENT_KEYS) <= set(doc["alerts"])
    assert doc["rows"]["incident_reports_late"] == [incident]
    assert doc["rows"]["incidents_without_followup"] == [incident]
    assert doc["rows"]["incidents_unverified"] == []
    assert doc["rows"]["incident_ledgers_mismatch"] == [incident]


def _victims_csv(store: Store, path: Path, **kw: bool) -> list[dict[str, str]]:
    export_register(store, "incident_victims", path, **kw)
    with path.open(encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def test_id_numbers_leave_only_when_asked_and_the_audit_says_who(
    db_path: Path, tmp_path: Path
) -> None:
    store = Store.open(db_path)
    incident = _incident(store)
    store.insert(
        "incident_victims",
        {"incident_id": incident, "name": "邓立新", "outcome": "dead",
         "id_number": "11010519491231002X"},
    )  # fmt: skip
    rows = _victims_csv(store, tmp_path / "plain.csv")
    assert "身份证号" not in rows[0] and rows[0]["姓名"] == "邓立新"
    audits = "SELECT count(*) FROM audit_log WHERE action = 'export_personal'"
    assert store.conn.execute(audits).fetchone()[0] == 0
    rows = _victims_csv(store, tmp_path / "full.csv", include_personal=True)
    assert rows[0]["身份证号"] == "11010519491231002X"
    assert store.conn.execute(audits).fetchone()[0] == 1
    store.close()
    out = tmp_path / "cli.csv"
    plain = run_cli("--db", str(db_path), "export", "incident_victims", str(tmp_path / "p.csv"))
    assert plain.returncode == 0
    assert "11010519491231002X" not in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    done = run_cli(
        "--db", str(db_path), "export", "incident_victims", str(out), "--include-id-numbers"
    )
    assert done.returncode == 0 and "11010519491231002X" in out.read_text(encoding="utf-8-sig")
    store = Store.open(db_path)
    row = store.conn.execute(
        "SELECT table_name, after FROM audit_log WHERE action = 'export_personal' ORDER BY id DESC"
    ).fetchone()
    assert row[0] == "incident_victims" and json.loads(row[1]) == {"file": str(out), "records": 1}
    store.close()


def test_demo_summer_of_qingshi(store: Store) -> None:
    fill_demo(store, 2026, today=dt.date(2026, 12, 6))
    incidents = {r["title"]: r for r in store.rows(ListQuery("incidents"))}
    storm = incidents["青石镇“7·8”暴雨洪涝灾害"]
    assert (storm["category"], storm["response_level"], storm["status"]) == (
        "natural_disaster", "iv", "closed",
    )  # fmt: skip
    assert "滑坡" in storm["measures"] and storm["duty_log_id"] is not None
    reports = list(store.rows(ListQuery("incident_reports", parent_id=storm["id"], sort="sent_at")))
    assert [r["kind"] for r in reports] == ["initial", "follow_up", "follow_up", "verified"]
    assert reports[-1]["relocated"] > 0
    houses = list(store.rows(ListQuery("incident_houses", parent_id=storm["id"])))
    assert sum(h["collapsed_rooms"] or 0 for h in houses) == reports[-1]["houses_collapsed"]
    accident = next(r for r in incidents.values() if r["kind"] == "traffic")
    assert accident["category"] == "accident"
    groups = evaluate(store, "2026-12-06", keys=INCIDENT_KEYS)
    # All reported in time except one follow-up of the rainstorm; the ledgers agree.
    assert {k: list(g.ids) for k, g in groups.items()} == {
        "incident_reports_late": [storm["id"]],
        "incidents_without_followup": [],
        "incidents_unverified": [],
        "incident_ledgers_mismatch": [],
    }
    line = describe(
        store, groups["incident_reports_late"], "2026-12-06", load_settings(store), "zh"
    )
    assert line[0].text.startswith("青石镇“7·8”暴雨洪涝灾害：续报应于2026年7月10日")
