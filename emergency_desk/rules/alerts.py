"""What needs doing now: the rules of DESIGN.md as functions of the data and a day.

Everything here is computed as of ``today`` (and, for duty reports, a moment ``now``)
passed in by the caller, so the Overview, ``check --today`` and the tests evaluate the
same rules on any day. The counting is SQL in ``store.alert_queries``; ``row_flag``
repeats the per-row part in Python so a table can colour the rows it shows without a
query per row, and the tests hold the two to the same answers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..store import alert_queries as q
from ..store import ledger_alert_queries as lq
from ..store.id_shape import shaped
from .incident_rules import INCIDENT_KEYS, incident_alert
from .ledger_rules import ledger_alert
from .settings import DUTY_LEVELS_WITH_LIMIT, LATE_ALERT_LEVELS, RuleSettings, load_settings

if TYPE_CHECKING:
    from ..store import Store

Flag = Literal["overdue", "due_soon"]
DayLike = dt.date | str

ALERT_KEYS: tuple[str, ...] = (
    "hazards_overdue",
    "hazards_due_soon",
    "major_hazards_open",
    "hazards_closed_unverified",
    "plans_review_overdue",
    "plans_review_due_soon",
    "plans_not_drilled",
    "materials_below_min",
    "materials_expiring",
    "materials_expired",
    "duty_reported_late",
    "duty_days_without_roster",
    "drill_actions_overdue",
    "teams_untrained",
    "info_officers_untrained",
    "villages_without_info_officer",
    "shelters_uninspected",
    "risk_points_unmonitored",
    "risk_points_without_shelter",
    "risk_points_cards_due",
    "warnings_not_called_back",
    *INCIDENT_KEYS,
)

LEDGER_TABLES = ("teams", "contacts", "shelters", "risk_points", "warnings", "incidents")
"""Tables whose rules are wholly their alert groups (no per-row rule of their own)."""

NOT_RECORD_IDS = frozenset({"duty_days_without_roster", "villages_without_info_officer"})
"""Groups whose rows are not records: days without a roster, villages (from Settings)."""


@dataclass(frozen=True)
class AlertSpec:
    key: str
    table: str  # the table the ids belong to (duty_roster: the ids are dates)
    severity: Flag
    zh: str  # may hold {n}: the window or interval from the settings
    en: str
    window: str = ""  # RuleSettings attribute that fills {n}


ALERT_SPECS: dict[str, AlertSpec] = {
    s.key: s
    for s in (
        AlertSpec("hazards_overdue", "hazards", "overdue", "逾期未整改的隐患", "Hazards past their deadline"),
        AlertSpec(
            "hazards_due_soon", "hazards", "due_soon", "{n} 天内到整改期限的隐患",
            "Hazards due within {n} days", "hazard_due_soon_days",
        ),
        AlertSpec("major_hazards_open", "hazards", "overdue", "未整改完成的重大隐患", "Major hazards still open"),
        AlertSpec(  # imported from an old ledger that had no 验收人 column: to complete
            "hazards_closed_unverified", "hazards", "due_soon", "已销号但无验收人",
            "Hazards closed without “Verified by”",
        ),
        AlertSpec(
            "plans_review_overdue", "plans", "overdue", "逾期未评估修订的预案",
            "Plans overdue for review",
        ),
        AlertSpec(
            "plans_review_due_soon", "plans", "due_soon", "{n} 天内到评估修订期的预案",
            "Plans due for review within {n} days", "review_due_soon_days",
        ),
        AlertSpec(
            "plans_not_drilled", "plans", "overdue", "未按周期演练的现行预案",
            "Plans in force not drilled within their interval",
        ),
        AlertSpec("materials_below_min", "materials", "overdue", "低于最低储备的物资", "Materials below minimum stock"),
        AlertSpec(
            "materials_expiring", "materials", "due_soon", "{n} 天内到期的物资",
            "Materials expiring within {n} days", "material_expiring_days",
        ),
        AlertSpec("materials_expired", "materials", "overdue", "已过期的物资", "Expired materials"),
        AlertSpec(
            "duty_reported_late", "duty_log", "overdue", "较大及以上事件超时上报或未上报",
            "Larger-or-above entries reported late or not at all",
        ),
        AlertSpec(
            "duty_days_without_roster", "duty_roster", "overdue", "近 {n} 天中无值班安排的日期",
            "Days without a roster in the last {n} days", "roster_lookback_days",
        ),
        AlertSpec(
            "drill_actions_overdue", "drill_actions", "overdue", "逾期未完成的演练整改事项",
            "Drill corrective actions overdue",
        ),
        AlertSpec(
            "teams_untrained", "teams", "overdue", "{n} 个月内未训练的应急队伍",
            "Teams not trained in {n} months", "team_training_months",
        ),
        AlertSpec(
            "info_officers_untrained", "contacts", "overdue", "{n} 个月内未培训的灾害信息员",
            "Information officers not trained in {n} months", "officer_training_months",
        ),
        AlertSpec(
            "villages_without_info_officer", "contacts", "overdue", "没有在岗灾害信息员的村（社区）",
            "Villages without an active information officer",
        ),
        AlertSpec(
            "shelters_uninspected", "shelters", "overdue", "{n} 个月内未检查的避难场所",
            "Shelters not inspected in {n} months", "shelter_inspection_months",
        ),
        AlertSpec(
            "risk_points_unmonitored", "risk_points", "overdue", "未落实监测人及电话的风险隐患点",
            "Risk points without a monitor and phone",
        ),
        AlertSpec(
            "risk_points_without_shelter", "risk_points", "overdue", "未明确避险场所的风险隐患点",
            "Risk points without a shelter",
        ),
        AlertSpec(
            "risk_points_cards_due", "risk_points", "overdue", "“两卡”未发放或超过 {n} 个月未更新的风险隐患点",
            "Risk points whose two cards are missing or older than {n} months",
            "cards_renewal_months",
        ),
        AlertSpec(
            "warnings_not_called_back", "warnings", "overdue",
            "橙色、红色预警未在 {n} 分钟内叫应到人",
            "Orange and red warnings not called back within {n} minutes", "callback_minutes",
        ),
        AlertSpec("incident_reports_late", "incidents", "overdue", "初报或续报迟报、漏报的突发事件",
                  "Incidents whose initial or follow-up report was late or not sent"),
        AlertSpec("incidents_without_followup", "incidents", "overdue", "处置中超过 {n} 小时未续报的事件",
                  "Ongoing incidents without a follow-up report in {n} hours", "incident_followup_hours"),
        AlertSpec("incidents_unverified", "incidents", "overdue", "结束后 {n} 天内未核报的自然灾害",
                  "Natural disasters not verified within {n} days of their end", "incident_verified_days"),
        AlertSpec("incident_ledgers_mismatch", "incidents", "overdue", "灾情数字与台账不一致的事件",
                  "Incidents whose reported figures disagree with their ledgers"),
    )
}  # fmt: skip


@dataclass(frozen=True)
class AlertGroup:
    """One rule's answer: the records it flags, most urgent first."""

    spec: AlertSpec
    ids: tuple[Any, ...]  # record ids, or ISO dates for duty_days_without_roster
    window: int | None = None
    total: int | None = None  # evaluated with a limit: how many there are (ids: the first)

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def table(self) -> str:
        return self.spec.table

    @property
    def severity(self) -> Flag:
        return self.spec.severity

    @property
    def count(self) -> int:
        return len(self.ids) if self.total is None else self.total

    def title(self, lang: str) -> str:
        text = self.spec.zh if lang == "zh" else self.spec.en
        if lang != "zh" and self.window == 1:  # "within 1 day", not "within 1 days"
            text = re.sub(r"\{n\} (day|month|hour|minute)s\b", r"{n} \1", text)
        return text.format(n=self.window if self.window is not None else "")


