"""The English summary: the same spine and figures as the Chinese, in plain report English.

Zero parts of a list are left out and a register with nothing that year gets one plain
sentence, as in the Chinese text.
"""

from __future__ import annotations

from . import text_en_details as _details
from . import text_en_outlook as _outlook
from . import text_en_problems as _problems
from .figures import SummaryFigures, in_schema_order, largest_first, main_and_rest
from .model import Para
from .numbers import (
    count_start,
    full_date_en,
    inner_quotes,
    join_en,
    money_en,
    month_day_en,
    pct,
)
from .occasions import occasions
from .text_en_words import (
    AREAS,
    be,
    low,
    n,
    num,
    quoted_names,
    unit_en,
    words,
)
from .text_ledgers_en import ledgers as ledgers

# -- problems, next year's plan, appendix titles (text_en_outlook.py) ----------------------
# summary.py and user_texts.py read every part as text_en.<name>.

problem = _problems.problem
plan_item = _outlook.plan_item
NO_PROBLEMS = _problems.NO_PROBLEMS
APPENDIX_TITLES = _outlook.APPENDIX_TITLES
SERIAL = _outlook.SERIAL


# -- headings ------------------------------------------------------------------------------


def title(f: SummaryFigures) -> str:
    office = f"{f.office_en}: " if f.office_en else ""
    return f"{office}Emergency Management Work Summary for {f.year}"


def section_headings(f: SummaryFigures) -> tuple[str, str, str]:
    return (
        f"1. Work carried out in {f.year}",
        "2. Existing problems",
        f"3. Work plan for {f.year + 1}",
    )


SUBSECTION_TITLES = {
    "plans": "Emergency plans",
    "drills": "Emergency drills",
    "hazards": "Hazard identification and rectification",
    "activities": "Publicity, education and training",
    "materials": "Emergency material reserves",
    "ledgers": "Rescue forces, refuge places and warnings",
    "duty": "Duty and information reporting",
    "duty_alone": "Duty",
}


def subsection_heading(i: int, key: str) -> str:
    return f"({i}) {SUBSECTION_TITLES[key]}"


def item_marker(i: int) -> str:
    return f"({i}) "


def date_text(f: SummaryFigures) -> str:
    return full_date_en(f.today)


ATTACHMENTS_LABEL = "Appendices:"


def office_signature(f: SummaryFigures) -> str:
    return f.office_en or f.office_zh


# -- opening -------------------------------------------------------------------------------


def default_opening(f: SummaryFigures) -> str:
    who = f"the {f.office_en}" if f.office_en else "our office"
    return (
        f"In {f.year}, under the leadership of the higher-level Party committee, government "
        f"and emergency management authorities, {who} put people and their lives first, "
        "balanced development with safety, and worked steadily on emergency plans, drills, "
        "hazard identification and rectification, publicity and training, material reserves, "
        "and duty and information reporting. The year's work is summarised as follows."
    )


def _at_end(f: SummaryFigures) -> str:
    """ "At the end of 2025", or "As of 6 December 2026" in a partial year."""
    return f"As of {full_date_en(f.as_of)}" if f.partial else f"At the end of {f.year}"


def _during(f: SummaryFigures) -> str:
    """ "During the year", or "From January to November" in a partial year."""
    if not f.partial:
        return "During the year"
    return f"From 1 January to {full_date_en(f.as_of)}"


# -- the year's work -----------------------------------------------------------------------

PLAN_WORDS = {
    "overall": "overall plan",
    "special": "special plan",
    "department": "department plan",
    "grassroots": "grassroots plan",
    "enterprise": "enterprise plan",
    "event": "major-event plan",
}


def plans(f: SummaryFigures) -> list[Para]:
    p = f.plans
    if not p.in_force_total and not p.issued and not p.revised:
        return [
            Para("No emergency plan is in force yet, and no plan was issued or revised this year.")
        ]
    out = []
    if p.in_force_total:
        in_force = in_schema_order(p.in_force, "plans", "level")
        levels = [words(c, PLAN_WORDS[k]) for k, c in in_force.items()]
        s = f"{_at_end(f)}, {words(p.in_force_total, 'emergency plan')} "
        s += "was in force" if p.in_force_total == 1 else "were in force"
        if len(levels) > 1:
            s += ": " + join_en(levels)
        out.append(s + ".")
    else:
        out.append(f"{_at_end(f)} no emergency plan was in force.")
    done = []
    if p.issued:
        done.append(
            f"{words(p.issued, 'plan')} {'was' if p.issued == 1 else 'were'} issued "
            f"({quoted_names(p.issued_titles[:3], p.issued)})"
        )
    if p.revised:
        done.append(
            f"{num(p.revised)} {'was' if p.revised == 1 else 'were'} revised "
            f"({quoted_names(p.revised_titles[:3], p.revised)})"
        )
    if done:
        out.append(f"{_during(f)}{',' if f.partial else ''} " + " and ".join(done) + ".")
    if p.due:  # which ones is said once, under the problems
        k = len(p.due)
        out.append(
            f"Plans are to be reviewed at least every {words(f.settings.review_years, 'year')}; "
            f"{words(k, 'plan')} {be(k, 'has', 'have')} reached the review date."
        )
    return [Para(" ".join(x for x in out if x))]


