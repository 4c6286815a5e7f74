"""Rules over several fields of one record, each named on the table it belongs to
(``Table.checks``), so the form, the import and the command line refuse the same records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .fields import CrossCheck, Table
from .validation import FieldError, error_for

RECTIFIED_STATUSES = ("rectified", "closed")


def rectified_needs_date(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    if record.get("status") in RECTIFIED_STATUSES and not record.get("rectified_on"):
        return [error_for(tbl.field("rectified_on"), "rectified_needs_date")]
    return []


def closed_needs_verifier(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    # 销号 is the verifier's sign-off: a closed hazard without one was never verified.
    if record.get("status") == "closed" and not record.get("verified_by"):
        return [error_for(tbl.field("verified_by"), "closed_needs_verifier")]
    return []


def nonzero_delta(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    if record.get("delta") == 0:
        return [error_for(tbl.field("delta"), "zero_delta")]
    return []


def _day(value: Any) -> dt.date | None:
    """A cleaned date value (ISO text or a date); ``None`` when blank or not a date."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def not_after_discovery(*later: str, start: str = "found_on") -> CrossCheck:
    """A check: each of the ``later`` dates is on or after the ``start`` date."""

    def check(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
        first = _day(record.get(start))
        if first is None:
            return []
        other = tbl.field(start)
        errors = []
        for key in later:
            day = _day(record.get(key))
            if day is not None and day < first:
                errors.append(
                    error_for(
                        tbl.field(key),
                        "end_before_start",
                        day,
                        other_zh=other.zh,
                        other_en=other.en,
                    )
                )
        return errors

    check.__name__ = f"after_{start}"
    return check


def found_not_in_future(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    # A hazard is recorded when it is found: a later date is a typing slip.
    day = _day(record.get("found_on"))
    if day is not None and day > dt.date.today():
        return [error_for(tbl.field("found_on"), "date_in_future", day.isoformat())]
    return []


DRILL_OUTCOMES = ("participants", "rating", "problems_found")


def future_drill_not_held(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    # A drill may be entered ahead as planned; what only a held drill has may not.
    day = _day(record.get("held_on"))
    if day is None or day <= dt.date.today():
        return []
    if any(record.get(k) not in (None, "") for k in DRILL_OUTCOMES):
        return [error_for(tbl.field("held_on"), "future_drill_held", day.isoformat())]
    return []
