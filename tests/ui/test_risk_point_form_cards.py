"""打印明白卡… in a risk point's own form (declared by ``Table.form_tools``, the same
installer as the list's): the two cards of the point the form shows, once it is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from emergency_desk.store import Store
from emergency_desk.ui.registers.registry import dialog_class

from .helpers import type_into


@pytest.fixture
def targets(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    files: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(files.pop(0)), ""))
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


def test_the_cards_print_from_the_risk_points_form(
    qtbot: Any, ui_store: Store, targets: list[Path], tmp_path: Path, yes_to_questions: list[str]
) -> None:
    point = ui_store.insert(
        "risk_points",
        {"name": "东坪村一组塘湾滑坡", "kind": "landslide", "village": "东坪村",
         "monitor": "高亮秀", "monitor_phone": "13925676931"},
    )  # fmt: skip
    ui_store.insert(
        "risk_points", {"name": "东坪村四组后山崩塌", "kind": "collapse", "village": "东坪村"}
    )
    dialog = dialog_class("risk_points")(ui_store, "risk_points", point)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "printCards")
    assert button is not None and button.isEnabled()
    assert button.text() == "明白卡…"
    assert dialog.findChild(QPushButton, "printVillageCards") is not None
    targets.append(tmp_path / "card.docx")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(yes_to_questions) == 1, timeout=10000)  # "open it?"
    text = _text(tmp_path / "card.docx")
    assert "东坪村一组塘湾滑坡" in text and "高亮秀" in text
    assert "东坪村四组后山崩塌" not in text


def test_a_new_points_cards_wait_for_its_save(qtbot: Any, ui_store: Store) -> None:
    dialog = dialog_class("risk_points")(ui_store, "risk_points")
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "printCards")
    assert button is not None and not button.isEnabled()
    type_into(qtbot, dialog.editors["name"].edit, "石门村三组不稳定斜坡")
    dialog.editors["kind"].set_value("collapse")
    type_into(qtbot, dialog.editors["village"].edit, "石门村")
    assert dialog.save(), dialog.banner.text()
    assert button.isEnabled()
