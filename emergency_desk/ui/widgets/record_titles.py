"""What one record is called in dialog titles, questions and the recycle bin.

``Store.title_of`` gives a record's title column, which suits most registers. A roster
entry's title column is its officers (张三、李四), but people name a roster entry by its
day and shift (2025年3月5日 白班 / 5 Mar 2025 day shift), so those tables are named here,
in the UI's language, leaving the store's API as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...store import NotFoundError, Store
from ..shell.lang import format_date, ui_lang


def _roster_title(row: dict[str, Any], lang: str) -> str:
    day = format_date(row.get("on_date"), lang)
    shifts = {
        "day": QCoreApplication.translate("record_titles", "{date} day shift"),
        "night": QCoreApplication.translate("record_titles", "{date} night shift"),
        "full": QCoreApplication.translate("record_titles", "{date} 24-hour shift"),
    }
    pattern = shifts.get(str(row.get("shift") or ""))
    return pattern.format(date=day) if pattern else day


_NAMERS: dict[str, Callable[[dict[str, Any], str], str]] = {"duty_roster": _roster_title}


def row_title(table: str, row: dict[str, Any], lang: str | None = None) -> str | None:
    """The name of a record given its row, or ``None`` where its title column says it."""
    namer = _NAMERS.get(table)
    return namer(row, lang or ui_lang()) if namer else None


def named_here(table: str) -> bool:
    """Whether this module names ``table``'s records (else their title column does)."""
    return table in _NAMERS


def record_title(store: Store, table: str, record_id: int | None, lang: str | None = None) -> str:
    """Like ``store.title_of`` (same arguments), with the names people use for a roster entry."""
    if record_id is None:
        return ""
    if table in _NAMERS:
        try:
            row = store.get(table, record_id)
        except NotFoundError:  # gone for good: nothing to name
            return ""
        return row_title(table, row, lang) or ""
    return store.title_of(table, record_id)


def title_lookup(store: Store, lang: str | None = None) -> Callable[[str, int], str]:
    """``record_title`` bound to a store, for code that takes ``(table, id) -> title``."""
    return lambda table, record_id: record_title(store, table, record_id, lang)
