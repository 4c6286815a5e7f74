"""Counting and paging a view so that a million rows cost about what one page costs.

Three things make the difference at the size of a city's duty log (bench/README.md):

* Counts are remembered until the database changes. A table view re-counts on every
  sort, but sorting does not change how many rows there are. The cache key is the WHERE
  clause; the validity token is this connection's ``total_changes`` plus SQLite's
  ``data_version`` (which moves when another connection commits), so no write path —
  the facade, an import, a restore — can leave a stale count behind.
* Cheap exact counts: the live rows of a table are all rows minus the (few) rows in the
  recycle bin, and a plain search is counted in its index (``listing.fast_count_sql``).
* A page in the second half of a view is read from the other end (reversed ORDER BY,
  small OFFSET) and flipped, so the last page costs what the first does; and a search
  that matches few rows looks those rows up instead of walking the sort index past
  a million non-matching entries.
* A search that matches many rows is neither counted nor listed whole for its first
  pages: they come from its newest matches (``search_pages``), and ``count_upto``
  tells the table model it may show them before the count (which it gets off the GUI
  thread).

A text sort column (``listing.pinyin_sorts``) is ordered by pinyin in a table of at most
``PINYIN_MAX_ROWS`` live records: no index holds that order, so each page sorts the view
(about 40 ms at 50,000 rows). A bigger table — a city's duty log — keeps the index's
code-point order, so its pages stay an index walk. Pages, positions and exports ask
``pinyin_applies`` and so always agree.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from ..schema import TABLES
from . import search_index
from .collation import KEY_FUNCTION
from .listing import (
    ListQuery,
    column_sql,
    count_sql,
    fast_count_sql,
    pinyin_sorts,
    select_sql,
    sort_expression,
    sort_keys,
    where_clause,
)

if TYPE_CHECKING:
    from .facade import Store

MATCH_FIRST_MAX = 2000  # a search matching at most this many rows sorts its matches
PINYIN_MAX_ROWS = 50_000  # live records up to which text sorts by pinyin (see above)
_counts: weakref.WeakKeyDictionary[Any, tuple[tuple[int, int], dict[Any, int]]] = (
    weakref.WeakKeyDictionary()
)


def _token(store: Store) -> tuple[int, int]:
    conn = store.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def _cache(store: Store) -> dict[Any, int]:
    token = _token(store)
    held = _counts.get(store)
    if held is None or held[0] != token:
        held = (token, {})
        _counts[store] = held
    return held[1]


def _is_plain(q: ListQuery) -> bool:
    return q == ListQuery(q.table, sort=q.sort, descending=q.descending)


def _key(q: ListQuery) -> Any:
    sql, params = count_sql(q)
    return sql, tuple(params)


def count(store: Store, q: ListQuery) -> int:
    cache = _cache(store)
    key = _key(q)
    if key in cache:
        return cache[key]
    if _is_plain(q):
        table = f'"{q.table}"'
        total = store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        binned = store.conn.execute(
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"
        ).fetchone()[0]
        n = total - binned
    else:
        sql, params = fast_count_sql(q) or count_sql(q)
        n = store.conn.execute(sql, params).fetchone()[0]
    cache[key] = n
    return n


def pinyin_applies(store: Store, q: ListQuery) -> bool:
    """Whether the view is ordered by the pinyin of its text sort column."""
    return pinyin_sorts(q) and count(store, ListQuery(q.table)) <= PINYIN_MAX_ROWS


def uncounted_first_pages(q: ListQuery) -> bool:
    """Whether a view's first pages are read without its count: a plain search in its
    register's date order (``search_pages``)."""
    if not q.search.strip():
        return False
    from . import search_pages  # loaded at the first search, not at the first paint

    return search_pages.applies(q)


def count_upto(store: Store, q: ListQuery, bound: int) -> int | None:
    """A plain search's count if it is known or below ``bound`` (read from the index, no
    further than ``bound`` ids); ``bound`` means "at least that many"; ``None`` when the view
    is not a plain search and not counted yet. A table view shows a frequent word's first
    page without waiting for its count (``search_pages``)."""
    if not q.search.strip():
        return None
    key = _key(q)
    cache = _cache(store)
    if key in cache:
        return cache[key]
    at_least = cache.get(("at least", key), 0)  # a frequent word's page after its first
    if at_least >= bound:
        return bound
    from . import search_pages  # loaded at the first search, not at the first paint

    n = search_pages.count_upto(store.conn, q, bound)
    if n is not None:
        cache[key if n < bound else ("at least", key)] = n
    return n


