"""A PC without a Chinese font: the Chinese UI would be boxes, so the start says so, once,
in both languages; the README names the packages a plain Linux desktop needs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox

from emergency_desk.ui.shell import app as app_module

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
    )
    return shown


def test_no_chinese_font_is_said_once_in_both_languages(monkeypatch, warnings_shown) -> None:
    asked: list[object] = []

    def families(system=None):  # type: ignore[no-untyped-def]
        asked.append(system)
        return [] if system == QFontDatabase.WritingSystem.SimplifiedChinese else ["DejaVu Sans"]

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(families))
    assert app_module.warn_if_no_cjk_font(None) is True
    assert QFontDatabase.WritingSystem.SimplifiedChinese in asked
    assert len(warnings_shown) == 1
    text = warnings_shown[0]
    assert "中文字体" in text and "No font on this computer can show Chinese" in text
    assert "fonts-noto-cjk" in text


def test_a_chinese_font_means_no_warning(monkeypatch, warnings_shown) -> None:
    monkeypatch.setattr(
        QFontDatabase, "families", staticmethod(lambda system=None: ["Noto Sans CJK SC"])
    )
    assert app_module.warn_if_no_cjk_font(None) is False
    assert warnings_shown == []


def test_readme_names_the_linux_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "fonts-noto-cjk"):
        assert package in readme


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_make_run_leaves_nothing_untracked() -> None:
    """`make run` makes demo.db.lock and backups/ at the repository root."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    for path in ("demo.db.lock", "backups/demo-20260101-120000.db"):
        done = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, check=False)
        assert done.returncode == 0, path
