"""How audit entries read: action names, register names and "field: before → after" lines.

Shared by the audit viewer, the history dialog and the recycle bin so a change is worded
the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...schema import TABLES, FieldType
from ...store.audit_log import OTHER_TABLES
from ..shell.lang import format_date, format_datetime

TitleOf = Callable[[str, int], str]
"""``(table, record_id) -> title`` (``Store.title_of``): a reference reads as the record's name."""


def action_label(action: str) -> str:
    labels = {
        "insert": QCoreApplication.translate("audit", "Created"),
        "update": QCoreApplication.translate("audit", "Edited"),
        "delete": QCoreApplication.translate("audit", "Deleted"),
        "restore": QCoreApplication.translate("audit", "Restored"),
        "purge": QCoreApplication.translate("audit", "Deleted permanently"),
        "reveal": QCoreApplication.translate("audit", "Viewed ID numbers"),
        "export_personal": QCoreApplication.translate("audit", "Exported ID numbers"),
    }
    return labels.get(action, action)


ACTIONS = ("insert", "update", "delete", "restore", "purge", "reveal", "export_personal")


def table_label(table: str, lang: str) -> str:
    t = TABLES.get(table)
    if t is None and table in OTHER_TABLES:  # settings, summary texts, a restore
        return OTHER_TABLES[table][0 if lang == "zh" else 1]
    return t.label(lang) if t else table


def value_text(table: str, key: str, value: Any, lang: str, title_of: TitleOf | None = None) -> str:
    if value is None or value == "":
        return "—"
    t = TABLES.get(table)
    if t is not None and t.has_field(key):
        f = t.field(key)
        if f.type is FieldType.CHOICE:
            return f.choice_label(str(value), lang)
        if f.type is FieldType.REF and f.ref_table:
            title = title_of(f.ref_table, int(value)) if title_of and str(value).isdigit() else ""
            return title or f"#{value}"  # a purged record has no name left
        if f.type is FieldType.DATE:
            return format_date(value, lang)
        if f.type is FieldType.DATETIME:
            return format_datetime(value, lang)
        if f.type is FieldType.MONEY and isinstance(value, (int, float)):
            return f"{value:,.2f}"  # as the lists show it: 3,700.00, not 3700.0
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


def field_label(table: str, key: str, lang: str) -> str:
    t = TABLES.get(table)
    return t.field(key).label(lang) if t is not None and t.has_field(key) else key


def change_lines(entry: dict[str, Any], lang: str, title_of: TitleOf | None = None) -> list[str]:
    """One line per changed field: ``Status: Open → Rectifying`` (``整改状态：待整改 → 整改中``).

    With ``title_of`` a reference names its record (``所依预案：青石镇防汛应急预案``).
    """
    table = entry["table_name"]
    before = entry.get("before") or {}
    after = entry.get("after") or {}
    colon = "：" if lang == "zh" else ": "  # a full-width colon in Chinese text

    def line(key: str, text: str) -> str:
        return f"{field_label(table, key, lang)}{colon}{text}"

    lines = []
    if entry["action"] == "update" or (entry["action"] == "restore" and table not in TABLES):
        for key in after:
            old = value_text(table, key, before.get(key), lang, title_of)
            new = value_text(table, key, after[key], lang, title_of)
            lines.append(line(key, f"{old} → {new}"))
    elif entry["action"] in ("insert", "purge"):
        values = after if entry["action"] == "insert" else before
        for key, value in values.items():
            if value not in (None, ""):
                lines.append(line(key, value_text(table, key, value, lang, title_of)))
    return lines


def who(entry: dict[str, Any]) -> str:
    operator, os_user = entry.get("operator") or "", entry.get("os_user") or ""
    if operator and os_user and operator != os_user:
        return f"{operator} ({os_user})"
    return operator or os_user
