"""Demo warnings for 青石镇: each summer's rainstorm and geological-risk warnings from the
county, relayed to the villages, and for the orange and red ones the call-backs (叫应) to
every village lead, responsible person and monitor of the hill villages — one of whom did
not answer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..store import ListQuery
from .context import DemoContext
from .people import HILL_VILLAGES

SOURCES = {"rainstorm": "县气象台", "geological": "县自然资源局、县气象局", "heat": "县气象台",
           "flood": "县水利局", "gale": "县气象台"}  # fmt: skip
CONTENT = {
    "rainstorm": "预计未来12小时内我县大部地区将出现{level}暴雨，局地大暴雨，请做好防范。",
    "geological": "未来24小时我县山区发生地质灾害的气象风险{level}，请加强巡查监测，必要时转移群众。",
    "heat": "预计未来3天我县最高气温将达37℃以上，请注意防暑降温和用电用火安全。",
    "flood": "受持续降雨影响，清水河青石段水位将超警戒，请做好沿河群众转移准备。",
    "gale": "预计未来6小时我县将出现8级以上雷雨大风，请加固临时设施。",
}
LEVEL_WORDS = {"blue": "较强", "yellow": "强", "orange": "很强", "red": "极强"}


def _called(
    ctx: DemoContext,
    warning_id: int,
    at: dt.datetime,
    people: list[dict[str, Any]],
    unanswered: int | None,
) -> None:
    """One call-back per person, a minute or two apart, all answered but ``unanswered``."""
    moment = at + dt.timedelta(minutes=ctx.rng.randint(5, 15))
    for person in people:
        moment += dt.timedelta(minutes=ctx.rng.randint(1, 3))
        missed = person["id"] == unanswered
        ctx.insert("warning_callbacks", {
            "warning_id": warning_id, "contact_id": person["id"],
            "called_at": moment.strftime("%Y-%m-%d %H:%M"),
            "answered": "no" if missed else "yes",
            "response": "三次拨打无人接听，已请网格员上门告知" if missed
            else _moved(ctx.pick(("已收到，正在组织巡查", "已通知到户，监测人已上岗",
                                  "已收到，人员已到岗", "已转移危险区群众")), person),
        })  # fmt: skip


def _moved(response: str, person: dict[str, Any]) -> str:
    """A move out of danger is reported with its figure, as the summary counts it."""
    if not response.startswith("已转移"):
        return response
    return f"{response}{3 + int(person['id']) % 9}人"


def fill_warnings(ctx: DemoContext) -> None:
    """Fifteen to twenty warnings a summer, May to September, each year up to today."""
    people = [
        c for c in ctx.store.rows(ListQuery("contacts"))
        if c["status"] == "active" and c["village"] in HILL_VILLAGES
        and c["role"] in ("village_lead", "responsible", "monitor")
    ]  # fmt: skip
    missed_once = False
    for year in ctx.years:
        days = sorted(
            d
            for d in (ctx.day_in(year, (5, 1), (9, 30)) for _ in range(ctx.rng.randint(15, 20)))
            if d is not None
        )
        for day in days:
            kind = ctx.weighted({"rainstorm": 6, "geological": 3, "heat": 2, "flood": 1, "gale": 1})
            color = ctx.weighted({"blue": 4, "yellow": 4, "orange": 2, "red": 0.5})
            at = dt.datetime.combine(day, dt.time(ctx.rng.randint(6, 22), ctx.rng.randint(0, 59)))
            relayed = at + dt.timedelta(minutes=ctx.rng.randint(3, 12))
            warning_id = ctx.insert("warnings", {
                "received_at": at.strftime("%Y-%m-%d %H:%M"), "source": SOURCES[kind],
                "kind": kind, "color": color,
                "content": CONTENT[kind].format(level=LEVEL_WORDS[color]),
                "relayed_at": relayed.strftime("%Y-%m-%d %H:%M"),
                "relayed_to": "各村（社区）、镇直各单位、驻村干部（微信工作群、短信）",
            })  # fmt: skip
            concerned = set(ctx.rng.sample(HILL_VILLAGES, ctx.rng.randint(2, 4)))
            called = [c for c in people if c["village"] in concerned]
            if color in ("orange", "red") and called:
                unanswered = None
                if not missed_once and year == ctx.year - 1:
                    unanswered = int(ctx.pick(called)["id"])
                    missed_once = True
                _called(ctx, warning_id, at, called, unanswered)
