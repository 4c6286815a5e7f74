"""The summary reads as the office would write it (issue 16, writing).

Figures are computed here from the rows (their own SQL), never taken from the report code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from cli_runner import run_cli
from report_fixture import entered_during_2025

from emergency_desk.demo.fill import fill_demo
from emergency_desk.report.suggestions import Choice, load_choices, save_choices
from emergency_desk.report.summary import build_summary, export_summary
from emergency_desk.store import Store

DOC_DATE = dt.date(2026, 12, 6)  # the 2026 summary is a partial year
SOFTWARE_ZH = ("未录入", "台账中无记录", "录入", "系统", "数据库")
SOFTWARE_EN = ("recorded in the app", "no records", "no record ", "database", "the system")
NON_COMPLIANCE = ("值班安排", "未在规定时限内报送", "未在规定时限内向上级报告")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store.open(path)
    fill_demo(store, 2026, today=DOC_DATE)
    store.close()
    return path


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path) -> Store:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_db.read_bytes())
    store = Store.open(copy)
    yield store
    store.close()


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _body(store: Store, year: int, lang: str) -> str:
    """Everything from the title to the signature, as it prints."""
    return build_summary(store, year, lang, today=DOC_DATE).plain_text()


# -- 1. problems are suggestions; the default has no non-compliance -----------------------


def test_default_export_has_no_non_compliance_sentence(demo: Store, tmp_path: Path) -> None:
    late = demo.db.execute(
        "SELECT count(*) FROM duty_log WHERE deleted_at IS NULL AND level IN "
        "('especially_major','major','larger','general') AND received_at LIKE '2025%' "
        "AND (reported_up_at IS NULL OR reported_up_at > datetime(received_at, '+2 hours'))"
    ).fetchone()[0]
    assert late, "the demo year has late reports the rules would raise"
    text = _docx_text(export_summary(demo, 2025, "zh", tmp_path / "s.docx", today=DOC_DATE))
    problems = text.split("二、存在的问题")[1].split("三、")[0]
    for words in NON_COMPLIANCE:
        assert words not in problems, words
    assert "隐患整改闭环还不够到位" in problems  # the capacity problems are there


def test_cli_uses_the_saved_choice(demo: Store, tmp_path: Path) -> None:
    choices = load_choices(demo, 2025, "zh")
    choices["reports_late"] = Choice(True, "信息报送时效有待提高。我们自己的话。")
    choices["hazards_overdue"] = Choice(False)
    save_choices(demo, 2025, "zh", choices)
    assert demo.path is not None
    demo.close()
    out = tmp_path / "cli.docx"
    result = run_cli(
        "--db", str(demo.path), "report", "--year", "2025", "--date", "2026-12-06", "-o", str(out)
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _docx_text(out)
    problems = text.split("二、存在的问题")[1].split("三、")[0].strip().splitlines()
    plan = text.split("三、2026年工作计划")[1].strip().splitlines()
    assert "隐患整改闭环" not in "".join(problems)
    mine = [i for i, p in enumerate(problems) if p.endswith("我们自己的话。")]
    answer = [i for i, p in enumerate(plan) if "规范信息报送工作" in p]
    assert len(mine) == 1 and answer == mine  # the plan answers it, in the same place
    assert "挂牌督办" not in "".join(plan)  # the dropped problem is not answered


# -- 2. no software words ------------------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_no_software_words_in_a_full_and_a_partial_year(demo: Store, year: int) -> None:
    zh = _body(demo, year, "zh")
    for word in SOFTWARE_ZH:
        assert word not in zh, (year, word)
    en = _body(demo, year, "en").lower()
    for word in SOFTWARE_EN:
        assert word not in en, (year, word)


def test_no_software_words_for_an_empty_database(store: Store) -> None:
    zh = build_summary(store, 2025, "zh", today=DOC_DATE).plain_text()
    for word in SOFTWARE_ZH:
        assert word not in zh, word
    en = build_summary(store, 2025, "en", today=DOC_DATE).plain_text().lower()
    for word in SOFTWARE_EN:
        assert word not in en, word
    assert "recorded" not in en


# -- 3. nothing said twice ---------------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_names_and_rates_are_said_once(demo: Store, year: int) -> None:
    store = demo
    # every suggestion on: the most a document can say
    choices = {k: Choice(True) for k in ("reports_late", "roster_gaps", "no_activity")}
    save_choices(store, year, "zh", choices)
    doc = build_summary(store, year, "zh", today=DOC_DATE)
    body = "\n".join(
        [p.full for s in doc.sections for sub in s.subsections for p in sub.paras]
        + [p.full for s in doc.sections for p in s.paras]
    )
    plans = [r[0] for r in store.db.execute("SELECT title FROM plans WHERE deleted_at IS NULL")]
    hazards = [r[0] for r in store.db.execute("SELECT name FROM hazards WHERE deleted_at IS NULL")]
    for name in plans:
        assert body.count(f"《{name}》") <= 1, name
    for name in hazards:
        assert body.count(f"“{name}”") <= 1, name
    rates = Counter(re.findall(r"\d+(?:\.\d+)?%", body))
    assert rates and all(n == 1 for n in rates.values()), rates
    # the overdue hazards are named once, in the problems
    overdue = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM hazards WHERE deleted_at IS NULL AND found_on LIKE ? "
            "AND deadline < ? AND (rectified_on IS NULL OR rectified_on > ?)",
            [f"{year}%", *[min(DOC_DATE, dt.date(year, 12, 31)).isoformat()] * 2],
        )
    ]
    part_one = "\n".join(p.full for sub in doc.sections[0].subsections for p in sub.paras)
    for name in overdue:
        assert name not in part_one, name


def test_categories_by_size_with_other_last(demo: Store) -> None:
    text = _body(demo, 2025, "zh")
    cats = re.search(r"从类别看，([^。]+)。", text)
    assert cats
    parts = cats.group(1).split("、")
    assert parts[-1].startswith("其他")
    assert all(not p.startswith("其他") for p in parts[:-1])
    sizes = [int(re.search(r"(\d+)处", p).group(1)) for p in parts[:-1]]  # type: ignore[union-attr]
    assert sizes == sorted(sizes, reverse=True)
    types = re.search(r"共接报各类信息\d+条，其中([^。]+)。", text)
    assert types
    named = types.group(1).rstrip("等").split("、")
    assert all(not p.startswith("其他") for p in named[:-1]), named


def test_themed_days_are_named_as_occasions(demo: Store) -> None:
    text = _body(demo, 2025, "zh")
    titles = [
        r[0]
        for r in demo.db.execute(
            "SELECT title FROM activities WHERE deleted_at IS NULL AND kind = 'themed_day' "
            "AND held_on LIKE '2025%'"
        )
    ]
    assert titles
    for title in titles:  # no full activity title
        assert title not in text, title
    assert re.search(r"结合“5·12”防灾减灾日、安全生产月.*“11·9”消防宣传日等重要节点", text)
    assert "Work Safety Month" in _body(demo, 2025, "en")


def test_one_record_is_never_all(store: Store) -> None:
    store.set_setting("office_name", "青山镇应急管理办公室")
    store.insert(
        "plans", {"title": "青山镇总体预案", "level": "overall", "issued_on": "2025-03-01"}
    )
    store.insert(
        "hazards",
        {"found_on": "2025-03-01", "name": "河堤裂缝", "category": "flood", "grade": "general",
         "deadline": "2025-12-30"},
    )  # fmt: skip
    entered_during_2025(store)
    text = build_summary(store, 2025, "zh", today=dt.date(2025, 6, 30)).plain_text()
    assert "均为" not in text and "其余" not in text
    assert "现行有效应急预案共1件，为总体预案" in text
    assert "共排查各类安全隐患1处，为一般隐患" in text


def test_another_never_dangles(store: Store) -> None:
    """Only earlier years' hazards overdue: "仍有", not "另有" with nothing before it."""
    store.insert(
        "hazards",
        {"found_on": "2024-03-01", "name": "旧隐患", "category": "fire", "deadline": "2024-06-30"},
    )
    store.insert(
        "hazards",
        {"found_on": "2025-03-01", "name": "新隐患", "category": "fire", "deadline": "2025-04-30",
         "status": "rectified", "rectified_on": "2025-04-20"},
    )  # fmt: skip
    entered_during_2025(store)
    problems = build_summary(store, 2025, "zh", today=dt.date(2026, 1, 5)).sections[1]
    text = "\n".join(p.full for p in problems.paras)
    assert "以前年度排查的隐患中仍有1处逾期未整改" in text
    assert "另有" not in text


