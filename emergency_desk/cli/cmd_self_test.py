"""``--self-test``: a headless smoke run of the real program, above all of a built bundle.

It exercises what a missing module, plugin, translation or resource would break in a
PyInstaller build — the database, the demo fill, the main window with every tab, both
Word reports read back with python-docx, backup and restore — so a broken bundle fails
on the build machine instead of on an office PC.

Qt runs on the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` is set: a smoke run must
not flash windows or need a display. All files go to a temporary folder, and Qt settings
are redirected there too, so the user's database, recent files and window geometry are
never touched. The outcome is one line on stdout and ``<user data>/logs/self-test.log``
(a windowed .exe on Windows has no stdout unless started from a console).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..crash_log import logs_dir
from ..windows_console import attach_parent_console

LOG_NAME = "self-test.log"


class SelfTestFailure(Exception):
    """A check that did not hold; the message says what was expected."""


@dataclass
class SelfTestResult:
    ok: bool
    summary: str
    steps: list[tuple[str, float, str]] = field(default_factory=list)  # name, seconds, note
    failed_step: str | None = None
    error: str | None = None
    details: str = ""

    def report(self) -> str:
        lines = [self.summary, ""]
        lines += [f"  {name:<12} {secs:6.2f} s  {note}" for name, secs, note in self.steps]
        if self.details:
            lines += ["", self.details]
        return "\n".join(lines) + "\n"


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


class _Runner:
    """Runs named steps in order, timing each, stopping at the first failure."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, float, str]] = []
        self.failed: str | None = None

    def step(self, name: str, func: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            note = func()
        except BaseException:
            self.failed = name
            raise
        self.steps.append((name, time.perf_counter() - start, note))


def _qt_app(lang: str) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..ui.shell.app import make_application
    from ..ui.shell.lang import set_ui_lang

    set_ui_lang(lang)
    return make_application()


def _redirect_settings(folder: Path) -> Callable[[], None]:
    from PySide6.QtCore import QSettings

    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    def restore() -> None:
        QSettings.setDefaultFormat(previous)

    return restore


def _capture_qt_messages(into: list[str]) -> Callable[[], None]:
    """Qt's warnings go to the log (they explain a missing plugin), not to stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode: Any, _context: Any, message: str) -> None:
        into.append(f"{getattr(mode, 'name', mode)}: {message}")
        if mode == QtMsgType.QtFatalMsg:  # Qt aborts right after this: say why first
            result = SelfTestResult(False, f"self-test FAILED: Qt fatal error: {message}")
            result.details = _qt_log(into)
            _write_log(result)
            if sys.stderr is not None:
                print(result.summary, file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


def _check_translations(app: Any) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from ..paths import resource, resources_dir
    from ..ui.shell.translations import install_translators

    check(resources_dir().is_dir(), f"resources folder missing: {resources_dir()}")
    check(resource("icons", "app.png").is_file(), "app icon missing from resources/icons")
    check(not app.windowIcon().isNull(), "the window icon did not load")
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    zh_cn = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    check(qt.load(zh_cn, "qtbase", "_", qt_dir), f"Qt's qtbase_zh_CN.qm not found in {qt_dir}")
    own_qm = sorted(p.name for p in resources_dir().rglob("*.qm"))
    if own_qm:
        check(install_translators(app, "zh"), f"the app's zh translation did not load: {own_qm}")
    return f"qtbase_zh_CN + {', '.join(own_qm) or 'no app .qm'}"


def _fill_demo(store: Any, year: int) -> tuple[str, dict[str, int]]:
    from ..demo import fill_demo
    from ..schema import REGISTERS
    from ..store import ListQuery

    result = fill_demo(store, year=year)
    counts = {t: store.count(ListQuery(t)) for tables in REGISTERS.values() for t in tables}
    empty = [name for name, tables in REGISTERS.items() if counts[tables[0]] == 0]
    check(not empty, f"demo data left these registers empty: {', '.join(empty)}")
    return result.line("en"), counts


def _open_window(app: Any, store: Any) -> str:
    """The window as ``run_gui`` builds it (Overview first), every tab shown once."""
    from PySide6.QtCharts import QChartView

    from ..ui.overview.charts import EMPTY_CHART
    from ..ui.shell.main_window import MainWindow

    window = MainWindow(store)
    try:
        window.show()
        app.processEvents()
        tabs = window.tabs
        check(tabs.count() >= 7, f"main window has {tabs.count()} tabs, expected 6 registers + 1")
        names: list[str] = []
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            app.processEvents()
            names.append(tabs.tabText(i))
        check(len(set(names)) == len(names), f"a tab appears twice: {names}")
        # The Overview counts in a worker thread; wait (bounded) for its figures to land.
        overview = getattr(window, "overview_tab", None)
        deadline = time.monotonic() + 60
        while overview is not None and overview.computing and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        check(overview is None or not overview.computing, "the Overview never finished counting")
        image = window.grab()
        check(not image.isNull() and image.width() > 100, "the main window did not render")
        charts = window.findChildren(QChartView)
        check(charts, "the Overview has no charts (QtCharts missing?)")
        # A chart draws its series, or, early in a year with nothing yet, says so in its
        # title; either way QtCharts rendered it. A chart with neither is broken.
        drawn = [c for c in charts if c.chart() is not None and c.chart().series()]
        noted = [
            c for c in charts if c.chart() is not None and c.chart().objectName() == EMPTY_CHART
        ]
        said = overview.alerts_title.text() if overview is not None else ""
        check(
            len(drawn) + len(noted) == len(charts),
            f"an Overview chart has neither data nor an empty-state note ({said})",
        )
        return f"{tabs.count()} tabs: {' | '.join(names)}; {len(drawn)} charts drawn"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _paragraph_texts(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    texts = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text.strip() for cell in row.cells)
    return [t for t in texts if t]


def _write_report(store: Any, year: int, lang: str, folder: Path) -> str:
    import docx

    from ..report import APPENDIX_KEYS, build_summary, export_summary

    expected = build_summary(store, year, lang, appendix=APPENDIX_KEYS)
    path = export_summary(
        store, year, lang, folder / f"summary-{year}-{lang}.docx", appendix=APPENDIX_KEYS
    )
    check(path.is_file() and path.stat().st_size > 0, f"report {lang} was not written")
    # Compared without whitespace: a long title may be broken over two lines in the file.
    texts = {"".join(t.split()) for t in _paragraph_texts(path)}
    headings = [expected.title] + [s.heading for s in expected.sections]
    headings += [sub.heading for s in expected.sections for sub in s.subsections]
    missing = [h for h in headings if "".join(h.split()) not in texts]
    check(not missing, f"report {lang} lacks the headings: {missing}")
    tables = len(docx.Document(str(path)).tables)
    check(
        tables >= len(expected.appendices),
        f"report {lang} has {tables} tables, expected {len(expected.appendices)} appendices",
    )
    return (
        f"{path.name} {path.stat().st_size // 1024} KB, {len(headings)} headings, {tables} tables"
    )


def _backup_restore(store_path: Path, folder: Path, counts: dict[str, int]) -> tuple[str, Any]:
    """Back up, change the data, restore, and check the change is gone."""
    from ..store import ListQuery, Store
    from ..store.backup import backup_to, restore_from

    store = Store.open(store_path)
    backup = backup_to(store, folder / "backup" / "self-test-backup.db")
    check(backup.is_file() and backup.stat().st_size > 0, "the backup file was not written")
    store.insert(
        "plans",
        {"title": "Self-test plan (must vanish on restore)", "level": "special", "status": "draft"},
    )
    check(store.count(ListQuery("plans")) == counts["plans"] + 1, "inserting a plan failed")
    store.close()
    saved = restore_from(backup, store_path)
    store = Store.open(store_path)
    after = {name: store.count(ListQuery(name)) for name in counts}
    check(after == counts, f"after restore the counts are {after}, expected {counts}")
    note = f"backup {backup.stat().st_size // 1024} KB restored"
    if saved is not None:
        check(saved.is_file(), "restore did not keep the replaced database")
        note += ", previous copy kept"
    return note, store


def _qt_log(messages: list[str]) -> str:
    return "Qt messages:\n" + "\n".join(f"  {m}" for m in messages) if messages else ""


def self_test(workdir: Path | None = None, year: int | None = None) -> SelfTestResult:
    """Run every step in ``workdir`` (a new temporary folder if none); never raises."""
    started = time.perf_counter()
    year = year or dt.date.today().year
    runner = _Runner()
    tmp = None
    if workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="emergency-desk-self-test-")
        workdir = Path(tmp.name)
    workdir.mkdir(parents=True, exist_ok=True)
    state: dict[str, Any] = {}
    qt_messages: list[str] = []
    undo: list[Callable[[], None]] = []
    try:
        from ..store import Store

        def qt() -> str:
            undo.append(_capture_qt_messages(qt_messages))
            undo.append(_redirect_settings(workdir / "settings"))
            state["app"] = _qt_app("zh")
            return f"Qt platform {state['app'].platformName()}"

        def database() -> str:
            state["db"] = workdir / "self-test.db"
            state["store"] = Store.open(state["db"])
            return str(state["db"])

        def demo() -> str:
            line, state["counts"] = _fill_demo(state["store"], year)
            return line

        runner.step("qt", qt)
        runner.step("resources", lambda: _check_translations(state["app"]))
        runner.step("database", database)
        runner.step("demo", demo)
        runner.step("window", lambda: _open_window(state["app"], state["store"]))
        for lang in ("zh", "en"):

            def report(lang: str = lang) -> str:
                return _write_report(state["store"], year, lang, workdir)

            runner.step(f"report {lang}", report)

        def backup() -> str:
            state["store"].close()
            note, state["store"] = _backup_restore(state["db"], workdir, state["counts"])
            return note

        runner.step("backup", backup)
        state["store"].close()
        seconds = time.perf_counter() - started
        records = sum(state["counts"].values())
        summary = (
            f"self-test OK: Emergency Desk {__version__}, {records} demo records, "
            f"main window with all tabs, zh and en reports checked, backup and restore, "
            f"in {seconds:.1f} s"
        )
        return SelfTestResult(True, summary, runner.steps, details=_qt_log(qt_messages))
    except BaseException as exc:  # a smoke test reports every failure, whatever it is
        if isinstance(exc, KeyboardInterrupt):
            raise
        step = runner.failed or "setup"
        error = f"{type(exc).__name__}: {exc}"
        return SelfTestResult(
            False,
            f"self-test FAILED at step '{step}': {error}",
            runner.steps,
            failed_step=step,
            error=error,
            details="".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            + _qt_log(qt_messages),
        )
    finally:
        store = state.get("store")
        if store is not None:
            with contextlib.suppress(Exception):
                store.close()
        for step_back in reversed(undo):
            step_back()
        if tmp is not None:
            tmp.cleanup()


def _write_log(result: SelfTestResult) -> Path | None:
    try:
        path = logs_dir() / LOG_NAME
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        path.write_text(f"{stamp}\n{result.report()}", encoding="utf-8")
        return path
    except OSError:
        return None


def run(args: argparse.Namespace) -> int:
    attach_parent_console()
    result = self_test()
    log = _write_log(result)
    stream = sys.stdout if result.ok else sys.stderr
    if stream is not None:
        try:
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="replace")
            print(result.summary, file=stream)
            if not result.ok and log is not None:
                print(f"details: {log}", file=stream)
            stream.flush()
        except (OSError, ValueError):
            pass
    return 0 if result.ok else 1
