"""The summary's year-on-year comparisons (同比), the duty log's significant events when the
year has no incidents, and the people moved before storms as the call-backs report them.

Expected figures come from the test's own rows and arithmetic; every record carries the
day it was entered, so last year's figures are those it had at its own end.
"""

from __future__ import annotations

import datetime as dt

from emergency_desk.report.summary import build_summary
from emergency_desk.store import Store

DOC = dt.date(2026, 1, 10)
PHONE = "13807310001"


def _add(store: Store, table: str, values: dict, entered: str) -> int:
    rid = store.insert(table, values)
    with store.transaction():
        store.db.execute(
            f'UPDATE "{table}" SET created_at = ? WHERE id = ?', [entered + " 09:00:00", rid]
        )
    return rid


def _text(store: Store, lang: str, today: dt.date = DOC, year: int = 2025) -> str:
    return build_summary(store, year, lang, today=today).plain_text()


def _pct(now: int, before: int) -> str:
    return f"{abs(now - before) * 100 / before:.1f}".rstrip("0").rstrip(".") + "%"


HAZARDS = [  # found, rectified on (None: open), entered
    ("2024-03-01", "2024-05-01", "2024-03-01"),
    ("2024-04-01", "2024-06-01", "2024-04-01"),
    ("2024-05-01", "2025-02-01", "2024-05-01"),  # rectified only in 2025
    ("2024-06-01", None, "2024-06-01"),
    ("2024-07-01", "2024-08-01", "2025-02-01"),  # entered after 2024 had ended
    ("2025-03-01", "2025-04-01", "2025-03-01"),
    ("2025-04-01", "2025-05-01", "2025-04-01"),
    ("2025-05-01", "2025-06-01", "2025-05-01"),
    ("2025-06-01", None, "2025-06-01"),
    ("2025-07-01", None, "2025-07-01"),
]
DRILLS = [("2024-05-01", 100), ("2024-09-01", 100), ("2025-05-01", 150), ("2025-09-01", 90)]
PLANS = [("2024-02-01", "甲预案"), ("2024-03-01", "乙预案"), ("2025-03-01", "丙预案")]


def _fill_registers(store: Store) -> None:
    for i, (found, done, entered) in enumerate(HAZARDS):
        values = {"found_on": found, "name": f"隐患{i}", "category": "fire", "grade": "general"}
        if done:
            values.update(status="rectified", rectified_on=done)
        _add(store, "hazards", values, entered)
    for i, (held, people) in enumerate(DRILLS):
        _add(store, "drills", {"held_on": held, "title": f"演练{i}", "form": "live",
                               "participants": people}, held)  # fmt: skip
    for issued, title in PLANS:
        _add(store, "plans", {"title": title, "level": "special", "issued_on": issued}, issued)
    _add(store, "activities", {"held_on": "2025-05-12", "kind": "publicity", "title": "宣传",
                               "participants": 300}, "2025-05-12")  # fmt: skip


def _at_end(year: int, entered_by: str, rows: list[tuple]) -> tuple[int, int]:
    """Hazards found in ``year`` and rectified by its end, as known on ``entered_by``."""
    mine = [r for r in rows if r[0].startswith(str(year)) and r[2] <= entered_by]
    return len(mine), sum(1 for r in mine if r[1] and r[1] <= f"{year}-12-31")


def test_main_figures_carry_the_comparison_in_both_languages(store: Store) -> None:
    _fill_registers(store)
    found, rectified = _at_end(2025, "2026-01-10", HAZARDS)
    found_before, rectified_before = _at_end(2024, "2024-12-31", HAZARDS)
    assert (found, rectified, found_before, rectified_before) == (5, 3, 4, 2)
    drills = [p for d, p in DRILLS if d.startswith("2025")]
    drills_before = [p for d, p in DRILLS if d.startswith("2024")]
    plans = sum(1 for d, _ in PLANS if d.startswith("2025"))
    plans_before = sum(1 for d, _ in PLANS if d.startswith("2024"))
    zh = _text(store, "zh")
    assert (
        f"排查隐患数量同比增加{_pct(found, found_before)}，"
        f"整改完成数量同比增加{_pct(rectified, rectified_before)}。" in zh
    )
    assert f"演练次数与上年持平，参演人次同比增加{_pct(sum(drills), sum(drills_before))}。" in zh
    assert f"新制定印发预案数量同比减少{_pct(plans, plans_before)}。" in zh
    assert "活动场次同比" not in zh and "参与人次同比" not in zh  # none last year
    en = _text(store, "en")
    assert (
        f"Hazards found were up {_pct(found, found_before)} on last year and hazards "
        f"rectified were up {_pct(rectified, rectified_before)} on last year." in en
    )
    assert "Drills held were the same as last year and drill participants were up 20%" in en
    assert "Plans issued were down 50% on last year." in en
    assert "events were" not in en


def test_no_comparison_without_last_year(store: Store) -> None:
    _fill_registers(store)
    zh = _text(store, "zh", today=dt.date(2024, 12, 31), year=2024)
    assert "同比" not in zh and "与上年持平" not in zh
    en = _text(store, "en", today=dt.date(2024, 12, 31), year=2024)
    assert "on last year" not in en and "the same as last year" not in en


