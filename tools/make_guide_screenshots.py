"""Render the user guide's screenshots from the app's own widgets, in both languages.

    QT_QPA_PLATFORM=offscreen python tools/make_guide_screenshots.py [OUT_FOLDER]

Each language gets a fresh demo database (in memory: the office's data is never read),
a main window with every feature at 1000×620, and the dialogs the guide talks about;
each is grabbed offscreen (``QWidget.grab``) and written to
``resources/guide/<lang>/img/<name>.png``, at most 1366 px wide and palette-reduced
where that keeps the text crisp. Run it after a change to a screen the guide shows, and
commit the PNGs; ``tests/ui/test_help_guide.py`` checks that every image the guide
names exists.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = Path(tempfile.mkdtemp()) / "screen.json"  # a 1366×768 screen, as on a township laptop
SCREEN.write_text(
    '{"screens": [{"name": "1366x768", "x": 0, "y": 0, "width": 1366, "height": 768, '
    '"logicalDpi": 96, "dpr": 1}]}',
    encoding="utf-8",
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QDateTime, Qt, QTime  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from emergency_desk.demo import fill_demo  # noqa: E402
from emergency_desk.store import ListQuery, Store  # noqa: E402
from emergency_desk.ui.shell.app import make_application, prefer_cjk_font  # noqa: E402
from emergency_desk.ui.shell.lang import set_ui_lang  # noqa: E402
from emergency_desk.ui.shell.translations import install_translators  # noqa: E402

MAX_WIDTH = 1366
WINDOW_SIZE = (1000, 620)  # shown at its own size in the guide (no blurry scaling)


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let queued work (lazy tabs, the Overview's figures, previews) reach the screen."""
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path) -> int:
    """Grab ``widget`` and write it small: a 256-colour PNG without dithering (text and
    lines stay sharp; a fifth of the size of the full-colour grab)."""
    image = widget.grab().toImage()
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG", 0)  # quality 0: the strongest zlib compression
    return path.stat().st_size


def first_id(store: Store, table: str, **where: str) -> int:
    for row in store.rows(ListQuery(table)):
        if all(row.get(k) == v for k, v in where.items()):
            return int(row["id"])
    raise LookupError(f"no {table} row with {where}")


def shots(app: QApplication, lang: str, out: Path) -> dict[str, int]:
    from emergency_desk.ui.registers.duty_quick_entry import QuickEntryDialog
    from emergency_desk.ui.settings.first_run import FirstRunWizard
    from emergency_desk.ui.shell.main_window import MainWindow

    set_ui_lang(lang)
    install_translators(app, lang)
    prefer_cjk_font(app, lang)
    store = Store.open(None)
    fill_demo(store)
    window = MainWindow(store)
    window.resize(*WINDOW_SIZE)
    window.db_label.clear()  # not the temporary database's name
    window.show()
    settle(app)
    sizes: dict[str, int] = {}

    def tab(register: str) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.tabs.setCurrentWidget(window.register_tabs[register])
            return window

        return show

    def overview() -> QWidget:
        window.tabs.setCurrentIndex(0)
        return window

    def summary() -> QWidget:
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        return window

    def record(table: str, record_id: int) -> Callable[[], QWidget]:
        def show() -> QWidget:
            register_tab = window.register_tab_for_table(table)
            assert register_tab is not None
            dialog: QWidget = register_tab.make_dialog(record_id)
            dialog.show()
            return dialog

        return show

    def duty_entry() -> QWidget:
        dialog = QuickEntryDialog(store, window)
        dialog.show()
        return dialog

    def first_run() -> QWidget:
        empty = Store.open(None)
        wizard = FirstRunWizard(empty, window)
        page = wizard.office
        page.name.setText(
            "青石镇应急管理办公室" if lang == "zh" else "Qingshi Township Emergency Office"
        )
        page.area_code.setText("431021104000")
        page.villages.setPlainText("东坪村\n西岭村\n南溪村\n青石社区")
        page.records_from.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 0)))
        page.operator.setText("李文书" if lang == "zh" else "Li Wen")  # not this PC's login
        wizard.show()
        return wizard

    hazard = first_id(store, "hazards", status="rectifying")
    plan: dict[str, Callable[[], QWidget]] = {
        "overview": overview,
        "hazards": tab("hazards"),
        "hazard_form": record("hazards", hazard),
        "duty_entry": duty_entry,
        "summary": summary,
        "risk_points": tab("risk_points"),
        "incident": tab("incidents"),
        "first_run": first_run,
    }
    for name, show in plan.items():
        widget = show()
        settle(app)
        sizes[name] = save(widget, out / lang / "img" / f"{name}.png")
        if widget is not window:
            widget.close()
            widget.deleteLater()
            settle(app, 3)
    window.close()
    store.close()
    return sizes


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "guide"
    app = make_application()
    for lang in ("zh", "en"):
        for name, size in shots(app, lang, out).items():
            print(f"{lang}/img/{name}.png  {size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
