"""The Chinese paragraphs on emergencies and information reporting (突发事件应对和信息报送).

With incidents in the register: the year's incidents by category and level (against last
year), the main ones named with their date, place, response and losses, the year's totals,
"未发生因灾死亡失踪" where true, and the reports sent up — "无迟报、漏报" only when every one
went up in time, otherwise the plain figure of those that did not. Without incidents: the
duty log's significant events, named as an office names them ("7月22日，…，启动防汛Ⅳ级
应急响应，组织转移沿河群众11人").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..store.summary_incidents import DutyEvent, IncidentFigures, IncidentLine
from .figures import SummaryFigures, in_schema_order
from .model import Para
from .numbers import join_zh, month_day_zh
from .text_zh_words import cn, label, versus, whole_year

TITLE = "突发事件应对和信息报送"
EVENTS_TITLE = "突发事件应对处置"
NAMED = 3  # incidents named one by one; the rest are in the totals


def heading(n: int, with_incidents: bool) -> str:
    return f"（{cn(n)}）{TITLE if with_incidents else EVENTS_TITLE}"


def _num(value: Any) -> str:
    """286.50 -> "286.5", 12.00 -> "12" (hectares and 万元 as an office writes them)."""
    if isinstance(value, Decimal):
        text = f"{value.quantize(Decimal('0.01')):f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def losses(g: dict[str, Any]) -> list[str]:
    """The indicators that are not zero, in the statistics form's order (not relocation,
    which is stated as what was done)."""
    out = []
    if g["affected"]:
        out.append(f"受灾人口{g['affected']}人次")
    people = [
        f"{g[key]}人{word}"
        for key, word in (("deaths", "死亡"), ("missing", "失踪"), ("injured", "受伤"))
        if g[key]
    ]
    if people:
        out.append(join_zh(people))
    if g["need_relief"]:
        out.append(f"需紧急生活救助{g['need_relief']}人")
    if g["crops_affected_ha"]:
        crops = f"农作物受灾{_num(g['crops_affected_ha'])}公顷"
        if g["crops_failed_ha"]:
            crops += f"（其中绝收{_num(g['crops_failed_ha'])}公顷）"
        out.append(crops)
    houses = [
        f"{word}{g[key]}间"
        for key, word in (
            ("houses_collapsed", "倒塌房屋"),
            ("houses_severe", "严重损坏房屋"),
            ("houses_damaged", "一般损坏房屋"),
        )
        if g[key]
    ]
    if houses:
        out.append(join_zh(houses))
    if g["direct_loss"]:
        out.append(f"直接经济损失{_num(g['direct_loss'])}万元")
    return out


def _place(x: IncidentLine) -> str:
    where = x.location or x.villages
    return f"（{where}）" if where and where not in x.title else ""


def named(x: IncidentLine, full: bool) -> str:
    """ "7月8日发生青石镇“7·8”暴雨洪涝灾害（…），启动Ⅳ级应急响应，紧急转移安置群众486人，
    造成…"; ``full``: every indicator (it is the only one of its kind), else the main ones."""
    s = f"{month_day_zh(x.started_at)}发生{x.title}{_place(x)}"
    g = x.figures
    if x.response_level and x.response_level != "none":
        s += f"，启动{label('incidents', 'response_level', x.response_level)}应急响应"
    if g["relocated"]:
        s += f"，紧急转移安置群众{g['relocated']}人"
    hurt = losses(g)
    if not full:
        keep = ("死亡", "失踪", "受伤", "直接经济损失")
        hurt = [h for h in hurt if any(k in h for k in keep)]
    if hurt:
        s += "，造成" + "，".join(hurt)
    return s


def _main(g: IncidentFigures) -> list[IncidentLine]:
    if g.count <= NAMED:
        return g.incidents
    top = sorted(g.incidents, key=lambda x: x.weight, reverse=True)[:NAMED]
    return [x for x in g.incidents if x in top]


