"""Where the summary speaks of emergencies: a subsection at the end of part one.

With incidents in the register for the year it is the section on emergencies and
information reporting (突发事件应对和信息报送); without, the duty log's significant events
take its place (the summary issue's paragraph), so a year is never described twice.
"""

from __future__ import annotations

from . import text_incidents_en, text_incidents_zh
from .figures import SummaryFigures
from .model import Subsection


def incident_subsection(f: SummaryFigures, lang: str, n: int) -> Subsection | None:
    """Subsection number ``n``, or None when there is nothing to say."""
    t = text_incidents_zh if lang == "zh" else text_incidents_en
    with_incidents = bool(f.incidents.count)
    paras = t.incidents(f) if with_incidents else t.events(f)
    return Subsection(t.heading(n, with_incidents), paras) if paras else None
