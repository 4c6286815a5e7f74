"""Issue 16: the summary says what the drill and publicity registers hold beyond counts —
comprehensive/single-subject drills, scenarios, ratings, problems found; places and partners.

Expected figures come from the test's own SQL and Python over the rows it inserted."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from report_fixture import entered_during_2025

from emergency_desk.report.summary import build_summary
from emergency_desk.store import Store

DAY = dt.date(2025, 12, 31)
DRILLS = [  # (held_on, title, scope, scenario, rating, problems_found)
    ("2025-04-10", "白沙塘水库防汛抢险演练", "comprehensive", "水库遭遇强降雨，坝体出现管涌", "good",
     "转移路线不熟悉；广播覆盖不到高山组。"),
    ("2025-05-10", "东坪村防汛转移演练", "single", "持续强降雨，后山出现险情", "pass", "对讲机不足。"),
    ("2025-06-10", "化工企业危化品泄漏处置演练", "single", "储罐阀门泄漏，有毒气体扩散", "good",
     "1.信息报送不及时\n2.协同配合不够\n3.防护装备穿戴不规范"),
    ("2025-07-10", "山林火灾扑救演练", "single", "祭祀用火引发山林火情", "needs_improvement", None),
    ("2025-08-10", "中心小学消防疏散演练", "single", "教学楼起火，组织师生疏散", None, ""),
]  # fmt: skip
ACTIVITIES = [  # (held_on, title, location, organizer)
    ("2025-03-01", "培训一", "镇政府会议室", "镇应急管理办公室"),
    ("2025-05-12", "防灾减灾日宣传", "文化广场", "镇应急管理办公室、镇派出所"),
    ("2025-06-01", "安全生产月启动", "文化广场", "镇安监站"),
    ("2025-06-16", "咨询日", "集贸街", "镇安监站、镇卫生院"),
    ("2025-09-01", "开学第一课", "中心小学", "镇派出所"),
    ("2025-11-09", "消防日", "文化广场", "镇安监站"),
]


def _fill(store: Store) -> None:
    store.set_setting("office_name", "青山镇应急管理办公室")
    for held, title, scope, scenario, rating, problems in DRILLS:
        store.insert(
            "drills",
            {"held_on": held, "title": title, "form": "live", "scope": scope,
             "scenario": scenario, "rating": rating, "problems_found": problems},
        )  # fmt: skip
    for held, title, place, org in ACTIVITIES:
        store.insert(
            "activities",
            {"held_on": held, "kind": "publicity", "title": title, "location": place,
             "organizer": org},
        )  # fmt: skip
    entered_during_2025(store)


def _para(store: Store, lang: str, word: str) -> str:
    text = build_summary(store, 2025, lang, today=DAY).plain_text()
    return next(p for p in text.split("\n") if word in p)


def _expected(store: Store) -> dict[str, object]:
    db = store.db
    scopes = dict(db.execute("SELECT scope, count(*) FROM drills GROUP BY scope").fetchall())
    ratings = dict(
        db.execute(
            "SELECT rating, count(*) FROM drills WHERE rating IS NOT NULL GROUP BY rating"
        ).fetchall()
    )
    problems = 0
    for (text,) in db.execute("SELECT problems_found FROM drills"):
        for part in re.split(r"[；。\n]", text or ""):
            part = re.sub(r"^\d+\.", "", part).strip()
            problems += bool(part)
    places = Counter(r[0] for r in db.execute("SELECT location FROM activities ORDER BY held_on"))
    partners: Counter[str] = Counter()
    for (org,) in db.execute("SELECT organizer FROM activities ORDER BY held_on"):
        partners.update(o for o in org.split("、") if o != "镇应急管理办公室")
    return {"scopes": scopes, "ratings": ratings, "problems": problems,
            "places": [p for p, _ in places.most_common(3)],
            "partners": [p for p, _ in partners.most_common(3)], "more_partners": len(partners) > 3,
            "more_places": len(places) > 3}  # fmt: skip


def test_drill_scope_scenarios_ratings_and_problems_zh(store: Store) -> None:
    _fill(store)
    e = _expected(store)
    text = _para(store, "zh", "组织开展应急演练")
    s, r = e["scopes"], e["ratings"]
    assert isinstance(s, dict) and isinstance(r, dict)
    assert f"综合演练{s['comprehensive']}次、单项演练{s['single']}次" in text
    # two flood drills first, then the others in one each
    assert "演练内容涵盖防汛抢险、危化品泄漏、森林防火、消防疏散场景" in text
    assert (
        f"已开展评估的{sum(r.values())}次演练中，良好{r['good']}次、合格{r['pass']}次、"
        f"需改进{r['needs_improvement']}次，共查找出问题{e['problems']}个。" in text
    )
    assert e["problems"] == 6


def test_drill_details_en(store: Store) -> None:
    _fill(store)
    e = _expected(store)
    r = e["ratings"]
    assert isinstance(r, dict)
    text = _para(store, "en", "emergency drills")
    assert "One was comprehensive and four single-subject." in text
    assert (
        "rehearsed flood rescue, hazardous chemical leaks, forest fires and fire evacuation" in text
    )
    assert (
        "Of the four drills evaluated, two were rated good, one pass and one needing improvement."
        in text
    )
    assert "In all, six problems came to light." in text and e["problems"] == 6


def test_activity_places_and_partners(store: Store) -> None:
    _fill(store)
    e = _expected(store)
    places, partners = e["places"], e["partners"]
    assert isinstance(places, list) and isinstance(partners, list)
    assert places[0] == "文化广场" and partners[0] == "镇安监站"
    zh = _para(store, "zh", "开展宣传教育培训活动")
    assert f"活动主要在{'、'.join(places)}等地开展" in zh
    assert f"会同{'、'.join(partners)}共同组织实施" in zh  # three partners: all named
    assert "会同镇应急管理办公室" not in zh  # the office is not its own partner
    en = _para(store, "en", "publicity, education")
    assert f"Events were held mainly at {places[0]}, {places[1]} and {places[2]}" in en
    assert f"organised together with {partners[0]}, {partners[1]} and {partners[2]}." in en


def test_nothing_said_when_the_fields_are_empty(store: Store) -> None:
    store.insert("drills", {"held_on": "2025-04-10", "title": "演练甲", "form": "live"})
    store.insert("drills", {"held_on": "2025-05-10", "title": "演练乙", "form": "tabletop"})
    store.insert("activities", {"held_on": "2025-05-12", "kind": "publicity", "title": "宣传"})
    entered_during_2025(store)
    zh = _para(store, "zh", "组织开展应急演练") + _para(store, "zh", "开展宣传教育培训活动")
    for word in ("演练类型", "涵盖", "经评估", "已开展评估", "查找出问题", "等地开展", "会同"):
        assert word not in zh
    en = _para(store, "en", "emergency drills") + _para(store, "en", "publicity, education")
    for word in (
        "comprehensive",
        "single-subject",
        "rehearsed",
        "rated",
        "came to light",
        "held at",
        "mainly at",
        "together with",
    ):
        assert word not in en
