"""Which dialog edits a record of a table, so any screen opens the full editor.

A drill opens with its corrective actions and a material with its stock ledger wherever
it is opened from (its register, the Overview's alerts, search results).
"""

from __future__ import annotations

from ..widgets.record_form import RecordDialog


def dialog_class(table_name: str) -> type[RecordDialog]:
    if table_name == "drills":
        from .drill_dialog import DrillDialog

        return DrillDialog
    if table_name == "materials":
        from .material_dialog import MaterialDialog

        return MaterialDialog
    return RecordDialog
