"""Hazards found in inspections over two years, most rectified and signed off, some not.

Inspections follow the township's calendar (flood season checks in spring, fire checks
before winter), and outcomes follow age: old general hazards are nearly all rectified, a
few drag past their deadline, major ones take months and money — so the rectification
rate reads like a real summary's "near but not quite 100%".
"""

from __future__ import annotations

import datetime as dt

from .context import DemoContext
from .places import (
    ENTERPRISES,
    PUBLIC_PLACES,
    RESERVOIRS,
    RIVERS,
    ROADS,
    SCHOOLS,
    VILLAGES,
    committee,
    mobile,
    person,
    village,
    village_spot,
)

# category -> (weight, [(name, description, measures, responsible unit)])
TEMPLATES: dict[str, tuple[float, tuple[tuple[str, str, str, str], ...]]] = {
    "geological": (
        14,
        (
            (
                "{spot}山体裂缝",
                "{spot}坡体出现长约{n}米的拉张裂缝，雨后有扩大迹象",
                "设置警示标志，安排专人监测，雨季前转移坡下{k}户群众",
                "镇自然资源所",
            ),
            (
                "{spot}滑坡隐患",
                "{spot}斜坡前缘局部垮塌，威胁坡下{k}户{p}人",
                "削坡减载，修建截排水沟，纳入群测群防",
                "镇自然资源所",
            ),
            (
                "{spot}危岩崩塌隐患",
                "{spot}公路内侧危岩松动，有落石风险",
                "清除危岩，设置防护网和警示牌",
                "镇综合行政执法大队",
            ),
            (
                "{spot}房前切坡隐患",
                "农户建房切坡高约{n}米，坡面无防护",
                "督促户主放缓坡比并砌筑挡土墙",
                "{committee}",
            ),
        ),
    ),
    "flood": (
        12,
        (
            (
                "{river}{village}段河堤冲刷",
                "河堤迎水面被冲刷掏空约{n}米",
                "抛石护脚，汛前完成加固",
                "镇水利站",
            ),
            (
                "{village}排水沟渠淤塞",
                "集镇排水沟淤积严重，强降雨时易内涝",
                "组织清淤疏浚",
                "镇综合行政执法大队",
            ),
            (
                "{village}涵洞堵塞",
                "过路涵洞被垃圾杂物堵塞，过水不畅",
                "清理涵洞并设置拦污栅",
                "{committee}",
            ),
            (
                "{village}低洼地带易涝",
                "沿河低洼地带{k}户民房汛期易进水",
                "制定转移预案，明确转移责任人",
                "镇水利站",
            ),
        ),
    ),
    "reservoir": (
        7,
        (
            ("{res}坝体渗漏", "背水坡坡脚有渗水点{k}处", "开展渗漏检测，实施防渗处理", "镇水利站"),
            ("{res}溢洪道堵塞", "溢洪道内杂草丛生、有淤积", "清障疏通，保持泄洪畅通", "镇水利站"),
            ("{res}放水设施老化", "放水闸门启闭困难，锈蚀严重", "更换启闭设备", "镇水利站"),
            (
                "{res}安全管理人员未落实",
                "巡查责任人外出务工，巡查记录缺失",
                "重新明确巡查责任人并开展培训",
                "镇水利站",
            ),
        ),
    ),
    "fire": (
        16,
        (
            (
                "{place}消防通道堵塞",
                "消防通道被杂物和车辆占用",
                "清理通道，设置禁停标志",
                "镇综合行政执法大队",
            ),
            (
                "{place}灭火器过期",
                "{k}具灭火器超过检验期限、压力不足",
                "更换或充装灭火器",
                "{place}",
            ),
            (
                "{place}电线私拉乱接",
                "电动车室内充电、电线私拉乱接",
                "拆除违规线路，设置集中充电点",
                "{place}",
            ),
            (
                "{place}疏散指示标志损坏",
                "安全出口、疏散指示标志灯不亮",
                "维修更换应急照明和疏散指示",
                "{place}",
            ),
            (
                "{village}林区野外用火",
                "林区周边有烧田埂、烧荒现象",
                "加强巡山护林和野外用火管控",
                "镇林业站",
            ),
        ),
    ),
    "hazardous_chemicals": (
        5,
        (
            (
                "青石化工有限公司储罐区防雷检测过期",
                "储罐区防雷防静电设施检测报告已过期",
                "委托有资质机构检测",
                "青石化工有限公司",
            ),
            (
                "青石镇液化气供应站气瓶违规存放",
                "空重瓶混放，瓶库通风不良",
                "分区存放，完善通风设施",
                "青石镇液化气供应站",
            ),
            (
                "兴旺烟花爆竹批发部超量储存",
                "库房存放量超过核定量",
                "清理超量产品，限期整改",
                "兴旺烟花爆竹批发部",
            ),
        ),
    ),
    "pipeline": (
        3,
        (
            (
                "{village}天然气管道上方违规建房",
                "管道中心线两侧5米内有违建{k}处",
                "责令停止施工并依法拆除",
                "镇综合行政执法大队",
            ),
            (
                "{village}管道标识桩缺失",
                "管道沿线标识桩缺失{k}处",
                "通知管道企业补设标识",
                "县燃气公司",
            ),
        ),
    ),
    "special_equipment": (
        5,
        (
            ("{ent}锅炉未定期检验", "承压锅炉超期未检", "停用并申请定期检验", "{ent}"),
            ("{place}电梯年检过期", "电梯检验合格标志超期", "联系检验机构检验", "{place}"),
            (
                "{ent}叉车司机无证作业",
                "叉车操作人员无特种设备作业证",
                "停止作业，组织培训取证",
                "{ent}",
            ),
        ),
    ),
    "road_traffic": (
        10,
        (
            (
                "{road}急弯路段缺少警示标志",
                "急弯陡坡处无警示标志和减速带",
                "设置警示标志、减速带和凸面镜",
                "镇综合行政执法大队",
            ),
            (
                "{road}临水临崖路段护栏缺失",
                "临水一侧护栏缺失约{n}米",
                "增设波形护栏",
                "县公路局青石养护站",
            ),
            (
                "{village}面包车违规载客",
                "农村面包车赶集日超员载客",
                "加强劝导站值守和宣传",
                "镇派出所",
            ),
        ),
    ),
    "construction": (
        7,
        (
            (
                "金水湾建设工地脚手架未设安全网",
                "外架未满挂密目安全网",
                "责令停工整改",
                "青石建材有限公司",
            ),
            (
                "{village}自建房施工无防护",
                "农村自建房高处作业无安全防护",
                "督促施工方整改，落实安全措施",
                "镇综合行政执法大队",
            ),
            (
                "{school}校舍维修深基坑未设护栏",
                "基坑临边未设防护栏杆",
                "设置临边防护和警示标志",
                "镇中心学校",
            ),
        ),
    ),
    "social_security": (
        5,
        (
            ("青石镇农贸市场监控盲区", "市场东侧通道监控缺失", "增设视频监控", "镇派出所"),
            (
                "新华社区出租屋安全隐患",
                "出租屋群租、消防设施缺失",
                "开展清理整治",
                "新华社区居民委员会",
            ),
            (
                "{village}矛盾纠纷隐患",
                "土地流转纠纷，存在群体性上访苗头",
                "组织调解，落实稳控责任",
                "镇党政综合办公室",
            ),
        ),
    ),
    "other": (
        6,
        (
            (
                "{village}自建房墙体开裂",
                "老旧土坯房墙体开裂，存在倒塌风险",
                "劝离居住人员，纳入危房改造",
                "镇社会事务办",
            ),
            (
                "青石镇集贸街广告牌松动",
                "临街广告牌固定件锈蚀松动",
                "拆除或加固广告牌",
                "镇综合行政执法大队",
            ),
            (
                "{village}废弃矿洞未封闭",
                "废弃采矿洞口未封闭，无警示标志",
                "封闭洞口，设置警示牌",
                "镇安监站",
            ),
        ),
    ),
}
# Inspections cluster before the flood season (Apr–Jun) and before winter (Oct–Dec).
MONTH_WEIGHTS = (3, 4, 6, 9, 9, 8, 6, 5, 6, 7, 8, 7)


