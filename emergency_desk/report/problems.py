"""Existing problems read off the registers, and the next year's tasks they call for.

Each problem is a code with its figures; the text modules word it. The order is the
order of seriousness an office head would raise them in: overdue hazards first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .figures import SummaryFigures

NAMES_SHOWN = 3  # how many records a problem sentence names before "等"


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def find_problems(f: SummaryFigures) -> list[Problem]:
    out: list[Problem] = []
    h = f.hazards
    if h.overdue or h.overdue_earlier:
        out.append(
            Problem(
                "hazards_overdue",
                {
                    "count": len(h.overdue),
                    "major": sum(1 for x in h.overdue if x.grade == "major"),
                    "names": [x.name for x in h.overdue[:NAMES_SHOWN]],
                    "earlier": h.overdue_earlier,
                },
            )
        )
    if f.plans.due:
        out.append(
            Problem(
                "plans_review",
                {
                    "count": len(f.plans.due),
                    "overdue": len(f.plans.overdue),
                    "titles": [p.title for p in f.plans.due[:NAMES_SHOWN]],
                    "years": f.settings.review_years,
                },
            )
        )
    m = f.materials
    if m.short_count or m.expired_count or m.expiring_count:
        out.append(
            Problem(
                "materials",
                {
                    "short": m.short_count,
                    "short_names": [s.name for s in m.short[:NAMES_SHOWN]],
                    "expired": m.expired_count,
                    "expired_names": [s.name for s in m.expired[:NAMES_SHOWN]],
                    "expiring": m.expiring_count,
                    "days": f.settings.material_expiring_days,
                },
            )
        )
    d = f.duty
    if d.late:
        out.append(
            Problem(
                "reports_late",
                {
                    "count": len(d.late),
                    "missing": sum(1 for x in d.late if x.minutes is None),
                    "rate": d.on_time_rate,
                    "leveled": d.leveled,
                },
            )
        )
    if d.days_rostered and d.days_missing:
        out.append(Problem("roster_gaps", {"days": d.days_missing}))
    if f.drills.actions_overdue:
        out.append(Problem("drill_actions_overdue", {"count": f.drills.actions_overdue}))
    idle = idle_registers(f)
    if idle:
        out.append(Problem("no_activity", {"registers": idle}))
    return out


def idle_registers(f: SummaryFigures) -> list[str]:
    """Registers with nothing recorded for the year, in the order of the report."""
    idle = []
    if not f.plans.in_force_total and not f.plans.issued and not f.plans.revised:
        idle.append("plans")
    if not f.drills.total:
        idle.append("drills")
    if not f.hazards.found:
        idle.append("hazards")
    if not f.activities.total:
        idle.append("activities")
    if not f.materials.items:
        idle.append("materials")
    if not f.duty.entries and not f.duty.days_rostered:
        idle.append("duty")
    return idle


PLAN_ITEMS_MAX = 6


def plan_topics(f: SummaryFigures, problems: list[Problem]) -> list[tuple[str, dict[str, Any]]]:
    """Topics of the suggested work plan, each with the figures its sentence quotes: those
    that answer a chosen problem first, in the order the problems stand, then standing ones."""
    found = {p.code: p.params for p in problems}
    idle = set(found.get("no_activity", {}).get("registers", []))
    topics: list[tuple[str, dict[str, Any]]] = []
    for p in problems:  # the chosen problems first, in the order they were raised
        if p.code != "no_activity":
            topics.append((p.code, p.params))
    covered = {c for c, _ in topics}
    standing = (
        ("drills", "drill_actions_overdue"),
        ("activities", ""),
        ("hazards", "hazards_overdue"),
        ("plans", "plans_review"),
        ("materials_standing", "materials"),
        ("duty", "reports_late"),
    )
    for code, answered_by in standing:
        if answered_by not in covered:
            topics.append((code, {"idle": code in idle}))
    return topics[:PLAN_ITEMS_MAX]
