"""What an exported file looks like in Excel: real dates and numbers, safe text, a template."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from io_samples import seed
from openpyxl import load_workbook

from emergency_desk.io import (
    Cancelled,
    IoError,
    Problem,
    export_register,
    prepare_import,
    write_problems,
    write_template,
)
from emergency_desk.store import Store

# (A leading tab or carriage return never reaches the store: values are stripped.)
EVIL = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x")', "=cmd|' /C calc'!A0"]


def evil_store(store: Store) -> None:
    for i, text in enumerate(EVIL):
        store.insert(
            "activities",
            {"held_on": f"2021-01-0{i + 1}", "kind": "publicity", "title": text, "notes": text},
        )


def test_xlsx_has_date_and_number_cells_bold_frozen_header(store: Store, tmp_path: Path) -> None:
    seed(store)
    path = tmp_path / "h.xlsx"
    assert export_register(store, "hazards", path, lang="zh") == 2
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["排查日期", "隐患名称", "所在位置", "隐患类别", "隐患等级"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    row = {h: c for h, c in zip(headers, ws[3], strict=True)}  # newest first: 2021 is row 3
    assert row["排查日期"].value == dt.datetime(2021, 4, 2)
    assert row["排查日期"].number_format == "yyyy-mm-dd"
    assert row["整改资金(元)"].value == 12500.5 and row["整改资金(元)"].data_type == "n"
    assert row["隐患类别"].value == "防汛" and row["整改状态"].value == "已整改"
    assert row["联系电话"].value == "13800001111" and row["联系电话"].data_type == "s"
    width = ws.column_dimensions["B"].width
    assert 8 <= width <= 40


def test_english_and_key_headers(store: Store, tmp_path: Path) -> None:
    seed(store)
    export_register(store, "drills", tmp_path / "en.xlsx", lang="en")
    export_register(store, "drills", tmp_path / "keys.xlsx", lang="keys")
    en = load_workbook(tmp_path / "en.xlsx").active
    keys = load_workbook(tmp_path / "keys.xlsx").active
    assert [c.value for c in en[1]][:4] == ["Date", "Title", "Plan", "Form"]
    assert [c.value for c in keys[1]][:4] == ["held_on", "title", "plan_id", "form"]
    live = next(r for r in en.iter_rows(min_row=2, values_only=True) if r[1] == "防汛综合演练")
    assert live[2] == "镇防汛抗旱应急预案" and live[3] == "Live"
    assert live[7] == 1200
    dur = load_workbook(_export(store, tmp_path, "duty", "en")).active
    received = [c.value for c in dur[1]].index("Received at")
    cell = dur[3][received]
    assert cell.value == dt.datetime(2021, 7, 20, 14, 30)
    assert cell.number_format == "yyyy-mm-dd hh:mm"


def _export(store: Store, tmp_path: Path, register: str, lang: str) -> Path:
    path = tmp_path / f"{register}-{lang}.xlsx"
    export_register(store, register, path, lang=lang)
    return path


def test_xlsx_never_writes_formulas(store: Store, tmp_path: Path) -> None:
    evil_store(store)
    path = tmp_path / "a.xlsx"
    export_register(store, "activities", path)
    ws = load_workbook(path).active
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value in EVIL]
    assert len(cells) == 2 * len(EVIL)
    for c in cells:
        assert c.data_type == "s" and c.quotePrefix, c.value
    import zipfile

    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml


def test_csv_neutralises_formulas_with_an_apostrophe(store: Store, tmp_path: Path) -> None:
    evil_store(store)
    path = tmp_path / "a.csv"
    export_register(store, "activities", path, lang="en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    titles = {r[2] for r in rows[1:]}
    assert titles == {"'" + e for e in EVIL}
    assert rows[0][:3] == ["Date", "Kind", "Title"]
    assert {r[1] for r in rows[1:]} == {"Publicity"}
    # ...and the import takes the apostrophe off again.
    target = Store.open(None)
    plan = prepare_import(target, "activities", path)
    assert plan.ok
    assert {r.values["title"] for r in plan.rows} == set(EVIL)
    target.close()


def test_export_cancel_leaves_no_file(store: Store, tmp_path: Path) -> None:
    seed(store)
    path = tmp_path / "p.xlsx"
    calls: list[int] = []
    with pytest.raises(Cancelled):
        export_register(
            store,
            "plans",
            path,
            progress=lambda d, t: calls.append(d),
            cancel=lambda: len(calls) >= 1,
        )
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_unknown_extension(store: Store, tmp_path: Path) -> None:
    with pytest.raises(IoError) as info:
        export_register(store, "plans", tmp_path / "p.ods")
    assert ".ods" in info.value.message("zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_template_header_guide_and_dropdowns(store: Store, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "t.xlsx"
    write_template("hazards", path, lang)
    wb = load_workbook(path)
    ws, guide, lists = wb.worksheets
    headers = [c.value for c in ws[1]]
    if lang == "zh":
        assert headers[:4] == ["排查日期", "隐患名称", "所在位置", "隐患类别"]
        assert guide.title == "填写说明"
    else:
        assert headers[:4] == ["Found on", "Hazard", "Location", "Category"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    assert lists.sheet_state == "hidden"
    guide_rows = list(guide.iter_rows(min_row=2, values_only=True))
    assert len(guide_rows) == len(headers)
    cat = guide_rows[3]
    assert cat[0] == headers[3]
    assert ("水库堤坝" if lang == "zh" else "Reservoir / dam") in cat[3]
    assert cat[2] == ("是" if lang == "zh" else "yes")
    validations = ws.data_validations.dataValidation
    choice_cols = {"D", "E", "M"}  # category, grade, status
    assert {str(dv.sqref).split(":")[0][0] for dv in validations} == choice_cols
    for dv in validations:
        assert dv.type == "list" and dv.formula1.startswith("'lists'!")
    # The template as saved imports (its header is what the import reads).
    ws.append(
        [dt.datetime(2021, 1, 1), "样例", None, "消防" if lang == "zh" else "Fire safety", None]
    )
    wb.save(path)
    plan = prepare_import(store, "hazards", path)
    assert plan.ok, [p.line("en") for p in plan.problems]
    assert plan.rows[0].values["category"] == "fire"
    assert plan.rows[0].values["grade"] == "general"


def test_problem_list_saved_as_xlsx(tmp_path: Path) -> None:
    problems = [
        Problem(
            3, "隐患类别", "火山", "“隐患类别”的值“火山”无效", "“Category”: “火山” not allowed"
        ),
        Problem(4, "备注", "=cmd|' /C calc'!A0", "太长", "too long"),
    ]
    path = tmp_path / "problems.xlsx"
    write_problems(problems, path, "en")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Row", "Column", "Value", "Reason")
    assert rows[1] == (3, "隐患类别", "火山", "“Category”: “火山” not allowed")
    assert ws["C3"].data_type == "s" and ws["C3"].quotePrefix


def test_tab_and_carriage_return_count_as_formula_starts() -> None:
    from emergency_desk.io.exporter import _csv_text
    from emergency_desk.io.xlsx_style import is_formula_like

    assert _csv_text("\t=1") == "'\t=1" and _csv_text("\r=1") == "'\r=1"
    assert is_formula_like("\tx") and not is_formula_like("x=1") and not is_formula_like(5)
