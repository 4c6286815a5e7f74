"""The store's lists: filters, search, sort and paging, children, deleted records, settings
and the audit log, as the UI asks for them."""

from __future__ import annotations

import pytest
from store_records import _parents

from emergency_desk.store import ListQuery, Store

# -- listing -------------------------------------------------------------------------


@pytest.fixture
def listed(store: Store) -> Store:
    entries = [
        ("2024-12-31 23:50", "fire", "general", "东坪村一民房发生火灾，无人员伤亡"),
        ("2025-01-01 00:10", "flood", "larger", "柳溪河水位上涨，沿河农户需转移"),
        ("2025-03-05 14:00", "geological", "general", "青石镇柳溪村村民报告后山出现裂缝，疑似滑坡隐患"),
        ("2025-03-06 09:00", "fire", "major", "石门村山林火灾，过火面积约5亩"),
        ("2025-08-01 10:00", "weather", "none", "县气象台发布暴雨橙色预警"),
        ("2025-12-31 23:59", "traffic", "general", "省道S207线两车相撞"),
        ("2026-01-01 08:00", "fire", "general", "集贸街门店电动车充电起火"),
    ]  # fmt: skip
    for at, kind, level, summary in entries:
        store.insert(
            "duty_log", {"received_at": at, "type": kind, "level": level, "summary": summary}
        )
    return store


def _summaries(store: Store, q: ListQuery) -> list[str]:
    return [r["summary"] for r in store.rows(q)]


def test_filters_year_and_dates(listed: Store) -> None:
    q = ListQuery("duty_log")
    assert listed.count(q) == 7
    assert listed.count(q.with_(filters={"type": "fire"})) == 3
    assert listed.count(q.with_(filters={"type": ["fire", "flood"]})) == 4
    assert listed.count(q.with_(filters={"type": "fire", "level": "major"})) == 1
    assert listed.count(q.with_(filters={"type": None, "level": ""})) == 7
    assert listed.count(q.with_(year=2025)) == 5  # 2025-12-31 23:59 included
    assert listed.count(q.with_(year=2024)) == 1
    assert listed.count(q.with_(date_from="2025-03-05", date_to="2025-03-05")) == 1
    assert listed.count(q.with_(year=2025, date_from="2025-03-01", date_to="2025-08-01")) == 3
    with pytest.raises(KeyError):
        listed.count(q.with_(filters={"nonsense": 1}))


def test_search_short_long_and_several_words(listed: Store) -> None:
    q = ListQuery("duty_log")
    assert len(_summaries(listed, q.with_(search="火灾"))) == 2  # two characters
    assert len(_summaries(listed, q.with_(search="火"))) == 3  # one character
    assert _summaries(listed, q.with_(search="疑似滑坡隐患")) == [
        "青石镇柳溪村村民报告后山出现裂缝，疑似滑坡隐患"
    ]
    assert len(_summaries(listed, q.with_(search="柳溪 转移"))) == 1  # words AND together
    assert len(_summaries(listed, q.with_(search="s207"))) == 1  # ASCII case-insensitive
    assert _summaries(listed, q.with_(search="没有这件事")) == []
    assert listed.count(q.with_(search="火灾", year=2025)) == 1
    assert listed.count(q.with_(search="  ")) == 7
    for odd in ('"', "%", "_", "\\", "a*", "(", "OR", "火灾\"'"):
        listed.count(q.with_(search=odd))  # never an SQL or FTS syntax error


def test_search_on_small_registers_uses_like(store: Store) -> None:
    store.insert("plans", {"title": "青石镇森林火灾应急预案", "level": "special"})
    store.insert("plans", {"title": "青石镇防汛抗旱应急预案", "level": "special"})
    assert store.count(ListQuery("plans", search="火灾")) == 1
    assert store.count(ListQuery("plans", search="青石镇 应急预案")) == 2
    assert store.count(ListQuery("plans", search="100%")) == 0


def test_sort_and_paging(listed: Store) -> None:
    q = ListQuery("duty_log")
    default = [r["received_at"] for r in listed.rows(q)]
    assert default == sorted(default, reverse=True)  # the table's default: newest first
    asc = [r["received_at"] for r in listed.rows(q.with_(sort="received_at"))]
    assert asc == sorted(default)
    by_type = [r["type"] for r in listed.rows(q.with_(sort="type", descending=True))]
    assert by_type == sorted(by_type, reverse=True)
    # An unknown sort key falls back to id instead of failing.
    assert len(list(listed.rows(q.with_(sort="nope")))) == 7
    pages = [listed.page(q, offset=o, limit=3) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [r["id"] for p in pages for r in p] == listed.ids(q)
    subset = listed.ids(q)[:2]
    assert listed.count(q.with_(ids=tuple(subset))) == 2
    assert listed.count(q.with_(ids=())) == 0


def test_children_listed_by_parent(store: Store) -> None:
    parents = _parents(store)
    other = store.insert(
        "drills", {"held_on": "2025-06-01", "title": "桌面推演", "form": "tabletop"}
    )
    for drill, n in ((parents["drills"], 2), (other, 1)):
        for i in range(n):
            store.insert("drill_actions", {"drill_id": drill, "action": f"整改{i}"})
    assert store.count(ListQuery("drill_actions", parent_id=parents["drills"])) == 2
    assert store.count(ListQuery("drill_actions", parent_id=other)) == 1


def test_deleted_records_leave_the_list_and_the_search(listed: Store) -> None:
    q = ListQuery("duty_log", search="火灾")
    first = listed.ids(q)[0]
    listed.delete("duty_log", first)
    assert first not in listed.ids(q)
    assert listed.ids(q.with_(deleted=True)) == [first]
    listed.restore("duty_log", first)
    assert first in listed.ids(q)


def test_settings_and_report_texts(store: Store) -> None:
    assert store.get_setting("office_name", "默认") == "默认"
    store.set_setting("office_name", "青石镇应急管理办公室")
    store.set_setting("limits", {"major": 30})
    assert store.get_setting("office_name") == "青石镇应急管理办公室"
    assert store.get_setting("limits") == {"major": 30}
    store.set_report_text(2025, "zh", "opening", "今年以来……")
    store.set_report_text(2025, "zh", "opening", "2025年，我镇……")
    assert store.report_text(2025, "zh", "opening") == "2025年，我镇……"
    assert store.report_text(2025, "en", "opening") is None


def test_audit_records_who_and_what(store: Store) -> None:
    store.set_setting("operator", "李娜")
    pid = store.insert("plans", {"title": "总体预案", "level": "overall"})
    store.update("plans", pid, {"title": "青石镇总体应急预案"})
    rows = store.history("plans", pid)
    assert rows[0]["operator"] == "李娜" and rows[0]["after"]["title"] == "总体预案"
    assert rows[1]["before"] == {"title": "总体预案"}
    assert rows[1]["after"] == {"title": "青石镇总体应急预案"}
    assert store.audit_page(table="plans", action="update", text="青石镇")[0]["record_id"] == pid
    store.update("plans", pid, {"title": "青石镇总体应急预案"})  # no change, no audit row
    assert len(store.history("plans", pid)) == 2
