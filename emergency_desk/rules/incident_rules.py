"""The time limits of disaster reporting (初报、续报、核报) and the ledgers' agreement with
the figures reported, as of a moment: DESIGN.md's incident rules.

Each finding keeps why an incident is flagged (which report was late, by when it was due),
so the Overview's line says what to chase, not only that something is wrong.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..store import incident_alert_queries as iq
from .settings import RuleSettings

if TYPE_CHECKING:
    from ..store import Store

INCIDENT_KEYS = (
    "incident_reports_late",
    "incidents_without_followup",
    "incidents_unverified",
    "incident_ledgers_mismatch",
)


@dataclass(frozen=True)
class Finding:
    incident: dict[str, Any]
    reason: str  # initial_missing, initial_late, followup_late, followup_due, verified_*, ledgers
    due: str = ""  # when the report was due
    sent: str = ""  # when it went up (late ones)
    fields: tuple[str, ...] = ()  # the figures that disagree with the ledgers


def _moment(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(str(text)[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        return None


def _text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _late(inc: dict[str, Any], reports: list[dict[str, Any]], s: RuleSettings, now: dt.datetime
          ) -> Finding | None:  # fmt: skip
    """The first report that went up late (or the initial one not sent in its limit)."""
    start = _moment(inc["started_at"])
    if start is None:
        return None
    limit = start + dt.timedelta(minutes=s.incident_initial_minutes)
    running = [r for r in reports if r["kind"] != "verified" and _moment(r["sent_at"])]
    if not running:
        if reports or limit >= now:
            return None
        return Finding(inc, "initial_missing", _text(limit))
    first = _moment(running[0]["sent_at"])
    assert first is not None
    if first > limit:
        return Finding(inc, "initial_late", _text(limit), _text(first))
    end = _moment(inc.get("ended_at")) if inc["status"] == "closed" else now
    gap = dt.timedelta(hours=s.incident_followup_hours)
    for before, after in itertools.pairwise(running):
        prev, nxt = _moment(before["sent_at"]), _moment(after["sent_at"])
        assert prev is not None and nxt is not None
        if nxt > prev + gap and (end is None or prev + gap < end):
            return Finding(inc, "followup_late", _text(prev + gap), _text(nxt))
    return None


def _no_followup(inc: dict[str, Any], reports: list[dict[str, Any]], s: RuleSettings,
                 now: dt.datetime) -> Finding | None:  # fmt: skip
    if inc["status"] != "ongoing" or not reports:
        return None
    last = _moment(reports[-1]["sent_at"])
    if last is None:
        return None
    due = last + dt.timedelta(hours=s.incident_followup_hours)
    return Finding(inc, "followup_due", _text(due)) if due < now else None


def _unverified(inc: dict[str, Any], reports: list[dict[str, Any]], s: RuleSettings,
                now: dt.datetime) -> Finding | None:  # fmt: skip
    if inc["category"] != "natural_disaster" or inc["status"] != "closed":
        return None
    end = _moment(inc.get("ended_at"))
    if end is None:
        return None
    due = end + dt.timedelta(days=s.incident_verified_days)
    verified = [_moment(r["sent_at"]) for r in reports if r["kind"] == "verified"]
    sent = min((v for v in verified if v), default=None)
    if sent is None:
        return Finding(inc, "verified_missing", _text(due)) if due < now else None
    return Finding(inc, "verified_late", _text(due), _text(sent)) if sent > due else None


def _mismatch(inc: dict[str, Any], reports: list[dict[str, Any]],
              ledgers: dict[str, int] | None) -> Finding | None:  # fmt: skip
    if not reports:
        return None
    latest = reports[-1]
    totals = ledgers or dict.fromkeys(iq.FIGURE_COLUMNS, 0)
    differ = tuple(k for k in iq.FIGURE_COLUMNS if int(latest.get(k) or 0) != totals[k])
    return Finding(inc, "ledgers", fields=differ) if differ else None


def findings(store: Store, s: RuleSettings, now: str, key: str) -> list[Finding]:
    """The incidents ``key`` flags as of ``now`` ("YYYY-MM-DD HH:MM"), oldest first."""
    moment = _moment(now) or dt.datetime.now()
    reports: dict[int, list[dict[str, Any]]] = {}
    for r in iq.live_reports(store):
        if r["sent_at"] and str(r["sent_at"])[:16] <= now:
            reports.setdefault(r["incident_id"], []).append(r)
    ledgers = iq.ledger_totals(store) if key == "incident_ledgers_mismatch" else {}
    out: list[Finding] = []
    for inc in iq.live_incidents(store):
        if str(inc["started_at"])[:16] > now:
            continue
        own = reports.get(inc["id"], [])
        match key:
            case "incident_reports_late":
                found = _late(inc, own, s, moment)
            case "incidents_without_followup":
                found = _no_followup(inc, own, s, moment)
            case "incidents_unverified":
                found = _unverified(inc, own, s, moment)
            case _:
                found = _mismatch(inc, own, ledgers.get(inc["id"]))
        if found is not None:
            out.append(found)
    return out


def incident_alert(
    key: str, store: Store, s: RuleSettings, now: str
) -> tuple[list[Any], int | None]:
    window = {"incidents_without_followup": s.incident_followup_hours,
              "incidents_unverified": s.incident_verified_days}.get(key)  # fmt: skip
    floor = s.records_from  # a report due before the records began is not judged
    found = [f for f in findings(store, s, now, key) if not (f.due and f.due[:10] < floor)]
    return [f.incident["id"] for f in found], window


_REPORT_WORDS = {"initial": ("初报", "initial report"), "followup": ("续报", "follow-up report"),
                 "verified": ("核报", "verified report")}  # fmt: skip


def incident_line(f: Finding, lang: str) -> str:
    """The Overview's line: the incident, which report, when it was due, when it went up."""
    from ..schema import TABLES
    from .alert_rows import _day

    zh = lang == "zh"
    title = str(f.incident["title"])
    if f.reason == "ledgers":
        t = TABLES["incident_reports"]
        sep = "、" if zh else ", "
        names = sep.join(t.field(k).label(lang).split("(")[0] for k in f.fields)
        return (f"{title}：最新报送的{names}与台账不一致" if zh
                else f"{title} — the latest report's {names} disagree with the ledgers")  # fmt: skip
    stem = f.reason.split("_")[0]
    word = _REPORT_WORDS[stem][0 if zh else 1]
    due = _day(f.due, lang)
    if f.sent:
        sent = _day(f.sent, lang)
        return (f"{title}：{word}应于{due}前报送，实际{sent}报送" if zh
                else f"{title} — {word} due by {due}, sent {sent}")  # fmt: skip
    ongoing = "处置中，" if zh and f.reason == "followup_due" else ""
    return (f"{title}：{ongoing}{word}应于{due}前报送，尚未报送" if zh
            else f"{title} — {word} due by {due}, not sent")  # fmt: skip
