"""Data safety in the GUI: recycle bin, audit log, history, read-only banner, backup/restore."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from emergency_desk.store import ListQuery, OpenError, Store
from emergency_desk.store.backup import auto_backup, backup_dir
from emergency_desk.ui.safety.audit_text import action_label
from emergency_desk.ui.safety.audit_viewer import AuditViewerDialog
from emergency_desk.ui.safety.data_safety import (
    back_up_to,
    prompt_operator,
    restore_from_file,
    start_auto_backup,
)
from emergency_desk.ui.safety.history_dialog import HistoryDialog
from emergency_desk.ui.safety.recycle_bin import RecycleBinDialog
from emergency_desk.ui.shell.open_failure import handle_open_failure

from .helpers import ops_done

ROOT = Path(__file__).resolve().parent.parent.parent


def _select_row(table, row: int) -> None:  # type: ignore[no-untyped-def]
    table.selectRow(row)


def test_recycle_bin_lists_all_registers_and_restores(qtbot, window, ui_store) -> None:  # type: ignore[no-untyped-def]
    plan = ui_store.insert("plans", {"title": "防汛预案", "level": "special"})
    hazard = ui_store.insert(
        "hazards", {"found_on": "2025-04-01", "name": "边坡滑移", "category": "geological"}
    )
    ui_store.insert("plans", {"title": "保留的预案", "level": "overall"})
    ui_store.delete("plans", plan)
    ui_store.delete("hazards", hazard)
    plans_tab = window.register_tabs["plans"]
    assert plans_tab.model.rowCount() == 1  # the deleted one counts nowhere

    dialog = RecycleBinDialog(ui_store, window)
    qtbot.addWidget(dialog)
    shown = {dialog.list.item(r, 1).text() for r in range(dialog.list.rowCount())}
    assert shown == {"防汛预案", "边坡滑移"}
    registers = {dialog.list.item(r, 0).text() for r in range(dialog.list.rowCount())}
    assert registers == {"应急预案", "隐患排查"}
    assert not dialog.restore_button.isEnabled()
    row = next(r for r in range(2) if dialog.list.item(r, 1).text() == "防汛预案")
    _select_row(dialog.list, row)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.list.rowCount() == 1 and dialog.list.item(0, 1).text() == "边坡滑移"
    assert ui_store.get("plans", plan)["deleted_at"] is None
    qtbot.waitUntil(lambda: plans_tab.model.rowCount() == 2)
    dialog.grab().save("/tmp/recycle_bin.png")


def test_delete_permanently_asks_first(qtbot, ui_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    plan = ui_store.insert("plans", {"title": "旧预案", "level": "overall"})
    ui_store.delete("plans", plan)
    dialog = RecycleBinDialog(ui_store)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def warning(_p, _t, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    _select_row(dialog.list, 0)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert "旧预案" in asked[0] and ui_store.exists("plans", plan, live=False)
    answer[0] = QMessageBox.StandardButton.Yes
    _select_row(dialog.list, 0)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert not ui_store.exists("plans", plan, live=False)
    assert dialog.list.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)


def test_recycle_bin_pages(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction():
        for i in range(130):
            store.delete("plans", store.insert("plans", {"title": f"p{i}", "level": "overall"}))
    dialog = RecycleBinDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() == 100 and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.list.rowCount() == 30 and not dialog.next_button.isEnabled()
    assert "101–130" in dialog.count_label.text()


def test_audit_viewer_filters(qtbot, ui_store) -> None:  # type: ignore[no-untyped-def]
    ui_store.set_setting("operator", "张三")
    plan = ui_store.insert("plans", {"title": "森林防火预案", "level": "special"})
    ui_store.update("plans", plan, {"status": "revising"})
    ui_store.insert(
        "activities", {"held_on": "2025-05-12", "kind": "publicity", "title": "防灾减灾日"}
    )
    ui_store.delete("plans", plan)
    dialog = AuditViewerDialog(ui_store)
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() == 5  # the operator setting is audited too
    assert dialog.list.item(0, 2).text() == action_label("delete")  # newest first
    assert dialog.list.item(4, 3).text() == "设置" and dialog.list.item(4, 4).text() == ""
    assert "张三" in dialog.list.item(0, 1).text()
    dialog.table_filter.setCurrentIndex(dialog.table_filter.findData("plans"))
    assert dialog.list.rowCount() == 3
    dialog.action_filter.setCurrentIndex(dialog.action_filter.findData("update"))
    assert dialog.list.rowCount() == 1
    changes = dialog.list.item(0, 5).text()
    assert "状态" in changes and "现行" in changes and "修订中" in changes
    dialog.table_filter.setCurrentIndex(0)
    dialog.action_filter.setCurrentIndex(0)
    dialog.text_filter.setText("防灾")  # typed CJK via an input method, not key events
    qtbot.keyClick(dialog.text_filter, Qt.Key.Key_Return)
    assert dialog.list.rowCount() == 1
    assert "防灾减灾日" in dialog.list.item(0, 4).text()
    dialog.grab().save("/tmp/audit_viewer.png")


def test_history_from_the_register_tab(qtbot, window, ui_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ui_store.set_setting("operator", "李四")
    plan = ui_store.insert("plans", {"title": "地震应急预案", "level": "special"})
    ui_store.update("plans", plan, {"lead_unit": "镇应急办"})
    tab = window.register_tabs["plans"]
    tab.refresh()
    assert tab.select_record(plan)
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    button = tab.findChild(type(tab.new_button), "historyButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    html = shown[0].text.toPlainText()
    assert "镇应急办" in html and "李四" in html and "牵头单位" in html
    assert html.index("镇应急办") < html.index("地震应急预案")  # newest first


def test_read_only_banner_when_another_copy_has_the_database(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    from emergency_desk.ui.shell.main_window import MainWindow

    Store.open(db_path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys
                from emergency_desk.store import Store
                s = Store.open(sys.argv[1])
                print("ok", flush=True)
                sys.stdin.readline()
                """
            ),
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        store = Store.open(db_path)
        assert store.locked_by_other
        w = MainWindow(store)
        qtbot.addWidget(w)
        w.show()
        assert w.read_only_banner.isVisible()
        assert "另一个应急管理工作台" in w.read_only_label.text()
        assert not w.register_tabs["plans"].new_button.isEnabled()
        w.grab().save("/tmp/read_only_banner.png")
        store.close()
    finally:
        holder.communicate("\n", timeout=20)


