"""Build the benchmark database: a county office's registers after years of heavy use.

The schema comes from the app's own migrations (``Store.open``); only the bulk rows are
written with raw ``executemany`` — the bench is not the app, and a million validated
single inserts would take longer than every case together. The FTS and grams indexes are
kept by the app's triggers during the load, exactly as they would be in use.

The file is cached in ``bench/.cache/`` under a name made of the seed, the scale and a hash
of this generator and the app's migrations, so a changed schema never reuses an old file.

    python bench/generate.py [--scale 0.01] [--seed 7]   # prints the path
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from emergency_desk.schema import TABLES  # noqa: E402
from emergency_desk.store import Store, search_index  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
DATA_VERSION = 4  # bump when the generated rows or indexes change (3: teams, contacts, shelters, risk points, villages; 4: warnings, incidents, closed hazards without a verifier)
TODAY = dt.date(2026, 11, 28)
FIRST_DAY = dt.date(2017, 1, 1)

SIZES = {
    "duty_log": 1_000_000,
    "hazards": 100_000,
    "materials": 20_000,
    "stock_movements": 200_000,
    "drills": 20_000,
    "plans": 5_000,
    "activities": 50_000,
    "reserve_points": 200,
    "drill_actions": 10_000,
    "duty_handovers": 7_000,
    "teams": 500,
    "contacts": 5_000,
    "shelters": 1_000,
    "risk_points": 5_000,
}

TOWNS = [
    "城关镇",
    "青山镇",
    "河口乡",
    "石桥镇",
    "柳林乡",
    "白沙镇",
    "马坪乡",
    "龙潭镇",
    "新华街道",
    "东城街道",
    "西湖乡",
    "大洋镇",
    "黄土岭乡",
    "清水镇",
    "高桥镇",
    "双河乡",
]
VILLAGES = [
    "张家村",
    "李家湾",
    "王庄",
    "杨树沟",
    "红旗村",
    "金星村",
    "前进社区",
    "幸福村",
    "沙坝村",
    "桃园村",
    "凤凰社区",
    "长岭村",
    "石门村",
    "新民村",
    "胜利村",
    "团结村",
    "光明社区",
    "水口村",
]
PLACES = [
    "G318国道K12+300处",
    "S203省道",
    "县人民医院",
    "第一中学",
    "滨河路",
    "工业园区3号厂房",
    "农贸市场",
    "水库大坝",
    "加油站",
    "建筑工地",
    "幸福小区5栋",
    "汽车站",
    "山脚采石场",
    "河道拐弯处",
    "老街",
    "物流中心",
    "敬老院",
    "化工厂",
    "变电站",
    "隧道入口",
]
EVENTS = {
    "fire": ["发生火灾", "民房起火", "山林火灾", "电动车充电起火", "厨房油锅着火", "仓库冒烟"],
    "flood": ["道路积水严重", "河水漫堤", "内涝围困群众", "山洪暴发", "农田被淹"],
    "geological": ["发生山体滑坡", "出现泥石流", "路面塌陷", "边坡垮塌", "崩塌落石"],
    "weather": ["暴雨橙色预警", "大风蓝色预警", "寒潮预警", "高温红色预警", "冰雹预警"],
    "traffic": ["两车相撞", "货车侧翻", "摩托车追尾", "客车抛锚", "多车连环碰撞"],
    "production_safety": ["工人高处坠落", "矿井透水", "有限空间中毒", "机械伤人", "粉尘爆炸"],
    "public_health": ["疑似食物中毒", "发热病例聚集", "饮用水污染", "传染病疫情报告"],
    "social_security": ["群众聚集上访", "打架斗殴", "走失老人", "邻里纠纷"],
    "instruction": [
        "转发上级紧急通知",
        "传达防汛工作部署",
        "落实节假日值班要求",
        "开展隐患排查通知",
    ],
    "other": ["群众咨询", "设备故障报修", "信息核实", "系统测试"],
}
ALL_EVENTS = [e for events in EVENTS.values() for e in events]
ACTIONS = [
    "已通知消防救援大队赶赴现场",
    "已报告带班领导",
    "已协调乡镇干部处置",
    "已通知交警到场",
    "已转医院救治",
    "已疏散群众200余人",
    "现场已处置完毕",
    "已通知自然资源所核查",
    "持续关注中",
    "已上报县应急指挥中心",
    "已安排巡查人员",
    "已发布预警信息",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国"
UNITS = ["应急管理局", "自然资源局", "水利局", "住建局", "交通运输局", "消防救援大队", "卫健局"]
HAZARD_NAMES = {
    "reservoir": ["坝体渗漏", "溢洪道堵塞", "坝顶裂缝"],
    "pipeline": ["管道占压", "阀门锈蚀", "标识缺失"],
    "hazardous_chemicals": ["储罐超量储存", "危化品混放", "防爆设施失效"],
    "special_equipment": ["电梯超期未检", "锅炉安全阀失效", "起重机钢丝绳断股"],
    "geological": ["滑坡隐患点", "危岩体", "不稳定斜坡", "泥石流沟"],
    "flood": ["河堤缺口", "排水沟淤塞", "低洼易涝点"],
    "fire": ["消防通道堵塞", "灭火器过期", "电线私拉乱接", "疏散指示损坏"],
    "road_traffic": ["临水临崖无护栏", "急弯缺少警示", "桥梁限载标志缺失"],
    "construction": ["脚手架不稳", "基坑无防护", "塔吊未备案"],
    "social_security": ["监控盲区", "流浪人员聚集"],
    "other": ["广告牌松动", "危房"],
}
MATERIAL_NAMES = {
    "food": ["方便面", "饼干", "大米"],
    "water": ["矿泉水", "桶装水"],
    "shelter": ["救灾帐篷", "棉被", "折叠床"],
    "rescue": ["救生衣", "冲锋舟", "破拆工具组", "安全绳"],
    "medical": ["急救箱", "担架", "消毒液"],
    "power": ["柴油发电机", "应急照明灯", "手电筒"],
    "protective": ["防护服", "N95口罩", "安全帽"],
    "flood": ["编织袋", "抽水泵", "防汛沙袋"],
    "other": ["对讲机", "扩音器"],
}


def _person(r: random.Random) -> str:
    return r.choice(SURNAMES) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")


def _phone(r: random.Random) -> str:
    return f"1{r.choice('3589')}{r.randrange(10**9):09d}"


def _day(r: random.Random, start: dt.date = FIRST_DAY, end: dt.date = TODAY) -> dt.date:
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def _keys(table: str, field: str) -> list[str]:
    return list(TABLES[table].field(field).choice_keys)


def cache_path(scale: float, seed: int) -> Path:
    """Keyed by seed, scale, the generator's data version and the app's schema version.

    Indexes and columns the schema gains later are added by the app's own ``sync_schema``
    when the file is next opened, as they would be for a user's file.
    """
    from emergency_desk.store.migrations import SCHEMA_VERSION

    return CACHE / f"bench-s{seed}-x{scale:g}-d{DATA_VERSION}-v{SCHEMA_VERSION}.db"


def size(name: str, scale: float) -> int:
    return max(1, round(SIZES[name] * scale))


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]]) -> int:
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return 0
    cols = list(first)
    sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" for _ in cols)})'

    def tuples() -> Iterator[tuple[Any, ...]]:
        yield tuple(first[c] for c in cols)
        for row in it:
            yield tuple(row[c] for c in cols)

    return conn.executemany(sql, tuples()).rowcount


def _stamp(d: dt.date) -> str:
    return f"{d.isoformat()} 09:00:00"


def duty_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    """Calls spread evenly from 2017 to the day before today, in the order they came in."""
    types = _keys("duty_log", "type")
    type_weights = [8, 6, 5, 10, 14, 4, 3, 5, 10, 35]
    levels = _keys("duty_log", "level")
    level_weights = [80, 14, 4, 1.5, 0.5]
    channels = _keys("duty_log", "channel")
    span = (TODAY - FIRST_DAY).days * 24 * 60
    step = span / n
    start = dt.datetime.combine(FIRST_DAY, dt.time())
    officers = [_person(r) for _ in range(40)]
    for i in range(n):
        at = start + dt.timedelta(minutes=int(i * step + r.random() * step))
        kind = r.choices(types, type_weights)[0]
        level = r.choices(levels, level_weights)[0]
        place = (
            r.choice(TOWNS) + r.choice(VILLAGES) + (r.choice(PLACES) if r.random() < 0.5 else "")
        )
        summary = f"{place}{r.choice(EVENTS[kind])}"
        if r.random() < 0.3:
            summary += f"，约{r.randrange(1, 50)}人受影响"
        reported = None
        if level != "none":
            late = r.random() < 0.1
            reported = at + dt.timedelta(
                minutes=r.randrange(300, 900) if late else r.randrange(5, 30)
            )
        stamp = at.strftime("%Y-%m-%d %H:%M")
        yield {
            "received_at": stamp,
            "channel": r.choice(channels),
            "reporter": _person(r),
            "reporter_phone": _phone(r),
            "type": kind,
            "level": level,
            "location": place,
            "summary": summary,
            "action_taken": r.choice(ACTIONS)
            + ("；" + r.choice(ACTIONS) if r.random() < 0.4 else ""),
            "reported_up_at": reported.strftime("%Y-%m-%d %H:%M") if reported else None,
            "reported_to": "县应急管理局" if reported else None,
            "handled_by": r.choice(officers),
            "status": "closed"
            if at.date() < TODAY - dt.timedelta(days=3) or r.random() < 0.5
            else "open",
            "created_at": stamp + ":00",
            "updated_at": stamp + ":00",
            "deleted_at": stamp + ":30" if r.random() < 0.002 else None,
        }


def hazard_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    cats = _keys("hazards", "category")
    for _ in range(n):
        found = _day(r)
        cat = r.choice(cats)
        grade = "major" if r.random() < 0.05 else "general"
        deadline = found + dt.timedelta(days=r.randrange(15, 180))
        age = (TODAY - found).days
        status = (
            r.choice(["rectified", "closed"])
            if r.random() < min(0.97, age / 200)
            else r.choice(["open", "rectifying"])
        )
        rectified = None
        if status in ("rectified", "closed"):
            rectified = min(TODAY, found + dt.timedelta(days=r.randrange(3, 200))).isoformat()
        place = r.choice(TOWNS) + r.choice(VILLAGES)
        yield {
            "found_on": found.isoformat(),
            "name": f"{place}{r.choice(HAZARD_NAMES[cat])}",
            "location": place + r.choice(PLACES),
            "category": cat,
            "grade": grade,
            "description": f"排查发现{r.choice(HAZARD_NAMES[cat])}，存在安全风险，需限期整改",
            "responsible_unit": r.choice(TOWNS) + r.choice(["政府", "安监站", "村委会"]),
            "responsible_person": _person(r),
            "phone": _phone(r),
            "measures": "设置警示标志，落实专人巡查，限期整改到位",
            "funds": round(r.random() * 50000, 2) if r.random() < 0.4 else None,
            "deadline": deadline.isoformat(),
            "status": status,
            "rectified_on": rectified,
            "verified_by": _person(r) if rectified else None,
            "created_at": _stamp(found),
            "updated_at": _stamp(found),
            "deleted_at": None,
        }
    # Closed (销号) with no verifier, as an old imported ledger may hold them (one deleted).
    for i, (verifier, deleted) in enumerate([(None, None), ("  ", None), (None, "2026-01-02")]):
        found = dt.date(2024, 3, 1) + dt.timedelta(days=i)
        yield {
            "found_on": found.isoformat(),
            "name": f"旧台账导入隐患{i + 1}",
            "location": "城关镇张家村",
            "category": cats[0],
            "grade": "general",
            "description": "旧台账导入，已销号但未登记验收人",
            "responsible_unit": "城关镇政府",
            "responsible_person": "张伟",
            "phone": "13800000000",
            "measures": "已整改",
            "funds": None,
            "deadline": (found + dt.timedelta(days=30)).isoformat(),
            "status": "closed",
            "rectified_on": (found + dt.timedelta(days=20)).isoformat(),
            "verified_by": verifier,
            "created_at": _stamp(found),
            "updated_at": _stamp(found),
            "deleted_at": deleted,
        }


def plan_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    levels = _keys("plans", "level")
    cats = _keys("plans", "category")
    kinds = [
        "防汛抗旱",
        "森林防灭火",
        "地质灾害",
        "安全生产事故",
        "危险化学品事故",
        "突发公共卫生事件",
    ]
    for i in range(n):
        issued = _day(r, dt.date(2012, 1, 1))
        revised = issued + dt.timedelta(days=r.randrange(300, 2000))
        yield {
            "title": f"{r.choice(TOWNS)}{r.choice(kinds)}应急预案（第{i + 1}号）",
            "level": r.choice(levels),
            "category": r.choice(cats),
            "lead_unit": r.choice(UNITS),
            "doc_number": f"应急〔{issued.year}〕{r.randrange(1, 99)}号",
            "issued_on": issued.isoformat(),
            "revised_on": revised.isoformat() if revised < TODAY and r.random() < 0.6 else None,
            "review_years": 3,
            "status": r.choices(["in_force", "draft", "revising", "repealed"], [80, 5, 10, 5])[0],
            "notes": None,
            "created_at": _stamp(issued),
            "updated_at": _stamp(issued),
            "deleted_at": None,
        }


def drill_rows(r: random.Random, n: int, plans: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        held = _day(r)
        yield {
            "held_on": held.isoformat(),
            "title": f"{r.choice(TOWNS)}{r.choice(['防汛', '消防', '地质灾害', '危化品泄漏'])}应急演练",
            "plan_id": r.randrange(1, plans + 1) if r.random() < 0.8 else None,
            "form": r.choice(_keys("drills", "form")),
            "scope": r.choice(_keys("drills", "scope")),
            "organizer": r.choice(UNITS),
            "location": r.choice(TOWNS) + r.choice(PLACES),
            "participants": r.randrange(10, 500),
            "vehicles": r.randrange(0, 30),
            "scenario": "模拟" + r.choice(ALL_EVENTS),
            "rating": r.choice(_keys("drills", "rating")),
            "problems_found": None,
            "notes": None,
            "created_at": _stamp(held),
            "updated_at": _stamp(held),
            "deleted_at": None,
        }


def drill_action_rows(r: random.Random, n: int, drills: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        due = _day(r)
        yield {
            "drill_id": r.randrange(1, drills + 1),
            "action": r.choice(["补充应急物资", "完善通讯联络表", "加强培训", "修订预案流程"]),
            "owner": _person(r),
            "due_on": due.isoformat(),
            "done_on": due.isoformat() if r.random() < 0.8 else None,
            "created_at": _stamp(due),
            "updated_at": _stamp(due),
            "deleted_at": None,
        }


def point_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{TOWNS[i % len(TOWNS)]}应急物资储备点{i + 1}",
            "kind": r.choice(_keys("reserve_points", "kind")),
            "address": r.choice(TOWNS) + r.choice(VILLAGES),
            "custodian": _person(r),
            "phone": _phone(r),
            "created_at": _stamp(FIRST_DAY),
            "updated_at": _stamp(FIRST_DAY),
            "deleted_at": None,
        }


def material_and_movement_rows(
    r: random.Random, n: int, movements: int, points: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Items and their ledgers; each item's quantity is the sum of its movements, never < 0."""
    materials: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    per_item = max(1, movements // n)
    for i in range(n):
        cat = r.choice(list(MATERIAL_NAMES))
        day = _day(r, FIRST_DAY, dt.date(2020, 1, 1))
        qty = 0
        for k in range(per_item):
            if k == 0:
                delta, reason = r.randrange(50, 500), "opening"
            elif qty > 5 and r.random() < 0.5:
                delta, reason = -r.randrange(1, qty // 2 + 1), "issue"
            else:
                delta, reason = r.randrange(5, 100), "purchase"
            qty += delta
            day = min(TODAY, day + dt.timedelta(days=r.randrange(1, 60)))
            moves.append(
                {
                    "material_id": i + 1,
                    "moved_on": day.isoformat(),
                    "delta": delta,
                    "reason": reason,
                    "note": None,
                    "created_at": _stamp(day),
                    "updated_at": _stamp(day),
                    "deleted_at": None,
                }
            )
        expires = _day(r, dt.date(2025, 1, 1), dt.date(2030, 1, 1))
        materials.append(
            {
                "point_id": r.randrange(1, points + 1),
                "name": r.choice(MATERIAL_NAMES[cat]),
                "category": cat,
                "spec": f"规格{i + 1}",
                "unit": r.choice(["件", "箱", "台", "顶", "套"]),
                "quantity": qty,
                "min_quantity": r.randrange(0, 200),
                "expires_on": expires.isoformat() if r.random() < 0.5 else None,
                "checked_on": None,
                "created_at": _stamp(FIRST_DAY),
                "updated_at": _stamp(FIRST_DAY),
                "deleted_at": None,
            }
        )
    return materials, moves


def activity_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        held = _day(r)
        yield {
            "held_on": held.isoformat(),
            "kind": r.choice(_keys("activities", "kind")),
            "title": r.choice(
                ["防灾减灾日宣传", "安全生产月活动", "消防知识进校园", "应急救护培训"]
            )
            + f"（{r.choice(TOWNS)}）",
            "location": r.choice(TOWNS) + r.choice(VILLAGES),
            "organizer": r.choice(UNITS),
            "participants": r.randrange(20, 800),
            "leaflets": r.randrange(0, 3000),
            "manuals": r.randrange(0, 500),
            "banners": r.randrange(0, 20),
            "notes": None,
            "created_at": _stamp(held),
            "updated_at": _stamp(held),
            "deleted_at": None,
        }


def roster_rows(r: random.Random) -> Iterator[dict[str, Any]]:
    day = FIRST_DAY
    while day <= TODAY:
        if r.random() < 0.98:  # a few days without a roster, for the rules to find
            yield {
                "on_date": day.isoformat(),
                "shift": "full",
                "leader": _person(r),
                "officers": f"{_person(r)}、{_person(r)}",
                "phone": "0000-12345678",
                "created_at": _stamp(day),
                "updated_at": _stamp(day),
                "deleted_at": None,
            }
        day += dt.timedelta(days=1)


def handover_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        day = _day(r)
        yield {
            "at": f"{day.isoformat()} 08:30",
            "from_officer": _person(r),
            "to_officer": _person(r),
            "notes": "交接在办事项" + r.choice(ACTIONS),
            "created_at": _stamp(day),
            "updated_at": _stamp(day),
            "deleted_at": None,
        }


def _maybe_day(r: random.Random, p_none: float, start: dt.date = dt.date(2023, 1, 1)) -> str | None:
    return None if r.random() < p_none else _day(r, start).isoformat()


def _ledger_base(r: random.Random) -> dict[str, Any]:
    day = _day(r, dt.date(2020, 1, 1))
    deleted = _stamp(day) if r.random() < 0.01 else None
    return {"created_at": _stamp(day), "updated_at": _stamp(day), "deleted_at": deleted}


def team_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{r.choice(VILLAGES)}应急队伍{i + 1}",
            "kind": r.choice(_keys("teams", "kind")),
            "speciality": r.choice(_keys("teams", "speciality")),
            "leader": _person(r),
            "phone": _phone(r),
            "members": r.randrange(5, 60),
            "village": r.choice(VILLAGES),
            "last_trained_on": _maybe_day(r, 0.1),
            "status": "active" if r.random() < 0.9 else "disbanded",
            **_ledger_base(r),
        }


def contact_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    roles = _keys("contacts", "role")
    # The last villages never get an information officer: the rule has villages to name.
    covered = VILLAGES[:-3]
    for _ in range(n):
        role = r.choice(roles)
        yield {
            "name": _person(r),
            "role": role,
            "village": r.choice(covered if role == "info_officer" else VILLAGES),
            "phone": _phone(r),
            "trained_on": _maybe_day(r, 0.15, dt.date(2022, 1, 1)),
            "status": "active" if r.random() < 0.9 else "left",
            **_ledger_base(r),
        }


def shelter_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{r.choice(VILLAGES)}避难场所{i + 1}",
            "kind": r.choice(_keys("shelters", "kind")),
            "grade": r.choice(_keys("shelters", "grade")),
            "village": r.choice(VILLAGES),
            "capacity": r.randrange(50, 2000),
            "manager": _person(r),
            "phone": _phone(r),
            "last_inspected_on": _maybe_day(r, 0.1, dt.date(2025, 1, 1)),
            "status": r.choices(_keys("shelters", "status"), [85, 10, 5])[0],
            **_ledger_base(r),
        }


