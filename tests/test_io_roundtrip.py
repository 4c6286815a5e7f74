"""Export every register, import the files into an empty database, get the same data back."""

from __future__ import annotations

from pathlib import Path

import pytest
from io_samples import seed, snapshot

from emergency_desk.io import apply_import, export_register, prepare_import
from emergency_desk.store import ListQuery, Store

ORDER = ("plans", "drills", "hazards", "materials", "duty", "activities")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("lang", ["zh", "en", "keys"])
def test_round_trip_every_register(store: Store, tmp_path: Path, suffix: str, lang: str) -> None:
    seed(store)
    target = Store.open(None)
    try:
        for register in ORDER:
            path = tmp_path / f"{register}{suffix}"
            export_register(store, register, path, lang=lang)
            plan = prepare_import(target, register, path)
            assert plan.ok, [p.line("en") for p in plan.problems]
            assert not plan.warnings, [p.line("en") for p in plan.warnings]
            assert not plan.duplicates
            apply_import(target, plan)
        assert snapshot(target) == snapshot(store)
        # Quantities are the sum of the opening movements the import recorded.
        for m in target.rows(ListQuery("materials")):
            assert target.stock_of(m["id"]) == m["quantity"]
    finally:
        target.close()


def test_second_import_of_same_file_finds_duplicates(store: Store, tmp_path: Path) -> None:
    seed(store)
    path = tmp_path / "hazards.xlsx"
    export_register(store, "hazards", path)
    plan = prepare_import(store, "hazards", path)
    assert plan.ok
    assert [d.row for d in plan.duplicates] == [2, 3]
    assert "河堤渗漏" in " ".join(d.zh for d in plan.duplicates)
    assert apply_import(store, plan, skip_duplicates=True) == 0
    assert store.total("hazards") == 2
    assert apply_import(store, plan, skip_duplicates=False) == 2
    assert store.total("hazards") == 4


def test_export_of_a_filtered_view_writes_only_its_rows(store: Store, tmp_path: Path) -> None:
    seed(store)
    path = tmp_path / "major.csv"
    count = export_register(
        store, "hazards", path, query=ListQuery("hazards", filters={"grade": "major"})
    )
    assert count == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "河堤渗漏" in text and "加油站" not in text
