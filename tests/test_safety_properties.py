"""Properties that must hold whatever a user does or types.

1. Any sequence of create / update / delete / restore / purge / stock changes keeps the
   audit log consistent with the data: replaying the log alone rebuilds every row's
   values and its deleted flag.
2. Any string or number typed into any field is either saved and read back equal (after
   the documented normalisation: surrounding spaces trimmed, dates in ISO form, money to
   two decimals) or refused with a ValidationError that says why in both languages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emergency_desk.schema import TABLES, Field, FieldType, ValidationError
from emergency_desk.schema.validation import FORMATS, clean_value
from emergency_desk.store import NotFoundError, Store
from emergency_desk.store.integrity import audit_mismatches, replay_audit
from emergency_desk.store.recycle_bin import deleted_count, deleted_page

T = FieldType
OPS_TABLES = ["plans", "drills", "drill_actions", "hazards", "reserve_points", "materials"]


def _valid(f: Field, draw: Any) -> Any:
    if f.type in (T.TEXT, T.LONGTEXT):
        printable = st.characters(blacklist_categories=("Cs", "Cc"))
        return draw(st.text(printable, min_size=1, max_size=20).filter(lambda s: s.strip()))
    if f.type is T.DATE:
        return draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))).isoformat()
    if f.type is T.DATETIME:
        d = draw(st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 12, 31)))
        return d.strftime("%Y-%m-%d %H:%M")
    if f.type is T.INT:
        return draw(st.integers(1 if f.signed else 0, 10_000))
    if f.type is T.MONEY:
        return draw(st.integers(0, 10**8)) / 100
    if f.type is T.CHOICE:
        return draw(st.sampled_from(f.choice_keys))
    if f.type is T.REF:
        return draw(st.integers(1, 3))
    raise AssertionError(f.type)


def _anything() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.text(max_size=40),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(["", "  ", "2025-02-30", "-1", "1e999", "NaN", "=1+1", "０１２"]),
    )


@st.composite
def operations(draw: Any) -> list[tuple[Any, ...]]:
    # A few linked records to start from, so purges, cascades and stock changes have
    # something to act on; then anything at all.
    ops: list[tuple[Any, ...]] = [
        ("create", "reserve_points", 0, {"name": "一号库"}),
        (
            "create",
            "materials",
            0,
            {"point_id": 1, "name": "帐篷", "category": "shelter", "unit": "顶"},
        ),
        ("create", "plans", 0, {"title": "总体预案", "level": "overall"}),
        (
            "create",
            "drills",
            0,
            {"held_on": "2025-05-12", "title": "演练", "form": "live", "plan_id": 1},
        ),
        ("create", "drill_actions", 0, {"drill_id": 1, "action": "补充物资"}),
    ]
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(
            st.sampled_from(
                ["create", "create", "update", "delete", "restore", "purge", "move", "count"]
            )
        )
        table = draw(st.sampled_from(OPS_TABLES))
        t = TABLES[table]
        if kind in ("create", "update"):
            values = {}
            for f in t.fields:
                often = 1 if f.type is T.REF else 3  # links make purges interesting
                if (f.required and kind == "create") or draw(st.integers(0, often)) == 0:
                    bad = draw(st.sampled_from([False] * 19 + [True]))
                    values[f.key] = draw(_anything()) if bad else _valid(f, draw)
            if table == "hazards" and values.get("status") in ("rectified", "closed"):
                values.setdefault("rectified_on", "2025-06-01")
            ops.append((kind, table, draw(st.integers(1, 3)), values))
        elif kind == "move":
            ops.append((kind, "materials", draw(st.integers(1, 3)), draw(st.integers(-20, 20))))
        elif kind == "count":
            ops.append((kind, "materials", draw(st.integers(1, 3)), draw(st.integers(0, 30))))
        else:  # movements are created by "move"/"count", but deleted like any record
            table = draw(st.sampled_from([*OPS_TABLES, "stock_movements"]))
            ops.append((kind, table, draw(st.integers(1, 3)), None))
    return ops


def _apply(s: Store, op: tuple[Any, ...]) -> None:
    kind, table, rid, arg = op
    try:
        if kind == "create":
            s.insert(table, arg)
        elif kind == "update":
            s.update(table, rid, arg)
        elif kind == "delete":
            s.delete(table, rid)
        elif kind == "restore":
            s.restore(table, rid)
        elif kind == "purge":
            s.purge(table, rid)
        elif kind == "move" and s.exists("materials", rid):
            s.add_movement(rid, "2025-05-01", arg, "purchase" if arg > 0 else "issue")
        elif kind == "count" and s.exists("materials", rid):
            s.stocktake(rid, arg, "2025-05-02")
    except (ValidationError, NotFoundError):
        pass


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations())
def test_audit_log_replays_to_the_data(ops: list[tuple[Any, ...]]) -> None:
    s = Store.open(None)
    try:
        for op in ops:
            _apply(s, op)
        assert audit_mismatches(s) == []
        # Deleted flags agree with the recycle bin, and stock with its movements.
        replayed_deleted = sum(
            1 for name in TABLES for r in replay_audit(s, name).values() if r["_deleted"]
        )
        assert deleted_count(s) == replayed_deleted
        assert len(deleted_page(s, 0, 1000)) == replayed_deleted
        for (mid,) in s.db.execute("SELECT id FROM materials").fetchall():
            assert s.get("materials", mid)["quantity"] == s.stock_of(mid)
    finally:
        s.close()


# -- any value in any field ------------------------------------------------------------
_STORE: Store | None = None
_FIELDS = [
    (t.name, f)
    for t in TABLES.values()
    for f in t.fields
    if f.key not in t.computed or t.name == "materials"
    if (t.name, f.key) != ("stock_movements", "material_id")  # add_movement's own argument
]


def _store() -> Store:
    global _STORE
    if _STORE is None:
        _STORE = Store.open(None)
    return _STORE


def _base(s: Store, table: str) -> dict[str, Any]:
    """A valid record of ``table`` (creating the records it must refer to)."""
    values: dict[str, Any] = {}
    for f in TABLES[table].fields:
        if f.type is T.REF and f.ref_table:
            values[f.key] = s.insert(f.ref_table, _base(s, f.ref_table))
        elif f.required and f.format:
            values[f.key] = FORMATS[f.format][2]
        elif f.required:
            values[f.key] = {
                T.TEXT: "基础",
                T.LONGTEXT: "基础内容",
                T.DATE: "2025-03-05",
                T.DATETIME: "2025-03-05 08:30",
                T.INT: 5,
                T.MONEY: 1.5,
                T.CHOICE: f.choice_keys[0] if f.choice_keys else None,
            }[f.type]
    return values


def _save(s: Store, table: str, values: dict[str, Any]) -> tuple[str, int]:
    if table == "stock_movements":
        s.add_movement(s.insert("materials", _base(s, "materials")), "2025-03-05", 100, "purchase")
        mid = s.db.execute("SELECT max(id) FROM materials").fetchone()[0]
        values["material_id"] = mid
        return table, s.add_movement(
            mid, values["moved_on"], values["delta"], values["reason"], values.get("note")
        )
    return table, s.insert(table, values)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_FIELDS), _anything())
def test_any_value_saves_equal_or_is_refused_with_a_message(
    table_field: tuple[str, Field], value: Any
) -> None:
    table, f = table_field
    s = _store()
    values = _base(s, table)
    values[f.key] = value
    try:
        table, rid = _save(s, table, values)
    except ValidationError as exc:
        for lang in ("zh", "en"):
            msgs = exc.messages(lang)
            assert msgs and all(isinstance(m, str) and m.strip() for m in msgs)
        assert exc.fields()
        return
    got = s.get(table, rid)[f.key]
    expected, err = clean_value(f, value)
    assert err is None
    if f.key == "quantity":  # the opening stock, kept as a movement
        expected = expected or 0
    assert got == expected, (table, f.key, value, got)
    if isinstance(value, str) and f.type in (T.TEXT, T.LONGTEXT):
        assert got == (value.strip() or None)
    if isinstance(value, int) and f.type in (T.INT, T.REF):
        assert got == value
    if isinstance(value, (int, float)) and f.type is T.MONEY:
        assert abs(got - value) <= 0.005 + abs(value) * 1e-12
