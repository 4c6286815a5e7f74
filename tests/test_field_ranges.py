"""Every field has a sensible range, checked at the field and on import; and the rules
never raise on a value an older version (or another program) stored outside it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from emergency_desk.io import prepare_import
from emergency_desk.report import APPENDIX_KEYS, export_summary
from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import attention_ids, evaluate, make_flagger
from emergency_desk.rules.overview import compute_figures
from emergency_desk.rules.settings import load_settings
from emergency_desk.schema import TABLES, FieldType, ValidationError
from emergency_desk.store import ListQuery, Store, search_index


def test_every_number_and_date_field_declares_a_range() -> None:
    for t in TABLES.values():
        for f in t.fields:
            if f.type in (FieldType.INT, FieldType.MONEY, FieldType.DATE, FieldType.DATETIME):
                assert f.bounds is not None, (t.name, f.key)
    plans = TABLES["plans"]
    assert plans.field("review_years").bounds == (1, 10)
    assert plans.field("issued_on").bounds == ("1949-01-01", "2100-12-31")


@pytest.mark.parametrize(
    "values, field, zh, en",
    [
        (
            {"issued_on": "9999-12-31"},
            "issued_on",
            "“印发日期”应在 1949-01-01 至 2100-12-31 之间：9999-12-31",
            "“Issued on” must be between 1949-01-01 and 2100-12-31: 9999-12-31",
        ),
        (
            {"revised_on": "1900-01-01"},
            "revised_on",
            "“最近修订日期”应在 1949-01-01 至 2100-12-31 之间：1900-01-01",
            "“Last revised” must be between 1949-01-01 and 2100-12-31: 1900-01-01",
        ),
        (
            {"review_years": 2**53},
            "review_years",
            f"“评估修订周期(年)”应在 1 到 10 之间：{2**53}",
            f"“Review cycle (years)” must be from 1 to 10: {2**53}",
        ),
        (
            {"review_years": 0},
            "review_years",
            "“评估修订周期(年)”应在 1 到 10 之间：0",
            "“Review cycle (years)” must be from 1 to 10: 0",
        ),
    ],
)
def test_the_field_refuses_values_out_of_range(
    store: Store, values: dict, field: str, zh: str, en: str
) -> None:
    with pytest.raises(ValidationError) as info:
        store.insert("plans", {"title": "预案", "level": "special", **values})
    [err] = info.value.errors
    assert err.field == field
    assert err.message("zh") == zh and err.message("en") == en


def test_counts_and_money_have_an_office_sized_ceiling(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        store.insert(
            "drills",
            {"held_on": "2025-06-01", "title": "演练", "form": "live", "participants": 5_000_000},
        )
    assert info.value.fields() == {"participants"}
    with pytest.raises(ValidationError) as info:
        store.insert(
            "hazards",
            {
                "found_on": "2025-05-01",
                "name": "河堤",
                "category": "reservoir",
                "grade": "general",
                "funds": 1e11,
            },
        )
    assert info.value.fields() == {"funds"}


def test_import_refuses_out_of_range_values_with_row_and_column(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "plans.csv"
    path.write_text(
        "预案名称,预案类别,印发日期,评估修订周期(年)\n"
        "镇总体预案,总体预案,2021-03-05,3\n"
        "防汛预案,专项预案,9999-12-31,3\n"
        "抗旱预案,专项预案,2021-03-05,9007199254740992\n",
        encoding="utf-8",
    )
    plan = prepare_import(store, "plans", path)
    lines = [p.line("en") for p in plan.problems]
    assert lines == [
        "row 3, column 印发日期: “Issued on” must be between 1949-01-01 and 2100-12-31: 9999-12-31",
        "row 4, column 评估修订周期(年): “Review cycle (years)” must be from 1 to 10: "
        "9007199254740992",
    ]


def _poison(path: Path) -> None:
    """Values no form accepts, written straight into the file as an older version might."""
    store = Store.open(path)
    plan = store.insert(
        "plans",
        {"title": "防汛预案", "level": "special", "status": "in_force", "issued_on": "2021-01-01"},
    )
    store.insert(
        "plans",
        {"title": "抗旱预案", "level": "special", "status": "in_force", "issued_on": "2021-01-01"},
    )
    drill = store.insert(
        "drills", {"held_on": "2025-06-01", "title": "演练", "form": "live", "plan_id": plan}
    )
    store.insert("drill_actions", {"drill_id": drill, "action": "补充物资", "due_on": "2025-07-01"})
    store.insert(
        "hazards",
        {"found_on": "2025-05-01", "name": "河堤", "category": "reservoir", "grade": "major"},
    )
    point = store.insert("reserve_points", {"name": "镇储备库"})
    store.insert(
        "materials",
        {
            "point_id": point,
            "name": "编织袋",
            "category": "flood",
            "unit": "条",
            "quantity": 10,
            "min_quantity": 5,
        },
    )
    store.insert(
        "duty_log",
        {
            "received_at": "2025-06-01 10:00",
            "type": "flood",
            "summary": "村民报告",
            "level": "major",
        },
    )
    store.insert("duty_roster", {"on_date": "2025-06-01", "officers": "张三"})
    store.close()
    conn = sqlite3.connect(path)
    search_index.register(conn)
    with conn:
        conn.execute(
            "UPDATE plans SET issued_on = '9999-12-31', review_years = ? WHERE id = 1", [2**53]
        )
        conn.execute("UPDATE plans SET revised_on = 'not a date', review_years = 'x' WHERE id = 2")
        conn.execute("UPDATE drills SET held_on = '9999-12-31'")
        conn.execute("UPDATE drill_actions SET due_on = '0000-00-00'")
        conn.execute("UPDATE hazards SET deadline = '9999-12-31', found_on = '0001-01-01'")
        conn.execute("UPDATE materials SET expires_on = '9999-12-31', min_quantity = ?", [2**62])
        conn.execute("UPDATE duty_log SET received_at = '9999-12-31 23:59'")
        conn.execute("UPDATE duty_roster SET on_date = '9999-12-31'")
    conn.close()


@pytest.mark.parametrize("day", [dt.date(2026, 6, 1), dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_no_rule_raises_on_a_stored_value_out_of_range(db_path: Path, day: dt.date) -> None:
    _poison(db_path)
    store = Store.open(db_path)
    settings = load_settings(store)
    groups = evaluate(store, day, settings)
    for group in groups.values():
        for lang in ("zh", "en"):
            describe(store, group, day, settings, lang)
    for name in TABLES:
        flag = make_flagger(store, name, day, settings)
        for row in store.rows(ListQuery(name)):
            flag(row)
        attention_ids(store, name, day, settings)
    compute_figures(store, day, "zh")
    if day.year == 2026:
        export_summary(store, 2025, "zh", db_path.with_suffix(".docx"), appendix=APPENDIX_KEYS)
    # the plan with a review cycle of 2^53 is simply not flagged, not a crash
    assert 1 not in groups["plans_review_overdue"].ids
    store.close()
