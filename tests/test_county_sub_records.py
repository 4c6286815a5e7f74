"""A county database adds nothing under a township's rows: a stock movement on its
material or a corrective action under its drill is refused as its edits are, with the same
sentence, and nothing is written; the county's own rows still take theirs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from county_fixture import TOWNS, make_county

from emergency_desk.store import ListQuery, Store, StoreError

CODE = next(iter(TOWNS))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def county(made: Path, tmp_path: Path) -> Iterator[Store]:
    shutil.copy2(made, tmp_path / made.name)
    store = Store.open(tmp_path / made.name)
    yield store
    store.close()


def _township_row(store: Store, table: str) -> int:
    ids = store.ids(ListQuery(table, filters={"township": CODE}))
    assert ids, f"no {table} of {CODE}"
    return ids[0]


def _refused(store: Store, table: str, values: dict[str, Any]) -> StoreError:
    before = store.count(ListQuery(table))
    with pytest.raises(StoreError) as refused:
        store.insert(table, values)
    assert store.count(ListQuery(table)) == before  # nothing written
    return refused.value


SUB_RECORDS = {
    "stock_movements": (
        "materials",
        lambda parent: {"material_id": parent, "moved_on": "2025-12-01", "delta": 5,
                        "reason": "purchase"},
    ),
    "drill_actions": (
        "drills",
        lambda parent: {"drill_id": parent, "action": "补充演练脚本", "due_on": "2025-12-20"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("table", sorted(SUB_RECORDS))
def test_nothing_is_added_under_a_townships_row(county: Store, table: str) -> None:
    parent_table, values = SUB_RECORDS[table]
    parent = _township_row(county, parent_table)
    error = _refused(county, table, values(parent))
    # The same sentence as an edit or a delete of the township's row, in both languages.
    with pytest.raises(StoreError) as edit:
        county.update(parent_table, parent, {"notes": "县局补记"})
    assert error.message("zh") == edit.value.message("zh")
    assert error.message("en") == edit.value.message("en")
    assert "乡镇上报的数据包" in error.message("zh")
    assert "township's data package" in error.message("en")


def test_a_sub_record_is_not_moved_under_a_townships_row(county: Store) -> None:
    """The county's own corrective action cannot be re-filed under a township's drill."""
    own_drill = county.insert(
        "drills", {"title": "县级防汛演练", "held_on": "2025-06-10", "form": "tabletop"}
    )
    action = county.insert("drill_actions", {"drill_id": own_drill, "action": "更新预案"})
    with pytest.raises(StoreError):
        county.update("drill_actions", action, {"drill_id": _township_row(county, "drills")})
    assert county.get("drill_actions", action)["drill_id"] == own_drill


def test_the_countys_own_rows_take_sub_records(county: Store) -> None:
    point = county.insert("reserve_points", {"name": "县级物资储备库"})
    material = county.insert(
        "materials",
        {"point_id": point, "name": "饮用水", "category": "water", "unit": "箱", "quantity": 10},
    )
    moved = county.insert(
        "stock_movements",
        {"material_id": material, "moved_on": "2025-12-01", "delta": 5, "reason": "purchase"},
    )
    assert county.get("stock_movements", moved)["material_id"] == material
