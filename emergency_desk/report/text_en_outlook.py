"""The English summary's existing problems, next year's plan and appendix titles.

Each problem found by the rules (report/problems.py) becomes one paragraph; each plan
item follows from a problem or an idle register.
"""

from __future__ import annotations

from typing import Any

from .figures import SummaryFigures
from .model import Para
from .numbers import (
    count_start,
    full_date_en,
    join_en,
    pct,
    plural,
)
from .problems import Problem
from .text_en_words import (
    be,
    n,
    quoted_names,
)

# -- problems ------------------------------------------------------------------------------

REGISTER_IDLE = {
    "plans": "no plan in force was recorded",
    "drills": "no drill was held",
    "hazards": "no hazard inspection was recorded",
    "activities": "no publicity or training event was held",
    "materials": "no material reserve is recorded",
    "duty": "no duty roster or duty-line entry was recorded",
}


def problem(p: Problem, f: SummaryFigures) -> Para:
    q: dict[str, Any] = p.params
    as_of = full_date_en(f.as_of)
    if p.code == "hazards_overdue":
        parts = []
        if q["count"]:
            s = f"As of {as_of}, {plural(q['count'], 'hazard')} found in {f.year}"
            if q["major"] and q["major"] < q["count"]:
                s += f" ({n(q['major'])} major)"
            elif q["major"]:
                s = s.replace(" hazard", " major hazard", 1)
            s += f" {'is' if q['count'] == 1 else 'are'} past the rectification deadline, "
            s += ("namely " if q["count"] <= len(q["names"]) else "including ") + quoted_names(
                q["names"], q["count"]
            )
            parts.append(s)
        if q["earlier"]:
            parts.append(
                f"{plural(q['earlier'], 'hazard')} from earlier years "
                f"{'is' if q['earlier'] == 1 else 'are'} also overdue"
            )
        text = "; ".join(parts)
        return Para(text[0].upper() + text[1:] + ".", "Hazard rectification is not timely enough. ")
    if p.code == "plans_review":
        verb = "has" if q["count"] == 1 else "have"
        return Para(
            f"{count_start(q['count'], 'plan')} ({quoted_names(q['titles'], q['count'])}) {verb} passed "
            "the review date without revision and may no longer fit the current situation.",
            "Plans are not kept up to date. ",
        )
    if p.code == "materials":
        bits = []
        if q["short"]:
            bits.append(f"{plural(q['short'], 'item')} below minimum stock")
        if q["expired"]:
            bits.append(f"{plural(q['expired'], 'item')} past expiry")
        if q["expiring"]:
            bits.append(f"{plural(q['expiring'], 'item')} expiring within {q['days']} days")
        return Para(
            f"There {be(q['short'] or q['expired'] or q['expiring'])} "
            + join_en(bits)
            + "; the reserve mix and rotation need improvement.",
            "Material reserves have gaps. ",
        )
    if p.code == "reports_late":
        s = f"{count_start(q['count'], 'graded incident')} {'was' if q['count'] == 1 else 'were'} not reported upward within the time limit"
        if q["missing"]:
            s += f" ({n(q['missing'])} with no time of reporting recorded)"
        s += f"; the on-time rate was {pct(q['rate'])}." if q["rate"] else "."
        return Para(s, "Information reporting is not always timely. ")
    if p.code == "roster_gaps":
        return Para(
            f"No duty roster was recorded for {plural(q['days'], 'day')} of the year.",
            "The duty roster has gaps. ",
        )
    if p.code == "drill_actions_overdue":
        return Para(
            f"{count_start(q['count'], 'corrective action')} from drills "
            f"{'is' if q['count'] == 1 else 'are'} past due and not yet completed.",
            "Drill findings are not fully followed up. ",
        )
    if p.code == "no_activity":
        idle = [REGISTER_IDLE[r] for r in q["registers"]]
        text = join_en(idle)
        return Para(
            "This year " + text + "; this work needs strengthening.",
            "Some areas of work are uneven. ",
        )
    raise KeyError(p.code)


NO_PROBLEMS = (
    "A check of the registers found no overdue hazards, plans past their review date, "
    "short or expired stock, or late reports this year. Building emergency capacity at "
    "the grassroots level remains an ongoing task."
)


# -- next year's plan ----------------------------------------------------------------------


def plan_item(code: str, q: dict[str, Any], f: SummaryFigures) -> tuple[str, str]:
    if code == "hazards_overdue":
        total = q["count"] + q["earlier"]
        return (
            "Deepen hazard identification and rectification. ",
            f"Put the {plural(total, 'overdue hazard')} under supervised rectification with a "
            "named responsible unit, measures and deadline for each, and inspect regularly "
            "in the flood season and on holidays.",
        )
    if code == "plans_review":
        return (
            "Revise emergency plans. ",
            f"Evaluate and revise the {plural(q['count'], 'plan')} past the review date, "
            "drawing on changes in risk and on drill findings.",
        )
    if code == "materials":
        return (
            "Manage material reserves better. ",
            "Replenish items below minimum stock, replace expired items, rotate items close "
            "to expiry and count stock regularly.",
        )
    if code == "reports_late":
        return (
            "Improve information reporting. ",
            "Keep strictly to the time limits for reporting incidents and train duty staff, "
            "so that no report is late or missed.",
        )
    if code == "roster_gaps":
        return (
            "Keep the duty roster complete. ",
            "Ensure every day has officers and a leader on duty, with handovers recorded.",
        )
    if code == "drill_actions_overdue":
        return (
            "Follow up drill findings. ",
            "Keep a list of corrective actions from drills and close each one on time.",
        )
    if code == "drills":
        return (
            "Hold drills regularly. ",
            "Draw up an annual drill plan based on local risks, hold at least one "
            "comprehensive live drill, and drill every special and department plan.",
        )
    if code == "activities":
        return (
            "Step up publicity, education and training. ",
            "Use the 12 May Disaster Prevention Day, Work Safety Month and the 9 November "
            "Fire Safety Day to take emergency knowledge into enterprises, villages, "
            "communities, schools and homes, and train officials and rescue teams.",
        )
    if code == "hazards":
        return (
            "Keep up hazard inspection. ",
            "Inspect key industries and key periods, and register, rectify and close every "
            "hazard found.",
        )
    if code == "plans":
        return (
            "Complete the plan system. ",
            "Extend plans to all grassroots units and enterprises, align plans at every "
            "level, and evaluate and revise them on schedule.",
        )
    if code == "materials_standing":
        return (
            "Strengthen material support. ",
            "Improve the layout and mix of reserves, extend agreement reserves, and count "
            "and rotate stock regularly.",
        )
    if code == "duty":
        return (
            "Strengthen duty and reporting. ",
            "Keep the 24-hour duty system with a leader on duty and improve the speed and "
            "quality of incident reports.",
        )
    raise KeyError(code)


APPENDIX_TITLES = {
    "hazards": "Hazards identified in {year}",
    "drills": "Emergency drills held in {year}",
    "materials": "Emergency material reserves",
}
SERIAL = "No."
