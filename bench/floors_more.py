"""Floors of this round's cases: the new registers' lists, the county roll-up, the ledger.

As in ``floors.py``, nothing here imports the app: each floor is the least work that
gives the app's answer, on a plain ``sqlite3`` connection, and ``tests/bench_floors/``
holds each to the app's answer on a small database.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# -- the new registers' lists --------------------------------------------------------------


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """Chinese text in pinyin order: each character of the order file becomes a marker and
    its rank (the file is the data both sides read; the key is written here)."""
    path = ROOT / "resources" / "collation" / "pinyin_order.txt"
    text = "".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    table = {ord(c): "\x80" + chr(0x100 + i) for i, c in enumerate(text)}
    table[0x80], table[0x81] = "\x81\x80", "\x81\x81"
    return table


def pinyin(text: object) -> str | None:
    return None if text is None else str(text).translate(_pinyin_table())


def connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.create_function("bench_pinyin", 1, pinyin, deterministic=True)
    return conn


# Each list's order as the user sees it (default, or the column clicked), id last.
LIST_ORDER = {
    "teams": "bench_pinyin(name), id",
    "contacts": "bench_pinyin(village), id",
    "shelters": "bench_pinyin(name), id",
    "risk_points": "bench_pinyin(village), id",
    "warnings": "received_at DESC, id DESC",
    "incidents": "started_at DESC, id DESC",
}
SORT_COLUMN = {  # the column the sort case clicks: the name a clerk looks a record up by
    "teams": "name",
    "contacts": "name",
    "shelters": "name",
    "risk_points": "name",
    "warnings": "source",
    "incidents": "title",
}
# The incidents list shows each incident's latest report's kind, people affected and loss.
LATEST = (
    "(SELECT {c} FROM incident_reports r WHERE r.incident_id = incidents.id "
    "AND r.deleted_at IS NULL ORDER BY r.sent_at DESC, r.id DESC LIMIT 1)"
)
INCIDENT_COLUMNS = ", ".join(
    f"{LATEST.format(c=c)} AS latest_{n}"
    for c, n in (("kind", "report"), ("affected", "affected"), ("direct_loss", "loss"))
)


def _columns(table: str) -> str:
    return "*, " + INCIDENT_COLUMNS if table == "incidents" else "*"


def grams_match(term: str) -> str:
    """The grams index's phrase for a one- or two-character word (hex code points of the
    ASCII-lower-cased text, one per character and per pair)."""
    return '"' + "".join(f"{ord(c.lower() if c.isascii() else c):06x}" for c in term) + '"'


def register_search(conn: sqlite3.Connection, table: str, term: str) -> list[tuple]:
    """The list's first page for a one- or two-character search, in the list's order: the
    matches sorted (``+``: not by walking the date index past every row that does not
    match; a few thousand matches in tens of thousands of rows)."""
    return conn.execute(
        f"SELECT {_columns(table)} FROM {table} WHERE deleted_at IS NULL AND id IN "
        f"(SELECT rowid FROM {table}_grams WHERE {table}_grams MATCH ?) "
        f"ORDER BY +{LIST_ORDER[table]} LIMIT 200",
        [grams_match(term)],
    ).fetchall()


def register_sorted(conn: sqlite3.Connection, table: str) -> list[tuple]:
    """The list's first page sorted by its name column (pinyin order for text)."""
    col = SORT_COLUMN[table]
    return conn.execute(
        f"SELECT {_columns(table)} FROM {table} WHERE deleted_at IS NULL "
        f"ORDER BY bench_pinyin({col}), id LIMIT 200"
    ).fetchall()


# -- the county roll-up --------------------------------------------------------------------


def _tables(conn: sqlite3.Connection, schema: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        )
    ]


def _cols(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def county_rollup(conn: sqlite3.Connection, packages: list[Path]) -> None:
    """Each package's snapshot unzipped, attached and copied in with ``INSERT … SELECT``:
    the county's register tables (those with a ``township`` column) get the township's
    live rows, ids moved past the county's and references moved alike, and a row in
    ``townships``; one transaction per package."""
    registers = [t for t in _tables(conn, "main") if "township" in _cols(conn, "main", t)]
    refs = {
        t: {r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')} for t in registers
    }
    folder = Path(tempfile.mkdtemp(prefix="bench-county-"))
    try:
        for path in packages:
            with zipfile.ZipFile(path) as zf:
                m = json.loads(zf.read("manifest.json"))
                snap = folder / "snapshot.db"
                with zf.open("snapshot.db") as src, open(snap, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            conn.execute("ATTACH DATABASE ? AS pkg", [str(snap)])
            try:
                with conn:
                    base = {
                        t: conn.execute(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0]
                        for t in registers
                    }
                    for t in registers:
                        theirs = set(_cols(conn, "pkg", t))
                        cols = [
                            c for c in _cols(conn, "main", t) if c in theirs and c != "township"
                        ]
                        exprs = [
                            f"id + {base[t]}" if c == "id"
                            else f'"{c}" + {base[refs[t][c]]}' if c in refs[t]
                            else f'"{c}"'
                            for c in cols
                        ]  # fmt: skip
                        live = " WHERE deleted_at IS NULL" if "deleted_at" in theirs else ""
                        names = ", ".join(f'"{c}"' for c in cols)
                        conn.execute(
                            f'INSERT INTO main."{t}" ({names}, township) '
                            f'SELECT {", ".join(exprs)}, ? FROM pkg."{t}"{live}',
                            [m["area_code"]],
                        )
                    conn.execute(
                        "INSERT INTO townships (code, name, sequence, packaged_at, imported_at, "
                        "schema_version, app_version, sha256) VALUES (?, ?, ?, ?, "
                        "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), ?, ?, ?)",
                        [m["area_code"], m["office_name"], m["sequence"], m["made_at"],
                         m["schema_version"], m["app_version"], m["sha256"]],
                    )  # fmt: skip
            finally:
                conn.execute("DETACH DATABASE pkg")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the printed ledger --------------------------------------------------------------------

# The hazard list's columns, newest first: what the printed ledger shows.
LEDGER_SQL = """SELECT id, found_on, name, location, category, grade, responsible_unit,
       responsible_person, phone, funds, deadline, status, rectified_on, verified_by,
       notice_number FROM hazards
  WHERE deleted_at IS NULL AND found_on BETWEEN ? AND ?
  ORDER BY found_on DESC, id DESC"""


def ledger_rows(conn: sqlite3.Connection, first: str, last: str) -> list[tuple]:
    return conn.execute(LEDGER_SQL, [first, last]).fetchall()


def ledger_docx(header: list[str], cells: list[list[str]], out: Path) -> None:
    """python-docx writing the ledger's table: a header row and one row per record, the
    rows written as XML text and parsed once (``cell.text`` re-reads the whole table for
    every cell: 3 s for 2,000 rows, so that would not be the least work)."""
    from xml.sax.saxutils import escape

    import docx
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<w:tbl xmlns:w="{w}"><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>']
    parts += ["<w:gridCol/>" for _ in header]
    parts.append("</w:tblGrid>")
    for texts in [header, *cells]:
        parts.append("<w:tr>")
        for text in texts:
            parts.append(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:tc>'
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    d = docx.Document()
    body = d.element.body
    body.insert(len(body) - 1, parse_xml("".join(parts)))  # before the section properties
    d.save(str(out))
