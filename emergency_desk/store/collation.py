"""Chinese text in pinyin order: 冲锋舟, 口服补液盐, 医用口罩 (c, k, y), not code-point order.

One sort key serves every place that orders text: the lists' ORDER BY (``pinyin_key`` as a
SQL function, registered on every connection the store opens, with the ``pinyin`` collation
beside it for SQL written by hand), a record's position in a list, and so the exports, which
stream the same query.

The order comes from ``resources/collation/pinyin_order.txt`` (20,992 characters: GB2312's
first level in the standard's own pinyin order, every other character of U+4E00–U+9FFF
under its first reading; ``make_pinyin_order.py`` there regenerates it). Measured against
the alternatives: pypinyin at run time costs 55 MiB and 0.13 s for its dictionaries; a plain
GBK byte key costs nothing but puts GB2312's 3008 second-level characters after all the
first-level ones (by radical) and GBK's rarer ones (玥, 堃) before 阿. The table loads in about
10 ms on first use and keeps under 7 MiB.

The key is text again, compared as SQLite compares text (UTF-8 bytes, that is code points):
ASCII stays itself and so sorts first, as before (digits and Latin before Chinese); each
character of the table becomes a marker U+0080 and its rank; every other character stays
itself and sorts after Chinese by code point (U+0080 and U+0081 themselves take the marker
U+0081 before them). Every key reads back to exactly one text, so two different texts
never share a key: the order is total, as paging and ``position`` need. ``str.translate``
makes a key at C speed.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from ..paths import resource

COLLATION = "pinyin"
KEY_FUNCTION = "pinyin_key"
_HANZI, _LITERAL = "\x80", "\x81"


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """``str.translate`` table: each character of the order -> the marker and its rank."""
    path = resource("collation", "pinyin_order.txt")
    text = "".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    table = {ord(char): _HANZI + chr(0x100 + rank) for rank, char in enumerate(text)}
    table[ord(_HANZI)] = _LITERAL + _HANZI
    table[ord(_LITERAL)] = _LITERAL + _LITERAL
    return table


def pinyin_key(text: object) -> str | None:
    """The sort key of ``text`` (``None`` stays ``None``, so NULLs sort as SQLite sorts them)."""
    if text is None:
        return None
    return (text if isinstance(text, str) else str(text)).translate(_table())


def compare(a: str, b: str) -> int:
    """The ``pinyin`` collation: -1, 0 or 1 as ``a`` sorts before, with or after ``b``."""
    ka, kb = a.translate(_table()), b.translate(_table())
    return (ka > kb) - (ka < kb)


def install(conn: sqlite3.Connection) -> None:
    """Make ``pinyin_key()`` and ``COLLATE pinyin`` available on ``conn``."""
    conn.create_function(KEY_FUNCTION, 1, pinyin_key, deterministic=True)
    conn.create_collation(COLLATION, compare)
