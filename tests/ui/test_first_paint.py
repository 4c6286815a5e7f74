"""The start-up gate: background work waits for the window's first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from emergency_desk.ui.shell.first_paint import PaintGate


def test_work_waits_for_the_first_paint_then_runs_at_once(qtbot) -> None:
    window = QLabel("Emergency Desk")
    qtbot.addWidget(window)
    gate = PaintGate(window, open_now=False, open_anyway_ms=60_000)
    ran: list[str] = []
    gate.when_open(lambda: ran.append("overview"))
    gate.when_open(lambda: ran.append("page check"))
    qtbot.wait(50)
    assert ran == []  # not shown, not painted: nothing started
    window.show()
    qtbot.waitUntil(lambda: ran == ["overview", "page check"], timeout=3000)
    gate.when_open(lambda: ran.append("later"))
    assert ran[-1] == "later"  # once open, work runs at once


def test_a_window_never_painted_still_gets_its_work(qtbot) -> None:
    window = QLabel("minimised")
    qtbot.addWidget(window)
    gate = PaintGate(window, open_now=False, open_anyway_ms=100)
    ran: list[str] = []
    gate.when_open(lambda: ran.append("backup"))
    qtbot.waitUntil(lambda: ran == ["backup"], timeout=3000)
    assert gate.is_open


def test_an_open_gate_runs_work_at_once(qtbot) -> None:
    window = QLabel("tests")
    qtbot.addWidget(window)
    gate = PaintGate(window)
    ran: list[int] = []
    gate.when_open(lambda: ran.append(1))
    assert ran == [1]


def test_the_real_start_counts_the_overview_once_the_window_is_up(qtbot, ui_store) -> None:
    from emergency_desk.ui.shell.main_window import MainWindow

    ui_store.insert(
        "hazards",
        {"found_on": "2020-01-05", "name": "旧隐患", "category": "fire", "deadline": "2020-02-01"},
    )
    window = MainWindow(ui_store, work_after_paint=True)
    qtbot.addWidget(window)
    overview = window.overview_tab
    qtbot.wait(100)
    assert overview.computing and not overview.groups  # no worker before the window shows
    window.show()
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    assert overview.groups["hazards_overdue"].ids


PROBE = """
import sys
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject
from emergency_desk.store import Store
from emergency_desk.ui.shell.app import make_application
from emergency_desk.ui.shell.main_window import MainWindow

app = make_application()
window = MainWindow(Store.open(sys.argv[1], defer_check=True), work_after_paint=True)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("Qt built:", "Qt" in core.__dict__, flush=True)
            app.exit(0)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def test_nothing_names_qt_before_the_first_paint(tmp_path) -> None:
    """PySide6 builds every enum of ``Qt`` on first use (~30 ms of a start): the modules
    and the construction on the way to the first paint must not name it. Run in a fresh
    interpreter, as a real start is (this one has long since built it)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from emergency_desk.store import Store

    db = tmp_path / "office.db"
    Store.open(db).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8"}
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    assert "Qt built: False" in out.stdout, out.stdout + out.stderr
