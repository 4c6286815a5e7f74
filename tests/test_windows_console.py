"""Windows consoles simulated on Linux: code-page output and the CLI's language.

A redirected ``check > out.txt`` on Chinese Windows is encoded in cp936 (``gbk``) with
``errors="strict"``; ``PYTHONIOENCODING`` gives a Linux process the same streams.
"""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from emergency_desk.cli import lang
from emergency_desk.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _db_with_a_rare_character(tmp_path: Path) -> Path:
    db = tmp_path / "office.db"
    s = Store.open(db)
    s.insert(
        "hazards",
        {
            "found_on": "2020-03-05",
            "name": "䶮村河堤渗漏",
            "category": "flood",
            "deadline": "2020-04-01",
        },
    )
    s.close()
    return db


@pytest.mark.parametrize("encoding", ["gbk", "cp1252"])
def test_check_redirected_in_a_windows_code_page_never_fails(tmp_path: Path, encoding: str) -> None:
    db = _db_with_a_rare_character(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": encoding, "LANG": "zh_CN.UTF-8", "LC_ALL": ""}
    result = subprocess.run(
        [sys.executable, "-m", "emergency_desk", "--db", str(db), "check"],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    err = result.stderr.decode(encoding, errors="replace")
    assert result.returncode == 0, err
    assert "Traceback" not in err and "crash" not in err
    out = result.stdout.decode(encoding)
    assert "\\u4dae" in out  # the one character the code page lacks, written legibly
    if encoding == "gbk":
        assert "村河堤渗漏" in out  # everything else as it is


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """``sys.platform`` win32, a registry and a Windows UI language the test sets."""
    state: dict[str, object] = {"saved": None, "langid": 0x0804}
    monkeypatch.setattr(lang.sys, "platform", "win32")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)

    class Key:
        def __enter__(self) -> Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def open_key(root: object, path: str) -> Key:
        assert path == r"Software\EmergencyDesk\EmergencyDesk\ui"
        if state["saved"] is None:
            raise FileNotFoundError(2, "not found")
        return Key()

    winreg = types.SimpleNamespace(
        HKEY_CURRENT_USER=object(),
        OpenKey=open_key,
        QueryValueEx=lambda key, name: (state["saved"], 1),
    )
    monkeypatch.setitem(sys.modules, "winreg", winreg)
    kernel32 = types.SimpleNamespace(GetUserDefaultUILanguage=lambda: state["langid"])
    import ctypes

    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    return state


def test_chinese_windows_without_lang_speaks_chinese(windows: dict[str, object]) -> None:
    assert lang.cli_lang() == "zh"
    windows["langid"] = 0x0404  # zh-TW is Chinese too
    assert lang.cli_lang() == "zh"
    windows["langid"] = 0x0409
    assert lang.cli_lang() == "en"


def test_the_language_chosen_in_settings_wins_on_windows(
    windows: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    windows["saved"] = "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert lang.cli_lang() == "en"
    windows["saved"] = "zh"
    windows["langid"] = 0x0409
    assert lang.cli_lang() == "zh"