def drills(f: SummaryFigures) -> list[Para]:
    d = f.drills
    if not d.total:
        return [Para("No emergency drill was held this year.")]
    if d.total == 1 and d.largest:
        x = d.largest[0]
        s = f"One {low('drills', 'form', x.form)} drill was held: “{inner_quotes(x.title)}” on {month_day_en(x.held_on)}"
    else:
        s = f"We held {words(d.total, 'emergency drill')}"
        forms = [
            f"{num(c)} {low('drills', 'form', k)}"
            for k, c in largest_first(d.by_form, "drills", "form").items()
        ]
        if len(forms) > 1:
            s += " (" + join_en(forms) + ")"
        elif forms:
            s += f", all {low('drills', 'form', next(iter(d.by_form)))}"
    extra = []
    if d.participants:
        extra.append(words(d.participants, "participant"))
    if d.vehicles:
        extra.append(words(d.vehicles, "vehicle") + " deployed")
    if extra:
        s += ", with " + " and ".join(extra)
    s += "." + _details.drill_kinds(f)
    if d.largest and d.total > 1:
        named = []
        for x in d.largest:
            bits = words(x.participants, "participant")
            if x.vehicles:
                bits += ", " + words(x.vehicles, "vehicle")
            named.append(f"“{inner_quotes(x.title)}” on {month_day_en(x.held_on)} ({bits})")
        s += (" The largest were " if len(named) > 1 else " The largest was ") + "; ".join(named)
        s += "."
    s += _details.drill_ratings(f)
    if d.actions:
        s += (
            f" The drill{'s' if d.total > 1 else ''} led to {words(d.actions, 'corrective action')}"
        )
        if d.actions_done == d.actions:
            s += ", all of them completed." if d.actions > 1 else ", which has been completed."
        elif d.actions_done:
            s += f", of which {num(d.actions_done)} {be(d.actions_done, 'has', 'have')} been completed."
        else:
            s += (
                ", which are being carried out."
                if d.actions > 1
                else ", which is being carried out."
            )
    s += (
        " The drills tested how workable the plans are and improved coordinated response."
        if d.total > 1
        else " The drill tested how workable the plan is and improved coordinated response."
    )
    return [Para(s)]


def hazards(f: SummaryFigures) -> list[Para]:
    h = f.hazards
    if not h.found:
        return [Para("No new hazard was found this year.")]
    s = f"We identified {words(h.found, 'hazard')}"
    grades = [f"{num(h.by_grade[g])} {g}" for g in ("major", "general") if h.by_grade.get(g)]
    if len(grades) > 1:
        s += " (" + join_en(grades) + ")"
    elif grades:
        grade = next(iter(h.by_grade))
        if h.found == 1:  # "one general hazard", never "one hazard, all general"
            s = s.replace("one hazard", f"one {grade} hazard")
        else:
            s += f", all {grade}"
    if h.rectified:
        s += f"; {num(h.rectified)} {be(h.rectified, 'has', 'have')} been rectified, "
        s += f"a rectification rate of {pct(h.rate)}."
    else:
        s += "; none has been rectified yet." if h.found > 1 else "; it has not been rectified yet."
    if len(h.by_category) > 1:
        main, rest = main_and_rest(h.by_category, "hazards", "category")
        cats = [f"{AREAS.get(k, k)} {c}" for k, c in main.items()]
        if rest:
            cats.append(f"other areas {rest}")
        s += " By category: " + ", ".join(cats) + "."
    if h.funds:
        s += f" {money_en(h.funds)} was spent on rectification."
    if h.open:
        pending = h.open - len(h.overdue)
        bits = []
        if pending:
            bits.append(f"{num(pending)} {be(pending)} on schedule")
        if h.overdue:
            bits.append(f"{num(len(h.overdue))} {be(len(h.overdue))} past the deadline")
        if pending and h.overdue:
            s += f" Of the {words(h.open, 'hazard')} not yet rectified, " + " and ".join(bits) + "."
        elif h.overdue:
            k = len(h.overdue)
            s += f" {count_start(k, 'hazard')} {be(k)} past the deadline and not yet rectified."
        else:
            s += (
                f" The remaining {words(pending, 'hazard')} {be(pending)} being rectified on schedule."
                if h.rectified
                else f" {'It is' if pending == 1 else 'They are'} being rectified on schedule."
            )
    return [Para(s)]


ACTIVITY_WORDS = {
    "publicity": ("publicity event", None),
    "training": ("training course", None),
    "themed_day": ("themed-day event", None),
    "school": ("school event", None),
    "community": ("community event", None),
    "media": ("media campaign", None),
}


