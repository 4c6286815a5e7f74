"""This round's cases: the new registers' lists at county size, the county roll-up of 30
township packages, and a 2,000-row printed ledger (floors in ``floors_more.py``).

* ``lists`` database (``lists_db``): the six new registers at the size a county holds
  when its townships are taken in — 2,000 teams, 20,000 contacts, 4,000 shelters, 20,000
  risk points, 10,000 warnings (20,000 call-backs), 3,000 incidents (9,000 reports) —
  cached in ``bench/.cache``. Each register has a ``search`` case (a two-character word,
  until the list's row 0 is read) and a ``sort`` case (its name column clicked).
* ``county``: 30 demo townships (``demo --office … --area-code …`` + ``package``, cached
  under ``bench/.cache/county-…``) taken into an empty county database by
  ``county.import_packages``, against unzip + ``ATTACH`` + ``INSERT … SELECT`` of the same
  tables (``floors_more.county_rollup``).
* ``ledger``: ``report.ledger.build_ledger`` of about 2,000 hazards (the newest, by a date
  range) saved, against the same rows by one query and python-docx writing the same table.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import floors_more
import generate
import generate_more
from duty_cases import floor_case, model_case, searched, sorted_by

from emergency_desk.store import ListQuery, Store

Case = tuple[Callable[[], Any], Callable[[], Any]]
LISTS_VERSION = 1
LIST_SIZES = {"teams": 2_000, "contacts": 20_000, "shelters": 4_000, "risk_points": 20_000,
              "warnings": 10_000, "incidents": 3_000}  # fmt: skip
SEARCH_TERMS = {"teams": "红旗", "contacts": "王", "shelters": "李家", "risk_points": "滑坡",
                "warnings": "暴雨", "incidents": "山洪"}  # fmt: skip
TOWNSHIPS = 30
COUNTY_CODE = "330102000000"
LEDGER_ROWS = 2_000


# -- the lists database ---------------------------------------------------------------------
def warning_rows(r: random.Random, n: int, contacts: int) -> tuple[list[dict], list[dict]]:
    warnings, calls = [], []
    kinds = generate._keys("warnings", "kind")
    for i in range(n):
        at = dt.datetime(2020, 1, 1) + dt.timedelta(minutes=r.randrange(0, 3_400_000))
        kind = r.choice(kinds)
        word = r.choice(["暴雨", "大风", "高温", "寒潮", "山洪", "地质灾害"])
        warnings.append({
            "id": i + 1, "received_at": at.strftime("%Y-%m-%d %H:%M"),
            "source": r.choice(["县气象局", "县水利局", "县自然资源局", "市气象台"]),
            "kind": kind, "color": r.choice(["blue", "yellow", "orange", "red"]),
            "content": f"{r.choice(generate.VILLAGES)}{word}{r.choice(['蓝色', '黄色', '橙色'])}预警",
            "relayed_at": None, "relayed_to": None, "notes": None,
            **generate_more._ledger_base(r),
        })  # fmt: skip
        for _ in range(2):
            calls.append({
                "id": len(calls) + 1, "warning_id": i + 1,
                "contact_id": r.randrange(1, contacts + 1),
                "called_at": (at + dt.timedelta(minutes=r.randrange(5, 90))).strftime(
                    "%Y-%m-%d %H:%M"),
                "answered": r.choice(["yes", "yes", "no"]), "response": None,
                **generate_more._ledger_base(r),
            })  # fmt: skip
    return warnings, calls


def incident_rows(r: random.Random, n: int) -> tuple[list[dict], list[dict]]:
    incidents, reports = [], []
    for i in range(n):
        start = dt.datetime(2020, 1, 1) + dt.timedelta(minutes=r.randrange(0, 3_400_000))
        closed = r.random() < 0.9
        word = r.choice(["山洪", "内涝", "山体滑坡", "民房火灾", "交通事故", "森林火灾"])
        incidents.append({
            "id": i + 1, "started_at": start.strftime("%Y-%m-%d %H:%M"),
            "title": f"{r.choice(generate.VILLAGES)}{word}",
            "category": r.choice(generate._keys("incidents", "category")),
            "kind": r.choice(generate._keys("incidents", "kind")), "level": "general",
            "villages": r.choice(generate.VILLAGES), "location": None,
            "ended_at": (start + dt.timedelta(hours=r.randrange(2, 72))).strftime(
                "%Y-%m-%d %H:%M") if closed else None,
            "status": "closed" if closed else "ongoing",
            **generate_more._ledger_base(r),
        })  # fmt: skip
        for k, kind in enumerate(("initial", "follow_up", "verified")):
            reports.append({
                "id": len(reports) + 1, "incident_id": i + 1, "kind": kind,
                "sent_at": (start + dt.timedelta(hours=1 + 24 * k)).strftime("%Y-%m-%d %H:%M"),
                "sent_to": "县应急管理局", "affected": r.randrange(0, 500),
                "direct_loss": round(r.random() * 100, 2),
                **generate_more._ledger_base(r),
            })  # fmt: skip
    return incidents, reports


def lists_db() -> Path:
    from emergency_desk.store.migrations import SCHEMA_VERSION

    path = generate.CACHE / f"lists-d{LISTS_VERSION}-v{SCHEMA_VERSION}.db"
    if not path.exists():
        build_lists(path, LIST_SIZES)
    return path


def build_lists(path: Path, n: dict[str, int]) -> None:
    """The new registers alone, ``n`` rows each (call-backs and reports go with them)."""
    r = random.Random(11)
    warnings, calls = warning_rows(r, n["warnings"], n["contacts"])
    incidents, reports = incident_rows(r, n["incidents"])
    steps: list[tuple[str, Iterable[dict[str, Any]]]] = [
        ("teams", generate_more.team_rows(r, n["teams"])),
        ("contacts", generate_more.contact_rows(r, n["contacts"])),
        ("shelters", generate_more.shelter_rows(r, n["shelters"])),
        ("risk_points", generate_more.risk_point_rows(r, n["risk_points"], n["shelters"])),
        ("warnings", warnings),
        ("warning_callbacks", calls),
        ("incidents", incidents),
        ("incident_reports", reports),
    ]
    generate.load(path, steps, log=False)
    Store.open(path).close()


def _warm_lists(db: Path) -> sqlite3.Connection:
    """A connection as the floors of the lists want it: the bench's pinyin key, the
    schema read and a list's first page read."""
    conn = floors_more.connect(db)
    conn.execute("SELECT * FROM contacts WHERE deleted_at IS NULL LIMIT 200").fetchall()
    return conn


