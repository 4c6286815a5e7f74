"""The parts of the summary the office writes itself, saved per year and language.

A part never saved shows its suggestion; a part saved empty stays empty (the user
deleted it on purpose). Problems and plan are one item per line; numbering is added
when the document is built, so a user can reorder lines without renumbering.
"""

from __future__ import annotations

import re
from types import ModuleType

from ..store import Store
from . import text_en, text_zh
from .figures import SummaryFigures
from .model import Para
from .parts import PARTS as PARTS
from .problems import Problem, plan_topics

_MARKER = re.compile(
    r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+[、.．]|\d+\s*[、.．)）](?!\d)"
    r"|第[一二三四五六七八九十]+[是，,]?|[-•·*])\s*"
)
_LEAD = {"zh": re.compile(r"^([^。；]{2,30}。)(.+)$"), "en": re.compile(r"^([^.;]{3,90}\. )(.+)$")}


def text_module(lang: str) -> ModuleType:
    return text_zh if lang == "zh" else text_en


def default_text(part: str, lang: str, f: SummaryFigures, problems: list[Problem]) -> str:
    t = text_module(lang)
    if part == "opening":
        return t.default_opening(f)
    if part == "problems":
        return ""
    if part == "plan":
        items = [t.plan_item(code, q, f) for code, q in plan_topics(f, problems)]
        return "\n".join((lead + text).strip() for lead, text in items)
    raise KeyError(part)


def load_text(
    store: Store, year: int, lang: str, part: str, f: SummaryFigures, problems: list[Problem]
) -> str:
    saved = store.report_text(year, lang, part)
    return default_text(part, lang, f, problems) if saved is None else saved


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def strip_marker(line: str) -> str:
    return _MARKER.sub("", line, count=1).strip()


def as_item(line: str, lang: str) -> Para:
    """A user's line as a paragraph whose first sentence, if short, is a run-in heading."""
    body = strip_marker(line)
    m = _LEAD[lang].match(body)
    if m and m.group(2).strip():
        return Para(m.group(2).strip(), m.group(1))
    return Para(body)
