"""One record's history from the audit log, and the History… button on every register list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...store import Store
from ..registers.register_tab import RegisterTab
from ..shell.lang import format_datetime, ui_lang
from ..widgets.record_titles import record_title, title_lookup
from ..widgets.screen_fit import fit_to_screen
from .audit_text import action_label, change_lines, table_label, who


class HistoryDialog(QDialog):
    def __init__(
        self, store: Store, table: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = store
        self.setObjectName("historyDialog")
        title = record_title(store, table, record_id, self.lang) or f"#{record_id}"
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title[:50]))
        fit_to_screen(self, 620, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{table_label(table, self.lang)}</b> · {_escape(title)}", self))
        self.entries = store.history(table, record_id)
        self.text = QTextBrowser(self)
        self.text.setObjectName("historyText")
        self.text.setHtml(self._html())
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _html(self) -> str:
        if not self.entries:
            return "<p>" + _escape(self.tr("No changes recorded.")) + "</p>"
        parts = []
        for e in reversed(self.entries):  # newest first
            head = (
                f"<p><b>{_escape(format_datetime(e['at'], self.lang))}</b> · "
                f"{_escape(action_label(e['action']))} · {_escape(who(e))}</p>"
            )
            lines = change_lines(e, self.lang, title_lookup(self.store, self.lang))
            body = "".join(f"<li>{_escape(line)}</li>" for line in lines)
            parts.append(head + (f"<ul>{body}</ul>" if body else ""))
        return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_history(tab: RegisterTab) -> None:
    record_id = tab.current_id()
    if record_id is None:
        return
    dialog = HistoryDialog(tab.store, tab.table.name, record_id, tab)
    dialog.exec()
    dialog.deleteLater()


def _context_menu(tab: RegisterTab, pos: QPoint) -> None:
    index = tab.view.indexAt(pos)
    if not index.isValid():
        return
    menu = QMenu(tab)
    menu.addAction(RegisterTab.tr("Edit…"), tab.edit_current)
    menu.addAction(
        QCoreApplication.translate("HistoryDialog", "History…"), lambda: show_history(tab)
    )
    if not tab.store.read_only:
        menu.addSeparator()
        menu.addAction(RegisterTab.tr("Delete"), tab.delete_selected)
    menu.exec(tab.view.viewport().mapToGlobal(pos))


def install_history(tab: RegisterTab) -> QPushButton:
    """A History… button on the list's toolbar and in its right-click menu."""
    button = QPushButton(QCoreApplication.translate("HistoryDialog", "History…"), tab)
    button.setObjectName("historyButton")
    button.setToolTip(
        QCoreApplication.translate(
            "HistoryDialog", "Who changed the selected record, when, and what"
        )
    )
    button.clicked.connect(lambda: show_history(tab))
    tab.add_tool_button(button)
    if tab.view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        tab.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tab.view.customContextMenuRequested.connect(lambda pos: _context_menu(tab, pos))
    return button


def install_history_on_lists(widget: QWidget) -> None:
    """History… on a register tab's list(s): called as each register tab is built."""
    tabs = [widget] if isinstance(widget, RegisterTab) else list(_sub_tabs(widget))
    for tab in tabs:
        if tab.findChild(QPushButton, "historyButton") is None:
            install_history(tab)


def _sub_tabs(widget: QWidget) -> list[RegisterTab]:
    return [w for w in widget.findChildren(RegisterTab)]
