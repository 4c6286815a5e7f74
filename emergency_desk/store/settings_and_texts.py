"""Settings (JSON values by key) and the user's own report texts (per year, language, part).

Both are small key/value tables beside the registers; the facade's ``get_setting``,
``set_setting``, ``report_text`` and ``set_report_text`` delegate here. A change to
either is audited like a record's (``audit_log.OTHER_TABLES`` says how the rows read).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..schema import xml_safe
from .audit_log import loads_leniently, now_stamp, write_audit

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


def _storable(value: Any) -> Any:
    """Text without characters a Word or Excel file cannot hold (office name, signatures…)."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list):
        return [_storable(v) for v in value]
    if isinstance(value, dict):
        return {k: _storable(v) for k, v in value.items()}
    return value


def set_setting(store: Store, key: str, value: Any) -> None:
    """Store a setting, and audit the change (before and after) when it is one."""
    value = _storable(value)
    new = json.dumps(value, ensure_ascii=False)
    with store.transaction():
        row = store.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        store.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, new],
        )
        old = None if row is None else row[0]
        if old != new:
            before = {key: loads_leniently(old)}
            write_audit(store, "update", "settings", None, before, {key: value})
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
    """Store the office's own text of a part (``None``: follow the data again), audited.

    Control characters pasted into the editor (Qt keeps them) are dropped here: the
    text is the office's, so it is kept, minus what the Word file could not hold.
    """
    body = None if body is None else xml_safe(body)
    with store.transaction():
        old = report_text(store, year, lang, part)
        store.db.execute(
            "INSERT INTO report_texts (year, lang, part, body, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(year, lang, part) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            [year, lang, part, body, now_stamp()],
        )
        if old != body:
            key = f"{lang}.{part}"
            write_audit(store, "update", "report_texts", year, {key: old}, {key: body})
        store._changed("report_texts")