def page(store: Store, q: ListQuery, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
    cols, rows = page_rows(store, q, offset, limit)
    names = list(cols)
    return [dict(zip(names, row, strict=True)) for row in rows]


def page_rows(
    store: Store, q: ListQuery, offset: int = 0, limit: int = 200
) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """One page as SQLite gives it: each column's position, and the rows as tuples.

    A table view reads a few cells of each row it shows; building a dict of every column
    for each of 200 rows cost as much again as the query (bench/README.md, scroll).
    """
    offset = max(0, offset)
    searching = bool(q.search.strip()) and search_index.is_indexed(q.table) and not q.deleted
    total = count(store, q) if offset > limit else None
    if searching and total is None and uncounted_first_pages(q):
        total = count_upto(store, q, MATCH_FIRST_MAX + 1)
        if total is not None and total > MATCH_FIRST_MAX:  # a frequent word
            from . import search_pages

            found = search_pages.newest_matches(store.conn, q, offset, limit)
            if found is not None:
                return found
            total = count(store, q)
    elif searching and total is None and (_key(q) in _cache(store) or fast_count_sql(q)):
        total = count(store, q)  # known, or one index lookup
    reverse = False
    by_match = searching and total is not None and total <= MATCH_FIRST_MAX
    if total is not None:
        if offset >= total:
            return {}, []
        limit = min(limit, total - offset)
        tail = total - offset - limit  # rows after this page
        if tail < offset:
            reverse, offset = True, tail
    pinyin = pinyin_applies(store, q)
    sql, params = select_sql(
        q, limit=limit, offset=offset, reverse=reverse, by_match=by_match, pinyin=pinyin
    )
    cur = store.conn.execute(sql, params)
    cols = {d[0]: i for i, d in enumerate(cur.description)}
    rows = cur.fetchall()
    if reverse:
        rows.reverse()
    return cols, rows


def position(store: Store, q: ListQuery, record_id: int) -> int | None:
    """The row number of a record in a view (``None`` if the view does not show it).

    The rows before it are counted instead of listing the view's ids: for a million-row
    table that is an index range count (tens of ms) rather than a million ids in memory.
    Each sort column adds one disjoint count, "equal on the columns before, earlier on
    this one", so each is a plain range over the view's sort index (or, in pinyin order, over
    the sort key). NULLs sort first ascending and last descending, as in SQLite's ORDER BY.
    """
    where, params = where_clause(q)
    keys, desc = sort_keys(q)
    pinyin = pinyin_applies(store, q)
    t = TABLES[q.table]
    cols = ", ".join(column_sql(t, c) for c in keys)
    row = store.conn.execute(
        f'SELECT {cols} FROM "{q.table}" WHERE {where} AND id = ?', [*params, record_id]
    ).fetchone()
    if row is None:
        return None
    counts: list[str] = []
    count_params: list[Any] = []
    for i, (col, value) in enumerate(zip(keys, row, strict=True)):
        same = [f"{column_sql(t, c)} IS ?" for c in keys[:i]]
        same_params = list(row[:i])
        by_key = pinyin and i == 0
        for earlier, earlier_params in _earlier(column_sql(t, col), value, desc, by_key):
            conditions = [where, *same, earlier]  # SQL with ? placeholders, values bound below
            counts.append(f'(SELECT count(*) FROM "{q.table}" WHERE {" AND ".join(conditions)})')
            count_params += [*params, *same_params, *earlier_params]
    total = store.conn.execute("SELECT " + " + ".join(counts), count_params).fetchone()[0]
    return int(total)


def _earlier(col: str, value: Any, desc: bool, pinyin: bool) -> list[tuple[str, list[Any]]]:
    """Conditions (disjoint) for "sorts before ``value``" on one column (``col`` as SQL), or
    on its pinyin key."""
    if value is None:
        return [(f"{col} IS NOT NULL", [])] if desc else []
    expr = sort_expression(col, pinyin)
    bound = f"{KEY_FUNCTION}(?)" if pinyin else "?"
    if desc:
        return [(f"{expr} > {bound}", [value])]
    return [(f"{col} IS NULL", []), (f"{expr} < {bound}", [value])]
