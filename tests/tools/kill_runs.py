"""Kill ``emergency-desk`` with SIGKILL at random moments and judge every file it touched.

Issue 14's closing numbers come from here: for each operation (restore, backup, report,
demo, migration of an old-version file, import) a fresh copy of the same starting folder
is made, the command is started and killed at a random moment inside the time a complete
run takes, and then:

1. the read-only ``check`` is run first, before anything else opens the file: if the kill
   left a hot journal and ``check`` still reports the file sound, that is a recovery the
   read-only command did on its own;
2. every file involved is compared with its states before and after a complete run — a
   digest of its logical content (schema, and every row except timestamps, which differ
   between runs) for databases, of its text for a Word file — and must be one of them;
   an old-version file may also be at any whole migration step in between;
3. each database must pass ``integrity_check`` and its audit log must replay to the
   records (``audit_mismatches``).

Run it from the repository root::

    PYTHONPATH=$PWD python -m tests.tools.kill_runs --kills 30

A handful of kills runs as a regular test (tests/test_kill_runs.py); the full run takes a
few minutes. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OPS = ("restore", "backup", "report", "demo", "migration", "import")
YEAR = 2024
ABSENT = "absent"
UNREADABLE = "unreadable"


# --- what a file holds ------------------------------------------------------------------


def _volatile(table: str, column: str) -> bool:
    """Columns that differ between two complete runs of the same command (clock times)."""
    if column == "at":
        return table in ("audit_log", "hazard_status_log")
    return column in ("created_at", "updated_at")


def db_digest(path: Path) -> str:
    """The logical content of a database: schema, version and rows, timestamps left out.

    The restore's own audit row names the before-restore copy, whose name carries the
    time, so its before/after texts are left out too.
    """
    if not path.exists():
        return ABSENT
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.Error:
        return UNREADABLE
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return UNREADABLE
        h = hashlib.sha256()
        h.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()
        for kind, name, sql in objects:
            h.update(repr((kind, name, sql)).encode())
            if kind != "table" or (sql or "").upper().startswith("CREATE VIRTUAL"):
                continue  # a virtual table's rows are its shadow tables' rows
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            kept = [c for c in columns if not _volatile(name, c)]
            select = ", ".join(f'"{c}"' for c in kept)
            rows = conn.execute(f'SELECT {select} FROM "{name}"').fetchall()
            if name == "audit_log":
                rows = [_without_restore_texts(kept, r) for r in rows]
            for row in sorted(repr(r) for r in rows):
                h.update(row.encode())
        return h.hexdigest()
    except sqlite3.Error:
        return UNREADABLE
    finally:
        conn.close()


def _without_restore_texts(columns: list[str], row: tuple[object, ...]) -> tuple[object, ...]:
    values = dict(zip(columns, row, strict=True))
    if values.get("action") == "restore":
        values["before"] = values["after"] = None
    return tuple(values.values())


def docx_digest(path: Path) -> str:
    """The text of a Word file (its properties carry the time it was made)."""
    if not path.exists():
        return ABSENT
    try:
        import docx

        document = docx.Document(str(path))
    except Exception:  # a torn zip raises whatever the zip or XML reader raises
        return UNREADABLE
    h = hashlib.sha256()
    for p in document.paragraphs:
        h.update(p.text.encode())
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                h.update(cell.text.encode())
    return h.hexdigest()


def audit_consistent(path: Path) -> bool:
    """The audit log replays to the records (opened writable: finishes a migration)."""
    from emergency_desk.store import Store
    from emergency_desk.store.integrity import audit_mismatches

    store = Store.open(path)
    try:
        return audit_mismatches(store) == []
    finally:
        store.close()


# --- the operations ---------------------------------------------------------------------


@dataclass
class Operation:
    """A command run in ``work`` and the files it touches, with how each one is judged."""

    name: str
    argv: list[str]
    files: dict[str, Callable[[Path], str]]  # relative path -> digest function
    accepted: dict[str, dict[str, str]] = field(default_factory=dict)  # file -> digest -> label


def _demo_db(path: Path, year: int, seed: int = 1, padding: int = 0) -> None:
    """Demo data, with ``padding`` extra plans of long notes: a bigger file gives a restore's
    or a backup's page copy a longer window to be killed in."""
    from emergency_desk.demo import fill_demo
    from emergency_desk.store import Store

    store = Store.open(path)
    try:
        fill_demo(store, year, seed=seed)
        with store.transaction():
            for i in range(padding):
                store.insert(
                    "plans", {"title": f"附件预案{i}", "level": "special", "notes": "字" * 9000}
                )
    finally:
        store.close()


