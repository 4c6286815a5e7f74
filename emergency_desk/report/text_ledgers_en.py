"""The English paragraphs on the office's other ledgers: teams, information officers,
refuge places, risk points, and warnings passed on by call-backs — with last year's
figure where there is one."""

from __future__ import annotations

from . import text_incidents_en
from .figures import SummaryFigures, in_schema_order
from .model import Para
from .numbers import full_date_en, join_en, pct
from .text_en_words import change as _change
from .text_en_words import low, num, words
from .text_en_words import versus as _versus


def _there(count: int) -> str:
    """A sentence never opens with a numeral: "There were 17 …" / "There was one …"."""
    return "There was" if count == 1 else "There were"


def _at_end(f: SummaryFigures) -> str:
    return f"As of {full_date_en(f.as_of)}" if f.partial else f"At the end of {f.year}"


def ledgers(f: SummaryFigures) -> list[Para]:
    g, prev = f.ledgers, f.ledgers_prev
    out: list[Para] = []
    if g.teams:
        s = f"{_at_end(f)}, the area had {words(g.teams, 'emergency rescue team')}"
        s += _versus(g.teams, prev.teams if prev else None)  # said of the teams, not members
        if g.team_members:
            s += f" with {words(g.team_members, 'member')}"
        kinds = in_schema_order(g.teams_by_kind, "teams", "kind")
        if len(kinds) > 1:
            s += ": " + join_en([f"{low('teams', 'kind', k)} ({num(n)})" for k, n in kinds.items()])
        if g.teams_trained:
            s += f"; {words(g.teams_trained, 'team')} trained during the year"
        out.append(Para(s + "."))
    if g.officers:
        s = (
            f"{_there(g.officers)} {words(g.officers, 'active disaster information officer')}"
            + _versus(g.officers, prev.officers if prev else None)
            + f", covering {words(g.officer_villages, 'village')}"
        )
        if g.officers_trained:
            was = "was" if g.officers_trained == 1 else "were"
            s += f"; {num(g.officers_trained)} of them {was} trained during the year"
        out.append(Para(s[0].upper() + s[1:] + "."))
    if g.shelters:
        s = (
            f"{_there(g.shelters)} {words(g.shelters, 'emergency shelter')}"
            + _versus(g.shelters, prev.shelters if prev else None)
            + f", with room for {words(g.shelter_capacity, 'person', 'people')}"
        )
        if g.shelters_inspected:
            s += f"; {num(g.shelters_inspected)} {'was' if g.shelters_inspected == 1 else 'were'}"
            s += " inspected during the year"
        out.append(Para(s[0].upper() + s[1:] + "."))
    if g.risk_points:
        s = f"{_there(g.risk_points)} {words(g.risk_points, 'risk point')}"
        s += " under community monitoring"
        protected = []
        if g.households:
            protected.append(words(g.households, "household"))
        if g.persons:
            protected.append(words(g.persons, "person", "people"))
        if protected:
            s += ", protecting " + " and ".join(protected)
        s += _versus(g.risk_points, prev.risk_points if prev else None)
        if g.cards_issued:
            s += (
                f"; the two cards were handed out at {words(g.cards_issued, 'point')} "
                "during the year"
            )
        s += text_incidents_en.moved_before_storms(f)
        out.append(Para(s[0].upper() + s[1:] + "."))
    if g.warnings:
        s = f"The office received {words(g.warnings, 'warning')}"
        colors = in_schema_order(g.warnings_by_color, "warnings", "color")
        inner = [join_en([f"{num(n)} {low('warnings', 'color', k)}" for k, n in colors.items()])]
        inner = inner if len(colors) > 1 else []
        change = _change(g.warnings, prev.warnings if prev else None)
        if inner or change:  # one bracket: the colours, then the comparison
            s += " (" + "; ".join([*inner, *([change] if change else [])]) + ")"
        if g.warnings_relayed == g.warnings:  # said only of what the register shows
            s += " and relayed them to the villages and units"
        elif g.warnings_relayed:
            verb = "was" if g.warnings_relayed == 1 else "were"
            s += f", {num(g.warnings_relayed)} of which {verb} relayed to the villages and units"
        if g.callbacks:
            if g.warnings_called and g.warnings_called == g.warnings_high:
                s += "; orange and red warnings were called back to "
            elif g.warnings_called:
                s += f"; {num(g.warnings_called)} of the {num(g.warnings_high)} orange and red "
                s += f"warnings {'was' if g.warnings_called == 1 else 'were'} called back, to "
            else:
                s += "; call-backs reached "
            s += words(g.callbacks, "person", "people")
            if g.callbacks_answered == g.callbacks:
                s += ", all of whom answered"
            else:
                rate = pct(100 * g.callbacks_answered / g.callbacks)
                s += f", {num(g.callbacks_answered)} of whom answered ({rate})"
        out.append(Para(s + "."))
    return out