def risk_point_rows(r: random.Random, n: int, shelters: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{r.choice(VILLAGES)}{r.choice(['滑坡', '崩塌', '泥石流', '危房'])}点{i + 1}",
            "kind": r.choice(_keys("risk_points", "kind")),
            "village": r.choice(VILLAGES),
            "households": r.randrange(1, 40),
            "persons": r.randrange(1, 150),
            "monitor": None if r.random() < 0.05 else _person(r),
            "monitor_phone": None if r.random() < 0.05 else _phone(r),
            "shelter_id": r.randrange(1, shelters + 1) if r.random() < 0.95 else None,
            "cards_issued_on": _maybe_day(r, 0.1),
            "status": r.choices(_keys("risk_points", "status"), [85, 10, 5])[0],
            **_ledger_base(r),
        }


# A few warnings and incidents around two days (one in the settings test's February 2025,
# one before TODAY), each case written by hand so every warning and incident rule finds
# rows and passes over the ones that are in order. Ids are given: the children refer to them.
CASE_DAYS = (dt.date(2025, 2, 20), TODAY - dt.timedelta(days=2))


def _at(day: dt.date, days: int, hm: str) -> str:
    return f"{(day + dt.timedelta(days=days)).isoformat()} {hm}"


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows that all have every column any of them has, the timestamps filled in."""
    cols = [c for row in rows for c in row]
    keys = list(dict.fromkeys(["id", *cols]))
    return [
        {**dict.fromkeys(keys), **row, "created_at": "2025-01-01 09:00:00",
         "updated_at": "2025-01-01 09:00:00", "deleted_at": row.get("deleted_at")}
        for row in rows
    ]  # fmt: skip


def warning_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per case day: red uncalled, orange unanswered, orange called late (flagged); red
    called in time, yellow uncalled, a red one deleted (not flagged)."""
    warnings: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    cases = [  # colour, received, [(called, answered)], deleted
        ("red", "08:00", [], None),
        ("orange", "09:00", [("09:10", "no")], None),
        ("orange", "10:00", [("10:05", "yes"), ("11:30", "yes")], None),
        ("red", "11:00", [("11:10", "yes"), ("11:20", "yes")], None),
        ("yellow", "12:00", [], None),
        ("red", "13:00", [], "2025-01-02 09:00:00"),
    ]
    for day in CASE_DAYS:
        for colour, received, made, deleted in cases:
            wid = len(warnings) + 1
            warnings.append({
                "id": wid, "received_at": _at(day, 0, received), "source": "县气象局",
                "kind": "rainstorm", "color": colour, "content": f"暴雨{colour}预警",
                "deleted_at": deleted,
            })  # fmt: skip
            for i, (called, answered) in enumerate(made):
                calls.append({
                    "id": len(calls) + 1, "warning_id": wid, "contact_id": i + 1,
                    "called_at": _at(day, 0, called), "answered": answered,
                })  # fmt: skip
    return _rows(warnings), _rows(calls)


