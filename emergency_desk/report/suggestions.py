"""The problems the rules find, offered to the office as suggestions it accepts, rewords or drops.

A summary leaves the office with a seal on it, so nothing goes into 存在的问题 that the
office has not chosen: each problem found in the registers (report/problems.py) becomes a
suggestion with a stable key (its problem code), a sentence worded as an office writes
its problems (capacity, coverage, funds, equipment, mechanisms) and a default. Those that
report the office's own non-compliance (gaps in the duty roster, late reports, ledgers
left empty) are off by default: an office does not list its own violations unasked.

The choice (on/off and the reworded sentence) is saved per year and language in the
summary texts store, as one part; a sentence never edited follows the figures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..store import Store
from .figures import SummaryFigures
from .problems import Problem, find_problems
from .user_texts import text_module

PART = "suggestions"  # the report_texts part holding the choices

OFF_BY_DEFAULT = frozenset({"reports_late", "roster_gaps", "no_activity"})
"""Problems that state the office's own non-compliance: offered, never put in unasked."""


@dataclass(frozen=True)
class Choice:
    on: bool
    text: str | None = None  # None: the suggested sentence (follows the figures)


@dataclass(frozen=True)
class Suggestion:
    key: str
    suggested: str  # the sentence the figures give (lead + body)
    default_on: bool
    on: bool  # as chosen (the default when never chosen)
    text: str  # as chosen (the suggested sentence when never edited)
    problem: Problem

    @property
    def edited(self) -> bool:
        return self.text != self.suggested


def load_choices(store: Store, year: int, lang: str) -> dict[str, Choice]:
    """The saved choices; an unreadable or missing store part is no choice at all."""
    raw = store.report_text(year, lang, PART)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    out = {}
    for key, value in data.items():
        if isinstance(value, dict):
            text = value.get("text")
            out[str(key)] = Choice(bool(value.get("on")), text if isinstance(text, str) else None)
    return out


def save_choices(store: Store, year: int, lang: str, choices: dict[str, Choice]) -> None:
    body = {
        key: ({"on": c.on} if c.text is None else {"on": c.on, "text": c.text})
        for key, c in sorted(choices.items())
    }
    store.set_report_text(year, lang, PART, json.dumps(body, ensure_ascii=False))


def suggestions(
    f: SummaryFigures, lang: str, choices: dict[str, Choice] | None = None
) -> list[Suggestion]:
    """Every problem the rules find this year, in the order an office head raises them."""
    t = text_module(lang)
    choices = choices or {}
    out = []
    for p in find_problems(f):
        para = t.problem(p, f)
        suggested = para.full.strip()
        default_on = p.code not in OFF_BY_DEFAULT
        chosen = choices.get(p.code)
        on = default_on if chosen is None else chosen.on
        text = suggested if chosen is None or chosen.text is None else chosen.text
        out.append(Suggestion(p.code, suggested, default_on, on, text, p))
    return out


def picked(items: list[Suggestion]) -> list[Suggestion]:
    return [s for s in items if s.on and s.text.strip()]


def chosen_problems(items: list[Suggestion]) -> list[Problem]:
    """The problems next year's plan answers, in the order they stand in 存在的问题."""
    return [s.problem for s in picked(items)]
