"""The screen of one register table: toolbar, search, filters, the table and a status line.

Every register uses this one widget, configured by the schema (columns, filters, date field's
year); features plug in through ``add_tool_button``, ``set_extra_ids``, ``set_flagger``.
The search and filter row, and the query it makes, are in ``register_filters``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...schema import TABLES
from ...store import ListQuery, NotFoundError, Store, StoreError
from ..shell.lang import ui_lang
from ..shell.store_watch import watch_tables
from ..widgets.dialog_parts import ask_yes_no
from ..widgets.record_titles import record_title
from ..widgets.register_columns import (
    column_menu,
    make_table_view,
    restore_hidden_columns,
    set_column_visible,
    size_columns,
)
from ..widgets.scrolling_row import ScrollingRow
from ..widgets.table_model import RecordTableModel
from .record_actions import record_action_button
from .register_filters import RegisterFilters
from .registry import dialog_class

if TYPE_CHECKING:
    from ..import_export.import_export import RegisterImportExport
    from .register_rules import AttentionButton


class RegisterTab(RegisterFilters):
    """A searchable, filterable, sortable list of one table with New / Edit / Delete."""

    record_saved = Signal(int)
    current_changed = Signal(object)  # the current record id, or None

    # Put on by the features as the list is built (rules, import/export, workflows).
    rules_installed = False
    import_export: RegisterImportExport | None = None
    attention_button: AttentionButton | None = None
    status_button: QPushButton | None = None  # hazards: Change status…
    stock_button: QPushButton | None = None  # materials: Stock in / out…
    callback_button: QPushButton | None = None  # warnings: Call back…
    print_button: QPushButton | None = None  # Print… (the ledger), from ``printouts``

    def __init__(
        self,
        store: Store,
        table_name: str,
        parent: QWidget | None = None,
        *,
        columns: Sequence[str] | None = None,
        base_query: ListQuery | None = None,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = TABLES[table_name]
        self.lang = ui_lang()
        self.locked_text = StoreError("township_row").message(self.lang)  # a township's row
        self.setObjectName(f"register_{table_name}")
        self._base = base_query or ListQuery(table_name)
        self.compact = compact

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)

        # Row 1: actions; other features append their buttons here.
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(4)
        self.new_button = self._button(self.tr("New"), "new", self.new_record)
        self.edit_button = self._button(self.tr("Edit"), "edit", self.edit_current)
        self.delete_button = self._button(self.tr("Delete"), "delete", self.delete_selected)
        self.toolbar_layout.addStretch(1)
        layout.addWidget(ScrollingRow(self.toolbar_layout, self))

        # Row 2: search and the filters that fit this register.
        self._build_filter_row(layout)

        # The table.
        self.model = RecordTableModel(store, self._build_query(), columns, self)
        self.view = make_table_view(self, self.model)
        size_columns(self.view, self.model.columns, self.table, self.lang, compact=compact)
        restore_hidden_columns(self.view, self.model.columns, self.table)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        layout.addWidget(self.view, 1)

        self.view.viewport().installEventFilter(self)
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777; font-size: 11pt;")
        self.empty_label.setWordWrap(True)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        self.status_label.setStyleSheet("color: #555;")
        layout.addWidget(self.status_label)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.edit_current)

        self.model.modelReset.connect(self._after_reset)
        self.model.count_known.connect(self._after_reset)  # a frequent word's, counted later
        refs = {f.ref_table for f in self.model.columns if f.ref_table is not None}
        figures = {lf.child for lf in self.table.latest_figures}  # a new report: new figures
        watched = {self.table.name} | refs | figures
        watch_tables(self, store, watched, lambda _changed: self.refresh())
        self._after_reset()

    # -- building helpers ----------------------------------------------------------
    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.toolbar_layout.addWidget(button)
        return button

    def add_tool_button(self, widget: QWidget) -> None:
        """Append a button (import, export…) to the toolbar row, before the stretch."""
        index = self.toolbar_layout.count() - 1  # the stretch is last
        self.toolbar_layout.insertWidget(index, widget)

    def add_record_action(
        self, name: str, text: str, tip: str, title: str, select_first: str, open_dialog: Any
    ) -> QPushButton:
        """A button opening ``open_dialog(store, record_id, tab)`` on the selected record."""
        return record_action_button(self, name, text, tip, title, select_first, open_dialog)

    def _header_menu(self, pos: Any) -> None:
        """Right-click on the header: choose the columns shown (remembered per table)."""
        menu = column_menu(
            self, self.view, self.model.columns, self.table, self.lang, self.set_column_visible
        )
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        set_column_visible(self.view, self.model.columns, self.table, column, visible)

    # -- the list ------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the rows (after a change), keeping the current record selected."""
        current = self.current_id()
        row = self.view.currentIndex().row()
        self._fill_years()
        self.model.refresh()
        if current is not None:
            # Cheap: look near where it was; a moved record is not hunted for in a huge view.
            for r in (row, row - 1, row + 1):
                if self.model.record_id(r) == current:
                    self._select_row(r)
                    break

    # -- selection -------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.record_id(index.row())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.record_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_record(self, record_id: int) -> bool:
        """Select the row of ``record_id``; ``False`` if the current view does not show it."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _selection_changed(self, *_: Any) -> None:
        ids = self.selected_ids()
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}  # a township's:
        locked = any((self.model.row_dict(r) or {}).get("township") for r in rows)  # county
        self.edit_button.setEnabled(len(ids) == 1 and not locked)
        self.delete_button.setEnabled(bool(ids) and not (self.store.read_only or locked))
        self.status_label.setText(self._status_text + ("  " + self.locked_text if locked else ""))
        self.current_changed.emit(self.current_id())

    def _after_reset(self) -> None:
        shown = self.model.rowCount()
        total = self.store.count(self._base.with_(search="", filters=dict(self._base.filters)))
        text = self.tr("Showing {shown} of {total}")
        if not self.model.count_exact:  # the first page is shown; the count is on its way
            text = self.tr("At least {shown} of {total} (counting…)")
        self._status_text = text.format(shown=f"{shown:,}", total=f"{total:,}")
        self.reset_button.setVisible(self.filters_active())
        self._list_total = total
        self._update_empty_text()
        self.empty_label.setVisible(shown == 0)
        self._place_empty_label()
        self.new_button.setEnabled(not self.store.read_only)
        self._selection_changed()

    def _update_empty_text(self) -> None:
        """What to do about an empty list: the first record, an import, or fewer filters."""
        if self.model.rowCount():
            return
        if getattr(self, "_list_total", 0):
            text = self.tr(
                "No records match the search and filters.\nClick “Clear filters” to see them all."
            )
        elif self.findChild(QPushButton, "importButton") is not None:
            text = self.tr(
                "No records yet.\nClick “New” to add the first one, or “Import…” "
                "to bring in a spreadsheet kept before."
            )
        else:
            text = self.tr("No records yet.\nClick “New” to add the first one.")
        self.empty_label.setText(text)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._update_empty_text()  # Import… is added to the toolbar after the first load

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self.view.viewport().rect().adjusted(20, 20, -20, -20))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place_empty_label()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport settles its size after this widget's resize (scroll bars, header):
        # follow it so the empty-list message stays centred in what the user sees.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_label()
        return super().eventFilter(watched, event)

    # -- actions ---------------------------------------------------------------------
    def new_defaults(self) -> dict[str, Any]:
        """Values a new record starts with (subclasses: the selected parent)."""
        defaults: dict[str, Any] = {}
        if self._base.parent_id is not None and self.table.parent_key:
            defaults[self.table.parent_key] = self._base.parent_id
        return defaults

    def make_dialog(self, record_id: int | None) -> Any:
        cls = dialog_class(self.table.name)
        return cls(
            self.store,
            self.table.name,
            record_id,
            self,
            defaults=self.new_defaults() if record_id is None else None,
        )

    def _run_dialog(self, record_id: int | None) -> int | None:
        try:
            if record_id is not None and self.store.get(self.table.name, record_id).get("township"):
                QMessageBox.information(self, self.tr("Township record"), self.locked_text)
                return None
            dialog = self.make_dialog(record_id)
        except NotFoundError:
            QMessageBox.warning(
                self, self.tr("Not found"), self.tr("This record no longer exists.")
            )
            self.refresh()
            return None
        dialog.saved.connect(self.record_saved)
        dialog.exec()
        saved = dialog.record_id
        dialog.deleteLater()
        if saved is not None:
            self.select_record(saved)
        return saved

    def new_record(self) -> int | None:
        if self.store.read_only:
            return None
        return self._run_dialog(None)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self._run_dialog(record_id)

    def open_record(self, record_id: int) -> None:
        """Select the record (clearing filters that hide it) and open its edit dialog."""
        if not self.select_record(record_id):
            self.clear_filters()
            self.select_record(record_id)
        self._run_dialog(record_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self._run_dialog(record_id)

    def delete_refusal(self, ids: list[int]) -> str | None:
        """Why these records may not be deleted now (subclasses), or ``None``."""
        return None

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.store.read_only:
            return
        refusal = self.delete_refusal(ids)
        if refusal:
            QMessageBox.information(self, self.tr("Delete"), refusal)
            return
        if len(ids) == 1:
            title = record_title(self.store, self.table.name, ids[0])
            text = self.tr("Delete “{title}”?").format(title=title[:60])
        else:
            text = self.tr("Delete the {n} selected records?").format(n=len(ids))
        text += "\n" + self.tr("Deleted records go to the recycle bin and can be restored.")
        if not ask_yes_no(self, self.tr("Delete"), text):
            return
        try:
            with self.store.transaction():
                for record_id in ids:
                    self.store.delete(self.table.name, record_id)
        except (StoreError, NotFoundError) as exc:  # disk full, or gone meanwhile
            QMessageBox.warning(self, self.tr("Delete"), exc.message(self.lang))
