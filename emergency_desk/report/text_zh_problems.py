"""The Chinese sentences offered for 存在的问题, worded as an office writes its problems.

Offices name a problem as a shortfall of capacity, coverage, funds, equipment or
mechanism, with the figure that shows it — never as the software sees it ("未录入",
"台账中无记录") and never as a list of their own violations. Each sentence opens with a
short run-in heading (the first sentence), which the document sets in the level-2 face.
Names (hazards, plans, items) are given here and not in part 一, so no name is said twice.
"""

from __future__ import annotations

from typing import Any

from .figures import SummaryFigures
from .model import Para
from .numbers import join_zh
from .problems import Problem
from .text_zh_words import quoted_list, whole_year, year_end

IDLE_WORK = {
    "plans": "预案体系还不健全",
    "drills": "应急演练开展不够经常",
    "hazards": "隐患排查工作开展不够深入",
    "activities": "宣传教育培训覆盖面不广",
    "materials": "应急物资储备尚未形成体系",
    "duty": "值班值守和信息报送基础较为薄弱",
}


def _items(names: list[str], total: int) -> str:
    """ "口服补液盐" for one item, "编织袋、救生衣等3种物资" for more."""
    if total == 1 and names:
        return names[0]
    return join_zh(names) + ("等" if total > len(names) else "") + f"{total}种物资"


def problem(p: Problem, f: SummaryFigures) -> Para:
    q: dict[str, Any] = p.params
    as_of = year_end(f.year, f.as_of)
    if p.code == "hazards_overdue":
        parts = []
        if q["count"]:
            what = "重大隐患" if q["major"] == q["count"] else "隐患"
            s = (
                f"部分隐患整改难度大、所需资金多，截至{as_of}，"
                f"仍有{q['count']}处{what}（{quoted_list(q['names'], q['count'])}）"
                "超过整改期限未整改到位"
            )
            if q["major"] and q["major"] < q["count"]:
                s += f"，其中重大隐患{q['major']}处"
            parts.append(s)
        if q["earlier"]:
            word = "另有" if q["count"] else "仍有"
            parts.append(f"以前年度排查的隐患中{word}{q['earlier']}处逾期未整改")
        return Para(
            "；".join(parts) + "，跟踪督办和闭环管理需进一步加强。", "隐患整改闭环还不够到位。"
        )
    if p.code == "plans_review":
        return Para(
            f"{q['count']}件预案（{quoted_list(q['titles'], q['count'], '《》')}）"
            f"已超过{q['years']}年评估修订周期，部分预案与辖区风险变化衔接不够紧密，"
            "针对性和可操作性有待提升。",
            "预案动态管理还有差距。",
        )
    if p.code == "materials":
        bits = []
        if q["short"]:
            bits.append(f"{_items(q['short_names'], q['short'])}储备量不足")
        if q["expired"]:
            bits.append(f"{_items(q['expired_names'], q['expired'])}已过有效期")
        if q["expiring"]:
            bits.append(f"{q['expiring']}种物资将在{q['days']}天内到期")
        return Para(
            "物资储备的品种和数量与应对较大灾害的需要还有差距，"
            + "，".join(bits)
            + "，储备补充和轮换更新机制需进一步健全。",
            "物资储备保障还有短板。",
        )
    if p.code == "reports_late":
        return Para(
            "基层信息员队伍业务能力参差不齐，"
            f"{whole_year(f.year, f.as_of)}有{q['count']}起突发事件信息未在规定时限内报送，"
            "信息报送的时效和质量还需提高。",
            "信息报送时效有待提高。",
        )
    if p.code == "roster_gaps":
        return Para(
            "应急办工作人员少、任务重，节假日和汛期值班力量紧张，"
            f"{whole_year(f.year, f.as_of)}有{q['days']}天值班安排不够完整。",
            "值班力量还比较薄弱。",
        )
    if p.code == "drill_actions_overdue":
        return Para(
            f"演练中发现的问题有{q['count']}项未按期整改完成，“以练促改”的作用发挥不够充分。",
            "演练成果转化还不够充分。",
        )
    if p.code == "no_activity":
        idle = [IDLE_WORK[r] for r in q["registers"]]
        return Para("，".join(idle) + "，各项工作推进不够均衡。", "部分基础工作还有短板。")
    raise KeyError(p.code)


NO_PROBLEMS = (
    "对照新形势新要求，我们的工作还存在一些不足：基层应急力量专业化水平不高，"
    "应急装备配备还不够完善，群众自救互救能力有待进一步提升。"
)
