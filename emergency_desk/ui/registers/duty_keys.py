"""F2 (log a call) and F3 (mark reported up) from anywhere in the window.

A call comes in while the clerk is looking at hazards or the summary; the keys must not
depend on which tab shows. Both switch to the duty log first, so the new or stamped
entry is in view. The keys belong to the window alone (a second, tab-level shortcut for
the same key would make Qt call both ambiguous and run neither).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow
    from .register_tab import RegisterTab


def show_duty_log(window: MainWindow) -> RegisterTab | None:
    """Bring the duty log's list to the front (building it if not yet) and return it."""
    register = window.register_for_table("duty_log")
    tab = window.register_tab_for_table("duty_log")
    if register is None or tab is None:
        return None
    holder = window.register_tabs[register]
    window.tabs.setCurrentWidget(holder)
    inner = getattr(holder, "tabs", None)
    if inner is not None and holder is not tab:
        inner.setCurrentWidget(tab)
    return tab


def _log_call(window: MainWindow) -> None:
    from .duty_quick_entry import quick_entry  # the dialog loads when first used

    tab = show_duty_log(window)
    if tab is not None:
        quick_entry(tab)


def _reported_up(window: MainWindow) -> None:
    from .duty_quick_entry import reported_up

    tab = show_duty_log(window)
    if tab is not None:
        reported_up(tab)


def install_duty_keys(window: MainWindow) -> None:
    # By name, not ``Qt.Key``: naming ``Qt`` before the first paint costs ~30 ms of start.
    # A shortcut's context is the whole window by default.
    for key, slot in (("F2", _log_call), ("F3", _reported_up)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.activated.connect(lambda s=slot: s(window))
