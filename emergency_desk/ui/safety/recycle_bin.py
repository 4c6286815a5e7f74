"""The Recycle Bin: deleted records of every register, to restore or delete for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import NotFoundError, Store, StoreError
from ...store.recycle_bin import DeletedRecord, deleted_count, deleted_page
from ..shell.lang import format_datetime, ui_lang
from ..widgets.dialog_parts import (
    Pager,
    ask_yes_no,
    entry_table,
    error_text,
    register_filter,
    set_rows,
)
from ..widgets.record_titles import named_here, record_title
from ..widgets.screen_fit import fit_to_screen
from .audit_text import table_label

PAGE = 100


class RecycleBinDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = ui_lang()
        self.records: list[DeletedRecord] = []
        self.setObjectName("recycleBin")
        self.setWindowTitle(self.tr("Recycle bin"))
        fit_to_screen(self, 760, 520)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Register:"), self))
        kept = [name for name, t in TABLES.items() if t.soft_delete]
        self.table_filter = register_filter(self, self.tr("All registers"), self.lang, kept)
        self.table_filter.currentIndexChanged.connect(lambda _i: self.pager.restart())
        top.addWidget(self.table_filter)
        top.addStretch(1)
        self.count_label = QLabel(self)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        headers = [self.tr("Register"), self.tr("Record"), self.tr("Deleted at")]
        self.list = entry_table(self, "deletedRecords", headers, stretch=1)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)

        self.empty_label = QLabel(self.tr("The recycle bin is empty."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("‹ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.pager = Pager(self.prev_button, self.next_button, PAGE, self.reload)
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

    def _title(self, r: DeletedRecord) -> str:
        own = record_title(self.store, r.table, r.id, self.lang) if named_here(r.table) else ""
        return own or r.title or f"#{r.id}"

    def reload(self) -> None:
        table = self.table_filter.currentData()
        total = deleted_count(self.store, table)
        pager = self.pager
        if pager.offset >= total and pager.offset:
            pager.offset = max(0, (total - 1) // PAGE * PAGE)
        self.records = deleted_page(self.store, pager.offset, PAGE, table)
        rows = [
            [
                table_label(r.table, self.lang),
                self._title(r),
                format_datetime(r.deleted_at, self.lang),
            ]
            for r in self.records
        ]
        set_rows(self.list, rows)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(2)
        if total:
            self.count_label.setText(
                self.tr("{first}–{last} of {total} deleted records").format(
                    first=pager.offset + 1, last=pager.offset + len(self.records), total=total
                )
            )
        else:
            self.count_label.setText("")
        self.empty_label.setVisible(total == 0)
        pager.shown(pager.offset + PAGE < total)
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
                title=self._title(chosen[0])[:60]
            )
        else:
            text = self.tr("Delete the {n} selected records permanently?").format(n=len(chosen))
        text += "\n" + self.tr("This cannot be undone (except by restoring a backup).")
        if not ask_yes_no(self, self.tr("Delete permanently"), text, warning=True):
            return
        try:
            with self.store.transaction():
                for r in chosen:
                    self.store.purge(r.table, r.id)
        except (StoreError, NotFoundError) as exc:
            self._failed(exc)
        self.reload()

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Recycle bin"), error_text(exc, self.lang))
