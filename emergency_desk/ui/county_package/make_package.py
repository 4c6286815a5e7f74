"""File › 生成上报数据包…: the township's package for the county, made on an op.

It needs the township's area code and office name (the county files the package under
them); without them the user is told which setting is missing and offered Settings,
rather than shown the command-line sentence the package code has.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from ...county import make_package
from ...county.packaging import PackageMade
from ...paths import safe_file_name
from ..shell.lang import ui_lang
from ..shell.ops import Op, OpContext
from ..widgets.save_dialogs import ask_save_path
from .setting_needed import missing_settings, offer_settings

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def make_package_for_county(window: MainWindow) -> Op[PackageMade] | None:
    """Ask where, then write the package on an op; None when it could not start."""
    title = QCoreApplication.translate("county_package", "Make a data package")
    missing = missing_settings(window, ("area_code", "office_name"))
    if missing:
        names = "、".join(f"“{m}”" for m in missing) if ui_lang() == "zh" else ", ".join(missing)
        offer_settings(
            window,
            title,
            QCoreApplication.translate(
                "county_package",
                "The package cannot be made: {names} is not set. The county files each "
                "township's package under its area code and office name. Fill them in "
                "under Tools › Settings.",
            ).format(names=names),
        )
        return None
    from ...rules.settings import load_settings

    office = load_settings(window.store).office_name
    suggested = safe_file_name(f"{office}-{dt.date.today().isoformat()}.edpkg")
    path = ask_save_path(
        window,
        "package",
        title,
        suggested,
        [(QCoreApplication.translate("county_package", "Data package (*.edpkg)"), ".edpkg")],
    )
    if path is None:
        return None

    def work(ctx: OpContext) -> PackageMade:
        assert ctx.store is not None
        return make_package(ctx.store, path)

    return (
        Op(window, work, store=window.store, writes=True, name="package")
        .with_progress(
            title,
            QCoreApplication.translate("county_package", "Writing “{file}”…").format(
                file=path.name
            ),
        )
        .success(lambda made: _made(window, title, made))
        .run_in_background()
    )


def _made(window: MainWindow, title: str, made: PackageMade) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, made.line(ui_lang()), parent=window)
    box.setObjectName("packageMade")
    box.setInformativeText(
        QCoreApplication.translate(
            "county_package",
            "Copy this file to a USB stick and hand it to the county emergency management "
            "bureau. It holds no ID numbers, audit log or deleted records.",
        )
    )
    folder = box.addButton(
        QCoreApplication.translate("county_package", "Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder.setObjectName("openFolder")
    box.addButton(QMessageBox.StandardButton.Ok)

    def clicked(button: object) -> None:
        if button is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.path.parent)))

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, without a nested event loop
