"""A drill's form with its corrective actions (整改事项) underneath.

Actions belong to the drill, so they are edited here rather than in a register of their
own. An action needs the drill's id, so adding the first action to a new drill asks to
save the drill first; Cancel afterwards removes it again (``RecordDialog.save_early``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ...store import Store
from ..widgets.record_form import RecordDialog
from ..widgets.sub_records import SubRecordPanel


class DrillDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        table_name: str = "drills",
        record_id: int | None = None,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, table_name, record_id, parent, defaults, **kwargs)
        box = QGroupBox(self.tr("Corrective actions"), self)
        box.setObjectName("actionsBox")
        v = QVBoxLayout(box)
        self.actions = SubRecordPanel(
            store,
            "drill_actions",
            record_id,
            box,
            columns=("action", "owner", "due_on", "done_on"),
            ensure_parent=self._save_first,
        )
        v.addWidget(self.actions)
        self.extra_layout.addWidget(box, 1)
        self.fit_form()
        self.resize(760, 900)  # made to fit the screen as it opens (``fit_to_screen``)

    def record_loaded(self, record_id: int) -> None:
        self.actions.set_parent_id(record_id)

    def _save_first(self) -> int | None:
        """Save a new drill, if the user agrees, so actions can point at it."""
        return self.save_early(self.tr("corrective actions"))
