"""Which language the interface speaks, and how stored dates read in it.

Stored values are ISO (``2025-03-05``); people read ``2025年3月5日`` or ``5 Mar 2025``.
Schema labels and core messages are bilingual and take the language as an argument, so
the UI asks ``ui_lang()`` once and passes it on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from .app_settings import KEY_LANGUAGE, app_settings

LANGS = ("zh", "en")
_override: str | None = None

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def system_lang() -> str:
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def ui_lang() -> str:
    """``"zh"`` or ``"en"``: the test override, else the saved preference, else the system."""
    if _override:
        return _override
    saved = app_settings().value(KEY_LANGUAGE)
    if saved in LANGS:
        return str(saved)
    return system_lang()


def set_ui_lang(lang: str | None, *, persist: bool = False) -> None:
    """Force the language (tests, Settings); ``None`` removes the override."""
    global _override
    if lang is not None and lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    _override = lang
    if persist:
        save_lang(lang)


def saved_lang() -> str | None:
    """The language chosen in Settings, or ``None`` to follow the system."""
    saved = app_settings().value(KEY_LANGUAGE)
    return str(saved) if saved in LANGS else None


def save_lang(lang: str | None) -> None:
    """Remember the choice (``None``: follow the system) for the next start.

    The running session keeps its language: switching only the screens opened from now
    on would leave the window half in one language and half in the other.
    """
    if lang is not None and lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    s = app_settings()
    if lang is None:
        s.remove(KEY_LANGUAGE)
    else:
        s.setValue(KEY_LANGUAGE, lang)
    s.sync()


def pin_session_lang() -> str:
    """Fix this session's language at start-up (see ``save_lang``) and return it."""
    lang = ui_lang()
    set_ui_lang(lang)
    return lang


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_date(value: object, lang: str | None = None) -> str:
    """An ISO date as people write it; anything unparsable is shown as stored."""
    if value in (None, ""):
        return ""
    text = str(value)
    d = _parse_date(text)
    if d is None:
        return text
    if (lang or ui_lang()) == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def format_year(year: int, lang: str | None = None) -> str:
    """A year as people write it alone: ``2025年`` / ``2025``."""
    return f"{year}年" if (lang or ui_lang()) == "zh" else str(year)


def format_datetime(value: object, lang: str | None = None) -> str:
    """``2025-03-05 14:30`` -> ``2025年3月5日 14:30`` / ``5 Mar 2025 14:30``."""
    if value in (None, ""):
        return ""
    text = str(value)
    day = format_date(text[:10], lang)
    if day == text[:10]:
        return text
    clock = text[11:16]
    return f"{day} {clock}" if len(clock) == 5 else day
