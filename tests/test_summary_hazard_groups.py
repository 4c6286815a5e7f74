"""The summary's hazard figures by grade and by category come from one pass over the
year's hazards grouped by both: the same counts, largest first and ties in key order, as
counting each column on its own gives."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from emergency_desk.store import Store
from emergency_desk.store.summary_hazards import hazard_figures

# (grade, category, rectified, funds): ties on purpose — fire/road 2 each, general/major 3
HAZARDS = [
    ("major", "road_traffic", True, 1200.5),
    ("general", "fire", False, None),
    ("major", "fire", True, 300),
    ("general", "road_traffic", True, 99.25),
    ("general", "reservoir", False, 10),
    ("major", "pipeline", False, None),
]


def _hazard(store: Store, n: int, grade: str, category: str, done: bool, funds: object) -> None:
    values = {
        "found_on": f"2025-0{n + 1}-10",
        "name": f"隐患{n}",
        "category": category,
        "grade": grade,
        "responsible_unit": "镇安监站",
        "deadline": "2025-11-30",
        "status": "rectified" if done else "rectifying",
    }
    if done:
        values["rectified_on"] = "2025-10-01"
    if funds is not None:
        values["funds"] = funds
    store.insert("hazards", values)


def _largest_first(keys: list[str]) -> dict[str, int]:
    tally: dict[str, int] = {}
    for k in keys:
        tally[k] = tally.get(k, 0) + 1
    return dict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))


def test_grades_and_categories_are_counted_as_each_column_alone(store: Store) -> None:
    for n, (grade, category, done, funds) in enumerate(HAZARDS):
        _hazard(store, n, grade, category, done, funds)
    _hazard(store, 8, "major", "fire", True, 5)  # found in 2026: not this year's
    store.conn.execute("UPDATE hazards SET found_on = '2026-02-01' WHERE name = '隐患8'")
    h = hazard_figures(store, 2025, dt.date(2025, 12, 31), dt.date.today())  # entered today
    assert h.by_grade == _largest_first([g for g, *_ in HAZARDS])
    assert list(h.by_grade) == ["general", "major"]  # 3 each: key order
    assert h.by_category == _largest_first([c for _, c, *_ in HAZARDS])
    assert list(h.by_category) == ["fire", "road_traffic", "pipeline", "reservoir"]
    assert h.found == len(HAZARDS)
    assert h.rectified == sum(1 for *_, done, _f in HAZARDS if done)
    assert h.rectified_major == sum(1 for g, _c, done, _f in HAZARDS if done and g == "major")
    assert h.funds == Decimal("1609.75")
