"""The store keeps every register: create, read, update, recycle bin, refusals, audit, listing.

Everything goes through the ``Store`` facade as the UI and the importer use it; what is
checked is what ends up in the database (and what does not, when a value is refused).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emergency_desk.schema import TABLES, FieldType, ValidationError
from emergency_desk.store import ListQuery, NotFoundError, Store

# -- valid records of every table ----------------------------------------------------


def _parents(store: Store) -> dict[str, int]:
    """One record of each table that others point at."""
    plan = store.insert(
        "plans", {"title": "青石镇防汛抗旱应急预案", "level": "special", "status": "in_force"}
    )
    drill = store.insert(
        "drills",
        {"held_on": "2025-05-20", "title": "柳溪村防汛演练", "form": "live", "plan_id": plan},
    )
    point = store.insert("reserve_points", {"name": "青石镇应急物资储备库", "kind": "government"})
    material = store.insert(
        "materials", {"point_id": point, "name": "救生衣", "category": "flood", "unit": "件"}
    )
    shelter = store.insert(
        "shelters",
        {"name": "东坪村村部", "kind": "indoor", "address": "东坪村二组", "capacity": 160},
    )
    contact = store.insert(
        "contacts", {"name": "赵敏", "role": "monitor", "village": "东坪村", "phone": "13807310001"}
    )
    warning = store.insert(
        "warnings", {"received_at": "2025-07-01 06:10", "kind": "rainstorm", "color": "orange"}
    )
    incident = store.insert(
        "incidents",
        {"started_at": "2025-07-08 04:30", "title": "青石镇“7·8”暴雨洪涝灾害",
         "category": "natural_disaster", "status": "closed", "ended_at": "2025-07-10 18:00"},
    )  # fmt: skip
    return {
        "incidents": incident,
        "plans": plan,
        "drills": drill,
        "reserve_points": point,
        "materials": material,
        "shelters": shelter,
        "contacts": contact,
        "warnings": warning,
    }


def valid_record(table: str, parents: dict[str, int]) -> dict[str, Any]:
    records: dict[str, dict[str, Any]] = {
        "plans": {
            "title": "青石镇地质灾害应急预案",
            "level": "special",
            "category": "natural_disaster",
            "lead_unit": "镇自然资源所",
            "doc_number": "青政发〔2024〕8号",
            "issued_on": "2024-03-05",
            "review_years": 3,
            "status": "in_force",
        },
        "drills": {
            "held_on": "2025-06-12",
            "title": "东坪村地质灾害避险转移演练",
            "plan_id": parents["plans"],
            "form": "live",
            "scope": "single",
            "participants": 86,
            "vehicles": 3,
            "rating": "pass",
        },
        "drill_actions": {
            "drill_id": parents["drills"],
            "action": "更新转移路线图",
            "owner": "镇应急办",
            "due_on": "2025-07-31",
        },
        "hazards": {
            "found_on": "2025-04-02",
            "name": "柳溪村三组后山滑坡隐患",
            "location": "柳溪村三组后山",
            "category": "geological",
            "grade": "major",
            "funds": "12000.50",
            "deadline": "2025-06-30",
            "status": "rectified",
            "rectified_on": "2025-06-01",
            "verified_by": "王伟",
        },
        "reserve_points": {"name": "东坪村应急物资储备点", "kind": "government"},
        "materials": {
            "point_id": parents["reserve_points"],
            "name": "救灾帐篷",
            "category": "shelter",
            "unit": "顶",
            "quantity": 40,
            "min_quantity": 30,
            "expires_on": "2030-01-01",
        },
        "stock_movements": {
            "material_id": parents["materials"],
            "moved_on": "2025-03-01",
            "delta": 20,
            "reason": "purchase",
        },
        "duty_roster": {"on_date": "2025-07-01", "shift": "full", "officers": "李娜、张强"},
        "duty_log": {
            "received_at": "2025-07-01 09:30",
            "type": "geological",
            "level": "general",
            "summary": "青石镇柳溪村村民报告后山出现裂缝，疑似滑坡隐患",
            "reported_up_at": "2025-07-01 10:10",
        },
        "duty_handovers": {"at": "2025-07-02 08:30", "from_officer": "李娜", "to_officer": "张强"},
        "activities": {
            "held_on": "2025-05-12",
            "kind": "themed_day",
            "title": "5·12防灾减灾日宣传",
            "participants": 300,
            "leaflets": 2000,
        },
        "teams": {
            "name": "青石镇民兵应急分队",
            "kind": "militia",
            "speciality": "flood",
            "leader": "王强",
            "phone": "13907361234",
            "members": 40,
            "village": "青石社区",
            "last_trained_on": "2025-05-20",
        },
        "contacts": {
            "name": "李芳",
            "role": "info_officer",
            "village": "柳溪村",
            "phone": "0736-5821110",
            "trained_on": "2025-04-10",
        },
        "shelters": {
            "name": "青石镇中心学校操场",
            "kind": "outdoor",
            "grade": "fixed",
            "address": "青石社区学府路8号",
            "capacity": 3400,
            "longitude": 111.523456,
            "latitude": 28.93,
        },
        "risk_points": {
            "name": "东坪村四组后山滑坡",
            "kind": "landslide",
            "village": "东坪村",
            "households": 6,
            "persons": 21,
            "monitor": "赵敏",
            "monitor_phone": "13807310001",
            "shelter_id": parents["shelters"],
            "cards_issued_on": "2025-04-01",
        },
        "warnings": {
            "received_at": "2025-07-02 05:40",
            "source": "县气象台",
            "kind": "rainstorm",
            "color": "red",
            "content": "预计未来6小时我县将出现大暴雨",
        },
        "warning_callbacks": {
            "warning_id": parents["warnings"],
            "contact_id": parents["contacts"],
            "called_at": "2025-07-01 06:20",
            "answered": "yes",
            "response": "已通知到户",
        },
        "incidents": {
            "started_at": "2025-08-02 15:10",
            "title": "县道X035线两车相撞事故",
            "category": "accident",
            "kind": "traffic",
            "level": "general",
            "location": "柳溪大桥北侧",
        },
        "incident_reports": {
            "incident_id": parents["incidents"],
            "kind": "initial",
            "sent_at": "2025-07-08 05:20",
            "sent_to": "县应急管理局",
            "affected": 860,
            "relocated": 126,
            "crops_affected_ha": 45.5,
            "crops_failed_ha": 3.25,
            "direct_loss": 85.0,
        },
        "incident_victims": {
            "incident_id": parents["incidents"],
            "name": "邓立新",
            "sex": "male",
            "age": 58,
            "id_number": "11010519491231002X",
            "outcome": "dead",
        },
        "incident_houses": {
            "incident_id": parents["incidents"],
            "head": "张德福",
            "village": "东坪村",
            "collapsed_rooms": 2,
        },
    }
    return records[table]


# A change that is valid for each table.
UPDATES: dict[str, dict[str, Any]] = {
    "plans": {"status": "revising", "revised_on": "2025-09-01"},
    "drills": {"participants": 120, "rating": "good"},
    "drill_actions": {"done_on": "2025-07-20"},
    "hazards": {"status": "closed", "verified_by": "李娜"},
    "reserve_points": {"custodian": "赵刚", "phone": "13800000000"},
    "materials": {"min_quantity": 50, "spec": "12平方米"},
    "stock_movements": {"note": "县级调拨"},
    "duty_roster": {"leader": "陈明"},
    "duty_log": {"status": "closed", "action_taken": "已转移群众12人"},
    "duty_handovers": {"notes": "1起事件仍在处置"},
    "activities": {"banners": 12},
    "teams": {"last_trained_on": "2025-09-01"},
    "contacts": {"status": "left"},
    "shelters": {"last_inspected_on": "2025-06-01"},
    "risk_points": {"status": "treated"},
    "warnings": {"relayed_at": "2025-07-02 05:50"},
    "incidents": {"status": "closed", "ended_at": "2025-08-02 18:00"},
    "incident_reports": {"kind": "verified", "deaths": 0},
    "incident_victims": {"outcome": "missing"},
    "incident_houses": {"severe_rooms": 1},
    "warning_callbacks": {"answered": "no"},
}


def audit_count(store: Store) -> int:
    return len(store.audit_page(limit=100000))


def _stored(store: Store, table: str, values: dict[str, Any], row: dict[str, Any]) -> None:
    t = TABLES[table]
    for key, value in values.items():
        f = t.field(key)
        if f.type is FieldType.MONEY:
            assert row[key] == pytest.approx(float(value))
        else:
            assert row[key] == value, key


# -- create, read, update, delete --------------------------------------------------


@pytest.mark.parametrize("table", list(TABLES))
def test_crud_and_recycle_bin(store: Store, table: str) -> None:
    parents = _parents(store)
    values = valid_record(table, parents)
    before = store.total(table)
    if table == "stock_movements":
        new_id = store.add_movement(**{k: v for k, v in values.items()})
    else:
        new_id = store.insert(table, values)
    row = store.get(table, new_id)
    _stored(store, table, {k: v for k, v in values.items() if k != "quantity"}, row)
    assert row["created_at"] and row["updated_at"] and row["deleted_at"] is None
    assert store.total(table) == before + 1

    store.update(table, new_id, UPDATES[table])
    _stored(store, table, UPDATES[table], store.get(table, new_id))
    actions = [h["action"] for h in store.history(table, new_id)]
    assert actions == ["insert", "update"]
    upd = store.history(table, new_id)[1]
    assert set(upd["after"]) == set(UPDATES[table])

    store.delete(table, new_id)
    assert store.total(table) == before
    assert new_id in store.ids(ListQuery(table, deleted=True))
    assert new_id not in store.ids(ListQuery(table))
    with pytest.raises(NotFoundError):
        store.update(table, new_id, UPDATES[table])

    store.restore(table, new_id)
    assert new_id in store.ids(ListQuery(table))
    store.purge(table, new_id)
    with pytest.raises(NotFoundError):
        store.get(table, new_id)
    assert [h["action"] for h in store.history(table, new_id)] == [
        "insert",
        "update",
        "delete",
        "restore",
        "purge",
    ]


def test_materials_quantity_is_the_ledger(store: Store) -> None:
    parents = _parents(store)
    mid = store.insert("materials", valid_record("materials", parents))
    assert store.get("materials", mid)["quantity"] == 40
    opening = store.rows(ListQuery("stock_movements", parent_id=mid))
    assert [m["reason"] for m in opening] == ["opening"]
    store.add_movement(mid, "2025-06-01", -15, "issue", "汛期调拨")
    assert store.get("materials", mid)["quantity"] == 25
    store.update("materials", mid, {"quantity": 999})  # computed: ignored, never typed
    assert store.get("materials", mid)["quantity"] == 25
    assert store.stocktake(mid, 25, "2025-12-20") is None
    assert store.get("materials", mid)["checked_on"] == "2025-12-20"
    store.stocktake(mid, 23, "2025-12-21", "盘亏")
    assert store.get("materials", mid)["quantity"] == store.stock_of(mid) == 23


def test_purge_takes_children_and_unlinks_references(store: Store) -> None:
    parents = _parents(store)
    action = store.insert("drill_actions", valid_record("drill_actions", parents))
    store.purge("drills", parents["drills"])
    with pytest.raises(NotFoundError):
        store.get("drill_actions", action)
    drill = store.insert("drills", valid_record("drills", parents))
    store.purge("plans", parents["plans"])
    assert store.get("drills", drill)["plan_id"] is None


def test_hazard_status_history(store: Store) -> None:
    hid = store.insert(
        "hazards",
        {"found_on": "2025-04-02", "name": "河堤冲刷", "category": "flood", "grade": "general"},
    )
    store.update("hazards", hid, {"status": "rectifying", "_reason": "已落实整改资金"})
    store.update("hazards", hid, {"status": "rectified", "rectified_on": "2025-05-01"})
    history = store.hazard_history(hid)
    assert [(h["from_status"], h["to_status"]) for h in history] == [
        (None, "open"),
        ("open", "rectifying"),
        ("rectifying", "rectified"),
    ]
    assert history[1]["reason"] == "已落实整改资金"


def test_listeners_hear_one_change_per_action(store: Store) -> None:
    heard: list[set[str]] = []
    store.subscribe(heard.append)
    parents = _parents(store)
    heard.clear()
    store.add_movement(parents["materials"], "2025-03-01", 5, "purchase")
    assert heard == [{"stock_movements", "materials"}]
    with store.transaction():
        store.insert("plans", {"title": "甲", "level": "overall"})
        store.insert("plans", {"title": "乙", "level": "overall"})
    assert heard[-1] == {"plans"} and len(heard) == 2


# -- refusals ------------------------------------------------------------------------

# (table, values that differ from a valid record, field named, error code)
BAD: list[tuple[str, dict[str, Any], str, str]] = [
    ("plans", {"title": None}, "title", "required"),
    ("plans", {"title": "   "}, "title", "required"),
    ("plans", {"level": "national"}, "level", "bad_choice"),
    ("plans", {"issued_on": "2024-02-30"}, "issued_on", "bad_date"),
    ("plans", {"issued_on": "去年三月"}, "issued_on", "bad_date"),
    ("plans", {"review_years": "三"}, "review_years", "bad_int"),
    ("plans", {"review_years": 2.5}, "review_years", "bad_int"),
    ("plans", {"review_years": True}, "review_years", "bad_int"),
    ("plans", {"title": "预" * 201}, "title", "too_long"),
    ("plans", {"notes": "bad\x00byte"}, "notes", "bad_text"),
    ("drills", {"participants": -3}, "participants", "negative"),
    ("drills", {"vehicles": "两辆"}, "vehicles", "bad_int"),
    ("drills", {"plan_id": 999_999}, "plan_id", "bad_ref"),
    ("drills", {"form": "Live"}, "form", "bad_choice"),
    ("drill_actions", {"drill_id": None}, "drill_id", "required"),
    ("hazards", {"funds": "一万"}, "funds", "bad_number"),
    ("hazards", {"funds": -1}, "funds", "negative"),
    ("hazards", {"funds": "nan"}, "funds", "bad_number"),
    ("hazards", {"funds": 1e20}, "funds", "too_large"),
    ("hazards", {"rectified_on": None}, "rectified_on", "rectified_needs_date"),
    ("hazards", {"grade": "严重"}, "grade", "bad_choice"),
    ("materials", {"quantity": -5}, "quantity", "negative"),
    ("materials", {"min_quantity": "many"}, "min_quantity", "bad_int"),
    ("materials", {"point_id": 424242}, "point_id", "bad_ref"),
    ("duty_log", {"received_at": "昨天上午"}, "received_at", "bad_datetime"),
    ("duty_log", {"received_at": "2025-07-01 25:00"}, "received_at", "bad_datetime"),
    ("duty_log", {"summary": ""}, "summary", "required"),
    ("duty_roster", {"on_date": 20250701}, "on_date", "bad_date"),
    ("activities", {"leaflets": 2**60}, "leaflets", "too_large"),
]


def _everything(store: Store) -> dict[str, int]:
    counts = {t: store.total(t) + store.count(ListQuery(t, deleted=True)) for t in TABLES}
    counts["audit"] = audit_count(store)
    return counts


@pytest.mark.parametrize(("table", "bad", "field", "code"), BAD)
def test_insert_refuses_bad_values_and_writes_nothing(
    store: Store, table: str, bad: dict[str, Any], field: str, code: str
) -> None:
    parents = _parents(store)
    values = {**valid_record(table, parents), **bad}
    before = _everything(store)
    with pytest.raises(ValidationError) as info:
        store.insert(table, values)
    err = info.value
    assert field in err.fields()
    assert code in {e.code for e in err.errors}
    f = TABLES[table].field(field)
    zh, en = " ".join(err.messages("zh")), " ".join(err.messages("en"))
    assert f.zh in zh, zh
    assert f.en in en, en
    assert _everything(store) == before


# Quantity is computed from the ledger: an update ignores it rather than refusing it.
BAD_UPDATES = [c for c in BAD if c[2] not in TABLES[c[0]].computed]


@pytest.mark.parametrize(("table", "bad", "field", "code"), BAD_UPDATES)
def test_update_refuses_bad_values_and_changes_nothing(
    store: Store, table: str, bad: dict[str, Any], field: str, code: str
) -> None:
    parents = _parents(store)
    values = valid_record(table, parents)
    record_id = store.insert(table, values)
    row_before = store.get(table, record_id)
    before = _everything(store)
    with pytest.raises(ValidationError) as info:
        store.update(table, record_id, bad)
    assert field in info.value.fields()
    assert store.get(table, record_id) == row_before
    assert _everything(store) == before


def test_stock_never_below_zero(store: Store) -> None:
    parents = _parents(store)
    mid = parents["materials"]
    store.add_movement(mid, "2025-01-05", 10, "opening")
    before = _everything(store)
    with pytest.raises(ValidationError) as info:
        store.add_movement(mid, "2025-06-01", -11, "issue")
    assert info.value.errors[0].code == "stock_below_zero"
    assert "库存不足" in info.value.messages("zh")[0]
    assert "below zero" in info.value.messages("en")[0]
    assert store.stock_of(mid) == 10 and store.get("materials", mid)["quantity"] == 10
    assert _everything(store) == before
    with pytest.raises(ValidationError) as info:
        store.add_movement(mid, "2025-06-01", 0, "issue")
    assert info.value.fields() == {"delta"}
    with pytest.raises(ValidationError) as info:
        store.add_movement(mid, "2025-06-01", 3, "stolen")
    assert info.value.fields() == {"reason"}
    with pytest.raises(ValidationError):
        store.stocktake(mid, -1, "2025-12-20")
    assert store.stock_of(mid) == 10


def test_rectifying_a_hazard_by_update_needs_the_date(store: Store) -> None:
    hid = store.insert(
        "hazards",
        {"found_on": "2025-04-02", "name": "消防通道堵塞", "category": "fire", "grade": "general"},
    )
    with pytest.raises(ValidationError) as info:
        store.update("hazards", hid, {"status": "rectified"})
    assert info.value.fields() == {"rectified_on"}
    assert "完成日期" in info.value.messages("zh")[0]
    assert "Rectified on" in info.value.messages("en")[0]
    assert store.get("hazards", hid)["status"] == "open"
    assert len(store.hazard_history(hid)) == 1


def test_several_errors_are_reported_together(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        store.insert("drills", {"participants": -1, "form": "parade"})
    assert info.value.fields() == {"held_on", "title", "form", "participants"}


def test_lenient_forms_that_are_accepted(store: Store) -> None:
    hid = store.insert(
        "hazards",
        {
            "found_on": dt.date(2025, 4, 2),
            "name": "  广告牌松动  ",
            "category": "other",
            "grade": "general",
            "funds": "1200.456",
            "deadline": dt.datetime(2025, 5, 1, 8, 0),
        },
    )
    row = store.get("hazards", hid)
    assert row["found_on"] == "2025-04-02" and row["deadline"] == "2025-05-01"
    assert row["name"] == "广告牌松动"
    assert row["funds"] == 1200.46
    lid = store.insert(
        "duty_log",
        {"received_at": "2025-07-01T09:30:15", "type": "fire", "summary": "火情", "level": ""},
    )
    row = store.get("duty_log", lid)
    assert row["received_at"] == "2025-07-01 09:30"
    assert row["level"] is None


# -- listing -------------------------------------------------------------------------


@pytest.fixture
def listed(store: Store) -> Store:
    entries = [
        ("2024-12-31 23:50", "fire", "general", "东坪村一民房发生火灾，无人员伤亡"),
        ("2025-01-01 00:10", "flood", "larger", "柳溪河水位上涨，沿河农户需转移"),
        ("2025-03-05 14:00", "geological", "general", "青石镇柳溪村村民报告后山出现裂缝，疑似滑坡隐患"),
        ("2025-03-06 09:00", "fire", "major", "石门村山林火灾，过火面积约5亩"),
        ("2025-08-01 10:00", "weather", "none", "县气象台发布暴雨橙色预警"),
        ("2025-12-31 23:59", "traffic", "general", "省道S207线两车相撞"),
        ("2026-01-01 08:00", "fire", "general", "集贸街门店电动车充电起火"),
    ]  # fmt: skip
    for at, kind, level, summary in entries:
        store.insert(
            "duty_log", {"received_at": at, "type": kind, "level": level, "summary": summary}
        )
    return store


def _summaries(store: Store, q: ListQuery) -> list[str]:
    return [r["summary"] for r in store.rows(q)]


def test_filters_year_and_dates(listed: Store) -> None:
    q = ListQuery("duty_log")
    assert listed.count(q) == 7
    assert listed.count(q.with_(filters={"type": "fire"})) == 3
    assert listed.count(q.with_(filters={"type": ["fire", "flood"]})) == 4
    assert listed.count(q.with_(filters={"type": "fire", "level": "major"})) == 1
    assert listed.count(q.with_(filters={"type": None, "level": ""})) == 7
    assert listed.count(q.with_(year=2025)) == 5  # 2025-12-31 23:59 included
    assert listed.count(q.with_(year=2024)) == 1
    assert listed.count(q.with_(date_from="2025-03-05", date_to="2025-03-05")) == 1
    assert listed.count(q.with_(year=2025, date_from="2025-03-01", date_to="2025-08-01")) == 3
    with pytest.raises(KeyError):
        listed.count(q.with_(filters={"nonsense": 1}))


def test_search_short_long_and_several_words(listed: Store) -> None:
    q = ListQuery("duty_log")
    assert len(_summaries(listed, q.with_(search="火灾"))) == 2  # two characters
    assert len(_summaries(listed, q.with_(search="火"))) == 3  # one character
    assert _summaries(listed, q.with_(search="疑似滑坡隐患")) == [
        "青石镇柳溪村村民报告后山出现裂缝，疑似滑坡隐患"
    ]
    assert len(_summaries(listed, q.with_(search="柳溪 转移"))) == 1  # words AND together
    assert len(_summaries(listed, q.with_(search="s207"))) == 1  # ASCII case-insensitive
    assert _summaries(listed, q.with_(search="没有这件事")) == []
    assert listed.count(q.with_(search="火灾", year=2025)) == 1
    assert listed.count(q.with_(search="  ")) == 7
    for odd in ('"', "%", "_", "\\", "a*", "(", "OR", "火灾\"'"):
        listed.count(q.with_(search=odd))  # never an SQL or FTS syntax error


def test_search_on_small_registers_uses_like(store: Store) -> None:
    store.insert("plans", {"title": "青石镇森林火灾应急预案", "level": "special"})
    store.insert("plans", {"title": "青石镇防汛抗旱应急预案", "level": "special"})
    assert store.count(ListQuery("plans", search="火灾")) == 1
    assert store.count(ListQuery("plans", search="青石镇 应急预案")) == 2
    assert store.count(ListQuery("plans", search="100%")) == 0


def test_sort_and_paging(listed: Store) -> None:
    q = ListQuery("duty_log")
    default = [r["received_at"] for r in listed.rows(q)]
    assert default == sorted(default, reverse=True)  # the table's default: newest first
    asc = [r["received_at"] for r in listed.rows(q.with_(sort="received_at"))]
    assert asc == sorted(default)
    by_type = [r["type"] for r in listed.rows(q.with_(sort="type", descending=True))]
    assert by_type == sorted(by_type, reverse=True)
    # An unknown sort key falls back to id instead of failing.
    assert len(list(listed.rows(q.with_(sort="nope")))) == 7
    pages = [listed.page(q, offset=o, limit=3) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [r["id"] for p in pages for r in p] == listed.ids(q)
    subset = listed.ids(q)[:2]
    assert listed.count(q.with_(ids=tuple(subset))) == 2
    assert listed.count(q.with_(ids=())) == 0


def test_children_listed_by_parent(store: Store) -> None:
    parents = _parents(store)
    other = store.insert(
        "drills", {"held_on": "2025-06-01", "title": "桌面推演", "form": "tabletop"}
    )
    for drill, n in ((parents["drills"], 2), (other, 1)):
        for i in range(n):
            store.insert("drill_actions", {"drill_id": drill, "action": f"整改{i}"})
    assert store.count(ListQuery("drill_actions", parent_id=parents["drills"])) == 2
    assert store.count(ListQuery("drill_actions", parent_id=other)) == 1


def test_deleted_records_leave_the_list_and_the_search(listed: Store) -> None:
    q = ListQuery("duty_log", search="火灾")
    first = listed.ids(q)[0]
    listed.delete("duty_log", first)
    assert first not in listed.ids(q)
    assert listed.ids(q.with_(deleted=True)) == [first]
    listed.restore("duty_log", first)
    assert first in listed.ids(q)


def test_settings_and_report_texts(store: Store) -> None:
    assert store.get_setting("office_name", "默认") == "默认"
    store.set_setting("office_name", "青石镇应急管理办公室")
    store.set_setting("limits", {"major": 30})
    assert store.get_setting("office_name") == "青石镇应急管理办公室"
    assert store.get_setting("limits") == {"major": 30}
    store.set_report_text(2025, "zh", "opening", "今年以来……")
    store.set_report_text(2025, "zh", "opening", "2025年，我镇……")
    assert store.report_text(2025, "zh", "opening") == "2025年，我镇……"
    assert store.report_text(2025, "en", "opening") is None


def test_audit_records_who_and_what(store: Store) -> None:
    store.set_setting("operator", "李娜")
    pid = store.insert("plans", {"title": "总体预案", "level": "overall"})
    store.update("plans", pid, {"title": "青石镇总体应急预案"})
    rows = store.history("plans", pid)
    assert rows[0]["operator"] == "李娜" and rows[0]["after"]["title"] == "总体预案"
    assert rows[1]["before"] == {"title": "总体预案"}
    assert rows[1]["after"] == {"title": "青石镇总体应急预案"}
    assert store.audit_page(table="plans", action="update", text="青石镇")[0]["record_id"] == pid
    store.update("plans", pid, {"title": "青石镇总体应急预案"})  # no change, no audit row
    assert len(store.history("plans", pid)) == 2


# -- any value: stored faithfully or refused with a message ---------------------------

_PROPERTY_STORE: dict[str, Store] = {}


def _prop_store() -> Store:
    if "s" not in _PROPERTY_STORE:
        _PROPERTY_STORE["s"] = Store.open(None)
    return _PROPERTY_STORE["s"]


ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.text(alphabet="0123456789-: ./年月日", max_size=20),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates().map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from(
        ["name", "description", "funds", "deadline", "found_on", "grade", "phone", "status"]
    ),
    value=ANY_VALUE,
)
def test_any_hazard_value_round_trips_or_is_refused(key: str, value: Any) -> None:
    store = _prop_store()
    base = {
        "found_on": "2025-04-02",
        "name": "测试隐患",
        "category": "other",
        "grade": "general",
        "status": "open",
    }
    before = store.total("hazards")
    try:
        hid = store.insert("hazards", {**base, key: value})
    except ValidationError as exc:
        assert exc.errors
        for lang in ("zh", "en"):
            for message in exc.messages(lang):
                assert message.strip()
        assert store.total("hazards") == before
        return
    stored = store.get("hazards", hid)[key]
    f = TABLES["hazards"].field(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        assert stored in (None, f.default)
    elif f.type in (FieldType.TEXT, FieldType.LONGTEXT):
        assert stored == str(value).strip()
    elif f.type is FieldType.MONEY:
        assert stored == pytest.approx(round(float(value), 2))
        assert stored >= 0
    elif f.type is FieldType.DATE:
        assert dt.date.fromisoformat(stored).isoformat() == stored
    elif f.type is FieldType.CHOICE:
        assert stored in f.choice_keys and stored == value


@settings(max_examples=100, deadline=None)
@given(value=ANY_VALUE)
def test_any_count_round_trips_or_is_refused(value: Any) -> None:
    store = _prop_store()
    base = {"held_on": "2025-05-12", "kind": "publicity", "title": "宣传"}
    try:
        aid = store.insert("activities", {**base, "leaflets": value})
    except ValidationError as exc:
        assert exc.fields() == {"leaflets"}
        assert "宣传资料(份)" in exc.messages("zh")[0]
        assert "Leaflets" in exc.messages("en")[0]
        return
    stored = store.get("activities", aid)["leaflets"]
    if stored is None:
        assert value is None or (isinstance(value, str) and not value.strip())
    else:
        assert isinstance(stored, int) and 0 <= stored <= 2**53
        expected = int(value) if isinstance(value, (int, str)) else int(float(value))
        assert stored == expected


def test_bulk_insert_is_one_action_validated_like_insert(store: Store) -> None:
    changed: list[set[str]] = []
    store.subscribe(changed.append)
    with store.bulk_insert() as insert:
        first = insert(
            "duty_log", {"received_at": "2025-03-01 08:00", "type": "fire", "summary": "值班交接"}
        )
        second = insert(
            "duty_log", {"received_at": "2025-03-01 09:30", "type": "flood", "summary": "雨情通报"}
        )
    assert second == first + 1
    assert store.total("duty_log") == 2
    assert [h["action"] for h in store.history("duty_log", first)] == ["insert"]
    assert changed == [{"duty_log"}]  # listeners hear once, after the commit

    audits = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError) as caught, store.bulk_insert() as insert:
        insert("duty_log", {"received_at": "2025-03-02 08:00", "type": "fire", "summary": "第一条"})
        insert("duty_log", {"received_at": "不是时间", "type": "fire", "summary": "坏的一条"})
    assert caught.value.errors[0].field == "received_at"
    assert store.total("duty_log") == 2  # the good row went back with the bad one
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits


def test_preload_imports_what_the_first_write_needs(tmp_path) -> None:
    """Run in a fresh interpreter: opening does not import sqlite-utils, the preload
    does, on the calling thread (no thread is started to import it)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import threading\n"
        "from emergency_desk.store import Store, preload_writes\n"
        "s = Store.open(sys.argv[1])\n"
        "print('after open', 'sqlite_utils' in sys.modules)\n"
        "before = threading.active_count()\n"
        "preload_writes()\n"
        "print('after preload', 'sqlite_utils' in sys.modules, threading.active_count() == before)\n"
        "s.insert('plans', {'title': '预案', 'level': 'overall'})\n"
        "print('rows', s.total('plans'))\n"
    )
    db = tmp_path / "office.db"
    Store.open(db).close()
    out = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.split("\n")[:3] == ["after open False", "after preload True True", "rows 1"]
