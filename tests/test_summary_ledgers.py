"""The annual summary's paragraphs on teams, information officers, refuge places, risk
points and warnings called back: figures computed here from the test's own rows, as of
the document's date, compared with last year, in Chinese and English."""

from __future__ import annotations

import datetime as dt

from emergency_desk.report.figures import collect
from emergency_desk.report.summary import build_summary
from emergency_desk.store import Store

PHONE = "13807310001"
DOC_DATE = dt.date(2026, 1, 10)

TEAMS = [  # name, kind, members, established, last trained, status, entered
    ("青石镇民兵应急分队", "militia", 30, "2020-05-01", "2025-05-01", "active", "2024-03-01"),
    ("东坪村民兵应急小组", "militia", 15, "2020-05-01", "2024-11-01", "active", "2024-03-01"),
    ("青石镇志愿者队", "volunteer", 20, "2025-03-01", None, "active", "2025-03-01"),
    ("已撤销的队伍", "militia", 12, "2019-01-01", "2025-06-01", "disbanded", "2024-03-01"),
    ("事后补录的队伍", "volunteer", 40, "2025-02-01", "2025-06-01", "active", "2026-02-01"),
]
OFFICERS = [  # name, village, trained, status
    ("王娟", "东坪村", "2025-04-01", "active"),
    ("李芳", "东坪村", "2025-04-01", "active"),
    ("陈刚", "柳溪村", "2023-04-01", "active"),
    ("周平", "石门村", "2025-04-01", "left"),
]
POINTS = [("后山滑坡", 12, 40, "2025-04-10"), ("垭口崩塌", 8, 25, "2024-04-10")]
WARNINGS_2025 = [  # received, colour, call-backs answered
    ("2025-06-01 06:10", "blue", []),
    ("2025-06-11 06:10", "blue", []),
    ("2025-07-01 06:10", "orange", ["yes", "yes"]),
    ("2025-07-21 06:10", "red", ["yes", "no"]),
]


def _at(store: Store, table: str, record_id: int, entered: str) -> None:
    with store.transaction():
        store.db.execute(f'UPDATE "{table}" SET created_at = ? WHERE id = ?', [entered, record_id])


def _fill(store: Store) -> None:
    for name, kind, members, established, trained, status, entered in TEAMS:
        rid = store.insert("teams", {"name": name, "kind": kind, "leader": "王强", "phone": PHONE,
                                     "members": members, "established_on": established,
                                     "last_trained_on": trained, "status": status})  # fmt: skip
        _at(store, "teams", rid, entered)
    people = []
    for name, village, trained, status in OFFICERS:
        rid = store.insert("contacts", {"name": name, "role": "info_officer", "village": village,
                                        "phone": PHONE, "trained_on": trained, "status": status})  # fmt: skip
        _at(store, "contacts", rid, "2025-01-02")
        people.append(rid)
    used = store.insert("shelters", {"name": "青石镇中心小学", "kind": "indoor", "address": "镇区",
                                     "capacity": 300, "last_inspected_on": "2025-04-01"})  # fmt: skip
    _at(store, "shelters", used, "2024-03-01")
    closed = store.insert("shelters", {"name": "旧礼堂", "kind": "indoor", "address": "镇区",
                                       "capacity": 500, "status": "closed"})  # fmt: skip
    _at(store, "shelters", closed, "2024-03-01")
    for name, households, persons, cards in POINTS:
        rid = store.insert("risk_points", {"name": name, "kind": "landslide", "village": "东坪村",
                                           "households": households, "persons": persons,
                                           "cards_issued_on": cards})  # fmt: skip
        _at(store, "risk_points", rid, "2025-01-02")
    for day in ("2024-06-01 06:10", "2024-07-01 06:10", "2024-08-01 06:10"):
        rid = store.insert("warnings", {"received_at": day, "kind": "rainstorm", "color": "blue"})
        _at(store, "warnings", rid, day[:10])
    for received, color, answers in WARNINGS_2025:
        rid = store.insert(
            "warnings",
            {"received_at": received, "kind": "rainstorm", "color": color, "relayed_at": received},
        )  # passed on at once: the summary may say "及时转发"
        _at(store, "warnings", rid, received[:10])
        for person, answered in zip(people, answers, strict=False):
            cid = store.insert("warning_callbacks", {"warning_id": rid, "contact_id": person,
                                                     "called_at": received, "answered": answered})  # fmt: skip
            _at(store, "warning_callbacks", cid, received[:10])


