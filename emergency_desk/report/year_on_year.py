"""Year on year (同比): the main figures of the original registers against last year's.

Last year's figures are as they stood at its end — the figures last year's own summary
would have stated; records entered since then do not change them. A figure is compared
only where both years have one: "同比增加12.5%" needs a last year to divide by, and a
register with nothing this year already says so in its own sentence.

The comparison is one sentence added to the end of a register's paragraph, so the
register's text modules stay as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..store import Store
from ..store.summary_activities import HeldCounts, held_counts
from ..store.summary_hazards import HazardCounts, hazard_counts
from ..store.summary_plans_drills import plans_issued
from .model import Para
from .numbers import join_en, pct

if TYPE_CHECKING:
    from .figures import SummaryFigures


@dataclass(frozen=True)
class PlanCounts:
    issued: int  # plans issued in the year (what the comparison states of plans)


@dataclass(frozen=True)
class PreviousYear:
    """Last year's figures for the registers the summary compares."""

    plans: PlanCounts
    drills: HeldCounts
    hazards: HazardCounts
    activities: HeldCounts


def previous_year(store: Store, year: int, today: dt.date, review_years: int) -> PreviousYear:
    end = dt.date(year - 1, 12, 31)
    entered = min(today, end)
    return PreviousYear(
        plans=PlanCounts(plans_issued(store, year - 1, end, entered)),
        drills=held_counts(store, "drills", year - 1, end, entered),
        hazards=hazard_counts(store, year - 1, end, entered),
        activities=held_counts(store, "activities", year - 1, end, entered),
    )


Getter = Callable[["SummaryFigures | PreviousYear"], int]

# register -> (figure, its Chinese name, its English name), in the order the paragraph
# states them
COMPARED: dict[str, tuple[tuple[Getter, str, str], ...]] = {
    "plans": ((lambda f: f.plans.issued, "新制定印发预案数量", "plans issued"),),
    "drills": (
        (lambda f: f.drills.total, "演练次数", "drills held"),
        (lambda f: f.drills.participants, "参演人次", "drill participants"),
    ),
    "hazards": (
        (lambda f: f.hazards.found, "排查隐患数量", "hazards found"),
        (lambda f: f.hazards.rectified, "整改完成数量", "hazards rectified"),
    ),
    "activities": (
        (lambda f: f.activities.total, "宣传教育培训活动场次", "publicity and training events"),
        (lambda f: f.activities.participants, "参与人次", "participants"),
    ),
}


def change_zh(now: int, before: int) -> str:
    """ "同比增加12.5%" / "同比减少3%" / "与上年持平"."""
    if now == before:
        return "与上年持平"
    word = "增加" if now > before else "减少"
    return f"同比{word}{pct(abs(now - before) * 100 / before)}"


def change_en(now: int, before: int) -> str:
    """ "up 12.5% on last year" / "down 3% on last year" / "the same as last year"."""
    if now == before:
        return "the same as last year"
    word = "up" if now > before else "down"
    return f"{word} {pct(abs(now - before) * 100 / before)} on last year"


def comparison(key: str, f: SummaryFigures, lang: str) -> str:
    """The sentence comparing ``key``'s main figures with last year's; "" if none."""
    prev = f.previous
    pairs = [
        (get(f), get(prev), zh, en)
        for get, zh, en in COMPARED.get(key, ())
        if get(f) and get(prev)  # both years have the figure
    ]
    if not pairs:
        return ""
    if lang == "zh":
        return "，".join(f"{zh}{change_zh(now, before)}" for now, before, zh, _ in pairs) + "。"
    text = join_en([f"{en} were {change_en(now, before)}" for now, before, _, en in pairs])
    return text[0].upper() + text[1:] + "."


def with_comparison(key: str, paras: list[Para], f: SummaryFigures, lang: str) -> list[Para]:
    """``paras`` with the year-on-year sentence added to the last paragraph."""
    extra = comparison(key, f, lang)
    if not extra or not paras:
        return paras
    last = paras[-1]
    joined = last.text + ("" if lang == "zh" else " ") + extra
    return [*paras[:-1], replace(last, text=joined)]
