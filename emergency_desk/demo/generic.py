"""Demo rows for a register that declares no demo of its own (``Register.demo`` empty).

Made from the field types and choices alone, so a register added to the schema shows rows
in the demo, the screenshots and the self-test before anyone writes a believable filler.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..schema import Field, FieldType, Register
from ..store import ListQuery
from .context import DemoContext

ROWS = 12


def _value(ctx: DemoContext, f: Field, n: int, refs: dict[str, list[int]]) -> Any:
    if f.choices:
        return ctx.pick(f.choice_keys)
    if f.type is FieldType.REF:
        ids = refs.setdefault(
            f.ref_table or "", ctx.store.ids(ListQuery(f.ref_table or "")) if f.ref_table else []
        )
        return ctx.pick(ids) if ids else None
    if f.type is FieldType.DATE:
        return ctx.past_day().isoformat()
    if f.type is FieldType.DATETIME:
        moment = dt.datetime.combine(ctx.past_day(), dt.time(ctx.rng.randint(7, 21)))
        return moment.strftime("%Y-%m-%d %H:%M")
    if f.type is FieldType.INT:
        return ctx.rng.randint(1, 60)
    if f.type is FieldType.DECIMAL and f.bounds:
        low, high = f.bounds
        return round(ctx.rng.uniform(float(low), float(high)), f.decimals)
    if f.type is FieldType.MONEY:
        return round(ctx.rng.uniform(100, 20000), 2)
    return f"{f.zh}{n}"[: f.max_length]  # numbered, so no two rows are duplicates


def fill_generic(ctx: DemoContext, register: Register) -> None:
    """A dozen rows of the register's main table, every required field and most others."""
    t = register.main
    refs: dict[str, list[int]] = {}
    for n in range(1, ROWS + 1):
        values: dict[str, Any] = {}
        for f in t.fields:
            if f.key in t.computed or not (f.required or ctx.chance(0.8)):
                continue
            values[f.key] = _value(ctx, f, n, refs)
        if any(f.required and values.get(f.key) is None for f in t.fields):
            continue  # a required reference with nothing to refer to
        ctx.insert(t.name, values)
