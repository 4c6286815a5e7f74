"""Valid records of every register (and their parents), shared by the store's tests."""

from __future__ import annotations

from typing import Any

import pytest

from emergency_desk.schema import TABLES, FieldType
from emergency_desk.store import Store

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
