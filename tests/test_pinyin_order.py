"""Chinese names sort by pinyin in lists, positions and exports alike (issue 15.9).

By code point 冲 (U+51B2) < 医 (U+533B) < 口 (U+53E3); by pinyin 冲 (chong) < 口 (kou) <
医 (yi). One key (``store.collation``) orders the list's pages, finds a record's row in it
and orders the export of the same view.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emergency_desk.io.exporter import export_register
from emergency_desk.store import ListQuery, Store, paging
from emergency_desk.store.collation import compare, install, pinyin_key

PINYIN = ["冲锋舟", "口服补液盐", "医用口罩"]


def _materials(store: Store, names: list[str]) -> None:
    point = store.insert("reserve_points", {"name": "镇储备库"})
    for name in names:
        store.insert(
            "materials", {"point_id": point, "name": name, "category": "other", "unit": "个"}
        )


def _hazard(store: Store, name: str) -> int:
    values = {"found_on": "2024-01-01", "name": name, "category": "fire", "grade": "general"}
    return store.insert("hazards", values)


def test_the_key_orders_by_pinyin_and_keeps_every_text_apart() -> None:
    assert sorted(reversed(PINYIN)) != PINYIN  # code-point order is not pinyin order
    assert sorted(reversed(PINYIN), key=pinyin_key) == PINYIN
    # Second-level GB2312 characters and GBK's rarer ones join their syllable, not the end.
    names = ["王玥", "王阳", "王月", "王艳"]  # yan < yang < yue; 玥 after the common 月
    assert sorted(names, key=pinyin_key) == ["王艳", "王阳", "王月", "王玥"]
    assert sorted(["堃", "阿", "坤", "口"], key=pinyin_key) == ["阿", "口", "坤", "堃"]
    # ASCII first, as before; punctuation and symbols after the Chinese.
    assert sorted(["医", "B2", "A1", "、"], key=pinyin_key) == ["A1", "B2", "医", "、"]
    assert pinyin_key(None) is None


@given(st.text(max_size=6), st.text(max_size=6))
def test_two_texts_share_a_key_only_when_equal(a: str, b: str) -> None:
    assert (pinyin_key(a) == pinyin_key(b)) == (a == b)
    assert compare(a, b) == -compare(b, a)


def test_collation_and_key_agree_in_sql() -> None:
    conn = sqlite3.connect(":memory:")
    install(conn)
    names = ["医用口罩", "冲锋舟", "口服补液盐", "Zz", "阿胶", "、", "长江", None]
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(n,) for n in names])
    by_collation = [r[0] for r in conn.execute("SELECT name FROM t ORDER BY name COLLATE pinyin")]
    by_key = [r[0] for r in conn.execute("SELECT name FROM t ORDER BY pinyin_key(name)")]
    assert (
        by_collation
        == by_key
        == [None, "Zz", "阿胶", "长江", "冲锋舟", "口服补液盐", "医用口罩", "、"]
    )


def test_every_store_connection_has_the_collation(file_store: Store) -> None:
    assert file_store.conn.execute("SELECT '医' < '口' COLLATE pinyin").fetchone() == (0,)
    reader = Store.open(file_store.path, read_only=True)
    try:
        assert reader.conn.execute("SELECT pinyin_key('口') < pinyin_key('医')").fetchone() == (1,)
    finally:
        reader.close()


def test_the_materials_list_and_its_export_read_in_pinyin_order(
    store: Store, tmp_path: Path
) -> None:
    _materials(store, ["医用口罩", "口服补液盐", "冲锋舟"])
    names = [r["name"] for r in store.page(ListQuery("materials"))]  # sorted by name
    assert names == PINYIN
    descending = ListQuery("materials", sort="name", descending=True)
    assert [r["name"] for r in store.page(descending)] == PINYIN[::-1]
    path = tmp_path / "物资.csv"
    assert export_register(store, "materials", path, lang="zh") == 3
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    column = rows[0].index("物资名称")
    assert [r[column] for r in rows[1:]] == PINYIN
    export_register(store, "materials", tmp_path / "倒序.csv", lang="zh", query=descending)
    with (tmp_path / "倒序.csv").open(encoding="utf-8-sig", newline="") as f:
        assert [r[column] for r in list(csv.reader(f))[1:]] == PINYIN[::-1]


def test_a_record_is_found_at_its_pinyin_position(store: Store) -> None:
    ids = {name: _hazard(store, name) for name in ["医用口罩仓库", "口岸", "冲沟", "阿里"]}
    q = ListQuery("hazards", sort="name")
    order = [r["name"] for r in store.page(q)]
    assert order == ["阿里", "冲沟", "口岸", "医用口罩仓库"]
    for name, rid in ids.items():
        assert store.position(q, rid) == order.index(name)
    desc = q.with_(descending=True)
    assert [store.position(desc, ids[n]) for n in order] == [3, 2, 1, 0]


def test_a_large_table_keeps_its_index_order(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above ``PINYIN_MAX_ROWS`` a page is an index walk again, in code-point order."""
    for name in ["医用口罩", "口服补液盐", "冲锋舟"]:
        _hazard(store, name)
    q = ListQuery("hazards", sort="name")
    assert paging.pinyin_applies(store, q)
    monkeypatch.setattr(paging, "PINYIN_MAX_ROWS", 2)
    assert not paging.pinyin_applies(store, q)
    assert [r["name"] for r in store.page(q)] == ["冲锋舟", "医用口罩", "口服补液盐"]
    assert [r["name"] for r in store.rows(q)] == ["冲锋舟", "医用口罩", "口服补液盐"]
    # Choices, dates and numbers never take the pinyin key: their indexes serve the sort.
    assert not paging.pinyin_applies(store, ListQuery("hazards", sort="category"))
    assert not paging.pinyin_applies(store, ListQuery("hazards", sort="found_on"))


NAMES = st.text(alphabet="冲口医阿长重玥堃王李、Ab1 ", min_size=0, max_size=4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(st.one_of(NAMES, st.none()), min_size=1, max_size=40),
    page_size=st.integers(min_value=1, max_value=9),
    descending=st.booleans(),
    deleted=st.sets(st.integers(min_value=0, max_value=39), max_size=5),
)
def test_paging_a_pinyin_list_yields_every_row_once_in_order(
    names: list[str | None], page_size: int, descending: bool, deleted: set[int]
) -> None:
    store = Store.open(None)
    try:
        ids = []
        for i, name in enumerate(names):
            rid = _hazard(store, (name or "").strip() or f"x{i}")
            ids.append(rid)
            if name is None:  # a name cleared to NULL after entry, as old imports left it
                store.conn.execute("UPDATE hazards SET name = NULL WHERE id = ?", [rid])
        for i in deleted & set(range(len(ids))):
            store.delete("hazards", ids[i])
        q = ListQuery("hazards", sort="name", descending=descending)
        total = store.count(q)
        seen: list[dict] = []
        for offset in range(0, total + page_size, page_size):
            seen += store.page(q, offset, page_size)
        assert sorted(r["id"] for r in seen) == sorted(
            rid for i, rid in enumerate(ids) if i not in deleted
        )
        assert len(seen) == total
        keys = [
            (pinyin_key(r["name"]) is not None, pinyin_key(r["name"]) or "", r["id"]) for r in seen
        ]
        assert keys == sorted(keys, reverse=descending)
        for row_number, row in enumerate(seen):
            assert store.position(q, row["id"]) == row_number
    finally:
        store.close()
