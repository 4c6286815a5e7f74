"""The window's reads off the GUI thread share one kept read-only connection
(``store.spare_reader``), lent to one op at a time: what that promises."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from emergency_desk.store import Store, spare_reader
from emergency_desk.ui.shell.ops import Op, OpContext

from .helpers import ops_done


@pytest.fixture
def widget(qtbot: Any) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def _read(qtbot: Any, widget: QWidget, store: Store, **kw: Any) -> tuple[Store, int]:
    """One op counting the plans: the store its work got, and the count it returned."""
    seen: list[Store] = []
    results: list[int] = []

    def work(ctx: OpContext) -> int:
        assert ctx.store is not None
        seen.append(ctx.store)
        return int(ctx.store.conn.execute("SELECT count(*) FROM plans").fetchone()[0])

    Op(widget, work, store=store, **kw).success(results.append).run_in_background()
    ops_done(qtbot)
    assert len(results) == 1
    return seen[0], results[0]


def _plan(store: Store, title: str) -> int:
    return store.insert("plans", {"title": title, "level": "special"})


def _held_read(widget: QWidget, store: Store) -> tuple[list[Store], threading.Event]:
    """A read started and held in its work until the event returned is set: the store its
    work got (once it has started), and that event."""
    release, started = threading.Event(), threading.Event()
    seen: list[Store] = []

    def slow(ctx: OpContext) -> None:
        assert ctx.store is not None
        seen.append(ctx.store)
        started.set()
        assert release.wait(10)

    Op(widget, slow, store=store).run_in_background()
    assert started.wait(10)
    return seen, release


def test_the_next_read_gets_the_connection_the_last_one_left(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    first, _ = _read(qtbot, widget, file_store)
    assert spare_reader.kept(file_store) is first and not first.closed
    second, _ = _read(qtbot, widget, file_store, conn_only=True)
    assert second is first and second.conn is first.conn
    assert second.read_only and second is not file_store


def test_the_kept_reader_sees_every_change_made_since(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    reader, before = _read(qtbot, widget, file_store)
    _plan(file_store, "防汛应急预案")
    _plan(file_store, "森林防火应急预案")
    again, after = _read(qtbot, widget, file_store)
    assert again is reader
    assert (before, after) == (0, 2)


def test_a_read_that_leaves_a_transaction_open_is_rolled_back(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    def work(ctx: OpContext) -> None:
        assert ctx.store is not None
        ctx.store.conn.execute("BEGIN")
        ctx.store.conn.execute("SELECT count(*) FROM plans").fetchone()

    Op(widget, work, store=file_store).run_in_background()
    ops_done(qtbot)
    kept = spare_reader.kept(file_store)
    assert kept is not None and not kept.conn.in_transaction
    _plan(file_store, "防汛应急预案")  # not held back by a reader's old snapshot
    assert _read(qtbot, widget, file_store) == (kept, 1)


def test_two_reads_at_once_get_a_connection_each_and_one_is_kept(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    _read(qtbot, widget, file_store)  # a reader is kept
    seen, release = _held_read(widget, file_store)
    other: list[Store] = []
    done = threading.Event()

    def quick(ctx: OpContext) -> None:
        assert ctx.store is not None
        other.append(ctx.store)
        done.set()

    Op(widget, quick, store=file_store).run_in_background()
    assert done.wait(10)
    release.set()
    ops_done(qtbot)
    assert other[0] is not seen[0]  # the kept one was lent out: a connection of its own
    kept = spare_reader.kept(file_store)
    assert kept in (seen[0], other[0])
    not_kept = other[0] if kept is seen[0] else seen[0]
    assert not_kept.closed  # one kept, the other closed


def test_closing_the_store_closes_the_kept_reader(
    qtbot: Any, widget: QWidget, db_path: Path
) -> None:
    store = Store.open(db_path)
    reader, _ = _read(qtbot, widget, store)
    store.close()
    assert reader.closed and spare_reader.kept(store) is None
    with pytest.raises(sqlite3.ProgrammingError):
        reader.conn.execute("SELECT 1")


def test_a_reader_given_back_after_the_store_closed_is_closed(
    qtbot: Any, widget: QWidget, db_path: Path
) -> None:
    store = Store.open(db_path)
    seen, release = _held_read(widget, store)
    store.close()  # the window switched to another file meanwhile
    release.set()
    ops_done(qtbot)
    assert seen[0].closed and spare_reader.kept(store) is None


def test_a_writing_op_has_a_writer_of_its_own_never_the_kept_reader(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    reader, _ = _read(qtbot, widget, file_store)
    seen: list[Store] = []

    def write(ctx: OpContext) -> None:
        assert ctx.store is not None
        seen.append(ctx.store)
        _plan(ctx.store, "防汛应急预案")

    Op(widget, write, store=file_store, writes=True).run_in_background()
    ops_done(qtbot)
    assert seen[0] is not reader and not seen[0].read_only and seen[0].closed
    assert spare_reader.kept(file_store) is reader
    assert _read(qtbot, widget, file_store) == (reader, 1)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_no_handle_on_the_file_is_left_once_the_store_is_closed(
    qtbot: Any, widget: QWidget, db_path: Path
) -> None:
    """What lets a restore replace the file on Windows: nothing holds it open."""

    def handles() -> int:
        target = str(db_path.resolve())
        n = 0
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):  # closed since it was listed
                n += os.readlink(f"/proc/self/fd/{fd}") == target
        return n

    store = Store.open(db_path)
    _read(qtbot, widget, store)
    assert handles() == 2  # the window's connection and the kept reader
    store.close()
    assert handles() == 0


def test_a_read_that_failed_is_not_kept(qtbot: Any, widget: QWidget, file_store: Store) -> None:
    """A failed op's error keeps its frames, and a cursor in them keeps reading the file
    as it was: its connection is closed, not lent to the next read."""
    _plan(file_store, "防汛应急预案")
    _plan(file_store, "森林防火应急预案")
    errors: list[BaseException] = []  # held, as an error report would hold it
    seen: list[Store] = []

    def fails(ctx: OpContext) -> None:
        assert ctx.store is not None
        seen.append(ctx.store)
        rows = ctx.store.conn.execute("SELECT id FROM plans ORDER BY id")
        rows.fetchone()  # left half read
        raise RuntimeError("the work failed halfway")

    Op(widget, fails, store=file_store).failure(errors.append).run_in_background()
    ops_done(qtbot)
    assert len(errors) == 1 and seen[0].closed
    assert spare_reader.kept(file_store) is None
    _plan(file_store, "地质灾害应急预案")
    reader, count = _read(qtbot, widget, file_store)
    assert reader is not seen[0] and count == 3
