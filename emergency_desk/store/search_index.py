"""Search by substring that stays an index lookup for every term length.

The trigram FTS5 tables (migration m002) answer terms of three or more characters, but a
trigram index cannot see a two-character Chinese word such as 火灾 or 滑坡 — the most common
kind of search in a duty log — and LIKE '%火灾%' reads all million rows. So each searchable
register also gets a *grams* table: a contentless FTS5 index whose only "text" per record is
the set of distinct single characters and adjacent character pairs of its searchable columns.

Each gram is written as fixed-width hex (6 digits a character), so the ``unicode61``
tokenizer sees one opaque alphanumeric token per gram and can neither split a pair on
punctuation nor fold or strip anything. ASCII letters are lower-cased first, which is exactly
the case-insensitivity of SQLite's built-in LIKE, so a one- or two-character term matches the
same rows as ``LIKE '%term%'`` on any of the columns. ``detail=none`` keeps only row ids: a
short term is always a single token and never needs positions.

The table is kept by triggers that call the ``ed_grams`` SQL function; every connection the
store opens registers it (``register``). A tool that opens the file without it can read
everything but cannot write the indexed registers — it fails loudly instead of letting the index
drift.

Both indexes and their triggers are derived from the fields the schema marks ``searchable``,
and only from them. Every writable open compares the CREATE text SQLite keeps for them with
what the schema gives now (``sync``, one read of ``sqlite_master``) and rebuilds a register's
indexes when they differ, so a field marked searchable later is found in existing files too.
sqlite-utils' ``enable_fts`` is not used: its triggers index every row, recycle bin included,
and it knows nothing of the grams table.
"""

from __future__ import annotations

import functools
import itertools
import re
import sqlite3
from typing import Any

from ..schema import REGISTER_LIST, TABLES

GRAMS_FUNCTION = "ed_grams"
INDEXED_TABLES = tuple(r.main.name for r in REGISTER_LIST if r.main.searchable_fields)
"""Every register's main table with a searchable field gets both indexes: ``searchable``
already says "found by the search box", and a second flag would only let the two drift.
Sub-record tables (roster, handovers, reserve points) are searched within their register
and stay on LIKE. A register added later is indexed in existing files by ``sync``."""
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_HEX: dict[str, str] = {}


def grams_table(table: str) -> str:
    return f"{table}_grams"


def trigram_table(table: str) -> str:
    return f"{table}_fts"


def searchable_columns(table: str) -> list[str]:
    return [f.key for f in TABLES[table].searchable_fields]


def _hex(ch: str) -> str:
    h = _HEX.get(ch)
    if h is None:
        h = _HEX[ch] = f"{ord(ch):06x}"
    return h


def fold(text: str) -> str:
    """Case-fold the way SQLite's LIKE does: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


def grams(*values: Any) -> str:
    """The token text for one record: its distinct characters and character pairs."""
    tokens: set[str] = set()
    for value in values:
        if value is None:
            continue
        s = fold(str(value))
        hexes = [_hex(c) for c in s]
        tokens.update(hexes)
        tokens.update(a + b for a, b in itertools.pairwise(hexes))
    return " ".join(tokens)


def short_term_query(term: str) -> str:
    """The FTS5 MATCH expression for a term of one or two characters."""
    assert 1 <= len(term) <= 2
    return '"' + "".join(_hex(c) for c in fold(term)) + '"'


def trigram_query(term: str) -> str:
    """The FTS5 MATCH expression for a term of three or more characters (a phrase)."""
    return '"' + term.replace('"', '""') + '"'


def register(conn: sqlite3.Connection) -> None:
    """Make ``ed_grams`` available to this connection's triggers."""
    conn.create_function(GRAMS_FUNCTION, -1, grams, deterministic=True)


def _grams_sql(table: str) -> str:
    g = grams_table(table)
    return (
        f"CREATE VIRTUAL TABLE \"{g}\" USING fts5(g, content='', detail=none, tokenize='unicode61')"
    )


def _trigram_sql(table: str, cols: list[str] | None = None) -> str:
    """The trigram table reads its columns' text from the register (external content)."""
    col_list = ", ".join(f'"{c}"' for c in (searchable_columns(table) if cols is None else cols))
    return (
        f'CREATE VIRTUAL TABLE "{trigram_table(table)}" USING fts5({col_list}, '
        f"content='{table}', content_rowid='id', tokenize='trigram')"
    )


def create_table(conn: Any, table: str) -> None:
    """The grams table of one register (``conn``: anything with ``execute``)."""
    conn.execute(_grams_sql(table).replace("VIRTUAL TABLE", "VIRTUAL TABLE IF NOT EXISTS", 1))


