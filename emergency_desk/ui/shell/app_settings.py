"""Per-user preferences kept by Qt (window geometry, last database, recent files, language).

One constructor for every QSettings the UI uses, so tests can redirect all of them to a
temporary folder with ``QSettings.setDefaultFormat`` / ``QSettings.setPath`` and never
touch the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "EmergencyDesk"
APPLICATION = "EmergencyDesk"
MAX_RECENT = 8

KEY_LANGUAGE = "ui/language"
KEY_GEOMETRY = "window/geometry"
KEY_LAST_DB = "files/last_database"
KEY_RECENT = "files/recent"


def app_settings() -> QSettings:
    # defaultFormat (not the native-only 2-argument constructor) so tests can redirect it.
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def recent_files() -> list[Path]:
    return [Path(p) for p in _as_list(app_settings().value(KEY_RECENT))]


def remember_database(path: Path) -> None:
    """Make ``path`` the last database and the top of the recent list."""
    path = Path(path).resolve()
    s = app_settings()
    recent = [p for p in _as_list(s.value(KEY_RECENT)) if Path(p) != path]
    s.setValue(KEY_RECENT, [str(path), *recent][:MAX_RECENT])
    s.setValue(KEY_LAST_DB, str(path))
    s.sync()


def forget_recent(path: Path) -> None:
    s = app_settings()
    s.setValue(KEY_RECENT, [p for p in _as_list(s.value(KEY_RECENT)) if Path(p) != Path(path)])
    s.sync()


def last_database() -> Path | None:
    value = app_settings().value(KEY_LAST_DB)
    return Path(str(value)) if value else None
