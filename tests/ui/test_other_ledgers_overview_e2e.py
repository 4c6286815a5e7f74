"""The Overview of an office that has just moved its other ledgers in (issue 18's "done
when", the GUI part): the spreadsheets go in with ``emergency-desk import`` as in
``tests/test_other_ledgers_e2e.py``, and the Overview names what needs doing, each a click
from its record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cli_runner import run_cli

from emergency_desk.store import Store
from tests.test_other_ledgers_e2e import SHEETS, VILLAGES, YEAR, _workbook

from .helpers import run_modal


def _office(folder: Path) -> Path:
    db = folder / "qingshi.db"
    for key, value in (("office_name", "青石镇应急管理办公室"), ("villages", ",".join(VILLAGES)),
                       ("records_from", f"{YEAR - 1}-01-01")):  # fmt: skip
        assert run_cli("--db", str(db), "settings", key, value).returncode == 0
    for register, rows in SHEETS.items():
        book = _workbook(folder / f"{register}.xlsx", rows)
        done = run_cli("--db", str(db), "import", register, str(book))
        assert done.returncode == 0, done.stderr
    return db


def test_the_overview_names_what_the_imported_ledgers_need(qtbot: Any, tmp_path: Path) -> None:
    from emergency_desk.ui.overview.overview_tab import install_overview
    from emergency_desk.ui.shell.features import FEATURES
    from emergency_desk.ui.shell.main_window import MainWindow

    store = Store.open(_office(tmp_path))
    try:
        window = MainWindow(store, features=[f for f in FEATURES if f is not install_overview])
        qtbot.addWidget(window)
        overview = install_overview(window)
        overview.today = lambda: dt.date(YEAR, 12, 31)
        overview.refresh()
        window.show()
        qtbot.waitUntil(lambda: not overview.computing, timeout=20000)

        def texts(key: str) -> list[str]:
            return [r.text(0) for r in overview.row_items(key)]

        assert texts("villages_without_info_officer") == ["河口村：无在岗灾害信息员"]
        assert texts("info_officers_untrained") == ["陈立（白沙村）：最近培训 2024年3月1日"]
        assert [t.split("：")[0] for t in texts("teams_untrained")] == ["青石镇民兵应急分队"]
        assert [t.split("：")[0] for t in texts("shelters_uninspected")] == ["东坪村村委会避难点"]
        for key in ("risk_points_unmonitored", "risk_points_without_shelter",
                    "risk_points_cards_due"):  # fmt: skip
            assert [t.split("：")[0] for t in texts(key)] == ["白沙村后山崩塌"], key
        assert len(texts("warnings_not_called_back")) == 2  # the orange and the red one

        # A click opens the point's form, to name its monitor.
        row = overview.row_items("risk_points_unmonitored")[0]

        def opened(dialog: Any) -> None:
            assert dialog.table.name == "risk_points"
            assert store.get("risk_points", dialog.record_id)["name"] == "白沙村后山崩塌"

        run_modal(lambda: overview._item_clicked(row), opened)
    finally:
        store.close()
