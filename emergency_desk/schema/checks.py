"""Rules over several fields of one record, each named on the table it belongs to
(``Table.checks``), so the form, the import and the command line refuse the same records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .fields import Table
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
