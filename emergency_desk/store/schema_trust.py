"""Schemas this program has checked already, so an unchanged file is not judged anew at
every start.

``schema_check`` decides whether every object in a file is one our code makes by
building that schema in an in-memory database (the migrations, then ``sync_schema``) and
comparing; at every start that was a fifth of the time to the window's first paint, for
a file whose schema had not changed since the day before. So once a file has passed the
check and ``sync_schema`` has brought it up to date, the digest of its whole
``sqlite_master`` (every object's type, name, table and SQL) and schema version is kept,
under a fingerprint of the code that judged it. A file whose digest is kept holds
exactly the objects of one already found ours and already in line with the schema: it
needs neither the check nor ``sync_schema``'s work. Any change to its schema — a trigger
added, an index dropped, ANALYZE run — changes the digest, and the full check runs.

The digests live in the user's data folder, not in the database: a mark stored in the
file would travel with it, and a crafted "backup" could carry one that matches its own
foreign trigger. The code fingerprint covers the schema's declarations (``TABLES``, the
registers searched, the figures' indexes — read at each call: tests and future fields
change them) and the schema's and store's modules
(their sizes and times; in a packaged program, the program file), so a new build or an
edited schema checks every file once again. Failing to read or write the list only
means the full check runs; it never stops a file from opening.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import sys
from hashlib import sha256
from pathlib import Path

from .. import __version__
from ..paths import user_data_dir
from ..schema import TABLES

FILE_NAME = "schema-checked.json"
KEEP = 32  # digests kept per code fingerprint: files and their states, newest last


def trust_file() -> Path:
    return user_data_dir() / FILE_NAME


def master_digest(conn: sqlite3.Connection, version: int) -> str:
    """Every object of the file, with the SQL that made it, and its schema version."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name, tbl_name"
    ).fetchall()
    return sha256(json.dumps([version, rows], ensure_ascii=False).encode()).hexdigest()


@functools.cache
def _code_files() -> str:
    """The modules that make the schema: their sizes and times, or the packaged program's."""
    h = sha256(__version__.encode())
    if getattr(sys, "frozen", False):
        st = os.stat(sys.executable)
        h.update(f"{sys.executable}:{st.st_size}:{st.st_mtime_ns}".encode())
        return h.hexdigest()
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "schema", package / "store"):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                st = entry.stat()
                h.update(f"{entry.path}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def code_fingerprint() -> str:
    """What the expected schema depends on: the declarations and the code that reads them."""
    from . import figure_indexes, search_index

    h = sha256(_code_files().encode())
    h.update(repr((search_index.INDEXED_TABLES, figure_indexes.FIGURE_INDEXES)).encode())
    for t in TABLES.values():
        fields = [(f.key, f.type.name, f.indexed, f.searchable, f.ref_table) for f in t.fields]
        shape = (t.name, t.parent_key, t.date_field, t.title_field, t.default_sort, t.filters)
        h.update(repr((shape, fields)).encode())
    return h.hexdigest()


def _load() -> dict[str, object]:
    try:
        data = json.loads(trust_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _kept(data: dict[str, object], code: str) -> list[str]:
    digests = data.get("schemas") if data.get("code") == code else None
    return [d for d in digests if isinstance(d, str)] if isinstance(digests, list) else []


def already_checked(digest: str) -> bool:
    """Was a file with exactly this schema found ours by this code?"""
    return digest in _kept(_load(), code_fingerprint())


def remember(digest: str) -> None:
    """Keep ``digest`` as checked by this code (quietly nothing if the folder is not writable)."""
    from ..safe_write import FileWriteError, write_file

    code = code_fingerprint()
    data = _load()
    earlier = [d for d in _kept(data, code) if d != digest][-(KEEP - 1) :]
    kept = [*earlier, digest]
    text = json.dumps({"code": code, "schemas": kept}, indent=0)
    with contextlib.suppress(OSError, FileWriteError):
        trust_file().parent.mkdir(parents=True, exist_ok=True)
        write_file(trust_file(), lambda tmp: _write(tmp, text))


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
