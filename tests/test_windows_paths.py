"""Windows paths simulated on Linux: mapped drives and UNC paths, USB sticks.

On Windows ``Path.resolve()`` turns a mapped drive ``Z:\\`` into ``\\\\server\\share``
and ``as_uri()`` then writes ``file://server/share/...``, which SQLite refuses. Here
``as_uri`` is made to return that authority form, so any store code still building its
URIs through it fails as it would on an office PC.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from emergency_desk.store import Store, drives
from emergency_desk.store.backup import auto_backup, backup_to, restore_from
from emergency_desk.store.integrity import check_file, quick_check_problems
from emergency_desk.store.sqlite_uri import file_uri


@pytest.fixture
def unc_as_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    """``as_uri`` as Windows gives it for a path on a mapped drive: with an authority."""

    def as_uri(self: PurePosixPath) -> str:
        return "file://server" + PurePosixPath(str(self)).as_uri()[len("file://") :]

    monkeypatch.setattr(Path, "as_uri", as_uri)
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(f"{Path('/tmp/x.db').as_uri()}?mode=ro", uri=True)


def _filled(path: Path) -> None:
    s = Store.open(path)
    s.insert("hazards", {"found_on": "2025-03-05", "name": "河堤渗漏", "category": "flood"})
    s.close()


def test_uri_of_a_unc_path_has_no_authority() -> None:
    assert file_uri(PureWindowsPath(r"\\srv\share\x.db"), mode="ro") == (
        "file:////srv/share/x.db?mode=ro"
    )
    assert file_uri(PureWindowsPath(r"Z:\应急 #1\a?b%.db")) == (
        "file:///Z:/%E5%BA%94%E6%80%A5%20%231/a%3Fb%25.db"
    )


def test_sqlite_opens_the_unc_form_and_odd_folder_names(tmp_path: Path) -> None:
    folder = tmp_path / "台账 #1 ?%"
    folder.mkdir()
    _filled(folder / "x.db")
    # "//tmp/..." is the UNC shape on Linux (the same file): SQLite takes file:////...
    double = Path("/" + str(folder / "x.db"))
    assert file_uri(double, mode="ro").startswith("file:////")
    conn = sqlite3.connect(file_uri(double, mode="ro"), uri=True)
    assert conn.execute("SELECT name FROM hazards").fetchall() == [("河堤渗漏",)]
    conn.close()


def test_backups_restore_and_checks_on_a_mapped_drive(tmp_path: Path, unc_as_uri: None) -> None:
    db = tmp_path / "office.db"
    _filled(db)
    s = Store.open(db)
    assert auto_backup(s) is not None
    manual = backup_to(s, tmp_path / "stick" / "copy.db")
    s.close()
    assert check_file(manual) >= 1
    assert quick_check_problems(db) == []
    saved = restore_from(manual, db)
    assert saved is not None and saved.exists()
    ro = Store.open(db, read_only=True)
    assert [r["name"] for r in ro.db.query("SELECT name FROM hazards")] == ["河堤渗漏"]
    ro.close()


def test_a_removable_drive_gets_a_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drives, "on_removable_drive", lambda path: True)
    db = tmp_path / "stick.db"
    s = Store.open(db)
    s.insert("hazards", {"found_on": "2025-03-05", "name": "河堤渗漏", "category": "flood"})
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(f"{db}-wal").exists()
    s.close()


def test_linux_without_sys_says_not_removable(tmp_path: Path) -> None:
    assert drives.on_removable_drive(tmp_path / "new" / "x.db") is False


def test_close_puts_every_commit_into_the_main_file(tmp_path: Path) -> None:
    """A reader left open (another window, a worker) keeps SQLite from checkpointing."""
    db = tmp_path / "office.db"
    _filled(db)
    s = Store.open(db)
    reader = sqlite3.connect(db)
    reader.execute("SELECT count(*) FROM hazards").fetchone()
    s.insert("hazards", {"found_on": "2025-04-01", "name": "危房", "category": "other"})
    s.close()
    only_main = tmp_path / "pulled.db"
    shutil.copyfile(db, only_main)  # what a pulled stick keeps without its -wal
    reader.close()
    copy = sqlite3.connect(only_main)
    names = sorted(r[0] for r in copy.execute("SELECT name FROM hazards"))
    copy.close()
    assert names == ["危房", "河堤渗漏"]
