"""The rows behind the incident rules: live incidents, their live reports and their ledger
totals. An office has a few dozen incidents a year, so the rules read them whole and do
the time arithmetic in Python (``rules/incident_rules.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facade import Store

FIGURE_COLUMNS = ("deaths", "missing", "houses_collapsed", "houses_severe", "houses_damaged")


def _dicts(store: Store, sql: str) -> list[dict[str, Any]]:
    cur = store.conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def live_incidents(store: Store) -> list[dict[str, Any]]:
    return _dicts(
        store,
        "SELECT id, title, category, status, started_at, ended_at FROM incidents "
        "WHERE deleted_at IS NULL ORDER BY started_at, id",
    )


def live_reports(store: Store) -> list[dict[str, Any]]:
    """Every live report of a live incident, oldest first (an incident's latest is last)."""
    cols = ", ".join(f"r.{c}" for c in FIGURE_COLUMNS)
    return _dicts(
        store,
        f"SELECT r.id, r.incident_id, r.kind, r.sent_at, {cols} FROM incident_reports r "
        "JOIN incidents i ON i.id = r.incident_id AND i.deleted_at IS NULL "
        "WHERE r.deleted_at IS NULL ORDER BY r.incident_id, r.sent_at, r.id",
    )


def ledger_totals(store: Store) -> dict[int, dict[str, int]]:
    """Per incident: the dead and missing in its victims ledger, the rooms in its houses'."""
    totals: dict[int, dict[str, int]] = {}

    def slot(incident: int) -> dict[str, int]:
        return totals.setdefault(incident, dict.fromkeys(FIGURE_COLUMNS, 0))

    for incident, dead, missing in store.conn.execute(
        "SELECT incident_id, sum(outcome = 'dead'), sum(outcome = 'missing') "
        "FROM incident_victims WHERE deleted_at IS NULL GROUP BY incident_id"
    ):
        slot(incident).update(deaths=int(dead or 0), missing=int(missing or 0))
    for incident, col, sev, dam in store.conn.execute(
        "SELECT incident_id, sum(coalesce(collapsed_rooms, 0)), sum(coalesce(severe_rooms, 0)), "
        "sum(coalesce(damaged_rooms, 0)) FROM incident_houses WHERE deleted_at IS NULL "
        "GROUP BY incident_id"
    ):
        slot(incident).update(
            houses_collapsed=int(col), houses_severe=int(sev), houses_damaged=int(dam)
        )
    return totals
