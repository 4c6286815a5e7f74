"""The first pages of a search whose cost follows the page, not the number of matches.

A search index hands over its matches in row-id order, but a list shows them newest first.
Asking SQLite for "the matches, newest first, 200 of them" makes it read *every* match's
row id into a list before it walks the date index (106,038 ids for 火灾 in a duty log of
four million entries), and counting them reads them all again: the time to the first page
grew with the log (bench/README.md, growth).

Row ids follow the order records were written in, and a register's records are written
in about their date order (a duty entry is logged when the call comes in). So the newest
matches are, nearly always, among the matches with the highest row ids, which the index
reads from its end at the cost of the ids read. ``newest_matches`` takes the ``K``
highest-id matches as candidates and walks the list's own index (its order, its other
conditions) returning the rows that are candidates *or* older than every candidate (id
below the lowest). It keeps rows until the first of the latter: every row before that
point in the list has an id among the candidates' range, so the matches among them are
exactly candidates, in the list's order. If ``offset + limit`` matches come before that
point the page is exact; else (a back-dated entry at the top, data imported out of order)
the answer is ``None`` and the caller takes the long way — the same rows either way, and
the cost of the attempt is bounded by ``K`` ids and ``offset + limit + 1`` rows.

A word with few matches (``MATCH_FIRST_MAX``) is counted and its matches sorted instead:
that is cheap and ``count_upto`` tells which case it is without reading every match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..schema import TABLES
from .listing import ListQuery, plain_search_match, select_sql, sort_keys

if TYPE_CHECKING:
    import sqlite3

NEWEST_MAX = 2000  # rows (offset + limit) up to which a page is read this way
_SLACK = 1.25  # candidates per row asked for: a few entries written out of date order


def count_upto(conn: sqlite3.Connection, q: ListQuery, bound: int) -> int | None:
    """The number of matches of a plain search, read no further than ``bound`` ids:
    exact below ``bound``, ``bound`` meaning "at least". ``None``: not a plain search."""
    found = plain_search_match(q)
    if found is None:
        return None
    index, match = found
    sql = f'SELECT count(*) FROM (SELECT rowid FROM "{index}" WHERE "{index}" MATCH ? LIMIT ?)'
    return int(conn.execute(sql, [match, bound]).fetchone()[0])


def applies(q: ListQuery) -> bool:
    """A plain search in its register's date order (either way), where the row ids follow."""
    t = TABLES[q.table]
    first = sort_keys(q)[0][0]
    return plain_search_match(q) is not None and first in ("id", t.date_field)


def newest_matches(
    conn: sqlite3.Connection, q: ListQuery, offset: int, limit: int
) -> tuple[dict[str, int], list[tuple[Any, ...]]] | None:
    """Rows ``offset`` to ``offset + limit`` of a plain search in date order, or ``None``
    when the candidates did not reach that far (see the module's docstring)."""
    found = plain_search_match(q)
    wanted = offset + limit
    if found is None or not applies(q) or wanted > NEWEST_MAX:
        return None
    index, match = found
    desc = sort_keys(q)[1]
    k = int(wanted * _SLACK) + 10
    direction = "DESC" if desc else "ASC"
    edge = conn.execute(
        f'SELECT rowid FROM "{index}" WHERE "{index}" MATCH ? '
        f"ORDER BY rowid {direction} LIMIT 1 OFFSET ?",
        [match, k - 1],
    ).fetchone()
    if edge is None:  # fewer than k matches: the caller counts and sorts them
        return None
    bound = int(edge[0])
    beyond, within = ("<", ">=") if desc else (">", "<=")
    # ``+id`` keeps the planner on the list's index (no OR-by-union over row-id ranges).
    extra = (
        f'(+id {beyond} ? OR +id IN (SELECT rowid FROM "{index}" '
        f'WHERE "{index}" MATCH ? AND rowid {within} ?))',
        [bound, match, bound],
    )
    sql, params = select_sql(q.with_(search=""), limit=wanted + 1, extra=extra)
    cur = conn.execute(sql, params)
    cols = {d[0]: i for i, d in enumerate(cur.description)}
    at = cols["id"]
    rows: list[tuple[Any, ...]] = []
    for row in cur:
        if (row[at] < bound) if desc else (row[at] > bound):
            return None  # an older row came first: candidates may be missing beyond it
        rows.append(row)
        if len(rows) == wanted:
            return cols, rows[offset:]
    return None
