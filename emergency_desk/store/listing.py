"""What a table view asks for (filters, search, sort, a page) turned into bound SQL.

The UI's models describe a view with a ``ListQuery``; only this module turns it into SQL,
so sorting and filtering happen in SQLite over indexes instead of in Python.

A view sorted by a free-text field (a name, a place) may be ordered by pinyin
(``collation.pinyin_key``): ``pinyin=True`` in the functions below. ``paging`` decides when,
the same way for a list's pages, a record's position in it and an export of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..schema import SYSTEM_COLUMNS, TABLES, FieldType, Table
from . import search_index
from .collation import KEY_FUNCTION
from .county_schema import TOWNSHIP_COLUMN
from .list_indexes import tie_break


@dataclass(frozen=True)
class ListQuery:
    """One view of a table: which rows, in which order."""

    table: str
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)  # field -> value or list of values
    year: int | None = None  # on the table's date field
    date_from: str | None = None  # inclusive, on the date field
    date_to: str | None = None  # inclusive
    parent_id: int | None = None
    sort: str | None = None
    descending: bool = False
    deleted: bool = False  # the recycle bin instead of the live rows
    ids: tuple[int, ...] | None = None  # restrict to these ids (e.g. rows a rule flagged)

    def with_(self, **changes: Any) -> ListQuery:
        from dataclasses import replace

        return replace(self, **changes)


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_clause(q: ListQuery) -> tuple[str, list[Any]]:
    t: Table = TABLES[q.table]
    parts: list[str] = ["deleted_at IS NOT NULL" if q.deleted else "deleted_at IS NULL"]
    params: list[Any] = []
    for key, value in q.filters.items():
        if value is None or value == "" or value == []:
            continue
        if key not in t.keys and key not in SYSTEM_COLUMNS and key != TOWNSHIP_COLUMN:
            raise KeyError(f"{q.table} has no field {key!r}")
        if isinstance(value, (list, tuple, set)):
            values = list(value)
            parts.append(f'"{key}" IN ({", ".join("?" for _ in values)})')
            params += values
        else:
            parts.append(f'"{key}" = ?')
            params.append(value)
    if t.date_field and (q.year or q.date_from or q.date_to):
        col = f'"{t.date_field}"'
        lo = f"{q.year:04d}-01-01" if q.year else None
        hi = f"{q.year:04d}-12-31 99" if q.year else None
        if q.date_from and (lo is None or q.date_from > lo):
            lo = q.date_from
        if q.date_to and (hi is None or q.date_to + " 99" < hi):
            hi = q.date_to + " 99"
        if lo:
            parts.append(f"{col} >= ?")
            params.append(lo)
        if hi:
            parts.append(f"{col} <= ?")
            params.append(hi)
    if q.parent_id is not None and t.parent_key:
        parts.append(f'"{t.parent_key}" = ?')
        params.append(q.parent_id)
    if q.ids is not None:
        ids = list(q.ids) or [-1]
        parts.append("id IN (SELECT value FROM json_each(?))")
        import json

        params.append(json.dumps(ids))
    term = q.search.strip()
    if term:
        sql, p = _search_clause(t, term, indexed=search_index.is_indexed(t.name) and not q.deleted)
        parts.append(sql)
        params += p
    return " AND ".join(parts), params


def _search_clause(t: Table, term: str, *, indexed: bool) -> tuple[str, list[Any]]:
    """Substring search with LIKE's meaning, answered from an index whatever the term length.

    Each word must occur in one of the searchable columns (words AND together), exactly as
    ``col LIKE '%word%'``. On the big registers' live rows a word of one or two characters is
    one token of the grams index (``search_index``) and a longer word a trigram phrase. The
    trigram index folds the case of every alphabet while LIKE folds only ASCII, so a word with
    a cased letter is re-checked by LIKE; Chinese, digits and ASCII need no re-check. The
    recycle bin and the small registers use LIKE alone.
    """
    cols = [f.key for f in t.searchable_fields] or [
        f.key for f in t.fields if f.type in (FieldType.TEXT, FieldType.LONGTEXT)
    ]
    words = [w for w in term.split() if w]
    clauses: list[str] = []
    params: list[Any] = []
    for w in words:
        ors = " OR ".join(f"\"{c}\" LIKE ? ESCAPE '\\'" for c in cols)
        like_params = [f"%{_like_escape(w)}%"] * len(cols)
        if indexed:
            index, match = _index_match(t.name, w)
            clauses.append(f'id IN (SELECT rowid FROM "{index}" WHERE "{index}" MATCH ?)')
            params.append(match)
            if len(w) >= 3 and _needs_recheck(w):
                clauses.append(f"({ors})")
                params += like_params
        else:
            clauses.append(f"({ors})")
            params += like_params
    return " AND ".join(clauses), params


def _index_match(table: str, word: str) -> tuple[str, str]:
    if len(word) <= 2:
        return search_index.grams_table(table), search_index.short_term_query(word)
    return search_index.trigram_table(table), search_index.trigram_query(word)


def _needs_recheck(word: str) -> bool:
    return any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in word)


def fast_count_sql(q: ListQuery) -> tuple[str, list[Any]] | None:
    """The count of a plain search (one word, no filters) read from its index alone.

    The search indexes hold exactly the live rows (``search_index.rebuild_indexes``),
    so counting the index's matches is exact and skips a million row lookups. ``None`` when
    the query has anything else to test.
    """
    found = plain_search_match(q)
    if found is None:
        return None
    index, match = found
    return f'SELECT count(*) FROM "{index}" WHERE "{index}" MATCH ?', [match]


def plain_search_match(q: ListQuery) -> tuple[str, str] | None:
    """(index table, MATCH expression) when a view is a plain search — one word, nothing
    else to test — so the index's matches are exactly the view's rows; else ``None``."""
    t = TABLES[q.table]
    words = q.search.split()
    plain = not (q.filters and any(v not in (None, "", []) for v in q.filters.values()))
    if (
        not search_index.is_indexed(t.name)
        or q.deleted
        or len(words) != 1
        or not plain
        or q.year
        or q.date_from
        or q.date_to
        or q.ids is not None
        or (q.parent_id is not None and t.parent_key)
        or (len(words[0]) >= 3 and _needs_recheck(words[0]))
    ):
        return None
    return _index_match(t.name, words[0])


def column_sql(t: Table, key: str) -> str:
    """A list column as SQL: the stored column, or — for a column read from the newest
    sub-record (``Table.latest_figures``) — a subquery over the sub-table's parent index
    ``(deleted_at, parent, date)``, so a page of 200 rows costs 200 index probes and the
    column sorts like any other."""
    lf = t.latest_figure(key)
    if lf is None:
        return f'"{key}"'
    child = TABLES[lf.child]
    newest = f'"{child.date_field}" DESC, ' if child.date_field else ""
    return (
        f'(SELECT "{lf.source}" FROM "{child.name}" WHERE "{child.parent_key}" = "{t.name}".id'
        f" AND deleted_at IS NULL ORDER BY {newest}id DESC LIMIT 1)"
    )


def order_clause(
    q: ListQuery, *, reverse: bool = False, by_match: bool = False, pinyin: bool = False
) -> str:
    """ORDER BY for a view; ``reverse`` reads it from the other end (the last pages).

    ``by_match`` writes the sort column as ``+col`` so SQLite cannot walk its index: for a
    search that matches few rows, looking those rows up and sorting them beats walking a
    million index entries to find them. ``pinyin`` orders a text sort column by its pinyin
    key (``pinyin_sorts``), which no index holds: the view's rows are sorted.
    """
    keys, desc = sort_keys(q)
    direction = "DESC" if desc != reverse else "ASC"
    key, *rest = keys
    t = TABLES[q.table]
    first_sql = column_sql(t, key)
    first = sort_expression(first_sql, pinyin) if pinyin else ("+" if by_match else "") + first_sql
    return f"ORDER BY {first} {direction}" + "".join(
        f", {column_sql(t, c)} {direction}" for c in rest
    )


def pinyin_sorts(q: ListQuery) -> bool:
    """Whether the view's sort column is free text, which reads best in pinyin order.

    Choices are stored as keys, dates and numbers sort as they are, and shaped text (phone
    and ID numbers) is digits: those keep their index order.
    """
    t = TABLES[q.table]
    key = sort_keys(q)[0][0]
    if not t.has_field(key):
        return False
    f = t.field(key)
    return f.type in (FieldType.TEXT, FieldType.LONGTEXT) and not f.choices and not f.format


def sort_expression(column_sql: str, pinyin: bool) -> str:
    """The SQL a view orders a column (given as SQL) by: the column, or its pinyin key."""
    return f"{KEY_FUNCTION}({column_sql})" if pinyin else column_sql


def sort_keys(q: ListQuery) -> tuple[list[str], bool]:
    """The columns a view is ordered by (the last is always ``id``), and whether descending."""
    t = TABLES[q.table]
    key = q.sort or t.default_sort[0]
    desc = q.descending if q.sort else t.default_sort[1]
    if (
        key not in t.keys
        and key not in SYSTEM_COLUMNS
        and key != TOWNSHIP_COLUMN
        and t.latest_figure(key) is None
    ):
        key = "id"
    if key == "id":
        return ["id"], desc
    middle = tie_break(t, key)
    return [key, *([middle] if middle else []), "id"], desc


def select_sql(
    q: ListQuery,
    columns: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
    *,
    reverse: bool = False,
    by_match: bool = False,
    pinyin: bool = False,
    extra: tuple[str, list[Any]] | None = None,
) -> tuple[str, list[Any]]:
    """A view's rows as SQL; ``extra`` is one more condition (SQL, parameters) ANDed in."""
    where, params = where_clause(q)
    if extra is not None:
        where, params = f"{where} AND {extra[0]}", [*params, *extra[1]]
    t = TABLES[q.table]
    if columns is None:  # every stored column, and the list's derived ones by name
        cols = ", ".join(["*", *(f'{column_sql(t, k)} AS "{k}"' for k in _figure_keys(t))])
    else:
        cols = ", ".join(column_sql(t, c) for c in columns)
    order = order_clause(q, reverse=reverse, by_match=by_match, pinyin=pinyin)
    sql = f'SELECT {cols} FROM "{q.table}" WHERE {where} {order}'
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return sql, params


def _figure_keys(t: Table) -> list[str]:
    return [lf.field.key for lf in t.latest_figures]


def count_sql(q: ListQuery) -> tuple[str, list[Any]]:
    where, params = where_clause(q)
    return f'SELECT count(*) FROM "{q.table}" WHERE {where}', params
