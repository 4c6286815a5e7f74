"""The English sentences offered for "Existing problems", worded as an office writes them.

The same rule as the Chinese (text_zh_problems.py): a problem is a shortfall of capacity,
coverage, funds, equipment or mechanism, with its figure, never a software message or a
list of the office's own violations. Names are given here and not in part 1.
"""

from __future__ import annotations

from typing import Any

from .figures import SummaryFigures
from .model import Para
from .numbers import full_date_en, join_en
from .problems import Problem
from .text_en_words import be, quoted_names, words

IDLE_WORK = {
    "plans": "the plan system is not yet complete",
    "drills": "drills are not held regularly",
    "hazards": "hazard inspection is not thorough enough",
    "activities": "publicity and training do not reach enough people",
    "materials": "material reserves are not yet organised",
    "duty": "duty and information reporting rest on a thin base",
}


def _names(names: list[str], total: int) -> str:
    """Chinese item names kept as names, in quotes: "“冲锋舟”, “土工布” and others"."""
    return quoted_names(names, total)


def problem(p: Problem, f: SummaryFigures) -> Para:
    q: dict[str, Any] = p.params
    as_of = full_date_en(f.as_of)
    if p.code == "hazards_overdue":
        parts = []
        if q["count"]:
            c = q["count"]
            kind = "major hazard" if q["major"] == c else "hazard"
            s = (
                "Some hazards are hard and costly to put right: as of "
                f"{as_of}, {words(c, kind)} ({quoted_names(q['names'], c)}) "
                f"{be(c)} past the rectification deadline"
            )
            if q["major"] and q["major"] < c:
                s += f", {words(q['major'], 'major hazard')} among them"
            parts.append(s)
        if q["earlier"]:
            e = q["earlier"]
            also = " also" if q["count"] else ""
            parts.append(f"{words(e, 'hazard')} found in earlier years {be(e)}{also} overdue")
        text = "; ".join(parts)
        return Para(
            text[0].upper() + text[1:] + "; follow-up until each is closed needs strengthening.",
            "Hazard rectification is not always closed out. ",
        )
    if p.code == "plans_review":
        c = q["count"]
        s = words(c, "plan")
        return Para(
            f"{s[0].upper()}{s[1:]} ({quoted_names(q['titles'], c)}) {be(c, 'has', 'have')} gone "
            f"more than {words(q['years'], 'year')} without review, and some plans no longer "
            "fit the risks of the area closely enough.",
            "Plans are not kept fully up to date. ",
        )
    if p.code == "materials":
        bits = []
        if q["short"]:
            bits.append(
                f"{_names(q['short_names'], q['short'])} {be(q['short'])} below minimum stock"
            )
        if q["expired"]:
            bits.append(
                f"{_names(q['expired_names'], q['expired'])} {be(q['expired'], 'has', 'have')} expired"
            )
        if q["expiring"]:
            bits.append(
                f"{words(q['expiring'], 'item')} {be(q['expiring'], 'expires', 'expire')} "
                f"within {q['days']} days"
            )
        return Para(
            "The range and quantity of reserves fall short of what a larger disaster would "
            "need: " + "; ".join(bits) + ". Replenishment and rotation need a firmer routine.",
            "Material reserves have gaps. ",
        )
    if p.code == "reports_late":
        c = q["count"]
        return Para(
            "The skills of village information officers vary, and "
            f"{words(c, 'incident report')} {be(c, 'was', 'were')} not made within the time limit; "
            "reports need to be faster and more complete.",
            "Information reporting is not always timely. ",
        )
    if p.code == "roster_gaps":
        return Para(
            "The office is small for its workload, and staffing duty on holidays and in the "
            f"flood season is stretched: the duty rota was incomplete on {words(q['days'], 'day')}.",
            "Duty staffing is thin. ",
        )
    if p.code == "drill_actions_overdue":
        c = q["count"]
        s = words(c, "corrective action")
        return Para(
            f"{s[0].upper()}{s[1:]} from drills {be(c, 'was', 'were')} not completed on time, "
            "so drills have not yet led to all the improvements they showed were needed.",
            "Drill findings are not fully acted on. ",
        )
    if p.code == "no_activity":
        text = join_en([IDLE_WORK[r] for r in q["registers"]])
        return Para(
            text[0].upper() + text[1:] + "; the work is uneven across areas.",
            "Some basic work is lagging. ",
        )
    raise KeyError(p.code)


NO_PROBLEMS = (
    "Measured against new demands, our work still has shortcomings: grassroots response "
    "forces are not yet professional enough, equipment is incomplete, and people's ability "
    "to protect themselves and help one another needs further improvement."
)
