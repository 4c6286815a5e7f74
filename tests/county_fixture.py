"""A county database with two demo townships taken in, made as users make it: ``demo
--office --area-code``, ``package`` and ``county import`` on the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_runner import run_cli

from emergency_desk.store import Store

TOWNS = {
    "430723104000": "青石镇应急管理办公室",
    "430723205000": "柳河乡应急管理办公室",
}
COUNTY_CODE = "430723000000"
YEAR = 2025


def _ok(done: object) -> None:
    assert done.returncode == 0, done.stderr  # type: ignore[attr-defined]


def make_county(folder: Path, year: int = YEAR) -> Path:
    """``folder/county.db`` (level county) holding both townships; their own databases
    are ``folder/<code>.db``."""
    packages = []
    for seed, (code, name) in enumerate(TOWNS.items(), start=7):
        db = folder / f"{code}.db"
        demo = ("demo", "--year", str(year), "--seed", str(seed))
        _ok(run_cli("--db", str(db), *demo, "--office", name, "--area-code", code))
        package = folder / f"{code}.edpkg"
        _ok(run_cli("--db", str(db), "package", "-o", str(package)))
        packages.append(str(package))
    county = folder / "county.db"
    store = Store.open(county)
    store.set_setting("level", "county")
    store.set_setting("area_code", COUNTY_CODE)
    store.set_setting("office_name", "临澧县应急管理局")
    store.close()
    _ok(run_cli("--db", str(county), "county", "import", *packages))
    return county


def copy_county(made: Path, to: Path) -> Path:
    """A fresh copy of a county made once per module (tests may change theirs)."""
    to.mkdir(parents=True, exist_ok=True)
    for f in made.parent.iterdir():
        if f.suffix == ".db":
            shutil.copy2(f, to / f.name)
    return to / made.name