def activities(f: SummaryFigures) -> list[Para]:
    a = f.activities
    if not a.total:
        return [Para("No publicity, education or training event was held this year.")]
    s = ""
    named = occasions([t for _, t in a.themed_days], "en")
    if named:
        s += f"Around occasions such as {join_en(named[:4])}, "
    s += ("we" if s else "We") + f" held {words(a.total, 'publicity, education or training event')}"
    if a.participants:
        s += f" with {words(a.participants, 'participant')}"
    kinds = [
        words(c, *ACTIVITY_WORDS[k])
        for k, c in in_schema_order(a.by_kind, "activities", "kind").items()
    ]
    if len(kinds) > 1:
        s += ": " + join_en(kinds)
    s += "."
    trained = a.participants_by_kind.get("training", 0)
    if trained:
        s += f" Training courses reached {words(trained, 'participant')}."
    s += _details.activity_places(f)
    handed = []
    if a.leaflets:
        handed.append(words(a.leaflets, "leaflet"))
    if a.manuals:
        handed.append(words(a.manuals, "emergency manual"))
    given = []
    if handed:
        given.append("distributed " + " and ".join(handed))
    if a.banners:
        given.append(f"put up {words(a.banners, 'banner')}")
    if given:
        s += " We " + " and ".join(given)
        s += ", raising public awareness of disaster prevention and self-rescue."
    return [Para(s)]


POINT_WORDS = {
    "government": ("government depot", None),
    "agreement": ("agreement reserve", None),
    "unit": ("unit's own store", "units' own stores"),
}


def materials(f: SummaryFigures) -> list[Para]:
    m = f.materials
    if not m.points and not m.items:
        return [Para("No emergency material reserve point has been set up yet.")]
    s = f"There {be(m.points)} {words(m.points, 'reserve point')}"
    kinds = [
        words(c, *POINT_WORDS[k])
        for k, c in in_schema_order(m.points_by_kind, "reserve_points", "kind").items()
    ]
    if len(kinds) > 1:
        s += " (" + join_en(kinds) + ")"
    if m.items:
        s += f" holding {words(m.items, 'kind')} of emergency material in {words(m.categories, 'category', 'categories')}"
    s += "."
    if m.key_stocks:
        stocks = [f"{x.name} ({n(x.quantity)}{unit_en(x.unit)})" for x in m.key_stocks[:6]]
        s += " Key stocks include " + join_en(stocks) + "."
    moves = []
    if m.purchases:
        moves.append(
            f"received in {words(m.purchases, 'batch', 'batches')} (purchases or donations)"
        )
    if m.issues:
        moves.append(f"issued in {words(m.issues, 'batch', 'batches')}")
    if moves:
        s += f" {_during(f)}, stock was " + " and ".join(moves) + "."
    # Short, expired and expiring items are said once, under the problems.
    return [Para(s)]


def duty(f: SummaryFigures) -> list[Para]:
    d = f.duty
    if not d.entries and not d.days_rostered:
        return [Para("No incident requiring a response was reported on the duty line this year.")]
    out = []
    if d.days_rostered:
        s = "The 24-hour duty system with a leader on duty was maintained"
        if d.days_expected and d.days_rostered >= d.days_expected:
            s += f": all {n(d.days_rostered)} days were rostered"
        else:
            s += f": duty was rostered on {words(d.days_rostered, 'day')}"
        if d.handovers:
            s += f", with {words(d.handovers, 'shift handover')}"
        out.append(s + ".")
    if d.entries:
        s = f"The duty line received {words(d.entries, 'report')}"
        types = [
            f"{low('duty_log', 'type', k)} {c}"
            for k, c in largest_first(d.by_type, "duty_log", "type").items()
        ]
        if len(types) > 1:
            s += " (" + ", ".join(types[:6]) + (", and others" if len(types) > 6 else "") + ")"
        s += "."
        if d.by_level:
            order = ("especially_major", "major", "larger", "general")
            levels = [
                f"{num(d.by_level[k])} {low('duty_log', 'level', k)}"
                for k in order
                if d.by_level.get(k)
            ]
            s += " By level: " + join_en(levels) + "."
        if d.leveled:
            if d.on_time == d.leveled:
                s += (
                    f" All {words(d.leveled, 'graded incident')} were reported upward within "
                    "the time limit, an on-time rate of 100%."
                    if d.leveled > 1
                    else " The one graded incident was reported upward within the time limit (100% on time)."
                )
            elif not d.on_time:
                s += (
                    f" None of the {words(d.leveled, 'graded incident')} was reported upward "
                    "within the time limit."
                    if d.leveled > 1
                    else " The one graded incident was not reported upward within the time limit."
                )
            else:
                s += (
                    f" Of {words(d.leveled, 'graded incident')}, {num(d.on_time)} {be(d.on_time, 'was', 'were')} reported "
                    f"upward within the time limit, an on-time rate of {pct(d.on_time_rate)}."
                )
        out.append(s)
    else:
        out.append("No incident requiring a response was reported on the duty line.")
    return [Para(" ".join(out))]
