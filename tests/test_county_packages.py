"""Township data packages and the county database that takes them in, as users run them."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cli_runner import run_cli

from emergency_desk.county import make_package
from emergency_desk.schema import REGISTER_LIST
from emergency_desk.store import ListQuery, Store
from emergency_desk.store.migrations import SCHEMA_VERSION

TOWNS = {
    "430723104000": "青石镇应急管理办公室",
    "430723205000": "柳河乡应急管理办公室",
}


def _ok(done: object) -> None:
    assert done.returncode == 0, done.stderr  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two demo townships, different names and codes, each packaged once: code -> package."""
    folder = tmp_path_factory.mktemp("towns")
    packages = {}
    for code, name in TOWNS.items():
        db = str(folder / f"{code}.db")
        _ok(run_cli("--db", db, "demo", "--office", name, "--area-code", code))
        package = folder / f"{code}.edpkg"
        done = run_cli("--db", db, "package", "-o", str(package))
        _ok(done)
        assert "Package no. 1" in done.stdout
        packages[code] = package
    return packages


def _county(path: Path, code: str = "430723000000") -> Path:
    store = Store.open(path)
    store.set_setting("level", "county")
    store.set_setting("area_code", code)
    store.close()
    return path


def _status(db: Path) -> list[dict[str, object]]:
    done = run_cli("--db", str(db), "county", "status", "--json")
    _ok(done)
    townships: list[dict[str, object]] = json.loads(done.stdout)["townships"]
    return townships


def _live_counts(db: Path) -> dict[str, int]:
    store = Store.open(db, read_only=True)
    try:
        return {r.name: store.count(ListQuery(r.main.name)) for r in REGISTER_LIST}
    finally:
        store.close()


def _rows(db: Path, table: str, where: str = "1") -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}').fetchone()[0])
    finally:
        conn.close()


def test_county_takes_both_townships_and_lists_them(towns: dict[str, Path], tmp_path: Path) -> None:
    county = _county(tmp_path / "county.db")
    store = Store.open(county)
    own = store.insert(
        "plans",
        {
            "title": "县级总体预案",
            "level": "overall",
            "category": "natural_disaster",
            "status": "in_force",
        },
    )
    store.close()

    done = run_cli("--db", str(county), "county", "import", *map(str, towns.values()))
    _ok(done)
    status = _status(county)
    assert [(t["code"], t["name"], t["sequence"]) for t in status] == [
        (code, name, 1) for code, name in TOWNS.items()
    ]
    for entry in status:
        township_db = towns[str(entry["code"])].with_suffix(".db")
        assert entry["counts"] == _live_counts(township_db)
        assert entry["counts"]["hazards"] > 0  # type: ignore[index]
        assert str(entry["packaged_at"]) and str(entry["imported_at"])
    # The county's own plan is its own, editable, and untouched by the imports.
    assert _rows(county, "plans", "township IS NULL") == 1
    store = Store.open(county)
    store.update("plans", own, {"title": "县级总体预案（修订）"})
    assert store.get("plans", own)["title"] == "县级总体预案（修订）"
    store.close()
    # Every row of a township points at rows of the same township (references shifted).
    conn = sqlite3.connect(county)
    bad = conn.execute(
        "SELECT count(*) FROM stock_movements s JOIN materials m ON m.id = s.material_id "
        "WHERE s.township IS NOT m.township"
    ).fetchone()[0]
    conn.close()
    assert bad == 0


def test_a_newer_package_replaces_the_townships_rows(
    towns: dict[str, Path], tmp_path: Path
) -> None:
    code = "430723104000"
    township_db = tmp_path / "t.db"
    shutil.copy(towns[code].with_suffix(".db"), township_db)
    county = _county(tmp_path / "county.db")
    _ok(run_cli("--db", str(county), "county", "import", str(towns[code])))
    store = Store.open(township_db)
    victim = store.page(ListQuery("hazards"), limit=1)[0]["id"]
    store.delete("hazards", victim)
    store.close()
    second = tmp_path / "second.edpkg"
    done = run_cli("--db", str(township_db), "package", "-o", str(second))
    _ok(done)
    assert "Package no. 2" in done.stdout
    _ok(run_cli("--db", str(county), "county", "import", str(second)))
    (entry,) = _status(county)
    assert entry["sequence"] == 2
    assert entry["counts"] == _live_counts(township_db)  # replaced, not added to


