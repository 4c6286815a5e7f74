"""Before a form saves: is there already a record with the same key (``Table.unique_key``)?

Import refuses such a row as a duplicate; the form asks instead, since a clerk may be
entering a record that is already there (open it) or a genuine second one (save anyway).
Generic for every register that declares a ``unique_key``.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...io.display import value_text
from ...schema import Table
from ...store import Store
from ...store.import_queries import duplicate_of
from .record_titles import record_title


class Duplicate(Enum):
    NONE = "none"  # no other record has this key: save
    SAVE_ANYWAY = "save"
    OPEN_EXISTING = "open"
    CANCEL = "cancel"


def key_changed(table: Table, before: dict[str, Any], values: dict[str, Any]) -> bool:
    return any(before.get(k) != values.get(k) for k in table.unique_key)


def ask_about_duplicate(
    parent: QWidget,
    store: Store,
    table: Table,
    values: dict[str, Any],
    record_id: int | None,
    noun: str,
    lang: str,
) -> tuple[Duplicate, int | None]:
    """What to do, and the existing record's id when there is one."""
    existing = duplicate_of(store, table.name, values, record_id)
    if existing is None:
        return Duplicate.NONE, None
    sep = "、" if lang == "zh" else ", "
    key = sep.join(
        f"{table.field(k).label(lang)}“{_shown(store, table, k, values[k], lang)}”"
        for k in table.unique_key
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("duplicate_check", "Already recorded?"),
        "",
        parent=parent,
    )
    box.setObjectName("duplicateRecord")
    title = record_title(store, table.name, existing)[:60]
    text = QCoreApplication.translate("duplicate_check", "A {noun} with {key} already exists.")
    if f"“{title}”" not in key:  # name it when the key alone does not
        text = QCoreApplication.translate(
            "duplicate_check", "A {noun} with {key} already exists: “{title}”."
        )
    box.setText(text.format(noun=noun, key=key, title=title))
    box.setInformativeText(
        QCoreApplication.translate(
            "duplicate_check", "Open the existing one, or save this one as well?"
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("duplicate_check", "Open it"), QMessageBox.ButtonRole.ActionRole
    )
    save_button = box.addButton(
        QCoreApplication.translate("duplicate_check", "Save anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return Duplicate.OPEN_EXISTING, existing
    if clicked is save_button:
        return Duplicate.SAVE_ANYWAY, existing
    return Duplicate.CANCEL, existing


def _shown(store: Store, table: Table, key: str, value: Any, lang: str) -> str:
    f = table.field(key)
    if f.ref_table:
        return dict(store.titles(f.ref_table)).get(value, str(value))
    text = value_text(f, value, lang)
    return "" if text is None else str(text)
