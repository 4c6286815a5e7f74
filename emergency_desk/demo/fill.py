"""Filling a database with a believable township's two years of records.

The demo is what a new user, a screenshot and the packaged self-test see first, so it
goes through the ``Store`` facade like any user action — validated, audited — but as one
transaction, which keeps a full fill to a few seconds and leaves nothing half-filled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..schema import TABLES
from ..store import ListQuery, Store
from .activities import fill_activities
from .context import DemoContext
from .duty import fill_duty
from .hazards import fill_hazards
from .materials import fill_materials
from .places import OFFICE, OFFICE_EN, REGION
from .plans_drills import fill_drills, fill_plans

DEFAULT_SEED = 20240512

# How each table is named in the one-line summary, zh and en.
SUMMARY_ORDER = (
    ("plans", "预案", "plans"),
    ("drills", "演练", "drills"),
    ("drill_actions", "整改事项", "corrective actions"),
    ("hazards", "隐患", "hazards"),
    ("reserve_points", "储备点", "reserve points"),
    ("materials", "物资", "items"),
    ("stock_movements", "出入库记录", "stock movements"),
    ("duty_roster", "值班安排", "roster entries"),
    ("duty_log", "值班记录", "duty log entries"),
    ("duty_handovers", "交接班", "handovers"),
    ("activities", "宣传培训", "activities"),
)


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
        parts = ", ".join(f"{self.counts.get(t, 0)} {en}" for t, _, en in SUMMARY_ORDER)
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
        plans = fill_plans(ctx)
        fill_drills(ctx, plans)
        fill_hazards(ctx)
        fill_materials(ctx)
        fill_duty(ctx)
        fill_activities(ctx)
        for key, value in (
            ("office_name", OFFICE),
            ("office_name_en", OFFICE_EN),
            ("region", REGION),
        ):
            if not store.get_setting(key):
                store.set_setting(key, value)
    return DemoResult(year=year, today=ctx.today, counts=dict(ctx.created))
