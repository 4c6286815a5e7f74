"""An incident's form: its fields, the figures of its latest report, and its reports up,
victims and houses as panels underneath (``ChildrenDialog``).

The victims' ID numbers show masked until the user ticks "show ID numbers in full"; that
choice is recorded in the audit log with who made it, as personal data requires.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from ...schema import TABLES
from ...schema.incidents import REPORT_FIGURES
from ...store import ListQuery, Store
from ...store.audit_log import record_personal_access
from ..shell.lang import format_datetime
from ..shell.store_watch import watch_tables
from .children_dialog import ChildrenDialog


class WrappedLine(QLabel):
    """A word-wrapped line whose height the layout knows as a plain minimum.

    A wrapped QLabel asks for height-for-width, and a dialog's nested layout that holds one
    miscounts it when the screen is short (1366×768): the label was laid over the bottom
    of the form above it. This one reports no height-for-width and instead sets its
    minimum height to what its text needs at its width, whenever that width changes."""

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def _fit_height(self) -> None:
        # Measured from the text (QLabel's own measure never drops below the minimum set).
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right() - 2 * self.margin(), 1)
        text = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, self.text()
        )
        need = text.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.isVisible():  # before the first layout its width means nothing yet
            self._fit_height()


def latest_report(store: Store, incident_id: int | None) -> dict[str, Any] | None:
    """The incident's most recent live report: whose figures are the incident's."""
    if incident_id is None:
        return None
    rows = list(store.rows(ListQuery("incident_reports", parent_id=incident_id, sort="sent_at")))
    return rows[-1] if rows else None


def figures_text(report: dict[str, Any] | None, lang: str) -> str:
    """受灾人口 3,260；死亡 0；… as one line, the figures that were reported."""
    if report is None:
        return ""
    kind = TABLES["incident_reports"].field("kind").choice_label(report["kind"], lang)
    parts = []
    for f in REPORT_FIGURES:
        value = report.get(f.key)
        if value is None:
            continue
        number = (
            f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        )
        parts.append(f"{f.label(lang)} {number}")
    sep = "；" if lang == "zh" else "; "
    sent = format_datetime(report["sent_at"], lang)  # as every date on screen: 2026年7月9日 05:00
    return f"{kind} {sent}{'：' if lang == 'zh' else ': '}" + sep.join(parts)


class IncidentDialog(ChildrenDialog):
    def __init__(
        self,
        store: Store,
        table_name: str = "incidents",
        record_id: int | None = None,
        parent: QWidget | None = None,
        defaults: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(store, table_name, record_id, parent, defaults, **kwargs)
        self.latest_label = WrappedLine(self)
        self.latest_label.setObjectName("latestFigures")
        self.latest_label.setWordWrap(True)
        self.extra_layout.insertWidget(0, self.latest_label)
        victims = self.panels["incident_victims"]
        self.reveal_box = QCheckBox(self.tr("Show ID numbers in full"), victims)
        self.reveal_box.setObjectName("revealIdNumbers")
        self.reveal_box.setToolTip(
            self.tr("ID numbers are personal data; showing them is recorded in the audit log.")
        )
        self.reveal_box.toggled.connect(self._reveal)
        layout = victims.layout()
        if layout is not None:
            layout.addWidget(self.reveal_box)
        self.duty_button = QPushButton(self.tr("Open duty entry…"), self)
        self.duty_button.setObjectName("openDutyEntry")
        self.duty_button.clicked.connect(self._open_duty_entry)
        self.extra_layout.insertWidget(1, self.duty_button)
        from .printouts_people import install_incident_printouts

        print_row, self.print_buttons = install_incident_printouts(self)
        self.extra_layout.insertWidget(2, print_row)
        self.fit_form()  # the lines above take room from the form on a small screen
        watch_tables(self, store, {"incident_reports", "incidents"}, lambda _c: self._show_latest())
        self._show_latest()

    def _show_latest(self) -> None:
        text = figures_text(latest_report(self.store, self.record_id), self.lang)
        head = self.tr("Latest figures: ")
        self.latest_label.setText(head + text if text else self.tr("No report sent up yet."))
        duty = self.record_id and self.store.get(self.table.name, self.record_id).get("duty_log_id")
        self.duty_button.setVisible(bool(duty))

    def _reveal(self, on: bool) -> None:
        self.panels["incident_victims"].model.set_reveal_personal(on)
        if on and self.record_id is not None:
            record_personal_access(
                self.store, "reveal", "incident_victims", None, {"incident_id": self.record_id}
            )

    def _open_duty_entry(self) -> None:
        """The duty-log entry this incident was opened from, in its own form."""
        from .registry import dialog_class

        if self.record_id is None:
            return
        duty = self.store.get(self.table.name, self.record_id).get("duty_log_id")
        if duty is None:
            return
        dialog = dialog_class("duty_log")(self.store, "duty_log", int(duty), self)
        dialog.exec()
        dialog.deleteLater()
