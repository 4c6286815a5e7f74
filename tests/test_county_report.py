"""``county report``: the county's summary states each township's figures and their sum."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from cli_runner import run_cli
from county_fixture import TOWNS, YEAR, make_county

from emergency_desk.report.numbers import pct
from emergency_desk.store import Store
from emergency_desk.store.summary_hazards import hazard_figures
from emergency_desk.store.summary_plans_drills import drill_figures

DAY = dt.date(YEAR, 12, 31)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_county(tmp_path_factory.mktemp("county"))


def _own(county: Path, code: str) -> dict[str, int]:
    """A township's figures from its own database, by its own summary's queries."""
    store = Store.open(county.parent / f"{code}.db", read_only=True)
    try:
        h = hazard_figures(store, YEAR, DAY)
        d = drill_figures(store, YEAR, DAY)
        return {
            "found": h.found,
            "rectified": h.rectified,
            "overdue": len(h.overdue) + h.overdue_earlier,
            "drills": d.total,
            "participants": d.participants,
        }
    finally:
        store.close()


def _report(county: Path, tmp_path: Path, lang: str) -> docx.document.Document:
    out = tmp_path / f"county-{lang}.docx"
    done = run_cli(
        "--db", str(county), "county", "report", "--year", str(YEAR), "--lang", lang,
        "--date", DAY.isoformat(), "-o", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return docx.Document(str(out))


def _line(n: dict[str, int]) -> str:
    rate = pct(100 * n["rectified"] / n["found"])
    return (
        f"排查隐患{n['found']}处，已整改{n['rectified']}处，整改率{rate}，"
        f"逾期未整改{n['overdue']}处"
    )


def test_the_county_report_states_each_township_and_their_sum(county: Path, tmp_path: Path) -> None:
    document = _report(county, tmp_path, "zh")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "2025年全县应急管理工作汇总" in text
    own = {code: _own(county, code) for code in TOWNS}
    assert own[next(iter(TOWNS))] != own[list(TOWNS)[1]]
    for code, office in TOWNS.items():
        name = office.removesuffix("应急管理办公室")
        line = next(p for p in text.splitlines() if f"{name}：排查隐患" in p)
        assert _line(own[code]) in line
        assert f"开展演练{own[code]['drills']}次、参演{own[code]['participants']:,}人次" in line
    total = {k: sum(n[k] for n in own.values()) for k in next(iter(own.values()))}
    line = next(p for p in text.splitlines() if "全县合计：" in p)
    assert _line(total) in line
    # Part one is the township summary's own text, run over every row: the same sum.
    assert f"{total['found']}处" in text.split("二、各乡镇工作情况")[0]
    # Townships behind, by name.
    behind = text.split("三、工作滞后的乡镇")[1]
    assert "隐患逾期未整改：" in behind
    for code, office in TOWNS.items():
        assert f"{office.removesuffix('应急管理办公室')}{own[code]['overdue']}处" in behind

    # The table: a row a township and the sum, the figures in their columns.
    table = document.tables[-1]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows}
    header = [h.replace("\n", "") for h in rows["乡镇"]]  # a header may break at a line break
    col = {k: header.index(h) for k, h in (("found", "排查隐患"), ("rectified", "已整改"),
                                            ("overdue", "逾期未整改"), ("drills", "演练次数"))}  # fmt: skip
    for code, office in TOWNS.items():
        row = rows[office.removesuffix("应急管理办公室")]
        assert {k: int(row[i]) for k, i in col.items()} == {k: own[code][k] for k in col}
    assert {k: int(rows["全县合计"][i]) for k, i in col.items()} == {k: total[k] for k in col}
    assert document.core_properties.author == "临澧县应急管理局"


def test_the_county_report_in_english(county: Path, tmp_path: Path) -> None:
    document = _report(county, tmp_path, "en")
    text = "\n".join(p.text for p in document.paragraphs)
    own = [_own(county, code) for code in TOWNS]
    found = sum(n["found"] for n in own)
    assert f"County total: {found} hazards found" in text
    assert "3. Townships behind" in text
    assert "全县" not in text


def test_a_township_database_has_no_county_report(county: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    town = county.parent / f"{next(iter(TOWNS))}.db"
    done = run_cli("--db", str(town), "county", "report", "--year", str(YEAR), "-o", str(out),
                   lang="zh_CN.UTF-8")  # fmt: skip
    assert done.returncode == 2
    assert "本数据库是乡镇数据库" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
