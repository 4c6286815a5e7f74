"""The Chinese summary's existing problems (存在的问题), next year's plan and appendix titles.

Each problem found by the rules (report/problems.py) becomes one paragraph; each plan
item follows from a problem or an idle register.
"""

from __future__ import annotations

from typing import Any

from .figures import SummaryFigures
from .model import Para
from .numbers import join_zh, pct
from .problems import Problem
from .text_zh_words import (
    label,
    quoted_list,
    which_names,
    whole_year,
    year_end,
)

# -- problems ------------------------------------------------------------------------------

REGISTER_IDLE = {
    "plans": "预案台账无现行有效预案",
    "drills": "未组织应急演练",
    "hazards": "隐患排查台账无记录",
    "activities": "未开展宣传教育培训活动",
    "materials": "未建立应急物资储备台账",
    "duty": "无值班排班和信息接报记录",
}


def problem(p: Problem, f: SummaryFigures) -> Para:
    q: dict[str, Any] = p.params
    as_of = year_end(f.year, f.as_of)
    if p.code == "hazards_overdue":
        parts = []
        if q["count"]:
            what = "处重大隐患" if q["major"] == q["count"] else "处隐患"
            s = f"截至{as_of}，{f.year}年排查的隐患中仍有{q['count']}{what}超过整改期限未完成整改"
            if q["major"] and q["major"] < q["count"]:
                s += f"（其中重大隐患{q['major']}处）"
            s += which_names(q["names"], q["count"])
            parts.append(s)
        if q["earlier"]:
            parts.append(f"以前年度排查的隐患中另有{q['earlier']}处逾期未整改")
        return Para("；".join(parts) + "，隐患闭环管理仍需加强。", "隐患整改还不够及时。")
    if p.code == "plans_review":
        return Para(
            f"有{q['count']}件预案（{quoted_list(q['titles'], q['count'], '《》')}）已到"
            "评估修订期限尚未修订，部分预案内容与实际情况衔接不够紧密，"
            "针对性和可操作性有待提升。",
            "预案动态管理还有差距。",
        )
    if p.code == "materials":
        bits = []
        if q["short"]:
            names = join_zh(q["short_names"]) + ("等" if q["short"] > len(q["short_names"]) else "")
            bits.append(f"{q['short']}种物资（{names}）低于最低储备量")
        if q["expired"]:
            names = join_zh(q["expired_names"]) + (
                "等" if q["expired"] > len(q["expired_names"]) else ""
            )
            bits.append(f"{q['expired']}种物资（{names}）已过有效期")
        if q["expiring"]:
            bits.append(f"{q['expiring']}种物资将在{q['days']}天内到期")
        return Para(
            f"截至{as_of}，" + "，".join(bits) + "，物资储备结构和轮换更新机制需进一步完善。",
            "物资储备保障还有短板。",
        )
    if p.code == "reports_late":
        s = f"{whole_year(f.year, f.as_of)}有{q['count']}起分级事件未在规定时限内向上级报告"
        if q["missing"]:
            s += f"（其中{q['missing']}起未记录上报时间）"
        if q["rate"]:
            s += f"，按时上报率为{pct(q['rate'])}"
        s += "，信息报送的时效性还需提高。"
        return Para(s, "信息报送不够及时。")
    if p.code == "roster_gaps":
        return Para(
            f"{whole_year(f.year, f.as_of)}有{q['days']}天未录入值班安排，值班值守制度落实还需进一步规范。",
            "值班排班还不够完整。",
        )
    if p.code == "drill_actions_overdue":
        return Para(
            f"演练中发现问题的整改事项有{q['count']}项已超过完成期限仍未完成，"
            "“以练促改”的作用发挥不够充分。",
            "演练问题整改不到位。",
        )
    if p.code == "no_activity":
        idle = [REGISTER_IDLE[r] for r in q["registers"]]
        return Para(
            "本年度" + "，".join(idle) + "，相关工作有待加强。",
            "部分工作开展不够均衡。",
        )
    raise KeyError(p.code)


NO_PROBLEMS = (
    "经对照各项台账检查，本年度未发现隐患逾期未改、预案超期未修订、物资短缺过期、"
    "信息迟报漏报等问题。对照新形势新要求，基层应急能力建设仍需持续加强。"
)


# -- next year's plan ----------------------------------------------------------------------


def plan_item(code: str, q: dict[str, Any], f: SummaryFigures) -> tuple[str, str]:
    """(run-in heading, text) of one suggested task for next year."""
    if code == "hazards_overdue":
        n = q["count"] + q["earlier"]
        return (
            "持续深化隐患排查治理。",
            f"对逾期未整改的{n}处隐患实行挂牌督办，逐一明确责任单位、整改措施和完成时限，"
            "确保按期整改销号；常态化开展汛期、节假日等重点时段隐患排查。",
        )
    if code == "plans_review":
        return (
            "修订完善应急预案。",
            f"对已到评估修订期限的{q['count']}件预案组织评估修订，"
            "结合风险变化和演练发现的问题完善预案内容，增强针对性和可操作性。",
        )
    if code == "materials":
        return (
            "加强应急物资储备管理。",
            "及时补充低于最低储备量的物资，报废更新过期物资，"
            "建立临期物资轮换机制，定期开展盘点，确保关键时刻拿得出、用得上。",
        )
    if code == "reports_late":
        return (
            "规范信息报送工作。",
            "严格执行突发事件信息报告时限要求，加强值班人员业务培训，"
            "做到早发现、早报告、早处置，杜绝迟报、漏报。",
        )
    if code == "roster_gaps":
        return (
            "严格值班值守制度。",
            "完善排班制度，确保每日有人值守、有领导带班，规范交接班记录。",
        )
    if code == "drill_actions_overdue":
        return (
            "抓好演练问题整改。",
            "对演练中发现的问题建立整改清单，逐项跟踪销号，切实做到以练促改。",
        )
    if code == "drills":
        return (
            "常态化开展应急演练。",
            "结合辖区风险特点制定年度演练计划，至少组织一次综合性实战演练，"
            "推动专项预案和部门预案演练全覆盖。",
        )
    if code == "activities":
        return (
            "加大宣传教育培训力度。",
            "围绕“5·12”防灾减灾日、安全生产月、“11·9”消防宣传日等节点，"
            "深入开展应急知识进企业、进农村、进社区、进学校、进家庭活动，"
            "加强应急管理干部和救援队伍培训。",
        )
    if code == "hazards":
        return (
            "深化隐患排查治理。",
            "聚焦重点行业领域和重点时段，持续开展隐患排查整治，"
            "做到发现一处、登记一处、整改一处、销号一处。",
        )
    if code == "plans":
        return (
            "完善应急预案体系。",
            "推动基层和企事业单位预案编制全覆盖，做好各级各类预案的衔接，按周期开展预案评估修订。",
        )
    if code == "materials_standing":
        return (
            "提升应急物资保障能力。",
            "优化储备布局和品种结构，完善协议储备，定期盘点轮换。",
        )
    if code == "duty":
        return (
            "强化值班值守和信息报送。",
            "严格执行24小时值班和领导带班制度，提升突发事件信息报送的时效和质量。",
        )
    raise KeyError(code)


# -- appendix tables -----------------------------------------------------------------------

APPENDIX_TITLES = {
    "hazards": "{year}年隐患排查治理情况一览表",
    "drills": "{year}年应急演练情况一览表",
    "materials": "应急物资储备情况一览表",
}
SERIAL = "序号"


def status_text(row: dict[str, Any]) -> str:
    return label("hazards", "status", row["status"])
