"""The duty desk: a roster for every day (bar a few gaps), calls logged, shifts handed over.

Calls follow the seasons (warnings and floods in summer, fires in winter and at Qingming),
most leveled events are reported upward within their limit and a few late or not at all,
so the duty alerts and the on-time reporting rate of the summary have something to say.
"""

from __future__ import annotations

import datetime as dt
import itertools

from .context import DemoContext
from .places import (
    DUTY_PHONE,
    RESERVOIRS,
    ROADS,
    UPPER_UNITS,
    mobile,
    person,
    village,
    village_spot,
)

# type -> (summary templates, action templates)
CALLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "geological": (
        (
            "青石镇{village}村民报告后山出现裂缝，疑似滑坡隐患",
            "{spot}发生小型崩塌，土石堵塞通村公路约{n}米",
            "{spot}房屋后墙出现裂缝，村民担心山体滑动",
        ),
        (
            "通知村监测员现场查看，设置警戒，转移坡下{k}户{p}人，报镇自然资源所",
            "组织挖机清理路面，设置警示标志，安排专人值守",
        ),
    ),
    "flood": (
        (
            "{village}持续强降雨，{river}水位快速上涨，沿河低洼农户有进水风险",
            "{res}水位接近汛限水位，水库巡查员报告坝体无异常",
            "{village}集镇路段内涝积水约{n}厘米",
        ),
        (
            "启动防汛Ⅳ级应急响应，组织转移沿河群众{p}人",
            "通知水利站加密巡查，做好泄洪准备",
            "组织人员疏通排水沟，交通劝导",
        ),
    ),
    "fire": (
        (
            "{village}山林发生火情，过火面积约{n}亩",
            "{spot}一民房厨房起火，无人员伤亡",
            "{village}田边烧荒引燃杂草，火势向山林蔓延",
            "青石镇集贸街一门店电动车充电起火",
        ),
        (
            "调派镇半专业扑火队{k}人赶赴现场，明火已扑灭，安排人员看守余火",
            "报119，组织群众用灭火器初期扑救，火已扑灭",
            "对肇事者进行批评教育并移交派出所处理",
        ),
    ),
    "weather": (
        (
            "县气象台发布暴雨黄色预警，预计未来6小时降雨量将达50毫米以上",
            "县气象台发布暴雨橙色预警，青石镇为重点区域",
            "县气象台发布大风蓝色预警",
            "县气象台发布道路结冰黄色预警",
            "县气象台发布高温橙色预警",
            "县气象台发布雷电黄色预警",
        ),
        (
            "通过微信工作群和应急广播转发各村（社区），提醒做好防范",
            "通知各村地灾监测员、水库巡查员上岗到位",
        ),
    ),
    "traffic": (
        (
            "{road}{village}段一辆面包车侧翻，{k}人轻伤",
            "{road}发生两车相撞事故，造成交通堵塞",
            "通村公路一辆农用三轮车翻入路边水沟",
        ),
        (
            "通知派出所、卫生院赶赴现场，伤员已送医",
            "协助交警疏导交通，事故车辆已拖离",
        ),
    ),
    "production_safety": (
        (
            "宏达石料厂一名工人作业时被落石砸伤",
            "青石建材有限公司搅拌站发生机械伤害事故，1人受伤",
            "{village}自建房施工人员高处坠落受伤",
        ),
        (
            "伤者已送县人民医院救治，通知安监站调查处理，责令停产整改",
            "镇安监站现场核查，督促企业做好善后",
        ),
    ),
    "public_health": (
        (
            "{village}一户村民办酒席后{k}人出现腹泻呕吐症状",
            "镇卫生院报告发现{k}例发热聚集病例",
            "{village}发现病死猪，疑似动物疫情",
        ),
        (
            "通知卫生院开展救治和流调，留样送检",
            "通知农业综合服务中心采样送检，落实无害化处理",
        ),
    ),
    "social_security": (
        (
            "{village}村民因土地流转纠纷聚集约{k}人",
            "青石镇农贸市场发生商户纠纷",
            "{village}一老人走失，家属请求协助寻找",
        ),
        (
            "通知派出所和综治中心到场调解，情绪已平稳",
            "组织村干部和民兵协助搜寻，人员已找到",
        ),
    ),
    "instruction": (
        (
            "县应急管理局通知：做好强降雨防范应对工作，严格执行24小时值班和领导带班制度",
            "县委县政府总值班室通知：节日期间加强值班值守，重要情况及时报告",
            "县防汛抗旱指挥部通知：即日起进入主汛期，各镇做好防汛准备",
            "县森林防火指挥部通知：清明期间严禁野外用火，加强巡山护林",
            "县应急管理局通知：开展安全生产大检查，报送隐患排查台账",
        ),
        (
            "已报镇主要领导和分管领导阅示，转发各村（社区）和站所落实",
            "已按要求部署落实，报送情况",
        ),
    ),
    "other": (
        (
            "{village}村民反映山塘有小孩下水游泳，存在溺水风险",
            "{village}村民来电咨询地质灾害搬迁政策",
            "{spot}电线被大风刮断，垂落路边",
        ),
        (
            "通知村干部到现场劝离，设置警示牌",
            "已答复来电人，转相关站所办理",
            "通知供电所抢修，设置警戒",
        ),
    ),
}
LEVELS = ("none", "general", "larger", "major", "especially_major")

