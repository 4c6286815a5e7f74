"""The summary's section on emergencies and information reporting (突发事件应对和信息报送).

Figures are computed here from the rows with the test's own SQL and Python — the year's
incidents as of the date, each one's latest report as of the date, the reports sent by
then and the follow-ups that came more than 24 hours after the one before — for the
青石镇 demo (a rainstorm with a Ⅳ-level response and a late follow-up, a road accident)
at the year's end and at two dates in July, and for years with no incidents.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import pairwise

import pytest

from emergency_desk.demo import fill_demo
from emergency_desk.report.summary import build_summary
from emergency_desk.schema import TABLES
from emergency_desk.store import Store

YEAR_END = dt.date(2025, 12, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store.open(tmp_path_factory.mktemp("demo") / "demo.db")
    fill_demo(s, 2025, today=YEAR_END)
    yield s
    s.close()


def _section(store: Store, year: int, lang: str, today: dt.date) -> str:
    doc = build_summary(store, year, lang, today=today)
    found = [
        sub for sub in doc.sections[0].subsections
        if "突发事件应对" in sub.heading
        or sub.heading.endswith(("Emergencies and information reporting", "Emergency response"))
    ]  # fmt: skip
    return "\n".join(p.full for sub in found for p in sub.paras)


def _expected(store: Store, year: int, day: dt.date) -> dict:
    """The section's figures from the rows, independently of the report code."""
    start, end = f"{year}-01-01", day.isoformat()
    incidents = store.db.execute(
        "SELECT id, category, started_at FROM incidents WHERE deleted_at IS NULL "
        "AND date(started_at) BETWEEN ? AND ? ORDER BY started_at",
        [start, end],
    ).fetchall()
    out: dict = {"count": len(incidents), "categories": {}, "reports": 0, "late_followups": 0}
    totals = {"relocated": 0, "deaths_natural": 0, "loss": Decimal(0), "injured": 0}
    for iid, category, _ in incidents:
        out["categories"][category] = out["categories"].get(category, 0) + 1
        rows = store.db.execute(
            "SELECT kind, sent_at, relocated, deaths, missing, injured, direct_loss "
            "FROM incident_reports WHERE deleted_at IS NULL AND incident_id = ? "
            "AND date(sent_at) <= ? ORDER BY sent_at",
            [iid, end],
        ).fetchall()
        out["reports"] += len(rows)
        if rows:
            _, _, relocated, deaths, missing, injured, loss = rows[-1]
            totals["relocated"] += relocated or 0
            totals["injured"] += injured or 0
            totals["loss"] += Decimal(str(loss or 0))
            if category == "natural_disaster":
                totals["deaths_natural"] += (deaths or 0) + (missing or 0)
        moments = [dt.datetime.fromisoformat(sent) for kind, sent, *_ in rows if kind != "verified"]
        out["late_followups"] += sum(
            1 for a, b in pairwise(moments) if b - a > dt.timedelta(hours=24)
        )
    out.update(totals)
    return out


def test_demo_year_end_in_chinese_and_english(demo: Store) -> None:
    e = _expected(demo, 2025, YEAR_END)
    assert (e["count"], e["categories"]) == (2, {"natural_disaster": 1, "accident": 1})
    assert (e["reports"], e["late_followups"], e["deaths_natural"]) == (6, 1, 0)
    before = _expected(demo, 2024, dt.date(2024, 12, 31))["count"]
    zh = _section(demo, 2025, "zh", YEAR_END)
    assert f"全年共发生各类突发事件{e['count']}起，较上年增加{e['count'] - before}起" in zh
    assert "其中自然灾害1起、事故灾难1起" in zh
    assert "7月8日发生青石镇“7·8”暴雨洪涝灾害" in zh
    assert f"启动Ⅳ级应急响应，紧急转移安置群众{e['relocated']}人" in zh
    assert "10月16日发生县道X035线柳溪大桥路段两车相撞事故" in zh
    assert "直接经济损失1268.5万元" in zh and "直接经济损失12万元" in zh
    assert "全年未发生因灾死亡失踪" in zh  # the road accident's death is not 因灾
    assert (
        f"全年报送突发事件信息{e['reports']}起（初报2起、续报3起、核报1起），"
        f"其中{e['late_followups']}起续报未在规定时限内报送" in zh
    )
    assert "无迟报" not in zh
    en = _section(demo, 2025, "en", YEAR_END)
    small = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    assert (
        f"During the year, {small[e['count']]} emergencies occurred (one more than last year)" in en
    )
    assert (
        f"a Level IV emergency response was started and {e['relocated']} people were relocated"
        in en
    )
    assert "one follow-up report was not sent within the time limit" in en  # below ten in words
    assert "No one died or went missing in a natural disaster during the year." in en
    assert "late or missed" not in en


