"""The annual work summary: figures from the store, sentences in zh or en, a Word file.

The names below are loaded on first use: importing ``report.parts`` (the part and
appendix names the UI needs at start-up) must not pull in the figures and their queries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .parts import APPENDIX_KEYS
    from .summary import ReportError, build_summary, export_summary

__all__ = ["APPENDIX_KEYS", "ReportError", "build_summary", "export_summary"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import summary

        return getattr(summary, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
