"""The printouts: what a person receiving them reads, and how Word will lay them out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from emergency_desk.report.document import save
from emergency_desk.report.drill_report import build_drill_report
from emergency_desk.report.ledger import build_ledger
from emergency_desk.report.notices import build_notice, build_recheck
from emergency_desk.report.print_errors import PrintError
from emergency_desk.store import ListQuery, Store

OFFICE = "青石镇应急管理办公室"


def _hazard(store: Store, **values: object) -> int:
    row = {
        "found_on": "2026-03-02",
        "name": "加油站消防通道堵塞",
        "location": "镇东加油站",
        "category": "fire",
        "grade": "general",
        "responsible_unit": "青石镇东加油站",
        "description": "消防通道堆放杂物",
        "measures": "清理杂物，设置禁止堆放标志",
        "deadline": "2026-03-20",
        **values,
    }
    return store.insert("hazards", row)


def _reopen(path: Path) -> tuple[str, list[list[str]], object]:
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    return text, rows, doc


def _save(doc: object, tmp_path: Path, name: str) -> tuple[str, list[list[str]], object]:
    path = tmp_path / name
    save(doc, path)  # type: ignore[arg-type]
    return _reopen(path)


def test_notice_is_numbered_per_year_and_a_reprint_keeps_its_number(
    store: Store, tmp_path: Path
) -> None:
    store.set_setting("office_name", OFFICE)
    first, second = _hazard(store), _hazard(store, name="配电箱无防护", found_on="2026-03-03")
    day = dt.date(2026, 4, 1)
    text, _rows, doc = _save(build_notice(store, first, today=day), tmp_path, "a.docx")
    assert "〔2026〕第1号" in text and "隐患整改通知书" in text
    assert "青石镇东加油站：" in text  # addressed to the responsible unit
    assert "镇东加油站" in text and "消防通道堆放杂物" in text
    assert "清理杂物，设置禁止堆放标志" in text and "2026年3月20日前整改完毕" in text
    assert "对整改情况进行复查" in text and "（盖章）" in text and "签收" in text
    # the receipt, below the cut line, quotes the same number
    cut = text.index("沿此线剪开")
    assert "回　执" in text[cut:] and "〔2026〕第1号《隐患整改通知书》已收悉" in text[cut:]
    assert store.get("hazards", first)["notice_number"] == "〔2026〕第1号"
    text2, _r, _d = _save(build_notice(store, second, today=day), tmp_path, "b.docx")
    assert "〔2026〕第2号" in text2
    again, _r, _d = _save(build_notice(store, first, today=day), tmp_path, "c.docx")
    assert "〔2026〕第1号" in again and "第3号" not in again
    # a new year starts a new series
    third = _hazard(store, name="三号", found_on="2026-12-01", deadline="2027-01-31")
    text3, _r, _d = _save(build_notice(store, third, today=dt.date(2027, 1, 6)), tmp_path, "d.docx")
    assert "〔2027〕第1号" in text3
    props = doc.core_properties  # type: ignore[attr-defined]
    assert props.author == OFFICE and props.language == "zh-CN"
    assert "python-docx" not in f"{props.author}{props.comments}{props.title}"


def test_notice_signature_block_stays_with_the_text_above(store: Store, tmp_path: Path) -> None:
    _t, _r, doc = _save(build_notice(store, _hazard(store)), tmp_path, "n.docx")
    paras = doc.paragraphs  # type: ignore[attr-defined]
    i = next(k for k, p in enumerate(paras) if p.text.startswith("检查人员（签字）"))
    assert all(p.paragraph_format.keep_with_next for p in paras[i - 1 : i + 3])
    for p in paras:
        for r in p.runs:
            fonts = r._element.rPr.find(qn("w:rFonts"))
            assert fonts is not None and fonts.get(qn("w:eastAsia"))


def test_recheck_only_once_rectified(store: Store, tmp_path: Path) -> None:
    hid = _hazard(store)
    with pytest.raises(PrintError) as err:
        build_recheck(store, hid)
    assert "尚未整改" in err.value.message("zh") and "not rectified" in err.value.message("en")
    build_notice(store, hid, today=dt.date(2026, 3, 2))
    store.update(
        "hazards", hid, {"status": "rectified", "rectified_on": "2026-03-18", "verified_by": "王强"}
    )
    text, _r, _d = _save(build_recheck(store, hid), tmp_path, "r.docx")
    assert "隐患整改复查意见书" in text and "根据本单位〔2026〕第1号《隐患整改通知书》" in text
    assert "复查人员：王强" in text and "已按要求整改完毕" in text
    assert "2026年3月18日" in text


def test_unknown_hazard_is_a_sentence(store: Store) -> None:
    with pytest.raises(PrintError) as err:
        build_notice(store, 4242)
    assert err.value.message("zh") == "隐患排查中没有编号为 4242 的记录。"


def _drill(store: Store, **values: object) -> int:
    return store.insert(
        "drills",
        {
            "held_on": "2026-06-10",
            "title": "青石镇防汛综合演练",
            "form": "live",
            "scope": "comprehensive",
            "organizer": "青石镇人民政府",
            "location": "青石河堤",
            "participants": 120,
            "vehicles": 8,
            **values,
        },
    )


def test_drill_evaluation_report(store: Store, tmp_path: Path) -> None:
    did = _drill(
        store,
        scenario="连续强降雨，河堤出现管涌",
        rating="good",
        problems_found="通讯设备不足\n转移路线标识不清",
        evaluators="李明、赵强",
    )
    store.insert(
        "drill_actions",
        {"drill_id": did, "action": "增配对讲机", "owner": "张三", "due_on": "2026-07-01",
         "done_on": "2026-06-28"},
    )  # fmt: skip
    store.insert("drill_actions", {"drill_id": did, "action": "补设标识", "owner": "李四"})
    text, rows, _d = _save(build_drill_report(store, did, "zh"), tmp_path, "z.docx")
    for heading in ("一、演练基本情况", "二、演练情景", "三、评估结论", "四、发现的问题",
                    "五、整改措施", "六、评估人员"):  # fmt: skip
        assert heading in text
    assert "本次演练总体评定为“良好”" in text and "1. 通讯设备不足" in text
    assert "李明、赵强" in text and "管涌" in text
    assert ["演练地点", "青石河堤"] in rows and ["参演人数", "120人"] in rows
    assert ["增配对讲机", "张三", "2026年7月1日", "2026年6月28日"] in [r[1:] for r in rows]
    assert any(r[1] == "补设标识" and r[4] == "未完成" for r in rows)
    en, en_rows, _d = _save(build_drill_report(store, did, "en"), tmp_path, "e.docx")
    assert "1. Basic facts" in en and "rated the drill overall as “Good”" in en
    assert ["Location", "青石河堤"] in en_rows


def test_drill_without_rating_says_so_and_has_no_empty_heading(
    store: Store, tmp_path: Path
) -> None:
    did = store.insert("drills", {"held_on": "2026-05-01", "title": "空白演练", "form": "tabletop"})
    text, rows, doc = _save(build_drill_report(store, did, "zh"), tmp_path, "x.docx")
    assert "本次演练未作评估结论。" in text and "本次演练无整改事项。" in text
    assert ["演练地点", "未填写"] in rows
    paras = [p.text for p in doc.paragraphs]  # type: ignore[attr-defined]
    for i, p in enumerate(paras[:-1]):  # every heading is followed by words
        if p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            assert paras[i + 1].strip() or i + 1 < len(paras)
    assert all(
        p.strip() for p in paras if p[:2] in ("一、", "二、", "三、", "四、", "五、", "六、")
    )


def test_ledger_applies_the_filter_and_repeats_its_header(store: Store, tmp_path: Path) -> None:
    store.set_setting("office_name", OFFICE)
    _hazard(store, name="涵洞堵塞", grade="major")
    _hazard(store, name="涵洞裂缝", found_on="2025-05-01")
    _hazard(store, name="围栏破损", found_on="2026-04-01", deadline="2026-04-30")
    q = ListQuery("hazards", year=2026, search="涵洞")
    columns = ["name", "found_on", "grade"]
    text, rows, doc = _save(
        build_ledger(store, q, columns, "zh", today=dt.date(2026, 5, 1)), tmp_path, "l.docx"
    )
    assert f"{OFFICE}隐患排查台账（2026年）" in text
    assert "查找“涵洞”" in text and "打印日期：2026年5月1日" in text
    assert "制表人" in text and "审核人" in text
    assert rows == [
        ["序号", "隐患名称", "排查日期", "隐患等级"],
        ["1", "涵洞堵塞", "2026-03-02", "重大"],
    ]
    table = doc.tables[0]  # type: ignore[attr-defined]
    header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None and header.get(qn("w:val")) == "true"
    section = doc.sections[0]  # type: ignore[attr-defined]
    assert section.page_width > section.page_height  # landscape
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_ledger_in_english_and_empty(store: Store, tmp_path: Path) -> None:
    text, rows, _d = _save(
        build_ledger(store, ListQuery("drills", search="nothing"), None, "en"), tmp_path, "e.docx"
    )
    assert "Drills ledger" in text and rows[1][0] == "No records match the filter."
    assert rows[0][:3] == ["No.", "Date", "Title"]


def test_a_2000_row_ledger_prints_on_a_big_page(store: Store, tmp_path: Path) -> None:
    with store.bulk_insert() as add:
        for i in range(2000):
            add(
                "hazards",
                {
                    "found_on": f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}",
                    "name": f"第{i}号隐患：某某村某某组某某路段边坡有落石风险需设置防护网",
                    "category": "geological",
                    "grade": "general",
                    "status": "open",
                    "responsible_unit": "某某村村民委员会",
                },
            )
    doc = build_ledger(store, ListQuery("hazards"), None, "zh")  # about 1.5 s (no timing here)
    path = tmp_path / "big.docx"
    save(doc, path)
    reopened = Document(str(path))
    assert len(reopened.tables[0].rows) == 2001
    assert reopened.sections[0].page_width.mm < 300  # A4: fifteen columns fit, long names wrap


def test_every_printout_names_the_office_and_nothing_of_python_docx(
    store: Store, tmp_path: Path
) -> None:
    """The shared document layer: properties, language, fonts on eastAsia, for the day log
    too (it used to keep python-docx's template properties)."""
    import zipfile

    from emergency_desk.report.day_log import write_day_log

    store.set_setting("office_name", OFFICE)
    hid = _hazard(store)
    did = _drill(store)
    save(build_notice(store, hid), tmp_path / "n.docx")
    save(build_drill_report(store, did, "en"), tmp_path / "d.docx")
    save(build_ledger(store, ListQuery("hazards"), None, "zh"), tmp_path / "l.docx")
    write_day_log(store, "2026-03-02", tmp_path / "day.docx", "zh", OFFICE)
    for name, lang in (("n", "zh-CN"), ("d", "en-GB"), ("l", "zh-CN"), ("day", "zh-CN")):
        path = tmp_path / f"{name}.docx"
        with zipfile.ZipFile(path) as z:
            core = z.read("docProps/core.xml").decode()
            body = z.read("word/document.xml").decode()
        assert "python-docx" not in core and "2013-12-23" not in core, name
        props = Document(str(path)).core_properties
        assert props.author == OFFICE and props.language == lang and props.title, name
        assert 'w:eastAsia="' in body, name
