"""叫应: who a warning's call-back list adds (active leads, responsible persons and
monitors of the chosen villages, nobody twice), answers recorded, and orange or red
warnings not called back in time as an alert in the rules and ``check --json``."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import ALERT_KEYS, attention_ids, evaluate
from emergency_desk.rules.settings import load_settings
from emergency_desk.store import ListQuery, Store
from emergency_desk.store.callbacks import call_back, people_to_call, record_answer

PHONE = "13807310001"


def _contact(store: Store, name: str, role: str, village: str, status: str = "active") -> int:
    return store.insert(
        "contacts",
        {"name": name, "role": role, "village": village, "phone": PHONE, "status": status},
    )


def _warning(store: Store, at: str, color: str = "orange", kind: str = "rainstorm") -> int:
    return store.insert("warnings", {"received_at": at, "kind": kind, "color": color})


def _calls(store: Store, warning: int) -> list[tuple[object, ...]]:
    rows = store.rows(ListQuery("warning_callbacks", parent_id=warning))
    return sorted((r["contact_id"], r["called_at"], r["answered"]) for r in rows)


def test_call_back_adds_the_responsible_people_of_the_villages_once(store: Store) -> None:
    lead = _contact(store, "王建国", "village_lead", "东坪村")
    monitor = _contact(store, "赵敏", "monitor", " 东坪村 ")
    responsible = _contact(store, "李芳", "responsible", "柳溪村")
    _contact(store, "陈刚", "monitor", "东坪村", status="left")
    _contact(store, "张伟", "grid", "东坪村")
    _contact(store, "周平", "info_officer", "柳溪村")
    far = _contact(store, "孙强", "monitor", "石门村")
    warning = _warning(store, "2024-07-01 06:10")

    assert people_to_call(store, warning, ["东坪村"]) == [lead, monitor]
    made = call_back(store, warning, ["东坪村"], "2024-07-01 06:15")
    assert len(made) == 2
    assert _calls(store, warning) == [
        (lead, "2024-07-01 06:15", "no"),
        (monitor, "2024-07-01 06:15", "no"),
    ]
    # Pressing 叫应 again with another village only adds that village's people.
    again = call_back(store, warning, ["东坪村", "柳溪村"], "2024-07-01 06:20")
    assert len(again) == 1
    assert {c[0] for c in _calls(store, warning)} == {lead, monitor, responsible}
    assert call_back(store, warning, ["东坪村", "柳溪村"], "2024-07-01 06:21") == []
    assert far not in {c[0] for c in _calls(store, warning)}

    record_answer(store, made[0], True, "2024-07-01 06:18")
    record_answer(store, made[1], False, "2024-07-01 06:19")
    assert _calls(store, warning)[:2] == [
        (lead, "2024-07-01 06:18", "yes"),
        (monitor, "2024-07-01 06:19", "no"),
    ]
    history = store.history("warning_callbacks", made[0])
    assert any(h["action"] == "update" for h in history)  # audited as every change is


def _answered(store: Store, warning: int, contact: int, at: str) -> int:
    return store.insert(
        "warning_callbacks",
        {"warning_id": warning, "contact_id": contact, "called_at": at, "answered": "yes"},
    )


def test_orange_and_red_warnings_not_called_back_in_time(store: Store) -> None:
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    person = _contact(store, "赵敏", "monitor", "东坪村")
    in_time = _warning(store, "2024-07-01 06:10")
    _answered(store, in_time, person, "2024-07-01 06:40")  # exactly on the limit
    late = _warning(store, "2024-07-02 06:10", "red")
    _answered(store, late, person, "2024-07-02 06:41")
    unanswered = _warning(store, "2024-07-03 06:10")
    store.insert(
        "warning_callbacks",
        {"warning_id": unanswered, "contact_id": person, "called_at": "2024-07-03 06:20"},
    )
    missing = _warning(store, "2024-07-04 06:10", "red")
    _warning(store, "2024-07-05 06:10", "yellow")  # yellow: no call-backs needed
    recent = _warning(store, "2024-07-06 23:50")  # its limit has not passed by the day's end

    def flagged(today: str, **settings: object) -> list[object]:
        s = load_settings(store).replace(**settings)
        return list(evaluate(store, today, s, keys=("warnings_not_called_back",))[
            "warnings_not_called_back"
        ].ids)  # fmt: skip

    assert "warnings_not_called_back" in ALERT_KEYS
    assert flagged("2024-07-06") == [missing, unanswered, late]
    assert flagged("2024-07-07") == [recent, missing, unanswered, late]
    assert flagged("2024-07-01") == []  # the others were received after that day
    assert flagged("2024-07-02") == [late]
    assert flagged("2024-07-06", callback_minutes=31) == [missing, unanswered]
    assert flagged("2024-07-06", callback_minutes=29) == [missing, unanswered, late, in_time]
    assert attention_ids(store, "warnings", "2024-07-06") == {missing, unanswered, late}

    group = evaluate(store, "2024-07-06", keys=("warnings_not_called_back",))
    g = group["warnings_not_called_back"]
    assert g.title("zh") == "橙色、红色预警未在 30 分钟内叫应到人"
    zh = [r.text for r in describe(store, g, "2024-07-06", load_settings(store), "zh")]
    assert zh == [
        "2024年7月4日 06:10 暴雨红色预警：未叫应",
        "2024年7月3日 06:10 暴雨橙色预警：叫应1人，1人未应答",
        "2024年7月2日 06:10 暴雨红色预警：叫应1人，1人超过30分钟",
    ]
    en = [r.text for r in describe(store, g, "2024-07-06", load_settings(store), "en")]
    assert en[0] == "Rainstorm red warning of 4 Jul 2024 06:10 — nobody called back"
    assert en[1] == "Rainstorm orange warning of 3 Jul 2024 06:10 — 1 called, 1 not answered"


def test_check_json_lists_warnings_not_called_back(db_path: Path) -> None:
    store = Store.open(db_path)
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    person = _contact(store, "赵敏", "monitor", "东坪村")
    fine = _warning(store, "2024-07-01 06:10")
    _answered(store, fine, person, "2024-07-01 06:20")
    missing = _warning(store, "2024-07-04 06:10", "red")
    store.close()
    doc = json.loads(
        run_cli("--db", str(db_path), "check", "--json", "--today", "2024-07-04").stdout
    )
    assert doc["alerts"]["warnings_not_called_back"] == 1
    assert doc["rows"]["warnings_not_called_back"] == [missing]
    before = run_cli("--db", str(db_path), "check", "--json", "--today", "2024-07-03")
    assert json.loads(before.stdout)["rows"]["warnings_not_called_back"] == []
    text = run_cli("--db", str(db_path), "check", "--today", "2024-07-04", lang="zh_CN.UTF-8")
    assert "2024年7月4日 06:10 暴雨红色预警：未叫应" in text.stdout
