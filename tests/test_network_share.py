"""A database on a network share is opened read-only, saying why (issue 15.6)."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from emergency_desk.store import ReadOnlyError, Store, network_share


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``tmp_path/share`` mounted (as /proc/mounts tells it) from a Windows server."""
    folder = tmp_path / "share"
    folder.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"//server/应急办 {str(folder.resolve()).replace(' ', chr(92) + '040')} cifs rw 0 0\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(network_share, "MOUNTS", mounts)
    monkeypatch.setattr(sys, "platform", "linux")
    return folder


def test_a_database_on_a_network_share_opens_read_only_and_says_why(
    share: Path, tmp_path: Path
) -> None:
    db = share / "office.db"
    Store.open(tmp_path / "seed.db").close()  # a real database, made on this PC…
    (tmp_path / "seed.db").rename(db)  # …then put on the share
    s = Store.open(db)
    try:
        assert s.read_only and s.read_only_reason == "network"
        with pytest.raises(ReadOnlyError) as info:
            s.insert("plans", {"title": "共享盘上的预案", "level": "overall"})
        zh = info.value.message("zh")
        assert "网络共享文件夹" in zh and "文件锁不可靠" in zh and "本机硬盘" in zh
        assert "not reliable over a network" in info.value.message("en")
        assert s.total("plans") == 0
    finally:
        s.close()


def test_a_local_folder_beside_the_share_is_writable(share: Path, tmp_path: Path) -> None:
    s = Store.open(tmp_path / "local.db")
    try:
        assert not s.read_only
    finally:
        s.close()


@pytest.mark.parametrize(
    "path", ["\\\\server\\应急办\\office.db", "\\\\?\\UNC\\server\\s\\office.db"]
)
def test_unc_paths_are_network_shares(path: str) -> None:
    assert network_share._windows_remote(PureWindowsPath(path).parent)
