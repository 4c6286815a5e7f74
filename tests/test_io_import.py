"""Importing what offices actually have: Excel/WPS files, GBK CSV, labels, odd spellings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from emergency_desk.io import Cancelled, IoError, apply_import, prepare_import
from emergency_desk.store import ListQuery, Store


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8") -> Path:
    text = "\r\n".join(",".join(str(v) for v in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def imported(store: Store, table: str) -> list[dict[str, Any]]:
    return sorted(store.rows(ListQuery(table)), key=lambda r: r["id"])


def do_import(store: Store, register: str, path: Path, **kw: Any) -> int:
    plan = prepare_import(store, register, path)
    assert plan.ok, [p.line("en") for p in plan.problems]
    return apply_import(store, plan, **kw)


# -- accepted formats, both languages ------------------------------------------------


HEADERS = {
    "keys": ["held_on", "kind", "title", "participants", "leaflets"],
    "zh": ["活动日期", "活动类型", "活动名称", "参与人数", "宣传资料(份)"],
    "en": ["Date", "Kind", "Title", "Participants", "Leaflets"],
}
DATES = ["2021-03-05", "2021/3/5", "2021.3.5", "2021年3月5日", "２０２１年３月５日"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("headers", ["keys", "zh", "en"])
def test_headers_dates_choices_numbers_in_any_spelling(
    store: Store, tmp_path: Path, suffix: str, headers: str
) -> None:
    kinds = ["training", "培训", "Training", " 进校园 ", "themed_day"]
    numbers = ["1,200", "１２００", " 1200 ", "1200", "1200"]
    rows: list[list[Any]] = [HEADERS[headers]]
    for i, (date, kind, number) in enumerate(zip(DATES, kinds, numbers, strict=True)):
        rows.append([date, kind, f"活动{i}", number, ""])
        rows.append(["", "", "", "", ""])  # blank rows are skipped
    path = tmp_path / f"acts{suffix}"
    if suffix == ".csv":
        write_csv(path, [[f'"{v}"' if "," in str(v) else v for v in r] for r in rows])
    else:
        write_xlsx(path, rows)
    assert do_import(store, "activities", path) == 5
    got = imported(store, "activities")
    assert {r["held_on"] for r in got} == {"2021-03-05"}
    assert [r["kind"] for r in got] == ["training", "training", "training", "school", "themed_day"]
    assert {r["participants"] for r in got} == {1200}
    assert {r["leaflets"] for r in got} == {None}


def test_excel_date_and_datetime_cells(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "duty.xlsx",
        [
            ["接报时间", "事件类型", "事件摘要", "上报时间", "事件等级"],
            [dt.datetime(2021, 7, 20, 14, 30), "火灾", "仓库冒烟", "2021/7/20 15:05", "一般"],
            ["2021-07-21 08:00", "weather", "暴雨预警", dt.datetime(2021, 7, 21, 8, 20), ""],
            [dt.date(2021, 7, 22), "其他", "来访咨询", None, None],
        ],
    )
    assert do_import(store, "duty", path) == 3
    got = imported(store, "duty_log")
    assert [r["received_at"] for r in got] == [
        "2021-07-20 14:30",
        "2021-07-21 08:00",
        "2021-07-22 00:00",
    ]
    assert [r["reported_up_at"] for r in got] == ["2021-07-20 15:05", "2021-07-21 08:20", None]
    assert [r["type"] for r in got] == ["fire", "weather", "other"]
    assert [r["level"] for r in got] == ["general", "none", "none"]  # blank takes the default


def test_excel_date_cell_in_a_date_column(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "h.xlsx",
        [
            ["found_on", "name", "category", "grade", "funds", "deadline"],
            [dt.datetime(2022, 2, 1), "桥梁裂缝", "道路交通", "General", "¥1,234.50", 44621],
        ],
    )
    assert do_import(store, "hazards", path) == 1
    (h,) = imported(store, "hazards")
    assert (h["found_on"], h["funds"], h["deadline"]) == ("2022-02-01", 1234.5, "2022-03-01")
    assert h["status"] == "open"


@pytest.mark.parametrize(
    "encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b"")]
)
def test_csv_encodings(store: Store, tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "预案名称,预案类别,状态,印发日期\r\n镇总体应急预案,总体预案,现行,2020年1月2日\r\n"
    path = tmp_path / "plans.csv"
    path.write_bytes(bom + text.encode(encoding))
    assert do_import(store, "plans", path) == 1
    (p,) = imported(store, "plans")
    assert (p["title"], p["level"], p["status"], p["issued_on"]) == (
        "镇总体应急预案",
        "overall",
        "in_force",
        "2020-01-02",
    )


def test_title_row_above_header_and_extra_columns(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "plans.xlsx",
        [
            ["2021年应急预案台账"],
            ["序号", "预案名称", "预案类别", "状态", "负责人签字"],
            [1, "镇总体应急预案", "总体预案", "现行", "张三"],
        ],
    )
    plan = prepare_import(store, "plans", path)
    assert plan.ok
    assert [(w.row, w.column) for w in plan.warnings] == [(2, "序号"), (2, "负责人签字")]
    assert "无法识别的列“序号”" in plan.warnings[0].zh
    assert apply_import(store, plan) == 1
    assert imported(store, "plans")[0]["title"] == "镇总体应急预案"


def test_drills_link_plans_by_title_or_id(store: Store, tmp_path: Path) -> None:
    pid = store.insert("plans", {"title": "防汛预案", "level": "special"})
    path = write_xlsx(
        tmp_path / "d.xlsx",
        [
            ["演练日期", "演练名称", "演练形式", "所依预案"],
            ["2021-06-01", "甲", "实战演练", "防汛预案"],
            ["2021-06-02", "乙", "tabletop", str(pid)],
            ["2021-06-03", "丙", "Live", ""],
        ],
    )
    assert do_import(store, "drills", path) == 3
    assert [r["plan_id"] for r in imported(store, "drills")] == [pid, pid, None]


def test_materials_create_points_and_opening_stock(store: Store, tmp_path: Path) -> None:
    existing = store.insert("reserve_points", {"name": "镇仓库", "kind": "government"})
    path = write_xlsx(
        tmp_path / "m.xlsx",
        [
            ["储备点", "物资名称", "物资类别", "单位", "数量", "储备方式"],
            ["镇仓库", "帐篷", "帐篷被褥", "顶", "1,000", ""],
            ["村委会", "手电筒", "发电照明", "个", 50, "单位自储"],
            ["村委会", "雨衣", "防护用品", "件", "", ""],
        ],
    )
    assert do_import(store, "materials", path) == 3
    points = {r["name"]: r for r in store.rows(ListQuery("reserve_points"))}
    assert set(points) == {"镇仓库", "村委会"}
    assert points["村委会"]["kind"] == "unit"
    got = imported(store, "materials")
    assert [(m["name"], m["quantity"]) for m in got] == [
        ("帐篷", 1000),
        ("手电筒", 50),
        ("雨衣", 0),
    ]
    assert got[0]["point_id"] == existing
    assert got[1]["point_id"] == got[2]["point_id"] == points["村委会"]["id"]
    moves = list(store.rows(ListQuery("stock_movements")))
    assert sorted((m["delta"], m["reason"]) for m in moves) == [(50, "opening"), (1000, "opening")]


# -- bad cells: every problem with its row and column, nothing written -----------------


def test_every_bad_cell_is_reported_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            ["隐患名称", "排查日期", "隐患类别", "隐患等级", "整改资金(元)", "整改状态"],
            ["好的一行", "2021-01-01", "消防", "一般", "100", "待整改"],
            ["未知类别", "2021-01-02", "火山", "一般", "", ""],
            ["坏日期", "2021-13-45", "消防", "一般", "", ""],
            ["负数", "2021-01-04", "消防", "一般", "-5", ""],
            ["", "2021-01-05", "消防", "一般", "", ""],
            ["文字金额", "2021-01-06", "消防", "一般", "一百元", ""],
            ["已整改无日期", "2021-01-07", "消防", "一般", "", "已整改"],
        ],
    )
    plan = prepare_import(store, "hazards", path)
    assert not plan.ok
    found = [(p.row, p.column, p.value) for p in plan.problems]
    assert found == [
        (3, "隐患类别", "火山"),
        (4, "排查日期", "2021-13-45"),
        (5, "整改资金(元)", "-5"),
        (6, "隐患名称", ""),
        (7, "整改资金(元)", "一百元"),
        (8, "完成日期", ""),
    ]
    reasons = [p.zh for p in plan.problems]
    assert "可选：水库堤坝、" in reasons[0]
    assert "不是有效日期" in reasons[1]
    assert "不能为负数" in reasons[2]
    assert "必填" in reasons[3]
    assert "应为数字" in reasons[4]
    assert "完成日期" in reasons[5]
    en = plan.problems[0].line("en")
    assert en.startswith("row 3, column 隐患类别: ") and "not allowed" in en
    assert plan.problems[5].line("en").startswith("row 8, column Rectified on: ")
    assert plan.problems[1].line("zh").startswith("第4行，“排查日期”：")
    with pytest.raises(ValueError):
        apply_import(store, plan)
    assert store.total("hazards") == 0


def test_text_in_a_number_column_and_unknown_plan(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        [
            ["held_on", "title", "form", "participants", "plan"],
            ["2021-06-01", "演练", "live", "约200人", ""],
            ["2021-06-02", "演练2", "live", "12.5", "不存在的预案"],
        ],
    )
    plan = prepare_import(store, "drills", path)
    assert [(p.row, p.column, p.value) for p in plan.problems] == [
        (2, "participants", "约200人"),
        (3, "participants", "12.5"),
        (3, "plan", "不存在的预案"),
    ]
    assert "must be a whole number" in plan.problems[0].en
    assert plan.problems[2].zh == "找不到名为“不存在的预案”的应急预案，请先导入或录入，或留空。"
    assert plan.problems[2].en == (
        "No plan named “不存在的预案”; add or import it first, or leave it empty."
    )
    assert store.total("drills") == 0


def test_missing_required_column_reported_once(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx", [["活动名称", "活动日期"], ["甲", "2021-01-01"], ["乙", "2021-01-02"]]
    )
    plan = prepare_import(store, "activities", path)
    assert [(p.row, p.column_in("zh"), p.column_in("en")) for p in plan.problems] == [
        (1, "活动类型", "Kind")
    ]
    assert (
        plan.problems[0].line("en") == "row 1, column Kind: The required column “Kind” is missing."
    )


def test_same_field_twice_is_a_problem(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx", [["title", "预案名称", "level"], ["甲", "甲", "overall"]]
    )
    plan = prepare_import(store, "plans", path)
    assert [(p.row, p.column) for p in plan.problems] == [(1, "预案名称")]


# -- files that are not usable ---------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("empty.xlsx", b"", "empty"),
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\r\n ,, \r\n", "empty"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not_spreadsheet"),
        ("fake.xlsx", b"PK\x03\x04 this is not really a zip", "damaged_xlsx"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old_excel"),
        ("header_only.csv", "预案名称,预案类别\r\n".encode(), "no_rows"),
    ],
)
def test_unusable_files_give_clear_bilingual_errors(
    store: Store, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IoError) as info:
        prepare_import(store, "plans", path)
    assert info.value.code == code
    assert name in info.value.message("zh") and name in info.value.message("en")
    assert info.value.message("zh") != info.value.message("en")


def test_a_word_document_is_not_a_spreadsheet(store: Store, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "总结.xlsx"
    docx.Document().save(str(path))
    with pytest.raises(IoError) as info:
        prepare_import(store, "plans", path)
    assert info.value.code == "damaged_xlsx"


def test_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(IoError) as info:
        prepare_import(store, "plans", tmp_path / "nope.xlsx")
    assert info.value.code == "not_found"


def test_xlsx_renamed_to_csv_still_imports(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plans.csv"
    write_xlsx(path, [["title", "level"], ["甲", "overall"]])
    assert do_import(store, "plans", path) == 1


# -- cancel ----------------------------------------------------------------------------


def test_cancel_half_way_leaves_the_database_untouched(file_store: Store, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["储备点", "物资名称", "物资类别", "单位", "数量"]]
    rows += [[f"点{i % 3}", f"物资{i}", "其他", "个", i + 1] for i in range(50)]
    path = write_xlsx(tmp_path / "m.xlsx", rows)
    plan = prepare_import(file_store, "materials", path)
    assert plan.ok
    seen: list[int] = []
    with pytest.raises(Cancelled):
        apply_import(
            file_store,
            plan,
            progress=lambda done, total: seen.append(done),
            cancel=lambda: len(seen) >= 25,
        )
    assert seen[-1] == 25
    for table in ("materials", "reserve_points", "stock_movements"):
        assert file_store.total(table) == 0
    again = Store.open(file_store.path)  # and on disk, from another connection
    try:
        assert again.total("materials") == 0
    finally:
        again.close()
    assert apply_import(file_store, plan) == 50


def test_cancel_during_validation(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx", [["title", "level"], ["甲", "overall"], ["乙", "overall"]]
    )
    with pytest.raises(Cancelled):
        prepare_import(store, "plans", path, cancel=lambda: True)


def test_impossible_dates_are_refused_with_row_and_column(store: Store, tmp_path: Path) -> None:
    """The form's date checks hold for an import too (issue 15.4): same rule, same words."""
    future = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    path = write_xlsx(
        tmp_path / "dates.xlsx",
        [
            ["隐患名称", "排查日期", "隐患类别", "隐患等级", "整改期限", "完成日期", "整改状态"],
            ["好的一行", "2024-03-01", "消防", "一般", "2024-04-01", "", "待整改"],
            ["期限早于排查", "2024-03-01", "消防", "一般", "2024-02-01", "", "待整改"],
            ["完成早于排查", "2024-03-01", "消防", "一般", "", "2024-02-20", "已整改"],
            ["将来发现", future, "消防", "一般", "", "", "待整改"],
        ],
    )
    plan = prepare_import(store, "hazards", path)
    found = [(p.row, p.column) for p in plan.problems]
    assert found == [(3, "整改期限"), (4, "完成日期"), (5, "排查日期")]
    assert plan.problems[0].zh.endswith("“整改期限”不能早于“排查日期”。")
    assert "不能晚于今天" in plan.problems[2].zh
    drills = write_xlsx(
        tmp_path / "drills.xlsx",
        [["演练名称", "演练日期", "演练形式", "参演人数"], ["明年演练", future, "桌面推演", "30"]],
    )
    plan = prepare_import(store, "drills", drills)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "演练日期")]