# summary template -> (the actions that fit it, the highest level such a call can have).
# A lost old person is never a 重大 event, and a kitchen fire is not answered by
# "对肇事者进行批评教育": the action and the level follow what was reported.
FITS: dict[str, tuple[tuple[str, ...], str]] = {
    "青石镇{village}村民报告后山出现裂缝，疑似滑坡隐患": (
        ("通知村监测员现场查看，设置警戒，转移坡下{k}户{p}人，报镇自然资源所",), "larger"),
    "{spot}发生小型崩塌，土石堵塞通村公路约{n}米": (
        ("组织挖机清理路面，设置警示标志，安排专人值守",), "general"),
    "{spot}房屋后墙出现裂缝，村民担心山体滑动": (
        ("通知村监测员现场查看，设置警戒，转移坡下{k}户{p}人，报镇自然资源所",), "general"),
    "{village}持续强降雨，{river}水位快速上涨，沿河低洼农户有进水风险": (
        ("通知包村干部和{river}沿线监测员加密巡查，提醒沿河低洼农户做好转移准备",), "general"),
    "{res}水位接近汛限水位，水库巡查员报告坝体无异常": (
        ("通知水利站加密巡查，做好泄洪准备",), "general"),
    "{village}集镇路段内涝积水约{n}厘米": (("组织人员疏通排水沟，交通劝导",), "general"),
    "{village}山林发生火情，过火面积约{n}亩": (
        ("调派镇半专业扑火队{k}人赶赴现场，明火已扑灭，安排人员看守余火",), "major"),
    "{spot}一民房厨房起火，无人员伤亡": (("报119，组织群众用灭火器初期扑救，火已扑灭",), "general"),
    "{village}田边烧荒引燃杂草，火势向山林蔓延": (
        ("调派镇半专业扑火队{k}人赶赴现场，明火已扑灭，对肇事者进行批评教育并移交派出所处理",),
        "larger"),
    "青石镇集贸街一门店电动车充电起火": (("报119，组织群众用灭火器初期扑救，火已扑灭",), "general"),
    "{road}{village}段一辆面包车侧翻，{k}人轻伤": (
        ("通知派出所、卫生院赶赴现场，伤员已送医",), "general"),
    "{road}发生两车相撞事故，造成交通堵塞": (("协助交警疏导交通，事故车辆已拖离",), "general"),
    "通村公路一辆农用三轮车翻入路边水沟": (("协助交警疏导交通，事故车辆已拖离",), "general"),
    "宏达石料厂一名工人作业时被落石砸伤": (
        ("伤者已送县人民医院救治，通知安监站调查处理，责令停产整改",), "general"),
    "青石建材有限公司搅拌站发生机械伤害事故，1人受伤": (
        ("伤者已送县人民医院救治，通知安监站调查处理，责令停产整改",), "general"),
    "{village}自建房施工人员高处坠落受伤": (
        ("伤者已送县人民医院救治，镇安监站现场核查，督促做好善后",), "general"),
    "{village}一户村民办酒席后{k}人出现腹泻呕吐症状": (
        ("通知卫生院开展救治和流调，留样送检",), "larger"),
    "镇卫生院报告发现{k}例发热聚集病例": (("通知卫生院开展救治和流调，留样送检",), "larger"),
    "{village}发现病死猪，疑似动物疫情": (
        ("通知农业综合服务中心采样送检，落实无害化处理",), "general"),
    "{village}村民因土地流转纠纷聚集约{k}人": (
        ("通知派出所和综治中心到场调解，情绪已平稳",), "general"),
    "青石镇农贸市场发生商户纠纷": (("通知派出所和综治中心到场调解，情绪已平稳",), "general"),
    "{village}一老人走失，家属请求协助寻找": (
        ("组织村干部和民兵协助搜寻，人员已找到",), "none"),
    "{village}村民反映山塘有小孩下水游泳，存在溺水风险": (
        ("通知村干部到现场劝离，设置警示牌",), "none"),
    "{village}村民来电咨询地质灾害搬迁政策": (("已答复来电人，转相关站所办理",), "none"),
    "{spot}电线被大风刮断，垂落路边": (("通知供电所抢修，设置警戒",), "general"),
}  # fmt: skip


