"""A frequent word's first pages come from the newest matches, and they are the same rows
in the same order as the whole search gives (``store.search_pages``)."""

from __future__ import annotations

import datetime as dt

import pytest

from emergency_desk.store import ListQuery, Store, paging, search_pages
from emergency_desk.store.paging import page_rows

WORD = "火灾"
START = dt.datetime(2025, 1, 1, 8, 0)


def _fill(store: Store, n: int) -> None:
    """``n`` entries in date order; every other one mentions the word somewhere (the
    summary, the place, the reporter or the action, in turn), a few are binned."""
    with store.transaction():
        for i in range(n):
            where = ("summary", "location", "reporter", "action_taken")[(i // 2) % 4]
            row = {
                "received_at": f"{START + dt.timedelta(hours=7 * i):%Y-%m-%d %H:%M}",
                "type": "fire",
                "summary": f"第{i}号接报",
            }
            if i % 2 == 0:
                row[where] = f"{row.get(where) or ''}村里{WORD}{i}"
            record = store.insert("duty_log", row)
            if i % 37 == 0:
                store.delete("duty_log", record)


def _expected(store: Store, q: ListQuery) -> list[int]:
    """The search by its meaning: LIKE on the searchable columns, in the list's order."""
    order = "DESC" if q.descending or q.sort is None else "ASC"
    cols = ("reporter", "location", "summary", "action_taken")
    like = " OR ".join(f"{c} LIKE ?" for c in cols)
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM duty_log WHERE deleted_at IS NULL AND ({like}) "
            f"ORDER BY received_at {order}, id {order}",
            [f"%{WORD}%"] * len(cols),
        )
    ]


def _ids(store: Store, q: ListQuery, offset: int) -> list[int]:
    cols, rows = page_rows(store, q, offset, 200)
    return [r[cols["id"]] for r in rows]


@pytest.fixture
def frequent(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word is 'frequent' from 50 matches (2,000 in the app) so a small table shows it."""
    monkeypatch.setattr(paging, "MATCH_FIRST_MAX", 50)


@pytest.mark.parametrize("descending", [True, False])
def test_frequent_word_pages_are_the_searchs_rows(
    store: Store, frequent: None, descending: bool
) -> None:
    _fill(store, 2000)
    q = ListQuery("duty_log", search=WORD, sort="received_at", descending=descending)
    expected = _expected(store, q)
    assert len(expected) > 400
    for offset in (0, 200, 400):
        found = search_pages.newest_matches(store.conn, q, offset, 200)
        assert found is not None  # read from the newest matches, not from every match
        cols, rows = found
        assert [r[cols["id"]] for r in rows] == expected[offset : offset + 200]
        assert _ids(store, q, offset) == expected[offset : offset + 200]
    assert store.count(q) == len(expected)


def test_an_entry_out_of_date_order_falls_back_to_the_same_rows(
    store: Store, frequent: None
) -> None:
    """The oldest entry re-dated to the newest: the newest matches cannot be trusted to
    hold the page (it sorts first with the lowest id), so the long way gives the rows."""
    _fill(store, 900)
    store.update("duty_log", 2, {"received_at": "2026-06-01 08:00"})  # no match, first now
    q = ListQuery("duty_log", search=WORD)
    expected = _expected(store, q)
    assert search_pages.newest_matches(store.conn, q, 0, 200) is None
    assert _ids(store, q, 0) == expected[:200]
    store.update("duty_log", 3, {"received_at": "2026-06-02 08:00"})  # a match, first now
    expected = _expected(store, q)
    assert expected[0] == 3
    assert _ids(store, q, 0) == expected[:200]
    assert _ids(store, q, 200) == expected[200:400]


def test_count_upto_reads_no_further_than_asked(store: Store) -> None:
    _fill(store, 300)
    q = ListQuery("duty_log", search=WORD)
    total = len(_expected(store, q))
    assert paging.count_upto(store, q, 10) == 10  # "at least ten"
    assert paging.count_upto(store, q, 1000) == total  # exact below the bound
    assert (
        paging.count_upto(store, ListQuery("duty_log", search=WORD, filters={"type": "fire"}), 10)
        is None
    )
