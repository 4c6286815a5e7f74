"""Any value a user or a file can hand the store is stored faithfully or refused with a
message (hypothesis), and bulk inserts are validated like single ones."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emergency_desk.schema import TABLES, FieldType, ValidationError
from emergency_desk.store import Store

# -- any value: stored faithfully or refused with a message ---------------------------

_PROPERTY_STORE: dict[str, Store] = {}


def _prop_store() -> Store:
    if "s" not in _PROPERTY_STORE:
        _PROPERTY_STORE["s"] = Store.open(None)
    return _PROPERTY_STORE["s"]


ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.text(alphabet="0123456789-: ./年月日", max_size=20),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates().map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from(
        ["name", "description", "funds", "deadline", "found_on", "grade", "phone", "status"]
    ),
    value=ANY_VALUE,
)
def test_any_hazard_value_round_trips_or_is_refused(key: str, value: Any) -> None:
    store = _prop_store()
    base = {
        "found_on": "2025-04-02",
        "name": "测试隐患",
        "category": "other",
        "grade": "general",
        "status": "open",
    }
    before = store.total("hazards")
    try:
        hid = store.insert("hazards", {**base, key: value})
    except ValidationError as exc:
        assert exc.errors
        for lang in ("zh", "en"):
            for message in exc.messages(lang):
                assert message.strip()
        assert store.total("hazards") == before
        return
    stored = store.get("hazards", hid)[key]
    f = TABLES["hazards"].field(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        assert stored in (None, f.default)
    elif f.type in (FieldType.TEXT, FieldType.LONGTEXT):
        assert stored == str(value).strip()
    elif f.type is FieldType.MONEY:
        assert stored == pytest.approx(round(float(value), 2))
        assert stored >= 0
    elif f.type is FieldType.DATE:
        assert dt.date.fromisoformat(stored).isoformat() == stored
    elif f.type is FieldType.CHOICE:
        assert stored in f.choice_keys and stored == value


@settings(max_examples=100, deadline=None)
@given(value=ANY_VALUE)
def test_any_count_round_trips_or_is_refused(value: Any) -> None:
    store = _prop_store()
    base = {"held_on": "2025-05-12", "kind": "publicity", "title": "宣传"}
    try:
        aid = store.insert("activities", {**base, "leaflets": value})
    except ValidationError as exc:
        assert exc.fields() == {"leaflets"}
        assert "宣传资料(份)" in exc.messages("zh")[0]
        assert "Leaflets" in exc.messages("en")[0]
        return
    stored = store.get("activities", aid)["leaflets"]
    if stored is None:
        assert value is None or (isinstance(value, str) and not value.strip())
    else:
        assert isinstance(stored, int) and 0 <= stored <= 2**53
        expected = int(value) if isinstance(value, (int, str)) else int(float(value))
        assert stored == expected


def test_bulk_insert_is_one_action_validated_like_insert(store: Store) -> None:
    changed: list[set[str]] = []
    store.subscribe(changed.append)
    with store.bulk_insert() as insert:
        first = insert(
            "duty_log", {"received_at": "2025-03-01 08:00", "type": "fire", "summary": "值班交接"}
        )
        second = insert(
            "duty_log", {"received_at": "2025-03-01 09:30", "type": "flood", "summary": "雨情通报"}
        )
    assert second == first + 1
    assert store.total("duty_log") == 2
    assert [h["action"] for h in store.history("duty_log", first)] == ["insert"]
    assert changed == [{"duty_log"}]  # listeners hear once, after the commit

    audits = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError) as caught, store.bulk_insert() as insert:
        insert("duty_log", {"received_at": "2025-03-02 08:00", "type": "fire", "summary": "第一条"})
        insert("duty_log", {"received_at": "不是时间", "type": "fire", "summary": "坏的一条"})
    assert caught.value.errors[0].field == "received_at"
    assert store.total("duty_log") == 2  # the good row went back with the bad one
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits


def test_preload_imports_what_the_first_write_needs(tmp_path) -> None:
    """Run in a fresh interpreter: opening does not import sqlite-utils, the preload
    does, on the calling thread (no thread is started to import it)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import threading\n"
        "from emergency_desk.store import Store, preload_writes\n"
        "s = Store.open(sys.argv[1])\n"
        "print('after open', 'sqlite_utils' in sys.modules)\n"
        "before = threading.active_count()\n"
        "preload_writes()\n"
        "print('after preload', 'sqlite_utils' in sys.modules, threading.active_count() == before)\n"
        "s.insert('plans', {'title': '预案', 'level': 'overall'})\n"
        "print('rows', s.total('plans'))\n"
    )
    db = tmp_path / "office.db"
    Store.open(db).close()
    out = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert out.split("\n")[:3] == ["after open False", "after preload True True", "rows 1"]
