"""转为事件: a duty-log entry becomes an incident, its time, type, place and summary filled
in and the entry kept as the incident's source; an entry that already has its incident
opens it instead, so the link works both ways.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ...schema import TABLES
from ...store import ListQuery, Store
from .register_tab import RegisterTab

TYPE_TO_INCIDENT: dict[str, tuple[str, str | None]] = {
    # duty type -> (incident category, kind)
    "fire": ("accident", "fire"),
    "flood": ("natural_disaster", "flood"),
    "geological": ("natural_disaster", "landslide"),
    "weather": ("natural_disaster", None),
    "traffic": ("accident", "traffic"),
    "production_safety": ("accident", "production_safety"),
    "public_health": ("public_health", None),
    "social_security": ("social_security", None),
}


def incident_of(store: Store, duty_id: int) -> int | None:
    """The live incident opened from duty entry ``duty_id``, if any."""
    rows = list(store.rows(ListQuery("incidents", filters={"duty_log_id": duty_id})))
    return int(rows[0]["id"]) if rows else None


def incident_defaults(entry: dict[str, Any]) -> dict[str, Any]:
    """A new incident's values from a duty entry: what the officer already wrote down."""
    category, kind = TYPE_TO_INCIDENT.get(str(entry.get("type")), (None, None))
    label = TABLES["duty_log"].field("type").choice_label(entry.get("type"), "zh")
    place = entry.get("location") or ""
    title = f"{place}{label}" if place else str(entry.get("summary") or label)[:40]
    values = {
        "started_at": entry.get("received_at"),
        "title": title,
        "category": category,
        "kind": kind,
        "level": entry.get("level") if entry.get("level") != "none" else None,
        "location": place or None,
        "summary": entry.get("summary"),
        "measures": entry.get("action_taken"),
        "duty_log_id": entry["id"],
        "status": "ongoing",
    }
    return {k: v for k, v in values.items() if v not in (None, "")}


def to_incident(tab: RegisterTab) -> int | None:
    """Open the selected entry's incident, or a new one filled in from the entry."""
    from .registry import dialog_class

    duty_id = tab.current_id()
    if duty_id is None:
        return None
    existing = incident_of(tab.store, duty_id)
    if existing is None and tab.store.read_only:
        return None
    defaults = None if existing else incident_defaults(tab.store.get("duty_log", duty_id))
    dialog = dialog_class("incidents")(tab.store, "incidents", existing, tab, defaults)
    dialog.exec()
    saved: int | None = dialog.record_id
    dialog.deleteLater()
    _label(tab)
    return saved


def _label(tab: RegisterTab) -> None:
    button: QPushButton = tab.toIncident_button  # type: ignore[attr-defined]
    rid = tab.current_id()
    button.setEnabled(rid is not None)
    linked = rid is not None and incident_of(tab.store, rid) is not None
    button.setText(
        QCoreApplication.translate("IncidentTools", "Open its incident…")
        if linked
        else QCoreApplication.translate("IncidentTools", "Open as incident…")
    )


def install_to_incident(tab: RegisterTab) -> None:
    button = QPushButton(QCoreApplication.translate("IncidentTools", "Open as incident…"), tab)
    button.setObjectName("toIncident")
    button.setToolTip(
        QCoreApplication.translate(
            "IncidentTools", "Open an incident from the selected entry, or the one opened from it"
        )
    )
    button.clicked.connect(lambda: to_incident(tab))
    tab.add_tool_button(button)
    tab.toIncident_button = button  # type: ignore[attr-defined]
    tab.current_changed.connect(lambda _rid: _label(tab))
    _label(tab)
