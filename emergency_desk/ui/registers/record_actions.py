"""Parts of a register list that need nothing of its layout: the toolbar buttons that
act on the selected record, and the years a list's year filter offers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QPushButton

from ...store import ListQuery, NotFoundError, Store

if TYPE_CHECKING:
    from .register_tab import RegisterTab


def record_action_button(
    tab: RegisterTab,
    name: str,
    text: str,
    tip: str,
    title: str,
    select_first: str,
    open_dialog: Any,
) -> QPushButton:
    """Enabled only with a selection; a record deleted meanwhile refreshes the list
    instead of opening a dialog on nothing."""

    def run() -> None:
        record_id = tab.current_id()
        if record_id is None:
            QMessageBox.information(tab, title, select_first)
            return
        try:
            dialog = open_dialog(tab.store, record_id, tab)
        except NotFoundError:
            tab.refresh()
            return
        dialog.exec()
        dialog.deleteLater()

    button = QPushButton(text, tab)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: run())
    tab.add_tool_button(button)
    tab.current_changed.connect(lambda rid: button.setEnabled(rid is not None))
    button.setEnabled(tab.current_id() is not None)
    return button


def years_in(store: Store, base: ListQuery, key: str) -> list[int]:
    """Every year from the oldest record to the newest, newest first: two index hits,
    not a scan of the dates."""
    first = store.page(base.with_(sort=key, descending=False), limit=1)
    last = store.page(base.with_(sort=key, descending=True), limit=1)
    if first and last:
        lo, hi = str(first[0][key])[:4], str(last[0][key])[:4]
        if lo.isdigit() and hi.isdigit():
            return list(range(int(hi), int(lo) - 1, -1))
    return []
