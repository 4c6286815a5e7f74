"""Shared fixtures: an in-memory store, a file-backed store, a fixed locale, offscreen Qt."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "zh_CN.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
# Crash logs, the list of checked schemas and every other per-user file a test run writes
# (the program's and its subprocesses') go to a folder of this run, never the user's own.
os.environ["EMERGENCY_DESK_TEST_HOME"] = tempfile.mkdtemp(prefix="emergency-desk-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(os.environ["EMERGENCY_DESK_TEST_HOME"], "data")
os.environ["LOCALAPPDATA"] = os.path.join(os.environ["EMERGENCY_DESK_TEST_HOME"], "Local")

from collections.abc import Iterator
from pathlib import Path

import pytest

from emergency_desk.store import Store, schema_trust


@pytest.fixture
def store() -> Store:
    s = Store.open(None)
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture
def file_store(db_path: Path) -> Store:
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def no_cross_thread_qt_warnings() -> Iterator[None]:
    """Fail any test during which Qt warned that an object was used from the wrong thread
    (``qt_messages``): such code is a crash waiting to happen on the office PC."""
    from qt_messages import guard

    with guard():
        yield


@pytest.fixture(autouse=True)
def schema_trust_file(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schemas the app has checked are kept for the test session (one file per
    worker, shared by its tests as a user's is by their files), not in the user's folder."""
    path = tmp_path_factory.getbasetemp() / "schema-checked.json"
    monkeypatch.setattr(schema_trust, "trust_file", lambda: path)