# The summer's flood: the one call of the year answered with a response (Ⅳ级, the lowest, as
# a township's 一般 flood is); an everyday rising-river call is watched, not responded to.
FLOOD_RESPONSE = (
    "{village}持续强降雨，{river}水位快速上涨，沿河低洼农户有进水风险",
    "启动防汛Ⅳ级应急响应，组织转移沿河群众{p}人",
)


def fitting(summary: str, actions: tuple[str, ...], level: str) -> tuple[tuple[str, ...], str]:
    """The actions that answer this call, and its level no higher than such a call has."""
    fits, top = FITS.get(summary, (actions, "especially_major"))
    return fits, min(level, top, key=LEVELS.index)


TYPE_WEIGHTS_SUMMER = {
    "weather": 22, "flood": 14, "geological": 10, "instruction": 14, "fire": 4,
    "traffic": 8, "production_safety": 3, "public_health": 4, "social_security": 5, "other": 8,
}  # fmt: skip
TYPE_WEIGHTS_WINTER = {
    "weather": 10, "flood": 1, "geological": 3, "instruction": 18, "fire": 14,
    "traffic": 10, "production_safety": 4, "public_health": 5, "social_security": 7, "other": 8,
}  # fmt: skip
LIMIT_MINUTES = {"especially_major": 30, "major": 30, "larger": 60, "general": 360}
HOLIDAYS = ((1, 28), (1, 29), (1, 30), (10, 1), (10, 2), (10, 3))


def fill_duty(ctx: DemoContext) -> None:
    officers_on: dict[dt.date, str] = {}
    _roster(ctx, officers_on)
    open_by_day = _log(ctx, officers_on)
    _handovers(ctx, officers_on, open_by_day)