def _found_day(ctx: DemoContext, year: int) -> dt.date | None:
    last = ctx.year_end(year)
    if last.year < year:
        return None
    months = list(range(1, last.month + 1))
    month = ctx.rng.choices(months, weights=MONTH_WEIGHTS[: len(months)])[0]
    days_in = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    top = last.day if month == last.month else days_in
    return dt.date(year, month, ctx.rng.randint(1, top))


def fill_hazards(ctx: DemoContext) -> None:
    cats = {k: w for k, (w, _) in TEMPLATES.items()}
    for year in ctx.years:
        elapsed = (ctx.year_end(year) - dt.date(year, 1, 1)).days + 1
        n = int(ctx.rng.randint(150, 175) * elapsed / 365)
        named: dict[str, int] = {}  # a place found with the same hazard a third time in a
        for _ in range(n):  # year reads as a copy-paste ledger, not an inspection record
            found = _found_day(ctx, year)
            if found is not None:
                for _try in range(MAX_TRIES):
                    if _one(ctx, found, ctx.weighted(cats), named):
                        break


MAX_TRIES = 5
SAME_NAME_PER_YEAR = 2


def _one(ctx: DemoContext, found: dt.date, category: str, named: dict[str, int]) -> bool:
    """One hazard; False (nothing made) if its name was already found twice that year."""
    name_t, desc_t, measures, unit_t = ctx.pick(TEMPLATES[category][1])
    major = ctx.chance(
        0.07 if category in ("geological", "reservoir", "hazardous_chemicals") else 0.02
    )
    # One place per hazard, so name, description and unit agree.
    where = village(ctx.rng)
    fmt = {
        "spot": village_spot(ctx.rng, where),
        "village": where,
        "committee": committee(where),
        "river": ctx.pick(RIVERS),
        "res": ctx.pick(RESERVOIRS),
        "place": ctx.pick(PUBLIC_PLACES + SCHOOLS),
        "ent": ctx.pick(ENTERPRISES),
        "road": ctx.pick(ROADS),
        "school": ctx.pick(SCHOOLS),
        "n": ctx.rng.randint(3, 40),
        "k": ctx.rng.randint(2, 12),
        "p": ctx.rng.randint(5, 40),
    }
    name = name_t.format(**fmt)
    if named.get(name, 0) >= SAME_NAME_PER_YEAR:
        return False
    named[name] = named.get(name, 0) + 1
    deadline = ctx.after(found, 60, 240) if major else ctx.after(found, 5, 45)
    age_ok = deadline < ctx.today
    # Old hazards are nearly all done; ones still inside their deadline often are not yet.
    if age_ok:
        p_done = 0.93 if major else (0.985 if found.year < ctx.year else 0.94)
    else:
        p_done = 0.35 if major else 0.55
    status, rectified_on, verified_by = "open", None, None
    if ctx.chance(p_done):
        span = max(1, (deadline - found).days)
        late = ctx.rng.randint(1, 20) if ctx.chance(0.08) else 0
        rectified = min(found + dt.timedelta(days=ctx.rng.randint(1, span) + late), ctx.today)
        rectified_on = rectified.isoformat()
        closed = (ctx.today - rectified).days > 10 and ctx.chance(0.7)
        status = "closed" if closed else "rectified"
        if closed or ctx.chance(0.6):
            verified_by = ctx.pick(ctx.staff.inspectors)
    elif (ctx.today - found).days > 3:
        status = "rectifying" if ctx.chance(0.65) else "open"
    ctx.insert(
        "hazards",
        {
            "found_on": found.isoformat(),
            "name": name,
            "location": fmt["spot"] if "{spot}" in name_t else _location(name, fmt),
            "category": category,
            "grade": "major" if major else "general",
            "description": desc_t.format(**fmt),
            "responsible_unit": unit_t.format(**fmt),
            "responsible_person": person(ctx.rng),
            "phone": mobile(ctx.rng),
            "measures": measures.format(**fmt),
            "funds": _funds(ctx, major, category),
            "deadline": deadline.isoformat(),
            "status": status,
            "rectified_on": rectified_on,
            "verified_by": verified_by,
        },
    )
    return True


def _location(name: str, fmt: dict[str, str]) -> str:
    """Where the hazard is: the named site if the name has one, else its village."""
    for key in ("res", "place", "ent", "road", "school"):
        if fmt[key] in name:
            return fmt[key]
    for site in (*PUBLIC_PLACES, *ENTERPRISES, *VILLAGES):
        if site in name:
            return site
    return fmt["village"]


def _funds(ctx: DemoContext, major: bool, category: str) -> float | None:
    if major:
        return float(ctx.rng.randrange(20_000, 600_000, 500))
    if category in ("social_security",) or ctx.chance(0.35):
        return None
    return float(ctx.rng.randrange(200, 12_000, 50))
