"""The Duty register: log entries, roster and handovers, each its own sub-tab.

They are three tables kept by different people at different moments (the officer logs
calls all shift, the office plans the roster monthly), so they get three lists rather
than one form.
"""

from __future__ import annotations

from .lists_tab import ListsTab

DUTY_TABLES = ("duty_log", "duty_roster", "duty_handovers")


class DutyTab(ListsTab):
    TABLES_SHOWN = DUTY_TABLES
    OBJECT_NAME = "dutyTab"
