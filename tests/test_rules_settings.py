"""Rule settings: defaults, round trip through the database, refusal of bad values."""

from __future__ import annotations

import pytest

from emergency_desk.rules.settings import (
    SETTING_KEYS,
    SETTING_SPECS,
    RuleSettings,
    SettingError,
    load_settings,
    save_settings,
)
from emergency_desk.store import Store


def test_defaults_on_a_new_database(store: Store) -> None:
    s = load_settings(store)
    assert s == RuleSettings()
    assert (s.review_years, s.review_due_soon_days, s.drill_years_special) == (3, 90, 3)
    assert (s.drill_years_natural, s.material_expiring_days, s.hazard_due_soon_days) == (1, 90, 7)
    assert s.report_limits == {"especially_major": 30, "major": 30, "larger": 60, "general": 360}
    assert s.report_minutes("none") is None and s.report_minutes(None) is None
    assert s.roster_lookback_days == 30


def test_round_trip_and_keys(file_store: Store, db_path) -> None:
    changed = RuleSettings().replace(
        office_name="青石镇应急管理办公室",
        report_minutes_larger=120,
        review_years=5,
        operator="张三",
    )
    save_settings(file_store, changed)
    assert file_store.get_setting(SETTING_KEYS["office_name"]) == "青石镇应急管理办公室"
    assert file_store.get_setting("rules.report_minutes_larger") == 120
    assert file_store.operator == "张三"  # the audit log names the new operator at once
    file_store.close()
    again = Store.open(db_path)
    try:
        assert load_settings(again) == changed
    finally:
        again.close()


@pytest.mark.parametrize("bad", [0, -5, "三", 2.5, None, 99999])
def test_bad_value_refused_and_nothing_saved(store: Store, bad) -> None:
    with pytest.raises(SettingError) as err:
        save_settings(store, RuleSettings(office_name="办公室", hazard_due_soon_days=bad))
    assert "隐患整改临期提醒" in err.value.message("zh")
    assert "Hazard deadline reminder" in err.value.message("en")
    assert store.get_setting("office_name") is None


def test_unusable_stored_value_falls_back_to_default(store: Store) -> None:
    store.set_setting("rules.review_years", "abc")
    store.set_setting("rules.drill_years_natural", 2)
    s = load_settings(store)
    assert (s.review_years, s.drill_years_natural) == (3, 2)


def test_every_setting_has_labels_and_a_distinct_key() -> None:
    assert len({s.key for s in SETTING_SPECS}) == len(SETTING_SPECS)
    assert {s.name for s in SETTING_SPECS} == set(RuleSettings.__dataclass_fields__)
    assert all(s.label("zh") and s.label("en") for s in SETTING_SPECS)
