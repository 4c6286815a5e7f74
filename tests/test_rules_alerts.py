"""Every rule against a fixed "today", table-driven, with its boundaries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from emergency_desk.rules.alerts import (
    ALERT_KEYS,
    add_years,
    attention_ids,
    evaluate,
    make_flagger,
    row_flag,
)
from emergency_desk.rules.settings import RuleSettings
from emergency_desk.store import Store

TODAY = "2024-06-15"
NOW = "2024-06-15 23:59"
S = RuleSettings(records_from="2000-01-01")  # the office's records go back that far


def ids_of(store: Store, key: str, today: str = TODAY, settings: RuleSettings = S) -> list:
    return list(evaluate(store, today, settings, now=f"{today} 23:59", keys=(key,))[key].ids)


def hazard(store: Store, **kw: Any) -> int:
    values = {"found_on": "2024-01-01", "name": "隐患", "category": "fire", "grade": "general"}
    values.update(kw)
    return store.insert("hazards", values)


# -- hazards ---------------------------------------------------------------------------
HAZARD_CASES = [
    # deadline, status, overdue?, due soon?
    ("2024-06-14", "open", True, False),  # yesterday
    ("2024-06-15", "open", False, True),  # due today: not yet overdue
    ("2024-06-22", "rectifying", False, True),  # exactly 7 days ahead
    ("2024-06-23", "open", False, False),  # 8 days ahead
    ("2024-01-05", "rectified", False, False),  # done, however old
    ("2024-01-05", "closed", False, False),
    (None, "open", False, False),  # no deadline: nothing to miss
]


@pytest.mark.parametrize(("deadline", "status", "overdue", "soon"), HAZARD_CASES)
def test_hazard_deadlines(store: Store, deadline, status, overdue, soon) -> None:
    extra = (
        {"rectified_on": "2024-01-02", "verified_by": "王"}
        if status in ("rectified", "closed")
        else {}
    )
    hid = hazard(store, deadline=deadline, status=status, **extra)
    assert (hid in ids_of(store, "hazards_overdue")) is overdue
    assert (hid in ids_of(store, "hazards_due_soon")) is soon
    expected = "overdue" if overdue else "due_soon" if soon else None
    assert row_flag("hazards", store.get("hazards", hid), TODAY, S) == expected


def test_major_hazards_open_and_deleted_never_count(store: Store) -> None:
    major = hazard(store, grade="major", deadline="2024-01-01")
    done = hazard(store, grade="major", status="rectified", rectified_on="2024-02-01")
    gone = hazard(store, grade="major", deadline="2024-01-01")
    store.delete("hazards", gone)
    assert ids_of(store, "major_hazards_open") == [major]
    assert ids_of(store, "hazards_overdue") == [major]
    assert done not in ids_of(store, "major_hazards_open")


def test_due_soon_window_is_a_setting(store: Store) -> None:
    hid = hazard(store, deadline="2024-06-25")
    assert ids_of(store, "hazards_due_soon") == []
    assert ids_of(store, "hazards_due_soon", settings=S.replace(hazard_due_soon_days=10)) == [hid]


# -- plans -----------------------------------------------------------------------------
def plan(store: Store, **kw: Any) -> int:
    values = {"title": f"预案{kw.get('issued_on')}{kw.get('revised_on')}", "level": "overall"}
    values.update(kw)
    return store.insert("plans", values)


PLAN_CASES = [
    # issued_on, revised_on, review_years, status, overdue?, due soon?
    ("2021-06-14", None, None, "in_force", True, False),  # due yesterday (3 years)
    ("2021-06-15", None, None, "in_force", False, True),  # due today
    ("2021-09-13", None, None, "in_force", False, True),  # due in exactly 90 days
    ("2021-09-14", None, None, "in_force", False, False),  # 91 days
    ("2015-01-01", "2022-01-01", None, "in_force", False, False),  # revision restarts the clock
    ("2020-01-01", None, 5, "in_force", False, False),  # the plan's own cycle
    ("2019-06-14", None, 5, "in_force", True, False),
    ("2010-01-01", None, None, "repealed", False, False),  # repealed plans are not reviewed
    ("2010-01-01", None, None, "draft", False, False),
    (None, None, None, "in_force", False, False),  # missing dates: cannot be judged
]


@pytest.mark.parametrize(("issued", "revised", "years", "status", "overdue", "soon"), PLAN_CASES)
def test_plan_review(store: Store, issued, revised, years, status, overdue, soon) -> None:
    pid = plan(store, issued_on=issued, revised_on=revised, review_years=years, status=status)
    assert (pid in ids_of(store, "plans_review_overdue")) is overdue
    assert (pid in ids_of(store, "plans_review_due_soon")) is soon
    expected = "overdue" if overdue else "due_soon" if soon else None
    assert row_flag("plans", store.get("plans", pid), TODAY, S) == expected


@pytest.mark.parametrize(
    ("issued", "today", "overdue", "soon"),
    [
        # Leap day + 3 years is 28 February of a common year, not 1 March.
        ("2020-02-29", "2023-02-28", False, True),
        ("2020-02-29", "2023-03-01", True, False),
        # + 4 years lands on a leap day again.
        ("2020-02-29", "2024-02-29", False, True),
    ],
)
def test_plan_review_leap_day(store: Store, issued, today, overdue, soon) -> None:
    years = 4 if today.startswith("2024") else 3
    pid = plan(store, issued_on=issued, review_years=years)
    assert (pid in ids_of(store, "plans_review_overdue", today)) is overdue
    assert (pid in ids_of(store, "plans_review_due_soon", today)) is soon


def test_add_years_leap_day() -> None:
    assert add_years(dt.date(2020, 2, 29), 1) == dt.date(2021, 2, 28)
    assert add_years(dt.date(2020, 2, 29), 4) == dt.date(2024, 2, 29)
    assert add_years(dt.date(2021, 3, 1), 3) == dt.date(2024, 3, 1)


DRILL_CASES = [
    # level, category, issued_on, drill held_on (None = no drill), flagged?
    ("special", "accident", "2015-01-01", None, True),
    ("special", "accident", "2015-01-01", "2021-06-15", False),  # exactly 3 years ago: in time
    ("special", "accident", "2015-01-01", "2021-06-14", True),  # a day too long ago
    ("department", "public_health", "2015-01-01", "2023-01-01", False),
    ("overall", "accident", "2015-01-01", None, False),  # no drill interval for overall plans
    ("overall", "natural_disaster", "2015-01-01", "2023-06-15", False),  # exactly 1 year
    ("grassroots", "natural_disaster", "2015-01-01", "2023-06-14", True),
    ("special", "natural_disaster", "2015-01-01", "2022-01-01", True),  # the stricter interval
    ("special", "accident", "2022-01-01", None, False),  # issued within its interval
    ("special", "accident", "2015-01-01", "2024-07-01", True),  # a drill after today is no help
]


@pytest.mark.parametrize(("level", "category", "issued", "held", "flagged"), DRILL_CASES)
def test_plans_not_drilled(store: Store, level, category, issued, held, flagged) -> None:
    pid = plan(store, level=level, category=category, issued_on=issued, revised_on="2024-01-01")
    if held:
        store.insert("drills", {"held_on": held, "title": "演练", "form": "live", "plan_id": pid})
    assert (pid in ids_of(store, "plans_not_drilled")) is flagged
    flag = make_flagger(store, "plans", TODAY, S, NOW)(store.get("plans", pid))
    assert (flag == "overdue") is flagged


def test_deleted_drill_does_not_count_and_deleted_plan_is_not_flagged(store: Store) -> None:
    pid = plan(store, level="special", issued_on="2015-01-01")
    did = store.insert(
        "drills", {"held_on": "2024-01-01", "title": "演练", "form": "live", "plan_id": pid}
    )
    assert ids_of(store, "plans_not_drilled") == []
    store.delete("drills", did)
    assert ids_of(store, "plans_not_drilled") == [pid]
    store.delete("plans", pid)
    assert ids_of(store, "plans_not_drilled") == []


# -- materials -------------------------------------------------------------------------
@pytest.fixture
def point(store: Store) -> int:
    return store.insert("reserve_points", {"name": "镇储备库"})


MATERIAL_CASES = [
    # quantity, min, expires_on, below?, expiring?, expired?
    (5, 10, None, True, False, False),
    (10, 10, None, False, False, False),  # exactly the minimum is enough
    (0, None, None, False, False, False),  # no minimum set
    (3, None, "2024-06-14", False, False, True),  # expired yesterday
    (3, None, "2024-06-15", False, True, False),  # expires today: still usable
    (3, None, "2024-09-13", False, True, False),  # exactly 90 days
    (3, None, "2024-09-14", False, False, False),
    (0, None, "2024-01-01", False, False, False),  # nothing on hand to expire
]


@pytest.mark.parametrize(
    ("qty", "minimum", "expires", "below", "expiring", "expired"), MATERIAL_CASES
)
def test_materials(store: Store, point, qty, minimum, expires, below, expiring, expired) -> None:
    mid = store.insert(
        "materials",
        {
            "point_id": point,
            "name": "帐篷",
            "category": "shelter",
            "unit": "顶",
            "quantity": qty,
            "min_quantity": minimum,
            "expires_on": expires,
        },
    )
    assert (mid in ids_of(store, "materials_below_min")) is below
    assert (mid in ids_of(store, "materials_expiring")) is expiring
    assert (mid in ids_of(store, "materials_expired")) is expired
    flag = row_flag("materials", store.get("materials", mid), TODAY, S)
    assert flag == ("overdue" if below or expired else "due_soon" if expiring else None)


def test_material_of_deleted_point_or_deleted_item_never_counts(store: Store, point) -> None:
    base = {"point_id": point, "category": "food", "unit": "箱", "quantity": 1, "min_quantity": 5}
    a = store.insert("materials", {**base, "name": "方便面"})
    b = store.insert("materials", {**base, "name": "饼干"})
    store.delete("materials", b)
    assert ids_of(store, "materials_below_min") == [a]
    store.delete("reserve_points", point)
    assert ids_of(store, "materials_below_min") == []


def test_stock_issue_moves_material_below_minimum(store: Store, point) -> None:
    mid = store.insert(
        "materials",
        {
            "point_id": point,
            "name": "水",
            "category": "water",
            "unit": "箱",
            "quantity": 20,
            "min_quantity": 10,
        },
    )
    assert ids_of(store, "materials_below_min") == []
    store.add_movement(mid, "2024-06-01", -11, "issue")
    assert ids_of(store, "materials_below_min") == [mid]


# -- duty ------------------------------------------------------------------------------
def entry(store: Store, received: str, level: str | None, up: str | None) -> int:
    return store.insert(
        "duty_log",
        {
            "received_at": received,
            "type": "fire",
            "summary": f"{received} {level}",
            "level": level,
            "reported_up_at": up,
        },
    )


DUTY_CASES = [
    # level, received_at, reported_up_at, late?
    ("major", "2024-06-15 10:00", "2024-06-15 10:30", False),  # exactly 30 minutes
    ("major", "2024-06-15 10:00", "2024-06-15 10:31", True),  # 31 minutes
    ("especially_major", "2024-06-15 23:50", "2024-06-16 00:20", False),  # over midnight
    ("especially_major", "2024-06-15 23:50", "2024-06-16 00:21", True),
    ("larger", "2024-06-15 10:00", "2024-06-15 11:00", False),  # exactly 60 minutes
    ("larger", "2024-06-15 10:00", "2024-06-15 11:01", True),
    ("larger", "2024-06-15 10:00", None, True),  # never reported
    ("larger", "2024-06-15 23:30", None, False),  # limit not passed by the end of the day
    ("general", "2024-06-15 10:00", None, False),  # general: not in the Overview group
    ("none", "2024-06-15 10:00", None, False),
    (None, "2024-06-15 10:00", None, False),
    ("major", "2024-02-29 23:45", "2024-03-01 00:15", False),  # leap day, exactly 30 min
    ("major", "2024-02-29 23:45", "2024-03-01 00:16", True),
    ("major", "2024-06-16 10:00", None, False),  # received after the day judged
]


@pytest.mark.parametrize(("level", "received", "up", "late"), DUTY_CASES)
def test_duty_reported_late(store: Store, level, received, up, late) -> None:
    eid = entry(store, received, level, up)
    assert (eid in ids_of(store, "duty_reported_late")) is late
    flag = row_flag("duty_log", store.get("duty_log", eid), TODAY, S, NOW)
    if late:
        assert flag == "overdue"
    elif level in ("major", "larger", "especially_major") and up is None and received <= NOW:
        assert flag == "due_soon"  # awaiting its report, limit still running


GENERAL_CASES = [
    ("2024-06-15 10:00", "2024-06-15 16:00", False),  # exactly 6 hours
    ("2024-06-15 10:00", "2024-06-15 16:01", True),
    ("2024-06-15 10:00", None, True),
    ("2024-06-15 20:00", None, False),  # 6 hours not yet over at 23:59
]


@pytest.mark.parametrize(("received", "up", "late"), GENERAL_CASES)
def test_general_level_has_its_own_limit(store: Store, received, up, late) -> None:
    eid = entry(store, received, "general", up)
    assert (eid in attention_ids(store, "duty_log", TODAY, S, NOW)) is (late or up is None)
    flag = row_flag("duty_log", store.get("duty_log", eid), TODAY, S, NOW)
    assert (flag == "overdue") is late


def test_report_limits_are_settings(store: Store) -> None:
    eid = entry(store, "2024-06-15 10:00", "major", "2024-06-15 10:40")
    assert ids_of(store, "duty_reported_late") == [eid]
    assert ids_of(store, "duty_reported_late", settings=S.replace(report_minutes_major=45)) == []


def test_deleted_duty_entry_never_counts(store: Store) -> None:
    eid = entry(store, "2024-06-15 10:00", "major", None)
    store.delete("duty_log", eid)
    assert ids_of(store, "duty_reported_late") == []


def test_days_without_roster(store: Store) -> None:
    for day in ("2024-06-15", "2024-06-13", "2024-05-17"):
        store.insert("duty_roster", {"on_date": day, "officers": "张三"})
    gone = store.insert("duty_roster", {"on_date": "2024-06-14", "officers": "李四"})
    store.delete("duty_roster", gone)
    days = ids_of(store, "duty_days_without_roster")
    assert len(days) == 27  # 30 days back from today, three rostered
    assert days[0] == "2024-06-14" and days[-1] == "2024-05-18"
    assert "2024-05-17" not in days and "2024-06-15" not in days
    assert (
        len(ids_of(store, "duty_days_without_roster", settings=S.replace(roster_lookback_days=3)))
        == 1
    )


def test_days_without_roster_across_leap_day(store: Store) -> None:
    days = ids_of(
        store,
        "duty_days_without_roster",
        today="2024-03-01",
        settings=S.replace(roster_lookback_days=3),
    )
    assert days == ["2024-03-01", "2024-02-29", "2024-02-28"]


# -- drill actions ---------------------------------------------------------------------
ACTION_CASES = [
    ("2024-06-14", None, True),
    ("2024-06-15", None, False),  # due today
    ("2024-06-01", "2024-06-10", False),  # done
    (None, None, False),  # no due date
]


@pytest.mark.parametrize(("due", "done", "overdue"), ACTION_CASES)
def test_drill_actions_overdue(store: Store, due, done, overdue) -> None:
    did = store.insert("drills", {"held_on": "2024-05-01", "title": "防汛演练", "form": "live"})
    aid = store.insert(
        "drill_actions", {"drill_id": did, "action": "补充沙袋", "due_on": due, "done_on": done}
    )
    assert (aid in ids_of(store, "drill_actions_overdue")) is overdue
    assert (
        row_flag("drill_actions", store.get("drill_actions", aid), TODAY, S) == "overdue"
    ) is overdue
    assert (did in attention_ids(store, "drills", TODAY, S)) is overdue


def test_action_of_deleted_drill_never_counts(store: Store) -> None:
    did = store.insert("drills", {"held_on": "2024-05-01", "title": "防汛演练", "form": "live"})
    store.insert("drill_actions", {"drill_id": did, "action": "补充沙袋", "due_on": "2024-06-01"})
    assert len(ids_of(store, "drill_actions_overdue")) == 1
    store.delete("drills", did)
    assert ids_of(store, "drill_actions_overdue") == []


# -- the whole ------------------------------------------------------------------------
def test_empty_database_has_only_roster_gaps(store: Store) -> None:
    groups = evaluate(store, TODAY, S, NOW)
    assert tuple(groups) == ALERT_KEYS
    assert {k: g.count for k, g in groups.items() if g.count} == {"duty_days_without_roster": 30}
    assert groups["hazards_due_soon"].title("zh") == "7 天内到整改期限的隐患"
    assert groups["materials_expiring"].title("en") == "Materials expiring within 90 days"


def test_attention_ids_match_the_groups(store: Store) -> None:
    late = hazard(store, deadline="2024-06-01")
    soon = hazard(store, deadline="2024-06-16")
    hazard(store, deadline="2024-12-01")
    assert attention_ids(store, "hazards", TODAY, S, NOW) == {late, soon}
    assert attention_ids(store, "duty_roster", TODAY, S, NOW) == set()


# -- the indexes the rules read through ---------------------------------------------------
def _plan(
    store: Store, sql_start: str, keys: tuple[str, ...] = ("hazards_overdue", "duty_reported_late")
) -> str:
    """The query plan of the query run last that starts with ``sql_start`` when the rules
    ``keys`` are evaluated (traced as they run)."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        evaluate(store, TODAY, S, now=NOW, keys=keys)
    finally:
        store.conn.set_trace_callback(None)
    sql = next(s for s in reversed(seen) if s.startswith(sql_start))
    return " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_overdue_hazards_and_late_reports_read_their_small_indexes(store: Store) -> None:
    """Open hazards by deadline (a partial index of the open ones, not every hazard with a
    past deadline) and serious duty entries by report delay from a minute under the limit
    up, and the unreported ones, not every serious entry ever logged."""
    open_late = hazard(store, deadline="2024-06-01", status="open")
    hazard(store, deadline="2024-05-01", status="rectified", rectified_on="2024-05-02")
    late = store.insert(
        "duty_log",
        {"received_at": "2024-06-10 08:00", "type": "fire", "level": "major",
         "summary": "民房火灾", "reported_up_at": "2024-06-10 10:00"},
    )  # fmt: skip
    assert ids_of(store, "hazards_overdue") == [open_late]
    assert ids_of(store, "duty_reported_late") == [late]
    assert "idx_hazards_open_deadline" in _plan(store, "SELECT id FROM hazards")
    plan = _plan(store, "SELECT id FROM (SELECT id, received_at FROM duty_log")
    assert "idx_duty_log_report_delay (level=? AND <expr>>?)" in plan
    assert "idx_duty_log_unreported (level=?)" in plan
    assert "idx_duty_log_level_reports" not in plan


