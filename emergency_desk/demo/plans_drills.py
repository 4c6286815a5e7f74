"""Emergency plans of every level and the drills that test them, with corrective actions.

The mix is deliberate: most plans are in force and current, a few are past their review
cycle or have never been drilled, some drills leave corrective actions still open past
their due date — the cases the Overview's alerts and the summary's problems exist for.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from .context import DemoContext
from .places import (
    RESERVOIRS,
    SCHOOLS,
    TOWN,
    VILLAGES,
    committee,
)

# (title, level, category, lead unit)
SPECIAL_PLANS = (
    ("防汛抗旱应急预案", "natural_disaster", "镇水利站"),
    ("森林火灾应急预案", "natural_disaster", "镇林业站"),
    ("地质灾害应急预案", "natural_disaster", "镇自然资源所"),
    ("地震应急预案", "natural_disaster", "镇应急管理办公室"),
    ("低温雨雪冰冻灾害应急预案", "natural_disaster", "镇应急管理办公室"),
    ("危险化学品事故应急预案", "accident", "镇安监站"),
    ("道路交通事故应急预案", "accident", "镇派出所"),
    ("生产安全事故应急预案", "accident", "镇安监站"),
    ("城镇燃气事故应急预案", "accident", "镇综合行政执法大队"),
    ("特种设备事故应急预案", "accident", "镇安监站"),
    ("突发公共卫生事件应急预案", "public_health", "镇卫生院"),
    ("食品安全事故应急预案", "public_health", "镇社会事务办"),
    ("重大动物疫情应急预案", "public_health", "镇农业综合服务中心"),
    ("群体性事件应急预案", "social_security", "镇党政综合办公室"),
    ("舆情突发事件应急预案", "social_security", "镇党政综合办公室"),
)
DEPARTMENT_PLANS = (
    ("镇卫生院医疗救治应急预案", "public_health", "镇卫生院"),
    ("镇中心学校校园安全应急预案", "social_security", "镇中心学校"),
    ("镇派出所处置突发治安事件应急预案", "social_security", "镇派出所"),
    ("镇水利站水库防汛抢险应急预案", "natural_disaster", "镇水利站"),
    ("镇林业站森林防火扑救预案", "natural_disaster", "镇林业站"),
    ("镇社会事务办受灾群众生活救助应急预案", "natural_disaster", "镇社会事务办"),
)
EVENT_PLANS = (
    ("春节及元宵节期间安全保障应急预案", "social_security"),
    ("清明节森林防火安全保障应急预案", "natural_disaster"),
    ("桃花文化旅游节重大活动应急预案", "social_security"),
    ("中高考期间安全保障应急预案", "social_security"),
)
SPRING_FESTIVAL = {
    2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
    2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
}  # fmt: skip


def event_window(name: str, year: int) -> tuple[dt.date, dt.date]:
    """When a plan for a dated event starts (the event's first day) and when it lapses.

    An office issues such a plan a few weeks before the event and it lapses when the
    event is over: the Spring Festival plan is never issued after the festival."""
    if name.startswith("春节"):
        start = dt.date(year, *SPRING_FESTIVAL.get(year, (2, 1)))
        return start, start + dt.timedelta(days=16)  # to the Lantern Festival
    if name.startswith("清明"):
        return dt.date(year, 4, 4), dt.date(year, 4, 30)
    if name.startswith("桃花"):
        return dt.date(year, 3, 10), dt.date(year, 3, 31)
    return dt.date(year, 6, 7), dt.date(year, 6, 30)  # 中考、高考


ENTERPRISE_PLANS = (
    ("生产安全事故应急预案", "青石化工有限公司"),
    ("火灾爆炸事故应急预案", "中石化青石加油站"),
    ("液化气泄漏事故应急预案", "青石镇液化气供应站"),
    ("爆破作业事故应急预案", "宏达石料厂"),
    ("消防安全应急预案", "青石镇敬老院"),
)

_VILLAGES = tuple(v for v in VILLAGES if v.endswith("村"))
_COMMUNITIES = tuple(v for v in VILLAGES if v.endswith("社区"))
# (word in the plan's title, theme, scenario, where it is held, organizer)
DRILL_THEMES = (
    ("防汛抗旱", "防汛抢险", "{place}遭遇强降雨，水位超汛限，坝体出现管涌险情，下游群众需紧急转移", RESERVOIRS, "镇水利站"),
    ("地质灾害", "地质灾害避险转移", "{place}后山连续降雨后出现裂缝并持续扩大，威胁坡下农户安全", _VILLAGES, "镇自然资源所"),
    ("森林火灾", "森林火灾扑救", "清明期间{place}山林因祭祀用火引发火情，火势向林区蔓延", _VILLAGES, "镇林业站"),
    ("地震", "地震应急疏散", "本地发生有感地震，{place}人员紧急疏散并开展搜救", (*SCHOOLS, "青石镇敬老院"), "镇应急管理办公室"),
    ("危险化学品", "危化品泄漏处置", "{place}储罐阀门泄漏，有毒气体扩散，周边群众需疏散", ("青石化工有限公司",), "镇安监站"),
    ("道路交通", "道路交通事故救援", "{place}急弯路段客车与货车相撞，多人受伤被困", ("省道S207线", "县道X035线"), "镇派出所"),
    ("火灾爆炸", "火灾扑救", "{place}卸油作业时发生火情，需切断油路并疏散人员", ("中石化青石加油站",), "镇安监站"),
    ("城镇燃气", "燃气泄漏处置", "{place}居民楼液化气泄漏，需关阀断气、排险疏散", _COMMUNITIES, "镇综合行政执法大队"),
    ("突发公共卫生", "突发公共卫生事件处置", "{place}出现聚集性发热病例，需开展流调、隔离与消杀", SCHOOLS, "镇卫生院"),
    ("食品安全", "食物中毒应急处置", "{place}村民办宴席后多人出现呕吐腹泻，需开展救治和溯源", _VILLAGES, "镇社会事务办"),
    ("群体性事件", "人员密集场所疏散", "{place}赶集日人员密集，发生拥挤踩踏苗头，需快速疏导", ("青石镇集贸街",), "镇党政综合办公室"),
    ("校园安全", "校园安全防范", "有可疑人员闯入{place}，需启动防范处置程序", SCHOOLS, "镇中心学校"),
    ("生产安全", "生产安全事故救援", "{place}作业区发生坍塌，1名工人被困", ("宏达石料厂", "青石建材有限公司"), "镇安监站"),
    ("总体", "综合", "{place}遭遇持续强降雨引发山洪和滑坡，多部门联合开展转移安置和抢险救援", ("青石镇文化广场", *_VILLAGES), "镇应急管理办公室"),
)  # fmt: skip
PROBLEMS = (
    "部分群众转移路线不熟悉，集结时间偏长",
    "应急广播覆盖不到高山组，通知不及时",
    "对讲机数量不足，现场通信不畅",
    "个别队员防护装备穿戴不规范",
    "物资调拨登记不及时，台账与实物不符",
    "信息报送环节衔接不够，上报时间超出要求",
    "救援队伍之间协同配合不够熟练",
    "预案中的联系人电话已变更未及时更新",
)
ACTIONS = (
    ("更新应急联系人通讯录并印发各村", "镇应急管理办公室"),
    ("为高山组增设应急广播喇叭", "镇党政综合办公室"),
    ("增配对讲机10部", "镇应急管理办公室"),
    ("组织救援队员开展装备使用培训", "镇应急救援队"),
    ("修订预案中的转移路线图", "镇应急管理办公室"),
    ("完善物资调拨登记制度", "镇应急物资储备库"),
    ("补充设置避险转移指示牌", "村两委"),
)


def _doc_number(ctx: DemoContext, year: int) -> str:
    prefix = ctx.pick(("青政发", "青政办发", "青应急发"))
    return f"{prefix}〔{year}〕{ctx.rng.randint(1, 60)}号"


class PlanRef(NamedTuple):
    id: int
    title: str
    level: str
    category: str
    status: str


def fill_plans(ctx: DemoContext) -> list[PlanRef]:
    """Plans; returned for the drill generator to pick from."""
    made: list[PlanRef] = []
    y = ctx.year

    def add(title: str, level: str, category: str, unit: str, issued: dt.date, **kw: Any) -> None:
        revised = kw.pop("revised", None)
        status = kw.pop("status", "in_force")
        cycle = kw.get("review_years", 3)
        due = dt.date(issued.year + cycle, issued.month, min(issued.day, 28))
        if revised is None and status == "in_force" and due < ctx.today and ctx.chance(0.8):
            # Most offices revise on time; the rest are the "past review" alerts.
            lo = max(issued, dt.date(ctx.today.year - cycle, ctx.today.month, 1))
            revised = lo + dt.timedelta(days=ctx.rng.randrange(max(1, (ctx.today - lo).days - 10)))
        values = {
            "title": title,
            "level": level,
            "category": category,
            "lead_unit": unit,
            "doc_number": _doc_number(ctx, issued.year),
            "issued_on": issued.isoformat(),
            "revised_on": revised.isoformat() if revised else None,
            "review_years": kw.pop("review_years", 3),
            "status": status,
            "notes": kw.pop("notes", None),
        }
        plan_id = ctx.insert("plans", values)
        made.append(PlanRef(plan_id, title, level, category, status))

    add(
        f"{TOWN}突发事件总体应急预案",
        "overall",
        "natural_disaster",
        "镇党政综合办公室",
        dt.date(y - 6, 4, 18),
        revised=ctx.day_in(y - 1, (3, 1), (6, 30)),
        notes="经镇党委会研究通过，报县应急管理局备案",
    )
    for i, (name, cat, unit) in enumerate(SPECIAL_PLANS):
        issued = dt.date(y - ctx.rng.randint(2, 7), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        revised = None
        if i % 3 == 0:
            revised = ctx.day_in(y - ctx.rng.randint(0, 2), (1, 1), (11, 30))
        status = "in_force"
        if i == 4:
            status = "revising"
        elif i == 14:
            status = "draft"
            issued = ctx.day_in(y, (1, 1), (12, 31)) or issued
        add(TOWN + name, "special", cat, unit, issued, revised=revised, status=status)
    for name, cat, unit in DEPARTMENT_PLANS:
        issued = dt.date(y - ctx.rng.randint(1, 6), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        # "镇卫生院…" under the town's name reads "青石镇卫生院…", not "青石镇镇卫生院…".
        add(TOWN + name.removeprefix("镇"), "department", cat, unit, issued)
    for v in VILLAGES:
        issued = dt.date(y - ctx.rng.randint(1, 5), ctx.rng.randint(3, 6), ctx.rng.randint(1, 28))
        kind = "防汛防地质灾害" if not v.endswith("社区") else "消防安全"
        add(
            f"{v}{kind}应急预案",
            "grassroots",
            "natural_disaster" if kind.startswith("防汛") else "accident",
            committee(v),
            issued,
            review_years=ctx.pick((2, 3, 3)),
        )
    for res in RESERVOIRS[:2]:
        add(
            f"{res}防汛抢险应急预案",
            "grassroots",
            "natural_disaster",
            "镇水利站",
            dt.date(y - 2, 4, 10),
        )
    for name, unit in ENTERPRISE_PLANS:
        issued = dt.date(y - ctx.rng.randint(1, 5), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        add(unit + name, "enterprise", "accident", unit, issued)
    for name, cat in EVENT_PLANS:
        for year in ctx.years:
            start, lapses = event_window(name, year)
            issued_on = ctx.after(start, -30, -8)
            if issued_on > ctx.today:
                continue
            status = "repealed" if lapses < ctx.today else "in_force"
            add(
                f"{year}年{name}",
                "event",
                cat,
                "镇党政综合办公室",
                issued_on,
                status=status,
                review_years=1,
            )
    # An old plan superseded by the current one, kept for the record.
    add(
        f"{TOWN}防汛应急预案（2016年版）",
        "special",
        "natural_disaster",
        "镇水利站",
        dt.date(2016, 5, 6),
        status="repealed",
        notes="已被新版防汛抗旱应急预案替代",
    )
    for school in SCHOOLS[:2]:
        add(
            f"{school}突发事件应急疏散预案",
            "grassroots",
            "social_security",
            school,
            dt.date(y - 4, 9, 1),
        )
    return made


def fill_drills(ctx: DemoContext, plans: list[PlanRef]) -> None:
    """Drills of the town's plans by theme; plans no theme fits are the "never drilled" ones."""
    villages = [p for p in plans if p.level == "grassroots" and p.title.startswith(VILLAGES)]
    live_plans = [p for p in plans if p.status == "in_force" and p.level != "grassroots"]
    for year in ctx.years:
        _village_drills(ctx, year, villages)
        for _ in range(ctx.rng.randint(13, 18)):
            held = ctx.day_in(year, (3, 1), (12, 20))
            if held is None:
                continue
            word, theme, scenario, places, organizer = ctx.pick(DRILL_THEMES)
            place = ctx.pick(places)
            # An enterprise's plan is drilled at that enterprise only.
            fitting = [
                p.id
                for p in live_plans
                if word in p.title and (p.level != "enterprise" or p.title.startswith(place))
            ]
            form = "live" if ctx.chance(0.65) else "tabletop"
            scope = "comprehensive" if word == "总体" or ctx.chance(0.25) else "single"
            participants = ctx.rng.randint(40, 320) if form == "live" else ctx.rng.randint(12, 45)
            rating = ctx.weighted({"good": 5, "pass": 4, "needs_improvement": 1.5})
            problems = ctx.rng.sample(PROBLEMS, ctx.rng.randint(1, 3))
            kind = "桌面推演" if form == "tabletop" else "应急演练"
            drill_id = ctx.insert(
                "drills",
                {
                    "held_on": held.isoformat(),
                    "title": f"{year}年{place}{theme}{kind}",
                    "plan_id": ctx.pick(fitting) if fitting else None,
                    "form": form,
                    "scope": scope,
                    "organizer": organizer,
                    "location": place,
                    "participants": participants,
                    "vehicles": ctx.rng.randint(2, 14) if form == "live" else 0,
                    "scenario": scenario.format(place=place),
                    "rating": rating,
                    "problems_found": "；".join(problems) + "。",
                    "notes": "县应急管理局派员现场观摩指导" if ctx.chance(0.2) else None,
                },
            )
            if rating != "good" or ctx.chance(0.3):
                _actions(ctx, drill_id, held)


def _village_drills(ctx: DemoContext, year: int, village_plans: list[PlanRef]) -> None:
    """Before the flood season most villages rehearse moving people out of danger."""
    for plan in village_plans:
        if not ctx.chance(0.75):
            continue
        held = ctx.day_in(year, (4, 1), (6, 15))
        if held is None:
            continue
        v = next(v for v in VILLAGES if plan.title.startswith(v))
        flood = plan.category == "natural_disaster"
        theme = "防汛防地灾避险转移演练" if flood else "消防安全疏散演练"
        ctx.insert(
            "drills",
            {
                "held_on": held.isoformat(),
                "title": f"{year}年{v}{theme}",
                "plan_id": plan.id,
                "form": "live",
                "scope": "single",
                "organizer": committee(v),
                "location": v,
                "participants": ctx.rng.randint(30, 150),
                "vehicles": ctx.rng.randint(0, 3),
                "scenario": (
                    f"{v}遭遇持续强降雨，后山出现险情，组织危险区群众按预定路线转移至安置点"
                    if flood
                    else f"{v}居民楼发生火情，组织群众疏散并开展初期火灾扑救"
                ),
                "rating": ctx.weighted({"good": 4, "pass": 5, "needs_improvement": 1}),
                "problems_found": ctx.pick(PROBLEMS) + "。",
            },
        )


def _actions(ctx: DemoContext, drill_id: int, held: dt.date) -> None:
    for action, owner in ctx.rng.sample(ACTIONS, ctx.rng.randint(1, 3)):
        due = ctx.after(held, 20, 90)
        done = None
        # Most are finished on time, a few late, a few never (overdue).
        if (due < ctx.today or ctx.chance(0.3)) and ctx.chance(0.85):
            done = min(ctx.after(held, 5, (due - held).days + 15), ctx.today)
        ctx.insert(
            "drill_actions",
            {
                "drill_id": drill_id,
                "action": action,
                "owner": owner,
                "due_on": due.isoformat(),
                "done_on": done.isoformat() if done else None,
            },
        )


def fill_plans_and_drills(ctx: DemoContext) -> None:
    """Both registers at once: the drills are drawn from the plans just made."""
    fill_drills(ctx, fill_plans(ctx))
