"""Records for any register, made from its declaration alone: the field types and choices.

The tests that walk every register (``tests/ui/test_every_register.py``,
``tests/test_every_register_io.py``) take their records from here, so a register added to
the schema is exercised without anyone writing its values down.
"""

from __future__ import annotations

from typing import Any

from emergency_desk.schema import TABLES, Field, FieldType, Table
from emergency_desk.schema.validation import FORMATS
from emergency_desk.store import Store

STORED = {
    FieldType.DATE: "2024-05-12",
    FieldType.DATETIME: "2024-05-12 09:30",
    FieldType.INT: 7,
    FieldType.MONEY: 12.5,
}


def text_field(t: Table) -> Field:
    """The field that names a record, or the first text field: what a test edits and finds."""
    if t.title_field and t.field(t.title_field).type in (FieldType.TEXT, FieldType.LONGTEXT):
        return t.field(t.title_field)
    return next(f for f in t.fields if f.type in (FieldType.TEXT, FieldType.LONGTEXT))


def stored_value(f: Field, marker: str) -> Any:
    """A valid value of ``f`` as the store keeps it; text carries ``marker``."""
    if f.choices:
        return f.choices[0].key
    if f.format:  # a text of a known shape: the example its format declares
        return FORMATS[f.format][2]
    if f.type is FieldType.DECIMAL and f.bounds:
        return float(f.bounds[0])
    if f.type in STORED:
        return STORED[f.type]
    return f"测试{f.zh}{marker}"[: f.max_length]


def required_values(store: Store, t: Table, marker: str) -> dict[str, Any]:
    """Every required field of ``t`` (and its text field), references made as needed."""
    values: dict[str, Any] = {}
    named = text_field(t)
    for f in t.fields:
        if f.key in t.computed or not (f.required or f is named):
            continue
        if f.type is FieldType.REF:
            values[f.key] = make_record(store, TABLES[f.ref_table or ""], "参照")
        else:
            values[f.key] = stored_value(f, marker)
    return values


def make_record(store: Store, t: Table, marker: str) -> int:
    return store.insert(t.name, required_values(store, t, marker))
