"""A copy of a bench database that holds only what one year's summary describes.

The report's cost growth (issue 22, point 3) compares the year's summary on the full
database against the same summary on this copy: if the two differ by more than 1.5×, the
report pays for history it does not describe.

What the summary of ``year`` describes, and so what stays:

* dated records of ``year`` and of the year before (the summary compares its main figures
  with last year's): duty entries, roster days, handovers, drills and their corrective
  actions, activities, hazards and their status changes, warnings and their call-backs,
  incidents and their reports, victims and houses;
* earlier hazards not yet rectified at the year's end (the summary counts those overdue);
* plans in force, or issued or revised in the two years (a plan repealed or left a draft
  before them is not mentioned); none issued after the year;
* the standing registers as they are: reserve points, materials, teams, contacts,
  shelters, risk points, settings, the office's own texts;
* the stock: movements of the two years, and every item's earlier movements summed into
  one opening balance dated the day before (the stock on a day is that sum).

Records dated after the year go: the summary of ``year`` never reads them. The copy is
vacuumed, so its file holds only these rows. ``tests/bench_floors/`` checks that the
summary written from it says the same as the one written from the full database.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

from emergency_desk.store import Store, search_index  # noqa: E402


def deletions(year: int) -> list[str]:
    """The statements that take away what the summary of ``year`` does not describe."""
    first, end = f"{year - 1}-01-01", f"{year}-12-31"
    outside = "NOT ({c} BETWEEN '" + first + "' AND '" + end + "')"
    at = "(substr({c}, 1, 10) < '" + first + "' OR substr({c}, 1, 10) > '" + end + "')"
    return [
        f"DELETE FROM duty_log WHERE {at.format(c='received_at')}",
        f"DELETE FROM duty_roster WHERE {outside.format(c='on_date')}",
        f"DELETE FROM duty_handovers WHERE {at.format(c='at')}",
        f"DELETE FROM drills WHERE {outside.format(c='held_on')}",
        "DELETE FROM drill_actions WHERE drill_id NOT IN (SELECT id FROM drills)",
        f"DELETE FROM activities WHERE {outside.format(c='held_on')}",
        f"""DELETE FROM hazards WHERE found_on > '{end}' OR (found_on < '{first}'
              AND status IN ('rectified', 'closed') AND rectified_on <= '{end}')""",
        "DELETE FROM hazard_status_log WHERE hazard_id NOT IN (SELECT id FROM hazards)",
        f"DELETE FROM warnings WHERE {at.format(c='received_at')}",
        "DELETE FROM warning_callbacks WHERE warning_id NOT IN (SELECT id FROM warnings)",
        f"DELETE FROM incidents WHERE {at.format(c='started_at')}",
        *(
            f"DELETE FROM {t} WHERE incident_id NOT IN (SELECT id FROM incidents)"
            for t in ("incident_reports", "incident_victims", "incident_houses")
        ),
        f"""DELETE FROM plans WHERE issued_on > '{end}' OR (status <> 'in_force'
              AND coalesce(issued_on, '') < '{first}' AND coalesce(revised_on, '') < '{first}')""",
        f"DELETE FROM audit_log WHERE at < '{first}'",
        # the stock: earlier movements summed into one opening balance per item
        f"""CREATE TEMP TABLE opening AS SELECT material_id, sum(delta) AS delta,
              min(created_at) AS created_at FROM stock_movements
            WHERE deleted_at IS NULL AND moved_on < '{first}' GROUP BY material_id""",
        f"DELETE FROM stock_movements WHERE {outside.format(c='moved_on')}",
        f"""INSERT INTO stock_movements (material_id, moved_on, delta, reason, note, created_at,
              updated_at)
            SELECT material_id, date('{first}', '-1 day'), delta, 'opening', '', created_at,
              created_at FROM opening""",
        "DROP TABLE opening",
    ]


def build(source: Path, path: Path, year: int) -> Path:
    """Copy ``source`` to ``path`` holding only what the summary of ``year`` describes."""
    tmp = path.with_suffix(".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(tmp)
    src.backup(dst)  # a consistent copy, WAL included
    src.close()
    dst.close()
    conn = sqlite3.connect(tmp)
    search_index.register(conn)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA foreign_keys = OFF")
    # As generate.load: without the triggers and indexes the deletes are one pass each;
    # the search indexes are rebuilt from what is left and everything put back as it was.
    with conn:
        deferred = generate.drop_triggers_and_indexes(conn)
        for sql in deletions(year):
            conn.execute(sql)
        generate.rebuild_and_restore(conn, deferred)
    conn.execute("VACUUM")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    tmp.replace(path)
    Store.open(path).close()  # as run.py opens every database: the app's checks pass
    return path


def ensure(source: Path, year: int) -> Path:
    """The cached one-year copy of ``source`` (made if missing; its name follows the
    source's, which names the data version)."""
    path = source.with_name(f"{source.stem}-only{year}.db")
    if not path.exists():
        build(source, path, year)
    return path


if __name__ == "__main__":
    src = Path(sys.argv[1])
    print(ensure(src, int(sys.argv[2]) if len(sys.argv) > 2 else 2025))
