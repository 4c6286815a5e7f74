"""The rules flag no missed day and no report-up deadline before the office's records
begin: the "records kept from" setting, else the day the database was made."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from cli_runner import run_cli

from emergency_desk.rules.alerts import evaluate
from emergency_desk.rules.settings import SPECS_BY_NAME, SettingError, check_value, load_settings
from emergency_desk.store import Store

TODAY = "2024-06-15"


def _ids(store: Store, key: str) -> list:
    return list(evaluate(store, TODAY, now=f"{TODAY} 23:59", keys=(key,))[key].ids)


def test_fresh_database_lists_only_today_without_a_roster(db_path: Path) -> None:
    today = dt.date.today().isoformat()
    assert run_cli("--db", str(db_path), "settings", "records_from", today).returncode == 0
    doc = json.loads(run_cli("--db", str(db_path), "check", "--json").stdout)
    assert doc["rows"]["duty_days_without_roster"] == [today]
    assert doc["alerts"]["duty_days_without_roster"] == 1


def test_without_the_setting_the_database_began_today(db_path: Path) -> None:
    Store.open(db_path).close()
    doc = json.loads(run_cli("--db", str(db_path), "check", "--json").stdout)
    assert doc["rows"]["duty_days_without_roster"] == [dt.date.today().isoformat()]


def test_days_and_deadlines_before_records_from_are_not_flagged(store: Store) -> None:
    store.set_setting("records_from", "2024-06-10")
    store.insert("duty_roster", {"on_date": "2024-06-12", "officers": "王强"})
    assert _ids(store, "duty_days_without_roster") == [
        "2024-06-15", "2024-06-14", "2024-06-13", "2024-06-11", "2024-06-10",
    ]  # fmt: skip
    before = {"summary": "河水上涨", "level": "major", "type": "flood"}
    store.insert("duty_log", {**before, "received_at": "2024-06-09 10:00"})
    late = store.insert("duty_log", {**before, "received_at": "2024-06-11 10:00"})
    assert _ids(store, "duty_reported_late") == [late]
    # a hazard still open is overdue however long ago its deadline passed
    old = store.insert(
        "hazards",
        {"found_on": "2024-01-02", "name": "河堤冲刷", "category": "flood",
         "grade": "general", "deadline": "2024-02-01"},
    )  # fmt: skip
    assert _ids(store, "hazards_overdue") == [old]


def test_moving_records_from_back_brings_the_days_back(store: Store) -> None:
    store.set_setting("records_from", "2024-06-14")
    assert len(_ids(store, "duty_days_without_roster")) == 2
    store.set_setting("records_from", "2024-01-01")
    assert len(_ids(store, "duty_days_without_roster")) == 30


def test_an_older_database_began_with_its_first_audit_entry(store: Store) -> None:
    store.insert("duty_roster", {"on_date": "2024-06-01", "officers": "王强"})
    store.conn.execute("UPDATE audit_log SET at = '2024-06-13 09:00:00'")
    store.conn.execute("DELETE FROM settings WHERE key = 'created_on'")
    assert _ids(store, "duty_days_without_roster") == ["2024-06-15", "2024-06-14", "2024-06-13"]


def test_records_from_is_checked_as_a_date(store: Store) -> None:
    spec = SPECS_BY_NAME["records_from"]
    assert check_value(spec, "2026/1/5") == "2026-01-05"
    assert check_value(spec, "") == ""
    try:
        check_value(spec, "2026-02-30")
    except SettingError as exc:
        assert exc.message("zh") == "“台账记录起始日期”应为日期（如 2026-01-01）：2026-02-30"
    else:
        raise AssertionError("an impossible date was taken")
    store.set_setting("records_from", "not a date")
    assert load_settings(store).records_from == ""


def test_settings_cli_refuses_a_bad_date(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "settings", "records_from", "31.2.2026")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "“Records kept from” must be a date (e.g. 2026-01-01): 31.2.2026"
    )
