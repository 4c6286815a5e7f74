"""Build the benchmark database: a county office's registers after years of heavy use.

The schema comes from the app's own migrations (``Store.open``); only the bulk rows are
written with raw ``executemany`` — the bench is not the app, and a million validated
single inserts would take longer than every case together. The FTS and grams indexes are
kept by the app's triggers during the load, exactly as they would be in use.

The file is cached in ``bench/.cache/`` under a name made of the seed, the scale and a hash
of this generator and the app's migrations, so a changed schema never reuses an old file.

    python bench/generate.py [--scale 0.01] [--seed 7]   # prints the path
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from emergency_desk.store import Store, search_index  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_more import (  # noqa: E402
    activity_rows,
    contact_rows,
    handover_rows,
    incident_rows,
    material_and_movement_rows,
    point_rows,
    risk_point_rows,
    roster_rows,
    shelter_rows,
    team_rows,
    warning_rows,
)
from generate_words import (  # noqa: E402  (TOWNS, VILLAGES… are read as generate.X)
    ACTIONS,
    ALL_EVENTS,
    EVENTS,
    FIRST_DAY,
    HAZARD_NAMES,
    PLACES,
    TODAY,
    TOWNS,
    UNITS,
    VILLAGES,
    _day,
    _keys,
    _person,
    _phone,
    _stamp,
)

CACHE = Path(__file__).resolve().parent / ".cache"
DATA_VERSION = 4  # bump when the generated rows or indexes change (3: teams, contacts, shelters, risk points, villages; 4: warnings, incidents, closed hazards without a verifier)
SIZES = {
    "duty_log": 1_000_000,
    "hazards": 100_000,
    "materials": 20_000,
    "stock_movements": 200_000,
    "drills": 20_000,
    "plans": 5_000,
    "activities": 50_000,
    "reserve_points": 200,
    "drill_actions": 10_000,
    "duty_handovers": 7_000,
    "teams": 500,
    "contacts": 5_000,
    "shelters": 1_000,
    "risk_points": 5_000,
}


def cache_path(scale: float, seed: int) -> Path:
    """Keyed by seed, scale, the generator's data version and the app's schema version.

    Indexes and columns the schema gains later are added by the app's own ``sync_schema``
    when the file is next opened, as they would be for a user's file.
    """
    from emergency_desk.store.migrations import SCHEMA_VERSION

    return CACHE / f"bench-s{seed}-x{scale:g}-d{DATA_VERSION}-v{SCHEMA_VERSION}.db"


def size(name: str, scale: float) -> int:
    return max(1, round(SIZES[name] * scale))


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]]) -> int:
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return 0
    cols = list(first)
    sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" for _ in cols)})'

    def tuples() -> Iterator[tuple[Any, ...]]:
        yield tuple(first[c] for c in cols)
        for row in it:
            yield tuple(row[c] for c in cols)

    return conn.executemany(sql, tuples()).rowcount


def duty_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    """Calls spread evenly from 2017 to the day before today, in the order they came in."""
    types = _keys("duty_log", "type")
    type_weights = [8, 6, 5, 10, 14, 4, 3, 5, 10, 35]
    levels = _keys("duty_log", "level")
    level_weights = [80, 14, 4, 1.5, 0.5]
    channels = _keys("duty_log", "channel")
    span = (TODAY - FIRST_DAY).days * 24 * 60
    step = span / n
    start = dt.datetime.combine(FIRST_DAY, dt.time())
    officers = [_person(r) for _ in range(40)]
    for i in range(n):
        at = start + dt.timedelta(minutes=int(i * step + r.random() * step))
        kind = r.choices(types, type_weights)[0]
        level = r.choices(levels, level_weights)[0]
        place = (
            r.choice(TOWNS) + r.choice(VILLAGES) + (r.choice(PLACES) if r.random() < 0.5 else "")
        )
        summary = f"{place}{r.choice(EVENTS[kind])}"
        if r.random() < 0.3:
            summary += f"，约{r.randrange(1, 50)}人受影响"
        reported = None
        if level != "none":
            late = r.random() < 0.1
            reported = at + dt.timedelta(
                minutes=r.randrange(300, 900) if late else r.randrange(5, 30)
            )
        stamp = at.strftime("%Y-%m-%d %H:%M")
        yield {
            "received_at": stamp,
            "channel": r.choice(channels),
            "reporter": _person(r),
            "reporter_phone": _phone(r),
            "type": kind,
            "level": level,
            "location": place,
            "summary": summary,
            "action_taken": r.choice(ACTIONS)
            + ("；" + r.choice(ACTIONS) if r.random() < 0.4 else ""),
            "reported_up_at": reported.strftime("%Y-%m-%d %H:%M") if reported else None,
            "reported_to": "县应急管理局" if reported else None,
            "handled_by": r.choice(officers),
            "status": "closed"
            if at.date() < TODAY - dt.timedelta(days=3) or r.random() < 0.5
            else "open",
            "created_at": stamp + ":00",
            "updated_at": stamp + ":00",
            "deleted_at": stamp + ":30" if r.random() < 0.002 else None,
        }


def hazard_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    cats = _keys("hazards", "category")
    for _ in range(n):
        found = _day(r)
        cat = r.choice(cats)
        grade = "major" if r.random() < 0.05 else "general"
        deadline = found + dt.timedelta(days=r.randrange(15, 180))
        age = (TODAY - found).days
        status = (
            r.choice(["rectified", "closed"])
            if r.random() < min(0.97, age / 200)
            else r.choice(["open", "rectifying"])
        )
        rectified = None
        if status in ("rectified", "closed"):
            rectified = min(TODAY, found + dt.timedelta(days=r.randrange(3, 200))).isoformat()
        place = r.choice(TOWNS) + r.choice(VILLAGES)
        yield {
            "found_on": found.isoformat(),
            "name": f"{place}{r.choice(HAZARD_NAMES[cat])}",
            "location": place + r.choice(PLACES),
            "category": cat,
            "grade": grade,
            "description": f"排查发现{r.choice(HAZARD_NAMES[cat])}，存在安全风险，需限期整改",
            "responsible_unit": r.choice(TOWNS) + r.choice(["政府", "安监站", "村委会"]),
            "responsible_person": _person(r),
            "phone": _phone(r),
            "measures": "设置警示标志，落实专人巡查，限期整改到位",
            "funds": round(r.random() * 50000, 2) if r.random() < 0.4 else None,
            "deadline": deadline.isoformat(),
            "status": status,
            "rectified_on": rectified,
            "verified_by": _person(r) if rectified else None,
            "created_at": _stamp(found),
            "updated_at": _stamp(found),
            "deleted_at": None,
        }
    # Closed (销号) with no verifier, as an old imported ledger may hold them (one deleted).
    for i, (verifier, deleted) in enumerate([(None, None), ("  ", None), (None, "2026-01-02")]):
        found = dt.date(2024, 3, 1) + dt.timedelta(days=i)
        yield {
            "found_on": found.isoformat(),
            "name": f"旧台账导入隐患{i + 1}",
            "location": "城关镇张家村",
            "category": cats[0],
            "grade": "general",
            "description": "旧台账导入，已销号但未登记验收人",
            "responsible_unit": "城关镇政府",
            "responsible_person": "张伟",
            "phone": "13800000000",
            "measures": "已整改",
            "funds": None,
            "deadline": (found + dt.timedelta(days=30)).isoformat(),
            "status": "closed",
            "rectified_on": (found + dt.timedelta(days=20)).isoformat(),
            "verified_by": verifier,
            "created_at": _stamp(found),
            "updated_at": _stamp(found),
            "deleted_at": deleted,
        }


def plan_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    levels = _keys("plans", "level")
    cats = _keys("plans", "category")
    kinds = [
        "防汛抗旱",
        "森林防灭火",
        "地质灾害",
        "安全生产事故",
        "危险化学品事故",
        "突发公共卫生事件",
    ]
    for i in range(n):
        issued = _day(r, dt.date(2012, 1, 1))
        revised = issued + dt.timedelta(days=r.randrange(300, 2000))
        yield {
            "title": f"{r.choice(TOWNS)}{r.choice(kinds)}应急预案（第{i + 1}号）",
            "level": r.choice(levels),
            "category": r.choice(cats),
            "lead_unit": r.choice(UNITS),
            "doc_number": f"应急〔{issued.year}〕{r.randrange(1, 99)}号",
            "issued_on": issued.isoformat(),
            "revised_on": revised.isoformat() if revised < TODAY and r.random() < 0.6 else None,
            "review_years": 3,
            "status": r.choices(["in_force", "draft", "revising", "repealed"], [80, 5, 10, 5])[0],
            "notes": None,
            "created_at": _stamp(issued),
            "updated_at": _stamp(issued),
            "deleted_at": None,
        }


def drill_rows(r: random.Random, n: int, plans: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        held = _day(r)
        yield {
            "held_on": held.isoformat(),
            "title": f"{r.choice(TOWNS)}{r.choice(['防汛', '消防', '地质灾害', '危化品泄漏'])}应急演练",
            "plan_id": r.randrange(1, plans + 1) if r.random() < 0.8 else None,
            "form": r.choice(_keys("drills", "form")),
            "scope": r.choice(_keys("drills", "scope")),
            "organizer": r.choice(UNITS),
            "location": r.choice(TOWNS) + r.choice(PLACES),
            "participants": r.randrange(10, 500),
            "vehicles": r.randrange(0, 30),
            "scenario": "模拟" + r.choice(ALL_EVENTS),
            "rating": r.choice(_keys("drills", "rating")),
            "problems_found": None,
            "notes": None,
            "created_at": _stamp(held),
            "updated_at": _stamp(held),
            "deleted_at": None,
        }


def drill_action_rows(r: random.Random, n: int, drills: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        due = _day(r)
        yield {
            "drill_id": r.randrange(1, drills + 1),
            "action": r.choice(["补充应急物资", "完善通讯联络表", "加强培训", "修订预案流程"]),
            "owner": _person(r),
            "due_on": due.isoformat(),
            "done_on": due.isoformat() if r.random() < 0.8 else None,
            "created_at": _stamp(due),
            "updated_at": _stamp(due),
            "deleted_at": None,
        }


def build(path: Path, scale: float, seed: int, log: bool = True) -> None:
    r = random.Random(seed)
    n = {k: size(k, scale) for k in SIZES}
    materials, moves = material_and_movement_rows(
        r, n["materials"], n["stock_movements"], n["reserve_points"]
    )
    steps: list[tuple[str, Iterable[dict[str, Any]]]] = [
        ("plans", plan_rows(r, n["plans"])),
        ("drills", drill_rows(r, n["drills"], n["plans"])),
        ("drill_actions", drill_action_rows(r, n["drill_actions"], n["drills"])),
        ("reserve_points", point_rows(r, n["reserve_points"])),
        ("materials", materials),
        ("stock_movements", moves),
        ("activities", activity_rows(r, n["activities"])),
        ("duty_roster", roster_rows(r)),
        ("duty_handovers", handover_rows(r, n["duty_handovers"])),
        ("hazards", hazard_rows(r, n["hazards"])),
        ("duty_log", duty_rows(r, n["duty_log"])),
        ("teams", team_rows(r, n["teams"])),
        ("contacts", contact_rows(r, n["contacts"])),
        ("shelters", shelter_rows(r, n["shelters"])),
        ("risk_points", risk_point_rows(r, n["risk_points"], n["shelters"])),
        *zip(("warnings", "warning_callbacks"), warning_rows(), strict=True),
        *incident_rows().items(),
    ]
    load(path, steps, log)


def drop_triggers_and_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Drop every trigger and index (their names and SQL returned, for
    ``rebuild_and_restore``): rows then go in, or out, in one pass each."""
    deferred = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        "AND sql IS NOT NULL ORDER BY type"
    ).fetchall()
    for name, sql in deferred:
        kind = "TRIGGER" if sql.upper().startswith("CREATE TRIGGER") else "INDEX"
        conn.execute(f'DROP {kind} "{name}"')
    return deferred


