"""The printouts as the office receives them: rendered to PDF by LibreOffice, page by page.

python-docx only says what is in the file; whether the notice's receipt stays on its one
sheet or a ledger's header comes back on every page is only known once the pages are laid
out. These tests run where LibreOffice and poppler are installed (CI installs them with
the CJK fonts) and are skipped, saying why, where they are not.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from emergency_desk.store import Store
from tests.cli_runner import run_cli

TOOLS = ("soffice", "pdftotext", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="LibreOffice (soffice) and poppler (pdftotext, pdfinfo) are needed to render pages",
)


def _pdf(docx: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(docx.parent),
            str(docx),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    pdf = docx.with_suffix(".pdf")
    assert pdf.is_file(), f"LibreOffice did not render {docx.name}"
    return pdf


def _pages(pdf: Path) -> list[str]:
    """The text of each page, in order (pdftotext separates pages with a form feed), without
    white space: the layout spaces out Chinese (回 执) and wraps words inside table cells."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return ["".join(page.split()) for page in text.split("\f") if page.strip()]


def _office(tmp_path: Path, hazards: int = 1) -> tuple[Path, int, int]:
    path = tmp_path / "office.db"
    store = Store.open(path)
    store.set_setting("office_name", "青石镇应急管理办公室")
    first = 0
    for i in range(hazards):
        hazard = store.insert(
            "hazards",
            {
                "found_on": "2026-03-02",
                "name": f"河口村涵洞堵塞{i + 1}号",
                "location": "河口村三组涵洞",
                "category": "flood",
                "grade": "general",
                "responsible_unit": "河口村村民委员会",
                "description": "涵洞被生活垃圾和淤泥堵塞，汛期易造成道路积水。",
                "measures": "清理淤积，设置拦污栅，落实专人巡查。",
                "deadline": "2026-04-30",
            },
        )
        first = first or hazard
    drill = store.insert(
        "drills",
        {
            "held_on": "2026-06-01",
            "title": "青石镇防汛抢险综合演练",
            "form": "live",
            "scope": "comprehensive",
            "participants": 120,
            "vehicles": 8,
            "rating": "good",
            "scenario": "强降雨致河口村涵洞堵塞，道路积水，需转移群众。",
        },
    )
    store.close()
    return path, first, drill


def test_a_notice_and_its_receipt_fit_one_sheet(tmp_path: Path) -> None:
    db, hazard, _ = _office(tmp_path)
    out = tmp_path / "notice.docx"
    result = run_cli("--db", str(db), "print", "notice", "--id", str(hazard), "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = _pages(_pdf(out, tmp_path))
    assert len(pages) == 1, f"the notice runs to {len(pages)} pages"
    page = pages[0]
    assert "隐患整改通知书" in page and "河口村村民委员会" in page
    assert page.index("隐患整改通知书") < page.index("回执")  # the receipt is below the notice


def test_a_long_ledger_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    db, _, _ = _office(tmp_path, hazards=120)
    out = tmp_path / "ledger.docx"
    result = run_cli(
        "--db", str(db), "print", "ledger", "--register", "hazards", "--year", "2026",
        "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = _pages(_pdf(out, tmp_path))
    assert len(pages) > 1, "120 hazards should need more than one page"
    assert "隐患排查台账" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "隐患名称" in page, f"page {number} has no header row"
        assert f"第{number}页共{len(pages)}页" in page, f"page {number} is not numbered"
    # On A4 a long name wraps inside its cell; in reading order each is whole again.
    pdf = out.with_suffix(".pdf")
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    every_name = "".join(raw.split())
    assert all(f"河口村涵洞堵塞{i}号" in every_name for i in range(1, 121))
    assert "制表人" in pages[-1] and "审核人" in pages[-1]


def test_the_drill_evaluation_reads_in_english_too(tmp_path: Path) -> None:
    db, _, drill = _office(tmp_path)
    out = tmp_path / "drill.docx"
    result = run_cli(
        "--db", str(db), "print", "drill_evaluation", "--id", str(drill), "--lang", "en",
        "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(_pages(_pdf(out, tmp_path)))
    assert "青石镇防汛抢险综合演练" in text and "120" in text
    assert "Good" in text  # the rating, in English


def _people(tmp_path: Path) -> Path:
    """Two risk points of one village, one with every optional field empty and one with
    long names, and a directory of contacts in two villages."""
    path = tmp_path / "people.db"
    store = Store.open(path)
    store.set_setting("office_name", "青石镇应急管理办公室")
    shelter = store.insert(
        "shelters",
        {"name": "东坪村村部综合服务中心暨应急避难场所", "kind": "indoor",
         "address": "东坪村二组", "capacity": 200, "manager": "张琴", "phone": "17736588021"},
    )  # fmt: skip
    store.insert(
        "risk_points",
        {"name": "东坪村一组塘湾至四组后山沿线滑坡隐患点（含老屋场段）", "kind": "landslide",
         "village": "东坪村", "location": "东坪村一组塘湾", "households": 12, "persons": 48,
         "monitor": "高亮秀", "monitor_phone": "13925676931", "warning_signal": "铜锣、手摇报警器",
         "evacuation_route": "沿一组通组公路向东经过村小学、村卫生室后，再沿县道X035向东坪村村部"
         "方向撤离，途中避开河道和陡坡。" * 2, "shelter_id": shelter},
    )  # fmt: skip
    store.insert(
        "risk_points", {"name": "东坪村四组后山崩塌", "kind": "collapse", "village": "东坪村"}
    )
    for i in range(60):
        store.insert(
            "contacts",
            {"name": f"联系人{i}", "role": "grid", "village": "东坪村" if i % 2 else "石门村",
             "unit": "东坪村村民委员会" * (2 if i == 5 else 1), "phone": f"139{i:08d}"},
        )  # fmt: skip
    store.close()
    return path


def test_the_cards_print_two_to_a_sheet(tmp_path: Path) -> None:
    db = _people(tmp_path)
    out = tmp_path / "cards.docx"
    result = run_cli("--db", str(db), "print", "cards", "--village", "东坪村", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = _pages(_pdf(out, tmp_path))
    assert len(pages) == 2, f"two points should make two sheets, not {len(pages)}"
    for page in pages:  # each sheet: the monitor's card above the cut line, the household's below
        assert page.count("明白卡") == 2
        assert page.index("防灾工作明白卡") < page.index("沿此线剪开") < page.index("避险明白卡")
    # by name in pinyin order, as the list shows them: 四 (si) before 一 (yi)
    assert "东坪村四组后山崩塌" in pages[0] and "None" not in "".join(pages)
    assert "东坪村一组塘湾至四组后山沿线" in pages[1]


def test_the_directory_repeats_its_header_over_pages(tmp_path: Path) -> None:
    db = _people(tmp_path)
    out = tmp_path / "directory.docx"
    result = run_cli("--db", str(db), "print", "contacts", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = _pages(_pdf(out, tmp_path))
    assert "应急通讯录" in pages[0] and "东坪村（30人）" in "".join(pages)
    for number, page in enumerate(pages, start=1):
        assert "姓名" in page and f"第{number}页共{len(pages)}页" in page
    assert all(f"联系人{i}" in "".join(pages) for i in range(60))
