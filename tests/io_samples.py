"""Sample records for the import/export tests, and a comparable snapshot of a database."""

from __future__ import annotations

from typing import Any

from emergency_desk.schema import REGISTERS, register_table
from emergency_desk.store import ListQuery, Store

SKIP = {"id", "created_at", "updated_at", "deleted_at"}


def seed(store: Store) -> None:
    """A little of everything: links, choices, dates, money, tricky text."""
    flood = store.insert(
        "plans",
        {
            "title": "镇防汛抗旱应急预案",
            "level": "special",
            "category": "natural_disaster",
            "lead_unit": "镇应急办",
            "doc_number": "镇政发〔2021〕12号",
            "issued_on": "2021-03-05",
            "revised_on": "2023-04-01",
            "review_years": 3,
            "status": "in_force",
            "notes": "第一行\n第二行",
        },
    )
    store.insert(
        "plans",
        {"title": '=HYPERLINK("http://x","点我")', "level": "overall", "status": "draft"},
    )
    store.insert(
        "drills",
        {
            "held_on": "2021-06-18",
            "title": "防汛综合演练",
            "plan_id": flood,
            "form": "live",
            "scope": "comprehensive",
            "organizer": "镇政府",
            "location": "河堤",
            "participants": 1200,
            "vehicles": 15,
            "rating": "good",
        },
    )
    store.insert("drills", {"held_on": "2022-01-10", "title": "桌面推演", "form": "tabletop"})
    store.insert(
        "hazards",
        {
            "found_on": "2021-04-02",
            "name": "河堤渗漏",
            "location": "三组",
            "category": "flood",
            "grade": "major",
            "funds": 12500.5,
            "deadline": "2021-06-30",
            "status": "rectified",
            "rectified_on": "2021-05-20",
            "verified_by": "李四",
            "phone": "13800001111",
        },
    )
    store.insert(
        "hazards",
        {
            "found_on": "2022-07-01",
            "name": "加油站消防通道堵塞",
            "category": "fire",
            "grade": "general",
            "status": "open",
            "measures": "-清理通道\n+设置标识",
        },
    )
    depot = store.insert(
        "reserve_points",
        {
            "name": "镇应急物资仓库",
            "kind": "government",
            "address": "镇政府后院",
            "custodian": "王五",
            "phone": "0571-1234567",
        },
    )
    shop = store.insert("reserve_points", {"name": "华联超市", "kind": "agreement"})
    store.insert(
        "materials",
        {
            "point_id": depot,
            "name": "帐篷",
            "category": "shelter",
            "spec": "3×4米",
            "unit": "顶",
            "quantity": 40,
            "min_quantity": 20,
            "expires_on": "2030-12-31",
        },
    )
    store.insert(
        "materials",
        {"point_id": shop, "name": "矿泉水", "category": "water", "unit": "箱", "quantity": 1500},
    )
    store.insert(
        "materials", {"point_id": depot, "name": "救生衣", "category": "rescue", "unit": "件"}
    )
    store.insert(
        "duty_log",
        {
            "received_at": "2021-07-20 14:30",
            "channel": "phone",
            "reporter": "张三",
            "type": "flood",
            "level": "larger",
            "location": "二组",
            "summary": "二组道路积水约 40 厘米",
            "reported_up_at": "2021-07-20 15:05",
            "reported_to": "县应急局",
            "status": "closed",
        },
    )
    store.insert(
        "duty_log", {"received_at": "2021-07-21 08:00", "type": "weather", "summary": "@暴雨预警"}
    )
    store.insert(
        "activities",
        {
            "held_on": "2021-05-12",
            "kind": "themed_day",
            "title": "5·12 防灾减灾日宣传",
            "participants": 300,
            "leaflets": 2000,
            "manuals": 150,
            "banners": 6,
        },
    )


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Each register's live records by value, with links replaced by what they name."""
    plans = dict(store.titles("plans"))
    points = {r["id"]: r for r in store.rows(ListQuery("reserve_points"))}
    out: dict[str, list[tuple[Any, ...]]] = {}
    for register in REGISTERS:
        t = register_table(register)
        rows = []
        for r in store.rows(ListQuery(t.name)):
            values = {k: v for k, v in r.items() if k not in SKIP}
            if "plan_id" in values:
                values["plan_id"] = plans.get(values["plan_id"])
            if "point_id" in values:
                p = points[values.pop("point_id")]
                values["point"] = tuple(p[k] for k in ("name", "kind", "address", "custodian"))
            rows.append(tuple(sorted(values.items())))
        out[register] = sorted(rows, key=repr)
    return out
