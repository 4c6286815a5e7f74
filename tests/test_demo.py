"""The demo fills every register with believable, reproducible data, from Python and the CLI."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from cli_runner import run_cli

from emergency_desk.demo import fill_demo, is_empty
from emergency_desk.schema import TABLES
from emergency_desk.store import ListQuery, Store

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def demo_store() -> Store:
    s = Store.open(None)
    s.result = fill_demo(s, 2026, today=TODAY)  # type: ignore[attr-defined]
    yield s
    s.close()


def rows(store: Store, table: str, **kw) -> list[dict]:
    return list(store.rows(ListQuery(table, **kw)))


def test_fills_every_table(demo_store: Store) -> None:
    for name in TABLES:
        assert demo_store.total(name) > 0, name
    assert demo_store.total("plans") >= 30
    assert demo_store.total("drills") >= 24
    assert demo_store.total("hazards") >= 200
    assert demo_store.total("duty_log") >= 300
    assert demo_store.total("duty_roster") >= 365
    counts = demo_store.result.counts  # type: ignore[attr-defined]
    for name in TABLES:
        assert counts[name] == demo_store.total(name), name


def test_every_choice_of_the_main_fields_occurs(demo_store: Store) -> None:
    wanted = {
        "plans": ("level", "category", "status"),
        "drills": ("form", "scope", "rating"),
        "hazards": ("category", "grade", "status"),
        "stock_movements": ("reason",),
        "duty_log": ("type", "level", "status"),
        "activities": ("kind",),
        "reserve_points": ("kind",),
    }
    # A township's two years hold no 重大 or 特别重大 event: those filters rightly find nothing.
    never = {("duty_log", "level"): {"major", "especially_major"}}
    for table, keys in wanted.items():
        data = rows(demo_store, table)
        for key in keys:
            seen = {r[key] for r in data}
            expected = set(TABLES[table].field(key).choice_keys) - never.get((table, key), set())
            assert expected <= seen, (table, key)
            assert not never.get((table, key), set()) & seen, (table, key)


def test_two_years_and_nothing_after_today(demo_store: Store) -> None:
    for name, t in TABLES.items():
        if not t.date_field:
            continue
        dates = [r[t.date_field][:10] for r in rows(demo_store, name)]
        assert max(dates) <= TODAY.isoformat(), name
        if name not in ("stock_movements",):
            assert {d[:4] for d in dates} >= {"2025", "2026"}, name


def test_figures_read_like_a_real_summary(demo_store: Store) -> None:
    hazards = rows(demo_store, "hazards")
    last_year = [h for h in hazards if h["found_on"].startswith("2025")]
    done = [h for h in last_year if h["status"] in ("rectified", "closed")]
    rate = len(done) / len(last_year)
    assert 0.9 < rate < 1.0
    assert all(h["rectified_on"] and h["rectified_on"] >= h["found_on"] for h in done)
    assert sum(1 for h in done if h["verified_by"]) > len(done) // 2
    overdue = [
        h
        for h in hazards
        if h["status"] in ("open", "rectifying") and h["deadline"] < TODAY.isoformat()
    ]
    assert overdue
    assert any(h["grade"] == "major" for h in hazards)

    materials = rows(demo_store, "materials")
    assert any(m["quantity"] < m["min_quantity"] for m in materials)
    assert any(m["expires_on"] and m["expires_on"] < TODAY.isoformat() for m in materials)
    assert all(m["quantity"] >= 0 for m in materials)
    for m in materials:
        assert m["quantity"] == demo_store.stock_of(m["id"])

    drilled = {d["plan_id"] for d in rows(demo_store, "drills")}
    in_force = [p for p in rows(demo_store, "plans") if p["status"] == "in_force"]
    assert any(p["id"] not in drilled for p in in_force)
    actions = rows(demo_store, "drill_actions")
    assert any(a["done_on"] is None and a["due_on"] < TODAY.isoformat() for a in actions)

    log = rows(demo_store, "duty_log")
    leveled = [e for e in log if e["level"] not in (None, "none")]
    assert any(e["reported_up_at"] is None for e in leveled)
    assert sum(1 for e in leveled if e["reported_up_at"]) > 0.8 * len(leveled)
    assert any("疑似滑坡隐患" in e["summary"] for e in log)

    roster_days = {r["on_date"] for r in rows(demo_store, "duty_roster")}
    all_days = (TODAY - dt.date(2025, 1, 1)).days + 1
    assert 0 < all_days - len(roster_days) < 15  # a year of roster with a few gaps

    titles = " ".join(a["title"] for a in rows(demo_store, "activities"))
    for theme in ("5·12", "安全生产月", "11·9"):
        assert theme in titles
    assert sum(a["leaflets"] or 0 for a in rows(demo_store, "activities", year=2025)) > 1000


def test_office_settings_for_the_report(demo_store: Store) -> None:
    assert demo_store.get_setting("office_name") == "青石镇应急管理办公室"
    assert demo_store.get_setting("office_name_en").startswith("Qingshi")
    assert demo_store.get_setting("region") == "某县青石镇"


def test_search_finds_demo_words(demo_store: Store) -> None:
    assert demo_store.count(ListQuery("duty_log", search="滑坡")) > 0
    assert demo_store.count(ListQuery("hazards", search="柳溪村")) > 0


def test_same_seed_same_records() -> None:
    def snapshot(seed: int) -> list[tuple]:
        s = Store.open(None)
        fill_demo(s, 2025, seed=seed, today=dt.date(2025, 3, 31))
        out = [
            (t, tuple(v for k, v in r.items() if not k.endswith("_at") or k == "received_at"))
            for t in ("hazards", "duty_log", "materials")
            for r in rows(s, t)
        ]
        s.close()
        return out

    first = snapshot(7)
    assert first == snapshot(7)
    assert first != snapshot(8)


def test_a_past_year_ends_on_31_december() -> None:
    s = Store.open(None)
    result = fill_demo(s, 2024)
    assert result.today == dt.date(2024, 12, 31)
    dates = Counter(r["held_on"][:4] for r in rows(s, "drills"))
    assert set(dates) == {"2023", "2024"}
    s.close()


def test_is_empty_counts_the_recycle_bin(store: Store) -> None:
    assert is_empty(store)
    pid = store.insert("plans", {"title": "测试预案", "level": "special"})
    store.delete("plans", pid)
    assert not is_empty(store)


def _cli(*args: str, lang: str = "zh_CN.UTF-8") -> subprocess.CompletedProcess:
    return run_cli(*args, lang=lang)


def test_cli_demo_fills_and_if_empty_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "demo.db"
    db.parent.mkdir()  # --db names a file in a folder that exists (a typo makes no folder)
    done = _cli("--db", str(db), "demo", "--year", "2025")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"已新建数据库“{db}”。"
    assert "已生成2024—2025年示例数据" in done.stdout
    assert len(done.stdout.strip().splitlines()) == 1
    s = Store.open(db)
    before = {t: s.total(t) for t in TABLES}
    s.close()
    assert all(before.values())

    again = _cli("--db", str(db), "demo", "--if-empty")
    assert again.returncode == 0 and again.stdout == "" and again.stderr == ""
    refused = _cli("--db", str(db), "demo", lang="en_US.UTF-8")
    assert refused.returncode == 2
    assert "already has records" in refused.stderr
    s = Store.open(db)
    assert {t: s.total(t) for t in TABLES} == before
    s.close()


def test_cli_demo_on_a_foreign_file_says_so_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not a database at all" * 10)
    done = _cli("--db", str(bad), "demo")
    assert done.returncode == 2
    assert "不是应急管理工作台的数据库文件" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    done = _cli("--db", str(bad), "demo", lang="en_GB.UTF-8")
    assert "is not an Emergency Desk database" in done.stderr


def test_the_closing_line_names_each_table_with_its_count_in_either_language() -> None:
    from emergency_desk.demo.fill import DemoResult

    result = DemoResult(2026, dt.date(2026, 12, 6), {"plans": 52, "duty_log": 1})
    assert "应急预案52条" in result.line("zh")
    en = result.line("en")
    assert en.startswith("Demo data for 2025–2026 created: Emergency plans: 52; ")
    assert "Duty log: 1;" in en  # a heading, so no plural to get wrong
