"""Filling a database with a believable township's two years of records.

The demo is what a new user, a screenshot and the packaged self-test see first, so it
goes through the ``Store`` facade like any user action — validated, audited — but as one
transaction, which keeps a full fill to a few seconds and leaves nothing half-filled.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..schema import REGISTER_LIST, TABLES
from ..store import ListQuery, Store
from ..store.entry_dates import date_entries_by_their_dates
from .context import DemoContext
from .generic import fill_generic
from .places import AREA_CODE, OFFICE, OFFICE_EN, REGION, VILLAGES

DEFAULT_SEED = 20240512

# The one-line summary names every table, in the schema's order. English names a table
# as a heading ("Duty log: 667"): "667 duty log" would need a plural of every label.
SUMMARY_ORDER = tuple((name, t.zh, t.en) for name, t in TABLES.items())


@dataclass(frozen=True)
class DemoResult:
    """What a fill created, per table."""

    year: int
    today: dt.date
    counts: dict[str, int]

    def line(self, lang: str = "zh") -> str:
        if lang == "zh":
            parts = "、".join(f"{zh}{self.counts.get(t, 0)}条" for t, zh, _ in SUMMARY_ORDER)
            return f"已生成{self.year - 1}—{self.year}年示例数据：{parts}。"
        parts = "; ".join(f"{en}: {self.counts.get(t, 0)}" for t, _, en in SUMMARY_ORDER)
        return f"Demo data for {self.year - 1}–{self.year} created: {parts}."


def is_empty(store: Store) -> bool:
    """No records in any register (the recycle bin counts: it is the user's data too)."""
    return all(
        store.count(ListQuery(name)) + store.count(ListQuery(name, deleted=True)) == 0
        for name in TABLES
    )


def demo_today(year: int, today: dt.date | None = None) -> dt.date:
    """The day the demo's data runs up to: today in the current year, else 31 December."""
    real = today or dt.date.today()
    return real if real.year == year else dt.date(year, 12, 31)


def fill_demo(
    store: Store, year: int | None = None, seed: int = DEFAULT_SEED, today: dt.date | None = None
) -> DemoResult:
    """Fill ``store`` with the years ``year - 1`` and ``year`` up to ``today``.

    The same seed, year and today give the same records, so tests and screenshots
    are reproducible.
    """
    year = year or (today or dt.date.today()).year
    ctx = DemoContext.make(store, year, seed, demo_today(year, today))
    with store.transaction():
        done: set[str] = set()
        for register in REGISTER_LIST:
            if not register.demo:
                fill_generic(ctx, register)
            elif register.demo not in done:  # one filler may make several registers
                done.add(register.demo)
                _filler(register.demo)(ctx)
        # entered as the office went along, so a summary dated in the past still sees them
        date_entries_by_their_dates(store, ctx.start)
        for key, value in (
            ("office_name", OFFICE),
            ("office_name_en", OFFICE_EN),
            ("region", REGION),
            ("area_code", AREA_CODE),
            ("villages", "\n".join(VILLAGES)),
            ("records_from", ctx.start.isoformat()),  # the demo's office kept them all along
        ):
            if not store.get_setting(key):
                store.set_setting(key, value)
    return DemoResult(year=year, today=ctx.today, counts=dict(ctx.created))


def _filler(path: str) -> Callable[[DemoContext], None]:
    """A register's own filler, "module:function" under ``emergency_desk.demo``."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), name)