def test_package_leaves_out_audit_log_recycle_bin_and_holds_its_manifest(
    towns: dict[str, Path], tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "t.db")
    store.set_setting("area_code", "430723104000")
    store.set_setting("office_name", "青石镇应急管理办公室")
    kept = store.insert(
        "plans",
        {
            "title": "总体预案",
            "level": "overall",
            "category": "natural_disaster",
            "status": "in_force",
        },
    )
    gone = store.insert(
        "plans",
        {
            "title": "已删预案",
            "level": "overall",
            "category": "natural_disaster",
            "status": "draft",
        },
    )
    store.delete("plans", gone)
    made = make_package(store, tmp_path / "p.edpkg")
    store.close()
    with zipfile.ZipFile(made.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        (tmp_path / "snap.db").write_bytes(zf.read("snapshot.db"))
    assert manifest["area_code"] == "430723104000"
    assert manifest["office_name"] == "青石镇应急管理办公室"
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["counts"]["plans"] == 1 and manifest["sequence"] == 1
    assert manifest["sha256"] == hashlib.sha256((tmp_path / "snap.db").read_bytes()).hexdigest()
    snap = tmp_path / "snap.db"
    assert _rows(snap, "audit_log") == 0
    assert _rows(snap, "plans", "deleted_at IS NOT NULL") == 0
    assert _rows(snap, "plans", f"id = {kept}") == 1
    assert _rows(tmp_path / "t.db", "audit_log") > 0  # the office's own file keeps its log


@pytest.mark.parametrize("missing", ["area_code", "office_name"])
def test_package_needs_area_code_and_office_name(tmp_path: Path, missing: str) -> None:
    store = Store.open(tmp_path / "t.db")
    for key, value in (("area_code", "430723104000"), ("office_name", "青石镇")):
        if key != missing:
            store.set_setting(key, value)
    store.close()
    done = run_cli("--db", str(tmp_path / "t.db"), "package", "-o", str(tmp_path / "p.edpkg"))
    assert done.returncode == 2
    assert f"emergency-desk settings {missing}" in done.stderr
    assert not (tmp_path / "p.edpkg").exists()


def _refused(county: Path, package: Path, lang: str = "en_US.UTF-8") -> str:
    before = (_status(county), _rows(county, "hazards"))
    done = run_cli("--db", str(county), "county", "import", str(package), lang=lang)
    assert done.returncode == 2, done.stdout
    assert (_status(county), _rows(county, "hazards")) == before  # nothing changed
    return done.stderr


def test_an_older_or_same_package_is_refused(towns: dict[str, Path], tmp_path: Path) -> None:
    county = _county(tmp_path / "county.db")
    package = towns["430723104000"]
    _ok(run_cli("--db", str(county), "county", "import", str(package)))
    taken = str(_status(county)[0]["packaged_at"])[:10]
    said = _refused(county, package, lang="zh_CN.UTF-8")
    assert f"已导入该乡镇更新的数据包（{taken}）" in said


def test_a_package_from_outside_the_county_is_refused(
    towns: dict[str, Path], tmp_path: Path
) -> None:
    county = _county(tmp_path / "county.db", code="431021000000")
    said = _refused(county, towns["430723104000"])
    assert "outside this county" in said and "430723104000" in said


def _rezip(
    source: Path,
    target: Path,
    *,
    manifest: dict[str, object] | None = None,
    flip: bool = False,
    cut: bool = False,
) -> Path:
    with zipfile.ZipFile(source) as zf:
        m = json.loads(zf.read("manifest.json"))
        snap = bytearray(zf.read("snapshot.db"))
    if flip:
        snap[len(snap) // 2] ^= 0xFF
    if cut:
        snap = snap[: len(snap) // 2]
    m.update(manifest or {})
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("manifest.json", json.dumps(m))
        zf.writestr("snapshot.db", bytes(snap))
    return target


def test_damaged_truncated_or_altered_packages_are_refused(
    towns: dict[str, Path], tmp_path: Path
) -> None:
    county = _county(tmp_path / "county.db")
    good = towns["430723104000"]
    truncated = tmp_path / "truncated.edpkg"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "damaged, incomplete or altered" in _refused(county, truncated)
    altered = _rezip(good, tmp_path / "altered.edpkg", flip=True)
    assert "checksum" in _refused(county, altered)
    not_zip = tmp_path / "not.edpkg"
    not_zip.write_text("hello", encoding="utf-8")
    assert "not a package file" in _refused(county, not_zip)
    # A cut snapshot with a manifest rewritten to match still fails SQLite's checks.
    cut = _rezip(good, tmp_path / "cut.edpkg", cut=True)
    with zipfile.ZipFile(cut) as zf:
        digest = hashlib.sha256(zf.read("snapshot.db")).hexdigest()
    forged = _rezip(cut, tmp_path / "forged.edpkg", manifest={"sha256": digest})
    assert "integrity check" in _refused(county, forged)


def test_a_package_of_a_newer_program_is_refused(towns: dict[str, Path], tmp_path: Path) -> None:
    county = _county(tmp_path / "county.db")
    newer = _rezip(
        towns["430723104000"],
        tmp_path / "newer.edpkg",
        manifest={"schema_version": SCHEMA_VERSION + 1},
    )
    assert "update the program first" in _refused(county, newer)
    assert "请先升级本程序" in _refused(county, newer, lang="zh_CN.UTF-8")


def test_a_township_database_refuses_packages(towns: dict[str, Path], tmp_path: Path) -> None:
    township_db = tmp_path / "t.db"
    shutil.copy(towns["430723104000"].with_suffix(".db"), township_db)
    before = _rows(township_db, "hazards")
    done = run_cli("--db", str(township_db), "county", "import", str(towns["430723205000"]))
    assert done.returncode == 2
    assert "This is a township database" in done.stderr
    assert _rows(township_db, "hazards") == before
    assert _rows(township_db, "hazards", "township IS NOT NULL") == 0


def test_a_batch_takes_the_good_packages_and_names_the_bad_one(
    towns: dict[str, Path], tmp_path: Path
) -> None:
    county = _county(tmp_path / "county.db")
    bad = tmp_path / "bad.edpkg"
    bad.write_bytes(b"PK\x03\x04 not really")
    done = run_cli(
        "--db",
        str(county),
        "county",
        "import",
        str(towns["430723104000"]),
        str(bad),
        str(towns["430723205000"]),
    )
    assert done.returncode == 2
    assert [t["code"] for t in _status(county)] == list(TOWNS)
    (line,) = done.stderr.strip().splitlines()
    assert "bad.edpkg" in line and "damaged" in line