def _old_version_db(path: Path, source: Path) -> None:
    """A file at schema version 1 holding ``source``'s rows (the columns version 1 had)."""
    import sqlite_utils

    from emergency_desk.store import migrations as mig

    conn = sqlite3.connect(path)
    mig.migrate(sqlite_utils.Database(conn), stop_before=2)
    conn.execute("ATTACH DATABASE ? AS src", (str(source),))
    tables = [r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")]
    for table in tables:
        mine = {r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')}
        theirs = [r[1] for r in conn.execute(f'PRAGMA src.table_info("{table}")')]
        common = ", ".join(f'"{c}"' for c in theirs if c in mine)
        if common:
            conn.execute(
                f'INSERT INTO main."{table}" ({common}) SELECT {common} FROM src."{table}"'
            )
    conn.commit()
    conn.execute("DETACH DATABASE src")
    conn.close()


def _migration_steps(path: Path) -> dict[str, str]:
    """The digest of ``path`` after each whole migration step, and after the schema sync
    that follows the last one: each is its own commit, as in ``migrations.migrate``."""
    import sqlite_utils

    from emergency_desk.store import migrations as mig

    steps: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "steps.db"
        shutil.copyfile(path, copy)
        conn = sqlite3.connect(copy)
        db = sqlite_utils.Database(conn)
        version = mig.user_version(db)
        steps.setdefault(db_digest(copy), f"step {version}")
        for number, step in enumerate(mig.MIGRATIONS, start=1):
            if number <= version:
                continue
            with db.atomic():
                step(db)
                db.execute(f"PRAGMA user_version = {number}")
            steps.setdefault(db_digest(copy), f"step {number}")
        with db.atomic():
            mig.sync_schema(db.conn)
        steps.setdefault(db_digest(copy), "schema synced")
        conn.close()
    return steps


def prepare(op: str, start: Path, shared: Path) -> Operation:
    """Fill ``start`` with the files the operation begins from."""
    start.mkdir(parents=True)
    office = start / "office.db"
    if op == "demo":
        from emergency_desk.store import Store

        Store.open(office).close()
        return Operation(op, ["demo", "--year", str(YEAR)], {"office.db": db_digest})
    if op == "migration":
        _old_version_db(office, shared / "demo.db")
        operation = Operation(op, ["demo", "--if-empty"], {"office.db": db_digest})
        operation.accepted["office.db"] = _migration_steps(office)
        return operation
    shutil.copyfile(shared / "demo.db", office)
    if op == "restore":
        shutil.copyfile(shared / "other.db", start / "source.db")
        return Operation(
            op,
            ["restore", str(start / "source.db")],
            {"office.db": db_digest, "source.db": db_digest},
        )
    if op == "backup":
        return Operation(op, ["backup", "copy.db"], {"office.db": db_digest, "copy.db": db_digest})
    if op == "report":
        done = run_cli(start, ["report", "--year", str(YEAR - 1), "-o", "summary.docx"])
        assert done.returncode == 0, done.stderr
        return Operation(
            op,
            ["report", "--year", str(YEAR), "-o", "summary.docx"],
            {"office.db": db_digest, "summary.docx": docx_digest},
        )
    if op == "import":
        shutil.copyfile(shared / "hazards.xlsx", start / "hazards.xlsx")
        return Operation(op, ["import", "hazards", "hazards.xlsx"], {"office.db": db_digest})
    raise ValueError(op)


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LANG": "en_US.UTF-8",
        "LC_ALL": "",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _argv(work: Path, args: list[str], db: str = "office.db") -> list[str]:
    return [sys.executable, "-m", "emergency_desk", "--db", str(work / db), *args]


def run_cli(work: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _argv(work, args), cwd=work, env=_env(), capture_output=True, text=True, timeout=300
    )


def _fresh(start: Path, work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(start, work)


def _before_restore_copies(work: Path) -> list[Path]:
    folder = work / "backups"
    return sorted(folder.glob("office-before-restore-*.db")) if folder.is_dir() else []


def _leftovers(work: Path) -> list[Path]:
    """Half-written temporary files (cleaned by the next backup, counted here)."""
    return [p for p in work.rglob("*") if p.name.endswith((".part", ".part-journal", ".tmp"))]


# --- one kill ---------------------------------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    finished_first: int = 0
    old: int = 0
    new: int = 0
    between: int = 0  # a whole migration step between the old and the new version
    neither: int = 0
    hot: int = 0
    recovered: int = 0
    leftovers: int = 0
    problems: list[str] = field(default_factory=list)


def reference(op: Operation, start: Path, work: Path) -> float:
    """Run the command to the end once: the 'new' states, and how long a run takes."""
    _fresh(start, work)
    for name, digest in op.files.items():
        op.accepted.setdefault(name, {})
        op.accepted[name].setdefault(digest(work / name), "old")
    began = time.monotonic()
    done = run_cli(work, op.argv)
    took = time.monotonic() - began
    if done.returncode != 0:
        raise RuntimeError(f"{op.name}: {done.stderr.strip()}")
    for name, digest in op.files.items():
        done_state = digest(work / name)
        if op.accepted[name].get(done_state) != "old":  # an unchanged file stays "old"
            op.accepted[name][done_state] = "new"
    if op.name == "restore":  # killed between the page copy and the restore's audit row
        op.accepted["office.db"].setdefault(db_digest(start / "source.db"), "new")
    return took


def kill_once(op: Operation, start: Path, work: Path, moment: float, tally: Tally) -> None:
    _fresh(start, work)
    proc = subprocess.Popen(
        _argv(work, op.argv),
        cwd=work,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(moment)
    if proc.poll() is not None:
        tally.finished_first += 1  # not a kill; another moment is drawn
        return
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    tally.kills += 1
    where = f"{op.name} kill {tally.kills} at {moment:.3f}s"

    from emergency_desk.store import hot_journal

    db = work / "office.db"
    hot = hot_journal.looks_hot(db)
    checked = run_cli(work, ["check"])
    sound = checked.returncode == 0 and "Integrity check: ok" in checked.stdout
    if hot:
        tally.hot += 1
        tally.recovered += sound
    if not sound:
        tally.problems.append(f"{where}: check said {checked.stderr.strip()[:200]}")

    labels = set()
    for name, digest in op.files.items():
        label = op.accepted[name].get(digest(work / name))
        if label is None:
            tally.problems.append(f"{where}: {name} is neither old nor new")
            labels.add("neither")
        else:
            labels.add(label)
    for copy in _before_restore_copies(work):  # the database as it was, whole or not at all
        if db_digest(copy) not in {
            d for d, lab in op.accepted["office.db"].items() if lab == "old"
        }:
            tally.problems.append(f"{where}: {copy.name} is not the database as it was")
            labels.add("neither")
    if "neither" in labels:
        tally.neither += 1
    elif "new" in labels:
        tally.new += 1
    elif labels <= {"old", "step 1"}:
        tally.old += 1
    else:
        tally.between += 1
    if not audit_consistent(db):
        tally.problems.append(f"{where}: the audit log does not replay to the records")
    tally.leftovers += len(_leftovers(work))


def run(
    ops: tuple[str, ...] = OPS,
    kills: int = 30,
    seed: int | None = None,
    padding: int = 300,
    folder: Path | None = None,
    say: Callable[[str], None] = print,
) -> dict[str, Tally]:
    """Kill each operation ``kills`` times; the tallies by operation."""
    seed = random.randrange(1_000_000) if seed is None else seed
    rnd = random.Random(seed)
    say(f"seed {seed}")
    own = folder is None
    base = Path(tempfile.mkdtemp(prefix="kill-runs-")) if folder is None else folder
    try:
        shared = base / "shared"
        shared.mkdir(parents=True)
        _demo_db(shared / "demo.db", YEAR, padding=padding)
        _demo_db(shared / "other.db", YEAR - 3, seed=7, padding=padding)
        began = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "emergency_desk", "--help"], env=_env(), capture_output=True
        )
        startup = time.monotonic() - began
        exported = subprocess.run(
            [*_argv(shared, [], "other.db"), "export", "hazards", str(shared / "hazards.xlsx")],
            env=_env(),
            capture_output=True,
            text=True,
        )
        if exported.returncode != 0:
            raise RuntimeError(exported.stderr)
        tallies: dict[str, Tally] = {}
        for name in ops:
            start, work = base / name / "start", base / name / "work"
            op = prepare(name, start, shared)
            took = reference(op, start, work)
            tally = tallies[name] = Tally()
            attempts = 0
            while tally.kills < kills and attempts < kills * 4:
                attempts += 1
                # Most of a short run is Python starting: kills are drawn from the time after
                # most of the start-up, up to the length of a complete run.
                kill_once(op, start, work, rnd.uniform(min(startup * 0.7, took / 2), took), tally)
            say(
                f"{name}: {tally.kills} kills, {tally.finished_first} runs ended before their "
                f"kill (a complete run takes {took:.2f}s, start-up {startup:.2f}s)"
            )
        return tallies
    finally:
        if own:
            shutil.rmtree(base, ignore_errors=True)


def table(tallies: dict[str, Tally]) -> str:
    head = ("operation", "kills", "old", "new", "step", "NEITHER", "hot journal", "recovered")
    rows = [head]
    for name, t in tallies.items():
        rows.append(
            (name, t.kills, t.old, t.new, t.between, t.neither, t.hot, t.recovered)  # type: ignore[arg-type]
        )
    total = [
        sum(getattr(t, a) for t in tallies.values())
        for a in ("kills", "old", "new", "between", "neither", "hot", "recovered")
    ]
    rows.append(("total", *total))  # type: ignore[arg-type]
    width = [max(len(str(r[i])) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            str(v).rjust(w) if i else str(v).ljust(w)
            for i, (v, w) in enumerate(zip(r, width, strict=True))
        )
        for r in rows
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=30, help="kills per operation")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--ops", default=",".join(OPS), help="comma-separated operations")
    args = parser.parse_args()
    tallies = run(tuple(args.ops.split(",")), args.kills, args.seed)
    print(table(tallies))
    problems = [p for t in tallies.values() for p in t.problems]
    for p in problems:
        print(p)
    leftovers = sum(t.leftovers for t in tallies.values())
    print(f"temporary files left by killed runs (cleaned by the next backup): {leftovers}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
