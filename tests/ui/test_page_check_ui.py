"""The page check of a big file runs after the window shows; damage still reaches the user.

Same message and restore offer as a damaged file at open, the store read-only with the
banner saying why meanwhile. The size limit is lowered so a small file takes that path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from emergency_desk.store import Store, page_check
from emergency_desk.store.backup import auto_backup
from emergency_desk.ui.safety.data_safety import start_page_check
from tests.test_page_check import _make_db, _scribble_plans

# A page the window does not read while it is built: the damage only the check sees.
AUDIT = "audit_log"


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_check, "DEFER_ABOVE_BYTES", 1024)


def _window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    from emergency_desk.ui.shell.main_window import MainWindow

    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


def test_damage_found_after_the_window_shows_offers_the_backup(
    qtbot, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _make_db(db_path, n=50)
    s = Store.open(db_path)
    auto_backup(s, dt.date(2025, 3, 5))
    s.close()
    _scribble_plans(db_path, AUDIT)
    store = Store.open(db_path, defer_check=True)
    assert store.page_check is not None
    w = _window(qtbot, store)
    seen: list[str] = []

    def click_restore(box):  # type: ignore[no-untyped-def]
        seen.append(box.text() + "|" + box.informativeText())
        seen.append(w.read_only_label.text())  # what the banner said meanwhile
        restore = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        monkeypatch.setattr(box, "clickedButton", lambda: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    followed: list[str] = []
    start_page_check(w, lambda: followed.append("backup and operator"))
    qtbot.waitUntil(lambda: w.store is not store, timeout=20000)
    assert "已损坏" in seen[0] and "office-2025-03-05.db" in seen[0]
    assert "已损坏" in seen[1] and "只能查看" in seen[1]
    assert followed == []  # no backup of a damaged file, no write
    assert w.store.total("plans") == 50 and not w.store.read_only
    assert not w.read_only_banner.isVisible()
    assert list((db_path.parent / "backups").glob("*before-restore*.damaged"))
    w.store.close()


def test_damage_without_a_backup_leaves_the_window_read_only(
    qtbot, db_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _make_db(db_path, n=50)
    _scribble_plans(db_path, AUDIT)
    store = Store.open(db_path, defer_check=True)
    w = _window(qtbot, store)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    start_page_check(w)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "已损坏" in told[0]
    assert store.read_only and store.read_only_reason == "damaged"
    assert w.read_only_banner.isVisible() and "已损坏" in w.read_only_label.text()
    assert not w.register_tabs["plans"].new_button.isEnabled()
    w.grab().save("/tmp/page_check_damaged.png")
    store.close()


def test_sound_file_goes_on_to_the_backup_and_the_prompt(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _make_db(db_path, n=5)
    store = Store.open(db_path, defer_check=True)
    w = _window(qtbot, store)
    followed: list[str] = []
    start_page_check(w, lambda: followed.append("next"))
    qtbot.waitUntil(lambda: followed == ["next"], timeout=20000)
    assert store.page_check is None and not store.read_only
    assert not w.read_only_banner.isVisible()
    store.close()
