"""Import and export follow the declaration: no register is special-cased in ``io``.

A REF field is a column of the title of the record it names, whatever the table: a link
declared tomorrow (here: an activity's plan) exports and imports by name with no io code.
What is truly special about a sheet (a material's reserve point, created on import, and its
opening stock) is a hook its table names.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

import emergency_desk.io as io_package
from emergency_desk.io import apply_import, export_register, prepare_import, write_template
from emergency_desk.schema import REGISTERS, TABLES, Field, FieldType
from emergency_desk.store import ListQuery, Store

PLAN_LINK = Field("plan_id", "依据预案", "Plan", FieldType.REF, ref_table="plans")


@pytest.fixture
def activities_with_a_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema with a new declared link: an activity names the plan it publicises."""
    t = TABLES["activities"]
    monkeypatch.setitem(TABLES, "activities", dataclasses.replace(t, fields=(*t.fields, PLAN_LINK)))


def _seed(store: Store) -> dict[str, int]:
    plans = {
        title: store.insert("plans", {"title": title, "level": "special"})
        for title in ("防汛应急预案", "森林防火应急预案")
    }
    store.insert(
        "activities",
        {
            "held_on": "2025-05-12",
            "kind": "publicity",
            "title": "防汛知识宣传",
            "plan_id": plans["防汛应急预案"],
        },
    )
    store.insert("activities", {"held_on": "2025-06-16", "kind": "training", "title": "消防培训"})
    return plans


@pytest.mark.usefixtures("activities_with_a_plan")
@pytest.mark.parametrize("lang", ["zh", "en", "keys"])
def test_a_new_ref_field_travels_by_the_title_of_what_it_names(tmp_path: Path, lang: str) -> None:
    source, target = Store.open(None), Store.open(None)
    try:
        _seed(source)
        path = tmp_path / "activities.xlsx"
        export_register(source, "activities", path, lang=lang)
        ws = load_workbook(path).active
        header = [c.value for c in ws[1]]
        column = header.index({"zh": "依据预案", "en": "Plan", "keys": "plan_id"}[lang])
        cells = {r[2]: r[column] for r in ws.iter_rows(min_row=2, values_only=True)}
        assert cells == {"防汛知识宣传": "防汛应急预案", "消防培训": None}

        # The other office keeps the same plans under other ids.
        target.insert("plans", {"title": "地震应急预案", "level": "special"})
        ids = _seed_plans_only(target)
        plan = prepare_import(target, "activities", path)
        assert plan.ok, [p.line("en") for p in plan.problems]
        apply_import(target, plan)
        got = {r["title"]: r["plan_id"] for r in target.rows(ListQuery("activities"))}
        assert got == {"防汛知识宣传": ids["防汛应急预案"], "消防培训": None}
    finally:
        source.close()
        target.close()


def _seed_plans_only(store: Store) -> dict[str, int]:
    return {
        title: store.insert("plans", {"title": title, "level": "special"})
        for title in ("森林防火应急预案", "防汛应急预案")
    }


@pytest.mark.usefixtures("activities_with_a_plan")
def test_a_new_ref_field_names_an_unknown_title_in_the_users_words(tmp_path: Path) -> None:
    store = Store.open(None)
    try:
        path = tmp_path / "a.csv"
        path.write_text(
            "活动日期,活动类型,活动名称,依据预案\n2025-05-12,宣传活动,防汛知识宣传,抗旱预案\n",
            encoding="utf-8-sig",
        )
        plan = prepare_import(store, "activities", path)
        assert [(p.row, p.column, p.value) for p in plan.problems] == [(2, "依据预案", "抗旱预案")]
        assert plan.problems[0].zh == "找不到名为“抗旱预案”的应急预案，请先导入或录入，或留空。"
        assert store.total("activities") == 0

        write_template("activities", tmp_path / "t.xlsx", "zh")
        guide = load_workbook(tmp_path / "t.xlsx")["填写说明"]
        notes = {r[0]: r[4] for r in guide.iter_rows(min_row=2, values_only=True)}
        assert notes["依据预案"] == "填写“应急预案”台账中已有的预案名称，可留空"
    finally:
        store.close()


def test_no_register_or_table_is_named_in_the_io_code() -> None:
    """Every special case is declared in the schema, so ``io`` names no table."""
    names = set(TABLES) | set(REGISTERS)
    found = []
    for path in Path(io_package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                found.append((path.name, node.lineno, node.value))
    assert found == []
