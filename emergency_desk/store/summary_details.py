"""The summary's details the registers hold beyond counts: drill scope, scenarios, ratings
and problems found; where publicity events were held and who organised them.

Issue 16: an office's summary says what kinds of drill were held and how they were judged,
and where and with whom it reached the public; the registers already hold all of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .facade import Store
from .summary_sql import as_of_params, counts, known_by

# One problem per clause: offices list them separated by "；", one a line, or numbered.
_PROBLEM_SPLIT = re.compile(r"[；;。\n]+")
_NUMBERING = re.compile(r"^\s*(?:[（(]?\d+[)）.、．]|[一二三四五六七八九十]+[、.．])\s*")
# Several organisers in one cell: "镇应急管理办公室、新华社区居委会".
_NAME_SPLIT = re.compile(r"[、，,；;/]+")


def count_problems(text: str | None) -> int:
    """How many problems one drill's "发现问题" lists (clauses, numbered or not)."""
    if not text:
        return 0
    parts = (_NUMBERING.sub("", p).strip(" ，,、") for p in _PROBLEM_SPLIT.split(text))
    return sum(1 for p in parts if p)


@dataclass(frozen=True)
class DrillDetails:
    by_rating: dict[str, int] = field(default_factory=dict)  # rated drills only
    problems: int = 0  # problems listed in the year's drills' "发现问题"
    drills_with_problems: int = 0
    scenarios: tuple[str, ...] = ()  # title and scenario of each drill, for their kinds


@dataclass(frozen=True)
class ActivityPlaces:
    places: list[tuple[str, int]] = field(default_factory=list)  # most frequent first
    organizers: list[tuple[str, int]] = field(default_factory=list)


def drill_details(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> DrillDetails:
    """Ratings, problems found and scenarios of the drills held in the year up to ``as_of``."""
    p = as_of_params(year, as_of, doc_date)
    in_year = f"{known_by()} AND held_on BETWEEN :start AND :day"
    by_rating = counts(
        store,
        f"SELECT rating, count(*) FROM drills WHERE {in_year} AND coalesce(rating, '') != '' "
        "GROUP BY rating",
        p,
    )
    rows = store.db.execute(
        f"SELECT title, scenario, problems_found FROM drills WHERE {in_year} ORDER BY held_on, id",
        p,
    ).fetchall()
    found = [count_problems(r[2]) for r in rows]
    return DrillDetails(
        by_rating,
        sum(found),
        sum(1 for n in found if n),
        tuple(f"{r[0] or ''}\n{r[1] or ''}" for r in rows),
    )


def _ranked(names: list[str]) -> list[tuple[str, int]]:
    """Most frequent first; a tie goes to the one met first in the year."""
    c = Counter(names)
    first = {n: i for i, n in reversed(list(enumerate(names)))}
    return sorted(c.items(), key=lambda kv: (-kv[1], first[kv[0]]))


def activity_places(
    store: Store,
    year: int,
    as_of: dt.date,
    doc_date: dt.date | None = None,
    office: str = "",
) -> ActivityPlaces:
    """Where the year's events were held and the bodies that organised them with the office
    (the office itself is not its own partner)."""
    p = as_of_params(year, as_of, doc_date)
    rows = store.db.execute(
        "SELECT location, organizer FROM activities "
        f"WHERE {known_by()} AND held_on BETWEEN :start AND :day ORDER BY held_on, id",
        p,
    ).fetchall()
    places = [r[0].strip() for r in rows if r[0] and r[0].strip()]
    organizers: list[str] = []
    for r in rows:
        for name in _NAME_SPLIT.split(r[1] or ""):
            name = name.strip()
            if name and not is_office(name, office):
                organizers.append(name)
    return ActivityPlaces(_ranked(places), _ranked(organizers))


def is_office(name: str, office: str) -> bool:
    """ "镇应急管理办公室" and "青石镇应急管理办公室" are the office writing the summary."""
    office = office.strip()
    if not office:
        return False
    return name == office or (len(name) > 2 and office.endswith(name)) or name.endswith(office)
