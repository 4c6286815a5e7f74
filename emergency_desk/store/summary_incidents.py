"""The summary's figures for emergencies and information reporting (突发事件应对和信息报送):
the year's incidents by category and level, each with the figures of its latest report
as of the summary's date, the reports sent up, and which of them missed their limit.

As everywhere in the summary, the figures are as of a date: an incident that started
after it does not exist yet, a report sent after it was not sent yet, and an incident
that ended after it was still going on. The time limits are the rules' (1 hour for the
initial report, a follow-up every 24 hours while the incident goes on, the verified
report within 5 days of the end — each a setting); a report that is still missing once
its limit has passed counts as not sent in time, the same as a late one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import search_index
from .facade import Store
from .summary_sql import as_of_params, dicts, known_by

FIGURES = (
    "affected", "deaths", "missing", "injured", "relocated", "need_relief",
    "crops_affected_ha", "crops_failed_ha", "houses_collapsed", "houses_severe",
    "houses_damaged", "direct_loss",
)  # fmt: skip
"""The basic indicators of a report (自然灾害情况统计调查制度), in the form's order."""

REPORT_KINDS = ("initial", "follow_up", "verified")
RESPONSE_RANK = {"none": 0, "iv": 1, "iii": 2, "ii": 3, "i": 4}
LEVEL_RANK = {"general": 1, "larger": 2, "major": 3, "especially_major": 4}


@dataclass(frozen=True)
class Limits:
    """The reporting time limits (the rules' settings)."""

    initial_minutes: int = 60
    followup_hours: int = 24
    verified_days: int = 5


@dataclass(frozen=True)
class IncidentLine:
    """One incident as the summary names it, with its latest report's figures."""

    started_at: str
    title: str
    category: str
    kind: str | None
    level: str | None
    villages: str
    location: str
    response_level: str
    figures: dict[str, Any]  # FIGURES -> int / Decimal (0 where the report left it empty)

    @property
    def weight(self) -> tuple[int, int, int, Decimal, int]:
        """How much an office would make of it: response, level, lives, losses, people."""
        f = self.figures
        return (
            RESPONSE_RANK.get(self.response_level or "none", 0),
            LEVEL_RANK.get(self.level or "", 0),
            int(f["deaths"]) + int(f["missing"]),
            Decimal(f["direct_loss"]),
            int(f["relocated"]),
        )


@dataclass(frozen=True)
class IncidentFigures:
    incidents: list[IncidentLine]  # the year's, oldest first
    reports: dict[str, int]  # report kind -> reports sent by the date
    not_in_time: dict[str, int]  # report kind -> reports late or still missing past the limit
    register_used: bool  # the office had entered any incident at all by the document's date
    natural: dict[str, Any] = field(default_factory=dict)  # natural disasters' totals
    other: dict[str, Any] = field(default_factory=dict)  # accidents and other emergencies'

    @property
    def count(self) -> int:
        return len(self.incidents)

    @property
    def reports_sent(self) -> int:
        return sum(self.reports.values())

    @property
    def all_in_time(self) -> bool:
        return not any(self.not_in_time.values())

    def by(self, attr: str) -> dict[str, int]:
        """Incidents per category / level / kind, largest first."""
        found: dict[str, int] = {}
        for line in self.incidents:
            key = getattr(line, attr)
            if key:
                found[key] = found.get(key, 0) + 1
        return dict(sorted(found.items(), key=lambda kv: -kv[1]))

    def group(self, natural: bool) -> list[IncidentLine]:
        return [x for x in self.incidents if (x.category == "natural_disaster") == natural]

    @property
    def disaster_dead_missing(self) -> int:
        """Dead and missing in natural disasters (因灾死亡失踪)."""
        return int(self.natural.get("deaths", 0)) + int(self.natural.get("missing", 0))