# -- days and moments -----------------------------------------------------------------
def as_date(day: DayLike) -> dt.date:
    return day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])


def stored_date(value: Any) -> dt.date | None:
    """A stored date, or None for one no form would accept (another program's value)."""
    try:
        return as_date(value)
    except (TypeError, ValueError):
        return None


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year.

    Past the calendar's ends (a stored 9999-12-31 plus a cycle) it stays at the end, so
    a value that slipped past validation makes no rule raise.
    """
    year = day.year + years
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def moment_of(today: DayLike) -> str:
    """The moment a day is judged at: now if it is today, else the end of that day.

    ``check --today 2024-05-01`` asks how things stood when that day was over; the
    Overview on the real today must not call a call received ten minutes ago late.
    """
    day = as_date(today)
    now = dt.datetime.now()
    if day == now.date():
        return now.strftime("%Y-%m-%d %H:%M")
    return f"{day.isoformat()} 23:59"


def _plus_days(day: dt.date, days: int) -> str:
    try:
        return (day + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return (dt.date.max if days > 0 else dt.date.min).isoformat()


# -- evaluation -----------------------------------------------------------------------
def late_limits(settings: RuleSettings, levels: tuple[str, ...]) -> dict[str, int]:
    return {lv: settings.report_limits[lv] for lv in levels}


def late_reports(
    store: Store,
    settings: RuleSettings,
    now: str,
    levels: tuple[str, ...] = DUTY_LEVELS_WITH_LIMIT,
) -> list[int]:
    """Duty entries of ``levels`` reported up late or not at all; general level included
    by default (DESIGN: every entry with a level has a limit)."""
    return q.duty_reported_late(store, now, late_limits(settings, levels), settings.records_from)


def _compute(
    key: str, store: Store, day: dt.date, s: RuleSettings, now: str
) -> tuple[list[Any], int | None]:
    today = day.isoformat()
    match key:
        case "hazards_overdue":
            return q.hazards_overdue(store, today), None
        case "hazards_due_soon":
            return q.hazards_due_soon(store, today, s.hazard_due_soon_days), s.hazard_due_soon_days
        case "major_hazards_open":
            return q.major_hazards_open(store), None
        case "hazards_closed_unverified":
            return q.hazards_closed_unverified(store), None
        case "plans_review_overdue":
            return q.plans_review_overdue(store, today, s.review_years), None
        case "plans_review_due_soon":
            ids = q.plans_review_due_soon(store, today, s.review_years, s.review_due_soon_days)
            return ids, s.review_due_soon_days
        case "plans_not_drilled":
            ids = q.plans_not_drilled(store, today, s.drill_years_special, s.drill_years_natural)
            return ids, None
        case "materials_below_min":
            return q.materials_below_min(store), None
        case "materials_expiring":
            ids = q.materials_expiring(store, today, s.material_expiring_days)
            return ids, s.material_expiring_days
        case "materials_expired":
            return q.materials_expired(store, today), None
        case "duty_reported_late":
            return late_reports(store, s, now, LATE_ALERT_LEVELS), None
        case "duty_days_without_roster":
            days = s.roster_lookback_days
            return q.days_without_roster(store, today, days, s.records_from), days
        case "drill_actions_overdue":
            return q.drill_actions_overdue(store, today), None
        case "warnings_not_called_back":
            n = s.callback_minutes
            return lq.warnings_not_called_back(store, now, n, s.records_from), n
    if key in INCIDENT_KEYS:
        return incident_alert(key, store, s, now)
    return ledger_alert(key, store, day, s)


def with_floor(store: Store, settings: RuleSettings) -> RuleSettings:
    """The settings with ``records_from`` filled: the office's date, else the day the
    database began. No missed day or report-up deadline before it is flagged (the app
    knew nothing then); a record still open past its deadline is flagged whenever it was due.
    A county database without a date of its own has no floor: it holds the townships'
    packages, whose records began long before the county's file was made.
    """
    if settings.records_from:
        return settings
    if settings.level == "county":  # the townships' rows are older than the county's file
        return settings
    return settings.replace(records_from=q.database_began(store) or "")


def evaluate(
    store: Store,
    today: DayLike,
    settings: RuleSettings | None = None,
    now: str | None = None,
    keys: tuple[str, ...] = ALERT_KEYS,
    limit: int | None = None,
) -> dict[str, AlertGroup]:
    """Every alert group as of ``today``, in the order of ``ALERT_KEYS``. ``limit`` None:
    every id (``check --json``, attention views); else the count and the first ``limit``
    ids (0: the count alone), what the Overview draws without 100,000 ids in Python."""
    s = with_floor(store, settings or load_settings(store))
    day = as_date(today)
    moment = now or moment_of(day)
    groups: dict[str, AlertGroup] = {}
    for key in keys:
        if limit is None:
            ids, window = _compute(key, store, day, s, moment)
            groups[key] = AlertGroup(ALERT_SPECS[key], tuple(ids), window)
            continue
        with shaped(limit) as shape:
            ids, window = _compute(key, store, day, s, moment)
        if shape.queries > 1:  # a fallback after a first try (an old read-only file)
            ids, window = _compute(key, store, day, s, moment)
        total = shape.total if shape.queries == 1 else len(ids)  # 0: answered in Python
        groups[key] = AlertGroup(ALERT_SPECS[key], tuple(ids[:limit]), window, total)
    return groups


def counts(groups: Mapping[str, AlertGroup]) -> dict[str, int]:
    return {k: g.count for k, g in groups.items()}


# -- one row at a time (table colouring) ----------------------------------------------
def plan_review_due(row: Mapping[str, Any], settings: RuleSettings) -> dt.date | None:
    base = stored_date(row.get("revised_on") or row.get("issued_on"))
    if base is None:
        return None
    years = row.get("review_years")
    if not isinstance(years, int) or isinstance(years, bool) or years < 1:
        years = settings.review_years  # what the plan would have if it had none
    return add_years(base, min(years, dt.MAXYEAR))


def report_due(row: Mapping[str, Any], settings: RuleSettings) -> str | None:
    """When a duty entry must have been reported up by (``YYYY-MM-DD HH:MM``), if at all."""
    minutes = settings.report_minutes(row.get("level"))
    received = row.get("received_at")
    if minutes is None or not received:
        return None
    try:
        start = dt.datetime.strptime(str(received)[:16], "%Y-%m-%d %H:%M")
        return (start + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):
        return None


def _window_flag(due: str | None, today: str, soon: str) -> Flag | None:
    if not due:
        return None
    if due < today:
        return "overdue"
    if due <= soon:
        return "due_soon"
    return None


def row_flag(
    table: str,
    row: Mapping[str, Any],
    today: DayLike,
    settings: RuleSettings,
    now: str | None = None,
) -> Flag | None:
    """How a table should mark one row: overdue (red), due soon (amber) or not at all.

    Only what the row itself shows is judged here; rules that need other rows (a plan's
    drills, a drill's actions) come from ``make_flagger``.
    """
    if row.get("deleted_at"):
        return None
    day = as_date(today)
    iso = day.isoformat()
    s = settings
    if table == "hazards":
        if row.get("status") in q.RECTIFIED:
            return None
        return _window_flag(row.get("deadline"), iso, _plus_days(day, s.hazard_due_soon_days))
    if table == "plans":
        if row.get("status") != "in_force":
            return None
        review_due = plan_review_due(row, s)
        soon = _plus_days(day, s.review_due_soon_days)
        return _window_flag(review_due.isoformat() if review_due else None, iso, soon)
    if table == "materials":
        qty = row.get("quantity") or 0
        minimum = row.get("min_quantity")
        expires = row.get("expires_on") if qty > 0 else None
        if (minimum is not None and qty < minimum) or (expires and expires < iso):
            return "overdue"
        return _window_flag(expires, iso, _plus_days(day, s.material_expiring_days))
    if table == "duty_log":
        due = report_due(row, s)
        if due is None:
            return None
        moment = now or moment_of(day)
        if not s.records_from <= str(row["received_at"])[:16] <= moment:
            return None
        reported = row.get("reported_up_at")
        if reported:
            return "overdue" if str(reported)[:16] > due else None
        return "overdue" if due < moment else "due_soon"
    if table == "drill_actions":
        if row.get("done_on"):
            return None
        return _window_flag(row.get("due_on"), iso, _plus_days(day, s.hazard_due_soon_days))
    return None


RowFlagger = Callable[[Mapping[str, Any]], Flag | None]


def make_flagger(
    store: Store, table: str, today: DayLike, settings: RuleSettings, now: str | None = None
) -> RowFlagger:
    """A row -> flag function for a register table, with the rules that need other rows."""
    settings = with_floor(store, settings)
    day = as_date(today)
    moment = now or moment_of(day)
    extra: set[int] = set()
    if table == "plans":
        extra = set(
            q.plans_not_drilled(
                store, day.isoformat(), settings.drill_years_special, settings.drill_years_natural
            )
        )
    elif table == "drills":
        extra = set(q.drills_with_overdue_actions(store, day.isoformat()))
    elif table in LEDGER_TABLES:
        extra = attention_ids(store, table, day, settings, moment)

    def flag(row: Mapping[str, Any]) -> Flag | None:
        found = row_flag(table, row, day, settings, moment)
        if found == "overdue" or (row.get("id") in extra and not row.get("deleted_at")):
            return "overdue"
        return found

    return flag


def attention_ids(
    store: Store,
    table: str,
    today: DayLike,
    settings: RuleSettings | None = None,
    now: str | None = None,
) -> set[int]:
    """Ids of the live records of ``table`` that some rule flags ("needs attention")."""
    s = with_floor(store, settings or load_settings(store))
    day = as_date(today)
    moment = now or moment_of(day)
    if table == "duty_log":
        # Every level with a limit, not only larger and above, plus those still awaiting
        # a report within their limit.
        late = set(late_reports(store, s, moment))
        return late | set(q.duty_awaiting_report(store, moment, s.report_limits))
    if table == "drills":
        return set(q.drills_with_overdue_actions(store, day.isoformat()))
    if table == "duty_roster":
        return set()  # its alert is about days without a row, not about rows
    keys = tuple(k for k in ALERT_KEYS if ALERT_SPECS[k].table == table and k not in NOT_RECORD_IDS)
    ids: set[int] = set()
    for group in evaluate(store, day, s, moment, keys).values():
        ids.update(group.ids)
    if table == "drill_actions":
        ids.update(q.drill_actions_due_soon(store, day.isoformat(), s.hazard_due_soon_days))
    return ids