EVENTS = [  # received, type, level, location, summary, action
    ("2025-03-01 10:00", "fire", "larger", "枫林村", "枫林村山林发生火情，过火面积约30亩",
     "调派镇半专业扑火队赶赴现场，明火已扑灭"),
    ("2025-07-12 05:10", "flood", "general", "东坪村", "东坪村持续强降雨，后山出现裂缝",
     "启动防汛Ⅳ级应急响应，转移群众11人"),
    ("2025-08-02 09:00", "instruction", "major", "", "县应急管理局通知：开展安全大检查", "已部署"),
    ("2025-08-05 09:00", "traffic", "none", "县道", "两车刮擦", "协助交警疏导交通"),
    ("2025-11-20 14:00", "geological", "general", "高山村五组", "高山村五组发生小型崩塌",
     "设置警戒，转移坡下4户13人"),
]  # fmt: skip


def _fill_events(store: Store) -> None:
    for at, kind, level, location, summary, action in EVENTS:
        _add(store, "duty_log", {"received_at": at, "type": kind, "level": level,
                                 "location": location, "summary": summary,
                                 "action_taken": action}, at[:10])  # fmt: skip


def test_significant_events_named_until_incidents_take_their_place(store: Store) -> None:
    _fill_events(store)
    zh = _text(store, "zh")
    assert "（七）突发事件应对处置" in zh  # after the registers' subsections
    assert (
        "全年重点处置的突发事件有：3月1日，枫林村山林发生火情，过火面积约30亩，"
        "调派镇半专业扑火队赶赴现场，明火已扑灭；7月12日，东坪村持续强降雨，后山出现裂缝，"
        "启动防汛Ⅳ级应急响应，转移群众11人；11月20日，高山村五组发生小型崩塌，"
        "设置警戒，转移坡下4户13人。" in zh
    )
    assert "安全大检查" not in zh and "两车刮擦" not in zh
    mid = _text(store, "zh", today=dt.date(2025, 8, 31))
    assert "1—8月重点处置的突发事件有：" in mid and "11月20日" not in mid
    en = _text(store, "en")
    assert "During the year, the main emergencies handled were: on 1 March at 枫林村" in en
    assert "on 12 July at 东坪村, “东坪村持续强降雨，后山出现裂缝” — 启动防汛Ⅳ级应急响应" in en
    # an incident in the register: its section replaces the duty log's paragraph
    _add(store, "incidents", {"started_at": "2025-07-12 05:00", "title": "东坪村“7·12”山洪灾害",
                              "category": "natural_disaster", "kind": "flood",
                              "level": "general", "location": "东坪村"}, "2025-07-12")  # fmt: skip
    zh = _text(store, "zh")
    assert "突发事件应对和信息报送" in zh and "重点处置的突发事件有" not in zh
    assert "7月12日发生东坪村“7·12”山洪灾害" in zh
    en = _text(store, "en")
    assert "Emergencies and information reporting" in en and "main emergencies handled" not in en


CALLBACKS = [  # warning received, responses
    ("2025-07-01 06:00", ["已转移危险区群众12人", "已转移坡下3户9人"]),
    ("2025-08-01 06:00", ["已收到，人员已到岗"]),
    ("2025-09-01 06:00", ["已组织撤离"]),
    ("2026-01-05 06:00", ["已转移危险区群众20人"]),  # next year
]


def test_people_moved_before_storms_from_the_call_backs(store: Store) -> None:
    person = _add(store, "contacts", {"name": "王强", "role": "monitor", "village": "东坪村",
                                      "phone": PHONE}, "2025-01-02")  # fmt: skip
    _add(store, "risk_points", {"name": "后山滑坡", "kind": "landslide", "village": "东坪村",
                                "households": 12, "persons": 40}, "2025-01-02")  # fmt: skip
    for received, responses in CALLBACKS:
        wid = _add(store, "warnings", {"received_at": received, "kind": "rainstorm",
                                       "color": "orange"}, received[:10])  # fmt: skip
        for response in responses:
            _add(store, "warning_callbacks", {"warning_id": wid, "contact_id": person,
                                              "called_at": received, "answered": "yes",
                                              "response": response}, received[:10])  # fmt: skip
    in_2025 = [r for at, rs in CALLBACKS if at.startswith("2025") for r in rs]
    moved = [
        r for at, rs in CALLBACKS if at.startswith("2025") for r in rs if "转移" in r or "撤离" in r
    ]
    warned = {at for at, rs in CALLBACKS if at.startswith("2025") and any(r in moved for r in rs)}
    assert (len(in_2025), len(moved), len(warned)) == (4, 3, 2)
    zh = _text(store, "zh")
    assert f"强降雨来临前，根据{len(warned)}次预警的叫应反馈，提前转移受威胁群众{12 + 9}人。" in zh
    mid = _text(store, "zh", today=dt.date(2025, 7, 15))
    assert "根据1次预警的叫应反馈，提前转移受威胁群众21人" in mid
    en = _text(store, "en")
    assert (
        "call-backs on two warnings report 21 people moved out of danger before the weather struck"
        in en
    )
    early = _text(store, "zh", today=dt.date(2025, 6, 30))
    assert "叫应反馈" not in early


def test_events_found_without_the_search_indexes(store: Store, monkeypatch) -> None:
    """A file whose search indexes cannot answer still gets the same events (read in full)."""
    from emergency_desk.store import summary_incidents

    _fill_events(store)
    day, doc = dt.date(2025, 12, 31), DOC
    indexed = summary_incidents.significant_events(store, 2025, day, doc)
    monkeypatch.setattr(summary_incidents.search_index, "short_term_query", lambda term: '"')
    assert summary_incidents.significant_events(store, 2025, day, doc) == indexed
    assert [e.received_at[:10] for e in indexed] == ["2025-03-01", "2025-07-12", "2025-11-20"]
