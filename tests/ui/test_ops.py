"""The one way to work off the GUI thread (``ui.shell.ops``): what an op promises."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from qt_messages import guard, take

from emergency_desk.store import ListQuery, Store, StoreError
from emergency_desk.ui.shell.ops import Op, OpContext

from .helpers import ops_done


@pytest.fixture
def widget(qtbot: Any) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_the_work_runs_on_its_own_connection_off_the_gui_thread(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    file_store.insert("plans", {"title": "防汛应急预案", "level": "special"})
    seen: dict[str, Any] = {}

    def work(ctx: OpContext) -> list[str]:
        seen["thread"] = threading.current_thread()
        seen["store"] = ctx.store
        assert ctx.store is not None
        return [r["title"] for r in ctx.store.rows(ListQuery("plans"))]

    results: list[object] = []
    arrived_on: list[threading.Thread] = []

    def success(titles: list[str]) -> None:
        results.append(titles)
        arrived_on.append(threading.current_thread())

    op = Op(widget, work, store=file_store).success(success).run_in_background()
    ops_done(qtbot)
    assert results == [["防汛应急预案"]] and op.ok
    assert seen["thread"] is not threading.main_thread()
    assert seen["store"] is not file_store  # a connection of its own
    assert seen["store"].read_only and seen["store"].conn is not file_store.conn
    assert arrived_on == [threading.main_thread()]


def test_a_failure_is_a_message_not_a_traceback(
    qtbot: Any, widget: QWidget, file_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )

    def work(_ctx: OpContext) -> None:
        raise StoreError("backup_failed", reason="磁盘已满")

    op = Op(widget, work, store=file_store).run_in_background()
    ops_done(qtbot)
    assert op.ok is False
    assert len(shown) == 1 and "磁盘已满" in shown[0] and "Traceback" not in shown[0]


def test_progress_reaches_the_gui_thread_and_the_dialog(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    release = threading.Event()

    def work(ctx: OpContext) -> str:
        for done in range(1, 4):
            ctx.progress(done, 3)
        release.wait(10)
        return "ok"

    reported: list[tuple[int, int, bool]] = []

    def progress(done: int, total: int) -> None:
        reported.append((done, total, threading.current_thread() is threading.main_thread()))

    op = (
        Op(widget, work, store=file_store)
        .with_progress("导出", "正在写入…")
        .progress(progress)
        .run_in_background()
    )
    qtbot.waitUntil(lambda: len(reported) == 3)
    assert reported == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert op.dialog is not None and op.dialog.value() == 3 and op.dialog.maximum() == 3
    release.set()
    ops_done(qtbot)
    assert op.dialog is None and op.ok  # closed once the outcome arrived


def test_cancel_stops_the_work_and_nothing_is_reported_as_done(
    qtbot: Any, widget: QWidget, file_store: Store
) -> None:
    class Stopped(Exception):
        pass

    started = threading.Event()

    def work(ctx: OpContext) -> int:
        started.set()
        for _ in range(1000):
            if ctx.cancelled():
                raise Stopped
            threading.Event().wait(0.01)
        return 1

    outcome: list[object] = []
    op = (
        Op(widget, work, store=file_store)
        .with_progress("导入", "正在检查…")
        .success(outcome.append)
        .failure(outcome.append)
        .run_in_background()
    )
    assert started.wait(10)
    assert op.dialog is not None
    op.dialog.findChild(QPushButton).click()  # the user clicks Cancel
    ops_done(qtbot)
    assert op.cancelled and op.ok is False
    assert len(outcome) == 1 and isinstance(outcome[0], Stopped)


def test_an_outcome_for_a_widget_that_is_gone_is_dropped(qtbot: Any, file_store: Store) -> None:
    widget = QWidget()
    release = threading.Event()
    called: list[object] = []
    Op(widget, lambda _ctx: release.wait(10), store=file_store).success(
        called.append
    ).run_in_background()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _valid(widget))
    release.set()
    ops_done(qtbot)
    assert called == []


def _valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_an_op_on_a_store_in_memory_still_answers_later_on_the_gui_thread(
    qtbot: Any, widget: QWidget, store: Store
) -> None:
    got: list[object] = []
    Op(widget, lambda ctx: ctx.store is store, store=store).success(got.append).run_in_background()
    assert got == []  # never before the caller has returned
    ops_done(qtbot)
    assert got == [True]


def test_nothing_is_imported_on_the_worker(qtbot: Any, widget: QWidget, tmp_path: Path) -> None:
    """The op imports the modules it is told the work needs before the thread starts."""
    import sys

    module = tmp_path / "ops_probe_module.py"
    module.write_text("VALUE = 42\n")
    sys.path.insert(0, str(tmp_path))
    try:
        imported_on: list[bool] = []

        def work(_ctx: OpContext) -> int:
            # Already in sys.modules: a dictionary look-up, no import on this thread.
            imported_on.append("ops_probe_module" in sys.modules)
            return sys.modules["ops_probe_module"].VALUE

        got: list[int] = []
        Op(widget, work, imports=("ops_probe_module",)).success(got.append).run_in_background()
        ops_done(qtbot)
        assert imported_on == [True] and got == [42]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("ops_probe_module", None)


def test_a_conn_only_op_reads_through_conn_and_its_store_refuses_db(
    qtbot: Any, widget: QWidget, file_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Overview's counts start without importing sqlite-utils first; a worker that
    then asked for ``db`` (and so would import it on its thread) gets an error instead."""
    from emergency_desk.ui.shell import ops

    preloaded: list[bool] = []
    monkeypatch.setattr(ops, "preload_writes", lambda: preloaded.append(True))
    file_store.insert("plans", {"title": "防汛应急预案", "level": "special"})

    def count(ctx: OpContext) -> int:
        assert ctx.store is not None
        return int(ctx.store.conn.execute("SELECT count(*) FROM plans").fetchone()[0])

    def through_db(ctx: OpContext) -> int:
        assert ctx.store is not None
        return ctx.store.db["plans"].count

    got: list[object] = []
    Op(widget, count, store=file_store, conn_only=True).success(got.append).run_in_background()
    ops_done(qtbot)
    assert got == [1] and preloaded == []
    Op(widget, through_db, store=file_store, conn_only=True).failure(got.append).run_in_background()
    ops_done(qtbot)
    assert isinstance(got[-1], RuntimeError) and preloaded == []
    Op(widget, through_db, store=file_store).success(got.append).run_in_background()
    ops_done(qtbot)
    assert got[-1] == 1 and preloaded == [True]  # any other op: imported first, as before


# -- the guard in conftest.py ------------------------------------------------------------
def test_the_guard_catches_a_timer_used_from_a_plain_thread(qtbot: Any) -> None:
    """A real cross-thread misuse (a timer started on a thread Qt did not start) is
    caught by the message handler the test suite installs, which fails the test."""

    def misuse() -> None:
        timer = QTimer()
        timer.start(10)

    thread = threading.Thread(target=misuse)
    thread.start()
    thread.join(10)
    caught = take()  # taken here, so this test itself passes
    assert caught and "QObject::startTimer" in caught[0]


def test_the_guard_catches_the_progress_dialog_warning(qtbot: Any) -> None:
    qWarning("QObject::killTimer: Timers cannot be stopped from another thread")
    qWarning("an ordinary warning")
    assert take() == ["QObject::killTimer: Timers cannot be stopped from another thread"]


def test_the_guard_fails_the_test(qtbot: Any) -> None:
    """What the suite's autouse fixture runs: a block that prints the warning fails."""
    with pytest.raises(pytest.fail.Exception, match="Timers cannot be stopped"), guard():
        qWarning("QObject::killTimer: Timers cannot be stopped from another thread")
    with guard():  # and a quiet block passes
        qWarning("an ordinary warning")
