"""The Overview's alert list: one group per rule, each row one click from its record.

Built with the window, so nothing here names ``Qt`` (``shell.first_paint``): the item
roles are numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

if TYPE_CHECKING:
    from ...rules.alert_rows import AlertRow
    from ...rules.alerts import AlertGroup

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
TABLE_ROLE = USER_ROLE + 1
KEY_ROLE = USER_ROLE + 2
GROUP_ROLE = USER_ROLE + 3
# Qt.ItemDataRole.ForegroundRole. A colour set as this role's data is drawn as the text's
# brush; ``setForeground(QBrush(...))`` would build Qt's whole namespace (~30 ms) before
# the counts are on screen (``ui/shell/first_paint.py``).
FOREGROUND_ROLE = 9
SEVERITY_COLOURS = {"overdue": "#c62828", "due_soon": "#b26a00"}
NONE_COLOUR = "#8a8a8a"
LINK_COLOUR = "#1f4e79"
EXPAND_UP_TO = 20  # a longer group stays folded: its count says enough at first


class AlertTree(QTreeWidget):
    """Groups in the rules' order (``ALERT_KEYS``); a row carries its table and key, a
    group's "… more" row its group key (the register's attention view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertTree")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)

    def fill(
        self,
        groups: dict[str, AlertGroup],
        described: dict[str, list[AlertRow]] | None,
        lang: str,
    ) -> None:
        """``described`` None: the groups and their counts alone (the rows are coming)."""
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for key, group in groups.items():
            title = group.title(lang)
            text = f"{title}（{group.count}）" if lang == "zh" else f"{title} ({group.count})"
            top = QTreeWidgetItem(self, [text])
            top.setData(0, GROUP_ROLE, key)
            top.setFont(0, bold)
            colour = SEVERITY_COLOURS[group.severity] if group.count else NONE_COLOUR
            top.setData(0, FOREGROUND_ROLE, QColor(colour))
            if described is None:
                continue
            rows = described.get(key, [])
            for row in rows:
                child = QTreeWidgetItem(top, [row.text])
                child.setData(0, TABLE_ROLE, row.table)
                child.setData(0, KEY_ROLE, row.key)
                child.setToolTip(0, row.text)
            if group.count > len(rows):  # the rest are in the register's attention view
                more = QTreeWidgetItem(
                    top,
                    [self.tr("… {n} more: show them all in the register").format(
                        n=group.count - len(rows)
                    )],
                )  # fmt: skip
                more.setData(0, GROUP_ROLE, key)
                more.setData(0, FOREGROUND_ROLE, QColor(LINK_COLOUR))
            top.setExpanded(0 < group.count <= EXPAND_UP_TO)

    def row_items(self, key: str) -> list[QTreeWidgetItem]:
        """The rows shown under a group (tests and keyboard users)."""
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is not None and top.data(0, GROUP_ROLE) == key:
                return [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return []