def list_search(db: Path, table: str) -> Case:
    term = SEARCH_TERMS[table]
    ours = model_case(db, ListQuery(table), searched(ListQuery(table, search=term)))
    floor = floor_case(db, lambda c: floors_more.register_search(c, table, term), _warm_lists)
    return ours, floor


def list_sort(db: Path, table: str) -> Case:
    ours = model_case(db, ListQuery(table), sorted_by(floors_more.SORT_COLUMN[table]))
    floor = floor_case(db, lambda c: floors_more.register_sorted(c, table), _warm_lists)
    return ours, floor


# -- the county roll-up ---------------------------------------------------------------------
def _cli(*args: str) -> None:
    from emergency_desk.cli.main import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(args))
    assert code == 0, args


def township_code(i: int) -> str:
    return f"{COUNTY_CODE[:6]}{i + 1:03d}000"


def county_packages(n: int = TOWNSHIPS, folder: Path | None = None) -> list[Path]:
    """``n`` demo townships of the county, each packaged (cached)."""
    from emergency_desk.store.migrations import SCHEMA_VERSION

    folder = folder or generate.CACHE / f"county-v{SCHEMA_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        pkg = folder / f"{township_code(i)}.edpkg"
        if not pkg.exists():
            db = folder / f"town-{i}.db"
            name = f"{generate.TOWNS[i % len(generate.TOWNS)]}{i + 1}应急管理办公室"
            _cli("--db", str(db), "demo", "--year", "2026", "--office", name,
                 "--area-code", township_code(i))  # fmt: skip
            _cli("--db", str(db), "package", "-o", str(pkg))
            for extra in ("", "-wal", "-shm", ".lock"):
                Path(f"{db}{extra}").unlink(missing_ok=True)
        paths.append(pkg)
    return paths


