"""The SQL behind the other ledgers' rules: teams and information officers not trained,
villages without an information officer, shelters not inspected, risk points without a
monitor, a shelter or current cards. Intervals come in as months from the rules layer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .id_shape import first_column

if TYPE_CHECKING:
    from .facade import Store


def _ids(store: Store, sql: str, params: Iterable[Any] = ()) -> list[int]:
    return [int(v) for v in first_column(store, sql, params)]


def _stale(column: str) -> str:
    """Never done, or last done before the cut-off ``?`` (an ISO date)."""
    return f"(nullif({column}, '') IS NULL OR {column} < ?)"


def teams_untrained(store: Store, cutoff: str) -> list[int]:
    return _ids(
        store,
        f"SELECT id FROM teams WHERE deleted_at IS NULL AND status = 'active' "
        f"AND {_stale('last_trained_on')} ORDER BY coalesce(last_trained_on, ''), id",
        [cutoff],
    )


def info_officers_untrained(store: Store, cutoff: str) -> list[int]:
    return _ids(
        store,
        "SELECT id FROM contacts WHERE deleted_at IS NULL AND role = 'info_officer' "
        f"AND status = 'active' AND {_stale('trained_on')} "
        "ORDER BY coalesce(trained_on, ''), village, id",
        [cutoff],
    )


def villages_with_info_officer(store: Store) -> set[str]:
    rows = store.conn.execute(
        "SELECT DISTINCT trim(village) FROM contacts WHERE deleted_at IS NULL "
        "AND role = 'info_officer' AND status = 'active' AND village IS NOT NULL"
    )
    return {str(r[0]) for r in rows}


def shelters_uninspected(store: Store, cutoff: str) -> list[int]:
    return _ids(
        store,
        "SELECT id FROM shelters WHERE deleted_at IS NULL AND status <> 'closed' "
        f"AND {_stale('last_inspected_on')} ORDER BY coalesce(last_inspected_on, ''), id",
        [cutoff],
    )


_MONITORED = (  # through the covering index of the points watched (``figure_indexes``)
    'FROM risk_points r INDEXED BY "idx_risk_points_monitoring_cover" '
    "WHERE r.deleted_at IS NULL AND r.status = 'monitoring'"
)


def _points(store: Store, sql: str, params: Iterable[Any] = ()) -> list[int]:
    """``_ids`` for the risk points; a file opened read-only may predate their index."""
    try:
        return _ids(store, sql, params)
    except sqlite3.OperationalError as exc:
        if "no such index" not in str(exc):
            raise
        return _ids(
            store, sql.replace('INDEXED BY "idx_risk_points_monitoring_cover" ', ""), params
        )


def risk_points_unmonitored(store: Store) -> list[int]:
    return _points(
        store,
        f"SELECT r.id {_MONITORED} AND (nullif(trim(r.monitor), '') IS NULL "
        "OR nullif(trim(r.monitor_phone), '') IS NULL) ORDER BY r.village, r.id",
    )


def risk_points_without_shelter(store: Store) -> list[int]:
    """No shelter named, or the one named is in the recycle bin or closed."""
    return _points(
        store,
        f"SELECT r.id {_MONITORED} AND NOT EXISTS (SELECT 1 FROM shelters s "
        "WHERE s.id = r.shelter_id AND s.deleted_at IS NULL AND s.status <> 'closed') "
        "ORDER BY r.village, r.id",
    )


def risk_points_cards_due(store: Store, cutoff: str) -> list[int]:
    return _points(
        store,
        f"SELECT r.id {_MONITORED} AND {_stale('r.cards_issued_on')} "
        "ORDER BY coalesce(r.cards_issued_on, ''), r.village, r.id",
        [cutoff],
    )


CALLED_COLORS = ("orange", "red")
"""Warning colours whose call-backs (叫应) must be made and answered within the limit."""


def _deadline(minutes: int) -> tuple[str, list[Any]]:
    """SQL for a warning's call-back deadline (``w.received_at`` plus the limit)."""
    return "strftime('%Y-%m-%d %H:%M', w.received_at, ?)", [f"+{int(minutes)} minutes"]


def warnings_not_called_back(store: Store, now: str, minutes: int, since: str = "") -> list[int]:
    """Orange and red warnings whose limit has passed by ``now`` with no call-back, one
    not answered, or one made after the limit — newest first; none received before
    ``since`` (the records' start)."""
    due, due_params = _deadline(minutes)
    late = (
        "SELECT 1 FROM warning_callbacks c WHERE c.warning_id = w.id AND c.deleted_at IS NULL "
        f"AND (c.answered <> 'yes' OR c.called_at > {due})"
    )
    called = "SELECT 1 FROM warning_callbacks c WHERE c.warning_id = w.id AND c.deleted_at IS NULL"
    return _ids(
        store,
        "SELECT w.id FROM warnings w WHERE w.deleted_at IS NULL "
        "AND w.color IN (?, ?) AND w.received_at <= ? AND w.received_at >= ? "
        f"AND {due} < ? AND (NOT EXISTS ({called}) OR EXISTS ({late})) "
        "ORDER BY w.received_at DESC, w.id DESC",
        [*CALLED_COLORS, now, since, *due_params, now, *due_params],
    )


def callback_tally(store: Store, warning_id: int, minutes: int) -> dict[str, int]:
    """How a warning's call-backs stand: made, answered, unanswered, after the limit."""
    due, due_params = _deadline(minutes)
    row = store.conn.execute(
        "SELECT count(c.id), "
        "coalesce(sum(c.answered = 'yes'), 0), coalesce(sum(c.answered <> 'yes'), 0), "
        f"coalesce(sum(c.called_at > {due}), 0) "
        "FROM warnings w LEFT JOIN warning_callbacks c ON c.warning_id = w.id "
        "AND c.deleted_at IS NULL WHERE w.id = ?",
        [*due_params, warning_id],
    ).fetchone()
    return {"made": int(row[0]), "answered": int(row[1]), "unanswered": int(row[2]),
            "late": int(row[3])}  # fmt: skip
