"""Build the Windows installer from a one-folder bundle with NSIS's ``makensis``.

    python installer/build_installer.py dist/EmergencyDesk [-o dist/EmergencyDesk-0.1.0-setup.exe]

The version is the app's (pyproject.toml), written into the installer's version info in
the four-part form Windows wants. ``makensis`` runs on Windows (``choco install nsis``)
and on Linux (Debian package ``nsis``): ``make dist`` builds the installer from the
Linux bundle and the tests build it from a tiny fake bundle, so the script is checked
where the Windows CI cannot run. Exit code: makensis's own; 2 with one line when
makensis or the bundle is missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCRIPT = HERE / "EmergencyDesk.nsi"


def app_version() -> str:
    """``version`` of pyproject.toml's ``[project]`` (no tomllib: Python 3.10 lacks it)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, flags=re.MULTILINE)
    if match is None:
        raise SystemExit("pyproject.toml has no version")
    return match.group(1)


def four_part(version: str) -> str:
    """``0.1.0`` -> ``0.1.0.0``; ``1.2.3rc1`` -> ``1.2.3.0`` (VIProductVersion is numeric)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return ".".join(str(n) for n in numbers[:4])


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for folder in (r"C:\Program Files (x86)\NSIS", r"C:\Program Files\NSIS"):
        candidate = Path(folder) / "makensis.exe"
        if candidate.exists():
            return str(candidate)
    return None


def command(makensis: str, bundle: Path, out: Path, exe: str) -> list[str]:
    version = app_version()
    # "-D" rather than "/D": makensis on Linux takes both, and "/D…" looks like a path there.
    return [
        makensis,
        "-V2",
        "-WX",  # a warning is an error: the script stays clean
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION4={four_part(version)}",
        f"-DBUNDLE={bundle.resolve()}",
        f"-DOUTFILE={out.resolve()}",
        f"-DEXE={exe}",
        f"-DICON={(ROOT / 'resources' / 'icons' / 'app.ico').resolve()}",
        str(SCRIPT),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/EmergencyDesk)")
    parser.add_argument("-o", "--output", type=Path, help="the setup .exe to write")
    parser.add_argument(
        "--exe", help="the program in the bundle (default: EmergencyDesk.exe, else EmergencyDesk)"
    )
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"build_installer: no bundle folder at {args.bundle}", file=sys.stderr)
        return 2
    makensis = find_makensis()
    if makensis is None:
        print("build_installer: makensis not found (apt-get install nsis / choco install nsis)",
              file=sys.stderr)  # fmt: skip
        return 2
    exe = args.exe or next(
        (n for n in ("EmergencyDesk.exe", "EmergencyDesk") if (args.bundle / n).is_file()),
        "EmergencyDesk.exe",
    )  # a Linux bundle's program has no .exe: the installer built from it proves the script
    out = args.output or args.bundle.parent / f"EmergencyDesk-{app_version()}-setup.exe"
    out.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(command(makensis, args.bundle, out, exe), check=False)
    if done.returncode == 0:
        print(f"installer: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
