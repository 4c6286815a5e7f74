"""Search finds exactly what ``LIKE '%word%'`` finds, for every term length, and stays in sync.

The store answers short terms from the grams index and long ones from the trigram index;
these tests hold both to the plain LIKE meaning on random text mixing Chinese, Latin words
in both cases, digits and punctuation, and through inserts, edits, soft deletes and purges.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from emergency_desk.schema import TABLES
from emergency_desk.store import ListQuery, Store, search_index
from emergency_desk.store import migrations as mig

CHINESE = "火灾滑坡山体洪水积水道路交通事故村镇发生群众报告处置完毕"
LATIN = ["Fire", "fire", "FIRE", "road", "G318", "K12", "x", "Éclair", "éclair", "ab"]
PUNCT = ["，", "。", " ", "-", "%", "_", "'", '"', "\\", "*", "(", ")", "+"]
DUTY_TERMS = [
    "火灾", "火", "滑坡", "山体滑坡", "灾滑", "水", "fire", "FIRE", "Fi", "f", "G3", "318",
    "k12", "x", "Éc", "éclair", "ÉCLAIR", "%", "_", "'", '"', "\\", "*", "1", "12",
    "火灾 fire", "村 镇", "处置完毕", "AND", "OR", "NOT", "a*", "(", "不存在的词",
]  # fmt: skip


def _text(r: random.Random) -> str | None:
    if r.random() < 0.08:
        return None
    parts = []
    for _ in range(r.randrange(1, 7)):
        pick = r.random()
        if pick < 0.5:
            parts.append("".join(r.choice(CHINESE) for _ in range(r.randrange(1, 5))))
        elif pick < 0.75:
            parts.append(r.choice(LATIN))
        elif pick < 0.9:
            parts.append(str(r.randrange(0, 400)))
        else:
            parts.append(r.choice(PUNCT))
    return "".join(parts)


def _like_ids(store: Store, table: str, term: str) -> list[int]:
    """The meaning search must keep: each word is a substring (LIKE) of some searchable column."""
    cols = [f.key for f in TABLES[table].searchable_fields]
    where, params = ["deleted_at IS NULL"], []
    for word in term.split():
        esc = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("(" + " OR ".join(f"\"{c}\" LIKE ? ESCAPE '\\'" for c in cols) + ")")
        params += [f"%{esc}%"] * len(cols)
    sql = f'SELECT id FROM "{table}" WHERE {" AND ".join(where)} ORDER BY id'
    return [r[0] for r in store.db.execute(sql, params)]


def _search_ids(store: Store, table: str, term: str) -> list[int]:
    q = ListQuery(table, search=term)
    ids = sorted(r["id"] for r in store.page(q, 0, 10_000))
    assert store.count(q) == len(ids)
    return ids


def _fill(store: Store, r: random.Random, n: int = 300) -> None:
    with store.transaction():
        for i in range(n):
            store.db.execute(
                "INSERT INTO duty_log (received_at, type, summary, reporter, location, "
                "action_taken) VALUES (?, 'fire', ?, ?, ?, ?)",
                [
                    f"2025-01-01 00:{i % 60:02d}",
                    _text(r) or "-",
                    _text(r),
                    _text(r),
                    _text(r),
                ],
            )
            store.db.execute(
                "INSERT INTO hazards (found_on, name, category, grade, status, location, "
                "description, responsible_unit) VALUES ('2025-01-01', ?, 'fire', 'general', "
                "'open', ?, ?, ?)",
                [_text(r) or "-", _text(r), _text(r), _text(r)],
            )


@pytest.mark.parametrize("table", ["duty_log", "hazards"])
def test_search_matches_like_on_random_text(store: Store, table: str) -> None:
    r = random.Random(20261128)
    _fill(store, r)
    # Terms taken from the data itself as well as the fixed list, of every length 1..5.
    sample_terms = []
    for (text,) in store.db.execute(
        f'SELECT "{TABLES[table].searchable_fields[0].key}" FROM "{table}"'
    ):
        if text and len(text.strip()) >= 1:
            start = r.randrange(len(text))
            sample_terms.append(text[start : start + r.randrange(1, 6)])
    terms = DUTY_TERMS + [t for t in sample_terms[:80] if t.strip()]
    found_some = 0
    for term in terms:
        expected = _like_ids(store, table, term)
        assert _search_ids(store, table, term) == expected, term
        found_some += bool(expected)
    assert found_some > len(terms) // 2  # the comparison is not vacuous


def test_case_follows_like_ascii_only(store: Store) -> None:
    a = store.insert(
        "duty_log",
        {"received_at": "2025-03-01 08:00", "type": "fire", "summary": "FIRE at Éclair bakery"},
    )
    b = store.insert(
        "duty_log",
        {"received_at": "2025-03-01 09:00", "type": "fire", "summary": "fire at éclair shop"},
    )
    assert _search_ids(store, "duty_log", "fire") == [a, b]
    assert _search_ids(store, "duty_log", "Fi") == [a, b]
    # LIKE folds ASCII only: É and é are different letters to it, and so to the search.
    assert _search_ids(store, "duty_log", "Éclair") == [a]
    assert _search_ids(store, "duty_log", "éc") == [b]


def test_two_character_chinese_words(store: Store) -> None:
    ids = {}
    for text in ["青山镇发生火灾", "山体滑坡阻断道路", "火灾隐患排查", "灾后重建", "火"]:
        ids[text] = store.insert(
            "duty_log", {"received_at": "2025-05-01 10:00", "type": "other", "summary": text}
        )
    assert _search_ids(store, "duty_log", "火灾") == sorted(
        [ids["青山镇发生火灾"], ids["火灾隐患排查"]]
    )
    assert _search_ids(store, "duty_log", "滑坡") == [ids["山体滑坡阻断道路"]]
    assert _search_ids(store, "duty_log", "灾") == sorted(
        [ids["青山镇发生火灾"], ids["火灾隐患排查"], ids["灾后重建"]]
    )
    assert len(_search_ids(store, "duty_log", "火")) == 3
    assert _search_ids(store, "duty_log", "发生火灾") == [ids["青山镇发生火灾"]]
    # A pair that spans two separate fields is not a substring of either.
    store.update("duty_log", ids["火"], {"location": "灾区"})
    assert _search_ids(store, "duty_log", "火灾") == sorted(
        [ids["青山镇发生火灾"], ids["火灾隐患排查"]]
    )


def test_index_follows_edits_deletes_and_purges(store: Store) -> None:
    rid = store.insert(
        "hazards",
        {
            "found_on": "2025-02-01",
            "name": "河堤缺口",
            "category": "flood",
            "grade": "general",
            "status": "open",
        },
    )
    assert _search_ids(store, "hazards", "河堤") == [rid]
    store.update("hazards", rid, {"name": "排水沟淤塞"})
    assert _search_ids(store, "hazards", "河堤") == []
    assert _search_ids(store, "hazards", "淤塞") == [rid]
    assert _search_ids(store, "hazards", "排水沟淤") == [rid]
    store.update("hazards", rid, {"status": "rectifying"})  # no text change: still found
    assert _search_ids(store, "hazards", "淤") == [rid]
    store.delete("hazards", rid)
    assert _search_ids(store, "hazards", "淤") == []
    assert [r["id"] for r in store.page(ListQuery("hazards", search="淤", deleted=True))] == [rid]
    store.restore("hazards", rid)
    assert _search_ids(store, "hazards", "淤") == [rid]
    store.purge("hazards", rid)
    assert _search_ids(store, "hazards", "淤") == []
    g = search_index.grams_table("hazards")
    assert store.db.execute(
        f'SELECT count(*) FROM "{g}" WHERE "{g}" MATCH \'"00006c"\''
    ).fetchone() == (0,)


def test_search_combines_with_filters_and_sort(store: Store) -> None:
    for i, (kind, text) in enumerate(
        [("fire", "民房火灾"), ("flood", "火灾后积水"), ("fire", "仓库冒烟")]
    ):
        store.insert(
            "duty_log", {"received_at": f"2025-06-0{i + 1} 10:00", "type": kind, "summary": text}
        )
    q = ListQuery("duty_log", search="火灾", filters={"type": "fire"})
    assert [r["summary"] for r in store.page(q)] == ["民房火灾"]
    q = ListQuery("duty_log", search="火灾", sort="received_at", descending=False)
    assert [r["summary"] for r in store.page(q)] == ["民房火灾", "火灾后积水"]


def test_small_registers_still_search_by_like(store: Store) -> None:
    store.insert(
        "activities", {"held_on": "2025-05-12", "kind": "publicity", "title": "防灾减灾日宣传"}
    )
    assert len(store.page(ListQuery("activities", search="减灾"))) == 1
    assert len(store.page(ListQuery("activities", search="火"))) == 0


def test_upgrade_indexes_existing_rows(tmp_path) -> None:
    """A file from before the grams index gets it built for the rows it already holds."""
    import sqlite_utils

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    mig.migrate(db, stop_before=3)
    assert mig.user_version(db) == 2
    db.execute(
        "INSERT INTO duty_log (received_at, type, summary) VALUES ('2024-07-01 10:00', 'geological', '山体滑坡')"
    )
    db.conn.commit()
    db.conn.close()
    store = Store.open(path)
    try:
        assert mig.user_version(store.db) == mig.SCHEMA_VERSION
        assert len(store.page(ListQuery("duty_log", search="滑坡"))) == 1
        assert len(store.page(ListQuery("duty_log", search="坡"))) == 1
    finally:
        store.close()


def test_grams_are_opaque_tokens() -> None:
    tokens = search_index.grams("A火, b").split()
    assert all(len(t) in (6, 12) and all(c in "0123456789abcdef" for c in t) for t in tokens)
    # ASCII folded to lower case, nothing else folded; pairs never span two values.
    assert search_index.grams("A") == search_index.grams("a")
    assert search_index.grams("É") != search_index.grams("é")
    assert "000061000062" not in search_index.grams("a", "b").split()
    assert "000061000062" in search_index.grams("ab").split()


def _plain_page(store: Store, q: ListQuery, offset: int, limit: int) -> list[int]:
    from emergency_desk.store.listing import select_sql
    from emergency_desk.store.paging import pinyin_applies

    pinyin = pinyin_applies(store, q)  # a name column reads in pinyin order
    sql, params = select_sql(q, columns=["id"], limit=limit, offset=offset, pinyin=pinyin)
    return [r[0] for r in store.db.execute(sql, params)]


@pytest.mark.parametrize(
    "q",
    [
        ListQuery("duty_log"),
        ListQuery("duty_log", sort="type"),
        ListQuery("duty_log", sort="level", descending=True),
        ListQuery("duty_log", sort="reporter"),
        ListQuery("duty_log", search="火"),
        ListQuery("duty_log", search="火灾 村"),
        ListQuery("duty_log", filters={"level": "major"}, sort="received_at"),
        ListQuery("duty_log", deleted=True),
    ],
)
def test_every_page_equals_a_plain_offset_read(store: Store, q: ListQuery) -> None:
    """Pages read from the far end, or by looking matches up, are the same rows in order."""
    r = random.Random(5)
    with store.transaction():
        for i in range(230):
            store.db.execute(
                "INSERT INTO duty_log (received_at, type, level, summary, reporter, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    f"2025-0{1 + i % 3}-{1 + i % 28:02d} 10:{i % 7:02d}",  # ties on purpose
                    r.choice(["fire", "flood", "other"]),
                    r.choice(["none", "major", None]),
                    r.choice(["火灾", "村里火灾", "积水", "村道"]),
                    r.choice(["张三", None, "李四"]),
                    "2025-09-09 00:00:00" if i % 17 == 0 else None,
                ],
            )
    n = store.count(q)
    assert n == len(_plain_page(store, q, 0, 10_000)) > 0
    for offset in (0, 7, n // 2 - 3, n // 2, n - 31, n - 30, n - 1, n, n + 5):
        got = [row["id"] for row in store.page(q, offset, 30)]
        assert got == _plain_page(store, q, max(0, offset), 30), offset


def test_counts_follow_every_change(store: Store) -> None:
    q = ListQuery("duty_log", search="火灾")
    assert store.count(q) == 0
    rid = store.insert(
        "duty_log", {"received_at": "2025-01-01 10:00", "type": "fire", "summary": "火灾"}
    )
    assert store.count(q) == 1 and store.count(ListQuery("duty_log")) == 1
    store.delete("duty_log", rid)
    assert store.count(q) == 0 and store.count(ListQuery("duty_log")) == 0
    assert store.count(ListQuery("duty_log", deleted=True, search="火灾")) == 1
    store.restore("duty_log", rid)
    assert store.count(q) == 1
    # A write that bypasses the facade still invalidates the remembered count.
    with store.transaction():
        store.db.execute("UPDATE duty_log SET summary = '积水' WHERE id = ?", [rid])
    assert store.count(q) == 0
