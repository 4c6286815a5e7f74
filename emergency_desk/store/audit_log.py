"""The audit log: who changed what, when, with the record before and after.

Apart from the facade so that the facade reads as the list of user actions; every write
the facade or the stock ledger makes records itself here, inside the same transaction.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import StoreError

if TYPE_CHECKING:
    from .facade import Store


# Audit rows about things other than register records: their ``table_name`` and what the
# audit viewer calls them. Settings rows hold {key: value}; summary texts {"lang.part":
# text} with the year as ``record_id``; a restore {"database": file} (see ``record_restore``).
DATABASE = "database"
OTHER_TABLES: dict[str, tuple[str, str]] = {
    "settings": ("设置", "Settings"),
    "report_texts": ("年度总结文字", "Summary texts"),
    DATABASE: ("数据库", "Database"),
}


def now_stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def write_audit(
    store: Store,
    action: str,
    table: str,
    record_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    insert_row(
        store.db.conn, store.os_user, store.operator, action, table, record_id, before, after
    )


def insert_row(
    conn: sqlite3.Connection,
    os_user: str,
    operator: str,
    action: str,
    table: str,
    record_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """One audit row on a plain connection (``write_audit`` without a ``Store``)."""
    conn.execute(
        "INSERT INTO audit_log (at, os_user, operator, action, table_name, record_id, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            now_stamp(),
            os_user,
            operator,
            action,
            table,
            record_id,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
        ],
    )


PERSONAL_ACTIONS = ("reveal", "export_personal")
"""Audit actions that change nothing but show or hand out personal data (ID numbers)."""


def record_personal_access(
    store: Store, action: str, table: str, record_id: int | None, detail: dict[str, Any]
) -> None:
    """Who saw ID numbers in full (``reveal``) or wrote them into a file
    (``export_personal``), and which: the office must be able to answer for both."""
    assert action in PERSONAL_ACTIONS, action
    if store.read_only:
        return  # nothing can be written; the reveal itself is not refused
    with store.transaction():
        write_audit(store, action, table, record_id, None, detail)


def record_restore(db_path: Path, source: Path, saved: Path | None) -> None:
    """The restored database's own first audit row: where its contents came from.

    Written into the restored file (the one that carries on), as "restore" of the table
    ``database``: before, where the database as it was is kept (``saved``); after, the
    backup it now holds. Best effort: the restore is done by now, and a failure here
    (a full disk) must not be reported as a failed restore; the next open says more.
    """
    from .connection import atomic, open_connection

    conn: sqlite3.Connection | None = None
    try:
        conn = open_connection(db_path)
        row = conn.execute("SELECT value FROM settings WHERE key = 'operator'").fetchone()
        operator = loads_leniently(row[0]) if row else ""
        with atomic(conn):
            insert_row(
                conn,
                login_name(),
                operator if isinstance(operator, str) else "",
                "restore",
                DATABASE,
                None,
                {DATABASE: None if saved is None else str(saved)},
                {DATABASE: str(source.resolve())},
            )
    except (StoreError, sqlite3.Error, OSError):
        pass
    finally:
        if conn is not None:
            conn.close()


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service accounts
        return ""


def loads_leniently(text: str | None) -> Any:
    """A stored JSON value; the text itself if it is not JSON (written by another tool)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def history(store: Store, table: str, record_id: int) -> list[dict[str, Any]]:
    rows = store._dicts(
        "SELECT * FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id",
        [table, record_id],
    )
    return [_decode(r) for r in rows]


def audit_page(
    store: Store,
    *,
    table: str | None = None,
    action: str | None = None,
    text: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[dict[str, Any]]:
    where, params = ["1=1"], []
    if table:
        where.append("table_name = ?")
        params.append(table)
    if action:
        where.append("action = ?")
        params.append(action)
    if text:
        where.append("(operator LIKE ? OR os_user LIKE ? OR before LIKE ? OR after LIKE ?)")
        params += [f"%{text}%"] * 4
    sql = f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ? OFFSET ?"
    return [_decode(r) for r in store._dicts(sql, [*params, limit, offset])]


def strip_system(row: dict[str, Any]) -> dict[str, Any]:
    """A record as the audit keeps it: without the columns the store itself maintains."""
    return {
        k: v
        for k, v in row.items()
        if k not in ("id", "created_at", "updated_at", "deleted_at", "township")
    }


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("before", "after"):
        row[key] = json.loads(row[key]) if row[key] else None
    return row
