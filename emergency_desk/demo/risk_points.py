"""Demo shelters and risk points for 青石镇: a refuge place for every few villages, and the
landslide and other points of the hill villages with their monitors, households and cards."""

from __future__ import annotations

import datetime as dt

from ..store import ListQuery
from .context import DemoContext
from .people import HILL_VILLAGES
from .places import GROUPS, HILL_SPOTS, TOWN, distinct_people, mobile

# name, kind, grade, address, village, area m², capacity, facilities
SHELTERS = (
    (f"{TOWN}中心学校操场", "outdoor", "fixed", "青石社区学府路8号", "青石社区", 6800, 3400,
     "应急供水点、临时厕所、应急照明、广播"),
    (f"{TOWN}文化广场", "outdoor", "emergency", "青石社区文化路", "青石社区", 4200, 2100,
     "应急照明、广播、标识牌"),
    ("东坪村村部", "indoor", "emergency", "东坪村二组", "东坪村", 320, 160, "床铺、饮用水、药箱"),
    ("石门村小学", "indoor", "emergency", "石门村四组", "石门村", 560, 280, "教室、饮用水、厕所"),
    ("龙潭村综合服务中心", "indoor", "emergency", "龙潭村一组", "龙潭村", 380, 190,
     "床铺、饮用水、发电机"),
    ("高山村避灾安置点", "indoor", "emergency", "高山村三组", "高山村", 260, 130,
     "床铺、被褥、饮用水、药箱"),
    ("桃源村文化礼堂", "indoor", "emergency", "桃源村五组", "桃源村", 300, 150, "座椅、饮用水"),
    ("新华社区居民活动中心", "indoor", "emergency", "新华社区建设路12号", "新华社区", 420, 210,
     "空调、饮用水、厕所"),
)  # fmt: skip

# Where the villages' people go: the nearest shelter (by village).
NEAREST = {
    "东坪村": "东坪村村部", "柳溪村": f"{TOWN}中心学校操场", "石门村": "石门村小学",
    "桃源村": "桃源村文化礼堂", "龙潭村": "龙潭村综合服务中心", "白沙村": f"{TOWN}文化广场",
    "杨家坝村": f"{TOWN}文化广场", "高山村": "高山村避灾安置点", "河口村": f"{TOWN}中心学校操场",
    "枫林村": "龙潭村综合服务中心", "青石社区": f"{TOWN}中心学校操场",
    "新华社区": "新华社区居民活动中心",
}  # fmt: skip

BASE = (111.52, 28.93)  # the township's rough centre, decimal degrees


def _coordinates(ctx: DemoContext) -> tuple[float, float]:
    lon = BASE[0] + ctx.rng.uniform(-0.08, 0.08)
    lat = BASE[1] + ctx.rng.uniform(-0.06, 0.06)
    return round(lon, 6), round(lat, 6)


def fill_shelters(ctx: DemoContext) -> None:
    managers = distinct_people(ctx.rng, len(SHELTERS), set())
    for n, (name, kind, grade, address, village, area, capacity, facilities) in enumerate(SHELTERS):
        lon, lat = _coordinates(ctx)
        # The shelter under repair was last inspected before its repairs began.
        inspected = ctx.today - dt.timedelta(days=ctx.rng.randint(20, 150) if n != 6 else 230)
        ctx.insert(
            "shelters",
            {
                "name": name, "kind": kind, "grade": grade, "address": address,
                "village": village, "area_m2": area, "capacity": capacity,
                "facilities": facilities, "manager": managers[n],
                "phone": mobile(ctx.rng) if kind == "indoor" else "0736-58211" + f"{n:02d}",
                "longitude": lon, "latitude": lat, "last_inspected_on": inspected.isoformat(),
                "status": "under_repair" if n == 6 else "available",
            },
        )  # fmt: skip


def fill_risk_points(ctx: DemoContext) -> None:
    """Two or three points in every hill village, watched by that village's monitors."""
    shelters = {r["name"]: r["id"] for r in ctx.store.rows(ListQuery("shelters"))}
    monitors: dict[str, list[dict[str, str]]] = {}
    responsible: dict[str, list[str]] = {}
    for c in ctx.store.rows(ListQuery("contacts")):
        if c["role"] == "monitor":
            monitors.setdefault(c["village"], []).append(c)
        if c["role"] == "responsible":
            responsible.setdefault(c["village"], []).append(c["name"])
    season = dt.date(ctx.year, 4, 15)
    cards_this_year = ctx.today >= season
    for village in HILL_VILLAGES:
        watchers = monitors.get(village, [])
        for n in range(ctx.rng.randint(2, 3)):
            group, spot = ctx.pick(GROUPS), ctx.pick(HILL_SPOTS)
            kind = ctx.weighted({"landslide": 6, "collapse": 2, "debris_flow": 1, "flash_flood": 1})
            households = ctx.rng.randint(2, 14)
            # one new point in 龙潭村 has no monitor yet (found after the last survey)
            new_point = village == "龙潭村" and n == 1
            monitor = watchers[n % len(watchers)] if watchers and not new_point else None
            issued_year = ctx.year if cards_this_year else ctx.year - 1
            cards = dt.date(issued_year, ctx.rng.randint(3, 4), ctx.rng.randint(1, 28))
            lon, lat = _coordinates(ctx)
            word = {"landslide": "滑坡", "collapse": "崩塌", "debris_flow": "泥石流沟",
                    "flash_flood": "山洪易发区"}[kind]  # fmt: skip
            ctx.insert(
                "risk_points",
                {
                    "name": f"{village}{group}{spot}{word}", "kind": kind, "village": village,
                    "location": f"{village}{group}{spot}", "longitude": lon, "latitude": lat,
                    "scale": ctx.weighted({"small": 7, "medium": 3}),
                    "households": households,
                    "persons": households * ctx.rng.randint(2, 4),
                    "property": float(households * ctx.rng.randint(8, 20)),
                    "monitor": monitor["name"] if monitor else None,
                    "monitor_phone": monitor["phone"] if monitor else None,
                    "responsible": ctx.pick(responsible[village]) if village in responsible else None,
                    "warning_signal": ctx.pick(("铜锣", "口哨", "手摇报警器", "广播")),
                    "evacuation_route": f"沿{group}通组公路向{NEAREST[village]}方向撤离",
                    # one point has lost its shelter (the nearest one is under repair)
                    "shelter_id": None if village == "桃源村" and n == 0
                    else shelters.get(NEAREST[village]),
                    # the cards of one village's points were not renewed this season
                    "cards_issued_on": (cards if village != "枫林村"
                                        else cards.replace(year=cards.year - 1)).isoformat(),
                    "status": "monitoring",
                },
            )  # fmt: skip
    ctx.insert(
        "risk_points",
        {
            "name": "柳溪村三组老屋场危旧房", "kind": "dilapidated_house", "village": "柳溪村",
            "location": "柳溪村三组老屋场", "households": 2, "persons": 5,
            "status": "treated", "notes": "已拆除重建",
        },
    )  # fmt: skip
