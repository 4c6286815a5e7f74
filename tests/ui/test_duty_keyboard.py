"""The duty officer's keyboard path and the record forms' keys: Tab, Enter and Esc.

A call is logged, stamped reported up and handed over without the mouse; a form is
walked top to bottom with Tab, saved with Enter, and Esc never drops what was typed
without asking.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import evaluate
from emergency_desk.rules.settings import load_settings
from emergency_desk.store import Store
from emergency_desk.ui.duty_quick_entry import DayLogDialog, HandoverDialog
from emergency_desk.ui.lang import set_ui_lang
from emergency_desk.ui.translations import install_translators

from .helpers import type_text


def active(qtbot: Any, dialog: QWidget) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def focus() -> QWidget:
    return QApplication.focusWidget()


def tab_walk(qtbot: Any, steps: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        qtbot.keyClick(focus(), key)
        seen.append(focus())
    return seen


# -- the day log's date ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "keys", "shown"),
    [("zh", "20250305", "2025年3月5日"), ("en", "05032025", "5 Mar 2025")],
)
def test_day_log_date_reads_as_the_lists_and_takes_digits(qtbot, lang, keys, shown) -> None:  # type: ignore[no-untyped-def]
    set_ui_lang(lang)
    dialog = DayLogDialog()
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    today = dt.date.today()
    words = (
        f"{today.year}年{today.month}月{today.day}日"
        if lang == "zh"
        else f"{today.day} {today.strftime('%b')} {today.year}"
    )
    assert dialog.date_edit.lineEdit().text() == words  # not 2026-11-04
    assert focus() is dialog.date_edit
    qtbot.keyClicks(dialog.date_edit, keys)
    assert dialog.day() == "2025-03-05"  # the file name and the report take ISO
    dialog.date_edit.setDate(dialog.date_edit.date())
    assert dialog.date_edit.lineEdit().text() == shown
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert dialog.result() == DayLogDialog.DialogCode.Accepted


def test_day_log_cannot_pick_a_day_not_yet_come(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DayLogDialog()
    qtbot.addWidget(dialog)
    assert dialog.date_edit.maximumDate() == QDate.currentDate()


# -- the handover --------------------------------------------------------------------
def test_handover_time_is_typed_like_the_forms_and_stored_iso(qtbot, ui_store: Store) -> None:  # type: ignore[no-untyped-def]
    ui_store.operator = "张三"
    dialog = HandoverDialog(ui_store)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    now = dt.datetime.now()
    shown = dialog.at_edit.edit.lineEdit().text()
    assert shown.startswith(f"{now.year}年{now.month}月{now.day}日 ")  # not 2026-11-04 13:26
    # Focus starts on the incoming officer; Shift+Tab twice reaches the time.
    assert focus() is dialog.to_edit
    tab_walk(qtbot, 2, Qt.Key.Key_Backtab)
    assert focus() is dialog.at_edit.input
    dialog.at_edit.edit.setCurrentSectionIndex(0)
    dialog.at_edit.edit.setSelectedSection(dialog.at_edit.edit.currentSection())
    qtbot.keyClicks(focus(), "202503050807")
    tab_walk(qtbot, 2)
    assert focus() is dialog.to_edit
    type_text(qtbot, focus(), "李四")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert dialog.handover_id is not None and not dialog.isVisible()
    row = ui_store.get("duty_handovers", dialog.handover_id)
    assert (row["at"], row["from_officer"], row["to_officer"]) == (
        "2025-03-05 08:07",
        "张三",
        "李四",
    )


# -- a day without a roster reads as a day ---------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_day_without_roster_is_written_in_words(store: Store, lang: str) -> None:
    settings = load_settings(store)
    today = dt.date(2025, 3, 10)
    group = evaluate(store, today, settings, keys=("duty_days_without_roster",))[
        "duty_days_without_roster"
    ]
    rows = describe(store, group, today, settings, lang, limit=1)
    day = dt.date.fromisoformat(str(rows[0].key))
    words = f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.strftime("%-d %b %Y")
    assert rows[0].text.startswith(words + " ")


@pytest.fixture(autouse=True)
def _zh(qapp: Any) -> Any:
    yield
    set_ui_lang("zh")
    install_translators(qapp, "zh")