def _overview(f: SummaryFigures) -> str:
    g = f.incidents
    period = whole_year(f.year, f.as_of)
    s = f"{period}共发生各类突发事件{g.count}起"
    s += versus(g.count, f.incidents_prev.count if f.incidents_prev else None, "起")
    cats = in_schema_order(g.by("category"), "incidents", "category")
    if len(cats) > 1:
        s += "，其中" + join_zh(
            [f"{label('incidents', 'category', k)}{n}起" for k, n in cats.items()]
        )
    elif cats:
        s += ("，均为" if g.count > 1 else "，为") + label(
            "incidents", "category", next(iter(cats))
        )
    levels = in_schema_order(g.by("level"), "incidents", "level")
    if len(levels) > 1:
        parts = [f"{label('incidents', 'level', k)}{n}起" for k, n in reversed(levels.items())]
        s += "；按事件等级分，" + join_zh(parts)
    elif levels:
        word = label("incidents", "level", next(iter(levels)))
        s += f"，{'均' if g.count > 1 else ''}属{word}级别"
    return s + "。"


def _totals(f: SummaryFigures) -> str:
    """The year's totals of each group with more than one incident (one is named in full)."""
    g = f.incidents
    out = ""
    for natural, who in ((True, "自然灾害"), (False, "事故灾难等其他突发事件")):
        group = g.group(natural)
        if len(group) < 2:
            continue
        figures = g.natural if natural else g.other
        parts = []
        if figures["relocated"]:
            parts.append(f"紧急转移安置群众{figures['relocated']}人")
        parts += losses(figures)
        if parts:
            out += f"{who}共造成" + "，".join(parts) + "。"
    return out


def _dead_missing(f: SummaryFigures, lead: bool = True) -> str:
    """ "全年未发生因灾死亡失踪。" — only when no natural disaster took a life; in a partial
    year the paragraph has said up to when (never "全年"), unless ``lead``."""
    if not f.incidents.register_used or f.incidents.disaster_dead_missing:
        return ""
    if not f.partial:
        return "全年未发生因灾死亡失踪。"
    return f"{whole_year(f.year, f.as_of) if lead else ''}未发生因灾死亡失踪。"


def _reports(f: SummaryFigures) -> str:
    g = f.incidents
    period = whole_year(f.year, f.as_of)
    kinds = [
        f"{label('incident_reports', 'kind', k)}{g.reports[k]}起"
        for k in ("initial", "follow_up", "verified")
        if g.reports.get(k)
    ]
    late = [
        f"{g.not_in_time[k]}起{label('incident_reports', 'kind', k)}"
        for k in ("initial", "follow_up", "verified")
        if g.not_in_time.get(k)
    ]
    if not g.reports_sent:
        return f"{period}发生的突发事件尚未向上级报送信息。" if late else ""
    s = f"{period}报送突发事件信息{g.reports_sent}起"
    if len(kinds) > 1:
        s += "（" + "、".join(kinds) + "）"
    if not late:
        return s + "，无迟报、漏报。"
    return s + "，其中" + join_zh(late) + "未在规定时限内报送。"


def incidents(f: SummaryFigures) -> list[Para]:
    """The section when the year has incidents."""
    g = f.incidents
    shown = _main(g)
    lines = []
    for x in shown:
        alone = len(g.group(x.category == "natural_disaster")) == 1
        lines.append(named(x, full=alone))
    first = _overview(f)
    if len(shown) < g.count:
        first += "其中影响较大的有：" + "；".join(lines) + "。"
    else:
        first += "".join(line + "。" for line in lines)
    first += _dead_missing(f, lead=False)
    second = _totals(f) + _reports(f)
    return [Para(first)] + ([Para(second)] if second else [])


def _event(e: DutyEvent) -> str:
    summary = e.summary.rstrip("。；;.")
    s = f"{month_day_zh(e.received_at)}，{summary}"
    if e.location and e.location not in summary:
        s += f"（{e.location}）"
    action = e.action_taken.rstrip("。；;.")
    return s + (f"，{action}" if action else "")


def events(f: SummaryFigures) -> list[Para]:
    """The section when the register has no incidents this year: the duty log's events."""
    s = ""
    if f.events:
        s = f"{whole_year(f.year, f.as_of)}重点处置的突发事件有："
        s += "；".join(_event(e) for e in f.events) + "。"
    s += _dead_missing(f)
    return [Para(s)] if s else []


def moved_before_storms(f: SummaryFigures) -> str:
    """ "；强降雨来临前，根据叫应反馈提前转移受威胁群众57人" — where the warnings' call-backs
    say people were moved (the figure only when they give one)."""
    m = f.moved
    if not m.warnings:
        return ""
    if m.people:
        return f"；强降雨来临前，根据{m.warnings}次预警的叫应反馈，提前转移受威胁群众{m.people}人"
    return f"；根据{m.warnings}次预警的叫应反馈，已提前组织危险区群众转移"
