"""Figures an incident or its report cannot have, refused at the field with a sentence.

The checks on a report that need its incident (a report sent before the incident began,
a verified report while it is still being handled) are ``Table.parent_checks``: the store
passes them the incident the report belongs to, so the form, the import and the command
line refuse the same reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .fields import Table
from .validation import FieldError, error_for


def _after(tbl: Table, record: Mapping[str, Any], later: str, earlier: str) -> list[FieldError]:
    end, start = record.get(later), record.get(earlier)
    if end and start and str(end) < str(start):
        other = tbl.field(earlier)
        return [error_for(tbl.field(later), "end_before_start", end, other_zh=other.zh,
                          other_en=other.en)]  # fmt: skip
    return []


def ended_after_start(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    return _after(tbl, record, "ended_at", "started_at")


def response_end_after_start(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    return _after(tbl, record, "response_ended_at", "response_started_at")


def closed_needs_end(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    # The verified report's limit runs from the end: a closed incident must say when.
    if record.get("status") == "closed" and not record.get("ended_at"):
        return [error_for(tbl.field("ended_at"), "closed_needs_end")]
    return []


def deaths_within_affected(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    deaths, affected = record.get("deaths"), record.get("affected")
    if deaths is not None and affected is not None and deaths > affected:
        return [error_for(tbl.field("deaths"), "deaths_over_affected", deaths, other=affected)]
    return []


def failed_within_affected_crops(tbl: Table, record: Mapping[str, Any]) -> list[FieldError]:
    failed, affected = record.get("crops_failed_ha"), record.get("crops_affected_ha")
    if failed is not None and affected is not None and failed > affected:
        return [error_for(tbl.field("crops_failed_ha"), "failed_over_affected", failed,
                          other=affected)]  # fmt: skip
    if failed and affected is None:
        return [error_for(tbl.field("crops_failed_ha"), "failed_over_affected", failed, other=0)]
    return []


def report_after_start(
    tbl: Table, record: Mapping[str, Any], incident: Mapping[str, Any]
) -> list[FieldError]:
    sent, started = record.get("sent_at"), incident.get("started_at")
    if sent and started and str(sent) < str(started):
        return [error_for(tbl.field("sent_at"), "report_before_start", sent, other=started)]
    return []


def verified_only_when_closed(
    tbl: Table, record: Mapping[str, Any], incident: Mapping[str, Any]
) -> list[FieldError]:
    # 核报 states the final figures: while the incident is handled there are none yet.
    if record.get("kind") == "verified" and incident.get("status") != "closed":
        return [error_for(tbl.field("kind"), "verified_while_ongoing")]
    return []
