"""``emergency-desk check`` as a user runs it: a subprocess, its output and exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from emergency_desk.rules.alerts import ALERT_KEYS
from emergency_desk.store import Store

TODAY = "2024-06-15"


@pytest.fixture
def office_db(db_path: Path) -> Path:
    store = Store.open(db_path)
    store.set_setting("records_from", "2024-01-01")  # the office's records go back that far
    store.insert(
        "hazards",
        {
            "found_on": "2024-05-01",
            "name": "河堤冲刷",
            "category": "flood",
            "grade": "major",
            "deadline": "2024-06-01",
        },
    )
    gone = store.insert(
        "hazards",
        {"found_on": "2024-05-01", "name": "已删除", "category": "fire", "deadline": "2024-06-01"},
    )
    store.delete("hazards", gone)
    store.insert(
        "duty_log",
        {
            "received_at": "2024-06-15 10:00",
            "type": "fire",
            "level": "major",
            "summary": "山林起火",
            "reported_up_at": "2024-06-15 10:31",
        },
    )
    for day in range(1, 16):
        store.insert("duty_roster", {"on_date": f"2024-06-{day:02d}", "officers": "张三"})
    store.close()
    return db_path


def test_json_has_every_key_and_the_ids(office_db: Path) -> None:
    result = run_cli("--db", str(office_db), "check", "--json", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert set(doc) == {"alerts", "rows", "backups"}
    assert doc["backups"] == {"newest": None, "newest_good": None}
    assert list(doc["alerts"]) == list(ALERT_KEYS) == list(doc["rows"])
    assert doc["alerts"]["hazards_overdue"] == 1
    assert doc["rows"]["hazards_overdue"] == [1]  # the deleted one never counts
    assert doc["rows"]["major_hazards_open"] == [1]
    assert doc["rows"]["duty_reported_late"] == [1]  # 31 minutes for a major event
    assert doc["alerts"]["duty_days_without_roster"] == 15  # 16 May .. 31 May
    assert doc["rows"]["duty_days_without_roster"][0] == "2024-05-31"
    assert all(doc["alerts"][k] == len(doc["rows"][k]) for k in ALERT_KEYS)


def test_text_in_english(office_db: Path) -> None:
    result = run_cli("--db", str(office_db), "check", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Integrity check: ok" in lines
    assert "hazards_overdue  Hazards past their deadline: 1" in lines
    assert any("河堤冲刷" in line and "14 days overdue" in line for line in lines)
    assert "duty_reported_late  Larger-or-above entries reported late or not at all: 1" in lines
    assert sum(1 for line in lines if not line.startswith(" ") and "  " in line) == len(ALERT_KEYS)


def test_text_in_chinese(office_db: Path) -> None:
    result = run_cli("--db", str(office_db), "check", "--today", TODAY, lang="zh_CN.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "完整性检查：正常" in result.stdout
    assert "hazards_overdue  逾期未整改的隐患：1" in result.stdout
    assert "已逾期 14 天" in result.stdout


def test_today_changes_the_answer(office_db: Path) -> None:
    result = run_cli("--db", str(office_db), "check", "--json", "--today", "2024-05-20")
    doc = json.loads(result.stdout)
    assert doc["alerts"]["hazards_overdue"] == 0
    assert doc["rows"]["hazards_due_soon"] == []  # 12 days ahead: outside 7 days


def test_bad_file_is_one_line_exit_2(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("these are not the registers\n" * 10, encoding="utf-8")
    result = run_cli("--db", str(junk), "check")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not an Emergency Desk database" in result.stderr


def test_missing_file_and_bad_day_exit_2(tmp_path: Path, office_db: Path) -> None:
    missing = tmp_path / "nowhere.db"
    result = run_cli("--db", str(missing), "check")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not missing.exists()  # check never creates a database
    result = run_cli("--db", str(office_db), "check", "--today", "2024-02-30")
    assert result.returncode == 2
    assert result.stderr.strip() == "“2024-02-30” is not a valid date; expected e.g. 2024-06-15."
