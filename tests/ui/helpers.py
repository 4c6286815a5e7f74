"""Driving modal dialogs and schema-built forms the way a user does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from emergency_desk.ui.widgets.date_editors import DateEditor, DateTimeEditor
from emergency_desk.ui.widgets.field_editors import (
    ChoiceEditor,
    IntEditor,
    LongTextEditor,
    MoneyEditor,
    RefEditor,
    TextEditor,
)


def run_modal(
    trigger: Callable[[], Any], handler: Callable[[QDialog], None], *, wait_ms: int = 10
) -> Any:
    """Call ``trigger`` (which opens a modal dialog) and run ``handler`` on that dialog.

    A dialog still open after the handler (an expected refusal) is closed without
    saving, and an assertion failing inside the handler is re-raised here instead of
    leaving the event loop waiting forever.
    """
    failures: list[BaseException] = []
    before = QApplication.activeModalWidget()
    tries = [500]  # about 5 s of polling, then the test fails instead of waiting forever

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is before:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(wait_ms, poke)
            else:
                failures.append(AssertionError("no dialog opened"))
            return
        try:
            handler(dialog)  # type: ignore[arg-type]
        except BaseException as exc:  # re-raised after the dialog is gone
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)  # type: ignore[union-attr]

    QTimer.singleShot(0, poke)
    result = trigger()
    if failures:
        raise failures[0]
    return result


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text``: ASCII as key presses, Chinese as an input method commits it."""
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii() == (run[:1].isascii() if run else ch.isascii()):
            run += ch
            continue
        if run and run.isascii():
            qtbot.keyClicks(widget, run)
        elif run:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
        run = ch if ch != "\0" else ""


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Replace the widget's text the way a user does: select all, then type."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def fill(qtbot: Any, dialog: Any, values: dict[str, Any]) -> None:
    """Set form fields from what the user sees: labels for choices, titles for references."""
    for key, value in values.items():
        editor = dialog.editors[key]
        if isinstance(editor, (TextEditor, LongTextEditor)):
            type_into(qtbot, editor.edit, str(value))
        elif isinstance(editor, (ChoiceEditor, RefEditor)):
            index = editor.combo.findText(str(value))
            assert index >= 0, f"{key}: no item {value!r}"
            editor.combo.setCurrentIndex(index)
        elif isinstance(editor, DateTimeEditor):
            if value is None:
                editor.clear_button.click()
            else:
                editor.edit.setDateTime(QDateTime.fromString(value, "yyyy-MM-dd HH:mm"))
        elif isinstance(editor, DateEditor):
            if value is None:
                editor.clear_button.click()
            else:
                editor.edit.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        elif isinstance(editor, (IntEditor, MoneyEditor)):
            type_into(qtbot, editor.spin, str(value))
        else:
            raise AssertionError(f"no way to fill {key}")


def click_ok(dialog: Any) -> None:
    dialog.ok_button.click()


def cell_texts(model: Any, column_key: str) -> list[str]:
    col = [f.key for f in model.columns].index(column_key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def ops_done(qtbot: Any, timeout: int = 20000) -> None:
    """Wait until every op started so far (``ui.shell.ops``) has delivered its outcome:
    a click starts the work, its result arrives later on the GUI thread."""
    from emergency_desk.ui.shell.ops import active_ops

    qtbot.waitUntil(lambda: active_ops() == 0, timeout=timeout)


def summary_tab_shown(qtbot: Any, store: Any, year: int) -> Any:
    """The Summary tab on ``store`` for ``year`` in Chinese, shown, its preview built (on a
    worker thread once the tab shows). Close it before the store: that saves its texts
    and stops its timers while the database is still open."""
    from emergency_desk.ui.summary.summary_tab import SummaryTab

    widget = SummaryTab(store)
    qtbot.addWidget(widget)
    widget.year.setValue(year)
    widget.doc_lang.setCurrentIndex(0)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.preview_pending, timeout=10000)
    return widget


def overview_at(qtbot: Any, store: Any, size: tuple[int, int]) -> Any:
    """The main window at ``size``, shown, with its Overview's figures computed: what the
    chart tests look at, as a user at that screen sees it. Returns the Overview tab."""
    from emergency_desk.ui.overview.overview_tab import OverviewTab
    from emergency_desk.ui.shell.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    overview = window.findChild(OverviewTab)
    qtbot.waitUntil(lambda: not overview.computing, timeout=10000)
    return overview


def chart_texts(view: Any) -> list[tuple[str, bool]]:
    """Every text a chart's scene holds (axis labels, value labels, titles), with whether
    it is shown. The binding may hand a label over as a bare ``QGraphicsItem`` (PySide6
    6.11 does for the axes' private label class); as a ``QGraphicsObject`` it is known by
    its meta-object, whose nearest public class is the text item."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

    out = []
    for item in view.chart().scene().items():
        if not isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)):
            item = item.toGraphicsObject() or item
        if isinstance(item, QGraphicsTextItem):
            out.append((item.toPlainText(), item.isVisible()))
        elif isinstance(item, QGraphicsSimpleTextItem):
            out.append((item.text(), item.isVisible()))
    return out
