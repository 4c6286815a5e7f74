"""The audit log: who changed what and when, filtered by register, action and text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import Store
from ..shell.lang import format_datetime, ui_lang
from ..widgets.dialog_parts import Pager, entry_table, register_filter, set_rows
from ..widgets.record_titles import record_title, title_lookup
from ..widgets.screen_fit import fit_to_screen
from .audit_text import ACTIONS, action_label, change_lines, table_label, who

PAGE = 200


class AuditViewerDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("Audit log"))
        fit_to_screen(self, 980, 600)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.table_filter = register_filter(self, self.tr("All registers"), self.lang)
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("actionFilter")
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in ACTIONS:
            self.action_filter.addItem(action_label(action), action)
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setPlaceholderText(self.tr("Search operator, user or values…"))
        self.text_filter.setClearButtonEnabled(True)
        for w in (self.table_filter, self.action_filter):
            w.currentIndexChanged.connect(lambda _i: self.pager.restart())
        self.text_filter.returnPressed.connect(lambda: self.pager.restart())
        self.text_filter.textChanged.connect(lambda t: t or self.pager.restart())
        filters.addWidget(self.table_filter)
        filters.addWidget(self.action_filter)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)

        headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Register"),
            self.tr("Record"),
            self.tr("Changes"),
        ]
        self.list = entry_table(self, "auditEntries", headers, stretch=5)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("‹ Newer"), self)
        self.next_button = QPushButton(self.tr("Older ›"), self)
        self.pager = Pager(self.prev_button, self.next_button, PAGE, self.reload)
        self.page_label = QLabel(self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(close)
        layout.addLayout(nav)
        self.reload()

    def reload(self) -> None:
        entries = self.store.audit_page(
            table=self.table_filter.currentData(),
            action=self.action_filter.currentData(),
            text=self.text_filter.text().strip(),
            offset=self.pager.offset,
            limit=PAGE + 1,  # one more says whether there is an older page
        )
        more = len(entries) > PAGE
        entries = entries[:PAGE]
        rows = []
        for e in entries:
            title = (
                record_title(self.store, e["table_name"], e["record_id"], self.lang)
                if e["table_name"] in TABLES
                else ""
            )
            rows.append(
                [
                    format_datetime(e["at"], self.lang),
                    who(e),
                    action_label(e["action"]),
                    table_label(e["table_name"], self.lang),
                    "" if e["record_id"] is None else f"#{e['record_id']} {title}".strip(),
                    "\n".join(change_lines(e, self.lang, title_lookup(self.store, self.lang))),
                ]
            )
        set_rows(self.list, rows)
        self.list.resizeColumnsToContents()
        self.list.resizeRowsToContents()
        self.pager.shown(more)
        if entries:
            self.page_label.setText(
                self.tr("Entries {first}–{last}").format(
                    first=self.pager.offset + 1, last=self.pager.offset + len(entries)
                )
            )
        else:
            self.page_label.setText(self.tr("No entries match."))
