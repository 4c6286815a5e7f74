"""A second copy of the program on the same database opens it read-only and says so."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from emergency_desk.store import ReadOnlyError, Store
from emergency_desk.store.lock import is_locked_elsewhere, lock_path_for

HOLDER = textwrap.dedent(
    """
    import sys
    from emergency_desk.store import Store
    s = Store.open(sys.argv[1])
    print("read_only" if s.read_only else "writer", flush=True)
    if not s.read_only:
        s.insert("plans", {"title": "first copy", "level": "overall"})
        print("inserted", flush=True)
    sys.stdin.readline()  # hold the database until the test says so
    s.close()
    """
)


def _start_holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writer"
    assert proc.stdout.readline().strip() == "inserted"
    return proc


def test_second_instance_is_read_only_and_says_so(db_path: Path) -> None:
    Store.open(db_path).close()
    holder = _start_holder(db_path)
    try:
        assert is_locked_elsewhere(db_path)
        second = Store.open(db_path)
        assert second.read_only and second.locked_by_other
        assert second.read_only_reason == "locked"
        # It sees the first copy's committed work ...
        assert [r["title"] for r in second.db.query("SELECT title FROM plans")] == ["first copy"]
        # ... and cannot write, with words that tell the user why.
        with pytest.raises(ReadOnlyError) as info:
            second.insert("plans", {"title": "second copy", "level": "overall"})
        assert "另一个应急管理工作台" in info.value.message("zh")
        assert "Another copy of Emergency Desk" in info.value.message("en")
        second.close()
    finally:
        holder.communicate("\n", timeout=20)
    assert holder.returncode == 0
    # Once the first copy has gone, the next one writes.
    third = Store.open(db_path)
    assert not third.read_only and not third.locked_by_other
    third.insert("plans", {"title": "third", "level": "overall"})
    third.close()


def test_a_killed_holder_leaves_no_stale_lock(db_path: Path) -> None:
    Store.open(db_path).close()
    holder = _start_holder(db_path)
    holder.kill()
    holder.wait(timeout=20)
    assert lock_path_for(db_path.resolve()).exists()  # the file stays, the lock does not
    assert not is_locked_elsewhere(db_path)
    s = Store.open(db_path)
    assert not s.read_only
    s.close()


def test_stores_in_one_process_share_the_lock(db_path: Path) -> None:
    a = Store.open(db_path)
    b = Store.open(db_path)
    assert not a.read_only and not b.read_only
    a.close()
    # b still holds it for this process: another process would be read-only.
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from emergency_desk.store import Store; "
            "print(Store.open(sys.argv[1]).locked_by_other)",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
    )
    assert probe.stdout.strip() == "True", probe.stderr
    b.close()
    assert not is_locked_elsewhere(db_path)


def test_a_store_left_open_lets_the_program_exit(db_path: Path) -> None:
    """An unclosed store is released by ``WriterLock.__del__`` at exit, without hanging."""
    script = (
        "import sys; from emergency_desk.store import Store; "
        "s = Store.open(sys.argv[1]); s.insert('plans', {'title': 'left open', 'level': 'overall'}); "
        "cycle = [s]; cycle.append(cycle); print('done', flush=True)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "done"
    assert not is_locked_elsewhere(db_path)
    s = Store.open(db_path)
    assert not s.read_only
    assert [r["title"] for r in s.db.query("SELECT title FROM plans")] == ["left open"]
    s.close()


def test_releasing_the_lock_imports_nothing(db_path: Path) -> None:
    """``__del__`` may run during interpreter shutdown, where an import can block forever."""
    import builtins

    from emergency_desk.store.lock import WriterLock

    lock = WriterLock(db_path)
    assert lock.acquire()
    imported: list[str] = []
    real_import = builtins.__import__

    def spy(name, *args, **kwargs):
        imported.append(name)
        return real_import(name, *args, **kwargs)

    builtins.__import__ = spy
    try:
        lock.__del__()
    finally:
        builtins.__import__ = real_import
    assert imported == []
    assert not lock.held
    # The OS-level lock is gone too: a fresh handle on the lock file can take it.
    assert not is_locked_elsewhere(db_path)
    again = WriterLock(db_path)
    assert again.acquire(exclusive=True)
    again.release()
