"""Publicity and training through the year, around the themed days offices report on.

5·12 防灾减灾日, 安全生产月 (June), 11·9 消防日 and 国际减灾日 recur every year in real
summaries; the leaflets, manuals and banners handed out add up to the figures quoted.
"""

from __future__ import annotations

import datetime as dt

from .context import DemoContext
from .places import SCHOOLS, TOWN, VILLAGES, committee

# (month, day or None for any day in the month, kind, title, organizer, location or None,
#  participants range, leaflets range, manuals range, banners range)
CALENDAR = (
    (2, None, "publicity", "春节期间森林防火宣传进村入户", "镇林业站", None, (30, 80), (800, 2000), (0, 0), (10, 30)),
    (3, None, "training", "年度应急管理业务培训会", "镇应急管理办公室", "镇政府三楼会议室", (60, 120), (0, 200), (60, 120), (1, 2)),
    (3, 28, "publicity", "清明节文明祭祀和森林防火宣传", "镇林业站", None, (40, 100), (1000, 3000), (0, 100), (15, 40)),
    (4, None, "training", "汛前防汛抢险技能培训", "镇水利站", "镇水利站", (50, 90), (100, 300), (50, 90), (2, 4)),
    (4, None, "training", "地质灾害群测群防监测员培训", "镇自然资源所", "镇政府三楼会议室", (30, 60), (100, 300), (30, 60), (1, 2)),
    (5, 12, "themed_day", "“5·12”防灾减灾日主题宣传活动", "镇应急管理办公室", "青石镇文化广场", (300, 800), (2000, 5000), (300, 800), (20, 50)),
    (5, 13, "school", "防灾减灾知识进校园暨地震应急疏散演练", "镇中心学校", "SCHOOL", (400, 1200), (500, 1500), (100, 300), (3, 8)),
    (6, 1, "themed_day", "“安全生产月”活动启动仪式", "镇安监站", "青石镇文化广场", (150, 300), (1000, 3000), (200, 500), (15, 30)),
    (6, 16, "themed_day", "安全生产宣传咨询日活动", "镇安监站", "青石镇集贸街", (200, 600), (2000, 4000), (300, 600), (10, 20)),
    (6, None, "training", "企业主要负责人和安全管理人员安全生产培训", "镇安监站", "镇政府三楼会议室", (40, 90), (0, 200), (40, 90), (1, 2)),
    (6, 25, "school", "防溺水安全教育进校园", "镇中心学校", "SCHOOL", (300, 900), (800, 2000), (0, 100), (2, 6)),
    (7, None, "community", "应急避险知识进社区", "镇应急管理办公室", "新华社区", (80, 200), (500, 1500), (100, 300), (3, 8)),
    (9, 1, "school", "开学第一课安全教育", "镇中心学校", "SCHOOL", (500, 1200), (500, 1200), (0, 100), (2, 5)),
    (10, 13, "themed_day", "国际减灾日宣传活动", "镇应急管理办公室", "VILLAGE", (100, 300), (800, 2000), (100, 300), (5, 15)),
    (11, 9, "themed_day", "“11·9”消防宣传日活动", "镇综合行政执法大队", "青石镇文化广场", (200, 500), (1500, 3500), (200, 500), (10, 30)),
    (11, None, "training", "冬春火灾防控和燃气安全培训", "镇应急管理办公室", "镇政府三楼会议室", (50, 100), (100, 300), (50, 100), (1, 2)),
    (12, None, "training", "村（社区）网格员应急知识培训", "镇应急管理办公室", "镇政府三楼会议室", (60, 130), (200, 500), (60, 130), (1, 2)),
)  # fmt: skip
MEDIA = (
    "“青石发布”微信公众号推送防汛避险知识",
    "“青石发布”微信公众号推送森林防火提示",
    "应急广播播放安全生产月宣传音频",
    "县电视台报道青石镇防汛准备工作",
    "“青石发布”微信公众号推送燃气安全知识",
    "村村响应急广播播报防溺水提醒",
)


def _date(ctx: DemoContext, year: int, month: int, day: int | None) -> dt.date | None:
    if day is None:
        return ctx.day_in(year, (month, 1), (month, 28))
    d = dt.date(year, month, day)
    return d if d <= ctx.today else None


def _range(ctx: DemoContext, bounds: tuple[int, int]) -> int | None:
    lo, hi = bounds
    if hi == 0:
        return None
    return ctx.rng.randint(lo, hi)


def fill_activities(ctx: DemoContext) -> None:
    for year in ctx.years:
        for month, day, kind, title, organizer, location, *ranges in CALENDAR:
            held = _date(ctx, year, month, day)
            if held is None:
                continue
            if location == "SCHOOL":
                location = ctx.pick(SCHOOLS)
            elif location == "VILLAGE" or location is None:
                location = ctx.pick(VILLAGES)
            people, leaflets, manuals, banners = (_range(ctx, r) for r in ranges)
            ctx.insert(
                "activities",
                {
                    "held_on": held.isoformat(),
                    "kind": kind,
                    "title": f"{year}年{title}" if kind == "themed_day" else title,
                    "location": location,
                    "organizer": organizer,
                    "participants": people,
                    "leaflets": leaflets,
                    "manuals": manuals,
                    "banners": banners,
                    "notes": f"{TOWN}党委政府分管领导出席"
                    if kind == "themed_day" and ctx.chance(0.5)
                    else None,
                },
            )
        # Community visits and media posts spread over the year.
        for _ in range(ctx.rng.randint(4, 7)):
            held = ctx.day_in(year)
            if held is None:
                continue
            v = ctx.pick(VILLAGES)
            ctx.insert(
                "activities",
                {
                    "held_on": held.isoformat(),
                    "kind": "community",
                    "title": f"应急知识进{v}宣讲活动",
                    "location": v,
                    "organizer": f"镇应急管理办公室、{committee(v)}",
                    "participants": ctx.rng.randint(40, 150),
                    "leaflets": ctx.rng.randint(200, 800),
                    "manuals": ctx.rng.randint(30, 150),
                    "banners": ctx.rng.randint(1, 4),
                },
            )
        for title in ctx.rng.sample(MEDIA, ctx.rng.randint(3, 5)):
            held = ctx.day_in(year)
            if held is None:
                continue
            ctx.insert(
                "activities",
                {
                    "held_on": held.isoformat(),
                    "kind": "media",
                    "title": title,
                    "organizer": "镇党政综合办公室",
                    "participants": ctx.rng.randint(800, 6000),
                    "notes": "阅读量按平台统计",
                },
            )
