"""One readable line per flagged record, for the Overview and ``check``.

A count alone does not tell the office head what to chase; each line names the record
and the date or figure that put it on the list, in the reader's language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..schema import TABLES
from ..store import NotFoundError
from ..store import alert_queries as q
from ..store import ledger_alert_queries as lq
from .alerts import AlertGroup, as_date, moment_of, plan_review_due, report_due
from .incident_rules import INCIDENT_KEYS, findings, incident_line
from .ledger_alert_rows import ledger_line, village_line, warning_line
from .settings import RuleSettings

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class AlertRow:
    table: str
    record_id: int | None  # None for a day without a roster
    key: Any  # the id, or the date for a missing roster
    text: str


def _choice(table: str, key: str, value: Any, lang: str) -> str:
    return TABLES[table].field(key).choice_label(value, lang) if value else ""


def _days_between(a: str, b: dt.date) -> int:
    return abs((as_date(a) - b).days)


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _days_en(n: int) -> str:
    """English counts agree with their number: "1 day", "3 days"."""
    return f"{n} day" if n == 1 else f"{n} days"


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(value: Any, lang: str) -> str:
    """A stored ISO date or date-time as the reader writes it (2025年3月5日 / 5 Mar 2025)."""
    text = str(value or "")
    try:
        d = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    day = _t(lang, f"{d.year}年{d.month}月{d.day}日", f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}")
    clock = text[11:16]
    return f"{day} {clock}" if len(clock) == 5 and clock[2] == ":" else day


def _hazard(row: dict[str, Any], key: str, day: dt.date, lang: str) -> str:
    where = f"（{row['location']}）" if lang == "zh" else f" ({row['location']})"
    name = row["name"] + (where if row.get("location") else "")
    deadline = row.get("deadline")
    if key == "hazards_overdue" and deadline:
        n = _days_between(deadline, day)
        return name + _t(
            lang,
            f"：整改期限 {_day(deadline, lang)}，已逾期 {n} 天",
            f" — deadline {_day(deadline, lang)}, {_days_en(n)} overdue",
        )
    if key == "hazards_due_soon" and deadline:
        n = _days_between(deadline, day)
        left = (
            _t(lang, "今天到期", "due today")
            if n == 0
            else _t(lang, f"还剩 {n} 天", f"{_days_en(n)} left")
        )
        when = _day(deadline, lang)
        return name + _t(lang, f"：整改期限 {when}，{left}", f" — deadline {when}, {left}")
    status = _choice("hazards", "status", row.get("status"), lang)
    limit = _day(deadline, lang) if deadline else _t(lang, "未定", "none set")
    return name + _t(lang, f"：{status}，整改期限 {limit}", f" — {status}, deadline {limit}")


def _plan(row: dict[str, Any], key: str, s: RuleSettings, last: dict[int, str], lang: str) -> str:
    title = row["title"]
    if key == "plans_not_drilled":
        years = (
            s.drill_years_natural
            if row.get("category") == "natural_disaster"
            else s.drill_years_special
        )
        seen = _day(last[row["id"]], lang) if last.get(row["id"]) else _t(lang, "无", "never")
        every = "every year" if years == 1 else f"every {years} years"
        return title + _t(
            lang,
            f"：应每 {years} 年至少演练一次，最近演练 {seen}",
            f" — to be drilled {every}; last drill {seen}",
        )
    due = _day(plan_review_due(row, s), lang)
    return title + _t(lang, f"：评估修订到期 {due}", f" — review due {due}")


def _material(row: dict[str, Any], key: str, lang: str) -> str:
    name = row["name"] + (f" {row['spec']}" if row.get("spec") else "")
    qty, unit = row.get("quantity") or 0, row.get("unit") or ""
    if key == "materials_below_min":
        m = row.get("min_quantity")
        return name + _t(
            lang, f"：库存 {qty}{unit}，最低储备 {m}{unit}", f" — {qty} {unit} on hand, minimum {m}"
        )
    exp = _day(row.get("expires_on"), lang)
    if key == "materials_expired":
        return name + _t(
            lang, f"：{qty}{unit} 已于 {exp} 过期", f" — {qty} {unit} expired on {exp}"
        )
    return name + _t(lang, f"：{qty}{unit} 有效期至 {exp}", f" — {qty} {unit} expire on {exp}")


def _duty(row: dict[str, Any], s: RuleSettings, lang: str) -> str:
    summary = str(row.get("summary") or "").replace("\n", " ")
    if len(summary) > 40:
        summary = summary[:39] + "…"
    level = _choice("duty_log", "level", row.get("level"), lang)
    minutes = s.report_minutes(row.get("level"))
    up = row.get("reported_up_at")
    state = (
        _t(lang, f"上报于 {_day(up, lang)}", f"reported up {_day(up, lang)}")
        if up
        else _t(lang, "未上报", "not reported up")
    )
    due = _day(report_due(row, s), lang)
    return f"{_day(row['received_at'], lang)} {summary}" + _t(
        lang,
        f"：{level}，时限 {minutes} 分钟（{due} 前），{state}",
        f" — {level}, limit {minutes} min (by {due}), {state}",
    )


def _action(row: dict[str, Any], store: Store, lang: str) -> str:
    drill = store.title_of("drills", row.get("drill_id"))
    owner = row.get("owner") or _t(lang, "未指定", "no owner")
    return row["action"] + _t(
        lang,
        f"：{owner}，期限 {_day(row.get('due_on'), lang)}（演练：{drill}）",
        f" — {owner}, due {_day(row.get('due_on'), lang)} (drill: {drill})",
    )


def describe(
    store: Store,
    group: AlertGroup,
    today: dt.date | str,
    settings: RuleSettings,
    lang: str,
    limit: int | None = None,
) -> list[AlertRow]:
    """The group's rows (the first ``limit`` of them) as lines of text."""
    keys = list(group.ids if limit is None else group.ids[:limit])
    day = as_date(today)
    if group.table == "duty_roster":
        text = _t(lang, "当日无值班安排", "no roster for this day")
        return [AlertRow("duty_roster", None, d, f"{_day(d, lang)} {text}") for d in keys]
    if group.key == "villages_without_info_officer":
        return [AlertRow("contacts", None, v, village_line(v, lang)) for v in keys]
    if group.key in INCIDENT_KEYS:
        found = {f.incident["id"]: f for f in findings(store, settings, moment_of(day), group.key)}
        return [
            AlertRow("incidents", i, i, incident_line(found[i], lang)) for i in keys if i in found
        ]
    if not keys:
        return []
    # Primary-key lookups: a filtered, sorted listing would walk a big log's sort index.
    rows = {}
    for rid in keys:
        with contextlib.suppress(NotFoundError):
            rows[rid] = store.get(group.table, rid)
    last = q.last_drill_of_plans(store, keys) if group.key == "plans_not_drilled" else {}
    out = []
    for rid in keys:
        row = rows.get(rid)
        if row is None:
            continue
        if group.table == "hazards":
            text = _hazard(row, group.key, day, lang)
        elif group.table == "plans":
            text = _plan(row, group.key, settings, last, lang)
        elif group.table == "materials":
            text = _material(row, group.key, lang)
        elif group.table == "duty_log":
            text = _duty(row, settings, lang)
        elif group.table == "warnings":
            minutes = settings.callback_minutes
            text = warning_line(row, lq.callback_tally(store, rid, minutes), minutes, lang)
        elif group.table in ("teams", "contacts", "shelters", "risk_points"):
            text = ledger_line(group.key, row, lang)
        else:
            text = _action(row, store, lang)
        out.append(AlertRow(group.table, rid, rid, text))
    return out
