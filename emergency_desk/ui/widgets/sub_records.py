"""A small list of the records that belong to another one, edited inside its dialog.

Used for a drill's corrective actions; the parent key is fixed and hidden in the
sub-record's form, because an action never moves to another drill.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import ListQuery, NotFoundError, Store, StoreError
from ..shell.lang import ui_lang
from ..shell.store_watch import watch_tables
from .dialog_parts import ask_yes_no, error_text
from .record_form import RecordDialog
from .record_titles import record_title
from .table_model import RecordTableModel


class SubRecordPanel(QWidget):
    """Add / edit / delete the ``table_name`` records of one parent record."""

    def __init__(
        self,
        store: Store,
        table_name: str,
        parent_id: int | None,
        parent: QWidget | None = None,
        *,
        columns: Sequence[str] | None = None,
        ensure_parent: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = TABLES[table_name]
        self.parent_id = parent_id
        self.ensure_parent = ensure_parent  # saves a new parent first; its id or None
        self.setObjectName(f"sub_{table_name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RecordTableModel(store, self._query(), columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # The first column (what is to be done) takes the room; owner and dates fit their text.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(120)
        self.view.doubleClicked.connect(lambda index: self.edit(self.model.record_id(index.row())))
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("subAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("subEdit")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("subDelete")
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit(self.current_id()))
        self.delete_button.clicked.connect(self.delete_current)
        watch_tables(self, store, {table_name}, lambda _c: self.model.refresh())

    def _query(self) -> ListQuery:
        if self.parent_id is None:
            return ListQuery(self.table.name, ids=())
        return ListQuery(self.table.name, parent_id=self.parent_id)

    def set_parent_id(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.model.set_query(self._query())

    def add_parent(self) -> int | None:
        """The parent's id, saving a new parent first (its form stays open)."""
        if self.parent_id is None and self.ensure_parent is not None:
            self.set_parent_id(self.ensure_parent())
        return self.parent_id

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.select_row(row)

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _dialog(self, record_id: int | None) -> RecordDialog:
        key = self.table.parent_key or ""
        return RecordDialog(
            self.store,
            self.table.name,
            record_id,
            self,
            defaults={key: self.parent_id},
            hidden_fields=(key,),
        )

    def add(self) -> int | None:
        if self.add_parent() is None:
            return None
        dialog = self._dialog(None)
        dialog.exec()
        return dialog.record_id

    def edit(self, record_id: int | None) -> None:
        if record_id is not None:
            self._dialog(record_id).exec()

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        title = record_title(self.store, self.table.name, record_id)
        text = self.tr("Delete “{title}”?").format(title=title[:60])
        if not ask_yes_no(self, self.tr("Delete"), text):
            return
        try:
            self.store.delete(self.table.name, record_id)
        except (StoreError, NotFoundError) as exc:  # read-only, disk full, gone: say so
            QMessageBox.warning(self, self.tr("Delete"), error_text(exc, ui_lang()))
