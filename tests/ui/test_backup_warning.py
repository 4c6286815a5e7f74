"""The window says, in a message box, when the newest backup would not restore."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from emergency_desk.store import Store
from emergency_desk.store.backup import auto_backup
from emergency_desk.ui.safety.data_safety import back_up_to, start_auto_backup

from .helpers import ops_done


def _damaged_newest(store: Store) -> tuple[Path, Path]:
    """Two daily backups, the newer one torn (as a backup of a damaged file would be)."""
    store.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    older = auto_backup(store, dt.date(2025, 3, 4))
    newer = auto_backup(store, dt.date(2025, 3, 5))
    assert older is not None and newer is not None
    os.utime(older, (1_000_000, 1_000_000))
    newer.write_bytes(newer.read_bytes()[:5000])
    return older, newer


def _record_warnings(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _p, title, text, *a: shown.append(title + "|" + text)),
    )
    return shown


def test_auto_backup_says_the_newest_backup_is_damaged(
    qtbot, window, ui_store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    older, newer = _damaged_newest(ui_store)
    shown = _record_warnings(monkeypatch)
    start_auto_backup(window, dt.date(2025, 3, 5))  # today's is there already: none made
    ops_done(qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    assert len(shown) == 1
    assert "最新的备份已损坏" in shown[0]
    assert f"“{newer.name}”已损坏" in shown[0] and f"“{older.name}”" in shown[0]
    assert "文件 › 备份到" in shown[0]


def test_manual_backup_says_the_newest_backup_is_damaged(
    qtbot, window, ui_store, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    older, newer = _damaged_newest(ui_store)
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shown = _record_warnings(monkeypatch)
    told: list[str] = []  # the completion message, which names where the copy went
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    op = back_up_to(window)
    ops_done(qtbot)
    assert op is not None and op.ok and target.exists()
    assert len(told) == 1 and str(target.resolve()) in told[0]
    assert len(shown) == 1 and newer.name in shown[0] and older.name in shown[0]


def test_every_backup_damaged_is_said_too(qtbot, window, ui_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    older, newer = _damaged_newest(ui_store)
    older.write_bytes(older.read_bytes()[:5000])
    os.utime(older, (1_000_000, 1_000_000))
    shown = _record_warnings(monkeypatch)
    start_auto_backup(window, dt.date(2025, 3, 5))
    ops_done(qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    assert "都已损坏" in shown[0] and newer.name in shown[0]


def test_no_warning_when_the_newest_backup_is_sound(qtbot, window, ui_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ui_store.insert("plans", {"title": "防汛抢险应急预案", "level": "special"})
    auto_backup(ui_store, dt.date(2025, 3, 4))
    shown = _record_warnings(monkeypatch)
    start_auto_backup(window, dt.date(2025, 3, 5))
    ops_done(qtbot)
    qtbot.waitUntil(lambda: "office-2025-03-05.db" in window.statusBar().currentMessage())
    assert shown == []
