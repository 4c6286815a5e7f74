"""All SQL takes values as bound parameters; text that looks like SQL is stored as text.

The static check is deliberately pragmatic: identifiers (table and column names from the
schema) and SQL fragments built in code may be interpolated; a value may not. It flags
an interpolation inside a SQL string literal ('{x}') unless it is a schema name, any
interpolated expression whose name says it holds user data, and %-formatting or
``.format`` of SQL text.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from emergency_desk.store import ListQuery, Store

STORE = Path(__file__).resolve().parent.parent / "emergency_desk" / "store"
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|PRAGMA|CREATE|ALTER)\b")
VALUE_NAMES = re.compile(
    r"\b(values?|val|text|term|terms|search|needle|query_text|record_id|rid|user|operator|"
    r"title|body|note|reason|phone|filename)\b"
)
SCHEMA_NAMES_IN_QUOTES = {"t.name", "name", "table", "fts", "q.table", "t"}


def _sql_fstrings(tree: ast.AST, source: str) -> list[tuple[int, str, str, str]]:
    """(line, expression, char before, char after) of each value in a SQL f-string."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if not SQL_WORDS.search(literal.upper()):
            continue
        parts = node.values
        for i, v in enumerate(parts):
            if not isinstance(v, ast.FormattedValue):
                continue
            before = parts[i - 1].value[-1:] if i and isinstance(parts[i - 1], ast.Constant) else ""
            after = (
                parts[i + 1].value[:1]
                if i + 1 < len(parts) and isinstance(parts[i + 1], ast.Constant)
                else ""
            )
            found.append((node.lineno, ast.unparse(v.value), before, after))
    return found


def test_store_sql_interpolates_no_values() -> None:
    problems = []
    for path in sorted(STORE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for line, expr, before, after in _sql_fstrings(tree, source):
            where = f"{path.name}:{line} {{{expr}}}"
            if before == '"' and after == '"':
                continue  # a quoted identifier
            if before == "'" and after == "'" and expr not in SCHEMA_NAMES_IN_QUOTES:
                problems.append(f"{where}: value inside a SQL string literal")
            elif VALUE_NAMES.search(expr):
                problems.append(f"{where}: looks like a value; bind it with ?")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Mod)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
                and SQL_WORDS.search(node.left.value.upper())
            ):
                problems.append(f"{path.name}:{node.lineno}: %-formatted SQL")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)
                and SQL_WORDS.search(node.func.value.value.upper())
            ):
                problems.append(f"{path.name}:{node.lineno}: .format() of SQL")
    assert problems == []


def test_the_check_catches_an_interpolated_value() -> None:
    bad = "def f(db, title):\n    db.execute(f\"SELECT id FROM plans WHERE title = '{title}'\")\n"
    assert _sql_fstrings(ast.parse(bad), bad) == [(2, "title", "'", "'")]


HOSTILE = [
    "'); DROP TABLE plans; --",
    '" OR 1=1 --',
    "x' OR '1'='1",
    "%_\\",
    "Robert'); DELETE FROM audit_log; --",
    "' UNION SELECT sql FROM sqlite_master --",
]


def test_sql_looking_text_is_kept_as_text(store: Store) -> None:
    ids = {}
    for text in HOSTILE:
        ids[text] = store.insert("plans", {"title": text, "level": "overall", "notes": text})
    for text, rid in ids.items():
        row = store.get("plans", rid)
        assert row["title"] == text and row["notes"] == text
        store.update("plans", rid, {"lead_unit": text})
        assert store.get("plans", rid)["lead_unit"] == text
        found = store.page(ListQuery("plans", search=text))
        assert rid in [r["id"] for r in found], text
        assert store.audit_page(text=text), text
    assert store.total("plans") == len(HOSTILE)
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 2 * len(HOSTILE)
    store.set_setting("operator", HOSTILE[0])
    assert store.get_setting("operator") == HOSTILE[0]
