"""The demo's other ledgers read true for 某县青石镇: teams of a township's size, a shelter
for every few villages, landslide points in the hill villages with their monitors, a summer
of warnings whose call-backs all answered but one."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from emergency_desk.demo import fill_demo
from emergency_desk.demo.people import HILL_VILLAGES
from emergency_desk.demo.places import VILLAGES
from emergency_desk.rules.settings import load_settings
from emergency_desk.store import ListQuery, Store

TODAY = dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def demo() -> Store:
    s = Store.open(None)
    fill_demo(s, 2026, today=TODAY)
    yield s
    s.close()


def rows(store: Store, table: str) -> list[dict]:
    return list(store.rows(ListQuery(table)))


def test_settings_name_the_township_and_its_villages(demo: Store) -> None:
    settings = load_settings(demo)
    assert settings.village_list == list(VILLAGES)
    assert len(settings.area_code) == 12 and settings.level == "township"


def test_teams_and_contacts(demo: Store) -> None:
    teams = rows(demo, "teams")
    assert all(5 <= t["members"] <= 40 for t in teams)
    assert {t["kind"] for t in teams} >= {"comprehensive", "militia", "village"}
    contacts = rows(demo, "contacts")
    officers = Counter(
        c["village"] for c in contacts if c["role"] == "info_officer" and c["status"] == "active"
    )
    assert set(VILLAGES) - set(officers) == {"新华社区"}  # its officer has left
    monitors = {c["village"] for c in contacts if c["role"] == "monitor"}
    assert monitors == set(HILL_VILLAGES)


def test_shelters_and_risk_points(demo: Store) -> None:
    shelters = rows(demo, "shelters")
    assert len(VILLAGES) / 3 <= len(shelters) <= len(VILLAGES)
    assert all(73 <= s["longitude"] <= 136 and 3 <= s["latitude"] <= 54 for s in shelters)
    points = [p for p in rows(demo, "risk_points") if p["status"] == "monitoring"]
    assert {p["village"] for p in points} == set(HILL_VILLAGES)
    assert Counter(p["kind"] for p in points).most_common(1)[0][0] == "landslide"
    monitors = {(c["name"], c["phone"]) for c in rows(demo, "contacts") if c["role"] == "monitor"}
    watched = [p for p in points if p["monitor"]]
    assert len(points) - len(watched) == 1  # a new point still waits for its monitor
    assert all((p["monitor"], p["monitor_phone"]) in monitors for p in watched)
    assert all(p["households"] and p["persons"] >= p["households"] for p in points)


def test_a_summer_of_warnings_with_one_unanswered_call_back(demo: Store) -> None:
    warnings = rows(demo, "warnings")
    months = {int(w["received_at"][5:7]) for w in warnings}
    assert months <= {5, 6, 7, 8, 9}
    calls = rows(demo, "warning_callbacks")
    called = {c["warning_id"] for c in calls}
    colours = {w["id"]: w["color"] for w in warnings}
    assert called and {colours[w] for w in called} <= {"orange", "red"}
    assert [c["answered"] for c in calls].count("no") == 1
