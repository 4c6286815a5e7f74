"""The printable day log: one day's roster, entries and handovers in a Word file."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from emergency_desk.report.day_log import write_day_log
from emergency_desk.store import Store


def _text(path: Path) -> tuple[str, list[list[str]]]:
    doc = Document(str(path))
    paras = "\n".join(p.text for p in doc.paragraphs)
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    return paras, rows


def test_day_log_has_the_day_and_only_the_day(store: Store, tmp_path: Path) -> None:
    store.insert("duty_roster", {"on_date": "2024-06-15", "leader": "王镇长", "officers": "张三"})
    store.insert(
        "duty_log",
        {
            "received_at": "2024-06-15 08:05",
            "type": "flood",
            "level": "larger",
            "summary": "清水河水位上涨",
            "reported_up_at": "2024-06-15 08:40",
            "reported_to": "县应急管理局",
        },
    )
    store.insert(
        "duty_log",
        {"received_at": "2024-06-16 00:10", "type": "fire", "summary": "次日的记录"},
    )
    gone = store.insert(
        "duty_log", {"received_at": "2024-06-15 09:00", "type": "fire", "summary": "已删除"}
    )
    store.delete("duty_log", gone)
    store.insert(
        "duty_handovers",
        {
            "at": "2024-06-15 17:30",
            "from_officer": "张三",
            "to_officer": "李四",
            "notes": "关注水位",
        },
    )
    path = tmp_path / "day.docx"
    assert write_day_log(store, "2024-06-15", path, "zh", "青石镇应急管理办公室") == 1
    paras, rows = _text(path)
    assert "青石镇应急管理办公室值班日志" in paras and "2024年6月15日" in paras
    assert "王镇长" in paras and "张三 交 李四：关注水位" in paras
    assert rows[0][0] == "接报时间" and len(rows) == 2
    assert rows[1][0] == "08:05" and "清水河水位上涨" in rows[1] and "较大" in rows[1]
    assert "次日的记录" not in paras + str(rows) and "已删除" not in str(rows)


def test_empty_day_in_english(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    assert write_day_log(store, "2024-06-15", path, "en") == 0
    paras, rows = _text(path)
    assert "Duty log" in paras and "No roster for this day." in paras
    assert rows[0][0] == "Received at" and "Nothing was received this day." in rows[1][0]
