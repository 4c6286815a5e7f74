"""A township office moves its other ledgers into the app, end to end (issue 18's "done
when"): the team, contact, shelter, risk-point and warning spreadsheets it kept, with the
Chinese headers an office writes, go in with ``emergency-desk import``; ``check --json``
says what needs doing; the directory and the cards print; the annual summary states the
ledgers. Every figure the documents must state is computed here from the rows written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from cli_runner import run_cli

from emergency_desk.store import ListQuery, Store

YEAR = 2025
TODAY = f"{YEAR}-12-31"
VILLAGES = ["东坪村", "白沙村", "河口村"]

TEAMS = (
    ["队伍名称", "队伍类型", "专业方向", "队长", "联系电话", "队员人数", "所在村（社区）",
     "组建日期", "最近训练日期", "状态"],
    ["青石镇综合应急救援队", "综合性应急救援队伍", "综合救援", "周建华", "13907361234", 32, "",
     "2021-04-01", "2025-06-18", "在册"],
    ["青石镇民兵应急分队", "民兵应急分队", "防汛抢险", "刘卫东", "0736-7221234", 24, "",
     "2019-03-01", "2024-05-10", "在册"],
    ["东坪村应急小分队", "村（社区）应急小分队", "地质灾害", "高亮秀", "13925676931", 15,
     "东坪村", "2022-05-01", "2025-09-02", "在册"],
)  # fmt: skip
CONTACTS = (
    ["姓名", "角色", "所在村（社区）/网格", "职务", "手机", "最近培训日期", "状态"],
    ["王娟", "灾害信息员", "东坪村", "村妇联主任", "15016268513", "2025-05-12", "在岗"],
    ["陈立", "灾害信息员", "白沙村", "村文书", "13787451234", "2024-03-01", "在岗"],
    ["高亮秀", "群测群防监测员", "东坪村", "村民小组长", "13925676931", "2025-04-20", "在岗"],
    ["王建国", "村（社区）应急负责人", "东坪村", "村主任", "13974561122", "", "在岗"],
    ["李平", "村（社区）应急负责人", "白沙村", "村支书", "13508761234", "", "在岗"],
    ["赵四", "灾害信息员", "河口村", "原村文书", "13607361111", "2023-05-01", "离岗"],
)  # fmt: skip
SHELTERS = (
    ["场所名称", "场所类型", "级别", "地址", "所在村（社区）", "可容纳人数", "管理人",
     "联系电话", "最近检查日期"],
    ["青石镇中心小学避难场所", "室内", "固定避难场所", "青石镇中心街8号", "白沙村", 300,
     "罗校长", "0736-7225678", "2025-10-15"],
    ["东坪村村委会避难点", "室内", "紧急避难场所", "东坪村一组", "东坪村", 80, "王建国",
     "13974561122", "2025-03-01"],
)  # fmt: skip
RISK_POINTS = (
    ["名称", "类型", "所在村（社区）", "规模", "威胁户数", "威胁人数", "监测人", "监测人电话",
     "包保责任人", "避险场所", "两卡发放日期", "状态"],
    ["东坪村一组塘湾滑坡", "滑坡", "东坪村", "小型", 6, 21, "高亮秀", "13925676931", "王建国",
     "东坪村村委会避难点", "2025-04-20", "监测中"],
    ["白沙村后山崩塌", "崩塌", "白沙村", "小型", 3, 9, "", "", "李平", "", "2023-04-01",
     "监测中"],
)  # fmt: skip
WARNINGS = (
    ["接收时间", "发布单位", "预警种类", "预警级别", "预警内容", "转发时间", "转发范围"],
    ["2025-06-20 16:30", "县气象台", "暴雨", "橙色", "未来6小时我镇将出现50毫米以上降水",
     "2025-06-20 16:45", "各村（社区）"],
    ["2025-07-08 03:10", "县气象台", "暴雨", "红色", "未来3小时我镇将出现100毫米以上降水",
     "2025-07-08 03:20", "各村（社区）"],
    ["2025-08-02 10:00", "县气象台", "高温", "黄色", "未来24小时最高气温将升至37℃以上", "", ""],
)  # fmt: skip
SHEETS = {"teams": TEAMS, "contacts": CONTACTS, "shelters": SHELTERS,
          "risk_points": RISK_POINTS, "warnings": WARNINGS}  # fmt: skip


def _workbook(path: Path, rows: tuple[list[Any], ...]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _records(rows: tuple[list[Any], ...]) -> list[dict[str, Any]]:
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def _ok(done: Any) -> None:
    assert done.returncode == 0, done.stderr


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """The office's database, its settings made on the command line, its sheets taken in."""
    db = tmp_path / "qingshi.db"
    for key, value in (("office_name", "青石镇应急管理办公室"), ("area_code", "430723104000"),
                       ("villages", ",".join(VILLAGES)), ("records_from", f"{YEAR - 1}-01-01")):  # fmt: skip
        _ok(run_cli("--db", str(db), "settings", key, value))
    for register, rows in SHEETS.items():
        done = run_cli(
            "--db", str(db), "import", register, str(_workbook(tmp_path / f"{register}.xlsx", rows))
        )  # fmt: skip
        _ok(done)
        assert str(len(rows) - 1) in done.stdout, done.stdout
    return db


