"""GUI fixtures: temporary QSettings, Chinese UI, a main window on a fresh database file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from emergency_desk.store import Store
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators


@pytest.fixture(autouse=True)
def temp_settings(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Every QSettings the UI makes goes to a temporary folder, never the user's own.

    The Chinese catalogue is installed as at a real start, so tests see the screens a
    Chinese user sees rather than zh schema labels beside English source strings.
    """
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    set_ui_lang("zh")
    install_translators(qapp, "zh")
    yield folder
    install_translators(qapp, "en")
    set_ui_lang(None)


@pytest.fixture
def yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with Yes (or Discard), recording the question asked."""
    asked: list[str] = []

    def question(_parent, _title, text, buttons=None, default=None):  # type: ignore[no-untyped-def]
        asked.append(text)
        if buttons is not None and buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def ui_store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, ui_store: Store):  # type: ignore[no-untyped-def]
    from emergency_desk.ui.shell.main_window import MainWindow

    w = MainWindow(ui_store)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    return w
