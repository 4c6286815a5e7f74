"""The figures the county bureau compares townships by, one row per township.

Each figure is one ``GROUP BY township`` query over the register tables, so a county of
thirty townships costs what one township does, and the county's own records (township
NULL) come out as one more row. The definitions are the annual summary's where it has
them (``summary_hazards``: found in the year, rectified by the day, overdue; ``summary_duty``:
reports up within the limit of their level), so a township's row here and its own summary
say the same; the sum over every row is the county-wide figure (``total``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from .county_schema import TOWNSHIP_COLUMN
from .facade import Store
from .summary_hazards import RECTIFIED_BY
from .summary_sql import as_of_params, known_by

T = f'"{TOWNSHIP_COLUMN}"'


@dataclass(frozen=True)
class TownshipFigures:
    """One township's figures for a year up to a day (``code`` None: the county's own)."""

    code: str | None
    hazards_found: int = 0
    hazards_rectified: int = 0
    hazards_overdue: int = 0  # found up to the day (any year), not rectified, past deadline
    major_open: int = 0  # major hazards found up to the day and not rectified on it
    drills: int = 0
    participants: int = 0
    plans_past_review: int = 0  # in force, review date passed
    stock_short: int = 0  # items below their minimum stock on the day
    stock_expired: int = 0  # items in stock whose expiry date has passed
    reports_due: int = 0  # duty entries of a level with a reporting limit
    reports_on_time: int = 0
    incidents: int = 0
    losses: Decimal = Decimal(0)  # direct loss in 10k yuan, each incident's latest report

    @property
    def rate(self) -> float | None:
        """Rectification rate in percent; None when nothing was found."""
        if not self.hazards_found:
            return None
        return 100.0 * self.hazards_rectified / self.hazards_found

    @property
    def on_time_rate(self) -> float | None:
        return None if not self.reports_due else 100.0 * self.reports_on_time / self.reports_due

    @property
    def reports_late(self) -> int:
        return self.reports_due - self.reports_on_time

    @property
    def behind(self) -> bool:
        """Behind on what the county asks about: overdue hazards, expired stock, late reports."""
        return bool(self.hazards_overdue or self.stock_expired or self.reports_late)


FIGURE_NAMES = tuple(f.name for f in fields(TownshipFigures) if f.name != "code")


def total(rows: Iterable[TownshipFigures], code: str | None = None) -> TownshipFigures:
    """The sum of ``rows`` (the county-wide figures when given every row)."""
    sums: dict[str, Any] = {name: 0 for name in FIGURE_NAMES}
    sums["losses"] = Decimal(0)
    for row in rows:
        for name in FIGURE_NAMES:
            sums[name] += getattr(row, name)
    return TownshipFigures(code, **sums)


def figures_by_township(
    store: Store,
    year: int,
    as_of: dt.date,
    *,
    review_years: int = 3,
    limits: Mapping[str, int] | None = None,
    doc_date: dt.date | None = None,
) -> dict[str | None, TownshipFigures]:
    """Every township's figures (and the county's own under ``None``) for ``year`` up to
    ``as_of``. ``review_years``: a plan's cycle when it has none; ``limits``: minutes allowed
    to report up per duty level (the rules' settings); ``doc_date``: records entered after it
    do not count (the summary's date, ``summary_sql.as_of_params``)."""
    p: dict[str, Any] = as_of_params(year, as_of, doc_date)
    p["next"] = (dt.date.fromisoformat(p["day"]) + dt.timedelta(days=1)).isoformat()
    p["review"] = int(review_years)
    rows: dict[str | None, dict[str, Any]] = {}

    def add(sql: str, names: tuple[str, ...], params: Any = p) -> None:
        for code, *values in store.conn.execute(sql, params):  # conn: no sqlite-utils
            row = rows.setdefault(code, {})
            for name, value in zip(names, values, strict=True):
                row[name] = value

    done = RECTIFIED_BY
    add(
        f"SELECT {T}, count(*), coalesce(sum({done}), 0) FROM hazards "
        f"WHERE {known_by()} AND found_on BETWEEN :start AND :day GROUP BY {T}",
        ("hazards_found", "hazards_rectified"),
    )
    add(
        f"SELECT {T}, coalesce(sum(deadline IS NOT NULL AND deadline < :day), 0), "
        "coalesce(sum(grade = 'major'), 0) FROM hazards "
        f"WHERE {known_by()} AND found_on <= :day AND NOT {done} GROUP BY {T}",
        ("hazards_overdue", "major_open"),
    )
    add(
        f"SELECT {T}, count(*), coalesce(sum(participants), 0) FROM drills "
        f"WHERE {known_by()} AND held_on BETWEEN :start AND :day GROUP BY {T}",
        ("drills", "participants"),
    )
    add(
        f"SELECT {T}, count(*) FROM plans WHERE {known_by()} AND status = 'in_force' "
        "AND coalesce(revised_on, issued_on) IS NOT NULL AND date(coalesce(revised_on, "
        "issued_on), '+' || CASE WHEN review_years >= 1 THEN review_years ELSE :review END "
        f"|| ' years') < :day GROUP BY {T}",
        ("plans_past_review",),
    )
    on_day = (
        "coalesce((SELECT sum(s.delta) FROM stock_movements s WHERE s.material_id = m.id "
        "AND s.deleted_at IS NULL AND s.moved_on <= :day), 0)"
    )
    add(
        f"SELECT {T}, coalesce(sum(min_quantity IS NOT NULL AND q < min_quantity), 0), "
        "coalesce(sum(q > 0 AND expires_on IS NOT NULL AND expires_on < :day), 0) FROM ("
        f"SELECT m.{T}, m.min_quantity, m.expires_on, {on_day} AS q FROM materials m "
        f"WHERE {known_by('m')}) GROUP BY {T}",
        ("stock_short", "stock_expired"),
    )
    levels = [
        lv for lv in ("especially_major", "major", "larger", "general") if lv in (limits or {})
    ]
    if limits and levels:
        limit_of = " ".join(f"WHEN '{lv}' THEN {int(limits[lv])}" for lv in levels)
        marks = ", ".join(f"'{lv}'" for lv in levels)
        add(
            f"SELECT {T}, count(*), coalesce(sum(reported_up_at IS NOT NULL AND "
            "round((julianday(reported_up_at) - julianday(received_at)) * 1440, 2) <= "
            f"CASE level {limit_of} END), 0) FROM duty_log WHERE deleted_at IS NULL "
            f"AND received_at >= :start AND received_at < :next AND level IN ({marks}) "
            f"GROUP BY {T}",
            ("reports_due", "reports_on_time"),
        )
    latest = (
        "(SELECT r.direct_loss FROM incident_reports r WHERE r.incident_id = i.id "
        "AND r.deleted_at IS NULL AND r.sent_at < :next ORDER BY r.sent_at DESC, r.id DESC "
        "LIMIT 1)"
    )
    add(
        f"SELECT i.{T}, count(*), "
        f"coalesce(sum(CAST(round(coalesce({latest}, 0) * 100) AS INTEGER)), 0) "
        f"FROM incidents i WHERE {known_by('i')} AND i.started_at >= :start "
        f"AND i.started_at < :next GROUP BY i.{T}",
        ("incidents", "losses"),
    )
    out: dict[str | None, TownshipFigures] = {}
    for code, values in rows.items():
        values = {k: int(v or 0) for k, v in values.items()}
        losses = Decimal(values.pop("losses", 0)) / 100
        out[code] = TownshipFigures(code, losses=losses, **values)
    return out


OFFICE_SUFFIXES = ("应急管理办公室", "应急管理办", "应急办公室", "应急办", "人民政府")


def short_name(office: str) -> str:
    """A township as a table names it: 青石镇, not 青石镇应急管理办公室."""
    for suffix in OFFICE_SUFFIXES:
        if office.endswith(suffix) and len(office) > len(suffix):
            return office[: -len(suffix)]
    return office
