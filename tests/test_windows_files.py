"""Where files go on Windows, simulated on Linux: names, the data folder, "Open with"."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emergency_desk import paths
from emergency_desk.cli import main as cli_main
from emergency_desk.paths import MAX_PATH, safe_file_name

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}

office_names = st.one_of(
    st.text(min_size=0, max_size=300),
    st.lists(
        st.sampled_from(
            [
                "青石镇",
                "应急办",
                "/",
                ":",
                "*",
                "?",
                '"',
                "<",
                ">",
                "|",
                "\\",
                " ",
                ".",
                "CON",
                "nul",
                "Com1",
                "LPT9",
                "2025年",
                "应急管理工作总结",
                "\t",
                "…",
            ]
        ),
        max_size=40,
    ).map("".join),
)


@given(office=office_names, suffix=st.sampled_from([".docx", ".xlsx", ".db"]))
def test_every_suggested_name_is_a_valid_windows_file_name(office: str, suffix: str) -> None:
    folder = "C:\\Users\\张三\\Documents\\" + "应急" * 40
    name = safe_file_name(f"{office}2025年应急管理工作总结{suffix}", folder)
    assert name.endswith(suffix) and len(name) > len(suffix)
    assert not FORBIDDEN & set(name)
    assert name[-1] not in ". " and not name.startswith(" ")
    assert name.split(".")[0].upper() not in RESERVED
    assert PureWindowsPath(folder, name).name == name
    assert len(f"{folder}\\{name}") <= MAX_PATH
    assert safe_file_name(name, folder) == name  # a safe name is left as it is


def test_an_ordinary_name_is_unchanged() -> None:
    for name in ("某县青石镇应急管理办公室2025年应急管理工作总结.docx", "值班日志_2025-07-01.docx"):
        assert safe_file_name(name) == name
    assert safe_file_name("青石镇/应急办: 2025.docx") == "青石镇_应急办_ 2025.docx"
    assert safe_file_name("con.xlsx") == "_con.xlsx"
    assert safe_file_name("总结. .docx") == "总结.docx"


def test_the_data_folder_on_windows_is_the_local_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(paths.sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert paths.user_data_dir() == tmp_path / "Local" / "EmergencyDesk"


def test_a_database_dropped_on_the_program_opens_in_the_gui(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[Path | None] = []
    import emergency_desk.ui.shell.app as app

    monkeypatch.setattr(app, "run_gui", lambda db: opened.append(db) or 0)
    dropped = tmp_path / "青石镇 2025.db"
    assert cli_main.main([str(dropped)]) == 0
    assert opened == [dropped]


def test_a_command_is_still_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli_main.main(["check", "--help"])
    assert done.value.code == 0 and "check" in capsys.readouterr().out