def test_the_ledgers_move_in_and_what_needs_doing_shows(office: Path, tmp_path: Path) -> None:
    store = Store.open(office, read_only=True)
    try:
        for register, rows in SHEETS.items():
            assert store.total(register) == len(rows) - 1, register
        points = {r["name"]: r for r in store.rows(ListQuery("risk_points"))}
        shelter = points["东坪村一组塘湾滑坡"]["shelter_id"]
        assert store.title_of("shelters", shelter) == "东坪村村委会避难点"  # by its name
        ids = {t: {r["name"]: r["id"] for r in store.rows(ListQuery(t))} for t in
               ("teams", "contacts", "shelters", "risk_points")}  # fmt: skip
        warnings = {r["color"]: r["id"] for r in store.rows(ListQuery("warnings"))}
    finally:
        store.close()

    done = run_cli("--db", str(office), "check", "--json", "--today", TODAY)
    _ok(done)
    rows = json.loads(done.stdout)["rows"]
    # Trained more than 12 months before the day: the militia unit and 陈立 (赵四 has left).
    assert rows["teams_untrained"] == [ids["teams"]["青石镇民兵应急分队"]]
    assert rows["info_officers_untrained"] == [ids["contacts"]["陈立"]]
    assert rows["villages_without_info_officer"] == ["河口村"]
    # Inspected more than 6 months before the day.
    assert rows["shelters_uninspected"] == [ids["shelters"]["东坪村村委会避难点"]]
    back_hill = ids["risk_points"]["白沙村后山崩塌"]
    assert rows["risk_points_unmonitored"] == [back_hill]
    assert rows["risk_points_without_shelter"] == [back_hill]
    assert rows["risk_points_cards_due"] == [back_hill]
    # The orange and red warnings were never called back; the yellow one needs none.
    assert sorted(rows["warnings_not_called_back"]) == sorted([warnings["orange"],
                                                              warnings["red"]])  # fmt: skip


def test_the_directory_and_the_cards_print(office: Path, tmp_path: Path) -> None:
    directory = tmp_path / "应急通讯录.docx"
    _ok(run_cli("--db", str(office), "print", "contacts", "-o", str(directory)))
    text = _text(directory)
    in_post = [c for c in _records(CONTACTS) if c["状态"] == "在岗"]
    for c in in_post:
        assert c["姓名"] in text and c["手机"] in text
    assert "赵四" not in text  # left the post
    for village in ("东坪村", "白沙村"):
        n = sum(c["所在村（社区）/网格"] == village for c in in_post)
        assert f"{village}（{n}人）" in text

    cards = tmp_path / "东坪村两卡.docx"
    _ok(run_cli("--db", str(office), "print", "cards", "--village", "东坪村", "-o", str(cards)))
    text = _text(cards)
    assert "防灾工作明白卡" in text and "避险明白卡" in text
    point = _records(RISK_POINTS)[0]
    for key in ("名称", "监测人", "监测人电话", "避险场所"):
        assert str(point[key]) in text, key
    assert "白沙村后山崩塌" not in text


