"""The registers, described once: fields, labels in both languages, choices, validation."""

from .checks import RECTIFIED_STATUSES
from .fields import SYSTEM_COLUMNS, Choice, CrossCheck, Field, FieldType, Register, Table
from .registers import (
    REGISTER_BY_NAME,
    REGISTER_LIST,
    REGISTERS,
    SHEETS,
    TABLES,
    register_of_table,
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
    decimal_text,
    validate,
    xml_safe,
)

__all__ = [
    "RECTIFIED_STATUSES",
    "REGISTERS",
    "REGISTER_BY_NAME",
    "REGISTER_LIST",
    "SHEETS",
    "SYSTEM_COLUMNS",
    "TABLES",
    "XML_ILLEGAL",
    "Choice",
    "CrossCheck",
    "Field",
    "FieldError",
    "FieldType",
    "Register",
    "Table",
    "ValidationError",
    "clean_value",
    "cross_checks",
    "decimal_text",
    "register_of_table",
    "register_table",
    "sheet_table",
    "table",
    "validate",
    "xml_safe",
]
