"""The one place the UI turns a register's declaration into widgets.

The schema names a special register's tab, a table's form and a list's extra buttons as
"module:name" strings under ``emergency_desk.ui`` (``schema.Register.ui_tab``,
``Table.ui_dialog``, ``Table.ui_tools``); they are imported here only when a tab, form or
list is built, so nothing of a register is loaded before the window's first paint. A
register that declares none of them gets the generic list and form.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ...schema import REGISTER_BY_NAME, TABLES, Register, register_of_table

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...store import Store
    from ..widgets.record_form import RecordDialog
    from .register_tab import RegisterTab


def resolve(path: str) -> Any:
    """The object a "module:name" path names, the module taken under ``emergency_desk.ui``."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(f"emergency_desk.ui.{module}"), name)


def register_title(register: Register, lang: str) -> str:
    """A tab's title. "&" marks a shortcut letter there; "Publicity & training" means one."""
    return register.label(lang).replace("&", "&&")


def make_register_tab(store: Store, register: str) -> QWidget:
    """The tab of ``register``: its own class if it declares one, else the generic list."""
    reg = REGISTER_BY_NAME[register]
    if reg.ui_tab:
        return resolve(reg.ui_tab)(store)
    from .register_tab import RegisterTab  # with the first list, after the first paint

    return RegisterTab(store, reg.main.name)


def dialog_class(table_name: str) -> type[RecordDialog]:
    """The form that edits a record of ``table_name`` wherever it is opened from (its list,
    the Overview's alerts, search results): a drill with its corrective actions, a
    material with its stock ledger."""
    path = TABLES[table_name].ui_dialog
    if path:
        return resolve(path)
    reg = register_of_table(table_name)
    if (
        reg is not None
        and reg.main.name == table_name
        and any(t.parent == table_name for t in reg.tables)
    ):
        from .children_dialog import ChildrenDialog  # a warning with its call-backs

        return ChildrenDialog
    from ..widgets.record_form import RecordDialog

    return RecordDialog


def install_tools(tab: RegisterTab) -> None:
    """The extra buttons a table's list declares (hazard status, stock, duty quick entry)."""
    for path in tab.table.ui_tools:
        resolve(path)(tab)
