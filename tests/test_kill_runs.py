"""A handful of the kill runs (tests/tools/kill_runs.py) on every run of the suite.

One SIGKILL at a random moment of each operation that writes the database — restore,
migration of an old-version file, import — and every file involved must be entirely as
it was or entirely as a complete run leaves it, sound, with its audit log replaying to
the records. The full run (``python -m tests.tools.kill_runs``, 30 kills each) gave the
numbers in issue 14's closing note.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from tests.tools.kill_runs import run, table

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_a_kill_in_each_operation_leaves_every_file_old_or_new(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_SEED", random.randrange(1_000_000)))
    said: list[str] = []
    ops = ("restore", "migration", "import")  # the ones that write the database
    tallies = run(ops, kills=1, seed=seed, padding=20, folder=tmp_path, say=said.append)
    summary = table(tallies)
    assert all(t.kills == 1 for t in tallies.values()), (seed, summary, said)
    assert sum(t.neither for t in tallies.values()) == 0, (seed, summary)
    assert [p for t in tallies.values() for p in t.problems] == [], (seed, summary)
