"""The English summary: the same spine and figures as the Chinese, in plain report English.

Zero parts of a list are left out and a register with nothing that year gets one plain
sentence, as in the Chinese text.
"""

from __future__ import annotations

from . import text_en_outlook as _outlook
from . import text_en_problems as _problems
from .figures import SummaryFigures, in_schema_order, largest_first
from .model import Para
from .numbers import (
    count_start,
    full_date_en,
    inner_quotes,
    join_en,
    money_en,
    month_day_en,
    pct,
    plural,
)
from .text_en_words import (
    AREAS,
    be,
    low,
    n,
    quoted_names,
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
        return [Para("No emergency plan in force was recorded, and no plan was issued or revised.")]
    out = []
    if p.in_force_total:
        in_force = in_schema_order(p.in_force, "plans", "level")
        levels = [plural(c, PLAN_WORDS[k]) for k, c in in_force.items()]
        s = f"{_at_end(f)}, {plural(p.in_force_total, 'emergency plan')} "
        s += "was in force" if p.in_force_total == 1 else "were in force"
        if len(levels) > 1:
            s += ": " + join_en(levels)
        out.append(s + ".")
    else:
        out.append(f"{_at_end(f)} no emergency plan was in force.")
    done = []
    if p.issued:
        done.append(
            f"{plural(p.issued, 'plan')} {'was' if p.issued == 1 else 'were'} issued "
            f"({quoted_names(p.issued_titles[:3], p.issued)})"
        )
    if p.revised:
        done.append(
            f"{n(p.revised)} {'was' if p.revised == 1 else 'were'} revised "
            f"({quoted_names(p.revised_titles[:3], p.revised)})"
        )
    if done:
        out.append(f"{_during(f)}{',' if f.partial else ''} " + " and ".join(done) + ".")
    if p.due:
        verb = "has" if len(p.due) == 1 else "have"
        out.append(
            f"Plans are to be evaluated and revised at least every "
            f"{plural(f.settings.review_years, 'year')}; "
            f"{plural(len(p.due), 'plan')} ({quoted_names([d.title for d in p.due[:3]], len(p.due))}) "
            f"{verb} reached the review date and must be evaluated and revised."
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
        s = f"We held {plural(d.total, 'emergency drill')}"
        forms = [
            f"{c} {low('drills', 'form', k)}"
            for k, c in largest_first(d.by_form, "drills", "form").items()
        ]
        if len(forms) > 1:
            s += " (" + join_en(forms) + ")"
        elif forms:
            s += f", all {low('drills', 'form', next(iter(d.by_form)))}"
    extra = []
    if d.participants:
        extra.append(plural(d.participants, "participant"))
    if d.vehicles:
        extra.append(plural(d.vehicles, "vehicle") + " deployed")
    if extra:
        s += ", with " + " and ".join(extra)
    s += "."
    if d.largest and d.total > 1:
        named = []
        for x in d.largest:
            bits = plural(x.participants, "participant")
            if x.vehicles:
                bits += ", " + plural(x.vehicles, "vehicle")
            named.append(f"“{inner_quotes(x.title)}” on {month_day_en(x.held_on)} ({bits})")
        s += (" The largest were " if len(named) > 1 else " The largest was ") + "; ".join(named)
        s += "."
    if d.actions:
        s += f" The drills led to {plural(d.actions, 'corrective action')}"
        if d.actions_done == d.actions:
            s += ", all of them completed."
        elif d.actions_done:
            s += f", of which {n(d.actions_done)} {be(d.actions_done, 'has', 'have')} been completed."
        else:
            s += ", which are being carried out."
    s += " The drills tested how workable the plans are and improved coordinated response."
    return [Para(s)]


def hazards(f: SummaryFigures) -> list[Para]:
    h = f.hazards
    if not h.found:
        return [Para("No new hazard was recorded this year.")]
    cats_sorted = largest_first(h.by_category, "hazards", "category")
    top = [AREAS.get(k, low("hazards", "category", k)) for k in list(cats_sorted)[:3]]
    s = f"Focusing on key areas such as {join_en(top)}, we identified {plural(h.found, 'hazard')}"
    grades = [f"{h.by_grade[g]} {g}" for g in ("major", "general") if h.by_grade.get(g)]
    if len(grades) > 1:
        s += " (" + join_en(grades) + ")"
    elif grades:
        s += f", all {next(iter(h.by_grade))}"
    if h.rectified:
        s += f"; {n(h.rectified)} {be(h.rectified, 'has', 'have')} been rectified, "
        s += f"a rectification rate of {pct(h.rate)}."
    else:
        s += "; none has been rectified yet."
    if len(h.by_category) > 1:
        cats = [f"{AREAS.get(k, k)} {c}" for k, c in cats_sorted.items()]
        s += " By category: " + ", ".join(cats) + "."
    if h.funds:
        s += f" {money_en(h.funds)} was spent on rectification."
    if h.open:
        pending = h.open - len(h.overdue)
        bits = []
        if pending:
            bits.append(f"{n(pending)} on schedule")
        if h.overdue:
            bits.append(f"{n(len(h.overdue))} past the deadline")
        if pending and h.overdue:
            s += (
                f" Of the {plural(h.open, 'hazard')} not yet rectified, " + " and ".join(bits) + "."
            )
        elif h.overdue:
            k = len(h.overdue)
            s += f" {count_start(k, 'hazard')} {be(k)} past the deadline and not yet rectified."
        else:
            s += f" The remaining {plural(pending, 'hazard')} {be(pending)} being rectified on schedule."
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
        return [Para("No publicity, education or training event was recorded this year.")]
    s = ""
    if a.themed_days:
        s += f"Around themed days such as {quoted_names([t for _, t in a.themed_days[:3]], len(a.themed_days))}, "
    s += (
        "we" if s else "We"
    ) + f" held {plural(a.total, 'publicity, education or training event')}"
    if a.participants:
        s += f" with {plural(a.participants, 'participant')}"
    kinds = [
        plural(c, *ACTIVITY_WORDS[k])
        for k, c in in_schema_order(a.by_kind, "activities", "kind").items()
    ]
    if len(kinds) > 1:
        s += ": " + join_en(kinds)
    s += "."
    trained = a.participants_by_kind.get("training", 0)
    if trained:
        s += f" Training courses reached {plural(trained, 'participant')}."
    handed = []
    if a.leaflets:
        handed.append(plural(a.leaflets, "leaflet"))
    if a.manuals:
        handed.append(plural(a.manuals, "emergency manual"))
    given = []
    if handed:
        given.append("distributed " + " and ".join(handed))
    if a.banners:
        given.append(f"put up {plural(a.banners, 'banner')}")
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
        return [Para("No material reserve has been recorded yet.")]
    s = f"There are {plural(m.points, 'reserve point')}"
    kinds = [
        plural(c, *POINT_WORDS[k])
        for k, c in in_schema_order(m.points_by_kind, "reserve_points", "kind").items()
    ]
    if len(kinds) > 1:
        s += " (" + join_en(kinds) + ")"
    if m.items:
        s += f" holding {plural(m.items, 'kind')} of emergency material in {plural(m.categories, 'category', 'categories')}"
    s += "."
    if m.key_stocks:
        stocks = [f"{x.name} ({n(x.quantity)} {x.unit})" for x in m.key_stocks[:6]]
        s += " Key stocks include " + join_en(stocks) + "."
    moves = []
    if m.purchases:
        moves.append(f"{plural(m.purchases, 'stock receipt')} (purchases or donations)")
    if m.issues:
        moves.append(f"{plural(m.issues, 'issue')} to users")
    if moves:
        s += (
            " The stock ledger records "
            + " and ".join(moves)
            + f" {_during(f)[0].lower()}{_during(f)[1:]}."
        )
    alerts = []
    if m.short_count:
        alerts.append(f"{plural(m.short_count, 'item')} below minimum stock")
    if m.expired_count:
        alerts.append(f"{plural(m.expired_count, 'item')} past expiry")
    if m.expiring_count:
        alerts.append(
            f"{plural(m.expiring_count, 'item')} expiring within {f.settings.material_expiring_days} days"
        )
    if alerts:
        s += " The latest count shows " + join_en(alerts) + ", to be replenished or replaced."
    return [Para(s)]


def duty(f: SummaryFigures) -> list[Para]:
    d = f.duty
    if not d.entries and not d.days_rostered:
        return [Para("No duty roster or duty-line entry was recorded this year.")]
    out = []
    if d.days_rostered:
        s = "The 24-hour duty system with a leader on duty was maintained"
        if d.days_expected and d.days_rostered >= d.days_expected:
            s += f": all {n(d.days_rostered)} days were rostered"
        else:
            s += f": duty was rostered on {plural(d.days_rostered, 'day')}"
        if d.handovers:
            s += f" and {plural(d.handovers, 'shift handover')} recorded"
        out.append(s + ".")
    if d.entries:
        s = f"The duty line received {plural(d.entries, 'report')}"
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
                f"{d.by_level[k]} {low('duty_log', 'level', k)}" for k in order if d.by_level.get(k)
            ]
            s += " By level: " + join_en(levels) + "."
        if d.leveled:
            if d.on_time == d.leveled:
                s += (
                    f" All {plural(d.leveled, 'graded incident')} were reported upward within "
                    "the time limit, an on-time rate of 100%."
                    if d.leveled > 1
                    else " The one graded incident was reported upward within the time limit (100% on time)."
                )
            elif not d.on_time:
                s += (
                    f" None of the {plural(d.leveled, 'graded incident')} was reported upward "
                    "within the time limit."
                )
            else:
                s += (
                    f" Of {plural(d.leveled, 'graded incident')}, {n(d.on_time)} were reported "
                    f"upward within the time limit, an on-time rate of {pct(d.on_time_rate)}."
                )
        out.append(s)
    else:
        out.append("No incident requiring a response was reported on the duty line.")
    return [Para(" ".join(out))]
