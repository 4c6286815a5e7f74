"""The main window: tabs, menus, jumping to a record, switching databases, settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from emergency_desk import __version__
from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.shell import app_settings as settings_mod
from emergency_desk.ui.shell.app_settings import app_settings, last_database, recent_files

from .helpers import run_modal


def test_tabs_titles_and_menus(window) -> None:
    assert list(window.register_tabs) == [
        "plans",
        "drills",
        "hazards",
        "materials",
        "duty",
        "activities",
        "teams",
        "contacts",
        "shelters",
        "risk_points",
        "warnings",
        "incidents",
    ]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:5] == ["工作概览", "应急预案", "应急演练", "隐患排查", "应急物资"]
    assert titles[6:] == [
        "宣传培训",
        "应急队伍",
        "应急联系人",
        "应急避难场所",
        "风险隐患点",
        "预警信息与叫应",
        "突发事件与灾情",
        "年度总结",
    ]
    assert window.windowTitle().endswith("office.db")
    assert window.file_menu.actions() and window.help_menu.actions()
    assert window.tools_menu.menuAction().isVisible()  # Recycle bin, Audit log… are in it
    window.tools_menu.addAction("设置…")
    assert window.tools_menu.menuAction().isVisible()
    duty = window.register_tabs["duty"]
    assert [duty.tabs.tabText(i) for i in range(3)] == ["值班记录", "值班表", "交接班"]


def test_about_shows_the_version(window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    window.about_action.trigger()
    assert __version__ in shown[0]
    # It names every register the office keeps, the newer ledgers too.
    for title in ("隐患排查", "应急联系人", "应急避难场所", "突发事件与灾情"):
        assert title in shown[0], title


def test_add_tab_and_open_record(qtbot, window) -> None:
    store: Store = window.store
    overview = window.add_tab(QLabel("overview"), "总览", 0)
    built: list[Store] = []

    def summary(s: Store) -> QLabel:
        built.append(s)
        return QLabel("summary")

    window.add_tab(summary, "年度总结")
    assert window.tabs.widget(0) is overview and window.tabs.tabText(0) == "总览"
    assert window.tabs.tabText(window.tabs.count() - 1) == "年度总结"

    entry = store.insert("duty_roster", {"on_date": "2024-07-08", "officers": "赵磊"})
    seen: list[Any] = []
    run_modal(lambda: window.open_record("duty_roster", entry), lambda d: seen.append(d))
    duty = window.register_tabs["duty"]
    assert window.tabs.currentWidget() is duty
    assert duty.tabs.currentWidget() is duty.sub_tabs["duty_roster"]
    assert seen[0].table.name == "duty_roster" and seen[0].record_id == entry

    drill = store.insert("drills", {"held_on": "2024-05-12", "title": "演练", "form": "live"})
    action = store.insert("drill_actions", {"drill_id": drill, "action": "整改"})
    seen.clear()
    run_modal(lambda: window.open_record("drill_actions", action), lambda d: seen.append(d))
    assert seen[0].record_id == drill and hasattr(seen[0], "actions")
    assert built == []  # a factory's tab is built when first shown
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    assert built == [store]
    assert window.tabs.currentWidget().text() == "summary"
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    assert len(built) == 1


def test_open_record_clears_filters_that_hide_it(qtbot, window) -> None:
    store: Store = window.store
    rid = store.insert("plans", {"title": "地震应急预案", "level": "special"})
    store.insert("plans", {"title": "防汛应急预案", "level": "special"})
    tab = window.register_tabs["plans"]
    tab.search_edit.setText("防汛")
    tab.apply_filters()
    assert tab.model.rowCount() == 1
    run_modal(lambda: window.open_record("plans", rid), lambda d: None)
    assert tab.current_id() == rid and tab.model.rowCount() == 2


def test_switching_database_rebuilds_tabs_and_remembers_it(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    other = tmp_path / "other.db"
    seed = Store.open(other)
    seed.insert("plans", {"title": "另一库的预案", "level": "overall"})
    seed.close()
    factory_stores: list[Store] = []
    window.add_tab(lambda s: (factory_stores.append(s), QLabel("x"))[1], "总览", 0)
    changed: list[Store] = []
    window.store_changed.connect(changed.append)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    old_plans = window.register_tabs["plans"]
    window.open_db_action.trigger()
    assert window.store.path == other
    assert changed == [window.store]
    assert window.register_tabs["plans"] is not old_plans
    assert window.register_tabs["plans"].model.rowCount() == 1
    assert window.windowTitle().endswith("other.db")
    assert window.tabs.tabText(0) == "总览"
    window.tabs.setCurrentIndex(0)  # a factory's tab is built when shown, on the new store
    assert factory_stores == [window.store]
    assert last_database() == other.resolve()
    assert recent_files()[0] == other.resolve()


def test_new_database_creates_an_empty_one(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    window.store.insert("plans", {"title": "旧库预案", "level": "overall"})
    target = tmp_path / "fresh"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.new_db_action.trigger()
    assert window.store.path == target.with_suffix(".db")
    assert window.store.count(ListQuery("plans")) == 0
    # An existing file is not overwritten by "New".
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text))
    )
    window.new_db_action.trigger()
    assert warned and window.store.path == target.with_suffix(".db")


def test_unusable_file_shows_a_message_and_keeps_the_database(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("这不是数据库" * 200, encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: errors.append(text))
    )
    before = window.store
    assert not window.switch_database(bad)
    assert errors and "notes.db" in errors[0] and "Traceback" not in errors[0]
    assert window.store is before
    window.store.count(ListQuery("plans"))  # still open and usable


def test_geometry_and_settings_stay_in_the_temporary_scope(qtbot, window, temp_settings) -> None:
    window.close()
    assert app_settings().value(settings_mod.KEY_GEOMETRY) is not None
    assert Path(app_settings().fileName()).is_relative_to(temp_settings)


def test_run_gui_with_a_bad_file_exits_2(qtbot, tmp_path: Path, monkeypatch) -> None:
    from emergency_desk.ui.shell.app import run_gui

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 100)
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: errors.append(text))
    )
    assert run_gui(bad) == 2
    assert errors and "bad.db" in errors[0]


def test_run_gui_opens_the_window_and_remembers_the_file(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from emergency_desk.ui.shell import app as app_mod

    db = tmp_path / "office.db"
    shown: list[Any] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.append(self.activeWindow()) or 0)
    assert app_mod.run_gui(db) == 0
    assert last_database() == db.resolve()
    assert app_mod.choose_database(None) == db.resolve()
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    assert len(shown) == 1  # the event loop was entered once, with the window built
    ours = [w for w in windows if w.store.path and Path(w.store.path) == db.resolve()]
    assert len(ours) == 1 and ours[0].isVisible()  # other tests' windows may linger
    for w in windows:
        w.close()
        w.deleteLater()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ui_language_setting(lang: str) -> None:
    from emergency_desk.ui.shell.lang import set_ui_lang, ui_lang

    set_ui_lang(None)
    app_settings().setValue(settings_mod.KEY_LANGUAGE, lang)
    assert ui_lang() == lang


def _damaged_with_backup(path: Path) -> None:
    """``path`` with one plan, backed up, then cut short as a failing disk would leave it."""
    from emergency_desk.store.backup import auto_backup

    s = Store.open(path)
    s.insert("plans", {"title": "备份里的预案", "level": "overall"})
    auto_backup(s, dt.date(2025, 3, 5))
    s.close()
    path.write_bytes(path.read_bytes()[:5000])


def _answer_open_failure(monkeypatch, role: QMessageBox.ButtonRole) -> list[str]:  # type: ignore[no-untyped-def]
    """Click the button with ``role`` in the open-failure box, recording what it said."""
    seen: list[str] = []

    def fake_exec(box):  # type: ignore[no-untyped-def]
        seen.append(box.text() + "|" + box.informativeText())
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        monkeypatch.setattr(box, "clickedButton", lambda: button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_opening_a_damaged_file_offers_its_newest_backup(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    other = tmp_path / "township.db"
    _damaged_with_backup(other)
    seen = _answer_open_failure(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    before = window.store
    assert window.switch_database(other)
    assert "已损坏" in seen[0] and "township-2025-03-05.db" in seen[0]
    assert window.store is not before and window.store.path == other
    plans = window.register_tabs["plans"].model
    assert plans.rowCount() == 1
    assert window.store.get("plans", plans.record_id(0))["title"] == "备份里的预案"


def test_declining_the_backup_keeps_the_current_database(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    other = tmp_path / "township.db"
    _damaged_with_backup(other)
    damaged = other.read_bytes()
    seen = _answer_open_failure(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    before = window.store
    assert not window.switch_database(other)
    assert seen and window.store is before
    window.store.count(ListQuery("plans"))  # still open and usable
    assert other.read_bytes() == damaged
