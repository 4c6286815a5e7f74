"""Every sheet of the schema (``schema.SHEETS``, derived from the register declarations)
exports to xlsx and csv and imports into an empty database as the same records."""

from __future__ import annotations

from pathlib import Path

import pytest
from register_samples import make_record, required_values

from emergency_desk.io import apply_import, export_register, prepare_import
from emergency_desk.schema import SHEETS, TABLES, FieldType, sheet_table
from emergency_desk.store import ListQuery, Store


def _plain(store: Store, sheet: str) -> list[dict[str, object]]:
    """The records of a sheet by what a spreadsheet carries (references differ by id)."""
    t = sheet_table(sheet)
    keys = [f.key for f in t.fields if f.type is not FieldType.REF and f.key not in t.computed]
    return sorted((({k: r[k] for k in keys}) for r in store.rows(ListQuery(t.name))), key=repr)


def _bring_referenced(store: Store, target: Store, sheet: str) -> None:
    """The records the sheet names by title (a ledger's incident) kept in ``target`` too,
    as an office imports the incidents before their ledgers."""
    for f in sheet_table(sheet).fields:
        if f.type is not FieldType.REF or not f.ref_table:
            continue
        ref = TABLES[f.ref_table]
        for _id, title in store.titles(ref.name):
            new_id = make_record(target, ref, "副本")
            target.update(ref.name, new_id, {ref.title_field or "": title})


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("sheet", list(SHEETS))
def test_every_sheet_round_trips(store: Store, tmp_path: Path, sheet: str, suffix: str) -> None:
    t = sheet_table(sheet)
    for marker in ("甲", "乙"):
        store.insert(t.name, required_values(store, t, marker))
    path = tmp_path / f"{sheet}{suffix}"
    export_register(store, sheet, path)
    target = Store.open(None)
    try:
        _bring_referenced(store, target, sheet)
        plan = prepare_import(target, sheet, path)
        assert plan.ok, [p.line("en") for p in plan.problems]
        assert apply_import(target, plan) == 2
        assert _plain(target, sheet) == _plain(store, sheet)
    finally:
        target.close()