def test_ledger_figures_as_of_the_document_date(store: Store) -> None:
    _fill(store)
    g = collect(store, 2025, DOC_DATE).ledgers
    counted = [t for t in TEAMS if t[5] == "active" and t[6] < "2026-01-11"]
    assert g.teams == len(counted) == 3
    assert g.team_members == sum(t[2] for t in counted) == 65
    assert g.teams_by_kind == {"militia": 2, "volunteer": 1}
    assert g.teams_trained == sum(1 for t in counted if (t[4] or "").startswith("2025")) == 1
    active = [o for o in OFFICERS if o[3] == "active"]
    assert (g.officers, g.officer_villages) == (len(active), len({o[1] for o in active})) == (3, 2)
    assert g.officers_trained == sum(1 for o in active if o[2].startswith("2025")) == 2
    assert (g.shelters, g.shelter_capacity, g.shelters_inspected) == (1, 300, 1)
    assert (g.risk_points, g.households, g.persons) == (2, 20, 65)
    assert g.cards_issued == 1
    calls = [a for _, _, answers in WARNINGS_2025 for a in answers]
    assert (g.warnings, g.callbacks, g.callbacks_answered) == (4, len(calls), calls.count("yes"))
    assert g.warnings_by_color == {"blue": 2, "orange": 1, "red": 1}
    prev = collect(store, 2025, DOC_DATE).ledgers_prev
    assert prev is not None and (prev.teams, prev.shelters, prev.warnings, prev.officers) == (
        2, 1, 3, 0,
    )  # fmt: skip
    # Dated in the middle of the year: the later warnings and the team entered later are not there.
    mid = collect(store, 2025, dt.date(2025, 6, 30)).ledgers
    assert (mid.warnings, mid.callbacks, mid.teams) == (2, 0, 3)


def _ledger_paras(store: Store, lang: str) -> list[str]:
    doc = build_summary(store, 2025, lang, today=DOC_DATE)
    sub = next(
        s for s in doc.sections[0].subsections if "预警" in s.heading or "warnings" in s.heading
    )
    return [p.full for p in sub.paras]


def test_ledger_paragraphs_in_both_languages(store: Store) -> None:
    _fill(store)
    zh = _ledger_paras(store, "zh")
    assert zh == [
        "截至2025年底，全镇共有应急救援队伍3支、队员65人，较上年增加1支，"
        "其中民兵应急分队2支、志愿者队伍1支；年内开展训练的队伍1支。",
        "灾害信息员队伍覆盖2个村（社区），在岗灾害信息员3人，年内参加培训2人。",
        "建成可用应急避难场所1处，可容纳300人，与上年持平，年内检查1处。",
        "纳入群测群防监测的风险隐患点2处，保护群众20户65人；年内向1处隐患点受威胁群众发放防灾避险明白卡。",
        "全年共接收上级预警信息4次，较上年增加1次，其中蓝色预警2次、橙色预警1次、红色预警1次；"
        "对橙色、红色预警逐一叫应到村、到人，累计叫应4人次，已应答3人次（应答率75%），"
        "及时转发至各村（社区）和镇直各单位。",
    ]
    en = _ledger_paras(store, "en")
    assert en == [
        "At the end of 2025, the area had three emergency rescue teams (one more than last year) "
        "with 65 members: militia emergency unit (two) and volunteer team (one); "
        "one team trained during the year.",
        "There were three active disaster information officers, covering two villages; two of "
        "them were trained during the year.",
        "There was one emergency shelter (the same as last year), with room for 300 people; "
        "one was inspected during the year.",
        "There were two risk points under community monitoring, protecting 20 households and "
        "65 people; the two cards were handed out at one point during the year.",
        "The office received four warnings (two blue, one orange and one red; one more than "
        "last year) and relayed them to the villages and units; orange and red warnings were "
        "called back to four people, three of whom answered (75%).",
    ]
    text = build_summary(store, 2025, "zh", today=DOC_DATE).plain_text()
    assert "未录入" not in text.split("应急力量与预警叫应")[1].split("值班值守")[0]


def test_no_ledgers_no_heading(store: Store) -> None:
    store.insert("teams", {"name": "队", "kind": "militia", "leader": "王强", "phone": PHONE})
    doc = build_summary(store, 2024, "zh", today=dt.date(2024, 1, 5))
    heads = [s.heading for s in doc.sections[0].subsections]
    assert not any("预警叫应" in h for h in heads)  # the team was entered after that date


def test_one_team_is_not_said_to_be_all_of_a_kind(store: Store) -> None:
    rid = store.insert(
        "teams",
        {"name": "青石镇民兵应急分队", "kind": "militia", "leader": "王强", "phone": PHONE},
    )
    _at(store, "teams", rid, "2025-03-01 09:00")
    first = _ledger_paras(store, "zh")[0]
    assert first.startswith("截至2025年底，全镇共有应急救援队伍1支，为民兵应急分队")
    assert "均为" not in first
