"""Which backups beside a database are kept, and which good one is the newest.

Rotation goes by the order the backups were made in, never by today's date: a PC clock
that ran a month ahead once would otherwise make every later (real) daily backup look
old and be deleted right after it was made. The order is written to a small list beside
the backups as each one is made; backups missing from it (made by an older version, or
the list lost) count as older than every listed one, in the order of their names' dates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import OpenError
from .identity import id_of_file, known_id
from .integrity import check_file

KEEP_DAILY = 30
KEEP_MONTHLY = 12
KEEP_BEFORE_RESTORE = 5
BACKUP_DIR = "backups"
# Older than this process: no backup of ours is still writing it (a killed one left it).
PROCESS_STARTED = time.time()


def backup_dir(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / BACKUP_DIR


def daily_name(db_path: str | Path, day: dt.date) -> str:
    return f"{Path(db_path).stem}-{day.isoformat()}.db"


def _daily_pattern(db_path: str | Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(db_path).stem) + r"-(\d{4}-\d{2}-\d{2})\.db")


def _order_file(db_path: str | Path) -> Path:
    return backup_dir(db_path) / f"{Path(db_path).stem}.backup-order"


def _made_order(db_path: str | Path) -> list[str]:
    try:
        text = _order_file(db_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [line for line in text.splitlines() if line]


def _write_order(db_path: str | Path, names: list[str]) -> None:
    with contextlib.suppress(OSError):
        _order_file(db_path).write_text("".join(f"{n}\n" for n in names), encoding="utf-8")


def record_made(db_path: str | Path, target: Path) -> None:
    """Note that ``target`` is the backup made last."""
    names = [n for n in _made_order(db_path) if n != target.name]
    _write_order(db_path, [*names, target.name])


def made_last(db_path: str | Path, target: Path) -> bool:
    """Whether ``target`` is the newest backup by the order they were made in."""
    backups = made_in_order(db_path)
    return bool(backups) and backups[-1][1] == target


def daily_backups(db_path: str | Path) -> list[tuple[dt.date, Path]]:
    """The automatic backups of this database, by the dates in their names."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _daily_pattern(db_path)
    found = []
    for p in folder.iterdir():
        m = pattern.fullmatch(p.name)
        if not m:
            continue
        try:
            found.append((dt.date.fromisoformat(m.group(1)), p))
        except ValueError:
            continue
    return sorted(found)


def made_in_order(db_path: str | Path) -> list[tuple[dt.date, Path]]:
    """The automatic backups, oldest made first."""
    position = {name: i for i, name in enumerate(_made_order(db_path))}
    backups = daily_backups(db_path)
    return sorted(backups, key=lambda b: (position.get(b[1].name, -1), b[0]))


def to_keep(days: list[dt.date]) -> set[dt.date]:
    """Of backups listed oldest made first: the last ``KEEP_DAILY`` made, and the first
    made in each of the last ``KEEP_MONTHLY`` months that have a backup."""
    keep = set(days[-KEEP_DAILY:])
    first_of: dict[tuple[int, int], dt.date] = {}
    for d in days:
        first_of.setdefault((d.year, d.month), d)
    months: list[tuple[int, int]] = []
    for d in reversed(days):
        if (d.year, d.month) not in months:
            months.append((d.year, d.month))
    keep.update(first_of[m] for m in months[:KEEP_MONTHLY])
    return keep


def rotate(db_path: str | Path) -> list[Path]:
    """Delete automatic backups past keeping; the deleted files."""
    backups = made_in_order(db_path)
    keep = to_keep([d for d, _ in backups])
    gone = []
    for day, p in backups:
        if day not in keep:
            with contextlib.suppress(OSError):
                p.unlink()
                gone.append(p)
    _write_order(db_path, [p.name for d, p in backups if d in keep])
    return gone


def rotate_before_restore(db_path: str | Path) -> list[Path]:
    """Keep the last ``KEEP_BEFORE_RESTORE`` copies saved before a restore."""
    folder = backup_dir(db_path)
    prefix = f"{Path(db_path).stem}-before-restore-"
    saved = sorted(
        p
        for p in folder.glob(f"{glob_escape(prefix)}*")
        if p.suffix in (".db", ".damaged") and p.name[len(prefix) :][:1].isdigit()
    )
    gone = []
    for p in saved[:-KEEP_BEFORE_RESTORE]:
        for extra in (p, p.with_name(p.name + "-journal")):
            with contextlib.suppress(OSError):
                extra.unlink()
        gone.append(p)
    return gone


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def clean_stale_parts(folder: Path, prefix: str = "") -> list[Path]:
    """Remove half-written backups (``*.part``, ``*.part-journal``) left by a killed or
    failed backup: those last written before this process started."""
    gone = []
    for pattern in ("*.part", "*.part-journal"):
        for p in folder.glob(glob_escape(prefix) + pattern):
            with contextlib.suppress(OSError):
                if p.is_file() and p.stat().st_mtime < PROCESS_STARTED:
                    p.unlink()
                    gone.append(p)
    return gone


def all_backups(db_path: str | Path) -> list[Path]:
    """The backups of this database in the folder beside it, newest first.

    A backup is this database's when it holds the same id (``identity``); one that
    cannot be read is listed too (it may be ours, damaged), so that a damaged newest
    backup is still reported. Backups of other databases in the same folder never are.
    """
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    ours = known_id(folder, Path(db_path))
    files = [p for p in folder.glob("*.db") if p.is_file()]
    found = []
    for p in files:
        held = id_of_file(p)
        if held is None and _readable(p):
            continue  # a sound file without an id: not provably this database's
        if held is not None and held != ours:
            continue
        found.append(p)
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def _readable(path: Path) -> bool:
    try:
        check_file(path)
    except OpenError:
        return False
    return True


def latest_good_backup(db_path: str | Path) -> Path | None:
    """The newest backup of this very database that passes the open checks, for the
    damaged-file offer; ``None`` when the database's id is unknown or none matches."""
    ours = known_id(backup_dir(db_path), Path(db_path))
    if ours is None:
        return None
    for p in all_backups(db_path):
        if id_of_file(p) != ours:
            continue
        try:
            check_file(p)
        except OpenError:
            continue
        return p
    return None


@dataclass(frozen=True)
class BackupState:
    """The newest backup, and the newest one that is sound (``None`` if there is none)."""

    newest: Path | None
    newest_good: Path | None

    @property
    def newest_is_bad(self) -> bool:
        return self.newest is not None and self.newest_good != self.newest


def backup_state(db_path: str | Path) -> BackupState:
    backups = all_backups(db_path)
    return BackupState(backups[0] if backups else None, latest_good_backup(db_path))
