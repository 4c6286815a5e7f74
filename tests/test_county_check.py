"""``check`` and the Overview in a county database: the alerts counted and labelled per
township, each township's counts the same as its own database gives."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from county_fixture import TOWNS, YEAR, make_county

from emergency_desk.rules.overview import compute_figures
from emergency_desk.store import Store

TODAY = f"{YEAR}-12-31"


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_county(tmp_path_factory.mktemp("county"))


def _check(db: Path) -> dict[str, object]:
    done = run_cli("--db", str(db), "check", "--json", "--today", TODAY)
    assert done.returncode == 0, done.stderr
    doc: dict[str, object] = json.loads(done.stdout)
    return doc


def test_check_counts_each_townships_alerts_as_its_own_database_does(county: Path) -> None:
    doc = _check(county)
    by_township = doc["by_township"]
    assert isinstance(by_township, dict)
    assert set(by_township) == set(TOWNS)
    for code in TOWNS:
        own = _check(county.parent / f"{code}.db")
        assert "by_township" not in own  # a township's database has none
        alerts = own["alerts"]
        assert isinstance(alerts, dict)
        # Two rules read the township's own settings and calendar (its villages, its duty
        # days), which its package does not bring: the county counts them for itself.
        county_level = ("duty_days_without_roster", "villages_without_info_officer")
        expected = {k: n for k, n in alerts.items() if n and k not in county_level}
        assert by_township[code] == expected
        assert by_township[code]["hazards_overdue"] > 0
    # The county's totals are its townships' (it has no rows of its own here).
    totals = doc["alerts"]
    assert isinstance(totals, dict)
    assert totals["hazards_overdue"] == sum(by_township[c]["hazards_overdue"] for c in TOWNS)


def test_check_text_names_the_township_of_each_row(county: Path) -> None:
    done = run_cli("--db", str(county), "check", "--today", TODAY, lang="zh_CN.UTF-8")
    assert done.returncode == 0, done.stderr
    overdue = [line for line in done.stdout.splitlines() if "已逾期" in line]
    assert overdue and all("【青石镇】" in line or "【柳河乡】" in line for line in overdue)


def test_the_overview_labels_each_alert_with_its_township(county: Path) -> None:
    store = Store.open(county, read_only=True)
    try:
        figures = compute_figures(store, dt.date(YEAR, 12, 31), "zh")
        rows = figures.rows["hazards_overdue"]
        assert rows
        for row in rows:
            township = store.get("hazards", row.record_id)["township"]
            name = TOWNS[township].removesuffix("应急管理办公室")
            assert row.text.startswith(f"【{name}】")
    finally:
        store.close()
