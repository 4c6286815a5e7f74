"""Is a database's folder on a network share? Then it is opened for reading only.

SQLite's locks depend on the file system's, which SMB/CIFS and NFS do not keep reliably:
two PCs writing one file over the network can corrupt it for good. A database on a
mapped drive, a UNC path or a network mount is therefore shown but not changed, with a
sentence saying why and what to do (keep it on this PC; copy it with Backup).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

MOUNTS = Path("/proc/mounts")
NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "fuse.smbnetfs", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2", "fuse.rclone",
}  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in mount points as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def _linux_fs_type(folder: Path) -> str | None:
    try:
        text = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    best, kind = -1, None
    target = str(folder)
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, kind = len(point), parts[2]
    return kind


def _windows_remote(folder: PurePath) -> bool:
    text = str(folder)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # a UNC path: \\server\share\...
    if text.startswith("\\\\?\\UNC\\"):
        return True
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    import ctypes  # Windows only

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


def on_network_share(path: str | Path) -> bool:
    """Whether the folder holding ``path`` is on a network file system."""
    folder = Path(path).resolve().parent
    if sys.platform == "win32":
        try:
            return _windows_remote(folder)
        except (OSError, AttributeError):
            return False
    if sys.platform.startswith("linux"):
        return _linux_fs_type(folder) in NETWORK_FS
    return False