def test_no_banner_when_writable(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    assert not window.read_only_banner.isVisible()


def test_back_up_and_restore_from_the_file_menu(
    qtbot, window, ui_store, tmp_path, monkeypatch, yes_to_questions
) -> None:  # type: ignore[no-untyped-def]
    ui_store.insert("plans", {"title": "备份前", "level": "overall"})
    target = tmp_path / "usb" / "copy.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    assert window.findChild(type(window.quit_action), "backupAction") is not None
    backup = back_up_to(window)
    ops_done(qtbot)
    assert backup is not None and backup.ok and target.exists()
    assert "copy.db" in window.statusBar().currentMessage()
    # Said in a message the user must close, with the whole path (issue 15.8).
    assert told == [f"备份已完成并通过检查，保存为：\n{target.resolve()}"]
    window.store.insert("plans", {"title": "备份后", "level": "overall"})
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    restore = restore_from_file(window)
    ops_done(qtbot)
    assert restore is not None and restore.ok
    assert "copy.db" in yes_to_questions[0]
    titles = [r["title"] for r in window.store.db.query("SELECT title FROM plans")]
    assert titles == ["备份前"]
    assert not window.store.read_only
    qtbot.waitUntil(lambda: window.register_tabs["plans"].model.rowCount() == 1)
    saved = list(backup_dir(window.store.path).glob("*before-restore*"))
    assert len(saved) == 1
    window.store.close()


def test_restore_refuses_a_bad_file(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(3000))
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    assert restore_from_file(window, junk) is None  # refused before any work started
    assert "不是应急管理工作台的数据库文件" in warned[0]


def test_damaged_file_offers_the_newest_good_backup(qtbot, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    s = Store.open(db_path)
    s.insert("plans", {"title": "备份里的预案", "level": "overall"})
    auto_backup(s, dt.date(2025, 3, 5))
    s.close()
    db_path.write_bytes(db_path.read_bytes()[:5000])
    with pytest.raises(OpenError) as info:
        Store.open(db_path)

    seen: list[str] = []

    def fake_exec(box):  # type: ignore[no-untyped-def]
        seen.append(box.text() + "|" + box.informativeText())
        restore = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        box.setProperty("_clicked", True)
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    restored = handle_open_failure(None, info.value, db_path)
    assert restored is not None
    assert "已损坏" in seen[0] and "office-2025-03-05.db" in seen[0]
    assert restored.total("plans") == 1
    restored.close()


def test_auto_backup_runs_off_the_gui_thread(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.store.insert("plans", {"title": "防汛应急预案", "level": "special"})
    op = start_auto_backup(window, dt.date(2025, 3, 5))
    assert op.thread is not None and op.thread is not threading.main_thread()
    ops_done(qtbot)
    copy = Store.open(backup_dir(window.store.path) / "office-2025-03-05.db", read_only=True)
    try:  # the backup holds the data, not just a file of that name
        assert [r["title"] for r in copy.rows(ListQuery("plans"))] == ["防汛应急预案"]
    finally:
        copy.close()
    qtbot.waitUntil(lambda: "office-2025-03-05.db" in window.statusBar().currentMessage())


def test_operator_is_asked_once(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def get_text(*_a, **_k):  # type: ignore[no-untyped-def]
        asked.append("x")
        return "王值班", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    window.store.set_setting("office_name", "青石镇应急办")  # no first-run setup due
    prompt_operator(window)
    prompt_operator(window)
    assert asked == ["x"]
    assert window.store.operator == "王值班"
    window.store.insert("plans", {"title": "有人名", "level": "overall"})
    assert window.store.audit_page()[0]["operator"] == "王值班"


def test_a_restore_the_folder_refuses_says_why(qtbot, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The offered backup cannot be written back (a pulled USB stick): a message, no crash."""
    from emergency_desk.ui.shell import open_failure

    s = Store.open(db_path)
    auto_backup(s, dt.date(2025, 3, 5))
    s.close()
    db_path.write_bytes(db_path.read_bytes()[:5000])
    with pytest.raises(OpenError) as info:
        Store.open(db_path)

    def accept_restore(box):  # type: ignore[no-untyped-def]
        restore = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    def refuse(*_a: object) -> None:
        raise PermissionError(13, "Permission denied")

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", accept_restore)
    monkeypatch.setattr(open_failure, "restore_from", refuse)
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    assert handle_open_failure(None, info.value, db_path) is None
    assert len(shown) == 1 and "无法打开" in shown[0] and "Permission denied" in shown[0]


def test_a_restore_that_fails_midway_says_why_and_reopens_the_database(
    qtbot, window, ui_store, tmp_path, monkeypatch, yes_to_questions
) -> None:  # type: ignore[no-untyped-def]
    from emergency_desk.ui.safety import data_safety

    ui_store.insert("plans", {"title": "恢复前", "level": "overall"})
    target = tmp_path / "usb" / "copy.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    back_up_to(window)
    ops_done(qtbot)
    assert target.exists()

    def pulled_stick(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(data_safety, "restore_from", pulled_stick)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    restore = restore_from_file(window, target)
    ops_done(qtbot)
    assert restore is not None and restore.ok is False
    assert shown and "Input/output error" in shown[0]
    assert [r["title"] for r in window.store.db.query("SELECT title FROM plans")] == ["恢复前"]
    window.store.close()
