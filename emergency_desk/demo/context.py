"""What every demo generator shares: the store, the seeded randomness, the calendar, the people."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..store import Store
from .places import Staff, make_staff


@dataclass
class DemoContext:
    store: Store
    rng: random.Random
    year: int
    today: dt.date
    staff: Staff
    created: Counter[str] = field(default_factory=Counter)

    @classmethod
    def make(cls, store: Store, year: int, seed: int, today: dt.date) -> DemoContext:
        rng = random.Random(seed)
        return cls(store=store, rng=rng, year=year, today=today, staff=make_staff(rng))

    @property
    def start(self) -> dt.date:
        """The first day the demo covers: 1 January of the year before."""
        return dt.date(self.year - 1, 1, 1)

    @property
    def years(self) -> tuple[int, int]:
        return (self.year - 1, self.year)

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Through the facade, so the demo obeys the same validation as a user."""
        new_id = self.store.insert(table, values)
        self.created[table] += 1
        return new_id

    def movement(
        self, material_id: int, on: dt.date, delta: int, reason: str, note: str = ""
    ) -> None:
        self.store.add_movement(material_id, on.isoformat(), delta, reason, note or None)
        self.created["stock_movements"] += 1

    # -- calendar helpers ---------------------------------------------------------
    def year_end(self, year: int) -> dt.date:
        """The last day of ``year`` the demo may use (today, in the current year)."""
        return min(dt.date(year, 12, 31), self.today)

    def day_in(
        self, year: int, lo: tuple[int, int] = (1, 1), hi: tuple[int, int] = (12, 31)
    ) -> dt.date | None:
        """A random day of ``year`` between two (month, day) bounds, not after today."""
        first = dt.date(year, *lo)
        last = min(dt.date(year, *hi), self.today)
        if last < first:
            return None
        return first + dt.timedelta(days=self.rng.randrange((last - first).days + 1))

    def past_day(self) -> dt.date:
        """A random day in the two years covered, weighted evenly, never after today."""
        span = (self.today - self.start).days
        return self.start + dt.timedelta(days=self.rng.randrange(span + 1))

    def after(self, day: dt.date, lo: int, hi: int) -> dt.date:
        return day + dt.timedelta(days=self.rng.randint(lo, hi))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, options: Any) -> Any:
        return self.rng.choice(tuple(options))

    def weighted(self, options: Mapping[str, float]) -> str:
        keys = list(options)
        return self.rng.choices(keys, weights=[options[k] for k in keys])[0]
