"""The benchmark's floors give the app's answer: same rows, in the same order.

A floor that answers a different (smaller) question would flatter nothing but itself —
the tests here keep ``bench/floors*.py`` honest. A small generated bench database (3% of
the benchmark's size: 30,000 duty entries, every register including the new ledgers) is
built once for the session and shared by these modules.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

from emergency_desk.store import Store  # noqa: E402

SCALE = 0.03  # 30,000 duty entries: enough for every rule to find rows


@pytest.fixture(scope="session")
def bench_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    generate.build(path, SCALE, 7, log=False)
    Store.open(path).close()  # as run.py: the app brings its indexes up to date first
    return path


@pytest.fixture
def conn(bench_db: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(bench_db)
    yield c
    c.close()