def incident_rows() -> dict[str, list[dict[str, Any]]]:
    """Per case day: an initial report sent late; an ongoing one not followed up for over
    a day; a closed natural disaster never verified; one whose verified figures disagree
    with its victims ledger; one in order; a follow-up sent too long after the initial
    report (late) and one sent after the incident ended (not late); a deleted one with
    nothing sent."""
    incs: list[dict[str, Any]] = []
    reps: list[dict[str, Any]] = []
    victims: list[dict[str, Any]] = []
    houses: list[dict[str, Any]] = []

    def report(inc: int, kind: str, at: str, **figures: int) -> None:
        reps.append({"id": len(reps) + 1, "incident_id": inc, "kind": kind, "sent_at": at,
                     "sent_to": "县应急管理局", **figures})  # fmt: skip

    for d in CASE_DAYS:

        def incident(title: str, cat: str, start: str, end: str | None,
                     deleted: str | None = None) -> int:  # fmt: skip
            incs.append({
                "id": len(incs) + 1, "started_at": start, "title": title, "category": cat,
                "kind": "flood" if cat == "natural_disaster" else "traffic", "level": "general",
                "ended_at": end, "status": "closed" if end else "ongoing", "deleted_at": deleted,
            })  # fmt: skip
            return len(incs)

        a = incident("河口乡内涝", "natural_disaster", _at(d, -5, "08:00"), _at(d, -4, "18:00"))
        report(a, "initial", _at(d, -5, "10:30"))
        report(a, "verified", _at(d, -3, "10:00"))
        b = incident("S203省道交通事故", "accident", _at(d, -3, "08:00"), None)
        report(b, "initial", _at(d, -3, "08:30"))
        report(b, "follow_up", _at(d, -3, "20:00"))
        c = incident(
            "青山镇山体滑坡", "natural_disaster", _at(d, -10, "06:00"), _at(d, -9, "12:00")
        )
        report(c, "initial", _at(d, -10, "06:40"))
        e = incident("石桥镇山洪", "natural_disaster", _at(d, -8, "07:00"), _at(d, -7, "20:00"))
        report(e, "initial", _at(d, -8, "07:30"), deaths=1, houses_collapsed=3)
        report(e, "verified", _at(d, -6, "10:00"), deaths=2, missing=1, houses_collapsed=5,
               houses_severe=2, houses_damaged=4)  # fmt: skip
        victims.append({"id": len(victims) + 1, "incident_id": e, "name": "王强",
                        "outcome": "dead"})  # fmt: skip
        victims.append({"id": len(victims) + 1, "incident_id": e, "name": "李明",
                        "outcome": "missing"})  # fmt: skip
        for col, sev, dam in ((3, 2, 0), (2, 0, 4)):
            houses.append({"id": len(houses) + 1, "incident_id": e, "head": "赵刚",
                           "collapsed_rooms": col, "severe_rooms": sev, "damaged_rooms": dam})  # fmt: skip
        f = incident("城关镇民房火灾", "accident", _at(d, -6, "10:00"), _at(d, -6, "16:00"))
        report(f, "initial", _at(d, -6, "10:20"))
        g = incident("龙潭镇危化品泄漏", "accident", _at(d, -4, "08:00"), _at(d, -2, "18:00"))
        report(g, "initial", _at(d, -4, "08:30"))  # the follow-up came 30 hours later: late
        report(g, "follow_up", _at(d, -3, "14:30"))
        h = incident("马坪乡道路塌方", "accident", _at(d, -4, "08:00"), _at(d, -4, "12:00"))
        report(h, "initial", _at(d, -4, "08:30"))  # over when the next was due: in order
        report(h, "follow_up", _at(d, -2, "09:00"))
        incident("已删除的事件", "natural_disaster", _at(d, -9, "09:00"), _at(d, -8, "09:00"),
                 "2025-01-02 09:00:00")  # fmt: skip
    return {
        "incidents": _rows(incs),
        "incident_reports": _rows(reps),
        "incident_victims": _rows(victims),
        "incident_houses": _rows(houses),
    }


