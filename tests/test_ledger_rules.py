"""The other ledgers' rules as of a given day, their intervals taken from the settings, and
``check --json`` carrying each rule's rows."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import ALERT_KEYS, attention_ids, evaluate
from emergency_desk.rules.ledger_rules import months_before
from emergency_desk.rules.settings import load_settings, save_settings
from emergency_desk.store import Store

TODAY = "2025-06-30"
LEDGER_KEYS = (
    "teams_untrained",
    "info_officers_untrained",
    "villages_without_info_officer",
    "shelters_uninspected",
    "risk_points_unmonitored",
    "risk_points_without_shelter",
    "risk_points_cards_due",
)
PHONE = "13807310001"


def _team(store: Store, name: str, trained: str | None, status: str = "active") -> int:
    return store.insert(
        "teams",
        {"name": name, "kind": "militia", "leader": "王强", "phone": PHONE,
         "last_trained_on": trained, "status": status},
    )  # fmt: skip


def _officer(store: Store, name: str, village: str, trained: str | None, **kw: str) -> int:
    values = {"name": name, "role": "info_officer", "village": village, "phone": PHONE,
              "trained_on": trained, **kw}  # fmt: skip
    return store.insert("contacts", values)


def _shelter(store: Store, name: str, inspected: str | None, status: str = "available") -> int:
    return store.insert(
        "shelters",
        {"name": name, "kind": "indoor", "address": "一组", "capacity": 100,
         "last_inspected_on": inspected, "status": status},
    )  # fmt: skip


def _point(store: Store, name: str, **values: object) -> int:
    base = {"name": name, "kind": "landslide", "village": "东坪村", "monitor": "赵敏",
            "monitor_phone": PHONE, "cards_issued_on": "2025-04-01"}  # fmt: skip
    return store.insert("risk_points", {**base, **values})


def ids(store: Store, key: str, **settings: object) -> list[object]:
    s = load_settings(store).replace(**settings)
    return list(evaluate(store, TODAY, s, keys=(key,))[key].ids)


def test_months_before_keeps_to_the_calendar() -> None:
    assert months_before(__import__("datetime").date(2025, 6, 30), 12) == "2024-06-30"
    assert months_before(__import__("datetime").date(2025, 3, 31), 1) == "2025-02-28"
    assert months_before(__import__("datetime").date(2024, 3, 31), 1) == "2024-02-29"


def test_teams_and_information_officers_not_trained(store: Store) -> None:
    never = _team(store, "民兵应急分队", None)
    stale = _team(store, "志愿者队", "2024-06-29")
    _team(store, "综合队", "2024-06-30")
    _team(store, "已撤销的队", None, status="disbanded")
    assert ids(store, "teams_untrained") == [never, stale]
    assert ids(store, "teams_untrained", team_training_months=6) == [never, stale, 3]

    old = _officer(store, "王娟", "东坪村", "2024-01-10")
    _officer(store, "李芳", "柳溪村", "2025-01-10")
    _officer(store, "陈刚", "石门村", None, status="left")
    store.insert("contacts", {"name": "张伟", "role": "grid", "village": "石门村", "phone": PHONE})
    assert ids(store, "info_officers_untrained") == [old]
    assert attention_ids(store, "contacts", TODAY) == {old}


def test_villages_without_an_active_information_officer(store: Store) -> None:
    store.set_setting("villages", "东坪村\n柳溪村\n石门村\n新华社区")
    _officer(store, "王娟", "东坪村", "2025-01-10")
    _officer(store, "陈刚", "石门村", "2025-01-10", status="left")
    store.insert("contacts", {"name": "张伟", "role": "grid", "village": "柳溪村", "phone": PHONE})
    group = evaluate(store, TODAY, keys=("villages_without_info_officer",))
    assert list(group["villages_without_info_officer"].ids) == ["柳溪村", "石门村", "新华社区"]
    rows = describe(
        store, group["villages_without_info_officer"], TODAY, load_settings(store), "zh"
    )
    assert rows[0].text == "柳溪村：无在岗灾害信息员"
    assert all(r.record_id is None for r in rows)
    assert attention_ids(store, "contacts", TODAY) == set()  # villages are not contacts


def test_shelters_and_risk_points(store: Store) -> None:
    due = _shelter(store, "村部", "2024-12-29")
    _shelter(store, "小学", "2024-12-30")
    _shelter(store, "停用的礼堂", None, status="closed")
    assert ids(store, "shelters_uninspected") == [due]
    assert ids(store, "shelters_uninspected", shelter_inspection_months=3) == [due, 2]

    shelter = 2
    fine = _point(store, "后山滑坡", shelter_id=shelter)
    no_phone = _point(store, "半坡滑坡", monitor_phone=None, shelter_id=shelter)
    no_monitor = _point(store, "山脚崩塌", monitor=None, monitor_phone=None)
    closed_shelter = _point(store, "垭口滑坡", shelter_id=3, cards_issued_on="2024-06-29")
    _point(store, "已治理的点", status="treated", monitor=None, cards_issued_on=None)
    assert ids(store, "risk_points_unmonitored") == [no_phone, no_monitor]
    assert ids(store, "risk_points_without_shelter") == [no_monitor, closed_shelter]
    assert ids(store, "risk_points_cards_due") == [closed_shelter]
    assert ids(store, "risk_points_cards_due", cards_renewal_months=2) == [
        closed_shelter, fine, no_phone, no_monitor,
    ]  # fmt: skip
    group = evaluate(store, TODAY, keys=("risk_points_unmonitored",))["risk_points_unmonitored"]
    lines = [r.text for r in describe(store, group, TODAY, load_settings(store), "en")]
    assert lines == ["半坡滑坡 — the monitor has no phone", "山脚崩塌 — no monitor"]


def test_check_json_lists_the_ledger_rules_as_of_the_day(db_path: Path) -> None:
    store = Store.open(db_path)
    team = _team(store, "民兵应急分队", "2024-05-01")
    point = _point(store, "后山滑坡", cards_issued_on="2024-08-01")
    save_settings(store, load_settings(store).replace(villages="东坪村"))
    store.close()
    doc = json.loads(run_cli("--db", str(db_path), "check", "--json", "--today", TODAY).stdout)
    assert set(LEDGER_KEYS) <= set(ALERT_KEYS) and set(LEDGER_KEYS) <= set(doc["alerts"])
    assert doc["rows"]["teams_untrained"] == [team]
    assert doc["rows"]["villages_without_info_officer"] == ["东坪村"]
    assert doc["rows"]["risk_points_without_shelter"] == [point]
    assert doc["rows"]["risk_points_cards_due"] == []
    later = run_cli("--db", str(db_path), "check", "--json", "--today", "2025-08-02")
    assert json.loads(later.stdout)["rows"]["risk_points_cards_due"] == [point]
