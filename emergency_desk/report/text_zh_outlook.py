"""The Chinese summary's next year's plan (下一步工作打算) and appendix titles.

Each plan item answers a problem the office chose (report/suggestions.py), in the same
order, then the standing tasks; the problems themselves are worded in text_zh_problems.py.
"""

from __future__ import annotations

from typing import Any

from .figures import SummaryFigures
from .text_zh_words import (
    label,
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
            "充实值班值守力量。",
            "优化值班人员配置，节假日和汛期等重点时段加强值班力量，确保每日有人值守、有领导带班。",
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
            "抓住汛前、节假日等重要时段，深入开展应急知识进企业、进农村、进社区、进学校、进家庭活动，"
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
