"""The Recycle Bin: deleted records of every register, to restore or delete for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..schema import TABLES
from ..store import NotFoundError, Store, StoreError
from ..store.recycle_bin import DeletedRecord, deleted_count, deleted_page
from .audit_text import table_label
from .lang import format_datetime, ui_lang

PAGE = 100


class RecycleBinDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.offset = 0
        self.records: list[DeletedRecord] = []
        self.setObjectName("recycleBin")
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Register:"), self))
        self.table_filter = QComboBox(self)
        self.table_filter.setObjectName("tableFilter")
        self.table_filter.addItem(self.tr("All registers"), None)
        for name, t in TABLES.items():
            if t.soft_delete:
                self.table_filter.addItem(t.label(self.lang), name)
        self.table_filter.currentIndexChanged.connect(self._filter_changed)
        top.addWidget(self.table_filter)
        top.addStretch(1)
        self.count_label = QLabel(self)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.list = QTableWidget(0, 3, self)
        self.list.setObjectName("deletedRecords")
        self.list.setHorizontalHeaderLabels(
            [self.tr("Register"), self.tr("Record"), self.tr("Deleted at")]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)

        self.empty_label = QLabel(self.tr("The recycle bin is empty."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("‹ Previous"), self)
        self.prev_button.clicked.connect(lambda: self._page(-PAGE))
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.next_button.clicked.connect(lambda: self._page(PAGE))
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete &permanently…"), self)
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.clicked.connect(self.purge_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for b in (self.restore_button, self.purge_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.reload()

    def _filter_changed(self) -> None:
        self.offset = 0
        self.reload()

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self.reload()

    def reload(self) -> None:
        table = self.table_filter.currentData()
        total = deleted_count(self.store, table)
        if self.offset >= total and self.offset:
            self.offset = max(0, (total - 1) // PAGE * PAGE)
        self.records = deleted_page(self.store, self.offset, PAGE, table)
        self.list.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            cells = [
                table_label(r.table, self.lang),
                r.title or f"#{r.id}",
                format_datetime(r.deleted_at, self.lang),
            ]
            for col, text in enumerate(cells):
                self.list.setItem(row, col, QTableWidgetItem(text))
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(2)
        if total:
            self.count_label.setText(
                self.tr("{first}–{last} of {total} deleted records").format(
                    first=self.offset + 1, last=self.offset + len(self.records), total=total
                )
            )
        else:
            self.count_label.setText("")
        self.empty_label.setVisible(total == 0)
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + PAGE < total)
        self._update_buttons()

    def selected(self) -> list[DeletedRecord]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()})
        return [self.records[r] for r in rows if r < len(self.records)]

    def _update_buttons(self) -> None:
        enabled = bool(self.selected()) and not self.store.read_only
        self.restore_button.setEnabled(enabled)
        self.purge_button.setEnabled(enabled)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        try:
            with self.store.transaction():
                for r in chosen:
                    self.store.restore(r.table, r.id)
        except (StoreError, NotFoundError) as exc:
            self._failed(exc)
        self.reload()

    def purge_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if len(chosen) == 1:
            text = self.tr("Delete “{title}” permanently?").format(
                title=(chosen[0].title or f"#{chosen[0].id}")[:60]
            )
        else:
            text = self.tr("Delete the {n} selected records permanently?").format(n=len(chosen))
        text += "\n" + self.tr("This cannot be undone (except by restoring a backup).")
        answer = QMessageBox.warning(
            self,
            self.tr("Delete permanently"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.store.transaction():
                for r in chosen:
                    self.store.purge(r.table, r.id)
        except (StoreError, NotFoundError) as exc:
            self._failed(exc)
        self.reload()

    def _failed(self, exc: Exception) -> None:
        text = exc.message(self.lang) if isinstance(exc, StoreError) else str(exc)
        QMessageBox.warning(self, self.tr("Recycle bin"), text)