def _roster(ctx: DemoContext, officers_on: dict[dt.date, str]) -> None:
    days = (ctx.today - ctx.start).days + 1
    gaps = {ctx.start + dt.timedelta(days=ctx.rng.randrange(days - 1)) for _ in range(7)}
    leaders, officers = ctx.staff.leaders, ctx.staff.officers
    for i in range(days):
        day = ctx.start + dt.timedelta(days=i)
        if day in gaps:
            continue
        pair = f"{officers[i % len(officers)]}、{officers[(i + 3) % len(officers)]}"
        officers_on[day] = officers[i % len(officers)]
        shifts = ("day", "night") if (day.month, day.day) in HOLIDAYS else ("full",)
        for n, shift in enumerate(shifts):
            if n:
                pair = f"{officers[(i + 5) % len(officers)]}、{officers[(i + 7) % len(officers)]}"
            ctx.insert(
                "duty_roster",
                {
                    "on_date": day.isoformat(),
                    "shift": shift,
                    "leader": leaders[(i // 7 + n) % len(leaders)],
                    "officers": pair,
                    "phone": DUTY_PHONE,
                },
            )


def _level(ctx: DemoContext, kind: str) -> str:
    """An everyday call's grade: most are ungraded, a few 一般 (a kitchen fire, a minor
    crash). A forecast or an upper unit's notice is never an event of any grade; 较大 and
    重大 events are the year's few, placed by ``_log`` rather than left to chance."""
    if kind in ("weather", "instruction"):
        return "none"
    if kind == "other":
        return "none" if ctx.chance(0.95) else "general"
    return "none" if ctx.chance(0.9) else "general"


# The kinds of call a township sees graded 较大 (a landslide threatening homes, a fire
# spreading to the hills, food poisoning at a banquet), by season.
LARGER_SUMMER = {"geological": 3, "public_health": 1}
LARGER_WINTER = {"fire": 3, "public_health": 1}


def _log(ctx: DemoContext, officers_on: dict[dt.date, str]) -> dict[dt.date, int]:
    """Log entries; returns how many were still being handled at the end of each day."""
    open_by_day: dict[dt.date, int] = {}
    days = (ctx.today - ctx.start).days + 1
    for i in range(days):
        day = ctx.start + dt.timedelta(days=i)
        summer = 4 <= day.month <= 9
        mean = 1.3 if 6 <= day.month <= 8 else 0.8
        count = sum(1 for _ in range(4) if ctx.chance(mean / 4))
        weights = TYPE_WEIGHTS_SUMMER if summer else TYPE_WEIGHTS_WINTER
        for _ in range(count):
            if _entry(ctx, day, ctx.weighted(weights), officers_on):
                open_by_day[day] = open_by_day.get(day, 0) + 1
    # One or two 较大 events a year and a summer flood answered with a Ⅳ-level response (一般):
    # a 重大 event would stand in the incidents register too, and a township's two years
    # rarely hold one, so its 重大 and 特别重大 filters finding nothing is as it should be.
    for year in ctx.years:
        for _ in range(ctx.rng.randint(1, 2)):
            when = ctx.day_in(year)
            if when is not None:
                weights = LARGER_SUMMER if 4 <= when.month <= 9 else LARGER_WINTER
                _entry(ctx, when, ctx.weighted(weights), officers_on, level="larger")
    flood_day = ctx.after(ctx.start, 190, 200)
    _entry(ctx, flood_day, "flood", officers_on, level="general", call=FLOOD_RESPONSE)
    return open_by_day


def _entry(
    ctx: DemoContext,
    day: dt.date,
    kind: str,
    officers_on: dict[dt.date, str],
    level: str | None = None,
    call: tuple[str, str] | None = None,
) -> bool:
    """One call (``call``: this summary and action); True if it is still open (being handled)."""
    hour = ctx.rng.choices(range(24), weights=[1] * 7 + [4] * 12 + [2] * 5)[0]
    received = dt.datetime.combine(day, dt.time(hour, ctx.rng.randrange(60)))
    if received > dt.datetime.combine(ctx.today, dt.time(23, 59)):
        return False
    summaries, actions = CALLS[kind]
    where = village(ctx.rng)
    fmt = {
        "village": where,
        "spot": village_spot(ctx.rng, where),
        "river": ctx.pick(("清水河", "柳溪河", "石门溪")),
        "res": ctx.pick(RESERVOIRS),
        "road": ctx.pick(ROADS[:3]),
        "n": ctx.rng.randint(2, 30),
        "k": ctx.rng.randint(2, 12),
        "p": ctx.rng.randint(6, 60),
    }
    if level:  # a call of this level is one that can have it
        top = LEVELS.index(level)
        summaries = (
            tuple(s for s in summaries if LEVELS.index(FITS.get(s, ((), level))[1]) >= top)
            or summaries
        )
    summary = call[0] if call else ctx.pick(summaries)
    actions, level = fitting(summary, actions, level or _level(ctx, kind))
    actions = (call[1],) if call else actions
    reported_up, reported_to = _reported_up(ctx, received, level, kind)
    recent = (ctx.today - day).days <= 2
    still_open = (recent and ctx.chance(0.6)) or ctx.chance(0.01)
    if kind in ("weather", "instruction"):
        channel = ctx.weighted({"system": 60, "phone": 30, "other": 10})
    else:
        channel = ctx.weighted({"phone": 70, "report": 15, "visit": 8, "other": 7})
    ctx.insert(
        "duty_log",
        {
            "received_at": received.strftime("%Y-%m-%d %H:%M"),
            "channel": channel,
            "reporter": person(ctx.rng)
            if kind not in ("weather", "instruction")
            else ctx.pick(UPPER_UNITS),
            "reporter_phone": mobile(ctx.rng) if kind not in ("weather", "instruction") else None,
            "type": kind,
            "level": level,
            "location": _location(summary, fmt),
            "summary": summary.format(**fmt),
            "action_taken": None
            if still_open and ctx.chance(0.5)
            else ctx.pick(actions).format(**fmt),
            "reported_up_at": reported_up,
            "reported_to": reported_to,
            "handled_by": officers_on.get(day) or ctx.pick(ctx.staff.officers),
            "status": "open" if still_open else "closed",
        },
    )
    return still_open


def _location(summary: str, fmt: dict[str, str]) -> str | None:
    """Where the call was about, as the officer would write it in the location column."""
    for key in ("spot", "village", "road", "res"):
        if "{" + key + "}" in summary:
            return fmt[key]
    for place in ("青石镇集贸街", "青石镇农贸市场", "宏达石料厂", "青石建材有限公司", "镇卫生院"):
        if place in summary:
            return place
    return None


def _reported_up(
    ctx: DemoContext, received: dt.datetime, level: str, kind: str
) -> tuple[str | None, str | None]:
    if level == "none":
        if kind in ("weather", "instruction") or not ctx.chance(0.2):
            return None, None
        minutes = ctx.rng.randint(20, 600)
    else:
        limit = LIMIT_MINUTES[level]
        roll = ctx.rng.random()
        if roll < 0.04:
            return None, None  # never reported: an alert
        if roll < 0.12:
            minutes = limit + ctx.rng.randint(5, limit)  # late
        else:
            minutes = ctx.rng.randint(5, limit - 2)
    at = received + dt.timedelta(minutes=minutes)
    return at.strftime("%Y-%m-%d %H:%M"), ctx.pick(UPPER_UNITS)


def _handovers(
    ctx: DemoContext, officers_on: dict[dt.date, str], open_by_day: dict[dt.date, int]
) -> None:
    days = sorted(officers_on)
    for prev, day in itertools.pairwise(days):
        if (day - prev).days != 1:
            continue  # no handover across a gap in the roster
        at = dt.datetime.combine(day, dt.time(8, ctx.rng.choice((20, 25, 30, 30, 35))))
        pending = open_by_day.get(prev, 0)
        if pending:
            notes = f"有{pending}起事件仍在处置中，需跟踪落实并及时续报；值班电话、传真、应急广播设备运行正常"
        else:
            notes = ctx.pick(
                (
                    "值班期间无重大事项，值班电话、设备运行正常",
                    "已转发县气象台预警信息，各村已回复收悉",
                    "值班记录已登记完整，无遗留事项",
                    "上级通知已报领导阅示，待落实情况报送",
                )
            )
        ctx.insert(
            "duty_handovers",
            {
                "at": at.strftime("%Y-%m-%d %H:%M"),
                "from_officer": officers_on[prev],
                "to_officer": officers_on[day],
                "notes": notes,
            },
        )