def _index_statements(table: str, cols: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """For each search index of a register: (add row ``r``, remove row ``r``) SQL templates."""
    cols = searchable_columns(table) if cols is None else cols
    col_list = ", ".join(f'"{c}"' for c in cols)
    g, fts = grams_table(table), trigram_table(table)

    def vals(r: str) -> str:
        return ", ".join(f'{r}."{c}"' for c in cols)

    return {
        g: (
            f'INSERT INTO "{g}"(rowid, g) SELECT {{r}}.id, {GRAMS_FUNCTION}({vals("{r}")})',
            f'INSERT INTO "{g}"("{g}", rowid, g) '
            f"SELECT 'delete', {{r}}.id, {GRAMS_FUNCTION}({vals('{r}')})",
        ),
        fts: (
            f'INSERT INTO "{fts}"(rowid, {col_list}) SELECT {{r}}.id, {vals("{r}")}',
            f'INSERT INTO "{fts}"("{fts}", rowid, {col_list}) '
            f"SELECT 'delete', {{r}}.id, {vals('{r}')}",
        ),
    }


def _trigger_sql(table: str, cols: list[str] | None = None) -> dict[str, str]:
    """The six triggers that keep both search indexes of a register, by name.

    Only a change of the searched text or of ``deleted_at`` touches the indexes; each update
    trigger removes before it adds, in one body, because FTS5 must be told the old values
    before a row id is reused. (The text must stay as it is: ``out_of_sync`` compares it
    with the SQL stored in existing files.)
    """
    cols = searchable_columns(table) if cols is None else cols
    of_cols = ", ".join(f'"{c}"' for c in [*cols, "deleted_at"])
    out: dict[str, str] = {}
    for index, (add, remove) in _index_statements(table, cols).items():
        add_new = add.format(r="new") + " WHERE new.deleted_at IS NULL;"
        remove_old = remove.format(r="old") + " WHERE old.deleted_at IS NULL;"
        out[f"{index}_ai"] = (
            f'CREATE TRIGGER "{index}_ai" AFTER INSERT ON "{table}" BEGIN {add_new} END'
        )
        out[f"{index}_ad"] = (
            f'CREATE TRIGGER "{index}_ad" AFTER DELETE ON "{table}" BEGIN {remove_old} END'
        )
        out[f"{index}_au"] = (
            f'CREATE TRIGGER "{index}_au" AFTER UPDATE OF {of_cols} ON "{table}" '
            f"BEGIN {remove_old} {add_new} END"
        )
    return out


def expected_sql(table: str, cols: list[str] | None = None) -> dict[str, str]:
    """Every object of a register's search indexes, by name, as the schema declares it now
    (or, with ``cols``, as our code made it for that column list)."""
    return {
        trigram_table(table): _trigram_sql(table, cols),
        grams_table(table): _grams_sql(table),
        **_trigger_sql(table, cols),
    }


_FTS_COLUMNS = re.compile(r"USING fts5\((.*?), content=", re.S)


def is_indexed(table: str) -> bool:
    """Does a search of ``table`` go through its indexes (else LIKE)?"""
    return table in INDEXED_TABLES


@functools.cache
def _owners(tables: tuple[str, ...]) -> dict[str, str]:
    # Names only: they do not depend on which columns are searchable.
    return {name: table for table in tables for name in expected_sql(table)}


def index_owner(name: str) -> str | None:
    """The register whose search index an object of this name belongs to, if any."""
    return _owners(INDEXED_TABLES).get(name)


def made_by_us(conn: Any, table: str, name: str, sql: str | None) -> bool:
    """Is this search-index object exactly what our code makes for the column list the
    file's own trigram table was built with? A file made before a field became searchable
    has other trigger text than today's, and is still ours (``schema_check``)."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = ?", (trigram_table(table),)
    ).fetchone()
    found = _FTS_COLUMNS.search(row[0] or "") if row else None
    if found is None:
        return False
    cols = [c.strip().strip('"') for c in found.group(1).split(",")]
    if not set(cols) <= set(TABLES[table].keys):
        return False
    return _normal(expected_sql(table, cols).get(name)) == _normal(sql)


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").replace(" IF NOT EXISTS", "").split())


def out_of_sync(conn: Any) -> list[str]:
    """The registers whose search indexes differ from the schema's searchable fields.

    One read of ``sqlite_master``, no row touched: cheap enough for every open. SQLite keeps
    each object's CREATE text, so a column marked searchable since the file was made shows
    as a different trigram table and different triggers.
    """
    wanted = {t: expected_sql(t) for t in INDEXED_TABLES}
    names = [n for objects in wanted.values() for n in objects]
    marks = ", ".join("?" * len(names))
    have = {
        name: _normal(sql)
        for name, sql in conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE name IN ({marks})", names
        )
    }
    return [
        table
        for table, objects in wanted.items()
        if any(have.get(name) != _normal(sql) for name, sql in objects.items())
    ]


def rebuild_indexes(conn: Any, table: str) -> None:
    """Build a register's search tables and triggers anew from the schema, then fill them.

    Runs inside the caller's transaction, so a file is never left with half an index.
    Dropping first also clears an index whose columns were declared differently before.
    """
    for name in _trigger_sql(table):
        conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for name in (trigram_table(table), grams_table(table)):
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    conn.execute(_trigram_sql(table))
    conn.execute(_grams_sql(table))
    for sql in _trigger_sql(table).values():
        conn.execute(sql)
    rebuild(conn, table)


def sync(conn: Any) -> list[str]:
    """Rebuild the search indexes that no longer match the schema; the registers rebuilt.

    Called on every writable open (``migrations.sync_schema``), after ``register``. A file
    made before a field became searchable would otherwise never find text in that field,
    while a new file would.
    """
    stale = out_of_sync(conn)
    for table in stale:
        rebuild_indexes(conn, table)
    return stale


def rebuild(conn: Any, table: str) -> None:
    """Re-index the live rows of a register (after a bulk load without triggers, a repair).

    Rows in the recycle bin stay out of the indexes, so ``count(*)`` of an index match is
    the number of live records found — a search's row count without reading a million rows.
    (The recycle bin is small and searched with LIKE.)
    """
    for index, (add, _) in _index_statements(table).items():
        conn.execute(f'INSERT INTO "{index}"("{index}") VALUES (\'delete-all\')')
        conn.execute(add.format(r="t") + f' FROM "{table}" AS t WHERE t.deleted_at IS NULL')
