"""Making a township's data package: ``manifest.json`` and ``snapshot.db`` in one zip.

The manifest says whose package it is (area code, office name), what made it (schema and
app version), when, its sequence number, the record counts per register and the SHA-256
of the snapshot, so the county can refuse a package that is not what it says before it
reads a row. The file is written through ``safe_write``: a stick pulled mid-write leaves
the previous package or none, never half of one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..rules.settings import load_settings
from ..safe_write import write_file
from ..store.migrations import SCHEMA_VERSION
from ..store.package import next_sequence, snapshot
from .errors import CountyError

if TYPE_CHECKING:
    from ..store import Store

FORMAT = "emergency-desk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SNAPSHOT = "snapshot.db"
REQUIRED = {
    "format": str,
    "area_code": str,
    "office_name": str,
    "schema_version": int,
    "app_version": str,
    "made_at": str,
    "sequence": int,
    "counts": dict,
    "sha256": str,
}
EXAMPLES = {
    "area_code": ("行政区划代码", "area code", "430723104000"),
    "office_name": ("单位名称", "office name", "青石镇应急管理办公室"),
}


@dataclass(frozen=True)
class PackageMade:
    path: Path
    manifest: dict[str, Any]

    def line(self, lang: str) -> str:
        size = self.path.stat().st_size / 1024
        m = self.manifest
        if lang == "zh":
            return (
                f"已生成{m['office_name']}的第 {m['sequence']} 号数据包“{self.path}”"
                f"（{size:.0f} KB）。"
            )
        return (
            f"Package no. {m['sequence']} of {m['office_name']} written to “{self.path}” "
            f"({size:.0f} KB)."
        )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_package(store: Store, target: str | Path, now: dt.datetime | None = None) -> PackageMade:
    """Write the township's package to ``target``; ``CountyError`` if a setting is missing."""
    settings = load_settings(store)
    for key in ("area_code", "office_name"):
        if not str(getattr(settings, key) or "").strip():
            zh, en, example = EXAMPLES[key]
            raise CountyError("missing_setting", label_zh=zh, label_en=en, key=key, example=example)
    target = Path(target)
    folder = Path(tempfile.mkdtemp(prefix="emergency-desk-package-"))
    try:
        sequence = next_sequence(store)
        snap = folder / SNAPSHOT
        counts = snapshot(store, snap)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "area_code": settings.area_code,
            "office_name": settings.office_name,
            "level": settings.level,
            "schema_version": SCHEMA_VERSION,
            "app_version": __version__,
            "made_at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
            "sequence": sequence,
            "counts": counts,
            "sha256": sha256_of(snap),
        }

        def write(tmp: Path) -> None:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
                zf.write(snap, SNAPSHOT)

        write_file(target, write)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return PackageMade(target, manifest)