# -- 4. English ----------------------------------------------------------------------------


def _en_store(store: Store, n: int) -> Store:
    store.set_setting("office_name", "青山镇应急管理办公室")
    store.set_setting("office_name_en", "Qingshan Town Emergency Management Office")
    for i in range(n):
        point = store.insert("reserve_points", {"name": f"储备点{i}", "kind": "government"})
        store.insert(
            "materials",
            {"point_id": point, "name": f"编织袋{i}", "category": "flood", "unit": "条",
             "quantity": 100, "checked_on": "2025-01-02"},
        )  # fmt: skip
        d = store.insert(
            "drills",
            {"held_on": f"2025-0{i + 3}-10", "title": f"防汛演练{i}", "form": "live",
             "participants": 50},
        )  # fmt: skip
        store.insert(
            "drill_actions",
            {"drill_id": d, "action": f"整改{i}", "due_on": "2025-12-01", "done_on": None},
        )
    entered_during_2025(store)
    return store


@pytest.mark.parametrize(
    ("n", "phrases"),
    [
        (0, ["No emergency drill was held this year.", "No emergency material reserve point"]),
        (
            1,
            [
                "There is one reserve point",
                "One live drill was held: “防汛演练0”",
                "The drill led to one corrective action, which is being carried out.",
                "The drill tested how workable the plan is",
            ],
        ),
        (
            2,
            [
                "There are two reserve points",
                "We held two emergency drills, all live, with 100 participants",
                "two corrective actions, which are being carried out.",
                "The drills tested how workable the plans are",
            ],
        ),
    ],
)
def test_english_counts_zero_one_two(store: Store, n: int, phrases: list[str]) -> None:
    _en_store(store, n)
    doc = build_summary(store, 2025, "en", today=dt.date(2026, 1, 10))
    text = doc.plain_text()
    for phrase in phrases:
        assert phrase in text, (phrase, text)
    assert doc.title == (
        "Qingshan Town Emergency Management Office: Emergency Management Work Summary for 2025"
    )
    for wrong in (
        "1 reserve points",
        "1 drills",
        "one drills",
        "1 corrective actions",
        "all of them",
    ):
        assert wrong not in text, wrong
    assert not re.search(r"\b[1-9] (?:drill|reserve point|corrective action|plan)s?\b", text)


def test_english_marks_chinese_names_as_names(demo: Store) -> None:
    """The register has no English name for plans and drills: the Chinese name is kept and
    stands in quotes, as a name."""
    text = _body(demo, 2025, "en")
    titles = [
        r[0] for r in demo.db.execute("SELECT title FROM plans UNION SELECT title FROM drills")
    ]
    shown = [t for t in titles if t in text]
    assert shown
    for title in shown:
        assert text.count(title) == text.count(f"“{title}”"), title
