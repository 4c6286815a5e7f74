"""The import preview and problems dialogs: what will be added, and every refusal readable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from emergency_desk.io import prepare_import
from emergency_desk.store import Store
from emergency_desk.ui.import_export.import_export import ImportPreviewDialog, ProblemsDialog

HAZARD = {
    "found_on": "2025-03-05",
    "name": "河口村边坡滑移",
    "category": "geological",
    "grade": "general",
    "status": "open",
}


def test_import_preview_counts_rows_duplicates_and_what_is_added(
    qtbot: Any, ui_store: Store, tmp_path: Path
) -> None:
    ui_store.insert("hazards", HAZARD)
    path = tmp_path / "隐患.csv"
    path.write_text(
        "排查日期,隐患名称,隐患类别,隐患等级,整改状态\n"
        "2025-03-05,河口村边坡滑移,地质灾害,一般,待整改\n"
        "2025-04-01,龙潭水库渗漏,水库堤坝,重大,整改中\n"
        "2025-05-01,集贸街广告牌松动,其他,一般,待整改\n",
        encoding="utf-8",
    )
    plan = prepare_import(ui_store, "hazards", path)
    dialog = ImportPreviewDialog(plan, "隐患排查")
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "“隐患.csv”中有 3 行数据无误。其中 1 行与已有记录重复。将向“隐患排查”添加 2 条记录。"
    )
    dialog.skip_box.setChecked(False)
    assert dialog.summary.text().endswith("将向“隐患排查”添加 3 条记录。")


def test_import_problems_rows_are_as_tall_as_their_text(
    qtbot: Any, ui_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "隐患.csv"
    path.write_text(
        "排查日期,隐患名称,隐患类别,隐患等级,整改状态\n2025-13-01,,地质灾害,特大,待整改\n",
        encoding="utf-8",
    )
    plan = prepare_import(ui_store, "hazards", path)
    dialog = ProblemsDialog(plan.problems, path.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Sized for the reason column as shown, not the narrow one before layout (rows 5× tall).
    line = dialog.table.fontMetrics().lineSpacing()
    rows = range(dialog.table.rowCount())
    assert len(rows) == 3
    qtbot.waitUntil(lambda: all(dialog.table.rowHeight(r) < 2.5 * line for r in rows))


def test_import_preview_says_which_date_the_stock_is_entered_on(
    qtbot: Any, ui_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "物资.csv"
    path.write_text(
        "储备点,物资名称,物资类别,单位,数量,最近盘点\n"
        "镇仓库,编织袋,防汛物资,条,3000,2025-11-20\n"
        "镇仓库,救生衣,防汛物资,件,40,\n",
        encoding="utf-8",
    )
    plan = prepare_import(ui_store, "materials", path)
    dialog = ImportPreviewDialog(plan, "应急物资")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "期初库存按各行“最近盘点”日期入账（最早为 2025-11-20）。" in text
    assert f"1 行未填盘点日期，其库存按今天（{dt.date.today().isoformat()}）入账。" in text