def test_the_annual_summary_states_the_ledgers(office: Path, tmp_path: Path) -> None:
    summary = tmp_path / "总结.docx"
    _ok(run_cli("--db", str(office), "report", "--year", str(YEAR), "-o", str(summary)))
    text = _text(summary)

    teams = _records(TEAMS)
    members = sum(t["队员人数"] for t in teams)
    trained = sum(t["最近训练日期"].startswith(str(YEAR)) for t in teams)
    assert f"共有应急救援队伍{len(teams)}支、队员{members}人" in text
    assert f"年内开展训练的队伍{trained}支" in text

    officers = [c for c in _records(CONTACTS) if c["角色"] == "灾害信息员" and c["状态"] == "在岗"]
    villages = len({c["所在村（社区）/网格"] for c in officers})
    officers_trained = sum(c["最近培训日期"].startswith(str(YEAR)) for c in officers)
    assert (
        f"灾害信息员队伍覆盖{villages}个村（社区），在岗灾害信息员{len(officers)}人，"
        f"年内参加培训{officers_trained}人。" in text
    )

    shelters = _records(SHELTERS)
    capacity = sum(s["可容纳人数"] for s in shelters)
    inspected = sum(s["最近检查日期"].startswith(str(YEAR)) for s in shelters)
    assert (
        f"建成可用应急避难场所{len(shelters)}处，可容纳{capacity}人，年内检查{inspected}处。"
        in text
    )

    points = _records(RISK_POINTS)
    households = sum(p["威胁户数"] for p in points)
    persons = sum(p["威胁人数"] for p in points)
    cards = sum(p["两卡发放日期"].startswith(str(YEAR)) for p in points)
    assert f"纳入群测群防监测的风险隐患点{len(points)}处，保护群众{households}户{persons}人" in text
    assert f"年内向{cards}处隐患点受威胁群众发放防灾避险明白卡" in text

    warnings = _records(WARNINGS)
    relayed = sum(bool(w["转发时间"]) for w in warnings)
    line = next(p for p in text.splitlines() if "接收上级预警信息" in p)
    assert f"共接收上级预警信息{len(warnings)}次" in line
    assert "其中黄色预警1次、橙色预警1次、红色预警1次" in line
    # The yellow warning was never passed on and no warning was called back: the summary
    # says what was done, not that everything was.
    assert "及时转发" not in line and "叫应" not in line
    assert line.endswith(f"已转发至各村（社区）和镇直各单位{relayed}次。")

    # The red warning's call-backs are recorded (both answered); the orange one's never were.
    store = Store.open(office)
    try:
        red = next(r["id"] for r in store.rows(ListQuery("warnings")) if r["color"] == "red")
        leads = [r for r in store.rows(ListQuery("contacts")) if r["role"] == "village_lead"]
        for lead in leads:
            store.insert("warning_callbacks", {"warning_id": red, "contact_id": lead["id"],
                                               "called_at": "2025-07-08 03:25",
                                               "answered": "yes"})  # fmt: skip
    finally:
        store.close()
    _ok(run_cli("--db", str(office), "report", "--year", str(YEAR), "-o", str(summary)))
    line = next(p for p in _text(summary).splitlines() if "接收上级预警信息" in p)
    assert f"；对其中1次橙色、红色预警叫应到村、到人，累计叫应{len(leads)}人次，均已应答" in line
    assert "逐一" not in line
    english = tmp_path / "summary-en.docx"
    _ok(run_cli("--db", str(office), "report", "--year", str(YEAR), "--lang", "en",
                "-o", str(english)))  # fmt: skip
    line = next(p for p in _text(english).splitlines() if "The office received" in p)
    assert (relayed, len(leads)) == (2, 2)
    assert "three warnings (one yellow, one orange and one red), two of which were relayed" in line
    assert "one of the two orange and red warnings was called back, to two people" in line
