"""File › 生成上报数据包… (a township) and File › 导入乡镇数据包… (a county), driven as a user."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QPushButton

from emergency_desk.county import make_package
from emergency_desk.store import Store
from emergency_desk.store.county import townships

from .helpers import ops_done, run_modal

TOWN = {"area_code": "430723104000", "office_name": "青石镇应急管理办公室"}


def _menu_shows(window: Any) -> dict[str, bool]:
    window.file_menu.aboutToShow.emit()
    return {
        name: window.findChild(type(window.quit_action), name).isVisible()
        for name in ("makePackageAction", "takePackagesAction")
    }


def _action(window: Any, name: str) -> Any:
    return window.findChild(type(window.quit_action), name)


def _then(handlers: list[Callable[[Any], None]], seen: list[str]) -> Callable[[Any], None]:
    """The first modal's handler; each later modal (opened by the one before) gets the next."""

    def handle(dialog: Any, rest: list[Callable[[Any], None]] = handlers) -> None:
        seen.append(dialog.objectName())
        first, later = rest[0], rest[1:]
        if later:

            def poke(tries: int = 300) -> None:
                nxt = QApplication.activeModalWidget()
                if nxt is None or nxt is dialog:
                    if tries:
                        QTimer.singleShot(10, lambda: poke(tries - 1))
                    return
                try:
                    handle(nxt, later)
                finally:
                    if nxt.isVisible():
                        nxt.done(QDialog.DialogCode.Rejected)

            QTimer.singleShot(0, poke)
        first(dialog)

    return handle


def _click(name: str, texts: list[str] | None = None) -> Callable[[Any], None]:
    def handler(box: Any) -> None:
        if texts is not None:
            texts.append(box.text())
        box.findChild(QPushButton, name).click()

    return handler


def test_the_menu_offers_what_the_level_does(window) -> None:
    assert _menu_shows(window) == {"makePackageAction": True, "takePackagesAction": False}
    window.store.set_setting("level", "county")
    assert _menu_shows(window) == {"makePackageAction": False, "takePackagesAction": True}


def test_a_package_without_area_code_names_the_setting_and_opens_settings(
    qtbot, window, monkeypatch
) -> None:
    window.store.set_setting("office_name", TOWN["office_name"])
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: asked.append(a)))
    texts: list[str] = []
    seen: list[str] = []
    handler = _then([_click("openSettings", texts), lambda _settings: None], seen)
    run_modal(_action(window, "makePackageAction").trigger, handler)
    assert texts[0].startswith("尚未设置“行政区划代码”，") and "“单位名称”" not in texts[0]
    assert seen == ["settingNeeded", "settingsDialog"]  # Settings opened from the message
    assert not asked  # no file asked for, no package written


def test_a_township_makes_its_package_from_the_menu(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    for key, value in TOWN.items():
        window.store.set_setting(key, value)
    window.store.insert("plans", {"title": "防汛应急预案", "level": "special"})
    stick = tmp_path / "U盘"
    stick.mkdir()
    starts: list[str] = []

    def ask(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(stick / "青石镇上报"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    _action(window, "makePackageAction").trigger()
    ops_done(qtbot)
    target = stick / "青石镇上报.edpkg"
    assert Path(starts[0]).name.startswith("青石镇应急管理办公室-")
    with zipfile.ZipFile(target) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["area_code"] == TOWN["area_code"] and manifest["sequence"] == 1
    assert manifest["counts"]["plans"] == 1
    box = window.findChild(QMessageBox, "packageMade")
    assert box is not None and box.isVisible()
    assert str(target) in box.text() and "第 1 号数据包" in box.text()  # says where it went
    assert "U盘" in box.informativeText()
    box.close()


@pytest.fixture
def packages(tmp_path: Path) -> dict[str, Path]:
    """A package from a township of the county, one from outside it, and a damaged file."""
    made = {}
    for name, code, office in (
        ("inside", "430723104000", "青石镇应急管理办公室"),
        ("outside", "440106001000", "外县某街道应急办"),
    ):
        store = Store.open(tmp_path / f"{name}.db")
        store.set_setting("area_code", code)
        store.set_setting("office_name", office)
        store.insert("plans", {"title": f"{office}防汛预案", "level": "special"})
        made[name] = make_package(store, tmp_path / f"{name}.edpkg").path
        store.close()
    damaged = tmp_path / "damaged.edpkg"
    damaged.write_bytes(made["inside"].read_bytes()[:300])
    made["damaged"] = damaged
    return made


def test_a_county_takes_several_packages_and_lists_the_refused_ones(
    qtbot, window, packages: dict[str, Path], monkeypatch
) -> None:
    window.store.set_setting("level", "county")
    window.store.set_setting("area_code", "430723000000")
    chosen = [str(packages[k]) for k in ("inside", "outside", "damaged")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen, "")))
    _action(window, "takePackagesAction").trigger()
    ops_done(qtbot)
    assert [t.code for t in townships(window.store)] == ["430723104000"]  # only the good one
    dialog = window.findChild(QDialog, "packagesTaken")
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert [r[0] for r in rows] == ["inside.edpkg", "outside.edpkg", "damaged.edpkg"]
    assert rows[0][1] == "青石镇应急管理办公室（430723104000）"
    assert rows[0][2].startswith("已导入第 1 号数据包")
    assert rows[1][2].startswith("未导入：") and "不属于本县" in rows[1][2]
    assert rows[2][2].startswith("未导入：") and "损坏" in rows[2][2]
    summary = dialog.findChild(QLabel, "summary").text()
    assert "1 个数据包已导入" in summary and "2 个数据包未导入" in summary
    dialog.close()


def test_a_county_without_its_area_code_is_told_which_setting(qtbot, window, monkeypatch) -> None:
    window.store.set_setting("level", "county")
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: asked.append(a)))
    texts: list[str] = []
    run_modal(_action(window, "takePackagesAction").trigger, lambda box: texts.append(box.text()))
    assert texts and "“行政区划代码”" in texts[0] and not asked
