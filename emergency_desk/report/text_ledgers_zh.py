"""The Chinese paragraphs on the office's other ledgers: teams, information officers,
refuge places, risk points, and warnings passed on by 叫应 — with last year's figure
where there is one, as an office compares its years ("较上年增加2支")."""

from __future__ import annotations

from . import text_incidents_zh
from .figures import SummaryFigures, in_schema_order
from .model import Para
from .numbers import join_zh, pct
from .text_zh_words import label, whole_year, year_end
from .text_zh_words import versus as _versus


def ledgers(f: SummaryFigures) -> list[Para]:
    g, prev = f.ledgers, f.ledgers_prev
    out: list[Para] = []
    end = year_end(f.year, f.as_of)
    if g.teams:
        kinds = [
            f"{label('teams', 'kind', k)}{n}支"
            for k, n in in_schema_order(g.teams_by_kind, "teams", "kind").items()
        ]
        area = "全县" if f.settings.level == "county" else "全镇"
        s = f"截至{end}，{area}共有应急救援队伍{g.teams}支"
        if g.team_members:
            s += f"、队员{g.team_members}人"
        s += _versus(g.teams, prev.teams if prev else None, "支")
        if len(kinds) > 1:
            s += "，其中" + join_zh(kinds)
        elif kinds:  # one record "为"; several of one kind "均为" (DESIGN.md: never 1个…均为)
            s += ("，均为" if g.teams > 1 else "，为") + label(
                "teams", "kind", next(iter(g.teams_by_kind))
            )
        if g.teams_trained:
            s += f"；年内开展训练的队伍{g.teams_trained}支"
        out.append(Para(s + "。"))
    if g.officers:
        s = f"灾害信息员队伍覆盖{g.officer_villages}个村（社区），在岗灾害信息员{g.officers}人"
        s += _versus(g.officers, prev.officers if prev else None, "人")
        if g.officers_trained:
            s += f"，年内参加培训{g.officers_trained}人"
        out.append(Para(s + "。"))
    if g.shelters:
        s = f"建成可用应急避难场所{g.shelters}处，可容纳{g.shelter_capacity}人"
        s += _versus(g.shelters, prev.shelters if prev else None, "处")
        if g.shelters_inspected:
            s += f"，年内检查{g.shelters_inspected}处"
        out.append(Para(s + "。"))
    if g.risk_points:
        s = f"纳入群测群防监测的风险隐患点{g.risk_points}处"
        protected = []
        if g.households:
            protected.append(f"{g.households}户")
        if g.persons:
            protected.append(f"{g.persons}人")
        if protected:
            s += "，保护群众" + "".join(protected)
        s += _versus(g.risk_points, prev.risk_points if prev else None, "处")
        if g.cards_issued:
            s += f"；年内向{g.cards_issued}处隐患点受威胁群众发放防灾避险明白卡"
        s += text_incidents_zh.moved_before_storms(f)
        out.append(Para(s + "。"))
    if g.warnings:
        colors = [
            f"{label('warnings', 'color', k)}预警{n}次"
            for k, n in in_schema_order(g.warnings_by_color, "warnings", "color").items()
        ]
        s = f"{whole_year(f.year, f.as_of)}共接收上级预警信息{g.warnings}次"
        s += _versus(g.warnings, prev.warnings if prev else None, "次")
        if len(colors) > 1:
            s += "，其中" + join_zh(colors)
        if g.callbacks:  # "逐一" only when every orange and red warning was called back
            if g.warnings_called and g.warnings_called == g.warnings_high:
                s += f"；对橙色、红色预警逐一叫应到村、到人，累计叫应{g.callbacks}人次"
            elif g.warnings_called:
                s += f"；对其中{g.warnings_called}次橙色、红色预警叫应到村、到人"
                s += f"，累计叫应{g.callbacks}人次"
            else:
                s += f"；累计叫应{g.callbacks}人次"
            if g.callbacks_answered == g.callbacks:
                s += "，均已应答"
            else:
                rate = pct(100 * g.callbacks_answered / g.callbacks)
                s += f"，已应答{g.callbacks_answered}人次（应答率{rate}）"
        if g.warnings_relayed == g.warnings:  # "及时转发" only when each was passed on
            s += "，及时转发至各村（社区）和镇直各单位"
        elif g.warnings_relayed:
            s += f"，已转发至各村（社区）和镇直各单位{g.warnings_relayed}次"
        out.append(Para(s + "。"))
    return out
