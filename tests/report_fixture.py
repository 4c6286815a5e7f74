"""A store with known records for the summary tests: 2025 figures, plus records of other
years and records in the recycle bin that must not count."""

from __future__ import annotations

import datetime as dt

from emergency_desk.store import Store

YEAR = 2025
TODAY = dt.date(2026, 1, 10)


def _deleted(store: Store, table: str, values: dict) -> None:
    store.delete(table, store.insert(table, values))


def fill(store: Store) -> Store:
    store.set_setting("office_name", "青山镇应急管理办公室")
    store.set_setting("office_name_en", "Qingshan Town Emergency Management Office")

    # plans: in force at the end of 2025 -> overall 1, special 2, department 1
    store.insert(
        "plans",
        {"title": "青山镇突发事件总体应急预案", "level": "overall", "issued_on": "2023-05-01"},
    )
    store.insert(
        "plans",
        {
            "title": "青山镇防汛抗旱应急预案",
            "level": "special",
            "category": "natural_disaster",
            "issued_on": "2020-04-01",
            "revised_on": "2025-03-15",
        },
    )
    store.insert(
        "plans", {"title": "青山镇森林火灾应急预案", "level": "special", "issued_on": "2021-06-01"}
    )
    store.insert(
        "plans",
        {"title": "青山镇地质灾害应急预案", "level": "department", "issued_on": "2025-02-10"},
    )
    store.insert(
        "plans", {"title": "危化品事故应急预案（草案）", "level": "special", "status": "draft"}
    )
    store.insert(
        "plans", {"title": "2026年新预案", "level": "grassroots", "issued_on": "2026-02-01"}
    )
    _deleted(store, "plans", {"title": "已删除预案", "level": "special", "issued_on": "2025-01-01"})

    # drills: 3 in 2025 (2 live, 1 tabletop), 550 participants, 12 vehicles
    d1 = store.insert(
        "drills",
        {
            "held_on": "2025-03-12",
            "title": "防汛抢险综合演练",
            "form": "live",
            "scope": "comprehensive",
            "organizer": "青山镇人民政府",
            "location": "青山水库",
            "participants": 320,
            "vehicles": 12,
        },
    )
    store.insert(
        "drills",
        {"held_on": "2025-05-12", "title": "地震应急疏散演练", "form": "live", "participants": 200},
    )
    store.insert(
        "drills",
        {
            "held_on": "2025-09-20",
            "title": "森林火灾桌面推演",
            "form": "tabletop",
            "participants": 30,
        },
    )
    _deleted(
        store,
        "drills",
        {"held_on": "2025-06-01", "title": "已删除演练", "form": "live", "participants": 999},
    )
    store.insert(
        "drills",
        {"held_on": "2024-10-01", "title": "2024年演练", "form": "live", "participants": 150},
    )
    store.insert(
        "drill_actions",
        {"drill_id": d1, "action": "补充抽水泵", "due_on": "2025-05-01", "done_on": "2025-04-20"},
    )
    store.insert(
        "drill_actions", {"drill_id": d1, "action": "完善通讯保障", "due_on": "2025-06-30"}
    )

    # hazards: 3 found in 2025 (2 major), 2 rectified -> 66.7%, 1 overdue, funds 58,000
    store.insert(
        "hazards",
        {
            "found_on": "2025-02-01",
            "name": "水库溢洪道裂缝",
            "category": "reservoir",
            "grade": "major",
            "responsible_unit": "镇水利站",
            "deadline": "2025-06-30",
            "status": "rectified",
            "rectified_on": "2025-05-20",
            "funds": 50000,
        },
    )
    store.insert(
        "hazards",
        {
            "found_on": "2025-04-10",
            "name": "加油站管线腐蚀",
            "category": "pipeline",
            "grade": "general",
            "deadline": "2025-08-01",
            "status": "closed",
            "rectified_on": "2025-07-20",
            "verified_by": "王建国",
            "funds": 8000,
        },
    )
    store.insert(
        "hazards",
        {
            "found_on": "2025-07-05",
            "name": "后山滑坡隐患点",
            "category": "geological",
            "grade": "major",
            "deadline": "2025-10-31",
            "status": "rectifying",
        },
    )
    _deleted(
        store,
        "hazards",
        {"found_on": "2025-03-03", "name": "已删除隐患", "category": "fire", "grade": "major"},
    )
    store.insert(
        "hazards",
        {
            "found_on": "2024-11-01",
            "name": "2024年隐患",
            "category": "fire",
            "deadline": "2024-12-31",
        },
    )

    # activities: 3 in 2025, 1,360 participants, 3,000 leaflets, 300 manuals, 10 banners
    store.insert(
        "activities",
        {
            "held_on": "2025-05-12",
            "kind": "themed_day",
            "title": "5·12防灾减灾日宣传",
            "participants": 500,
            "leaflets": 2000,
            "manuals": 300,
            "banners": 10,
        },
    )
    store.insert(
        "activities",
        {
            "held_on": "2025-06-15",
            "kind": "training",
            "title": "应急救援队伍培训",
            "participants": 60,
        },
    )
    store.insert(
        "activities",
        {
            "held_on": "2025-11-09",
            "kind": "school",
            "title": "消防安全进校园",
            "participants": 800,
            "leaflets": 1000,
        },
    )
    _deleted(
        store,
        "activities",
        {"held_on": "2025-07-01", "kind": "media", "title": "已删除活动", "leaflets": 9999},
    )
    store.insert(
        "activities",
        {"held_on": "2024-05-12", "kind": "publicity", "title": "2024年活动", "leaflets": 5000},
    )

    # materials: 2 points, 4 items; 1 short, 1 expired, 1 expiring by 2026-01-10
    p1 = store.insert("reserve_points", {"name": "镇应急物资储备库", "kind": "government"})
    p2 = store.insert("reserve_points", {"name": "惠民超市协议储备点", "kind": "agreement"})
    tent = store.insert(
        "materials",
        {
            "point_id": p1,
            "name": "帐篷",
            "category": "shelter",
            "unit": "顶",
            "quantity": 120,
            "min_quantity": 100,
            "checked_on": "2025-01-02",
        },
    )
    store.add_movement(tent, "2025-06-01", 20, "purchase")
    store.insert(
        "materials",
        {
            "point_id": p1,
            "name": "救生衣",
            "category": "rescue",
            "unit": "件",
            "quantity": 80,
            "min_quantity": 100,
            "checked_on": "2025-01-02",
        },
    )
    store.insert(
        "materials",
        {
            "point_id": p2,
            "name": "矿泉水",
            "category": "water",
            "unit": "箱",
            "quantity": 200,
            "expires_on": "2026-02-15",
            "checked_on": "2025-01-02",
        },
    )
    store.insert(
        "materials",
        {
            "point_id": p2,
            "name": "方便面",
            "category": "food",
            "unit": "箱",
            "quantity": 50,
            "expires_on": "2025-12-01",
            "checked_on": "2025-01-02",
        },
    )
    _deleted(
        store,
        "materials",
        {"point_id": p1, "name": "已删除物资", "category": "other", "unit": "个", "quantity": 5},
    )

    # duty: 10 rostered days; 5 entries, 4 with a level, 2 reported up on time
    for day in range(1, 11):
        store.insert("duty_roster", {"on_date": f"2025-01-{day:02d}", "officers": "张三"})
    _deleted(store, "duty_roster", {"on_date": "2025-02-01", "officers": "李四"})
    entries = [
        ("2025-03-01 08:00", "weather", "none", None),
        ("2025-04-02 10:00", "fire", "general", "2025-04-02 12:00"),
        ("2025-06-05 09:00", "flood", "larger", "2025-06-05 10:30"),
        ("2025-07-07 14:00", "geological", "major", "2025-07-07 14:20"),
        ("2025-08-08 16:00", "traffic", "general", None),
    ]
    for received, kind, level, up in entries:
        store.insert(
            "duty_log",
            {
                "received_at": received,
                "type": kind,
                "level": level,
                "summary": f"{kind} {received}",
                "reported_up_at": up,
            },
        )
    _deleted(
        store,
        "duty_log",
        {"received_at": "2025-09-09 09:00", "type": "fire", "level": "major", "summary": "删"},
    )
    store.insert(
        "duty_log",
        {"received_at": "2024-12-31 23:00", "type": "fire", "level": "major", "summary": "旧"},
    )
    entered_during_2025(store)
    return store


ENTERED = "2025-01-02 09:00:00"


def entered_during_2025(store: Store) -> None:
    """The records were entered as the office went along, not on the day the test runs: a
    summary dated 2026-01-10 must see them (records entered after its date do not count)."""
    from emergency_desk.schema import TABLES

    with store.transaction():
        for name in TABLES:
            store.db.execute(f'UPDATE "{name}" SET created_at = ?', [ENTERED])
        store.db.execute("UPDATE audit_log SET at = ?", [ENTERED])
        store.db.execute("UPDATE hazard_status_log SET at = ?", [ENTERED])
