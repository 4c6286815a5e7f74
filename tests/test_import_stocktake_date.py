"""Imported stock is dated by its stocktake: a ledger brought in today still counts in
last year's summary, and the import preview says which date will be used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from emergency_desk.io import apply_import, prepare_import
from emergency_desk.report.figures import collect
from emergency_desk.store import Store


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_opening_stock_takes_the_stocktake_date(store: Store, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "m.xlsx",
        [
            ["储备点", "物资名称", "物资类别", "单位", "数量", "盘点日期"],
            ["镇仓库", "编织袋", "防汛物资", "条", 3000, "2025-11-20"],
            ["镇仓库", "救生衣", "防汛物资", "件", 40, ""],
        ],
    )
    plan = prepare_import(store, "materials", path)
    assert plan.ok, [p.zh for p in plan.problems]
    assert plan.opening_dates() == ("2025-11-20", 1)
    apply_import(store, plan)
    moved = dict(
        store.db.execute(
            "SELECT m.name, s.moved_on FROM stock_movements s JOIN materials m "
            "ON m.id = s.material_id WHERE s.reason = 'opening'"
        ).fetchall()
    )
    assert moved == {"编织袋": "2025-11-20", "救生衣": dt.date.today().isoformat()}
    # the stock counted in November 2025 is in the 2025 summary
    bags = store.db.execute(
        "SELECT sum(delta) FROM stock_movements WHERE moved_on <= '2025-12-31'"
    ).fetchone()[0]
    m = collect(store, 2025, dt.date.today()).materials
    assert [(x.name, x.quantity) for x in m.key_stocks] == [("编织袋", bags)] == [("编织袋", 3000)]


def test_last_stocktake_column_dates_a_form_entry_too(store: Store) -> None:
    point = store.insert("reserve_points", {"name": "镇仓库"})
    mid = store.insert("materials", {"point_id": point, "name": "帐篷", "category": "shelter",
                                     "unit": "顶", "quantity": 12, "checked_on": "2024-06-01"})  # fmt: skip
    row = store.db.execute(
        "SELECT moved_on, delta FROM stock_movements WHERE material_id = ?", [mid]
    ).fetchone()
    assert tuple(row) == ("2024-06-01", 12)
