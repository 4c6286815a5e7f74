"""English sentences on what the drill and publicity registers hold beyond counts (see
text_zh_details): drill scope, scenarios, ratings and problems found; places and partners.

Each function returns "" (or a sentence with its leading space) so an empty field says nothing.
"""

from __future__ import annotations

from .drill_scenarios import SHOWN, scenario_counts, scenario_label
from .figures import SummaryFigures, in_schema_order
from .numbers import join_en
from .text_en_words import be, num, words

PLACES_SHOWN = 3
RATING_WORDS = {"good": "good", "pass": "pass", "needs_improvement": "needing improvement"}
SCOPE_WORDS = {"comprehensive": "comprehensive", "single": "single-subject"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def drill_kinds(f: SummaryFigures) -> str:
    """ " Three were comprehensive and 12 single-subject drills. They covered …" """
    d = f.drills
    s = ""
    by_scope = {k: d.by_scope[k] for k in SCOPE_WORDS if d.by_scope.get(k)}
    if d.total == 1 and by_scope:
        s += f" It was a {SCOPE_WORDS[next(iter(by_scope))]} drill."
    elif len(by_scope) == 1 and next(iter(by_scope.values())) == d.total:
        s += f" All were {SCOPE_WORDS[next(iter(by_scope))]} drills."
    elif by_scope:
        (k0, n0), *rest = by_scope.items()
        first = f"{_cap(num(n0))} {be(n0, 'was', 'were')} {SCOPE_WORDS[k0]}"
        s += " " + join_en([first, *(f"{num(n)} {SCOPE_WORDS[k]}" for k, n in rest)]) + "."
    kinds = scenario_counts(f.drill_details.scenarios)
    names = [scenario_label(k, "en") for k in list(kinds)[:SHOWN]]
    if names:
        they = "They" if d.total > 1 else "It"
        if len(kinds) > SHOWN:
            s += f" {they} rehearsed scenarios such as {join_en(names)}."
        else:
            s += f" {they} rehearsed {join_en(names)}."
    return s


def drill_ratings(f: SummaryFigures) -> str:
    """ " On evaluation, five were rated good, four pass and one needs improvement; the drills
    brought to light 18 problems." """
    d, x = f.drills, f.drill_details
    rated = sum(x.by_rating.values())
    s = ""
    if rated:
        ratings = in_schema_order(x.by_rating, "drills", "rating")
        head = (
            " On evaluation, "
            if rated == d.total
            else f" Of the {words(rated, 'drill')} evaluated, "
        )
        if len(ratings) > 1:
            (k0, n0), *rest = ratings.items()
            first = f"{num(n0)} {be(n0, 'was', 'were')} rated {RATING_WORDS[k0]}"
            s += head + join_en([first, *(f"{num(n)} {RATING_WORDS[k]}" for k, n in rest)])
            s += "."
        else:
            word = RATING_WORDS[next(iter(ratings))]
            if rated == 1 and d.total == 1:
                s += f" The drill was rated {word}."
            elif rated == 1:
                s += head + f"it was rated {word}."
            else:
                s += head + f"all were rated {word}."
    if x.problems:
        s += f" In all, {words(x.problems, 'problem')} came to light."
    return s


def activity_places(f: SummaryFigures) -> str:
    """ " Events were held mainly at A, B and C, organised together with D, E and F." """
    a = f.activity_places
    many = f.activities.total > 1
    bits = []
    if a.places:
        names = [p for p, _ in a.places[:PLACES_SHOWN]]
        mainly = "mainly " if len(a.places) > PLACES_SHOWN else ""
        bits.append(
            f"{'Events were' if many else 'The event was'} held {mainly}at {join_en(names)}"
        )
    if a.organizers:
        names = [o for o, _ in a.organizers[:PLACES_SHOWN]]
        more = " and others" if len(a.organizers) > PLACES_SHOWN else ""
        lead = (
            "organised together with"
            if bits
            else ("Events were" if many else "The event was") + " organised together with"
        )
        bits.append(f"{lead} {', '.join(names) if more else join_en(names)}{more}")
    return " " + ", ".join(bits) + "." if bits else ""
