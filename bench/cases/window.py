"""One timed start of a window, run as its own process by ``bench/run.py``.

``app DB [--scroll-end]``: the real program's start (``ui.app.make_application``,
``Store.open(defer_check=True)``, ``MainWindow``, the page check started) until its first
paint, then until the Overview's rule counts are drawn (``useful``: the tab's
``counts_shown`` and the window repainted, as the floor draws its counts) and until the
whole tab is (``complete``: rows, cards and charts, ``figures_shown``); with
``--scroll-end`` the Duty tab is then shown and scrolled to its last row.
``bare [DB]``: a plain PySide6 window, the floor; with a database it then computes the
Overview's rules with the bench's floor (``bench/floors.py``) and draws their counts.
Prints one JSON line: peak RSS in MB, ``painted_at``, ``useful_at`` and ``complete_at``,
wall-clock times (``time.time``) that ``run.py`` subtracts from the moment it started the
process.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _peak_rss_mb() -> float:
    """VmHWM: unlike ru_maxrss it is reset by exec, so the parent's size does not leak in."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    mode = sys.argv[1]
    if mode != "bare":
        # The real program (``emergency-desk`` → ``cli.main``) has imported the store and
        # ``ui.app`` before anything imports PySide6: keep that order here.
        from emergency_desk.store import Store
        from emergency_desk.ui.shell.app import make_application
    from PySide6.QtCore import QEvent, QObject, QTimer

    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("Emergency Desk"))
        window.resize(1200, 800)
    else:
        from emergency_desk.ui.safety.data_safety import start_page_check
        from emergency_desk.ui.shell.main_window import MainWindow

        app = make_application()
        # As ``ui.app.run_gui`` opens it: a big file's page check and the Overview's
        # figures start once the window has painted.
        window = MainWindow(Store.open(sys.argv[2], defer_check=True), work_after_paint=True)
        window.resize(1200, 800)
    scroll = "--scroll-end" in sys.argv
    db = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else None
    times: dict[str, float] = {}

    def first_paint_done() -> None:
        times["painted_at"] = time.time()
        if mode == "bare":
            if db is None:
                useful()
                return
            # The floor of "useful": the Overview's rules counted in raw SQL, drawn (the
            # app draws the counts first; its rows come after the useful moment).
            import datetime as dt
            import sqlite3

            import floors

            conn = sqlite3.connect(db)
            found = floors.overview_counts(conn, dt.date.today())
            conn.close()
            label = window.centralWidget()
            label.setText("\n".join(f"{k}: {n}" for k, n in found.items()))  # type: ignore[attr-defined]
            window.repaint()
            useful()
        # The app: ``useful`` runs when the Overview has shown its figures (see below).

    def useful() -> None:
        times["useful_at"] = times["complete_at"] = time.time()
        QTimer.singleShot(0, finish)

    def finish() -> None:
        if scroll:
            from PySide6.QtWidgets import QTableView

            for view in window.findChildren(QTableView):
                model = view.model()
                if getattr(getattr(model, "table", None), "name", "") == "duty_log":
                    tab = view.parentWidget()
                    while tab is not None and tab.parentWidget() is not None:
                        if tab.parentWidget().parentWidget() is window.tabs:
                            break
                        tab = tab.parentWidget()
                    window.tabs.setCurrentWidget(tab)
                    app.processEvents()
                    view.scrollToBottom()
                    app.processEvents()
                    view.grab()
                    break
        rss = _peak_rss_mb()
        print(json.dumps({"peak_rss_mb": round(rss, 1), **times}), flush=True)
        app.quit()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, first_paint_done)
            return False

    if mode != "bare":
        tab = window.overview_tab

        def counts_drawn() -> None:
            window.repaint()  # the counts on screen, not only in the widgets
            if "useful_at" not in times:
                times["useful_at"] = time.time()

        def all_drawn() -> None:
            window.repaint()
            if "complete_at" not in times:
                times["complete_at"] = time.time()
                QTimer.singleShot(0, finish)

        tab.counts_shown.connect(counts_drawn)
        tab.figures_shown.connect(all_drawn)

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    if mode != "bare":
        # As ``run_gui`` queues ``data_safety.start_session`` (no backup or prompt here)
        # and, when the GUI thread is next idle, the import the first write needs.
        from emergency_desk.store import preload_writes

        window.figures_gate.when_open(
            lambda: (start_page_check(window), QTimer.singleShot(0, preload_writes))
        )
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
