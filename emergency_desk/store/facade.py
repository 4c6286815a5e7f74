"""The one object the rest of the app talks to about data.

Every user action is one call here and one transaction: validation, the write, the
audit record and any derived change (a material's quantity) commit together or not at
all. Listeners are told which tables changed so screens refresh only what concerns them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..schema import (
    RECTIFIED_STATUSES,
    TABLES,
    FieldError,
    Table,
    ValidationError,
    cross_checks,
    validate,
)
from ..schema.unstorable import UnstorableText
from ..schema.validation import error_for
from . import audit_log, paging, settings_and_texts, stock_ledger, text_scan
from .audit_log import now_stamp, strip_system
from .connection import FileMark, open_store_file, wrap
from .county_schema import TOWNSHIP_COLUMN
from .errors import NotFoundError, ReadOnlyError, StoreError
from .listing import ListQuery, select_sql
from .page_check import PageCheck
from .write_hooks import hooks_for

if TYPE_CHECKING:
    import sqlite_utils

ChangeListener = Callable[[set[str]], None]


class Store:
    """A database of the office's registers."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, read_only: bool = False):
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.db_allowed = True  # False on a conn_only op's worker store (``db``, ``ops``)
        self.path = path
        self.read_only = read_only
        self.os_user = audit_log.login_name()
        self.operator = ""
        self.closed = False  # deferred GUI work checks this before touching the file
        self._listeners: list[ChangeListener] = []
        self._pending: set[str] = set()
        self._depth = 0
        # Why it is read-only ("requested", "file", "folder", "locked"), for the banner.
        self.read_only_reason = "requested" if read_only else ""
        self.locked_by_other = False  # another copy of the program holds the writer lock
        self._writer_lock: Any = None
        # A big file opened with ``defer_check``: its page check, owed before any write.
        self.page_check: Any = None
        self._on_close: list[Callable[[], None]] = []
        self.file_mark: FileMark | None = None  # as checked at open (a worker's ``same_as``)

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        defer_check: bool = False,
        pages_checked: bool = False,
        same_as: FileMark | None = None,
        shared: bool = False,
    ) -> Store:
        """``defer_check``: a big file's page check runs later (``page_check``; the GUI).

        ``pages_checked``: the caller's own store on this file has passed its page check
        in this session (``Store.pages_checked``), so a second connection (a worker's)
        skips reading every page again: 3 s on a 1.2 GB file, for each job; ``same_as``
        (its ``file_mark``): a read-only worker skips the identity check as well;
        ``shared``: read-only, for any thread, one at a time (``spare_reader``).
        """
        opened = open_store_file(
            path, read_only=read_only, defer_check=defer_check, pages_checked=pages_checked,
            same_as=same_as, shared=shared,
        )  # fmt: skip
        file = Path(path) if path not in (None, ":memory:") else None
        store = cls(opened.conn, file, read_only=opened.read_only)
        store.read_only_reason = opened.reason
        store.locked_by_other = opened.reason == "locked"
        store._writer_lock, store.file_mark = opened.lock, opened.mark
        if opened.check_pending and file is not None:
            store.page_check = PageCheck(file)
        store.operator = store.get_setting("operator", "") or ""
        return store

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as sqlite-utils sees it, wrapped on first use (opening and the
        first paint read through ``conn`` alone: the import waits for a query that needs
        it); refused on a ``conn_only`` op's worker store, which must not import it."""
        if self._db is None:
            if not self.db_allowed:
                raise RuntimeError("a conn_only op's store reads through conn alone")
            self._db = wrap(self.conn)
        return self._db

    @property
    def pages_checked(self) -> bool:
        """Every page of this file was found sound in this session: at open, or later."""
        if self.path is None or self.read_only_reason == "damaged":
            return False
        check = self.page_check
        return check is None or (check.finished and not check.problems)

    def close(self) -> None:
        self.closed = True
        if self.path is not None and not self.read_only:
            # Every commit into the main file before it is closed: a stick pulled or a
            # file copied by hand afterwards must not leave changes only in ``-wal``.
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        with contextlib.suppress(Exception):
            self.conn.close()
        if self._writer_lock is not None:
            self._writer_lock.release()
            self._writer_lock = None
        while self._on_close:
            self._on_close.pop()()

    def on_close(self, action: Callable[[], None]) -> None:
        """Run ``action`` when the store closes (a temporary copy to remove)."""
        self._on_close.append(action)

    # -- change notification -----------------------------------------------------
    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def announce(self, tables: set[str]) -> None:
        """Tell the listeners about rows another connection wrote (a worker's import).

        A background job writes through its own connection, since an SQLite connection
        belongs to the thread that opened it; the screens listen on the GUI's store.
        """
        self._notify(set(tables))

    def _notify(self, tables: set[str]) -> None:
        for listener in list(self._listeners):
            listener(set(tables))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One user action: all of it commits, or none of it (disk full included)."""
        if self.page_check is not None and self._depth == 0:
            self._await_page_check()
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)
        self._depth += 1
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.DatabaseError as exc:
            self._pending.clear()
            text = str(exc).lower()
            if "full" in text:
                raise StoreError("disk_full") from exc
            if "readonly" in text or "read-only" in text:
                raise ReadOnlyError("file") from exc
            raise StoreError("write_failed", reason=str(exc)) from exc
        except BaseException:
            self._pending.clear()
            raise
        finally:
            self._depth -= 1
        if self._depth == 0 and self._pending:
            changed, self._pending = self._pending, set()
            self._notify(changed)

    def _await_page_check(self) -> None:
        """Nothing is written to a file before its page check has passed."""
        problems = self.page_check.wait()
        self.page_check = None
        if problems:
            self.mark_damaged()

    def mark_damaged(self) -> None:
        """The page check failed: read-only from now on, so the damage cannot spread."""
        self.read_only = True
        self.read_only_reason = "damaged"

    def _changed(self, *tables: str) -> None:
        self._pending.update(tables)

    # -- reading -----------------------------------------------------------------
    def get(self, table: str, record_id: int) -> dict[str, Any]:
        cur = self.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', [record_id])
        row = cur.fetchone()
        if row is None:
            raise NotFoundError(f"{table} #{record_id}")
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def exists(self, table: str, record_id: int, *, live: bool = True) -> bool:
        sql = f'SELECT 1 FROM "{table}" WHERE id = ?' + (" AND deleted_at IS NULL" if live else "")
        return self.conn.execute(sql, [record_id]).fetchone() is not None

    def count(self, q: ListQuery) -> int:
        """Rows in a view; remembered until the database changes (``paging``)."""
        return paging.count(self, q)

    def total(self, table: str) -> int:
        return self.count(ListQuery(table))

    def page(self, q: ListQuery, offset: int = 0, limit: int = 200) -> list[dict[str, Any]]:
        """One page of a view; the last page costs what the first does (``paging``)."""
        return paging.page(self, q, offset, limit)

    def position(self, q: ListQuery, record_id: int) -> int | None:
        """A record's row in a view, counted over the index (``paging``); None if not shown."""
        return paging.position(self, q, record_id)

    def rows(self, q: ListQuery) -> Iterator[dict[str, Any]]:
        """All rows of a view, streamed (exports, appendices), in the list's order."""
        sql, params = select_sql(q, pinyin=paging.pinyin_applies(self, q))
        yield from self._dicts(sql, params)

    def ids(self, q: ListQuery) -> list[int]:
        sql, params = select_sql(q, columns=["id"], pinyin=paging.pinyin_applies(self, q))
        return [r[0] for r in self.db.execute(sql, params)]

    def _dicts(self, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        cur = self.db.execute(sql, params)
        cols = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    def titles(self, table: str) -> list[tuple[int, str]]:
        """(id, title) of the live records, for pickers of a referenced record."""
        t = TABLES[table]
        col = t.title_field or "id"
        sql = f'SELECT id, "{col}" FROM "{table}" WHERE deleted_at IS NULL ORDER BY "{col}"'
        return [(r[0], str(r[1])) for r in self.db.execute(sql)]

    def title_of(self, table: str, record_id: int | None) -> str:
        if record_id is None:
            return ""
        col = TABLES[table].title_field or "id"
        row = self.db.execute(f'SELECT "{col}" FROM "{table}" WHERE id = ?', [record_id]).fetchone()
        return "" if row is None else str(row[0])

    # -- writing -----------------------------------------------------------------
    def _check_refs(self, table: str, record: dict[str, Any]) -> list[FieldError]:
        errors = []
        for f in TABLES[table].fields:
            value = record.get(f.key)
            if f.ref_table and value is not None and not self.exists(f.ref_table, value):
                errors.append(error_for(f, "bad_ref", record[f.key]))
        return errors

    def _parent_checks(self, t: Table, record: dict[str, Any]) -> list[FieldError]:
        """The table's rules that need the record its record belongs to (a report and its
        incident); the parent exists, ``_check_refs`` having passed. A township's row in a
        county database takes no new sub-records (a movement on its material)."""
        parent_id = record.get(t.parent_key or "")
        if not t.parent or parent_id is None:
            return []
        parent = self.get(t.parent, int(parent_id))
        if parent.get(TOWNSHIP_COLUMN):
            raise StoreError("township_row")
        return [e for check in t.parent_checks for e in check(t, record, parent)]

    def insert(self, table: str, values: dict[str, Any]) -> int:
        clean, opening = self._checked_for_insert(table, values)
        with self.transaction():
            return self._write_insert(table, clean, opening)

    @contextlib.contextmanager
    def bulk_insert(
        self, *, tolerate: frozenset[str] = frozenset()
    ) -> Iterator[Callable[[str, dict[str, Any]], int]]:
        """Many inserts as one action (an import): all commit, or none. ``tolerate``: codes
        of the tables' cross-field ``checks`` an import takes with a warning.

        Yields ``insert(table, values) -> id``, validated exactly as ``insert`` is, but
        without a savepoint for each record: nothing inside can fail alone, since any
        error rolls the whole transaction back. On 100,000 rows the savepoints alone
        cost ~10 % of the import.
        """

        def insert_one(table: str, values: dict[str, Any]) -> int:
            clean, opening = self._checked_for_insert(table, values, tolerate)
            return self._write_insert(table, clean, opening)

        with self.transaction():
            yield insert_one

    def _checked_for_insert(
        self, table: str, values: dict[str, Any], tolerate: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any], Any]:
        """The record as it will be stored, and what its write hooks carry to after the
        insert (a material's opening stock); or why not."""
        t = TABLES[table]
        clean, errors = validate(t, values)
        if not errors:
            checked = [e for e in cross_checks(t, clean) if e.code not in tolerate]
            errors = checked + self._check_refs(table, clean)
        if not errors:
            errors = self._parent_checks(t, clean)
        carried = hooks_for(t).check_insert(t, values, errors)
        if errors:
            raise ValidationError(errors)
        return clean, carried

    def _write_insert(self, table: str, clean: dict[str, Any], carried: Any) -> int:
        """The write of one checked record; the caller holds the transaction."""
        stamp = now_stamp()
        row = {**clean, "created_at": stamp, "updated_at": stamp, "deleted_at": None}
        hooks = hooks_for(TABLES[table])
        hooks.prepare_row(row)
        cur = self.db.execute(
            f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{k}{chr(34)}" for k in row)}) '
            f"VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        new_id = cur.lastrowid
        assert new_id is not None
        self._audit("insert", table, new_id, None, clean)
        hooks.after_insert(self, new_id, clean, carried)
        self._changed(table)
        return new_id

    def update(self, table: str, record_id: int, values: dict[str, Any]) -> None:
        t = TABLES[table]
        before = self.get(table, record_id)
        if before["deleted_at"] is not None:
            raise NotFoundError(f"{table} #{record_id}")
        if before.get(TOWNSHIP_COLUMN):  # a township's own row (``county``): never edited
            raise StoreError("township_row")
        clean, errors = validate(t, values, partial=True)
        merged = {**before, **clean}
        if not errors:
            errors = cross_checks(t, merged) + self._check_refs(table, clean)
        if not errors:
            errors = self._parent_checks(t, merged)
        if errors:
            raise ValidationError(errors)
        changed = {k: v for k, v in clean.items() if before.get(k) != v}
        if not changed:
            return
        with self.transaction():
            sets = ", ".join(f'"{k}" = ?' for k in changed)
            self.db.execute(
                f'UPDATE "{table}" SET {sets}, updated_at = ? WHERE id = ?',
                [*changed.values(), now_stamp(), record_id],
            )
            self._audit("update", table, record_id, {k: before.get(k) for k in changed}, changed)
            hooks_for(t).after_update(self, record_id, before, changed, values)
            self._changed(table)

    def delete(self, table: str, record_id: int) -> None:
        """Move to the recycle bin."""
        before = self.get(table, record_id)
        if before["deleted_at"] is not None:
            return
        if before.get(TOWNSHIP_COLUMN):
            raise StoreError("township_row")
        with self.transaction():
            self.db.execute(
                f'UPDATE "{table}" SET deleted_at = ? WHERE id = ?', [now_stamp(), record_id]
            )
            self._audit("delete", table, record_id, None, None)
            hooks_for(TABLES[table]).after_delete_or_restore(self, table, record_id)
            self._changed(table)

    def restore(self, table: str, record_id: int) -> None:
        before = self.get(table, record_id)
        if before["deleted_at"] is None:
            return
        with self.transaction():
            self.db.execute(f'UPDATE "{table}" SET deleted_at = NULL WHERE id = ?', [record_id])
            self._audit("restore", table, record_id, None, None)
            hooks_for(TABLES[table]).after_delete_or_restore(self, table, record_id)
            self._changed(table)

    def purge(self, table: str, record_id: int) -> None:
        """Delete permanently, with the records that belong to it."""
        before = self.get(table, record_id)
        with self.transaction():
            for child in TABLES.values():
                if child.parent == table and child.parent_key:
                    for (cid,) in self.db.execute(
                        f'SELECT id FROM "{child.name}" WHERE "{child.parent_key}" = ?', [record_id]
                    ).fetchall():
                        self.purge(child.name, cid)
            # Records elsewhere that merely point at it (a drill's plan) lose the link.
            for other in TABLES.values():
                for f in other.fields:
                    if f.ref_table == table and other.parent != table:
                        for (oid,) in self.db.execute(
                            f'SELECT id FROM "{other.name}" WHERE "{f.key}" = ?', [record_id]
                        ).fetchall():
                            stock_ledger.set_audited(self, other.name, oid, f.key, None)
            hooks = hooks_for(TABLES[table])
            hooks.before_purge(self, before)
            self.db.execute(f'DELETE FROM "{table}" WHERE id = ?', [record_id])
            hooks.after_purge(self, before)
            self._audit("purge", table, record_id, strip_system(before), None)
            self._changed(table)

    # -- stock ledger (stock_ledger.py) ------------------------------------------
    def stock_of(self, material_id: int) -> int:
        return stock_ledger.stock_of(self, material_id)

    def add_movement(
        self, material_id: int, moved_on: str, delta: int, reason: str, note: str | None = None
    ) -> int:
        """Record a stock change; refused if it would take the stock below zero."""
        return stock_ledger.add_movement(self, material_id, moved_on, delta, reason, note)

    def stocktake(
        self, material_id: int, counted: int, on: str, note: str | None = None
    ) -> int | None:
        """Record a physical count: the adjusting movement, or none if it matches."""
        return stock_ledger.stocktake(self, material_id, counted, on, note)

    # -- hazard workflow ---------------------------------------------------------
    def _log_status(
        self, hazard_id: int, old: str | None, new: str | None, reason: str | None
    ) -> None:
        if new is None:
            return
        self.db.execute(
            "INSERT INTO hazard_status_log (hazard_id, at, from_status, to_status, reason, operator) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [hazard_id, now_stamp(), old, new, reason, self.operator or self.os_user],
        )

    def hazard_history(self, hazard_id: int) -> list[dict[str, Any]]:
        return list(
            self._dicts(
                "SELECT at, from_status, to_status, reason, operator FROM hazard_status_log "
                "WHERE hazard_id = ? ORDER BY id",
                [hazard_id],
            )
        )

    def is_rectified(self, status: str | None) -> bool:
        return status in RECTIFIED_STATUSES

    # -- settings and report texts (settings_and_texts.py) -----------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        return settings_and_texts.get_setting(self, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        settings_and_texts.set_setting(self, key, value)

    def report_text(self, year: int, lang: str, part: str) -> str | None:
        return settings_and_texts.report_text(self, year, lang, part)

    def set_report_text(self, year: int, lang: str, part: str, body: str | None) -> None:
        settings_and_texts.set_report_text(self, year, lang, part, body)

    def unstorable_text(self, year: int | None = None, lang: str = "zh") -> list[UnstorableText]:
        """Records whose text a Word or Excel file cannot hold (see ``text_scan``)."""
        return text_scan.unstorable_text(self, year, lang)

    # -- audit (audit_log.py) -----------------------------------------------------
    def _audit(
        self,
        action: str,
        table: str,
        record_id: int,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        audit_log.write_audit(self, action, table, record_id, before, after)

    def history(self, table: str, record_id: int) -> list[dict[str, Any]]:
        return audit_log.history(self, table, record_id)

    def audit_page(
        self,
        *,
        table: str | None = None,
        action: str | None = None,
        text: str = "",
        offset: int = 0,
        limit: int = 200,
    ) -> list[dict[str, Any]]:
        return audit_log.audit_page(
            self, table=table, action=action, text=text, offset=offset, limit=limit
        )
