"""A county database's townships: where their rows live and how a package replaces them.

Storage: a township's rows live in the same register tables as the county's own, marked
by a ``township`` column (the township's area code; NULL for the county's own rows).
Per-township attached copies were the other way; they were not chosen because

- every list, search, rule and summary already reads the register tables: with one set of
  tables the county's figures are the county's own rows plus the townships' with no query
  written twice, and a list filters by township with one condition on an indexed column;
- SQLite attaches at most ten databases by default, and a county has twenty or thirty
  townships;
- "each township owns its rows" stays one condition: an import deletes
  ``WHERE township = ?`` and inserts the package's rows in the same transaction, so a
  lost, repeated or out-of-order package can never mix with another's rows; the county's
  own rows (``township IS NULL``) are never touched by an import and stay editable.

The column and its index are made by ``sync_schema`` in every database, a township's too
(where it stays empty): the schema check trusts only objects our code makes for every
file, and an empty column costs nothing. A package's ids are its township's, so rows are
inserted with their ids shifted past the county's highest id of each table and every
reference shifted alike; one ``INSERT … SELECT`` per declared table, so any register
declared in the schema travels without a line here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..schema import TABLES
from .integrity import check_file
from .package import register_counts

if TYPE_CHECKING:
    from .facade import Store

from .county_schema import TOWNSHIP_COLUMN, create_county_parts

__all__ = ["TOWNSHIP_COLUMN", "Township", "create_county_parts", "replace_township", "townships"]


@dataclass(frozen=True)
class Township:
    """One township as the county holds it."""

    code: str
    name: str
    sequence: int
    packaged_at: str
    imported_at: str
    schema_version: int | None = None
    app_version: str = ""
    sha256: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "sequence": self.sequence,
            "packaged_at": self.packaged_at,
            "imported_at": self.imported_at,
            "counts": dict(self.counts),
        }


def _has_townships_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'townships'"
    ).fetchone()
    return row is not None


def township(store: Store, code: str) -> Township | None:
    """The township ``code`` as last taken in, or ``None``."""
    found = [t for t in townships(store, with_counts=False) if t.code == code]
    return found[0] if found else None


def townships(store: Store, *, with_counts: bool = True) -> list[Township]:
    """Every township taken in, by area code; ``counts``: its live rows per register."""
    if not _has_townships_table(store.conn):
        return []
    rows = store.conn.execute(
        "SELECT code, name, sequence, packaged_at, imported_at, schema_version, app_version, "
        "sha256 FROM townships ORDER BY code"
    ).fetchall()
    out = []
    for r in rows:
        counts = (
            register_counts(store.conn, f'"{TOWNSHIP_COLUMN}" = ?', (r[0],)) if with_counts else {}
        )
        out.append(
            Township(
                code=r[0],
                name=r[1],
                sequence=r[2],
                packaged_at=r[3],
                imported_at=r[4],
                schema_version=r[5],
                app_version=r[6] or "",
                sha256=r[7] or "",
                counts=counts,
            )
        )
    return out


def check_snapshot(path: Path) -> int:
    """The snapshot's schema version, or ``OpenError`` (damaged, foreign, newer, not ours)."""
    return check_file(path)


def upgrade_snapshot(path: Path) -> None:
    """Migrate an older snapshot in place (the caller's temporary copy, never a package)."""
    from .connection import open_connection

    conn = open_connection(path)
    conn.close()


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def replace_township(store: Store, snapshot: Path, info: Township) -> None:
    """Replace township ``info.code``'s rows with the snapshot's, in one transaction.

    The snapshot has been checked and is of this program's schema version.
    """
    conn = store.conn
    conn.execute("ATTACH DATABASE ? AS pkg", [str(snapshot)])
    try:
        with store.transaction():
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for name in reversed(TABLES):  # sub-records before the rows they belong to
                conn.execute(f'DELETE FROM "{name}" WHERE "{TOWNSHIP_COLUMN}" = ?', [info.code])
            base = {
                name: int(conn.execute(f'SELECT coalesce(max(id), 0) FROM "{name}"').fetchone()[0])
                for name in TABLES
            }
            for name, t in TABLES.items():
                theirs = set(_columns(conn, "pkg", name))
                if not theirs:
                    continue  # a register the township's program did not have yet
                cols, exprs = ["id", TOWNSHIP_COLUMN], [f"id + {base[name]}", "?"]
                for key in ("created_at", "updated_at", "deleted_at"):
                    if key in theirs:
                        cols.append(key)
                        exprs.append(f'"{key}"')
                for f in t.fields:
                    if f.key not in theirs:
                        continue
                    cols.append(f.key)
                    if f.ref_table:
                        exprs.append(f'"{f.key}" + {base[f.ref_table]}')
                    else:
                        exprs.append(f'"{f.key}"')
                live = " WHERE deleted_at IS NULL" if "deleted_at" in theirs else ""
                col_list = ", ".join(f'"{c}"' for c in cols)
                conn.execute(
                    f'INSERT INTO main."{name}" ({col_list}) '
                    f'SELECT {", ".join(exprs)} FROM pkg."{name}"{live}',
                    [info.code],
                )
            conn.execute(
                "INSERT INTO townships (code, name, sequence, packaged_at, imported_at, "
                "schema_version, app_version, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                "sequence = excluded.sequence, packaged_at = excluded.packaged_at, "
                "imported_at = excluded.imported_at, schema_version = excluded.schema_version, "
                "app_version = excluded.app_version, sha256 = excluded.sha256",
                [
                    info.code,
                    info.name,
                    info.sequence,
                    info.packaged_at,
                    info.imported_at,
                    info.schema_version,
                    info.app_version,
                    info.sha256,
                ],
            )
            store._changed(*TABLES, "townships")
    finally:
        conn.execute("DETACH DATABASE pkg")


def township_of(store: Store, table: str, ids: list[int]) -> dict[int, str | None]:
    """The township each of these rows came from (None: the county's own row)."""
    import json

    rows = store.conn.execute(
        f'SELECT id, "{TOWNSHIP_COLUMN}" FROM "{table}" '
        "WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    return {int(r[0]): r[1] for r in rows}
