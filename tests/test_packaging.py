"""The packaged app: icon files, the crash hook, ``--self-test``, and the PyInstaller bundle.

The bundle test builds ``build.spec`` into a temporary folder and runs the bundle's own
``--self-test``: what breaks in a frozen build (a module found only by name, a plugin, a
data file python-docx opens by relative path) breaks here instead of on an office PC.
It is one test on a module-scoped build, so ``-n 2`` never builds twice.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from emergency_desk import crash_log
from emergency_desk.cli import cmd_self_test

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE_LIMIT_MB = 130
BUNDLE_QT_LIBS_ALLOWED = {
    "Core", "Gui", "Widgets", "Charts", "OpenGL", "OpenGLWidgets", "DBus", "XcbQpa",
}  # fmt: skip


@pytest.fixture
def logs_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the per-user data folder (and so the logs) into a temporary folder."""
    monkeypatch.setattr(crash_log, "user_data_dir", lambda: tmp_path / "userdata")
    monkeypatch.setattr(crash_log, "_notifier", None)
    return tmp_path / "userdata" / "logs"


# --- icon -------------------------------------------------------------------------------


def test_ico_holds_every_size_as_png_of_that_size() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _c, _r, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        payload = data[offset : offset + length]
        assert payload.startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage.fromData(payload, "PNG")
        side = w or 256
        assert (image.width(), image.height()) == (side, h or 256)
        assert (planes, bpp) == (1, 32)
        sizes.append(side)
    assert {16, 24, 32, 48, 256} <= set(sizes)


def test_png_icon_is_256_and_drawn_not_blank() -> None:
    image = QImage(str(ICONS / "app.png"))
    assert (image.width(), image.height()) == (256, 256)
    centre, corner = image.pixelColor(128, 128), image.pixelColor(1, 1)
    assert corner.alpha() == 0  # rounded corners are transparent
    assert image.pixelColor(128, 20).red() > 200  # the orange-red tile
    assert centre.alpha() == 255


# --- build.spec's filters, on the paths each platform's PySide6 wheel has ------------------


@pytest.fixture(scope="module")
def spec() -> dict[str, object]:
    """The spec's constants and filter functions, without running PyInstaller's Analysis."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = {"QT_PLUGINS_KEPT", "QT_TRANSLATIONS_KEPT", "QT_LIBS_KEPT", "WINDOWS_DLLS_DROPPED"}
    body = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name.endswith("_kept"))
        or (isinstance(node, ast.Assign) and {getattr(t, "id", "") for t in node.targets} & wanted)
    ]
    namespace: dict[str, object] = {"Path": Path, "re": re, "sys": sys}
    exec(compile(ast.Module(body=body, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qoffscreen.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/plugins/sqldrivers/qsqlite.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/QtCore.pyd", True),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_spec_keeps_only_the_qt_plugins_used(spec, dest: str, kept: bool) -> None:
    assert spec["plugin_kept"](dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt6Core.dll", True),
        ("PySide6/Qt6Charts.dll", True),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt6Network.dll", False),
        ("PySide6/Qt6Pdf.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/pyside6.abi3.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libicudata.so.73", True),
    ],
)
def test_spec_keeps_only_the_qt_libraries_used(spec, dest: str, kept: bool) -> None:
    assert spec["qt_lib_kept"](dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/translations/qtbase_zh_CN.qm", True),
        ("PySide6/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtmultimedia_zh_CN.qm", False),
        ("resources/translations/emergency_desk_zh_CN.qm", True),
        ("resources/translations/emergency_desk_en.qm", True),  # English plural forms
    ],
)
def test_spec_keeps_only_zh_and_en_qt_translations(spec, dest: str, kept: bool) -> None:
    assert spec["translation_kept"](dest) is kept


# --- crash hook -------------------------------------------------------------------------


def _raise_and_catch() -> tuple[type[BaseException], BaseException, types.TracebackType]:
    def failing_function_deep_inside() -> None:
        raise ValueError("the unexpected thing")

    try:
        failing_function_deep_inside()
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("unreachable")


def test_crash_hook_writes_log_with_traceback_and_tells_user(logs_home: Path) -> None:
    told: list[tuple[Path, BaseException]] = []
    crash_log.set_notifier(lambda path, exc: told.append((path, exc)))
    crash_log.handle_exception(*_raise_and_catch())
    logs = list(logs_home.glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "failing_function_deep_inside" in text
    assert "ValueError: the unexpected thing" in text
    assert "Emergency Desk" in text
    assert told and told[0][0] == logs[0]
    assert isinstance(told[0][1], ValueError)


def test_crash_hook_without_gui_says_where_the_log_is(
    logs_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crash_log.handle_exception(*_raise_and_catch())
    err = capsys.readouterr().err
    (log,) = logs_home.glob("crash-*.log")
    assert str(log) in err
    assert "Traceback" not in err  # the user sees a sentence, the traceback is in the file


def test_install_catches_worker_thread_exceptions(
    logs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMERGENCY_DESK_NO_FAULTHANDLER", "1")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    told: list[Path] = []
    crash_log.install()
    crash_log.set_notifier(lambda path, exc: told.append(path))
    assert sys.excepthook is crash_log.handle_exception

    def work() -> None:
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    (log,) = logs_home.glob("crash-*.log")
    assert "RuntimeError: worker failed" in log.read_text(encoding="utf-8")
    assert told == [log]


def test_old_crash_logs_are_rotated(logs_home: Path) -> None:
    for _ in range(crash_log.KEEP_LOGS + 5):
        crash_log.write_crash_log(*_raise_and_catch())
    assert len(list(logs_home.glob("crash-*.log"))) == crash_log.KEEP_LOGS


def test_crash_dialog_names_the_log_once_per_failure(
    qtbot, logs_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from emergency_desk.ui.shell import crash_dialog

    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(crash_dialog, "_shown", set())
    exc_type, exc, tb = _raise_and_catch()
    log = crash_log.write_crash_log(exc_type, exc, tb)
    crash_dialog.notify(log, exc)
    crash_dialog.notify(log, exc)  # a paint handler failing on every repaint: one dialog
    assert len(shown) == 1
    assert str(log) in shown[0]


def test_console_attach_leaves_existing_streams_alone() -> None:
    """Only a windowed .exe on Windows (no stdout) borrows its parent's console."""
    from emergency_desk.windows_console import attach_parent_console

    out, err = sys.stdout, sys.stderr
    assert attach_parent_console() is False
    assert (sys.stdout, sys.stderr) == (out, err)


