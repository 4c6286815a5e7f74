"""The printouts about people and places: the contacts directory, a risk point's two cards,
an incident's report form and its two ledgers — from the command line, as the office reads
them (texts, order, masked ID numbers), and the refusals."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from emergency_desk.report.ledger import paper_and_widths
from emergency_desk.store import Store
from tests.cli_runner import run_cli

ID = "11010519491231002X"


def _text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(p.text for p in doc.paragraphs) + "\n" + "\n".join(cells)


def _office(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "office.db"
    store = Store.open(path)
    store.set_setting("office_name", "青石镇应急管理办公室")
    store.set_setting("villages", "石门村\n东坪村")
    for name, role, village, phone, status in (
        ("谭波光", "monitor", "东坪村", "13925676931", "active"),
        ("王娟", "info_officer", "东坪村", "15016268513", "active"),
        ("邵德春", "info_officer", "石门村", "15224366172", "active"),
        ("刘局长", "expert", "", "13800001111", "active"),
        ("已离岗的人", "grid", "东坪村", "13800002222", "left"),
    ):
        store.insert(
            "contacts",
            {"name": name, "role": role, "village": village, "phone": phone, "status": status},
        )
    shelter = store.insert(
        "shelters",
        {"name": "东坪村村部", "kind": "indoor", "address": "东坪村二组", "capacity": 200,
         "manager": "张琴", "phone": "17736588021"},
    )  # fmt: skip
    ids = {"shelter": shelter}
    ids["point"] = store.insert(
        "risk_points",
        {"name": "东坪村一组塘湾滑坡", "kind": "landslide", "village": "东坪村",
         "location": "东坪村一组塘湾", "households": 12, "persons": 48, "monitor": "高亮秀",
         "monitor_phone": "13925676931", "warning_signal": "铜锣", "shelter_id": shelter,
         "evacuation_route": "沿一组通组公路向村部撤离", "cards_issued_on": "2026-03-09"},
    )  # fmt: skip
    ids["bare"] = store.insert(  # every optional field empty
        "risk_points", {"name": "东坪村四组后山崩塌", "kind": "collapse", "village": "东坪村"}
    )
    store.insert(  # treated: no cards handed out for it any more
        "risk_points",
        {"name": "东坪村已治理滑坡", "kind": "landslide", "village": "东坪村", "status": "treated"},
    )
    incident = store.insert(
        "incidents",
        {"started_at": "2026-07-08 04:30", "title": "青石镇“7·8”暴雨洪涝灾害",
         "category": "natural_disaster", "kind": "flood", "summary": "7月8日凌晨普降大暴雨。",
         "status": "ongoing"},
    )  # fmt: skip
    ids["incident"] = incident
    ids["initial"] = store.insert(
        "incident_reports",
        {"incident_id": incident, "kind": "initial", "sent_at": "2026-07-08 05:18",
         "sent_to": "县应急管理局", "affected": 2150, "deaths": 1, "direct_loss": 640},
    )  # fmt: skip
    ids["follow"] = store.insert(
        "incident_reports",
        {"incident_id": incident, "kind": "follow_up", "sent_at": "2026-07-09 05:00",
         "affected": 2400, "crops_affected_ha": 182.6},
    )  # fmt: skip
    store.insert(
        "incident_victims",
        {"incident_id": incident, "name": "邓立新", "outcome": "dead", "id_number": ID},
    )
    store.insert(
        "incident_houses",
        {"incident_id": incident, "head": "张德福", "village": "东坪村", "collapsed_rooms": 2,
         "damaged_rooms": 1},
    )  # fmt: skip
    store.close()
    return path, ids


def _print(db: Path, out: Path, *args: str, lang: str = "en_US.UTF-8") -> tuple[int, str]:
    r = run_cli("--db", str(db), "print", *args, "-o", str(out), lang=lang)
    return r.returncode, r.stderr


def test_the_directory_lists_people_in_post_by_village_and_role(tmp_path: Path) -> None:
    db, _ids = _office(tmp_path)
    out = tmp_path / "dir.docx"
    assert _print(db, out, "contacts") == (0, "")
    doc = Document(str(out))
    heads = [p.text for p in doc.paragraphs[2:] if p.text.endswith("人）")]
    # the settings' order (石门村 before 东坪村), the township's own people last
    assert heads == ["石门村（1人）", "东坪村（2人）", "乡镇及部门（1人）"]
    dongping = [[c.text for c in r.cells] for r in doc.tables[1].rows]
    assert dongping[0][:3] == ["序号", "姓名", "角色"]
    assert [r[1] for r in dongping[1:]] == ["王娟", "谭波光"]  # information officer first
    assert dongping[2][2] == "群测群防监测员" and dongping[2][4] == "13925676931"
    assert "已离岗的人" not in _text(out)
    assert "青石镇应急管理办公室应急通讯录" in _text(out)


def test_the_two_cards_of_a_point_and_of_a_village(tmp_path: Path) -> None:
    db, ids = _office(tmp_path)
    out = tmp_path / "one.docx"
    assert _print(db, out, "cards", "--id", str(ids["point"])) == (0, "")
    doc = Document(str(out))
    titles = [p.text for p in doc.paragraphs if p.text.startswith("地质灾害")]
    assert titles == ["地质灾害防灾工作明白卡", "地质灾害防灾避险明白卡"]
    assert len(doc.tables) == 2 and "沿此线剪开" in _text(out)
    card = {r.cells[i].text: r.cells[i + 1].text for r in doc.tables[0].rows
            for i in range(0, len(r.cells) - 1, 2)}  # fmt: skip
    assert card["隐患点名称"] == "东坪村一组塘湾滑坡" and card["灾害类型"] == "滑坡"
    assert card["监测人"] == "高亮秀" and card["联系电话"] == "13925676931"
    assert card["威胁户数"] == "12户" and card["威胁人数"] == "48人"
    assert card["预警信号"] == "铜锣" and card["避险场所"] == "东坪村村部（东坪村二组）"
    assert card["撤离路线"] == "沿一组通组公路向村部撤离"
    assert "2026年3月9日" in _text(out)

    out = tmp_path / "village.docx"
    assert _print(db, out, "cards", "--village", "东坪村") == (0, "")
    doc = Document(str(out))
    assert len(doc.tables) == 4  # two monitored points, two cards each; not the treated one
    text = _text(out)
    assert "东坪村四组后山崩塌" in text and "已治理" not in text and "None" not in text
    breaks = [p for p in doc.paragraphs if p.paragraph_format.page_break_before]
    assert len(breaks) == 1  # the second point starts its own sheet

    code, err = _print(db, out, "cards", "--village", "无此村", lang="zh_CN.UTF-8")
    assert code == 2 and err.strip() == "“无此村”没有监测中的风险隐患点，无需打印明白卡。"
    code, err = _print(db, out, "cards")
    assert code == 2 and "--village" in err and "Traceback" not in err
    code, err = _print(db, out, "cards", "--id", "999", lang="zh_CN.UTF-8")
    assert code == 2 and err.strip() == "风险隐患点中没有编号为 999 的记录。"
    code, err = _print(db, out, "contacts", "--lang", "en")
    assert code == 2 and "Chinese only" in err


def test_the_incident_report_form(tmp_path: Path) -> None:
    db, ids = _office(tmp_path)
    out = tmp_path / "report.docx"
    assert _print(db, out, "incident_report", "--id", str(ids["initial"])) == (0, "")
    text = _text(out)
    assert "自然灾害灾情报告（初报）" in text and "县应急管理局" in text
    assert "2026年7月8日5时18分" in text and "2,150" in text and "640" in text
    assert "7月8日凌晨普降大暴雨" in text and "填报人" in text
    assert "二、灾情统计（截至本次报送）" in text and "四、" not in text  # no measures, no heading
    figures = {r.cells[0].text: r.cells[1].text for r in Document(str(out)).tables[2].rows}
    assert figures["受灾人口(人次)"] == "2,150" and figures["失踪人口"] == ""  # not reported

    out = tmp_path / "latest.docx"
    assert _print(db, out, "incident_report", "--incident", str(ids["incident"])) == (0, "")
    assert "第1次续报" in _text(out) and "182.6" in _text(out)
    code, err = _print(
        db, out, "incident_report", "--incident", str(ids["incident"]), "--report", "verified",
        lang="zh_CN.UTF-8",
    )  # fmt: skip
    assert code == 2 and err.strip() == "事件“青石镇“7·8”暴雨洪涝灾害”还没有核报记录。"


def test_the_incident_ledgers_mask_id_numbers_unless_asked(tmp_path: Path) -> None:
    db, ids = _office(tmp_path)
    incident = str(ids["incident"])
    out = tmp_path / "victims.docx"
    assert _print(db, out, "victims", "--id", incident) == (0, "")
    text = _text(out)
    assert "因灾死亡失踪人员台账" in text and "青石镇“7·8”暴雨洪涝灾害" in text
    assert "死亡1人，失踪0人" in text and "邓立新" in text
    assert ID not in text and "1101**********002X" in text
    store = Store.open(db)
    audits = "SELECT table_name, after FROM audit_log WHERE action = 'export_personal'"
    assert store.conn.execute(audits).fetchall() == []
    store.close()

    full = tmp_path / "full.docx"
    assert _print(db, full, "victims", "--id", incident, "--show-id-numbers") == (0, "")
    assert ID in _text(full)
    store = Store.open(db)
    [(table, after)] = store.conn.execute(audits).fetchall()
    store.close()
    assert table == "incident_victims"
    assert json.loads(after) == {"file": str(full), "print": "victims", "incident_id": 1}

    out = tmp_path / "houses.docx"
    assert _print(db, out, "houses", "--id", incident, "--lang", "en") == (0, "")
    text = _text(out)
    assert "Households with houses collapsed or damaged" in text and "张德福" in text
    assert "1 household; rooms collapsed 2, severely damaged 0, slightly damaged 1" in text
    code, err = _print(db, out, "houses", "--id", "42", lang="zh_CN.UTF-8")
    assert code == 2 and err.strip() == "突发事件与灾情中没有编号为 42 的记录。"


def test_the_ledger_takes_a3_only_when_the_columns_cannot_fit_a4() -> None:
    """Fourteen columns of a hazard ledger fit A4 landscape with their long text wrapped;
    eighteen columns of dates and phone numbers, each as narrow as it can be, do not."""
    heads = ["序号", "排查日期", "隐患名称", "所在位置", "隐患类别", "隐患等级", "责任单位",
             "责任人", "联系电话", "整改资金(元)", "整改期限", "整改状态", "完成日期", "验收人",
             "通知书编号"]  # fmt: skip
    row = ["100", "2026-12-06", "东坪至高山通村公路急弯路段缺少警示标志", "青石镇液化气供应站",
           "危险化学品", "一般", "镇综合行政执法大队", "孙磊娟", "13769273727", "585,500.00",
           "2026-12-22", "已整改", "2026-12-06", "贺艳燕", ""]  # fmt: skip
    paper, _widths, _least = paper_and_widths(heads, [row] * 50)
    assert paper == "A4"
    wide_heads = [f"日期{i}" for i in range(18)]
    paper, _widths, _least = paper_and_widths(wide_heads, [["2026-12-06 10:30"] * 18])
    assert paper == "A3"