def test_open_major_hazards_are_read_from_their_own_partial_index(store: Store) -> None:
    """Only the open major hazards are read, most urgent first, not every major hazard
    ever found (the grade index): the rule's cost follows its answer."""
    later = hazard(store, grade="major", deadline="2024-09-01", status="rectifying")
    sooner = hazard(store, grade="major", deadline="2024-07-01", status="open")
    no_deadline = hazard(store, grade="major", status="open")
    hazard(
        store, grade="major", deadline="2024-05-01", status="rectified", rectified_on="2024-05-02"
    )
    hazard(store, grade="general", deadline="2024-06-01", status="open")
    assert ids_of(store, "major_hazards_open") == [sooner, later, no_deadline]
    plan = _plan(store, "SELECT id FROM hazards", ("major_hazards_open",))
    assert plan == "SCAN hazards USING INDEX idx_hazards_open_major"  # no sort, nothing else


def test_plans_not_drilled_read_the_plans_in_force_and_their_drills_by_date(
    store: Store,
) -> None:
    """The plans in force from their partial index, each one's live drills by date from
    theirs: neither table's rows are read (a plan's history of drills is not walked)."""
    plan = _plan(store, "SELECT p.id FROM plans p", ("plans_not_drilled",))
    assert "SCAN p USING INDEX idx_plans_in_force" in plan
    assert "idx_drills_plan_held_on_live (plan_id=? AND held_on>? AND held_on<?)" in plan


