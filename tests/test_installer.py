"""The Windows installer script (installer/EmergencyDesk.nsi), built with makensis here.

makensis runs on Linux, so the script that the Windows CI builds the release with is
compiled in ``make test`` from a tiny fake bundle: a syntax error, a missing include or
a warning (``-WX``) fails here, not on the release day. What the script promises the
office — per user, no administrator rights, never deleting the data — is checked in the
built file's manifest and version resource, and in the script's uninstall section.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from emergency_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "EmergencyDesk.nsi"


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_installer", ROOT / "installer" / "build_installer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_installer"] = module
    spec.loader.exec_module(module)
    return module


def _section(name: str) -> str:
    text = SCRIPT.read_text(encoding="utf-8")
    start = text.index(f'Section "{name}"')
    return text[start : text.index("SectionEnd", start)]


def test_four_part_version() -> None:
    builder = _builder()
    assert builder.app_version() == __version__
    assert builder.four_part("0.1.0") == "0.1.0.0"
    assert builder.four_part("1.2.3rc1") == "1.2.3.0"
    assert builder.four_part("2.0") == "2.0.0.0"


def test_uninstall_removes_only_what_it_installed() -> None:
    uninstall = _section("Uninstall")
    # The install folder itself only if empty; the data folder never named at all.
    assert re.search(r'RMDir\s+/r\s+"\$INSTDIR"', uninstall) is None
    assert re.search(r'RMDir\s+"\$INSTDIR"', uninstall)
    assert "$LOCALAPPDATA\\${APP_KEY}" not in uninstall
    assert 'DeleteRegKey HKCU "Software\\${APP_KEY}"' not in uninstall  # the app's settings
    text = SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"^RequestExecutionLevel user$", text, re.MULTILINE)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_KEY}"' in text


@pytest.mark.skipif(
    _builder().find_makensis() is None,
    reason="makensis is not installed (Debian: apt-get install nsis); the script is not built",
)
def test_makensis_builds_the_installer_from_a_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "EmergencyDesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "EmergencyDesk.exe").write_bytes(b"MZ fake program")
    (bundle / "_internal" / "python311.dll").write_bytes(b"fake library")
    out = tmp_path / "out" / f"EmergencyDesk-{__version__}-setup.exe"
    assert _builder().main([str(bundle), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    assert b'requestedExecutionLevel level="asInvoker"' in data  # no UAC prompt, no admin
    for text in (__version__, "应急管理工作台", "Emergency Desk", "ProductVersion"):
        assert text.encode("utf-16-le") in data, text  # the version info Windows shows


def test_a_missing_bundle_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _builder().main([str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere" in err
