"""Opening the GUI through the command line imports none of the commands' heavy layers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from emergency_desk.cli.main import COMMANDS, build_parser, commands_named

PROBE = """
import sys
import emergency_desk.ui.shell.app as app
from emergency_desk.cli import main as cli
app.run_gui = lambda db: 0
assert cli.main(["--db", sys.argv[1]]) == 0
heavy = sorted(m for m in ("openpyxl", "docx", "emergency_desk.io", "emergency_desk.report",
                           "emergency_desk.demo") if m in sys.modules)
print(",".join(heavy))
"""


def test_gui_start_imports_no_command_layers(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--db", "x.db"], ()),
        (["--db", "x.db", "report", "--year", "2025", "-o", "a.docx"], ("report",)),
        (["--db", "demo", "report", "-o", "a.docx"], ("demo", "report")),  # a file named demo
        (["--help"], COMMANDS),
    ],
)
def test_only_the_named_commands_are_loaded(argv: list[str], expected: tuple[str, ...]) -> None:
    assert commands_named(argv) == expected


def test_a_database_file_named_like_a_command_still_parses() -> None:
    argv = ["--db", "demo", "report", "--year", "2025", "-o", "a.docx"]
    args = build_parser(commands_named(argv)).parse_args(argv)
    assert args.command == "report" and str(args.db) == "demo"
