"""Demo incidents for 青石镇: one summer's rainstorm (a Ⅳ-level response, people moved
from a landslide point, damaged houses in the ledger, one follow-up report sent late), a
road accident with one death, and the year before a quarry accident; every other report
went up in time.

The figures of each incident's latest report agree with its ledgers, so the only alert the
demo raises about incidents is the late follow-up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..schema.validation import id_check_char
from ..store import ListQuery
from .context import DemoContext
from .places import AREA_CODE

FIGURES = ("affected", "deaths", "missing", "injured", "relocated", "need_relief",
           "crops_affected_ha", "crops_failed_ha", "houses_collapsed", "houses_severe",
           "houses_damaged", "direct_loss")  # fmt: skip

RAINSTORM_REPORTS = (
    # kind, hours after the start, sent to, channel, figures in FIGURES' order
    ("initial", 0.8, "县应急管理局", "phone",
     (860, 0, 0, 0, 126, 0, 45.0, 0.0, 0, 1, 3, 85.0)),
    ("follow_up", 24.3, "县应急管理局", "system",
     (2150, 0, 0, 1, 342, 86, 182.6, 18.5, 2, 4, 9, 640.0)),
    # the second follow-up went up five hours past its 24-hour limit
    ("follow_up", 53.2, "县应急管理局", "system",
     (3260, 0, 0, 2, 486, 132, 286.5, 32.4, 3, 5, 14, 1268.5)),
    ("verified", 155.5, "县应急管理局、县减灾委办公室", "document",
     (3260, 0, 0, 2, 486, 132, 286.5, 32.4, 3, 5, 14, 1268.5)),
)  # fmt: skip
HOUSES = (
    # head, village, address, members, structure, collapsed, severe, damaged, relief
    ("张德福", "东坪村", "东坪村四组后山", 4, "earth_wood", 2, 0, 0, "已纳入倒房重建，过渡期安置在村部"),
    ("李桂英", "东坪村", "东坪村四组", 2, "earth_wood", 1, 1, 0, "投亲靠友安置，发放救助金3000元"),
    ("王建国", "石门村", "石门村二组", 5, "brick_wood", 0, 2, 1, "已纳入维修加固"),
    ("刘春梅", "石门村", "石门村三组", 3, "brick_wood", 0, 1, 2, "已发放维修补助"),
    ("陈永成", "桃源村", "桃源村一组", 6, "brick_concrete", 0, 1, 3, "已发放维修补助"),
    ("赵秀霞", "桃源村", "桃源村五组", 2, "earth_wood", 0, 0, 4, "已发放维修补助"),
    ("周海波", "东坪村", "东坪村二组", 4, "brick_wood", 0, 0, 4, "自行维修"),
)  # fmt: skip


def id_number(birth: dt.date, seq: int, male: bool) -> str:
    """A well-formed (fictional) ID number of the county: area, birth date, order, check."""
    order = f"{seq:02d}{(1 if male else 2) + 2 * (seq % 4)}"
    body = AREA_CODE[:6] + birth.strftime("%Y%m%d") + order
    return body + id_check_char(body)


def _at(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _figures(values: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(FIGURES, values, strict=True))


def _landslide_point(ctx: DemoContext) -> dict[str, Any] | None:
    points = [p for p in ctx.store.rows(ListQuery("risk_points"))
              if p["village"] == "东坪村" and p["kind"] == "landslide"]  # fmt: skip
    return points[0] if points else None


def fill_incidents(ctx: DemoContext) -> None:
    _quarry_accident(ctx, dt.datetime(ctx.year - 1, 5, 21, 9, 40))
    summer = ctx.year if ctx.today >= dt.date(ctx.year, 8, 31) else ctx.year - 1
    _rainstorm(ctx, dt.datetime(summer, 7, 8, 4, 30))
    autumn = ctx.year if ctx.today >= dt.date(ctx.year, 10, 31) else ctx.year - 1
    _road_accident(ctx, dt.datetime(autumn, 10, 16, 14, 20))


def _quarry_accident(ctx: DemoContext, start: dt.datetime) -> None:
    """The year before: a worker killed by falling rock at the quarry, reported in time."""
    incident = ctx.insert("incidents", {
        "started_at": _at(start), "title": "宏达石料厂“5·21”物体打击事故",
        "category": "accident", "kind": "production_safety", "level": "general",
        "villages": "石门村", "location": "石门村宏达石料厂采场",
        "response_level": "none",
        "summary": "宏达石料厂采场清理浮石时发生落石，造成1名作业人员死亡。",
        "measures": "镇应急办会同县应急管理局赶赴现场，责令企业停产整顿，开展事故调查。",
        "ended_at": _at(start + dt.timedelta(hours=5)), "status": "closed",
    })  # fmt: skip
    for kind, minutes in (("initial", 40), ("follow_up", 320)):
        ctx.insert("incident_reports", {
            "incident_id": incident, "kind": kind,
            "sent_at": _at(start + dt.timedelta(minutes=minutes)),
            "sent_to": "县应急管理局", "channel": "phone" if kind == "initial" else "document",
            "deaths": 1, "direct_loss": 95.0,
        })  # fmt: skip
    ctx.insert("incident_victims", {
        "incident_id": incident, "name": "覃永福", "sex": "male", "age": 47,
        "id_number": id_number(dt.date(start.year - 47, 9, 2), 17, True),
        "village": "石门村", "outcome": "dead", "occurred_on": start.date().isoformat(),
        "cause": "生产安全事故（物体打击）",
    })  # fmt: skip


def _rainstorm(ctx: DemoContext, start: dt.datetime) -> None:
    point = _landslide_point(ctx)
    where = point["name"] if point else "东坪村四组后山滑坡隐患点"
    persons = point["persons"] if point and point["persons"] else 21
    duty_id = ctx.insert("duty_log", {
        "received_at": _at(start - dt.timedelta(minutes=12)), "channel": "phone",
        "reporter": "东坪村党支部书记", "type": "flood", "level": "general",
        "location": "东坪村、石门村、桃源村",
        "summary": f"持续强降雨，东坪村四组后山出现裂缝，{where}有滑坡危险，村内道路积水。",
        "action_taken": "已通知包村干部和监测人到位，组织危险区群众转移。",
        "reported_up_at": _at(start + dt.timedelta(minutes=20)), "reported_to": "县应急管理局",
        "handled_by": "值班员", "status": "closed",
    })  # fmt: skip
    end = start + dt.timedelta(hours=61, minutes=30)
    incident = ctx.insert("incidents", {
        "started_at": _at(start), "title": f"青石镇“{start.month}·{start.day}”暴雨洪涝灾害",
        "category": "natural_disaster", "kind": "flood", "level": "general",
        "villages": "东坪村、石门村、桃源村", "location": "东坪村、石门村、桃源村等沿河及山区村组",
        "duty_log_id": duty_id, "response_level": "iv",
        "response_started_at": _at(start + dt.timedelta(hours=1, minutes=30)),
        "response_ended_at": _at(end),
        "summary": f"{start.month}月{start.day}日凌晨起我镇普降大暴雨，过程最大降雨量218毫米，"
        "清水河青石段水位超警戒0.6米，部分村组房屋进水、农田受淹，东坪村四组后山发生滑坡。",
        "measures": f"镇党委政府启动防汛Ⅳ级应急响应，转移{where}受威胁群众{persons}人及沿河低洼地带"
        "群众，累计紧急转移安置486人；组织民兵应急分队抢通道路，开放避难场所3处。",
        "ended_at": _at(end), "status": "closed",
    })  # fmt: skip
    for kind, hours, sent_to, channel, values in RAINSTORM_REPORTS:
        ctx.insert("incident_reports", {
            "incident_id": incident, "kind": kind,
            "sent_at": _at(start + dt.timedelta(hours=hours)), "sent_to": sent_to,
            "channel": channel, **_figures(values),
        })  # fmt: skip
    for head, village, address, members, structure, col, sev, dam, relief in HOUSES:
        ctx.insert("incident_houses", {
            "incident_id": incident, "head": head, "village": village, "address": address,
            "members": members, "structure": structure, "collapsed_rooms": col or None,
            "severe_rooms": sev or None, "damaged_rooms": dam or None, "relief": relief,
        })  # fmt: skip


def _road_accident(ctx: DemoContext, start: dt.datetime) -> None:
    incident = ctx.insert("incidents", {
        "started_at": _at(start), "title": "县道X035线柳溪大桥路段两车相撞事故",
        "category": "accident", "kind": "traffic", "level": "general",
        "villages": "柳溪村", "location": "县道X035线柳溪大桥北侧",
        "response_level": "none",
        "summary": "一辆小型货车与一辆三轮摩托车相撞，造成1人死亡、3人受伤。",
        "measures": "镇应急办会同交警、卫生院赶赴现场，伤员送县人民医院救治，现场于当日处置完毕。",
        "ended_at": _at(start + dt.timedelta(hours=3, minutes=10)), "status": "closed",
    })  # fmt: skip
    for kind, minutes in (("initial", 35), ("follow_up", 290)):
        ctx.insert("incident_reports", {
            "incident_id": incident, "kind": kind,
            "sent_at": _at(start + dt.timedelta(minutes=minutes)),
            "sent_to": "县应急管理局、县委县政府总值班室", "channel": "phone",
            "deaths": 1, "injured": 3 if kind == "follow_up" else 2, "direct_loss": 12.0,
        })  # fmt: skip
    ctx.insert("incident_victims", {
        "incident_id": incident, "name": "邓立新", "sex": "male", "age": 58,
        "id_number": id_number(dt.date(start.year - 58, 3, 14), 31, True),
        "village": "柳溪村", "outcome": "dead", "occurred_on": start.date().isoformat(),
        "cause": "道路交通事故",
    })  # fmt: skip
