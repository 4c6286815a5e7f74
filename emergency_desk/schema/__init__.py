"""The registers, described once: fields, labels in both languages, choices, validation."""

from .fields import SYSTEM_COLUMNS, Choice, Field, FieldType, Table
from .registers import (
    RECTIFIED_STATUSES,
    REGISTERS,
    SHEETS,
    TABLES,
    register_table,
    sheet_table,
    table,
)
from .validation import (
    XML_ILLEGAL,
    FieldError,
    ValidationError,
    clean_value,
    cross_checks,
    validate,
    xml_safe,
)

__all__ = [
    "RECTIFIED_STATUSES",
    "REGISTERS",
    "SHEETS",
    "SYSTEM_COLUMNS",
    "TABLES",
    "XML_ILLEGAL",
    "Choice",
    "Field",
    "FieldError",
    "FieldType",
    "Table",
    "ValidationError",
    "clean_value",
    "cross_checks",
    "register_table",
    "sheet_table",
    "table",
    "validate",
    "xml_safe",
]
