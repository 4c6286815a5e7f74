"""The Qt binding must not leak or steal Python references on ordinary calls.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a Qt method
that returns nothing; a session that repaints a list a few thousand times then aborts
with "Fatal Python error: none_dealloc". pyproject.toml keeps such builds out; this test
catches a binding that brings it back (on Python 3.12+ ``None`` is immortal and its count
does not move either way).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_methods_leaves_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("值班")  # the first call may cache what the binding needs
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        label.update()
    assert label.text() == "1999"
    # a few references may come and go elsewhere meanwhile; 4,000 lost ones may not
    assert abs(sys.getrefcount(None) - before) < 100
