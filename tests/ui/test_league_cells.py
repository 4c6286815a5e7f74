"""The 乡镇汇总 table's cells: each one's text, colour, alignment and sort value belong to
its township's row, after the rows are set and after every sort (the cells are worked
out once per change, not at each of the view's many questions)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from emergency_desk.store.county import Township
from emergency_desk.store.county_figures import TownshipFigures
from emergency_desk.ui.county.league_model import (
    BEHIND_COLOUR,
    CODE_ROLE,
    COLUMN_KEYS,
    SORT_ROLE,
    LeagueModel,
    league_rows,
)

DAY = dt.date(2026, 11, 28)
TOWNS = [
    Township("1", "青石镇应急管理办公室", 1, "2026-11-20T09:00:00", "2026-11-21T09:00:00"),
    Township("2", "柳河乡应急管理办公室", 1, "2026-09-01T09:00:00", "2026-09-02T09:00:00"),
    Township("3", "白沙镇应急管理办公室", 1, "2026-11-27T09:00:00", "2026-11-27T10:00:00"),
]
FIGURES = {
    # behind: overdue hazards and late reports, no expired stock
    "1": TownshipFigures("1", hazards_found=9, hazards_rectified=6, hazards_overdue=2,
                         reports_due=4, reports_on_time=3, losses=Decimal("12.5")),
    # a stale package (88 days), nothing behind
    "2": TownshipFigures("2", hazards_found=18, hazards_rectified=18, drills=3),
}  # fmt: skip


def _cells(m: LeagueModel) -> list[dict[str, Any]]:
    out = []
    for r in range(m.rowCount()):
        row = {}
        for c, key in enumerate(COLUMN_KEYS):
            i = m.index(r, c)
            row[key] = (
                m.data(i),
                m.data(i, Qt.ItemDataRole.BackgroundRole),
                m.data(i, Qt.ItemDataRole.TextAlignmentRole),
                m.data(i, SORT_ROLE),
            )
        row["code"] = m.data(m.index(r, 0), CODE_ROLE)
        out.append(row)
    return out


def test_each_cell_belongs_to_its_row_after_every_sort(qapp: Any) -> None:
    m = LeagueModel({k: k for k in COLUMN_KEYS})
    m.set_rows(league_rows(TOWNS, FIGURES, DAY))
    first = _cells(m)
    assert [r["township"][0] for r in first] == ["白沙镇", "柳河乡", "青石镇"]  # pinyin
    by_code = {r["code"]: r for r in first}
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    one = by_code["1"]
    assert one["hazards_overdue"] == ("2", BEHIND_COLOUR, right, 2)
    assert one["reports_on_time"] == ("3/4", BEHIND_COLOUR, right, 75.0)
    assert one["stock_expired"] == ("0", None, right, 0)  # behind, but not on this
    assert one["losses"][0] == "12.50" and one["rate"][0] == "66.7%"
    assert one["township"][1:3] == (None, None)
    assert by_code["2"]["stale_days"] == ("88", BEHIND_COLOUR, right, 88)
    assert by_code["3"]["stale_days"] == ("1", None, right, 1)
    assert by_code["3"]["rate"] == ("", None, right, None)  # nothing found: unranked
    assert [r["hazards_overdue"][1] for r in first] == [None, None, BEHIND_COLOUR]
    for column, order in ((COLUMN_KEYS.index("hazards_found"), Qt.SortOrder.DescendingOrder),
                          (COLUMN_KEYS.index("rate"), Qt.SortOrder.AscendingOrder)):  # fmt: skip
        m.sort(column, order)
        again = _cells(m)
        assert {r["code"]: r for r in again} == by_code  # every cell went with its row
        assert [r["code"] for r in again] == (["2", "1", "3"] if column == 3 else ["1", "2", "3"])
    assert m.data(m.index(5, 0)) is None and m.data(m.index(0, 99)) is None
