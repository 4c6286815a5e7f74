"""The other ledgers' field checks: phone numbers, coordinates in decimal degrees, and the
settings they lean on (area code, level, villages)."""

from __future__ import annotations

import pytest

from emergency_desk.rules.settings import (
    SPECS_BY_NAME,
    SettingError,
    check_value,
    load_settings,
    save_settings,
    village_list,
)
from emergency_desk.schema import ValidationError
from emergency_desk.store import Store

CONTACT = {"name": "王芳", "role": "info_officer", "status": "active"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13807310001", "13807310001"),
        ("138 0731 0001", "13807310001"),
        ("0736-5821110", "0736-5821110"),
        ("07365821110", "07365821110"),
        ("010-12345678", "010-12345678"),
        ("0736-5821110转8001", "0736-5821110转8001"),
        ("0736-5821110-8001", "0736-5821110-8001"),
    ],
)
def test_mobile_and_landline_numbers_are_kept(store: Store, typed: str, stored: str) -> None:
    record_id = store.insert("contacts", {**CONTACT, "phone": typed})
    assert store.get("contacts", record_id)["phone"] == stored


@pytest.mark.parametrize("typed", ["12807310001", "1380731000", "5821110", "电话13807310001"])
def test_a_number_that_is_no_phone_is_refused_with_a_sentence(store: Store, typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        store.insert("contacts", {**CONTACT, "phone": typed})
    assert caught.value.fields() == {"phone"}
    zh, en = caught.value.messages("zh")[0], caught.value.messages("en")[0]
    assert zh.startswith(f"“手机”不是有效的电话号码：{typed}（手机应为 11 位")
    assert en.startswith(f"“Mobile” is not a valid phone number: {typed} (a mobile has 11 digits")


def test_coordinates_are_decimal_degrees_within_china(store: Store) -> None:
    shelter = {"name": "村部", "kind": "indoor", "address": "一组", "capacity": 100}
    record_id = store.insert("shelters", {**shelter, "longitude": "111.5234567", "latitude": 28.9})
    row = store.get("shelters", record_id)
    assert (row["longitude"], row["latitude"]) == (111.523457, 28.9)
    with pytest.raises(ValidationError) as caught:
        store.insert("shelters", {**shelter, "name": "反了", "longitude": 28.9, "latitude": 111.5})
    assert caught.value.fields() == {"longitude", "latitude"}
    assert "“经度”应在 73 到 136 之间：28.9" in caught.value.messages("zh")
    assert "“Latitude” must be from 3 to 54: 111.5" in caught.value.messages("en")
    with pytest.raises(ValidationError) as caught:
        store.insert("shelters", {**shelter, "name": "字", "longitude": "东经112度"})
    assert caught.value.messages("zh") == ["“经度”应为数字：东经112度"]


def test_risk_point_shelter_is_a_reference(store: Store) -> None:
    shelter_id = store.insert(
        "shelters", {"name": "村部", "kind": "indoor", "address": "一组", "capacity": 100}
    )
    point = store.insert(
        "risk_points",
        {"name": "后山滑坡", "kind": "landslide", "village": "东坪村", "shelter_id": shelter_id},
    )
    assert store.get("risk_points", point)["shelter_id"] == shelter_id
    with pytest.raises(ValidationError) as caught:
        store.insert(
            "risk_points",
            {"name": "半坡", "kind": "landslide", "village": "东坪村", "shelter_id": 999},
        )
    assert caught.value.fields() == {"shelter_id"}


@pytest.mark.parametrize("typed", ["43102110400", "4310211040001", "43102A104000"])
def test_area_code_must_be_twelve_digits(typed: str) -> None:
    with pytest.raises(SettingError) as caught:
        check_value(SPECS_BY_NAME["area_code"], typed)
    assert caught.value.message("zh") == f"“行政区划代码”应为 12 位数字（如 431021104000）：{typed}"
    assert (
        caught.value.message("en") == f"“Area code” must be 12 digits (e.g. 431021104000): {typed}"
    )


def test_level_and_villages_settings(store: Store) -> None:
    settings = load_settings(store)
    assert (settings.area_code, settings.level, settings.village_list) == ("", "township", [])
    assert check_value(SPECS_BY_NAME["level"], "区县") == "county"
    with pytest.raises(SettingError) as caught:
        check_value(SPECS_BY_NAME["level"], "province")
    assert (
        caught.value.message("zh")
        == "“层级”的值“province”无效，可选：township（乡镇（街道））、county（区县）"
    )
    save_settings(
        store,
        settings.replace(area_code="431021104000", villages="东坪村\n柳溪村、石门村\n\n东坪村"),
    )
    saved = load_settings(store)
    assert saved.area_code == "431021104000"
    assert saved.village_list == ["东坪村", "柳溪村", "石门村"]
    assert village_list(store) == ["东坪村", "柳溪村", "石门村"]
