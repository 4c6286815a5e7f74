"""The problems the registers show, offered as a checklist for the summary's 存在的问题.

Each row is one suggestion (report/suggestions.py): ticked, it goes into the document;
double-clicked, its sentence can be reworded. Those that report the office's own
non-compliance start unticked. The choice is saved per year and language as soon as it
is made, so the preview, the export and the command line all read the same choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QListView,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...report.suggestions import Choice, Suggestion, save_choices
from ...store import Store, StoreError

KEY_ROLE = Qt.ItemDataRole.UserRole
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionBox(QWidget):
    """The checklist (in the problems box); ``changed`` after the user ticks or rewords a row."""

    changed = Signal()

    def __init__(self, store: Store, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui_lang = ui_lang
        self._key: tuple[int, str] | None = None
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("summarySuggestions")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        # a small screen (1024x600) shrinks the list, not the window: it scrolls
        self.list.setMinimumHeight(0)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setToolTip(
            self.tr(
                "Tick the problems to put in the summary; double-click one to reword it. "
                "Next year's plan follows the ticked ones in the same order."
            )
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        self.model.itemChanged.connect(self._item_changed)

    def show_items(self, year: int, lang: str, items: list[Suggestion]) -> None:
        """Show the suggestions of a year and language (no save, no ``changed``)."""
        self._key = (year, lang)
        self.model.blockSignals(True)
        try:
            self.model.clear()
            for s in items:
                item = QStandardItem(s.text)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                )
                self.model.appendRow(item)
                item.setCheckState(Qt.CheckState.Checked if s.on else Qt.CheckState.Unchecked)
                item.setData(s.key, KEY_ROLE)
                item.setData(s.suggested, SUGGESTED_ROLE)
        finally:
            self.model.blockSignals(False)
        self.list.reset()
        self.setVisible(bool(items))

    def choices(self) -> dict[str, Choice]:
        out = {}
        for i in range(self.model.rowCount()):
            item = self.model.item(i)
            text = item.text().strip()
            suggested = item.data(SUGGESTED_ROLE)
            out[str(item.data(KEY_ROLE))] = Choice(
                item.checkState() == Qt.CheckState.Checked,
                None if text == suggested else text,
            )
        return out

    def _item_changed(self, _item: QStandardItem) -> None:
        if self._key is None or self.store.read_only:
            return
        try:
            save_choices(self.store, *self._key, self.choices())
        except StoreError as exc:  # disk full, file gone: say why, keep what is shown
            QMessageBox.warning(self, self.tr("Not saved"), exc.message(self.ui_lang))
            return
        self.changed.emit()
