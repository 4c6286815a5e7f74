"""The two county roll-up entries of the File menu, shown by the database's level.

A township database makes packages for the county; a county database takes them in.
Which one the menu offers is read when the menu opens, so a level changed in Settings
(or another database opened) shows at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def is_county(window: MainWindow) -> bool:
    from ...rules.settings import load_settings

    return load_settings(window.store).level == "county"


def install_county_menu(window: MainWindow) -> None:
    menu = window.file_menu
    make = menu.addAction(QCoreApplication.translate("county_package", "Make a data &package…"))
    make.setObjectName("makePackageAction")
    take = menu.addAction(
        QCoreApplication.translate("county_package", "&Import township packages…")
    )
    take.setObjectName("takePackagesAction")
    menu.removeAction(make)
    menu.removeAction(take)
    menu.insertActions(window.quit_action, [make, take])
    menu.insertSeparator(window.quit_action)

    def make_package() -> None:
        from .make_package import make_package_for_county

        make_package_for_county(window)

    def take_packages() -> None:
        from .take_packages import take_township_packages

        take_township_packages(window)

    make.triggered.connect(lambda _c=False: make_package())
    take.triggered.connect(lambda _c=False: take_packages())

    def by_level() -> None:
        county = is_county(window)
        make.setVisible(not county)
        take.setVisible(county)

    menu.aboutToShow.connect(by_level)
    take.setVisible(False)  # until the menu first opens: most databases are townships'
