"""The audit log: who changed what and when, filtered by register, action and text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..schema import TABLES
from ..store import Store
from .audit_text import ACTIONS, action_label, change_lines, table_label, who
from .lang import format_datetime, ui_lang

PAGE = 200


class AuditViewerDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.offset = 0
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.table_filter = QComboBox(self)
        self.table_filter.setObjectName("tableFilter")
        self.table_filter.addItem(self.tr("All registers"), None)
        for name, t in TABLES.items():
            self.table_filter.addItem(t.label(self.lang), name)
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
            w.currentIndexChanged.connect(self._filters_changed)
        self.text_filter.returnPressed.connect(self._filters_changed)
        self.text_filter.textChanged.connect(lambda t: t or self._filters_changed())
        filters.addWidget(self.table_filter)
        filters.addWidget(self.action_filter)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)

        self.list = QTableWidget(0, 6, self)
        self.list.setObjectName("auditEntries")
        self.list.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Register"),
                self.tr("Record"),
                self.tr("Changes"),
            ]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("‹ Newer"), self)
        self.prev_button.clicked.connect(lambda: self._page(-PAGE))
        self.next_button = QPushButton(self.tr("Older ›"), self)
        self.next_button.clicked.connect(lambda: self._page(PAGE))
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

    def _filters_changed(self) -> None:
        self.offset = 0
        self.reload()

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self.reload()

    def reload(self) -> None:
        entries = self.store.audit_page(
            table=self.table_filter.currentData(),
            action=self.action_filter.currentData(),
            text=self.text_filter.text().strip(),
            offset=self.offset,
            limit=PAGE + 1,  # one more says whether there is an older page
        )
        more = len(entries) > PAGE
        entries = entries[:PAGE]
        self.list.setRowCount(len(entries))
        for row, e in enumerate(entries):
            title = (
                self.store.title_of(e["table_name"], e["record_id"])
                if e["table_name"] in TABLES
                else ""
            )
            record = f"#{e['record_id']} {title}".strip()
            cells = [
                format_datetime(e["at"], self.lang),
                who(e),
                action_label(e["action"]),
                table_label(e["table_name"], self.lang),
                record,
                "\n".join(change_lines(e, self.lang)),
            ]
            for col, text in enumerate(cells):
                self.list.setItem(row, col, QTableWidgetItem(text))
        self.list.resizeColumnsToContents()
        self.list.resizeRowsToContents()
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(more)
        if entries:
            self.page_label.setText(
                self.tr("Entries {first}–{last}").format(
                    first=self.offset + 1, last=self.offset + len(entries)
                )
            )
        else:
            self.page_label.setText(self.tr("No entries match."))
