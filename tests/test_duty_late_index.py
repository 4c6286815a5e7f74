"""The report-up rule reads little more than its answer, and answers exactly as a reading
of every serious entry does — whatever the times look like (``alert_queries``)."""

from __future__ import annotations

import random

import pytest

from emergency_desk.store import Store
from emergency_desk.store import alert_queries as q

NOW = "2026-12-06 09:00"
LEVELS = ("especially_major", "major", "larger", "general", "none")
# Times as an older program, an import or a hand edit may have left them.
ODD_TIMES = [
    "2026-03-02T10:00",
    "2026-03-02 10:00:59.500",
    "2026-03-02 10:00+08:00",
    "2026-03-02 10:00Z",
    "2026-02-30 10:00",
    "2026-13-02 10:00",
    "2026-03-02",
    "2026/03/02 10:00",
    "2461101.5",
    "昨天上午",
    "",
]


def _stamp(rng: random.Random) -> str:
    t = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
    t += f"{rng.randint(0, 59):02d}"
    return t + (f":{rng.randint(0, 59):02d}" if rng.random() < 0.3 else "")


def _later(received: str, rng: random.Random) -> str:
    """A report some minutes after ``received`` (around the limits), as the app writes it."""
    import datetime as dt

    base = dt.datetime.fromisoformat(received)
    minutes = rng.choice([0, 1, 28, 29, 30, 31, 59, 60, 61, 359, 360, 361, 2000, -5])
    at = base + dt.timedelta(minutes=minutes, seconds=rng.choice([0, 0, 30, 59]))
    return at.strftime("%Y-%m-%d %H:%M" if rng.random() < 0.6 else "%Y-%m-%d %H:%M:%S")


@pytest.fixture
def log(store: Store) -> Store:
    """Entries of every level, reported on time, late, never, or with odd times; some in
    the recycle bin; written raw, as a file from elsewhere may hold them."""
    rng = random.Random(22)
    rows = []
    for _ in range(1500):
        received = _stamp(rng)
        roll = rng.random()
        if roll < 0.15:
            reported = None
        elif roll < 0.25:
            reported = rng.choice(ODD_TIMES)
        else:
            reported = _later(received, rng)
        if rng.random() < 0.05:
            received = rng.choice(ODD_TIMES)
        deleted = "2026-06-01 00:00" if rng.random() < 0.05 else None
        rows.append((received, rng.choice(LEVELS), reported, deleted))
    store.conn.executemany(
        "INSERT INTO duty_log (received_at, type, level, summary, reported_up_at, deleted_at) "
        "VALUES (?, 'fire', ?, '火情', ?, ?)",
        rows,
    )
    return store


def _every_entry_judged(store: Store, limits: dict[str, int], since: str) -> list[int]:
    """The rule as it was: every entry of the levels read and judged, no index."""
    case = " ".join(f"WHEN '{lv}' THEN '+{m} minutes'" for lv, m in limits.items())
    due = f"strftime('%Y-%m-%d %H:%M', received_at, CASE level {case} END)"
    levels = ", ".join(f"'{lv}'" for lv in limits)
    sql = (
        f"SELECT id FROM duty_log NOT INDEXED WHERE level IN ({levels}) AND deleted_at IS NULL "
        "AND received_at <= ? AND received_at >= ? "
        f"AND ((reported_up_at IS NULL AND {due} < ?) OR reported_up_at > {due}) "
        "ORDER BY received_at DESC, id DESC"
    )
    return [r[0] for r in store.conn.execute(sql, [NOW, since, NOW])]


@pytest.mark.parametrize(
    "limits",
    [
        {"especially_major": 30, "major": 30, "larger": 60},
        {"especially_major": 30, "major": 30, "larger": 60, "general": 360},
        {"major": 0, "larger": 1},
        {"general": 2000},
    ],
)
@pytest.mark.parametrize("since", ["", "2026-06-01"])
def test_the_late_entries_are_the_ones_a_full_reading_finds(
    log: Store, limits: dict[str, int], since: str
) -> None:
    expected = _every_entry_judged(log, limits, since)
    assert expected  # the case has late entries to find
    assert q.duty_reported_late(log, NOW, limits, since) == expected


def _steps(store: Store, limits: dict[str, int]) -> tuple[list[int], int]:
    """The rule's answer, and the virtual machine steps SQLite took for it."""
    steps: list[int] = []
    store.conn.set_progress_handler(lambda: steps.append(1) and 0, 1)
    try:
        found = q.duty_reported_late(store, NOW, limits)
    finally:
        store.conn.set_progress_handler(None, 1)
    return found, len(steps)


def test_entries_reported_in_time_cost_the_rule_nothing(store: Store) -> None:
    """Years of entries reported well within their limit are not read: the work follows
    the late and unreported entries, not the log's history."""
    limits = {"especially_major": 30, "major": 30, "larger": 60}
    insert = (
        "INSERT INTO duty_log (received_at, type, level, summary, reported_up_at) "
        "VALUES (?, 'fire', ?, '火情', ?)"
    )
    store.conn.executemany(
        insert,
        [(f"2025-03-{d:02d} 10:00", "major", f"2025-03-{d:02d} 12:00") for d in range(1, 21)]
        + [(f"2025-04-{d:02d} 10:00", "larger", None) for d in range(1, 11)],
    )
    late, few = _steps(store, limits)
    assert len(late) == 30
    store.conn.executemany(
        insert,
        [
            (f"20{y:02d}-{m:02d}-{d:02d} 08:00", lv, f"20{y:02d}-{m:02d}-{d:02d} 08:20")
            for y in range(17, 26)
            for m in range(1, 13)
            for d in range(1, 29)
            for lv in ("major", "larger")
        ],
    )
    again, many = _steps(store, limits)
    assert again == late
    assert many < few * 1.2  # 6,000 entries more, in time: next to no more steps
