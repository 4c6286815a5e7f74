"""The demo data is what every screenshot and test shows: it must read as a real office's
(issue 16). Checked over generated databases with the tests' own SQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from emergency_desk.demo.fill import fill_demo
from emergency_desk.store import Store

SPRING_FESTIVAL = {2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17)}
LANTERN_FESTIVAL = {2025: dt.date(2025, 2, 12), 2026: dt.date(2026, 3, 3)}


def _demo(tmp_path: Path, today: dt.date) -> Store:
    store = Store.open(tmp_path / f"demo-{today}.db")
    fill_demo(store, 2026, today=today)
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return _demo(tmp_path_factory.mktemp("plausible"), dt.date(2026, 12, 6))


def _rows(store: Store, sql: str, *args: object) -> list[tuple]:  # type: ignore[type-arg]
    return [tuple(r) for r in store.db.execute(sql, list(args)).fetchall()]


def test_no_hazard_name_three_times_in_a_year(demo: Store) -> None:
    repeated = _rows(
        demo,
        "SELECT substr(found_on, 1, 4), name, count(*) FROM hazards WHERE deleted_at IS NULL "
        "GROUP BY 1, 2 HAVING count(*) >= 3",
    )
    assert repeated == []
    per_year = _rows(demo, "SELECT substr(found_on, 1, 4), count(*) FROM hazards GROUP BY 1")
    assert all(n >= 100 for _, n in per_year), per_year  # still a busy year of inspections


def test_a_lost_old_person_is_not_a_graded_event(demo: Store) -> None:
    lost = _rows(demo, "SELECT level, action_taken FROM duty_log WHERE summary LIKE '%老人走失%'")
    assert lost
    assert {level for level, _ in lost} <= {"none"}
    assert all(a is None or "搜寻" in a for _, a in lost)


def test_actions_match_the_event(demo: Store) -> None:
    def actions(words: str) -> list[str]:
        found = _rows(
            demo,
            "SELECT action_taken FROM duty_log WHERE summary LIKE ? AND action_taken IS NOT NULL",
            f"%{words}%",
        )
        assert found, words
        return [a for (a,) in found]

    assert all("扑火" in a for a in actions("山林发生火情"))
    assert all("批评教育" not in a for a in actions("厨房起火"))
    assert all("转移" in a or "警戒" in a for a in actions("疑似滑坡"))
    assert all("调解" not in a for a in actions("咨询"))


def test_a_townships_calls_are_mostly_ungraded(demo: Store) -> None:
    """A township's log once held 特别重大 1, 重大 3 and 一般 165 in a year: most calls are
    ungraded, a few 一般, 较大 one or two a year, no 重大 or 特别重大 (one would stand in the
    incidents register as well), and a forecast or a notice from above is never an event of
    any grade. The summer flood answered with a Ⅳ-level response is 一般, as that response is."""
    per_year: dict[str, dict[str, int]] = {}
    for year, level, n in _rows(
        demo,
        "SELECT substr(received_at, 1, 4), level, count(*) FROM duty_log "
        "WHERE deleted_at IS NULL GROUP BY 1, 2",
    ):
        per_year.setdefault(year, {})[level] = n
    assert set(per_year) == {"2025", "2026"}
    for year, counts in per_year.items():
        total = sum(counts.values())
        assert counts["none"] > total * 0.7, (year, counts)
        assert 0 < counts.get("general", 0) < total * 0.2, (year, counts)
        assert counts.get("larger", 0) <= 2, (year, counts)
        assert not {"major", "especially_major"} & set(counts), (year, counts)
    levels = {lv for counts in per_year.values() for lv in counts}
    assert {"none", "general", "larger"} <= levels
    responses = _rows(
        demo,
        "SELECT level, substr(received_at, 6, 2) FROM duty_log "
        "WHERE action_taken LIKE '%应急响应%' AND deleted_at IS NULL",
    )
    assert len(responses) == 1 and responses[0][0] == "general", responses
    assert "06" <= responses[0][1] <= "08", responses  # the summer's flood, not every call
    graded_notices = _rows(
        demo,
        "SELECT type, level FROM duty_log WHERE type IN ('instruction', 'weather') "
        "AND level IS NOT NULL AND level != 'none'",
    )
    assert graded_notices == []


def test_spring_festival_plan_is_issued_before_the_festival(demo: Store) -> None:
    plans = _rows(demo, "SELECT title, issued_on FROM plans WHERE title LIKE '%春节%'")
    assert plans
    for title, issued in plans:
        year = int(title[:4])
        assert dt.date.fromisoformat(issued) < SPRING_FESTIVAL[year], (title, issued)


def test_event_plans_lapse_after_their_event(demo: Store, tmp_path: Path) -> None:
    # at 6 December 2026 every event of both years is over
    statuses = _rows(demo, "SELECT title, status FROM plans WHERE level = 'event'")
    assert statuses and all(s == "repealed" for _, s in statuses), statuses
    # on 1 March 2026 the Spring Festival plan is in force until the Lantern Festival is over
    early = _demo(tmp_path, dt.date(2026, 3, 1))
    try:
        rows = dict(_rows(early, "SELECT title, status FROM plans WHERE level = 'event'"))
        assert rows["2026年春节及元宵节期间安全保障应急预案"] == "in_force"
        assert rows["2025年春节及元宵节期间安全保障应急预案"] == "repealed"
        # the 中高考 plan of June 2026 is not issued in February
        assert "2026年中高考期间安全保障应急预案" not in rows
        assert dt.date(2026, 3, 1) < LANTERN_FESTIVAL[2026] + dt.timedelta(days=3)
    finally:
        early.close()