def test_rules_answer_on_a_file_without_those_indexes(store: Store) -> None:
    """A file opened read-only may predate an index: the rule runs without it, same rows."""
    open_late = hazard(store, deadline="2024-06-01", status="open")
    late = store.insert(
        "duty_log",
        {"received_at": "2024-06-10 08:00", "type": "fire", "level": "major",
         "summary": "民房火灾"},
    )  # fmt: skip
    not_drilled = plan(store, level="special", issued_on="2015-01-01")
    major = hazard(store, grade="major", found_on="2024-02-01", status="open")
    store.conn.execute('DROP INDEX "idx_hazards_open_deadline"')
    store.conn.execute('DROP INDEX "idx_duty_log_level_reports"')
    store.conn.execute('DROP INDEX "idx_duty_log_report_delay"')
    store.conn.execute('DROP INDEX "idx_duty_log_unreported"')
    store.conn.execute('DROP INDEX "idx_hazards_open_major"')
    store.conn.execute('DROP INDEX "idx_plans_in_force"')
    store.conn.execute('DROP INDEX "idx_drills_plan_held_on_live"')
    assert ids_of(store, "plans_not_drilled") == [not_drilled]
    assert ids_of(store, "major_hazards_open") == [major]
    assert ids_of(store, "hazards_overdue") == [open_late]
    assert ids_of(store, "duty_reported_late") == [late]
