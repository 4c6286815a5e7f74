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
everything but cannot write those two registers — it fails loudly instead of letting the index
drift.
"""

from __future__ import annotations

import itertools
import sqlite3
from typing import Any

from ..schema import TABLES

GRAMS_FUNCTION = "ed_grams"
INDEXED_TABLES = ("duty_log", "hazards")
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


def create_table(conn: Any, table: str) -> None:
    """The grams table of one register (``conn``: anything with ``execute``)."""
    g = grams_table(table)
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS \"{g}\" USING fts5(g, content='', detail=none, "
        "tokenize='unicode61')"
    )


def _index_statements(table: str) -> dict[str, tuple[str, str]]:
    """For each search index of a register: (add row ``r``, remove row ``r``) SQL templates."""
    cols = searchable_columns(table)
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


def install_live_triggers(conn: Any, table: str) -> None:
    """Keep both search indexes of a register holding exactly its live rows, then rebuild.

    Rows in the recycle bin leave the indexes, so ``count(*)`` of an index match is the
    number of live records found — a search's row count without reading a million rows.
    (The recycle bin is small and searched with LIKE.) Only a change of the searched text
    or of ``deleted_at`` touches the indexes; each trigger removes before it adds, in one
    body, because FTS5 must be told the old values before a row id is reused.
    """
    of_cols = ", ".join(f'"{c}"' for c in [*searchable_columns(table), "deleted_at"])
    for index, (add, remove) in _index_statements(table).items():
        for suffix in ("ai", "ad", "au"):
            conn.execute(f'DROP TRIGGER IF EXISTS "{index}_{suffix}"')
        add_new = add.format(r="new") + " WHERE new.deleted_at IS NULL;"
        remove_old = remove.format(r="old") + " WHERE old.deleted_at IS NULL;"
        conn.execute(f'CREATE TRIGGER "{index}_ai" AFTER INSERT ON "{table}" BEGIN {add_new} END')
        conn.execute(
            f'CREATE TRIGGER "{index}_ad" AFTER DELETE ON "{table}" BEGIN {remove_old} END'
        )
        conn.execute(
            f'CREATE TRIGGER "{index}_au" AFTER UPDATE OF {of_cols} ON "{table}" '
            f"BEGIN {remove_old} {add_new} END"
        )
    rebuild(conn, table)


def rebuild(conn: Any, table: str) -> None:
    """Re-index the live rows of a register (after a bulk load without triggers, a repair)."""
    for index, (add, _) in _index_statements(table).items():
        conn.execute(f'INSERT INTO "{index}"("{index}") VALUES (\'delete-all\')')
        conn.execute(add.format(r="t") + f' FROM "{table}" AS t WHERE t.deleted_at IS NULL')
