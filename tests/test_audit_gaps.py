"""Settings, the office's summary texts and restores leave audit rows, before and after.

Issue 14 point 7: 76 of 352 changing actions in a random sequence left no audit row.
The rows keep the audit log's format, so the audit viewer shows them like any other.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from emergency_desk.store import Store
from emergency_desk.store.backup import backup_to, restore_from


def _rows(store: Store, table: str) -> list[dict]:
    return [e for e in reversed(store.audit_page(table=table)) if e["table_name"] == table]


def test_a_settings_change_is_audited_with_before_and_after(store: Store) -> None:
    store.operator = "王伟"
    store.set_setting("office_name", "某县青石镇应急管理办公室")
    store.set_setting("office_name", "某县青石镇人民政府应急管理办公室")
    store.set_setting("office_name", "某县青石镇人民政府应急管理办公室")  # no change
    rows = _rows(store, "settings")
    assert [(r["action"], r["before"], r["after"]) for r in rows] == [
        ("update", {"office_name": None}, {"office_name": "某县青石镇应急管理办公室"}),
        (
            "update",
            {"office_name": "某县青石镇应急管理办公室"},
            {"office_name": "某县青石镇人民政府应急管理办公室"},
        ),
    ]
    assert rows[-1]["operator"] == "王伟"


def test_a_summary_text_change_is_audited_with_before_and_after(store: Store) -> None:
    store.set_report_text(2025, "zh", "opening", "今年以来，我镇坚持人民至上、生命至上。")
    store.set_report_text(2025, "zh", "opening", None)  # back to the suggested text
    rows = _rows(store, "report_texts")
    assert [(r["record_id"], r["before"], r["after"]) for r in rows] == [
        (2025, {"zh.opening": None}, {"zh.opening": "今年以来，我镇坚持人民至上、生命至上。"}),
        (2025, {"zh.opening": "今年以来，我镇坚持人民至上、生命至上。"}, {"zh.opening": None}),
    ]


def test_a_failed_settings_write_leaves_no_audit_row(store: Store) -> None:
    with pytest.raises(TypeError):
        store.set_setting("office_name", object())
    assert _rows(store, "settings") == []


def test_a_restore_leaves_an_audit_row_in_the_restored_database(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    s = Store.open(db)
    s.set_setting("operator", "李娜")
    s.insert("plans", {"title": "青石镇防汛应急预案", "level": "special"})
    backup = backup_to(s, tmp_path / "usb" / "backup.db")
    s.insert("plans", {"title": "误录的预案", "level": "special"})
    s.close()

    saved = restore_from(backup, db)

    s = Store.open(db)
    try:
        assert s.total("plans") == 1
        (row,) = _rows(s, "database")
        assert row["action"] == "restore" and row["operator"] == "李娜"
        assert row["before"] == {"database": str(saved)}
        assert row["after"] == {"database": str(backup.resolve())}
    finally:
        s.close()


def test_the_audit_viewer_names_the_new_rows(store: Store) -> None:
    pytest.importorskip("PySide6")
    from emergency_desk.ui.safety.audit_text import change_lines, table_label

    store.set_setting("office_name", "某县青石镇应急管理办公室")
    (row,) = _rows(store, "settings")
    assert table_label("settings", "zh") == "设置"
    assert table_label("report_texts", "en") == "Summary texts"
    assert table_label("database", "zh") == "数据库"
    assert change_lines(row, "zh") == ["office_name：— → 某县青石镇应急管理办公室"]
    restore = {
        "action": "restore",
        "table_name": "database",
        "before": {"database": "/d/office-before-restore.db"},
        "after": {"database": "/usb/backup.db"},
    }
    assert change_lines(restore, "en") == ["database: /d/office-before-restore.db → /usb/backup.db"]
