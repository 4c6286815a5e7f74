"""The store keeps every register: create, read, update, recycle bin, refusals, audit, listing.

Everything goes through the ``Store`` facade as the UI and the importer use it; what is
checked is what ends up in the database (and what does not, when a value is refused).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from store_records import UPDATES, _parents, _stored, audit_count, valid_record

from emergency_desk.schema import TABLES, ValidationError
from emergency_desk.store import ListQuery, NotFoundError, Store

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
