"""``emergency-desk settings [KEY [VALUE]]`` as a user runs it: list, show, set, refuse."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

from emergency_desk.rules.settings import SETTING_SPECS
from emergency_desk.store import Store


def _stored(db: Path, key: str) -> object:
    store = Store.open(db, read_only=True)
    try:
        return store.get_setting(key, None)
    finally:
        store.close()


def test_set_show_and_list_settings(db_path: Path) -> None:
    Store.open(db_path).close()
    db = str(db_path)
    done = run_cli("--db", db, "settings", "area_code", "431021104000", lang="zh_CN.UTF-8")
    assert (done.returncode, done.stdout.strip()) == (0, "已将“行政区划代码”设为：431021104000")
    done = run_cli("--db", db, "settings", "villages", "东坪村,柳溪村\n石门村")
    assert done.returncode == 0, done.stderr
    done = run_cli("--db", db, "settings", "level", "county")
    assert done.stdout.strip() == "Set “Level” to: county (County)"
    assert _stored(db_path, "villages") == "东坪村\n柳溪村\n石门村"
    assert _stored(db_path, "level") == "county"

    shown = run_cli("--db", db, "settings", "villages", lang="zh_CN.UTF-8")
    assert (shown.returncode, shown.stdout.strip()) == (0, "东坪村、柳溪村、石门村")
    listed = run_cli("--db", db, "settings").stdout.splitlines()
    assert "area_code = 431021104000    # Area code" in listed
    assert "review_years = 3    # Plan review cycle (default)" in listed
    assert [line.split(" = ")[0] for line in listed] == [s.name for s in SETTING_SPECS]


def test_unknown_key_and_bad_value_exit_2_and_change_nothing(db_path: Path) -> None:
    Store.open(db_path).close()
    db = str(db_path)
    unknown = run_cli("--db", db, "settings", "area", "1", lang="zh_CN.UTF-8")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("没有名为“area”的设置。可用的设置：office_name, ")
    assert len(unknown.stderr.strip().splitlines()) == 1
    bad = run_cli("--db", db, "settings", "area_code", "4310211040")
    assert bad.returncode == 2
    assert bad.stderr.strip() == "“Area code” must be 12 digits (e.g. 431021104000): 4310211040"
    bad = run_cli("--db", db, "settings", "review_years", "99", lang="zh_CN.UTF-8")
    assert (bad.returncode, bad.stderr.strip()) == (
        2,
        "“预案评估修订周期（默认）”应为 1 到 20 之间的整数：99",
    )
    assert _stored(db_path, "area_code") is None
    assert _stored(db_path, "rules.review_years") is None
