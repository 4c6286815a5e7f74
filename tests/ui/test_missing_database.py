"""The last database is not there at start (a USB stick not plugged in, a new drive letter).

Simulated on Linux: the remembered last database names a file in a folder that does not
exist (the stick's drive), and the default database lives in a temporary data folder.
The start must say so and let the user choose, never open the empty default silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from emergency_desk.store import Store
from emergency_desk.ui.shell import app as app_mod
from emergency_desk.ui.shell.app_settings import last_database, remember_database

from .helpers import run_modal


@pytest.fixture
def stick_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A last database on an unplugged stick (E:), the default in a temporary data folder."""
    stick = tmp_path / "E_drive"
    stick.mkdir()
    on_stick = stick / "乡镇台账.db"
    Store.open(on_stick).close()
    remember_database(on_stick)
    stick.rename(tmp_path / "unplugged")  # the stick is pulled out: the path is gone
    default = tmp_path / "data" / "emergency_desk.db"
    monkeypatch.setattr(app_mod, "default_database", lambda: default)
    return {"last": on_stick.resolve(), "default": default, "stick": stick}


def _click(name: str, seen: list[str]) -> Any:
    def handler(box: Any) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "missingDatabase"
        seen.append(box.text() + "\n" + box.informativeText())
        button = box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return handler


def test_a_missing_last_database_is_said_and_the_default_opens_only_when_chosen(
    qtbot, stick_missing: dict[str, Path]
) -> None:
    seen: list[str] = []
    chosen = run_modal(lambda: app_mod.choose_database(None), _click("useDefault", seen))
    assert chosen == stick_missing["default"]
    assert seen, "the start said nothing about the missing database"
    assert str(stick_missing["last"]) in seen[0]
    assert "找不到" in seen[0] and "U盘" in seen[0]  # in the user's language
    assert stick_missing["default"].parent.is_dir()


def test_locate_opens_the_file_under_its_new_drive_letter_and_remembers_it(
    qtbot, stick_missing: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = stick_missing["stick"].parent / "unplugged" / "乡镇台账.db"
    asked: list[str] = []

    def pick(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(moved), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    seen: list[str] = []
    assert run_modal(lambda: app_mod.run_gui(None), _click("locate", seen)) == 0
    assert seen and asked
    assert last_database() == moved.resolve()  # the next start opens it directly
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    ours = [w for w in windows if w.store.path and Path(w.store.path) == moved.resolve()]
    assert len(ours) == 1
    for w in windows:
        w.close()
        w.store.close()
        w.deleteLater()
    assert not stick_missing["default"].exists()  # the empty default was never made


def test_try_again_once_the_stick_is_plugged_in(qtbot, stick_missing: dict[str, Path]) -> None:
    def plug_in_then_retry(box: Any) -> None:
        (stick_missing["stick"].parent / "unplugged").rename(stick_missing["stick"])
        _click("retry", [])(box)

    chosen = run_modal(lambda: app_mod.choose_database(None), plug_in_then_retry)
    assert chosen == stick_missing["last"]


def test_quit_opens_nothing(qtbot, stick_missing: dict[str, Path], monkeypatch) -> None:
    entered: list[bool] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: entered.append(True) or 0)
    assert run_modal(lambda: app_mod.run_gui(None), _click("quit", [])) == 0
    assert not entered and not stick_missing["default"].exists()


def test_no_question_when_the_default_itself_was_the_last(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "emergency_desk.db"
    monkeypatch.setattr(app_mod, "default_database", lambda: default)
    remember_database(default)  # first start after the data folder was emptied
    assert app_mod.choose_database(None) == default