def rebuild_and_restore(conn: sqlite3.Connection, deferred: list[tuple[str, str]]) -> None:
    """The app's full-text and grams indexes rebuilt from the rows there are, then the
    dropped triggers and indexes put back as they were."""
    for table in search_index.INDEXED_TABLES:
        fts = search_index.trigram_table(table)
        conn.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
        search_index.rebuild(conn, table)
    for _, sql in deferred:
        conn.execute(sql)


def load(path: Path, steps: list[tuple[str, Iterable[dict[str, Any]]]], log: bool = True) -> None:
    """A new database at ``path`` (the app's schema) holding ``steps``' rows, indexed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    Store.open(tmp).close()  # the app's migrations make the schema
    conn = sqlite3.connect(tmp)
    search_index.register(conn)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("PRAGMA foreign_keys = OFF")
    # Per-row FTS triggers cost ~15x a rebuild, so the load runs without them and the app's
    # own full-text and grams indexes are rebuilt afterwards; the triggers are put back as is.
    # Likewise the indexes: building one from sorted rows beats updating twenty per row.
    deferred = drop_triggers_and_indexes(conn)
    for table, rows in steps:
        t0 = time.perf_counter()
        with conn:
            count = _insert(conn, table, rows)
        if log:
            print(f"  {table:16} {count:>9} rows {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    t0 = time.perf_counter()
    with conn:
        rebuild_and_restore(conn, deferred)
    if log:
        print(f"  indexes, FTS   {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    with conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('office_name', '\"青山县应急管理局\"')"
            " ON CONFLICT(key) DO NOTHING"
        )
        conn.execute(  # the area's villages: the information-officer rule reads them
            "INSERT INTO settings (key, value) VALUES ('villages', ?) ON CONFLICT(key) DO NOTHING",
            [json.dumps("\n".join(VILLAGES), ensure_ascii=False)],
        )
        conn.execute(  # ten years of records: the rules judge every day the bench holds
            "INSERT INTO settings (key, value) VALUES ('records_from', '\"2000-01-01\"')"
            " ON CONFLICT(key) DO NOTHING"
        )
    t0 = time.perf_counter()
    for table in search_index.INDEXED_TABLES:
        conn.execute(f'INSERT INTO "{table}_fts"("{table}_fts") VALUES (\'optimize\')')
        conn.execute(
            f'INSERT INTO "{search_index.grams_table(table)}"'
            f"(\"{search_index.grams_table(table)}\") VALUES ('optimize')"
        )
    conn.commit()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    if log:
        print(f"  optimize {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    tmp.rename(path)
    Path(f"{tmp}.lock").unlink(missing_ok=True)


def ensure(scale: float = 1.0, seed: int = 7, log: bool = True) -> Path:
    """The cached database for this scale and seed, generated if missing."""
    path = cache_path(scale, seed)
    if not path.exists():
        if log:
            print(f"generating {path.name} (scale {scale:g}) ...", file=sys.stderr)
        t0 = time.perf_counter()
        build(path, scale, seed, log)
        if log:
            print(f"generated in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    args = ap.parse_args(argv)
    if args.force:
        cache_path(args.scale, args.seed).unlink(missing_ok=True)
    print(ensure(args.scale, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