def test_demo_mid_storm_counts_only_what_was_known_then(demo: Store) -> None:
    """On 9 July the storm was still going on: one follow-up sent (342 relocated), none
    late yet, and the October accident had not happened."""
    day = dt.date(2025, 7, 9)
    e = _expected(demo, 2025, day)
    assert (e["count"], e["reports"], e["late_followups"], e["relocated"]) == (1, 2, 0, 342)
    zh = _section(demo, 2025, "zh", day)
    assert "截至7月9日，共发生各类突发事件1起" in zh
    assert f"紧急转移安置群众{e['relocated']}人" in zh and "486" not in zh
    assert f"报送突发事件信息{e['reports']}起（初报1起、续报1起），无迟报、漏报。" in zh
    assert "全年" not in zh and "柳溪大桥" not in zh
    en = _section(demo, 2025, "en", day)
    assert "From 1 January to 9 July 2025, one emergency occurred" in en
    assert "none of them late or missed" in en and "during the year" not in en


def test_demo_end_of_july_has_the_late_follow_up(demo: Store) -> None:
    day = dt.date(2025, 7, 31)
    e = _expected(demo, 2025, day)
    assert (e["count"], e["reports"], e["late_followups"], e["relocated"]) == (1, 4, 1, 486)
    zh = _section(demo, 2025, "zh", day)
    assert "1—7月共发生各类突发事件1起" in zh
    assert f"1—7月报送突发事件信息{e['reports']}起" in zh
    assert "其中1起续报未在规定时限内报送" in zh and "无迟报" not in zh
    assert "one follow-up report was not sent" in _section(demo, 2025, "en", day)


def test_demo_previous_year_reported_in_time(demo: Store) -> None:
    """2024 had the quarry accident, both reports in time: "无迟报、漏报" is true."""
    e = _expected(demo, 2024, dt.date(2024, 12, 31))
    assert (e["count"], e["reports"], e["late_followups"]) == (1, 2, 0)
    zh = _section(demo, 2024, "zh", YEAR_END)
    assert "全年报送突发事件信息2起（初报1起、续报1起），无迟报、漏报。" in zh
    assert "较上年" not in zh  # 2023 had no incidents: no comparison
    en = _section(demo, 2024, "en", YEAR_END)
    assert "none of them late or missed" in en


def _entered(store: Store, when: str) -> None:
    with store.transaction():
        for name in TABLES:
            store.db.execute(f'UPDATE "{name}" SET created_at = ?', [when])


def test_a_disaster_death_is_never_hidden(store: Store) -> None:
    iid = store.insert("incidents", {
        "started_at": "2025-06-02 03:00", "title": "白沙村山洪灾害", "category": "natural_disaster",
        "kind": "flood", "level": "general", "villages": "白沙村", "response_level": "iv",
        "ended_at": "2025-06-03 08:00", "status": "closed",
    })  # fmt: skip
    store.insert("incident_reports", {"incident_id": iid, "kind": "initial",
                                      "sent_at": "2025-06-02 03:40", "deaths": 1, "affected": 40})  # fmt: skip
    _entered(store, "2025-06-02 09:00:00")
    zh = _section(store, 2025, "zh", YEAR_END)
    assert "造成受灾人口40人次，1人死亡" in zh
    assert "未发生因灾死亡失踪" not in zh
    # the verified report never went up (due 5 days after the end): not "无迟报"
    assert "其中1起核报未在规定时限内报送" in zh and "无迟报" not in zh
    en = _section(store, 2025, "en", YEAR_END)
    assert "one death" in en and "No one died" not in en
    assert "one verified report was not sent within the time limit" in en


def test_a_year_without_incidents(store: Store) -> None:
    """Nothing in the register: nothing claimed. Last year's incident shows the office keeps
    the register, so "未发生因灾死亡失踪" is then true and said; "无迟报" never is."""
    store.insert("plans", {"title": "青山镇总体应急预案", "level": "overall",
                           "issued_on": "2025-03-01"})  # fmt: skip
    _entered(store, "2025-03-01 09:00:00")
    for lang in ("zh", "en"):
        doc = build_summary(store, 2025, lang, today=YEAR_END).plain_text()
        assert "因灾死亡失踪" not in doc and "无迟报" not in doc
        assert "突发事件应对" not in doc and "No one died" not in doc
    store.insert("incidents", {"started_at": "2024-05-01 10:00", "title": "去年的火灾",
                               "category": "accident", "kind": "fire", "status": "ongoing"})  # fmt: skip
    _entered(store, "2025-03-01 09:00:00")
    zh = _section(store, 2025, "zh", YEAR_END)
    assert zh == "全年未发生因灾死亡失踪。"
    mid = _section(store, 2025, "zh", dt.date(2025, 6, 30))
    assert mid == "1—6月未发生因灾死亡失踪。"
    en = _section(store, 2025, "en", YEAR_END)
    assert en == "No one died or went missing in a natural disaster during the year."
    assert "无迟报" not in build_summary(store, 2025, "zh", today=YEAR_END).plain_text()


def test_with_incidents_reporting_up_is_headed_once(demo: Store) -> None:
    """Duty is "值班值守" when the incidents subsection speaks of information reporting."""
    for lang, duty, alone in (
        ("zh", "值班值守与信息报送", "值班值守"),
        ("en", "Duty and information reporting", "Duty"),
    ):
        doc = build_summary(demo, 2025, lang, today=YEAR_END)
        headings = [sub.heading for sub in doc.sections[0].subsections]
        assert sum("信息报送" in h or "information reporting" in h for h in headings) == 1
        assert any(h.endswith(alone) for h in headings) and not any(
            h.endswith(duty) for h in headings
        )
