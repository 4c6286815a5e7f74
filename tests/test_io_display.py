"""Import messages quote values as people write them: dates and choices, not storage."""

from __future__ import annotations

from pathlib import Path

from emergency_desk.io.importer import prepare_import
from emergency_desk.store import Store


def test_duplicate_lines_show_dates_and_choices_as_read(store: Store, tmp_path: Path) -> None:
    store.insert(
        "hazards",
        {"found_on": "2026-11-22", "name": "河堤冲刷", "category": "flood", "grade": "general"},
    )
    store.insert("duty_roster", {"on_date": "2025-03-05", "shift": "day", "officers": "张三"})
    hazards = tmp_path / "hazards.csv"
    hazards.write_text(
        "排查日期,隐患名称,隐患类别,隐患等级\n"
        "2026/11/22,河堤冲刷,防汛,一般\n"
        "2026年12月1日,桥梁裂缝,其他,一般\n"
        "2026-12-01,桥梁裂缝,其他,一般\n",
        encoding="utf-8",
    )
    plan = prepare_import(store, "hazards", hazards)
    lines = [d.line("zh") for d in plan.duplicates]
    assert lines == [
        "第2行：与已有记录重复（排查日期：2026年11月22日，隐患名称：河堤冲刷）。",
        "第4行：与第 3 行重复（排查日期：2026年12月1日，隐患名称：桥梁裂缝）。",
    ]
    assert plan.duplicates[0].line("en") == (
        "row 2: Duplicates an existing record (Found on: 22 Nov 2026, Hazard: 河堤冲刷)."
    )
    store.insert(
        "duty_log", {"received_at": "2025-03-05 08:07", "type": "fire", "summary": "山林冒烟"}
    )
    calls = tmp_path / "duty.csv"
    calls.write_text("received_at,type,summary\n2025-03-05 08:07,fire,山林冒烟\n", encoding="utf-8")
    (dup,) = prepare_import(store, "duty", calls).duplicates
    assert "接报时间：2025年3月5日 08:07，事件摘要：山林冒烟" in dup.line("zh")
    assert "5 Mar 2025 08:07" in dup.line("en")
