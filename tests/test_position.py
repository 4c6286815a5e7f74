"""A record's row in a view, counted in SQL, is where the view's own order puts it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emergency_desk.store import ListQuery, Store

LEVELS = ["none", "general", "larger", "major"]


@pytest.fixture(scope="module")
def filled() -> Store:
    s = Store.open(None)
    for i in range(60):
        s.insert(
            "duty_log",
            {
                "received_at": f"2025-03-{1 + i % 9:02d} 08:{i % 4:02d}",
                "type": ["weather", "traffic", "other"][i % 3],
                "level": LEVELS[i % 4],
                "summary": f"记录 {i % 7}",
                "reported_up_at": None if i % 5 == 0 else f"2025-03-{1 + i % 9:02d} 09:00",
                "location": None if i % 4 == 0 else f"村{i % 6}",
            },
        )
    for rid in (3, 17, 40):
        s.delete("duty_log", rid)
    return s


SORTS = [None, "received_at", "type", "level", "summary", "reported_up_at", "location", "id"]


@settings(max_examples=60, deadline=None)
@given(
    sort=st.sampled_from(SORTS),
    descending=st.booleans(),
    level=st.sampled_from([None, "major", ["general", "larger"]]),
    search=st.sampled_from(["", "记录", "村3"]),
    record=st.integers(1, 62),
)
def test_position_matches_the_listed_order(
    filled: Store, sort: str | None, descending: bool, level, search: str, record: int
) -> None:  # type: ignore[no-untyped-def]
    q = ListQuery("duty_log", sort=sort, descending=descending, search=search)
    if level is not None:
        q = q.with_(filters={"level": level})
    ids = filled.ids(q)
    expected = ids.index(record) if record in ids else None
    assert filled.position(q, record) == expected
