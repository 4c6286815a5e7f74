"""The problems the registers show, offered as a checklist for the summary's 存在的问题.

Each row is one suggestion (report/suggestions.py): ticked, it goes into the document;
double-clicked, its sentence can be reworded. Those that report the office's own
non-compliance start unticked. The choice is saved per year and language as soon as it
is made, so the preview, the export and the command line all read the same choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...report.suggestions import Choice, Suggestion, save_choices
from ...store import Store, StoreError

KEY_ROLE = Qt.ItemDataRole.UserRole
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionBox(QGroupBox):
    """A group box with the checklist; ``changed`` after the user ticks or rewords a row."""

    changed = Signal()

    def __init__(self, store: Store, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems found in the registers"), parent)
        self.store = store
        self.ui_lang = ui_lang
        self._key: tuple[int, str] | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("summarySuggestions")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(
            self.tr(
                "Tick the problems to put in the summary; double-click one to reword it. "
                "Next year's plan follows the ticked ones in the same order."
            )
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        self.list.itemChanged.connect(self._item_changed)

    def show_items(self, year: int, lang: str, items: list[Suggestion]) -> None:
        """Show the suggestions of a year and language (no save, no ``changed``)."""
        self._key = (year, lang)
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for s in items:
                item = QListWidgetItem(s.text, self.list)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                )
                item.setCheckState(Qt.CheckState.Checked if s.on else Qt.CheckState.Unchecked)
                item.setData(KEY_ROLE, s.key)
                item.setData(SUGGESTED_ROLE, s.suggested)
        finally:
            self.list.blockSignals(False)
        self.setVisible(bool(items))

    def choices(self) -> dict[str, Choice]:
        out = {}
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.text().strip()
            suggested = item.data(SUGGESTED_ROLE)
            out[str(item.data(KEY_ROLE))] = Choice(
                item.checkState() == Qt.CheckState.Checked,
                None if text == suggested else text,
            )
        return out

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if self._key is None or self.store.read_only:
            return
        try:
            save_choices(self.store, *self._key, self.choices())
        except StoreError as exc:  # disk full, file gone: say why, keep what is shown
            QMessageBox.warning(self, self.tr("Not saved"), exc.message(self.ui_lang))
            return
        self.changed.emit()
