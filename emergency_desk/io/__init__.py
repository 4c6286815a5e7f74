"""Spreadsheet import and export of the registers (.xlsx and .csv), without Qt."""

from .errors import Cancelled, IoError
from .exporter import EXPORT_LANGS, export_register
from .importer import ImportPlan, apply_import, prepare_import
from .problems import Problem, write_problems
from .template import write_template

__all__ = [
    "EXPORT_LANGS",
    "Cancelled",
    "ImportPlan",
    "IoError",
    "Problem",
    "apply_import",
    "export_register",
    "prepare_import",
    "write_problems",
    "write_template",
]
