"""The English paragraphs on emergencies and information reporting: the same figures and
the same rules as the Chinese (``text_incidents_zh``) — "none of them late or missed" only
when true, the plain figure otherwise, no deaths in natural disasters only when true.
Chinese names of incidents and the duty log's own words are kept and marked as quoted.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..store.summary_incidents import DutyEvent, IncidentFigures, IncidentLine
from .figures import SummaryFigures, in_schema_order
from .model import Para
from .numbers import full_date_en, inner_quotes, join_en, money_en, month_day_en
from .text_en_words import label, low, num, versus
from .text_en_words import words as plural  # below ten in words, as English style wants

TITLE = "Emergencies and information reporting"
EVENTS_TITLE = "Emergency response"
NAMED = 3

REPORT_WORDS = {"initial": "initial", "follow_up": "follow-up", "verified": "verified"}
CATEGORY_WORDS = {
    "natural_disaster": ("natural disaster", None),
    "accident": ("accident", None),
    "public_health": ("public health emergency", "public health emergencies"),
    "social_security": ("public security incident", None),
}


HOUSE_KEYS = ("houses_collapsed", "houses_severe", "houses_damaged")


def heading(n: int, with_incidents: bool) -> str:
    return f"({n}) {TITLE if with_incidents else EVENTS_TITLE}"


def _ha(value: Any) -> str:
    text = f"{Decimal(value).quantize(Decimal('0.01')):,f}"
    return text.rstrip("0").rstrip(".")


def losses(g: dict[str, Any]) -> list[str]:
    """The non-zero indicators as noun phrases, relocation apart (it is stated as what was
    done): "3,260 people affected", "1 death", "direct losses of CNY 120,000"."""
    out = []
    if g["affected"]:
        out.append(f"{plural(g['affected'], 'person', 'people')} affected")
    if g["deaths"]:
        out.append(plural(g["deaths"], "death"))
    if g["missing"]:
        out.append(f"{g['missing']:,} missing")
    if g["injured"]:
        out.append(f"{g['injured']:,} injured")
    if g["need_relief"]:
        out.append(f"{plural(g['need_relief'], 'person', 'people')} needing emergency relief")
    if g["crops_affected_ha"]:
        crops = f"{_ha(g['crops_affected_ha'])} ha of crops affected"
        if g["crops_failed_ha"]:
            crops += f" ({_ha(g['crops_failed_ha'])} ha lost)"
        out.append(crops)
    houses = [
        f"{g[key]:,} {word}"
        for key, word in (
            ("houses_collapsed", "collapsed"),
            ("houses_severe", "severely damaged"),
            ("houses_damaged", "slightly damaged"),
        )
        if g[key]
    ]
    if houses:
        out.append(join_en(houses) + (" room" if sum(g[k] for k in HOUSE_KEYS) == 1 else " rooms"))
    if g["direct_loss"]:
        out.append(f"direct losses of {money_en(Decimal(g['direct_loss']) * 10000)}")
    return out


def _place(x: IncidentLine) -> str:
    where = x.location or x.villages
    return f" ({where})" if where and where not in x.title else ""


def named(x: IncidentLine, full: bool) -> str:
    s = f"On {month_day_en(x.started_at)}, “{inner_quotes(x.title)}”{_place(x)} occurred"
    g = x.figures
    done = []
    if x.response_level and x.response_level != "none":
        level = label("incidents", "response_level", x.response_level)
        done.append(f"a {level} emergency response was started")
    if g["relocated"]:
        done.append(f"{plural(g['relocated'], 'person', 'people')} were relocated")
    if done:
        s += "; " + " and ".join(done)
    s += "."
    hurt = losses(g)
    if not full:
        hurt = [h for h in hurt if any(k in h for k in ("death", "missing", "injured", "losses"))]
    if hurt:
        s += " Losses: " + "; ".join(hurt) + "."
    return s


def _main(g: IncidentFigures) -> list[IncidentLine]:
    if g.count <= NAMED:
        return g.incidents
    top = sorted(g.incidents, key=lambda x: x.weight, reverse=True)[:NAMED]
    return [x for x in g.incidents if x in top]


def _during(f: SummaryFigures) -> str:
    return f"From 1 January to {full_date_en(f.as_of)}" if f.partial else "During the year"


def _overview(f: SummaryFigures) -> str:
    g = f.incidents
    s = f"{_during(f)}, {plural(g.count, 'emergency', 'emergencies')} occurred"
    s += versus(g.count, f.incidents_prev.count if f.incidents_prev else None)
    cats = in_schema_order(g.by("category"), "incidents", "category")
    if len(cats) > 1:
        s += ": " + join_en([plural(n, *CATEGORY_WORDS[k]) for k, n in cats.items()])
    elif cats:
        one, many = CATEGORY_WORDS[next(iter(cats))]
        article = "an" if one[0] in "aeiou" else "a"
        s += f", {'all ' + (many or one + 's') if g.count > 1 else article + ' ' + one}"
    levels = in_schema_order(g.by("level"), "incidents", "level")
    if len(levels) > 1:
        s += "; by level: " + join_en(
            [f"{num(n)} {low('incidents', 'level', k)}" for k, n in reversed(levels.items())]
        )
    elif levels:
        every = "" if g.count == 1 else ("both " if g.count == 2 else "all ")
        s += f", {every}of {low('incidents', 'level', next(iter(levels)))} level"
    return s + "."


def _totals(f: SummaryFigures) -> str:
    g = f.incidents
    out = []
    for natural, who in ((True, "Natural disasters"), (False, "Accidents and other emergencies")):
        group = g.group(natural)
        if len(group) < 2:
            continue
        figures = g.natural if natural else g.other
        parts = []
        if figures["relocated"]:
            parts.append(f"{plural(figures['relocated'], 'person', 'people')} relocated")
        parts += losses(figures)
        if parts:
            out.append(f"{who} in total: " + "; ".join(parts) + ".")
    return " ".join(out)


def _dead_missing(f: SummaryFigures) -> str:
    if not f.incidents.register_used or f.incidents.disaster_dead_missing:
        return ""
    when = "during the year" if not f.partial else f"up to {full_date_en(f.as_of)}"
    return f"No one died or went missing in a natural disaster {when}."


def _reports(f: SummaryFigures) -> str:
    g = f.incidents
    late = [
        f"{plural(g.not_in_time[k], REPORT_WORDS[k] + ' report')}"
        for k in ("initial", "follow_up", "verified")
        if g.not_in_time.get(k)
    ]
    if not g.reports_sent:
        return "No report on these emergencies has been sent up yet." if late else ""
    s = f"The office sent up {plural(g.reports_sent, 'incident report')}"
    kinds = [
        f"{num(g.reports[k])} {REPORT_WORDS[k]}"
        for k in ("initial", "follow_up", "verified")
        if g.reports.get(k)
    ]
    if len(kinds) > 1:
        s += " (" + join_en(kinds) + ")"
    if not late:
        return s + (", none of them late or missed." if g.reports_sent > 1 else ", in time.")
    total_late = sum(g.not_in_time.values())
    return (
        s
        + f"; {join_en(late)} {'was' if total_late == 1 else 'were'} not sent within the time limit."
    )


def incidents(f: SummaryFigures) -> list[Para]:
    g = f.incidents
    shown = _main(g)
    lines = [named(x, full=len(g.group(x.category == "natural_disaster")) == 1) for x in shown]
    first = _overview(f)
    if len(shown) < g.count:
        first += " The most serious were these."
    first = " ".join([first, *lines, _dead_missing(f)]).strip()
    second = " ".join(x for x in (_totals(f), _reports(f)) if x)
    return [Para(first)] + ([Para(second)] if second else [])


def _event(e: DutyEvent) -> str:
    s = f"on {month_day_en(e.received_at)}"
    if e.location:
        s += f" at {e.location}"
    s += f", “{inner_quotes(e.summary.rstrip('。；;.'))}”"
    action = e.action_taken.rstrip("。；;.")
    return s + (f" — {action}" if action else "")


def events(f: SummaryFigures) -> list[Para]:
    s = ""
    if f.events:
        s = f"{_during(f)}, the main emergencies handled were: "
        s += "; ".join(_event(e) for e in f.events) + "."
    dead = _dead_missing(f)
    s = " ".join(x for x in (s, dead) if x)
    return [Para(s)] if s else []


def moved_before_storms(f: SummaryFigures) -> str:
    """ "; call-backs report 57 people moved out of danger before the storms" — where the
    warnings' call-backs say people were moved (with the figure when they give one)."""
    m = f.moved
    if not m.warnings:
        return ""
    if m.people:
        return (
            f"; call-backs on {plural(m.warnings, 'warning')} report "
            f"{plural(m.people, 'person', 'people')} moved out of danger before the weather struck"
        )
    return f"; call-backs on {plural(m.warnings, 'warning')} report people moved out of danger"
