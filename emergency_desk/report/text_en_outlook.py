"""The English summary's work plan for next year and appendix titles.

Each plan item answers a problem the office chose (report/suggestions.py), in the same
order, then the standing tasks; the problems themselves are worded in text_en_problems.py.
"""

from __future__ import annotations

from typing import Any

from .figures import SummaryFigures
from .text_en_words import words

# -- next year's plan ----------------------------------------------------------------------


def plan_item(code: str, q: dict[str, Any], f: SummaryFigures) -> tuple[str, str]:
    if code == "hazards_overdue":
        total = q["count"] + q["earlier"]
        return (
            "Deepen hazard identification and rectification. ",
            f"Put the {words(total, 'overdue hazard')} under supervised rectification with a "
            "named responsible unit, measures and deadline for each, and inspect regularly "
            "in the flood season and on holidays.",
        )
    if code == "plans_review":
        return (
            "Revise emergency plans. ",
            f"Evaluate and revise the {words(q['count'], 'plan')} past the review date, "
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
            "Strengthen duty staffing. ",
            "Staff duty more strongly on holidays and in the flood season, so that every day "
            "has officers and a leader on duty.",
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
            "Before the flood season and holidays, take emergency knowledge into enterprises, villages, "
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
