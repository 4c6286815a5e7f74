"""The composite indexes that let every table view read one page without sorting the table.

Every list query says ``deleted_at IS NULL`` (or the recycle bin's ``IS NOT NULL``) and
orders by one column then ``id``. A single-column index on the sort column cannot serve
that together with the soft-delete test, and the planner (the app runs no ANALYZE) then
picks the ``deleted_at`` index and sorts a million rows for each page. An index on
``(deleted_at, column)`` is equality-then-order, so a page is an index walk; its implicit
rowid suffix gives the ``id`` tie-break in both directions.

Which columns: everything a table view can sort by — each field except multi-line text,
unless it names the row (the rule ``ui.table_model.default_columns`` shows columns by). The
filter fields of a register (``Table.filters``) get ``(deleted_at, filter, date)`` instead,
so "level = major, newest first" is also a walk. Small registers get the same treatment:
the indexes cost little there and keep the rule simple.
"""

from __future__ import annotations

from ..schema import TABLES, FieldType, Table


def sortable_columns(t: Table) -> list[str]:
    return [
        f.key
        for f in t.fields
        if (f.type is not FieldType.LONGTEXT or f.key == t.title_field) and f.key != t.parent_key
    ]


def tie_break(t: Table, key: str) -> str | None:
    """The column between the sort key and ``id`` in ORDER BY, if the key's index has one.

    A filter field's index is ``(deleted_at, field, date)``; ordering rows of equal value by
    the register's date (newest first when it is) both reads well and keeps the sort an
    index walk, where ordering them by ``id`` alone would sort each group.
    """
    order_col = t.default_sort[0]
    if key in t.filters and order_col in t.keys and key != order_col:
        return order_col
    return None


def list_indexes(t: Table) -> list[tuple[str, tuple[str, ...]]]:
    """(index name, columns) for one table's list views."""
    order_col = t.default_sort[0] if t.default_sort[0] in t.keys else None
    out: list[tuple[str, tuple[str, ...]]] = []
    for col in sortable_columns(t):
        if col in t.filters and order_col and col != order_col:
            out.append((f"idx_{t.name}_live_{col}_{order_col}", ("deleted_at", col, order_col)))
        else:
            out.append((f"idx_{t.name}_live_{col}", ("deleted_at", col)))
    if t.parent_key:  # a parent's sub-list, e.g. a material's movements newest first
        cols = ("deleted_at", t.parent_key) + ((order_col,) if order_col else ())
        out.append((f"idx_{t.name}_live_{t.parent_key}", cols))
    return out


def create_list_indexes(db: object) -> None:
    """``CREATE INDEX IF NOT EXISTS`` for every table (``db`` has ``execute``)."""
    for t in TABLES.values():
        for name, cols in list_indexes(t):
            col_sql = ", ".join(f'"{c}"' for c in cols)
            db.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{t.name}"({col_sql})')  # type: ignore[attr-defined]
