"""A second connection in the same session skips a page check its store already passed.

Worker jobs (report, import, the Overview's figures) open their own ``Store`` on the
GUI's file; reading every page again cost 3 s per job on a 1.2 GB file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_page_check import _make_db, _scribble_plans

from emergency_desk.store import OpenError, Store, integrity, page_check


def test_store_checked_at_open_vouches_for_its_file(tmp_path: Path) -> None:
    p = tmp_path / "small.db"
    _make_db(p, n=5)
    store = Store.open(p)
    assert store.pages_checked
    store.close()
    assert not Store.open(None).pages_checked  # nothing on disk to vouch for


def test_deferred_check_vouches_only_once_it_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_check, "DEFER_ABOVE_BYTES", 1024)
    p = tmp_path / "big.db"
    _make_db(p, n=50)
    store = Store.open(p, defer_check=True)
    assert not store.pages_checked  # owed, not yet run
    store.page_check.start().join(timeout=30)
    assert store.pages_checked
    store.close()

    _scribble_plans(p)
    damaged = Store.open(p, defer_check=True)
    damaged.page_check.wait()
    assert not damaged.pages_checked
    damaged.mark_damaged()
    damaged.page_check = None
    assert not damaged.pages_checked  # read-only because damaged: never vouches
    damaged.close()


def test_pages_checked_skips_the_full_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = tmp_path / "small.db"
    _make_db(p, n=5)
    calls: list[int] = []
    real = integrity.quick_check_rows

    def counting(conn):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(conn)

    monkeypatch.setattr(integrity, "quick_check_rows", counting)
    Store.open(p, read_only=True).close()
    assert calls, "a plain open reads every page"
    calls.clear()
    worker = Store.open(p, read_only=True, pages_checked=True)
    assert calls == [] and worker.page_check is None and worker.get("plans", 1)["title"]
    worker.close()


def test_without_the_promise_a_damaged_file_is_still_refused(tmp_path: Path) -> None:
    p = tmp_path / "small.db"
    _make_db(p)
    _scribble_plans(p)
    with pytest.raises(OpenError):
        Store.open(p, read_only=True)
