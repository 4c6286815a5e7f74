"""Settings (JSON values by key) and the user's own report texts (per year, language, part).

Both are small key/value tables beside the registers; the facade's ``get_setting``,
``set_setting``, ``report_text`` and ``set_report_text`` delegate here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .audit_log import now_stamp

if TYPE_CHECKING:
    from .facade import Store


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None or row[0] is None:
        return default
    return _decoded(row[0], default)


def _decoded(raw: Any, default: Any) -> Any:
    """A stored value; text that is not JSON (typed into the file by hand, or by another
    tool) is taken as the text itself, so one odd value cannot stop every command."""
    if not isinstance(raw, (str, bytes)):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw if isinstance(raw, str) else default


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.transaction():
        store.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
        store._changed("settings")
    if key == "operator":
        store.operator = value or ""


def report_text(store: Store, year: int, lang: str, part: str) -> str | None:
    row = store.db.execute(
        "SELECT body FROM report_texts WHERE year = ? AND lang = ? AND part = ?",
        [year, lang, part],
    ).fetchone()
    return None if row is None else row[0]


def set_report_text(store: Store, year: int, lang: str, part: str, body: str | None) -> None:
    with store.transaction():
        store.db.execute(
            "INSERT INTO report_texts (year, lang, part, body, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(year, lang, part) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            [year, lang, part, body, now_stamp()],
        )
        store._changed("report_texts")
