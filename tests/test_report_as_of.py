"""Every figure of the summary as of its date (DESIGN "Figures are as of a date").

The expected figures are computed here, with this file's own SQL over the rows it
inserted, never by calling the report's code; the summary must agree with them at a
year's end, at a mid-year document date and at a date early in the next year.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from cli_runner import run_cli

from emergency_desk.report import ReportError, build_summary
from emergency_desk.report.figures import collect
from emergency_desk.schema import TABLES
from emergency_desk.store import Store
from emergency_desk.store.summary_queries import material_rows

ENTERED = "2025-01-02 09:00:00"
YEAR_END = dt.date(2025, 12, 31)
MID_YEAR = dt.date(2025, 6, 30)
NEXT_JANUARY = dt.date(2026, 1, 10)


def _backdate(store: Store, at: str = ENTERED) -> None:
    """The office entered these rows as it went along, not on the day the test runs."""
    with store.transaction():
        for name in TABLES:
            store.db.execute(f'UPDATE "{name}" SET created_at = ? WHERE created_at > ?', [at, at])
        store.db.execute("UPDATE audit_log SET at = ? WHERE at > ?", [at, at])
        store.db.execute("UPDATE hazard_status_log SET at = ? WHERE at > ?", [at, at])


def _material(store: Store, point: int, name: str, qty: int, **kw: object) -> int:
    values = {"point_id": point, "name": name, "category": "flood", "unit": "条",
              "quantity": qty, "checked_on": "2025-01-02", **kw}  # fmt: skip
    return store.insert("materials", values)


@pytest.fixture
def ledger(store: Store) -> Store:
    """Two points; stock that moves across 2025 and 2026."""
    store.set_setting("office_name", "青山镇应急管理办公室")
    p1 = store.insert("reserve_points", {"name": "镇储备库", "kind": "government"})
    p2 = store.insert("reserve_points", {"name": "村储备点", "kind": "government"})
    bags = _material(store, p1, "编织袋", 1000, min_quantity=500)
    _material(store, p2, "编织袋", 300, min_quantity=100)  # same kind at a second point
    store.add_movement(bags, "2025-07-01", 5000, "purchase")
    store.add_movement(bags, "2026-03-01", -5800, "issue")  # short only in 2026
    water = _material(store, p1, "矿泉水", 50, expires_on="2026-02-01")  # expiring at 2025's end
    store.add_movement(water, "2026-01-05", -50, "issue")
    _material(store, p1, "方便面", 40, expires_on="2025-10-01")  # expired in 2025
    _material(store, p2, "救生衣", 10, min_quantity=20)  # short all along
    _backdate(store)
    # a point and an item entered only in 2026: they did not exist in 2025
    p3 = store.insert("reserve_points", {"name": "新建储备点", "kind": "unit"})
    late = _material(store, p3, "帐篷", 30)
    store.db.execute(
        "UPDATE stock_movements SET moved_on = '2026-04-01' WHERE material_id = ?", [late]
    )
    _backdate(store, "2026-04-01 09:00:00")
    return store


def _stock(store: Store, day: str) -> dict[tuple[str, str], int]:
    rows = store.db.execute(
        "SELECT p.name, m.name, sum(s.delta) FROM stock_movements s "
        "JOIN materials m ON m.id = s.material_id JOIN reserve_points p ON p.id = m.point_id "
        "WHERE s.deleted_at IS NULL AND s.moved_on <= ? GROUP BY p.name, m.name",
        [day],
    ).fetchall()
    return {(p, n): q for p, n, q in rows}


@pytest.mark.parametrize("today", [YEAR_END, MID_YEAR, NEXT_JANUARY, dt.date(2026, 12, 6)])
def test_stock_is_the_sum_of_movements_up_to_the_summary_date(
    ledger: Store, today: dt.date
) -> None:
    as_of = min(today, YEAR_END).isoformat()
    stock = _stock(ledger, as_of)
    m = collect(ledger, 2025, today).materials
    bags = stock[("镇储备库", "编织袋")] + stock[("村储备点", "编织袋")]
    assert next(x.quantity for x in m.key_stocks if x.name == "编织袋") == bags
    # kinds of material, not stock rows across points; the 2026 point is not there yet
    names = {n for (_, n) in stock}
    assert m.items == len(names) == 4 and m.points == 2
    minimum = dict(
        ledger.db.execute(
            "SELECT p.name || m.name, m.min_quantity FROM materials m "
            "JOIN reserve_points p ON p.id = m.point_id WHERE m.min_quantity IS NOT NULL"
        ).fetchall()
    )
    short = {n for (p, n), q in stock.items() if p + n in minimum and q < minimum[p + n]}
    assert {x.name for x in m.short} == short and m.short_count == len(short)
    expired = {r[0] for r in ledger.db.execute(
        "SELECT name FROM materials WHERE expires_on < ?", [as_of])}  # fmt: skip
    assert {x.name for x in m.expired} == expired
    assert expired == ({"方便面"} if as_of >= "2025-10-01" else set())


def test_at_2026_figures_show_the_2026_shortage_and_the_new_point(ledger: Store) -> None:
    m = collect(ledger, 2026, dt.date(2026, 12, 6)).materials
    assert m.points == 3 and m.items == 5
    assert {x.name for x in m.short} == {"编织袋", "救生衣"}


def test_no_item_is_both_expired_and_expiring(store: Store) -> None:
    point = store.insert("reserve_points", {"name": "镇储备库"})
    for i, expires in enumerate(("2025-12-30", "2025-12-31", "2026-01-01", "2026-03-01")):
        _material(store, point, f"药品{i}", 5, category="medical", expires_on=expires)
    _backdate(store)
    m = collect(store, 2025, NEXT_JANUARY).materials
    day = "2025-12-31"
    expired = {r[0] for r in store.db.execute(
        "SELECT name FROM materials WHERE expires_on < ?", [day])}  # fmt: skip
    expiring = {r[0] for r in store.db.execute(
        "SELECT name FROM materials WHERE expires_on >= ? AND expires_on <= date(?, '+90 days')",
        [day, day])}  # fmt: skip
    assert {x.name for x in m.expired} == expired == {"药品0"}
    assert {x.name for x in m.expiring} == expiring
    assert not {x.name for x in m.expired} & {x.name for x in m.expiring}
    assert m.expired_count + m.expiring_count == len(expired | expiring)


def test_a_2019_summary_has_no_reserves_when_the_ledger_starts_in_2025(ledger: Store) -> None:
    m = collect(ledger, 2019, dt.date(2020, 1, 10)).materials
    assert (m.points, m.items, m.short_count, m.expired_count) == (0, 0, 0, 0)


# -- hazards -------------------------------------------------------------------------------


@pytest.fixture
def hazards(store: Store) -> Store:
    rows = [
        ("2025-03-01", "A", "rectified", "2025-04-01", 1_000_000.25),
        ("2025-05-01", "B", "rectified", "2025-12-20", 2_000_000),
        ("2025-06-01", "C", "closed", "2026-01-05", 515_749.75),
        ("2025-08-01", "D", "rectified", "2026-02-01", 0),
        ("2025-09-01", "E", "open", None, 0),
    ]
    for found, name, status, done, funds in rows:
        values = {"found_on": found, "name": name, "category": "fire", "status": status,
                  "rectified_on": done, "funds": funds, "deadline": "2025-11-30",
                  "verified_by": "王建国" if status == "closed" else None}  # fmt: skip
        store.insert("hazards", values)
    _backdate(store)
    return store


@pytest.mark.parametrize("today", [YEAR_END, MID_YEAR, NEXT_JANUARY])
def test_a_hazard_counts_as_rectified_only_if_it_was_by_that_day(
    hazards: Store, today: dt.date
) -> None:
    day = min(today, YEAR_END).isoformat()
    found, rectified = hazards.db.execute(
        "SELECT count(*), coalesce(sum(rectified_on <= ?), 0) FROM hazards "
        "WHERE found_on BETWEEN '2025-01-01' AND ?",
        [day, day],
    ).fetchone()
    h = collect(hazards, 2025, today).hazards
    assert (h.found, h.rectified) == (found, rectified)


def test_a_rectification_entered_after_the_document_date_does_not_count(hazards: Store) -> None:
    hid = hazards.db.execute("SELECT id FROM hazards WHERE name = 'E'").fetchone()[0]
    hazards.update("hazards", hid, {"status": "rectified", "rectified_on": "2025-12-28"})
    hazards.db.execute(
        "UPDATE hazard_status_log SET at = '2026-02-01 10:00:00' WHERE hazard_id = ? "
        "AND from_status IS NOT NULL",
        [hid],
    )
    # written on 10 January 2026 the office did not know yet; written later, it did
    assert collect(hazards, 2025, NEXT_JANUARY).hazards.rectified == 2
    assert collect(hazards, 2025, dt.date(2026, 3, 1)).hazards.rectified == 3


def test_funds_are_exact_and_rounded_half_up(hazards: Store) -> None:
    cents = hazards.db.execute("SELECT sum(CAST(round(funds * 100) AS INTEGER)) FROM hazards")
    total = Decimal(cents.fetchone()[0]) / 100
    assert total == Decimal("3515750")
    f = collect(hazards, 2025, NEXT_JANUARY)
    assert f.hazards.funds == total
    assert (
        "落实隐患整改资金351.58万元" in build_summary(hazards, 2025, "zh", figures=f).plain_text()
    )


# -- plans ---------------------------------------------------------------------------------


@pytest.fixture
def plans(store: Store) -> Store:
    store.insert("plans", {"title": "总体预案", "level": "overall", "issued_on": "2019-05-01"})
    store.insert("plans", {"title": "旧防汛预案", "level": "special", "issued_on": "2018-04-01"})
    store.insert("plans", {"title": "森林防火预案", "level": "special", "issued_on": "2022-03-01"})
    store.insert(
        "plans",
        {"title": "危化品预案（草案）", "level": "special", "status": "draft",
         "issued_on": "2025-03-01"},
    )  # fmt: skip
    store.insert("plans", {"title": "地灾预案", "level": "special", "issued_on": "2025-04-01"})
    _backdate(store, "2019-06-01 09:00:00")
    old = store.db.execute("SELECT id FROM plans WHERE title = '旧防汛预案'").fetchone()[0]
    store.update("plans", old, {"status": "repealed"})
    store.db.execute("UPDATE audit_log SET at = '2026-03-01 10:00:00' WHERE action = 'update'")
    return store


def _in_force_at(store: Store, day: str) -> set[str]:
    """Own reading of the audit: status now, unless an update after ``day`` changed it."""
    out = set()
    for pid, title, status, issued in store.db.execute(
        "SELECT id, title, status, issued_on FROM plans"
    ):
        before = store.db.execute(
            "SELECT json_extract(before, '$.status') FROM audit_log WHERE table_name = 'plans' "
            "AND record_id = ? AND action = 'update' AND at > ? ORDER BY id LIMIT 1",
            [pid, day + " 23:59:59"],
        ).fetchone()
        then = before[0] if before else status
        if then == "in_force" and (issued or "") <= day:
            out.add(title)
    return out


@pytest.mark.parametrize("year,today", [(2019, dt.date(2026, 12, 6)), (2025, NEXT_JANUARY),
                                        (2026, dt.date(2026, 12, 6))])  # fmt: skip
def test_plans_in_force_as_the_audit_says_they_were(
    plans: Store, year: int, today: dt.date
) -> None:
    day = min(today, dt.date(year, 12, 31)).isoformat()
    p = collect(plans, year, today).plans
    assert p.in_force_total == len(_in_force_at(plans, day))
    if year == 2019:
        assert p.in_force_total == 2  # the flood plan repealed in 2026 still counts


def test_a_draft_is_not_issued_and_reviews_fall_due_by_the_day(plans: Store) -> None:
    p = collect(plans, 2025, MID_YEAR).plans
    assert p.issued_titles == ["地灾预案"]
    # review every 3 years from the issue date: due on or before 30 June 2025
    due = {
        t for t, d in plans.db.execute(
            "SELECT title, date(issued_on, '+3 years') FROM plans WHERE status != 'draft'")
        if d <= MID_YEAR.isoformat()
    }  # fmt: skip
    assert {d.title for d in p.due} == due == {"总体预案", "旧防汛预案", "森林防火预案"}
    assert (
        "新制定印发"
        not in build_summary(plans, 2025, "zh", today=dt.date(2025, 3, 31)).plain_text()
    )


# -- dates, partial years, future years ----------------------------------------------------


def test_a_mid_year_date_counts_only_records_up_to_it(ledger: Store, hazards: Store) -> None:
    hazards.insert("drills", {"held_on": "2025-05-01", "title": "春季演练", "form": "live",
                              "participants": 40})  # fmt: skip
    hazards.insert("drills", {"held_on": "2025-09-01", "title": "秋季演练", "form": "live",
                              "participants": 60})  # fmt: skip
    _backdate(hazards)
    f = collect(hazards, 2025, MID_YEAR)
    held = hazards.db.execute(
        "SELECT count(*), sum(participants) FROM drills WHERE held_on <= ?", [MID_YEAR.isoformat()]
    ).fetchone()
    assert (f.drills.total, f.drills.participants) == held == (1, 40)
    text = build_summary(hazards, 2025, "zh", today=MID_YEAR).plain_text()
    assert "全年" not in text and "年底" not in text
    assert "1—6月组织开展应急演练1次" in text


def test_a_movement_entered_after_the_document_date_is_not_in_its_stock(ledger: Store) -> None:
    """A purchase dated in 2025 but entered today: a summary dated 10 January 2026 could
    not know it; one dated today counts it."""
    bags = ledger.db.execute(
        "SELECT m.id FROM materials m JOIN reserve_points p ON p.id = m.point_id "
        "WHERE m.name = '编织袋' AND p.name = '镇储备库'"
    ).fetchone()[0]
    ledger.add_movement(bags, "2025-09-01", 700, "purchase")  # entered now

    def stock(today: dt.date) -> int:
        rows = material_rows(ledger, 2025, YEAR_END, today)
        return sum(
            r["quantity"] for r in rows if r["name"] == "编织袋" and r["point"] == "镇储备库"
        )

    known = ledger.db.execute(
        "SELECT sum(delta) FROM stock_movements WHERE material_id = ? AND deleted_at IS NULL "
        "AND moved_on <= '2025-12-31' AND created_at < '2026-01-11'",
        [bags],
    ).fetchone()[0]
    assert stock(NEXT_JANUARY) == known == 6000
    assert stock(dt.date.today()) == known + 700


def test_records_entered_after_the_document_date_do_not_exist_yet(hazards: Store) -> None:
    hazards.insert("hazards", {"found_on": "2025-10-01", "name": "补录隐患", "category": "fire"})
    # entered on the day the test runs, after 10 January 2026
    assert collect(hazards, 2025, NEXT_JANUARY).hazards.found == 5
    assert collect(hazards, 2025, dt.date.today()).hazards.found == 6


def test_a_partial_year_never_says_whole_year(hazards: Store) -> None:
    zh = build_summary(hazards, 2025, "zh", today=dt.date(2025, 12, 6)).plain_text()
    assert "全年" not in zh and "年底" not in zh
    assert "截至12月6日，共排查各类安全隐患5处" in zh
    en = build_summary(hazards, 2025, "en", today=dt.date(2025, 12, 6)).plain_text()
    assert "At the end of 2025" not in en and "during the year" not in en.lower()
    full = build_summary(hazards, 2025, "zh", today=NEXT_JANUARY).plain_text()
    assert "全年共排查各类安全隐患5处" in full


def test_a_future_year_is_refused(hazards: Store) -> None:
    with pytest.raises(ReportError) as err:
        build_summary(hazards, 2030, "zh", today=dt.date(2026, 12, 6))
    assert err.value.message("zh") == "不能为2030年写总结：文件日期为2026-12-06，该年度尚未开始。"


def test_cli_refuses_a_future_year_with_one_sentence(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    Store.open(db).close()
    out = tmp_path / "r.docx"
    result = run_cli("--db", str(db), "report", "--year", "2030", "--date", "2026-12-06",
                     "-o", str(out))  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "2030" in lines[0] and "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_date_limits_the_figures(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    store = Store.open(db)
    for found, done in (("2025-03-01", "2025-04-01"), ("2025-05-01", "2025-08-01"),
                        ("2025-09-01", None)):  # fmt: skip
        store.insert("hazards", {"found_on": found, "name": found, "category": "fire",
                                 "status": "rectified" if done else "open",
                                 "rectified_on": done})  # fmt: skip
    _backdate(store)
    store.set_setting("office_name", "青山镇应急管理办公室")  # a summary is signed by the office
    store.close()
    out = tmp_path / "r.docx"
    result = run_cli("--db", str(db), "report", "--year", "2025", "--date", "2025-06-30",
                     "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "1—6月共排查各类安全隐患2处" in text and "已整改1处，整改率50%" in text


def test_an_earlier_hazard_rectified_only_later_is_still_overdue_at_the_year_end(
    hazards: Store,
) -> None:
    for name, done in (("旧隐患甲", "2026-01-05"), ("旧隐患乙", "2025-06-01"), ("旧隐患丙", None)):
        hazards.insert("hazards", {"found_on": "2024-10-01", "name": name, "category": "fire",
                                   "deadline": "2024-12-01", "rectified_on": done,
                                   "status": "rectified" if done else "open"})  # fmt: skip
    _backdate(hazards)
    day = "2025-12-31"
    expected = hazards.db.execute(
        "SELECT count(*) FROM hazards WHERE found_on < '2025-01-01' AND deadline < ? "
        "AND (rectified_on IS NULL OR rectified_on > ?)",
        [day, day],
    ).fetchone()[0]
    assert collect(hazards, 2025, NEXT_JANUARY).hazards.overdue_earlier == expected == 2


def test_demo_records_are_entered_on_their_own_dates(store: Store) -> None:
    from emergency_desk.demo.fill import fill_demo

    fill_demo(store, 2026, today=dt.date(2026, 12, 6))
    day = "2025-06-30"
    found, rectified = store.db.execute(
        "SELECT count(*), coalesce(sum(rectified_on <= ?), 0) FROM hazards "
        "WHERE deleted_at IS NULL AND found_on BETWEEN '2025-01-01' AND ?",
        [day, day],
    ).fetchone()
    h = collect(store, 2025, dt.date(2025, 6, 30)).hazards
    assert (h.found, h.rectified) == (found, rectified) and found > 0
    bags = store.db.execute(
        "SELECT sum(s.delta) FROM stock_movements s JOIN materials m ON m.id = s.material_id "
        "WHERE m.name = '编织袋' AND s.moved_on <= '2025-12-31'"
    ).fetchone()[0]
    m = collect(store, 2025, dt.date(2026, 1, 10)).materials
    assert next(x.quantity for x in m.key_stocks if x.name == "编织袋") == bags
