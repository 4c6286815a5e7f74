"""The start-up gate: background work waits for the window's first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
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


# The real start (``python -m emergency_desk --db FILE``: the command line, then
# ``run_gui``), stopped at the main window's first paint, reporting what was loaded.
PROBE = """
import runpy
import sys

import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from emergency_desk.ui.shell.app import make_application

app = make_application()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            print("Qt built:", "Qt" in core.__dict__)
            print("loaded:", " ".join(sorted(sys.modules)), flush=True)
            app.exit(0)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
sys.argv = ["emergency_desk", "--db", sys.argv[1]]
runpy.run_module("emergency_desk", run_name="__main__")
"""

# What the window may have loaded when it is first painted: the shell, each feature's
# installer and what the Overview (the first tab) shows. A feature's dialogs, the
# register lists, the report, import/export and the charts load when first used.
ALLOWED_AT_FIRST_PAINT = {
    "emergency_desk",
    "emergency_desk.cli",
    "emergency_desk.cli.lang",
    "emergency_desk.cli.main",
    "emergency_desk.cli.output",
    "emergency_desk.crash_log",
    "emergency_desk.paths",
    "emergency_desk.safe_write",  # store.backup's rename (the day's backup is made at start)
    "emergency_desk.windows_console",
    "emergency_desk.schema",
    "emergency_desk.schema.checks",
    "emergency_desk.schema.contacts",
    "emergency_desk.schema.duty",
    "emergency_desk.schema.fields",
    "emergency_desk.schema.incident_checks",
    "emergency_desk.schema.incidents",
    "emergency_desk.schema.registers",
    "emergency_desk.schema.risk_points",
    "emergency_desk.schema.shelters",
    "emergency_desk.schema.stock",
    "emergency_desk.schema.teams",
    "emergency_desk.schema.unstorable",
    "emergency_desk.schema.validation",
    "emergency_desk.schema.warnings",
    "emergency_desk.store",
    "emergency_desk.store.audit_log",
    "emergency_desk.store.backup",
    "emergency_desk.store.backup_rotation",
    "emergency_desk.store.connection",
    "emergency_desk.store.collation",  # every connection gets the pinyin sort key (its table loads on first sort)
    "emergency_desk.store.county_schema",  # sync_schema adds the township column on open
    "emergency_desk.store.drives",  # opening picks the journal by the drive
    "emergency_desk.store.errors",
    "emergency_desk.store.facade",
    "emergency_desk.store.figure_indexes",
    "emergency_desk.store.hot_journal",
    "emergency_desk.store.identity",
    "emergency_desk.store.network_share",
    "emergency_desk.store.integrity",
    "emergency_desk.store.list_indexes",
    "emergency_desk.store.listing",
    "emergency_desk.store.lock",
    "emergency_desk.store.migrations",
    "emergency_desk.store.page_check",
    "emergency_desk.store.paging",
    "emergency_desk.store.schema_check",  # a file not checked before by this code
    "emergency_desk.store.schema_trust",  # a file checked before is not checked again
    "emergency_desk.store.search_index",
    "emergency_desk.store.settings_and_texts",
    "emergency_desk.store.spare_reader",  # ops share one kept reader (stdlib only)
    "emergency_desk.store.sqlite_uri",  # read-only and recovering opens
    "emergency_desk.store.stock_ledger",
    "emergency_desk.store.text_scan",
    "emergency_desk.store.write_hooks",
    "emergency_desk.ui",
    "emergency_desk.ui.county_package",
    "emergency_desk.ui.county_package.county_menu",
    "emergency_desk.ui.county",
    "emergency_desk.ui.county.county_install",
    "emergency_desk.ui.import_export",
    "emergency_desk.ui.import_export.import_export_install",
    "emergency_desk.ui.overview",
    "emergency_desk.ui.overview.alerts",
    "emergency_desk.ui.overview.cards",
    "emergency_desk.ui.overview.overview_tab",
    "emergency_desk.ui.registers",
    "emergency_desk.ui.registers.duty_keys",
    "emergency_desk.ui.registers.printouts",
    "emergency_desk.ui.registers.register_rules",
    "emergency_desk.ui.registers.registry",
    "emergency_desk.ui.safety",
    "emergency_desk.ui.safety.data_safety",
    "emergency_desk.ui.settings",
    "emergency_desk.ui.settings.first_run_action",
    "emergency_desk.ui.settings.settings_action",
    "emergency_desk.ui.shell",
    "emergency_desk.ui.shell.app",
    "emergency_desk.ui.shell.app_settings",
    "emergency_desk.ui.shell.crash_dialog",
    "emergency_desk.ui.shell.features",
    "emergency_desk.ui.shell.first_paint",
    "emergency_desk.ui.shell.help_guide",
    "emergency_desk.ui.shell.lang",
    "emergency_desk.ui.shell.lazy_tabs",
    "emergency_desk.ui.shell.main_window",
    "emergency_desk.ui.shell.open_failure",
    "emergency_desk.ui.shell.ops",
    "emergency_desk.ui.shell.store_watch",
    "emergency_desk.ui.shell.translations",
    "emergency_desk.ui.summary",
    "emergency_desk.ui.summary.summary_install",
    "emergency_desk.ui.widgets",
    "emergency_desk.ui.widgets.dialog_parts",
    "emergency_desk.ui.widgets.screen_fit",
}
# Heavy third-party packages nothing on the way to the first paint may load.
NOT_AT_FIRST_PAINT = ("sqlite_utils", "docx", "openpyxl", "PySide6.QtCharts")


def _run_probe(probe: str, db: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """``probe`` run on ``db`` in a fresh process as the program starts, its recent-files
    list and checked schemas kept under ``home`` (this run's only)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8"}
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-c", probe, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One real start in a fresh interpreter (this one has long since loaded
    everything), shared by the tests below."""
    from emergency_desk.store import Store

    tmp = tmp_path_factory.mktemp("start")
    db = tmp / "office.db"
    Store.open(db).close()
    out = _run_probe(PROBE, db, tmp)
    lines = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert "loaded" in lines, out.stdout + out.stderr
    return lines


def test_nothing_names_qt_before_the_first_paint(first_paint: dict[str, str]) -> None:
    """PySide6 builds every enum of ``Qt`` on first use (~30 ms of a start): the modules
    and the construction on the way to the first paint must not name it."""
    assert first_paint["Qt built"] == "False"


def test_the_first_paint_loads_only_the_shell_and_the_installers(
    first_paint: dict[str, str],
) -> None:
    loaded = set(first_paint["loaded"].split())
    ours = {m for m in loaded if m == "emergency_desk" or m.startswith("emergency_desk.")}
    assert ours - ALLOWED_AT_FIRST_PAINT == set()
    assert "emergency_desk.ui.shell.main_window" in ours  # the probe did reach the window
    heavy = [m for m in loaded for h in NOT_AT_FIRST_PAINT if m == h or m.startswith(h + ".")]
    assert heavy == []


# The same start, on to the Overview's counts: stopped when they are drawn.
COUNTS_PROBE = """
import runpy
import sys

import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow

from emergency_desk.ui.shell.app import make_application

app = make_application()

class FirstPaint(QObject):
    hooked = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if not self.hooked:
                self.hooked = True
                watched.overview_tab.counts_shown.connect(counted)
        return False

def counted():
    print("Qt built at the counts:", "Qt" in core.__dict__, flush=True)
    app.exit(0)

watcher = FirstPaint()
app.installEventFilter(watcher)
sys.argv = ["emergency_desk", "--db", sys.argv[1]]
runpy.run_module("emergency_desk", run_name="__main__")
"""


def test_the_overview_counts_are_drawn_before_qt_is_built(tmp_path: Path) -> None:
    """Between the first paint and the counts nothing names ``Qt`` (the op hub's
    connections, the groups' colours, the F1 key wait): building it, ~30 ms, comes after."""
    from emergency_desk.store import Store

    db = tmp_path / "office.db"
    s = Store.open(db)
    s.insert(
        "hazards",
        {"found_on": "2020-01-05", "name": "旧隐患", "category": "fire", "deadline": "2020-02-01"},
    )
    s.close()
    out = _run_probe(COUNTS_PROBE, db, tmp_path)
    assert "Qt built at the counts: False" in out.stdout, out.stdout + out.stderr
