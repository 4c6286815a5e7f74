"""The window's features, in the order they are put on it.

Each entry is an installer ``install(window)``: it adds its tab, menu entries or list
buttons through the window's plug-in points (``add_tab``, ``tools_menu``,
``on_register_tab_built``) and fills the attribute the window declares for it
(``MainWindow`` lists them). A feature is added or left out here and nowhere else;
the installers' modules are small, and each loads its heavy part (dialogs, charts, the
report) when it is first used, after the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..county.county_install import install_county
from ..county_package.county_menu import install_county_menu
from ..import_export.import_export_install import install_import_export
from ..overview.overview_tab import install_overview
from ..registers.duty_keys import install_duty_keys
from ..registers.printouts import install_printouts
from ..registers.register_rules import install_register_rules
from ..safety.data_safety import install_data_safety
from ..settings.first_run_action import install_first_run
from ..settings.settings_action import install_settings_action
from ..summary.summary_install import install_summary
from .help_guide import install_help_guide

if TYPE_CHECKING:
    from .main_window import MainWindow

Installer = Callable[["MainWindow"], object]

FEATURES: tuple[Installer, ...] = (
    install_import_export,  # Import… / Export… / Download template on each list
    install_overview,  # the first tab: alerts, today's roster, this year's figures
    install_county,  # a county database: the 乡镇汇总 tab, a township column on the lists
    install_register_rules,  # rule colours and "Needs attention" on the lists
    install_printouts,  # Print… (ledger), and a hazard's notice, a drill's evaluation
    install_settings_action,  # Tools › Settings…
    install_first_run,  # Tools › First-run setup… (at start on a new office's empty file)
    install_duty_keys,  # F2 log a call, F3 reported up, from any tab
    install_data_safety,  # backup/restore, recycle bin, audit log, history, banner
    install_county_menu,  # File › make a package (township) / import packages (county)
    install_summary,  # the Annual Summary, the last tab
    install_help_guide,  # Help › User guide (F1)
)
