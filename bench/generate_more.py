"""The bench database's reserves, activities, rosters and handovers and the later
registers (teams, contacts, shelters, risk points, warnings and incidents), split from
``generate`` to keep it small; the same rows in the same order as when they lived there."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from generate_words import (
    ACTIONS,
    FIRST_DAY,
    MATERIAL_NAMES,
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


def point_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{TOWNS[i % len(TOWNS)]}应急物资储备点{i + 1}",
            "kind": r.choice(_keys("reserve_points", "kind")),
            "address": r.choice(TOWNS) + r.choice(VILLAGES),
            "custodian": _person(r),
            "phone": _phone(r),
            "created_at": _stamp(FIRST_DAY),
            "updated_at": _stamp(FIRST_DAY),
            "deleted_at": None,
        }


def material_and_movement_rows(
    r: random.Random, n: int, movements: int, points: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Items and their ledgers; each item's quantity is the sum of its movements, never < 0."""
    materials: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    per_item = max(1, movements // n)
    for i in range(n):
        cat = r.choice(list(MATERIAL_NAMES))
        day = _day(r, FIRST_DAY, dt.date(2020, 1, 1))
        qty = 0
        for k in range(per_item):
            if k == 0:
                delta, reason = r.randrange(50, 500), "opening"
            elif qty > 5 and r.random() < 0.5:
                delta, reason = -r.randrange(1, qty // 2 + 1), "issue"
            else:
                delta, reason = r.randrange(5, 100), "purchase"
            qty += delta
            day = min(TODAY, day + dt.timedelta(days=r.randrange(1, 60)))
            moves.append(
                {
                    "material_id": i + 1,
                    "moved_on": day.isoformat(),
                    "delta": delta,
                    "reason": reason,
                    "note": None,
                    "created_at": _stamp(day),
                    "updated_at": _stamp(day),
                    "deleted_at": None,
                }
            )
        expires = _day(r, dt.date(2025, 1, 1), dt.date(2030, 1, 1))
        materials.append(
            {
                "point_id": r.randrange(1, points + 1),
                "name": r.choice(MATERIAL_NAMES[cat]),
                "category": cat,
                "spec": f"规格{i + 1}",
                "unit": r.choice(["件", "箱", "台", "顶", "套"]),
                "quantity": qty,
                "min_quantity": r.randrange(0, 200),
                "expires_on": expires.isoformat() if r.random() < 0.5 else None,
                "checked_on": None,
                "created_at": _stamp(FIRST_DAY),
                "updated_at": _stamp(FIRST_DAY),
                "deleted_at": None,
            }
        )
    return materials, moves


def activity_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        held = _day(r)
        yield {
            "held_on": held.isoformat(),
            "kind": r.choice(_keys("activities", "kind")),
            "title": r.choice(
                ["防灾减灾日宣传", "安全生产月活动", "消防知识进校园", "应急救护培训"]
            )
            + f"（{r.choice(TOWNS)}）",
            "location": r.choice(TOWNS) + r.choice(VILLAGES),
            "organizer": r.choice(UNITS),
            "participants": r.randrange(20, 800),
            "leaflets": r.randrange(0, 3000),
            "manuals": r.randrange(0, 500),
            "banners": r.randrange(0, 20),
            "notes": None,
            "created_at": _stamp(held),
            "updated_at": _stamp(held),
            "deleted_at": None,
        }


def roster_rows(r: random.Random) -> Iterator[dict[str, Any]]:
    day = FIRST_DAY
    while day <= TODAY:
        if r.random() < 0.98:  # a few days without a roster, for the rules to find
            yield {
                "on_date": day.isoformat(),
                "shift": "full",
                "leader": _person(r),
                "officers": f"{_person(r)}、{_person(r)}",
                "phone": "0000-12345678",
                "created_at": _stamp(day),
                "updated_at": _stamp(day),
                "deleted_at": None,
            }
        day += dt.timedelta(days=1)


def handover_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for _ in range(n):
        day = _day(r)
        yield {
            "at": f"{day.isoformat()} 08:30",
            "from_officer": _person(r),
            "to_officer": _person(r),
            "notes": "交接在办事项" + r.choice(ACTIONS),
            "created_at": _stamp(day),
            "updated_at": _stamp(day),
            "deleted_at": None,
        }


def _maybe_day(r: random.Random, p_none: float, start: dt.date = dt.date(2023, 1, 1)) -> str | None:
    return None if r.random() < p_none else _day(r, start).isoformat()


def _ledger_base(r: random.Random) -> dict[str, Any]:
    day = _day(r, dt.date(2020, 1, 1))
    deleted = _stamp(day) if r.random() < 0.01 else None
    return {"created_at": _stamp(day), "updated_at": _stamp(day), "deleted_at": deleted}


def team_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{r.choice(VILLAGES)}应急队伍{i + 1}",
            "kind": r.choice(_keys("teams", "kind")),
            "speciality": r.choice(_keys("teams", "speciality")),
            "leader": _person(r),
            "phone": _phone(r),
            "members": r.randrange(5, 60),
            "village": r.choice(VILLAGES),
            "last_trained_on": _maybe_day(r, 0.1),
            "status": "active" if r.random() < 0.9 else "disbanded",
            **_ledger_base(r),
        }


def contact_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    roles = _keys("contacts", "role")
    # The last villages never get an information officer: the rule has villages to name.
    covered = VILLAGES[:-3]
    for _ in range(n):
        role = r.choice(roles)
        yield {
            "name": _person(r),
            "role": role,
            "village": r.choice(covered if role == "info_officer" else VILLAGES),
            "phone": _phone(r),
            "trained_on": _maybe_day(r, 0.15, dt.date(2022, 1, 1)),
            "status": "active" if r.random() < 0.9 else "left",
            **_ledger_base(r),
        }


def shelter_rows(r: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{r.choice(VILLAGES)}避难场所{i + 1}",
            "kind": r.choice(_keys("shelters", "kind")),
            "grade": r.choice(_keys("shelters", "grade")),
            "village": r.choice(VILLAGES),
            "capacity": r.randrange(50, 2000),
            "manager": _person(r),
            "phone": _phone(r),
            "last_inspected_on": _maybe_day(r, 0.1, dt.date(2025, 1, 1)),
            "status": r.choices(_keys("shelters", "status"), [85, 10, 5])[0],
            **_ledger_base(r),
        }


def risk_point_rows(r: random.Random, n: int, shelters: int) -> Iterator[dict[str, Any]]:
    for i in range(n):
        yield {
            "name": f"{r.choice(VILLAGES)}{r.choice(['滑坡', '崩塌', '泥石流', '危房'])}点{i + 1}",
            "kind": r.choice(_keys("risk_points", "kind")),
            "village": r.choice(VILLAGES),
            "households": r.randrange(1, 40),
            "persons": r.randrange(1, 150),
            "monitor": None if r.random() < 0.05 else _person(r),
            "monitor_phone": None if r.random() < 0.05 else _phone(r),
            "shelter_id": r.randrange(1, shelters + 1) if r.random() < 0.95 else None,
            "cards_issued_on": _maybe_day(r, 0.1),
            "status": r.choices(_keys("risk_points", "status"), [85, 10, 5])[0],
            **_ledger_base(r),
        }


# A few warnings and incidents around two days (one in the settings test's February 2025,
# one before TODAY), each case written by hand so every warning and incident rule finds
# rows and passes over the ones that are in order. Ids are given: the children refer to them.
CASE_DAYS = (dt.date(2025, 2, 20), TODAY - dt.timedelta(days=2))


def _at(day: dt.date, days: int, hm: str) -> str:
    return f"{(day + dt.timedelta(days=days)).isoformat()} {hm}"


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows that all have every column any of them has, the timestamps filled in."""
    cols = [c for row in rows for c in row]
    keys = list(dict.fromkeys(["id", *cols]))
    return [
        {**dict.fromkeys(keys), **row, "created_at": "2025-01-01 09:00:00",
         "updated_at": "2025-01-01 09:00:00", "deleted_at": row.get("deleted_at")}
        for row in rows
    ]  # fmt: skip


def warning_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per case day: red uncalled, orange unanswered, orange called late (flagged); red
    called in time, yellow uncalled, a red one deleted (not flagged)."""
    warnings: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    cases = [  # colour, received, [(called, answered)], deleted
        ("red", "08:00", [], None),
        ("orange", "09:00", [("09:10", "no")], None),
        ("orange", "10:00", [("10:05", "yes"), ("11:30", "yes")], None),
        ("red", "11:00", [("11:10", "yes"), ("11:20", "yes")], None),
        ("yellow", "12:00", [], None),
        ("red", "13:00", [], "2025-01-02 09:00:00"),
    ]
    for day in CASE_DAYS:
        for colour, received, made, deleted in cases:
            wid = len(warnings) + 1
            warnings.append({
                "id": wid, "received_at": _at(day, 0, received), "source": "县气象局",
                "kind": "rainstorm", "color": colour, "content": f"暴雨{colour}预警",
                "deleted_at": deleted,
            })  # fmt: skip
            for i, (called, answered) in enumerate(made):
                calls.append({
                    "id": len(calls) + 1, "warning_id": wid, "contact_id": i + 1,
                    "called_at": _at(day, 0, called), "answered": answered,
                })  # fmt: skip
    return _rows(warnings), _rows(calls)


def incident_rows() -> dict[str, list[dict[str, Any]]]:
    """Per case day: an initial report sent late; an ongoing one not followed up for over
    a day; a closed natural disaster never verified; one whose verified figures disagree
    with its victims ledger; one in order; a follow-up sent too long after the initial
    report (late) and one sent after the incident ended (not late); a deleted one with
    nothing sent."""
    incs: list[dict[str, Any]] = []
    reps: list[dict[str, Any]] = []
    victims: list[dict[str, Any]] = []
    houses: list[dict[str, Any]] = []

    def report(inc: int, kind: str, at: str, **figures: int) -> None:
        reps.append({"id": len(reps) + 1, "incident_id": inc, "kind": kind, "sent_at": at,
                     "sent_to": "县应急管理局", **figures})  # fmt: skip

    for d in CASE_DAYS:

        def incident(title: str, cat: str, start: str, end: str | None,
                     deleted: str | None = None) -> int:  # fmt: skip
            incs.append({
                "id": len(incs) + 1, "started_at": start, "title": title, "category": cat,
                "kind": "flood" if cat == "natural_disaster" else "traffic", "level": "general",
                "ended_at": end, "status": "closed" if end else "ongoing", "deleted_at": deleted,
            })  # fmt: skip
            return len(incs)

        a = incident("河口乡内涝", "natural_disaster", _at(d, -5, "08:00"), _at(d, -4, "18:00"))
        report(a, "initial", _at(d, -5, "10:30"))
        report(a, "verified", _at(d, -3, "10:00"))
        b = incident("S203省道交通事故", "accident", _at(d, -3, "08:00"), None)
        report(b, "initial", _at(d, -3, "08:30"))
        report(b, "follow_up", _at(d, -3, "20:00"))
        c = incident(
            "青山镇山体滑坡", "natural_disaster", _at(d, -10, "06:00"), _at(d, -9, "12:00")
        )
        report(c, "initial", _at(d, -10, "06:40"))
        e = incident("石桥镇山洪", "natural_disaster", _at(d, -8, "07:00"), _at(d, -7, "20:00"))
        report(e, "initial", _at(d, -8, "07:30"), deaths=1, houses_collapsed=3)
        report(e, "verified", _at(d, -6, "10:00"), deaths=2, missing=1, houses_collapsed=5,
               houses_severe=2, houses_damaged=4)  # fmt: skip
        victims.append({"id": len(victims) + 1, "incident_id": e, "name": "王强",
                        "outcome": "dead"})  # fmt: skip
        victims.append({"id": len(victims) + 1, "incident_id": e, "name": "李明",
                        "outcome": "missing"})  # fmt: skip
        for col, sev, dam in ((3, 2, 0), (2, 0, 4)):
            houses.append({"id": len(houses) + 1, "incident_id": e, "head": "赵刚",
                           "collapsed_rooms": col, "severe_rooms": sev, "damaged_rooms": dam})  # fmt: skip
        f = incident("城关镇民房火灾", "accident", _at(d, -6, "10:00"), _at(d, -6, "16:00"))
        report(f, "initial", _at(d, -6, "10:20"))
        g = incident("龙潭镇危化品泄漏", "accident", _at(d, -4, "08:00"), _at(d, -2, "18:00"))
        report(g, "initial", _at(d, -4, "08:30"))  # the follow-up came 30 hours later: late
        report(g, "follow_up", _at(d, -3, "14:30"))
        h = incident("马坪乡道路塌方", "accident", _at(d, -4, "08:00"), _at(d, -4, "12:00"))
        report(h, "initial", _at(d, -4, "08:30"))  # over when the next was due: in order
        report(h, "follow_up", _at(d, -2, "09:00"))
        incident("已删除的事件", "natural_disaster", _at(d, -9, "09:00"), _at(d, -8, "09:00"),
                 "2025-01-02 09:00:00")  # fmt: skip
    return {
        "incidents": _rows(incs),
        "incident_reports": _rows(reps),
        "incident_victims": _rows(victims),
        "incident_houses": _rows(houses),
    }
