"""Finding the records whose text a Word or Excel file cannot contain.

Used by the writers to name the records whose characters they had to leave out, so a
summary made from an older database still comes out, and says what to correct. The
search is one GLOB per table over its text columns, which SQLite matches by code point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..schema import TABLES, FieldType
from ..schema.unstorable import REPORT_TEXTS, UnstorableText
from ..schema.validation import XML_ILLEGAL

if TYPE_CHECKING:
    from .facade import Store

# NUL cannot appear in an SQL pattern; the rest of XML_ILLEGAL (surrogates cannot be
# stored as UTF-8 at all) as one character class.
_PATTERN = "*[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*"
_TEXT = (FieldType.TEXT, FieldType.LONGTEXT)


def unstorable_text(
    store: Store, year: int | None = None, lang: str = "zh"
) -> list[UnstorableText]:
    """Live records (and ``year``'s summary texts in ``lang``) holding such characters."""
    found: list[UnstorableText] = []
    for name, t in TABLES.items():
        cols = [f.key for f in t.fields if f.type in _TEXT]
        if not cols:
            continue
        where = " OR ".join(f'"{c}" GLOB ?' for c in cols)
        live = "deleted_at IS NULL AND " if t.soft_delete else ""
        title = t.title_field or "id"
        listed = ", ".join(f'"{c}"' for c in cols)
        sql = f'SELECT id, "{title}", {listed} FROM "{name}" '
        sql += f"WHERE {live}({where}) ORDER BY id"
        for row in store.db.execute(sql, [_PATTERN] * len(cols)):
            bad = tuple(c for c, v in zip(cols, row[2:], strict=True) if _bad(v))
            shown = XML_ILLEGAL.sub("", str(row[1] if row[1] is not None else row[0]))
            found.append(UnstorableText(name, row[0], shown, bad))
    if year is not None:
        sql = f"SELECT part FROM {REPORT_TEXTS} WHERE year = ? AND lang = ? AND body GLOB ?"
        for (part,) in store.db.execute(sql, [year, lang, _PATTERN]):
            found.append(UnstorableText(REPORT_TEXTS, None, part, ("body",)))
    return found


def _bad(value: object) -> bool:
    return isinstance(value, str) and XML_ILLEGAL.search(value) is not None