def build(path: Path, scale: float, seed: int, log: bool = True) -> None:
    r = random.Random(seed)
    n = {k: size(k, scale) for k in SIZES}
    materials, moves = material_and_movement_rows(
        r, n["materials"], n["stock_movements"], n["reserve_points"]
    )
    steps: list[tuple[str, Iterable[dict[str, Any]]]] = [
        ("plans", plan_rows(r, n["plans"])),
        ("drills", drill_rows(r, n["drills"], n["plans"])),
        ("drill_actions", drill_action_rows(r, n["drill_actions"], n["drills"])),
        ("reserve_points", point_rows(r, n["reserve_points"])),
        ("materials", materials),
        ("stock_movements", moves),
        ("activities", activity_rows(r, n["activities"])),
        ("duty_roster", roster_rows(r)),
        ("duty_handovers", handover_rows(r, n["duty_handovers"])),
        ("hazards", hazard_rows(r, n["hazards"])),
        ("duty_log", duty_rows(r, n["duty_log"])),
        ("teams", team_rows(r, n["teams"])),
        ("contacts", contact_rows(r, n["contacts"])),
        ("shelters", shelter_rows(r, n["shelters"])),
        ("risk_points", risk_point_rows(r, n["risk_points"], n["shelters"])),
        *zip(("warnings", "warning_callbacks"), warning_rows(), strict=True),
        *incident_rows().items(),
    ]
    load(path, steps, log)


