"""Demo rescue teams and contacts for 青石镇: a team of a size a township really has, and in
every village its information officer, grid members, lead, responsible persons and, in the
hill villages, the community monitors of the risk points."""

from __future__ import annotations

import datetime as dt

from .context import DemoContext
from .places import TOWN, TOWN_UNITS, VILLAGES, distinct_people, mobile

HILL_VILLAGES = ("东坪村", "石门村", "桃源村", "龙潭村", "高山村", "枫林村")
"""Villages on the slopes, where the landslide points and their monitors are."""

NO_ACTIVE_INFO_OFFICER = "新华社区"
"""Its information officer has left and no one has taken over yet (an alert in the demo)."""


def _trained(ctx: DemoContext, stale: float) -> str | None:
    """A training date: mostly within the last year, sometimes older, rarely never."""
    if ctx.chance(0.05):
        return None
    back = ctx.rng.randint(400, 700) if ctx.chance(stale) else ctx.rng.randint(10, 330)
    return (ctx.today - dt.timedelta(days=back)).isoformat()


def fill_teams(ctx: DemoContext) -> None:
    """The township's teams: its comprehensive team, the militia, specialised and village squads."""
    leaders = distinct_people(ctx.rng, 12, set())
    teams = [
        (
            f"{TOWN}综合性应急救援队",
            "comprehensive",
            "rescue",
            32,
            "青石社区",
            "冲锋舟2艘、救生衣60件、发电机2台、破拆工具1套、应急照明灯20盏",
        ),
        (
            f"{TOWN}民兵应急分队",
            "militia",
            "flood",
            40,
            "青石社区",
            "铁锹、编织袋2000条、救生衣40件、对讲机10台",
        ),
        (
            f"{TOWN}森林防灭火半专业扑火队",
            "professional",
            "forest_fire",
            25,
            "高山村",
            "风力灭火机8台、二号工具30把、灭火水泵2台",
        ),
        (
            f"{TOWN}卫生院医疗救护队",
            "professional",
            "medical",
            12,
            "青石社区",
            "救护车1台、急救箱10个、担架6副",
        ),
        (
            "青石化工有限公司专职应急队",
            "enterprise",
            "hazardous_chemicals",
            15,
            "河口村",
            "正压式空气呼吸器6套、防化服10套、堵漏工具1套",
        ),
        (f"{TOWN}蓝天志愿服务队", "volunteer", "rescue", 28, "新华社区", "救生绳、急救包"),
    ]
    for v in ("东坪村", "石门村", "龙潭村", "高山村", "柳溪村"):
        teams.append(
            (
                f"{v}应急小分队",
                "village",
                "flood",
                ctx.rng.randint(8, 15),
                v,
                "铁锹、手电筒、铜锣、救生衣",
            )
        )
    for n, (name, kind, speciality, members, village, equipment) in enumerate(teams):
        ctx.insert(
            "teams",
            {
                "name": name,
                "kind": kind,
                "speciality": speciality,
                "leader": leaders[n],
                "phone": mobile(ctx.rng),
                "members": members,
                "village": village,
                "equipment": equipment,
                "established_on": dt.date(
                    ctx.rng.randint(2012, ctx.year - 2), ctx.rng.randint(1, 12), 1
                ).isoformat(),
                "last_trained_on": _trained(ctx, 0.15),
                "status": "active",
            },
        )
    ctx.insert(
        "teams",
        {
            "name": "柳溪村义务消防队",
            "kind": "village",
            "speciality": "other",
            "leader": leaders[11],
            "phone": mobile(ctx.rng),
            "members": 6,
            "village": "柳溪村",
            "status": "disbanded",
            "notes": "并入柳溪村应急小分队",
        },
    )


def fill_contacts(ctx: DemoContext) -> None:
    """Every village's people, and the town's liaisons and experts."""
    taken: set[str] = set()
    for v in VILLAGES:
        committee = v + ("居委会" if v.endswith("社区") else "村委会")
        people: list[tuple[str, str]] = [("info_officer", "灾害信息员"), ("village_lead", "主任")]
        people += [("grid", "网格员")] * ctx.rng.randint(2, 4)
        people += [("responsible", "驻村干部")] * ctx.rng.randint(1, 2)
        if v in HILL_VILLAGES:
            people += [("monitor", "监测员")] * ctx.rng.randint(2, 3)
        names = distinct_people(ctx.rng, len(people), taken)
        for (role, position), name in zip(people, names, strict=True):
            left = v == NO_ACTIVE_INFO_OFFICER and role == "info_officer"
            ctx.insert(
                "contacts",
                {
                    "name": name,
                    "role": role,
                    "village": v,
                    "unit": f"{TOWN}人民政府" if role == "responsible" else committee,
                    "position": position,
                    "phone": mobile(ctx.rng),
                    "backup_phone": mobile(ctx.rng) if ctx.chance(0.3) else None,
                    "trained_on": _trained(ctx, 0.2)
                    if role in ("info_officer", "monitor")
                    else None,
                    "certificate": "灾害信息员培训合格证" if role == "info_officer" else None,
                    "status": "left" if left else "active",
                    "notes": "已调离，新人选待定" if left else None,
                },
            )
    for unit, name in zip(TOWN_UNITS[1:7], distinct_people(ctx.rng, 6, taken), strict=True):
        ctx.insert(
            "contacts",
            {
                "name": name,
                "role": "liaison",
                "unit": unit,
                "position": "联络员",
                "phone": mobile(ctx.rng),
                "status": "active",
            },
        )
    for field, name in zip(
        ("地质灾害防治", "水利工程", "危险化学品"), distinct_people(ctx.rng, 3, taken), strict=True
    ):
        ctx.insert(
            "contacts",
            {
                "name": name,
                "role": "expert",
                "unit": "县应急管理专家库",
                "position": field,
                "phone": mobile(ctx.rng),
                "status": "active",
            },
        )