def empty_county(path: Path) -> Path:
    """A new county database with its area code (the template each run copies)."""
    if not path.exists():
        store = Store.open(path)
        store.set_setting("level", "county")
        store.set_setting("area_code", COUNTY_CODE)
        store.set_setting("office_name", "青山县应急管理局")
        store.close()
    return path


def _fresh(template: Path, work: Path) -> Path:
    target = work / "county.db"
    for extra in ("", "-wal", "-shm", ".lock"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def case_county(packages: list[Path] | None = None) -> Case:
    from emergency_desk.county import import_packages
    from emergency_desk.store import search_index

    paths = packages or county_packages()
    work = Path(tempfile.mkdtemp(prefix="bench-county-"))
    template = empty_county(work / "template.db")

    def ours() -> None:
        store = Store.open(_fresh(template, work))
        t0 = time.perf_counter()
        results = import_packages(store, paths)
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        assert all(r.error is None for r in results), [r.error for r in results]
        store.close()

    def floor() -> None:
        conn = sqlite3.connect(_fresh(template, work))
        search_index.register(conn)  # the file's own search triggers call it
        t0 = time.perf_counter()
        floors_more.county_rollup(conn, paths)
        floor.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        conn.close()

    return ours, floor


# -- the printed ledger ---------------------------------------------------------------------
def ledger_range(db: Path, rows: int = LEDGER_ROWS) -> tuple[str, str]:
    """The newest hazards' dates, about ``rows`` of them (ending at the year 2025's end)."""
    conn = sqlite3.connect(db)
    last = "2025-12-31"
    found = conn.execute(
        "SELECT found_on FROM hazards WHERE deleted_at IS NULL AND found_on <= ? "
        "ORDER BY found_on DESC LIMIT 1 OFFSET ?",
        [last, rows - 1],
    ).fetchone()
    conn.close()
    return (found[0] if found else "2000-01-01"), last


def ledger_query(db: Path, rows: int = LEDGER_ROWS) -> ListQuery:
    first, last = ledger_range(db, rows)
    return ListQuery("hazards", date_from=first, date_to=last)


def case_ledger(db: Path) -> Case:
    import docx

    from emergency_desk.report.ledger import build_ledger

    q = ledger_query(db)
    out = Path(tempfile.mkdtemp(prefix="bench-ledger-")) / "ledger.docx"

    def ours() -> None:
        store = Store.open(db)
        t0 = time.perf_counter()
        build_ledger(store, q, lang="zh", today=generate.TODAY).save(str(out))
        ours.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        store.close()

    ours()
    texts = [[c.text for c in row.cells] for row in docx.Document(str(out)).tables[0].rows]
    header, cells = texts[0], texts[1:]
    floor_out = out.with_name("floor.docx")
    assert q.date_from and q.date_to

    def floor() -> None:
        conn = sqlite3.connect(db)
        conn.execute("SELECT * FROM hazards LIMIT 1").fetchall()  # schema read
        t0 = time.perf_counter()
        rows = floors_more.ledger_rows(conn, q.date_from or "", q.date_to or "")
        assert len(rows) == len(cells)
        floors_more.ledger_docx(header, cells, floor_out)
        floor.elapsed = time.perf_counter() - t0  # type: ignore[attr-defined]
        conn.close()

    return ours, floor


def cases(db: Path, scale: float) -> dict[str, Callable[[], Case]]:
    """Every case of this module, made when run (their databases are built on first use)."""
    found: dict[str, Callable[[], Case]] = {
        "county": case_county,
        "ledger": lambda: case_ledger(db),
    }
    for table in LIST_SIZES:
        found[f"{table}/search"] = lambda t=table: list_search(lists_db(), t)  # type: ignore[misc]
        found[f"{table}/sort"] = lambda t=table: list_sort(lists_db(), t)  # type: ignore[misc]
    return found
