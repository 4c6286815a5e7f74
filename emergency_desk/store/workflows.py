"""The steps a record goes through: a hazard from found to closed (销号), a call to reported.

A hazard's status is not a free choice: it moves forward one step at a time with the
facts each step needs (the date it was rectified, who verified it), and moving back
(reopening) needs a reason, because an inspector will ask why a closed hazard is open
again. Every change goes through ``Store.update``, so it is validated, audited and
written to ``hazard_status_log`` in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..schema import TABLES, ValidationError
from ..schema.validation import error_for, parse_date
from .listing import ListQuery

if TYPE_CHECKING:
    from .facade import Store

HAZARD_STEPS = ("open", "rectifying", "rectified", "closed")
FORWARD: dict[str, tuple[str, ...]] = {
    "open": ("rectifying", "rectified"),  # a small hazard may be fixed on the spot
    "rectifying": ("rectified",),
    "rectified": ("closed",),
    "closed": (),
}
BACK: dict[str, tuple[str, ...]] = {
    "open": (),
    "rectifying": ("open",),
    "rectified": ("rectifying", "open"),
    "closed": ("rectifying", "open"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "same_status": ("隐患已经是“{status_zh}”状态。", "The hazard is already “{status_en}”."),
    "bad_transition": (
        "隐患不能从“{from_zh}”直接改为“{to_zh}”。",
        "A hazard cannot go from “{from_en}” straight to “{to_en}”.",
    ),
    "reason_required": (
        "将隐患退回“{to_zh}”必须填写原因。",
        "Give a reason for sending the hazard back to “{to_en}”.",
    ),
    "already_reported": (
        "该记录已于 {at} 上报。",
        "This entry was already reported up at {at}.",
    ),
    "not_found": ("记录不存在或已删除。", "The record does not exist or was deleted."),
}


class WorkflowError(Exception):
    """A step that is not allowed from where the record stands; nothing was written."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        zh, en = MESSAGES[self.code]
        return (zh if lang == "zh" else en).format(**self.params)


def _status_labels(prefix: str, status: str) -> dict[str, str]:
    f = TABLES["hazards"].field("status")
    return {
        f"{prefix}_zh": f.choice_label(status, "zh"),
        f"{prefix}_en": f.choice_label(status, "en"),
    }


def hazard_moves(status: str | None) -> list[tuple[str, bool]]:
    """Where a hazard in ``status`` may go next: (status, needs a reason)."""
    current = status or "open"
    return [(s, False) for s in FORWARD.get(current, ())] + [
        (s, True) for s in BACK.get(current, ())
    ]


def is_reopening(current: str, to: str) -> bool:
    return to in BACK.get(current, ())


def change_hazard_status(
    store: Store,
    hazard_id: int,
    to: str,
    *,
    on: str | dt.date | None = None,
    verified_by: str | None = None,
    reason: str | None = None,
) -> None:
    """Move a hazard to ``to``; ``on`` is the rectification date, ``reason`` a note.

    Raises ``WorkflowError`` for a step that is not allowed and ``ValidationError``
    (pointing at the field) when the date or the verifier the step needs is missing.
    """
    t = TABLES["hazards"]
    if not store.exists("hazards", hazard_id):
        raise WorkflowError("not_found")
    row = store.get("hazards", hazard_id)
    current = row.get("status") or "open"
    if to == current:
        raise WorkflowError("same_status", **_status_labels("status", to))
    if to not in FORWARD.get(current, ()) and to not in BACK.get(current, ()):
        raise WorkflowError(
            "bad_transition", **_status_labels("from", current), **_status_labels("to", to)
        )
    note = (reason or "").strip() or None
    if is_reopening(current, to) and not note:
        raise WorkflowError("reason_required", **_status_labels("to", to))
    values: dict[str, Any] = {"status": to, "_reason": note}
    if to in ("rectified", "closed"):
        day = parse_date(on) if on not in (None, "") else row.get("rectified_on")
        if on not in (None, "") and day is None:
            raise ValidationError([error_for(t.field("rectified_on"), "bad_date", on)])
        if not day:
            raise ValidationError([error_for(t.field("rectified_on"), "rectified_needs_date")])
        if row.get("found_on") and day < row["found_on"]:
            raise ValidationError(
                [
                    error_for(
                        t.field("rectified_on"),
                        "end_before_start",
                        day,
                        other_zh=t.field("found_on").zh,
                        other_en=t.field("found_on").en,
                    )
                ]
            )
        values["rectified_on"] = day
    if to == "closed":
        who = (verified_by or "").strip() or row.get("verified_by")
        if not who:
            raise ValidationError([error_for(t.field("verified_by"), "closed_needs_verifier")])
        values["verified_by"] = who
    if to in ("open", "rectifying"):
        # The old completion no longer holds; it stays readable in the audit log.
        values["rectified_on"] = None
        values["verified_by"] = None
    store.update("hazards", hazard_id, values)


def hazard_history(store: Store, hazard_id: int) -> list[dict[str, Any]]:
    """Status changes, oldest first, with who made them and why."""
    return store.hazard_history(hazard_id)


# -- duty -----------------------------------------------------------------------------
def minute_now() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


def mark_reported_up(
    store: Store,
    entry_id: int,
    *,
    at: str | None = None,
    to: str | None = None,
    overwrite: bool = False,
) -> str:
    """Stamp when a duty entry was reported upward (now unless ``at``); returns the stamp."""
    if not store.exists("duty_log", entry_id):
        raise WorkflowError("not_found")
    row = store.get("duty_log", entry_id)
    if row.get("reported_up_at") and not overwrite:
        raise WorkflowError("already_reported", at=row["reported_up_at"])
    stamp = at or minute_now()
    values: dict[str, Any] = {"reported_up_at": stamp}
    if to:
        values["reported_to"] = to
    store.update("duty_log", entry_id, values)
    return str(store.get("duty_log", entry_id)["reported_up_at"])


def open_duty_entries(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    """Entries still being handled, newest first: what a shift hands over."""
    q = ListQuery("duty_log", filters={"status": "open"}, sort="received_at", descending=True)
    return store.page(q, 0, limit)


def record_handover(
    store: Store,
    *,
    at: str,
    from_officer: str,
    to_officer: str,
    notes: str | None = None,
    close_ids: tuple[int, ...] = (),
) -> int:
    """Save a shift handover, closing the entries the outgoing shift finished, at once."""
    with store.transaction():
        for entry_id in close_ids:
            store.update("duty_log", entry_id, {"status": "closed"})
        return store.insert(
            "duty_handovers",
            {"at": at, "from_officer": from_officer, "to_officer": to_officer, "notes": notes},
        )
