"""打印… for people and places, as a clerk uses it: the directory from the contacts list,
the cards from the risk points list, an incident's papers from its form; the buttons come
from each table's ``ui_tools``, and ID numbers leave masked unless the form shows them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from emergency_desk.schema import TABLES
from emergency_desk.ui.registers.incident_dialog import IncidentDialog

ID = "11010519491231002X"


@pytest.fixture
def targets(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The save dialog answers with the next of these files."""
    files: list[Path] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (str(files.pop(0)), "")),
    )
    monkeypatch.setattr(
        "emergency_desk.ui.registers.printouts.QDesktopServices.openUrl",
        staticmethod(lambda _url: True),
    )
    return files


def _text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in doc.paragraphs), *cells])


def _click(qtbot: Any, widget: Any, name: str) -> QPushButton:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return button


def test_the_buttons_are_declared_on_the_tables() -> None:
    tools = {name: t.ui_tools for name, t in TABLES.items()}
    assert "registers.printouts:install_hazard_printouts" in tools["hazards"]
    assert "registers.printouts:install_drill_printouts" in tools["drills"]
    assert "registers.printouts_people:install_directory_print" in tools["contacts"]
    assert "registers.printouts_people:install_cards_print" in tools["risk_points"]


def test_directory_and_cards_from_the_lists(
    qtbot: Any, window: Any, targets: list[Path], tmp_path: Path, yes_to_questions: list[str]
) -> None:
    store = window.store
    store.insert(
        "contacts", {"name": "王娟", "role": "info_officer", "village": "东坪村",
                     "phone": "15016268513"},
    )  # fmt: skip
    point = store.insert(
        "risk_points",
        {"name": "东坪村一组塘湾滑坡", "kind": "landslide", "village": "东坪村",
         "monitor": "高亮秀", "monitor_phone": "13925676931"},
    )  # fmt: skip
    store.insert(
        "risk_points", {"name": "东坪村四组后山崩塌", "kind": "collapse", "village": "东坪村"}
    )
    contacts = window.register_tab_for_table("contacts")
    qtbot.waitUntil(lambda: contacts.findChild(QPushButton, "printDirectory") is not None)
    targets.append(tmp_path / "dir.docx")
    _click(qtbot, contacts, "printDirectory")
    qtbot.waitUntil(lambda: len(yes_to_questions) == 1, timeout=10000)
    assert "东坪村（1人）" in _text(tmp_path / "dir.docx") and "15016268513" in _text(
        tmp_path / "dir.docx"
    )

    points = window.register_tab_for_table("risk_points")
    qtbot.waitUntil(lambda: points.findChild(QPushButton, "printCards") is not None)
    assert not points.findChild(QPushButton, "printCards").isEnabled()  # nothing selected
    assert points.findChild(QPushButton, "printNotice") is None  # hazards' own, not here
    points.select_record(point)
    targets.append(tmp_path / "one.docx")
    _click(qtbot, points, "printCards")
    qtbot.waitUntil(lambda: len(yes_to_questions) == 2, timeout=10000)
    one = _text(tmp_path / "one.docx")
    assert "东坪村一组塘湾滑坡" in one and "东坪村四组后山崩塌" not in one
    targets.append(tmp_path / "village.docx")
    _click(qtbot, points, "printVillageCards")
    qtbot.waitUntil(lambda: len(yes_to_questions) == 3, timeout=10000)
    assert len(Document(str(tmp_path / "village.docx")).tables) == 4


def test_an_incidents_papers_from_its_form(
    qtbot: Any, window: Any, targets: list[Path], tmp_path: Path, yes_to_questions: list[str]
) -> None:
    store = window.store
    incident = store.insert(
        "incidents",
        {"started_at": "2026-07-08 04:30", "title": "“7·8”暴雨洪涝灾害",
         "category": "natural_disaster", "status": "ongoing"},
    )  # fmt: skip
    store.insert(
        "incident_reports",
        {"incident_id": incident, "kind": "initial", "sent_at": "2026-07-08 05:18",
         "affected": 2150},
    )  # fmt: skip
    store.insert(
        "incident_victims",
        {"incident_id": incident, "name": "邓立新", "outcome": "dead", "id_number": ID},
    )
    dialog = IncidentDialog(store, "incidents", incident, window)
    qtbot.addWidget(dialog)
    targets.append(tmp_path / "report.docx")
    _click(qtbot, dialog, "printReportForm")  # nothing selected: the latest report
    qtbot.waitUntil(lambda: len(yes_to_questions) == 1, timeout=10000)
    assert "自然灾害灾情报告（初报）" in _text(tmp_path / "report.docx")

    personal = "SELECT after FROM audit_log WHERE action = 'export_personal'"
    targets.append(tmp_path / "masked.docx")
    _click(qtbot, dialog, "printVictims")
    qtbot.waitUntil(lambda: len(yes_to_questions) == 2, timeout=10000)
    masked = _text(tmp_path / "masked.docx")
    assert "邓立新" in masked and ID not in masked and "1101**********002X" in masked
    assert store.conn.execute(personal).fetchall() == []

    dialog.reveal_box.click()  # shown in full on the form: printed in full, and audited
    targets.append(tmp_path / "full.docx")
    _click(qtbot, dialog, "printVictims")
    qtbot.waitUntil(lambda: len(yes_to_questions) == 3, timeout=10000)
    assert ID in _text(tmp_path / "full.docx")
    [(after,)] = store.conn.execute(personal).fetchall()
    assert json.loads(after)["file"] == str(tmp_path / "full.docx")

    targets.append(tmp_path / "houses.docx")
    _click(qtbot, dialog, "printHouses")
    qtbot.waitUntil(lambda: len(yes_to_questions) == 4, timeout=10000)
    assert "因灾倒塌损坏住房户" in _text(tmp_path / "houses.docx")
