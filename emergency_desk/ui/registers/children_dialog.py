"""The form of a record that others belong to, with a panel per table of them underneath.

A table declared with ``parent`` (a warning's call-backs) is edited inside its parent's
form; a register that declares no form of its own gets this one, so a new register with
a sub-table is still one declaration. A new parent is saved when its first sub-record is
added, because the sub-record needs the parent's id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QTabWidget, QVBoxLayout, QWidget

from ...schema import Table, register_of_table
from ...store import Store
from ..widgets.record_form import RecordDialog
from ..widgets.sub_records import SubRecordPanel


def child_tables(table_name: str) -> tuple[Table, ...]:
    """The tables of ``table_name``'s register whose records belong to one of its records."""
    reg = register_of_table(table_name)
    return tuple(t for t in reg.tables if t.parent == table_name) if reg else ()


class ChildrenDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        table_name: str,
        record_id: int | None = None,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, table_name, record_id, parent, defaults, **kwargs)
        self.panels: dict[str, SubRecordPanel] = {}
        children = child_tables(table_name)
        # Several kinds of sub-record (an incident's reports, victims and houses) share one
        # tabbed area: stacked, their lists alone would be taller than a laptop's screen.
        tabs = QTabWidget(self) if len(children) > 1 else None
        if tabs is not None:
            tabs.setObjectName("subRecordTabs")
            self.extra_layout.addWidget(tabs, 1)
        for child in children:
            title = child.label(self.lang).replace("&", "&&")  # a lone "&" marks a shortcut
            box: QWidget = QWidget(tabs) if tabs is not None else QGroupBox(title, self)
            box.setObjectName(f"box_{child.name}")
            columns = tuple(k for k in child.keys if k != child.parent_key)
            panel = SubRecordPanel(
                store, child.name, record_id, box, columns=columns, ensure_parent=self._save_first
            )
            QVBoxLayout(box).addWidget(panel)
            if tabs is not None:
                tabs.addTab(box, title)
            else:
                self.extra_layout.addWidget(box, 1)
            self.panels[child.name] = panel
        self.fit_form()
        self.resize(760, 900)  # made to fit the screen as it opens (``fit_to_screen``)

    def _save_first(self) -> int | None:
        """Save a new record so its sub-records can point at it; the dialog stays open."""
        if self.record_id is None and self.save():
            self._update_title()
        return self.record_id
