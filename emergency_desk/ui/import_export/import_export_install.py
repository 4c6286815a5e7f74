"""Import…, Export… and Download template put on each register's main list as it is built
(and on the duty roster, which offices also draw up in a spreadsheet).

Apart from the dialogs and the controller (``import_export``) so that the window's start
loads neither: they are imported with the first list, after the window's first paint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...schema import REGISTERS, SHEETS, TABLES
from ..shell.lazy_tabs import PerRegister

if TYPE_CHECKING:
    from ..registers.register_tab import RegisterTab
    from ..shell.main_window import MainWindow
    from .import_export import RegisterImportExport


def install_import_export(window: MainWindow) -> Mapping[str, RegisterImportExport]:
    """Put the buttons on the main list of every register, as each list is built.

    ``window.import_export[register]`` is that register's controller (reading it builds
    the list if it was not yet).
    """

    def main_list(register: str) -> RegisterTab | None:
        return window.register_tab_for_table(TABLES[REGISTERS[register][0]].name)

    def built(register: str, _widget: QWidget) -> None:
        from .import_export import RegisterImportExport

        # The register's main list, and any other of its lists kept as a sheet of its own.
        for sheet, table in SHEETS.items():
            if table not in REGISTERS[register]:
                continue
            tab = window.register_tab_for_table(table)
            if tab is not None and tab.import_export is None:
                tab.import_export = RegisterImportExport(tab, sheet, window)

    def controller(register: str) -> RegisterImportExport:
        tab = main_list(register)
        if tab is None or tab.import_export is None:
            raise KeyError(register)
        return tab.import_export

    window.on_register_tab_built(built)
    installed = PerRegister(tuple(window.register_tabs), controller)
    window.import_export = installed
    return installed