def _moment(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(str(text)[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        return None


def _zero(name: str) -> Any:
    return Decimal(0) if name in ("crops_affected_ha", "crops_failed_ha", "direct_loss") else 0


def _value(name: str, raw: Any) -> Any:
    if raw in (None, ""):
        return _zero(name)
    return Decimal(str(raw)) if isinstance(_zero(name), Decimal) else int(raw)


def _totals(lines: list[IncidentLine]) -> dict[str, Any]:
    return {k: sum((x.figures[k] for x in lines), _zero(k)) for k in FIGURES}


def not_in_time(
    incident: dict[str, Any], reports: list[dict[str, Any]], limits: Limits, now: dt.datetime
) -> dict[str, int]:
    """How many of an incident's reports missed their limit, as of ``now``, by kind.

    The same limits as the rules (``rules/incident_rules.py``), but every lapse is
    counted, not only the first: an initial report sent late or still missing, each gap
    between reports longer than the follow-up interval while the incident went on (and
    the one running now), and a natural disaster's verified report late or still missing.
    """
    out = dict.fromkeys(REPORT_KINDS, 0)
    start = _moment(incident["started_at"])
    if start is None:
        return out
    ended = _moment(incident.get("ended_at"))
    end = ended if ended is not None and ended <= now else None  # still going on at ``now``
    running = [m for r in reports if r["kind"] != "verified" and (m := _moment(r["sent_at"]))]
    if not running:
        if start + dt.timedelta(minutes=limits.initial_minutes) < now:
            out["initial"] = 1
    else:
        if running[0] > start + dt.timedelta(minutes=limits.initial_minutes):
            out["initial"] = 1
        gap = dt.timedelta(hours=limits.followup_hours)
        until = end or now
        for before, after in itertools.pairwise(running):
            if after > before + gap and before + gap < until:
                out["follow_up"] += 1
        if end is None and running[-1] + gap < now:
            out["follow_up"] += 1  # ongoing, and the next follow-up is overdue
    if incident["category"] == "natural_disaster" and end is not None:
        due = end + dt.timedelta(days=limits.verified_days)
        verified = [m for r in reports if r["kind"] == "verified" and (m := _moment(r["sent_at"]))]
        if (not verified and due < now) or (verified and min(verified) > due):
            out["verified"] = 1
    return out


def incident_figures(
    store: Store,
    year: int,
    as_of: dt.date,
    doc_date: dt.date | None = None,
    limits: Limits | None = None,
) -> IncidentFigures:
    """The year's incidents up to ``as_of`` (at most the year's end), as they stood then."""
    limits = limits or Limits()
    p = as_of_params(year, as_of, doc_date)
    now = dt.datetime.combine(dt.date.fromisoformat(p["day"]), dt.time(23, 59))
    incidents = dicts(
        store,
        "SELECT id, started_at, title, category, kind, level, villages, location, "
        f"response_level, ended_at FROM incidents WHERE {known_by()} "
        "AND substr(started_at, 1, 10) BETWEEN :start AND :day ORDER BY started_at, id",
        p,
    )
    cols = ", ".join(f"r.{c}" for c in FIGURES)
    reports = dicts(
        store,
        f"SELECT r.incident_id, r.kind, r.sent_at, {cols} FROM incident_reports r "
        f"JOIN incidents i ON i.id = r.incident_id AND {known_by('i')} "
        f"WHERE {known_by('r')} AND substr(r.sent_at, 1, 10) <= :day "
        "AND substr(i.started_at, 1, 10) BETWEEN :start AND :day "
        "ORDER BY r.incident_id, r.sent_at, r.id",
        p,
    )
    own: dict[int, list[dict[str, Any]]] = {}
    for r in reports:
        own.setdefault(r["incident_id"], []).append(r)
    sent = dict.fromkeys(REPORT_KINDS, 0)
    late = dict.fromkeys(REPORT_KINDS, 0)
    lines = []
    for inc in incidents:
        mine = own.get(inc["id"], [])
        for r in mine:
            sent[r["kind"]] = sent.get(r["kind"], 0) + 1
        for kind, n in not_in_time(inc, mine, limits, now).items():
            late[kind] += n
        latest = mine[-1] if mine else {}
        lines.append(
            IncidentLine(
                started_at=str(inc["started_at"]),
                title=str(inc["title"]),
                category=str(inc["category"]),
                kind=inc["kind"] or None,
                level=inc["level"] or None,
                villages=(inc["villages"] or "").strip(),
                location=(inc["location"] or "").strip(),
                response_level=inc["response_level"] or "none",
                figures={k: _value(k, latest.get(k)) for k in FIGURES},
            )
        )
    used = bool(
        store.db.execute(
            f"SELECT EXISTS (SELECT 1 FROM incidents WHERE {known_by()})", p
        ).fetchone()[0]
    )
    return IncidentFigures(
        incidents=lines,
        reports={k: n for k, n in sent.items() if n},
        not_in_time={k: n for k, n in late.items() if n},
        register_used=used,
        natural=_totals([x for x in lines if x.category == "natural_disaster"]),
        other=_totals([x for x in lines if x.category != "natural_disaster"]),
    )


# -- the duty log's significant events (when the incidents register has none) -------------


@dataclass(frozen=True)
class DutyEvent:
    received_at: str
    type: str
    level: str
    location: str
    summary: str
    action_taken: str


EVENT_LEVELS = ("larger", "major", "especially_major")
EVENTS_SHOWN = 3


def significant_events(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> list[DutyEvent]:
    """The year's most significant duty-log entries up to ``as_of``, oldest first.

    Significant: an emergency response started, a level of 较大 or above, or people moved
    out of danger — the events an office names in its summary ("7月12日，启动防汛Ⅳ级应急
    响应，转移群众11人"). Notices from above are not events. A response outranks a level,
    a level outranks a relocation.
    """
    p = as_of_params(year, as_of, doc_date)
    p["until"] = (dt.date.fromisoformat(p["day"]) + dt.timedelta(days=1)).isoformat()
    levels = ", ".join(f"'{lv}'" for lv in EVENT_LEVELS)
    said = "(d.action_taken LIKE '%应急响应%' OR d.action_taken LIKE '%转移%')"
    columns = (
        "SELECT d.received_at, d.type, coalesce(d.level, 'none') AS level, "
        "coalesce(d.location, '') AS location, d.summary, "
        "coalesce(d.action_taken, '') AS action_taken, "
        "(coalesce(d.action_taken, '') LIKE '%应急响应%') AS response, "
        "(coalesce(d.action_taken, '') LIKE '%转移%') AS moved "
    )
    where = (
        f"WHERE {known_by('d')} AND d.type <> 'instruction' "
        "AND d.received_at >= :start AND d.received_at < :until "
        f"AND (d.level IN ({levels}) OR {said})"
    )
    # A year of a million-entry log is ~100,000 rows: read only the candidates — the
    # levels through their index, the words through the search indexes (search_index.py).
    p["response"] = search_index.trigram_query("应急响应")
    p["move"] = search_index.short_term_query("转移")
    # the most significant first, in SQL: only the few shown leave SQLite
    rank = " ".join(f"WHEN '{lv}' THEN {i}" for i, lv in enumerate(EVENT_LEVELS, start=1))
    first = (
        f"ORDER BY response DESC, CASE level {rank} ELSE 0 END DESC, moved DESC, "
        f"d.received_at, d.id LIMIT {EVENTS_SHOWN}"
    )
    try:
        rows = dicts(
            store,
            f"""WITH c(id) AS (
                  SELECT id FROM duty_log WHERE deleted_at IS NULL AND level IN ({levels})
                    AND received_at >= :start AND received_at < :until
                  UNION SELECT rowid FROM duty_log_fts WHERE duty_log_fts MATCH :response
                  UNION SELECT rowid FROM duty_log_grams WHERE duty_log_grams MATCH :move)
                {columns} FROM c CROSS JOIN duty_log d ON d.id = c.id {where} {first}""",
            p,
        )
    except sqlite3.OperationalError:  # a file without the search indexes: read the year
        rows = dicts(store, f"{columns} FROM duty_log d {where} {first}", p)
    chosen = sorted(rows, key=lambda r: r["received_at"])
    return [
        DutyEvent(
            str(r["received_at"]), str(r["type"]), str(r["level"]), str(r["location"]).strip(),
            str(r["summary"]).strip(), str(r["action_taken"]).strip(),
        )
        for r in chosen
    ]  # fmt: skip


# -- people moved before a storm, as the warnings' call-backs report it (叫应) ---------------


@dataclass(frozen=True)
class MovedBeforeStorms:
    warnings: int  # warnings whose call-backs report people moved out of danger
    people: int  # the people those call-backs name (0: moved, but no figure given)


def moved_before_storms(
    store: Store, year: int, as_of: dt.date, doc_date: dt.date | None = None
) -> MovedBeforeStorms:
    """What the call-backs' 落实情况 say about people moved before the weather struck.

    A call-back has no field for it (DESIGN.md), so the answer is read from its text:
    a call-back whose response says 转移 or 撤离 reports a move, and "转移…12人" gives the
    figure. Several call-backs about one warning each count their own village's people.
    """
    p = as_of_params(year, as_of, doc_date)
    rows = store.db.execute(
        "SELECT c.warning_id, c.response FROM warnings w "
        "JOIN warning_callbacks c ON c.warning_id = w.id "
        f"WHERE {known_by('w')} AND {known_by('c')} "
        "AND substr(w.received_at, 1, 10) BETWEEN :start AND :day "
        "AND substr(c.called_at, 1, 10) <= :day "
        "AND (c.response LIKE '%转移%' OR c.response LIKE '%撤离%')",
        p,
    ).fetchall()
    people = 0
    for _, response in rows:
        found = _MOVED.search(str(response))
        if found:
            people += int(found.group(1))
    return MovedBeforeStorms(len({w for w, _ in rows}), people)


_MOVED = re.compile(r"(?:转移|撤离)[^，。；,;]*?(\d+)\s*(?:人|名)")