def load(path: Path, steps: list[tuple[str, Iterable[dict[str, Any]]]], log: bool = True) -> None:
    """A new database at ``path`` (the app's schema) holding ``steps``' rows, indexed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    Store.open(tmp).close()  # the app's migrations make the schema
    conn = sqlite3.connect(tmp)
    search_index.register(conn)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("PRAGMA foreign_keys = OFF")
    # Per-row FTS triggers cost ~15x a rebuild, so the load runs without them and the app's
    # own full-text and grams indexes are rebuilt afterwards; the triggers are put back as is.
    # Likewise the indexes: building one from sorted rows beats updating twenty per row.
    deferred = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        "AND sql IS NOT NULL ORDER BY type"
    ).fetchall()
    for name, sql in deferred:
        kind = "TRIGGER" if sql.upper().startswith("CREATE TRIGGER") else "INDEX"
        conn.execute(f'DROP {kind} "{name}"')
    for table, rows in steps:
        t0 = time.perf_counter()
        with conn:
            count = _insert(conn, table, rows)
        if log:
            print(f"  {table:16} {count:>9} rows {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    t0 = time.perf_counter()
    with conn:
        for table in search_index.INDEXED_TABLES:
            fts = search_index.trigram_table(table)
            conn.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
            search_index.rebuild(conn, table)
        for _, sql in deferred:
            conn.execute(sql)
    if log:
        print(f"  indexes, FTS   {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    with conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('office_name', '\"青山县应急管理局\"')"
            " ON CONFLICT(key) DO NOTHING"
        )
        conn.execute(  # the area's villages: the information-officer rule reads them
            "INSERT INTO settings (key, value) VALUES ('villages', ?) ON CONFLICT(key) DO NOTHING",
            [json.dumps("\n".join(VILLAGES), ensure_ascii=False)],
        )
        conn.execute(  # ten years of records: the rules judge every day the bench holds
            "INSERT INTO settings (key, value) VALUES ('records_from', '\"2000-01-01\"')"
            " ON CONFLICT(key) DO NOTHING"
        )
    t0 = time.perf_counter()
    for table in search_index.INDEXED_TABLES:
        conn.execute(f'INSERT INTO "{table}_fts"("{table}_fts") VALUES (\'optimize\')')
        conn.execute(
            f'INSERT INTO "{search_index.grams_table(table)}"'
            f"(\"{search_index.grams_table(table)}\") VALUES ('optimize')"
        )
    conn.commit()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    if log:
        print(f"  optimize {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    tmp.rename(path)
    Path(f"{tmp}.lock").unlink(missing_ok=True)


def ensure(scale: float = 1.0, seed: int = 7, log: bool = True) -> Path:
    """The cached database for this scale and seed, generated if missing."""
    path = cache_path(scale, seed)
    if not path.exists():
        if log:
            print(f"generating {path.name} (scale {scale:g}) ...", file=sys.stderr)
        t0 = time.perf_counter()
        build(path, scale, seed, log)
        if log:
            print(f"generated in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = ap.parse_args(argv)
    if args.force:
        cache_path(args.scale, args.seed).unlink(missing_ok=True)
    print(ensure(args.scale, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
