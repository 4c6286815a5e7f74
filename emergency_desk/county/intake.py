"""Taking township packages into a county database, each checked before a row is read.

A package is trusted in this order, cheapest first, and refused with a sentence at the
first check it fails, the county database untouched: a zip holding a manifest of the
right shape; from a township inside the county (its area code starts with the county's
six digits); newer than the package of that township already taken; a snapshot whose
SHA-256 is the manifest's; a file SQLite's ``integrity_check`` and our schema check pass;
a schema version this program knows (an older one is migrated on the temporary copy).
Only then is the township's part replaced, in one transaction. One bad package in a
batch does not stop the others.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..rules.settings import load_settings
from ..store import OpenError, Store
from ..store.county import Township, check_snapshot, replace_township, township, upgrade_snapshot
from ..store.migrations import SCHEMA_VERSION
from .errors import CountyError, damaged
from .packaging import FORMAT, MANIFEST, REQUIRED, SNAPSHOT, sha256_of

MAX_SNAPSHOT_BYTES = 4 << 30  # larger than any township's database: a bomb, not a package
Progress = Callable[[int, int], None]  # (packages done, packages in all)


@dataclass(frozen=True)
class ImportResult:
    """One package of a batch: the township taken in, or why it was refused."""

    path: Path
    township: Township | None = None
    error: CountyError | None = None

    def line(self, lang: str) -> str:
        if self.error is not None:
            if lang == "zh":
                return f"未导入“{self.path}”：{self.error.message(lang)}"
            return f"Not taken in: “{self.path}”: {self.error.message(lang)}"
        t = self.township
        assert t is not None
        if lang == "zh":
            return f"已导入{t.name}（{t.code}）第 {t.sequence} 号数据包（{t.packaged_at[:10]}）。"
        return f"Took in package no. {t.sequence} of {t.name} ({t.code}, {t.packaged_at[:10]})."


def _manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        raw = zf.read(MANIFEST)
    except KeyError:
        raise damaged("no_manifest") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        raise damaged("bad_manifest") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise damaged("bad_manifest")
    for key, kind in REQUIRED.items():
        if not isinstance(data.get(key), kind) or isinstance(data.get(key), bool):
            raise damaged("bad_manifest")
    if not re.fullmatch(r"\d{12}", data["area_code"]):
        raise damaged("bad_manifest")
    return data


def county_prefix(store: Store) -> str:
    """The county's six digits; ``CountyError`` unless this is a county database with a code."""
    settings = load_settings(store)
    if settings.level != "county":
        raise CountyError("not_county")
    if not re.fullmatch(r"\d{12}", settings.area_code or ""):
        raise CountyError("county_code_missing")
    return settings.area_code[:6]


def _take_one(store: Store, path: Path, prefix: str, folder: Path) -> Township:
    if not path.is_file():
        raise CountyError("not_found", path=str(path))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise damaged("not_zip") from None
    with zf:
        m = _manifest(zf)
        code, name = m["area_code"], m["office_name"]
        if not code.startswith(prefix):
            raise CountyError("outside", name=name, area=code, county=prefix)
        taken = township(store, code)
        if taken is not None and m["sequence"] <= taken.sequence:
            raise CountyError("not_newer", date=taken.packaged_at[:10])
        if m["schema_version"] > SCHEMA_VERSION:
            raise CountyError("newer_program", found=m["schema_version"], supported=SCHEMA_VERSION)
        try:
            info = zf.getinfo(SNAPSHOT)
        except KeyError:
            raise damaged("no_snapshot") from None
        if info.file_size > MAX_SNAPSHOT_BYTES:
            raise damaged("bad_manifest")
        snap = folder / SNAPSHOT
        try:
            with zf.open(info) as src, open(snap, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise damaged("truncated") from None
    if sha256_of(snap) != m["sha256"]:
        raise damaged("hash")
    try:
        version = check_snapshot(snap)
    except OpenError as exc:
        if exc.code == "newer_version":
            raise CountyError(
                "newer_program", found=exc.params.get("found"), supported=SCHEMA_VERSION
            ) from exc
        raise damaged("integrity") from exc
    if version < SCHEMA_VERSION:
        upgrade_snapshot(snap)
    got = Township(
        code=code,
        name=name,
        sequence=m["sequence"],
        packaged_at=m["made_at"],
        imported_at=dt.datetime.now().isoformat(timespec="seconds"),
        schema_version=m["schema_version"],
        app_version=m["app_version"],
        sha256=m["sha256"],
    )
    replace_township(store, snap, got)
    return got


def import_packages(
    store: Store, paths: Iterable[str | Path], progress: Progress | None = None
) -> list[ImportResult]:
    """Take each package in (or refuse it); ``CountyError`` if this is no county database."""
    prefix = county_prefix(store)
    files = [Path(p) for p in paths]
    results: list[ImportResult] = []
    for done, path in enumerate(files):
        folder = Path(tempfile.mkdtemp(prefix="emergency-desk-intake-"))
        try:
            results.append(ImportResult(path, township=_take_one(store, path, prefix, folder)))
        except CountyError as exc:
            results.append(ImportResult(path, error=exc))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if progress is not None:
            progress(done + 1, len(files))
    return results