# --- self-test (in process) ----------------------------------------------------------------


def test_self_test_in_process(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logs_home: Path
) -> None:
    from emergency_desk.ui.shell import lang

    monkeypatch.setattr(lang, "_override", lang._override)
    result = cmd_self_test.self_test(tmp_path / "work", year=2025)
    assert result.ok, result.report()
    assert result.summary.startswith("self-test OK")
    names = [name for name, _secs, _note in result.steps]
    assert names == [
        "qt", "resources", "database", "demo", "window", "report zh", "report en", "backup",
    ]  # fmt: skip
    for code in ("zh", "en"):
        assert (tmp_path / "work" / f"summary-2025-{code}.docx").stat().st_size > 10_000
    assert not (tmp_path / "userdata" / "emergency_desk.db").exists()


def test_self_test_failure_is_one_line_and_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, logs_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    failed = cmd_self_test.SelfTestResult(
        False,
        "self-test FAILED at step 'report zh': SelfTestFailure: report zh lacks the headings",
        [("qt", 0.1, "Qt platform offscreen")],
        failed_step="report zh",
        details="Traceback ...",
    )
    monkeypatch.setattr(cmd_self_test, "self_test", lambda: failed)
    assert cmd_self_test.run(argparse.Namespace()) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith("self-test FAILED at step 'report zh'")
    log = logs_home / cmd_self_test.LOG_NAME
    assert "Traceback ..." in log.read_text(encoding="utf-8")


# --- the bundle -----------------------------------------------------------------------------


def _pyproject_version() -> str:
    tomllib = pytest.importorskip("tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def _size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / (1024 * 1024)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Build ``build.spec`` once; returns (bundle folder, PyInstaller work folder)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed")
    out = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    return out / "dist" / "EmergencyDesk", out / "build"


def test_bundle_builds_small_and_passes_its_self_test(
    bundle: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, work = bundle
    exe = folder / ("EmergencyDesk.exe" if sys.platform == "win32" else "EmergencyDesk")
    assert exe.is_file()

    # What went in: the app's resources, only the Qt it uses, only zh/en Qt translations.
    internal = folder / "_internal"
    assert (internal / "resources" / "icons" / "app.png").is_file()
    assert not list((internal / "resources").rglob("*.py"))  # the icon script stays out
    for qm in (ROOT / "resources").rglob("*.qm"):  # the app's own translations go in
        assert (internal / qm.relative_to(ROOT)).is_file(), qm
    qt_libs = {
        p.name.split(".")[0].removeprefix("lib").removeprefix("Qt6")
        for p in internal.rglob("*Qt6*")
        if p.suffix in (".dll", ".6") or ".so." in p.name
    }
    assert qt_libs <= BUNDLE_QT_LIBS_ALLOWED, sorted(qt_libs - BUNDLE_QT_LIBS_ALLOWED)
    translations = {p.name for p in (internal / "PySide6").rglob("translations/*.qm")}
    assert translations <= {"qtbase_zh_CN.qm", "qtbase_en.qm", "qt_zh_CN.qm", "qt_en.qm"}
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]

    # Windows version resource, generated from pyproject.toml: PyInstaller eval()s this text
    # with its version-info classes (importable on Windows only), so evaluate it with stand-ins.
    def stand_in(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")  # fmt: skip
    text = (work / "build" / "version_info.txt").read_text(encoding="utf-8")
    info = eval(text, {name: stand_in(name) for name in names})
    fixed = info[2]["ffi"][2]
    assert len(fixed["filevers"]) == 4 and all(isinstance(n, int) for n in fixed["filevers"])
    strings = dict(s[1] for s in info[2]["kids"][0][1][0][0][1][1])
    assert strings["FileVersion"] == strings["ProductVersion"] == _pyproject_version()
    assert strings["OriginalFilename"] == "EmergencyDesk.exe"

    # Run it as a user would, with a home of its own: nothing may be written into the bundle.
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "APPDATA": str(home / "appdata"),
    }
    before = _snapshot(folder)
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0, version.stderr
    assert _pyproject_version() in version.stdout
    run = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().startswith("self-test OK"), run.stdout
    assert _snapshot(folder) == before
    assert not (home / "data" / "EmergencyDesk" / "emergency_desk.db").exists()
    assert (home / "data" / "EmergencyDesk" / "logs" / "self-test.log").is_file()

    size = _size_mb(folder)
    print(f"\nbundle {folder}: {size:.1f} MB (limit {SIZE_LIMIT_MB} MB)")
    assert size < SIZE_LIMIT_MB
