"""The annual work summary: figures from the store, sentences in zh or en, a Word file."""

from .summary import APPENDIX_KEYS, ReportError, build_summary, export_summary

__all__ = ["APPENDIX_KEYS", "ReportError", "build_summary", "export_summary"]
