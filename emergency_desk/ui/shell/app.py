"""Starting the GUI: the application object, language, fonts, which database, the window.

Whatever goes wrong opening the database is said in a message box in the user's
language, and the program exits with code 2, as the command line does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import __version__
from ...paths import default_database, resource
from ...store import OpenError, Store, StoreError, preload_writes
from ..safety.data_safety import start_session
from .app_settings import APPLICATION, ORGANIZATION, last_database, remember_database
from .crash_dialog import install_crash_dialog
from .lang import pin_session_lang
from .main_window import MainWindow
from .open_failure import handle_open_failure
from .translations import install_translators

CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "SimHei",
    "SimSun",  # every Chinese Windows has it, even without YaHei
)


def prefer_cjk_font(app: QApplication, lang: str) -> None:
    """Chinese text in a Chinese UI font, not whichever fallback Qt picks glyph by glyph.

    In English the system font stays first; the CJK families still follow it so the
    Chinese place names in the data render with Simplified Chinese glyph shapes.
    """
    available = set(QFontDatabase.families())
    cjk = [f for f in CJK_FAMILIES if f in available]
    if not cjk:
        return
    font = QFont(app.font())
    # The platform's own UI family, not whatever an earlier call already put first.
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    base = QFontInfo(system).family()  # the real family behind a generic "Sans Serif"
    families = [*cjk, base] if lang == "zh" else [base, *cjk]
    font.setFamilies(families)
    app.setFont(font)


# In both languages at once: without a Chinese font the Chinese half is boxes, and a Chinese
# user may not read the English half; one of the two always reaches the reader.
NO_CJK_TITLE = "应急管理工作台 / Emergency Desk"
NO_CJK_FONT = (
    "本机没有安装中文字体，界面上的汉字会显示成方框。"
    "请安装中文字体后重新启动本程序（Linux：sudo apt install fonts-noto-cjk）。\n\n"
    "No font on this computer can show Chinese, so Chinese text appears as boxes. "
    "Install one and start the program again (Linux: sudo apt install fonts-noto-cjk)."
)


def has_cjk_font() -> bool:
    """Whether any installed font covers Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def warn_if_no_cjk_font(parent: QWidget | None) -> bool:
    """Say once, at start, that Chinese will be tofu; True if it had to be said."""
    if has_cjk_font():
        return False
    QMessageBox.warning(parent, NO_CJK_TITLE, NO_CJK_FONT)
    return True


def app_icon() -> QIcon | None:
    """The window and taskbar icon, with every size drawn for it (crisp at 16 px and 128 px)."""
    folder = resource("icons")
    sizes = sorted(folder.glob("app_*.png")) if folder.is_dir() else []
    main = folder / "app.png"
    if not sizes and not main.exists():
        return None
    icon = QIcon()
    for path in [*sizes, main]:
        if path.exists():
            icon.addFile(str(path))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    lang = pin_session_lang()  # a language chosen in Settings applies from the next start
    install_translators(app, lang)
    # No application display name: Qt appends it to every window title, and the main
    # window's title already starts with the program's name ("应急管理工作台 — zh.db").
    prefer_cjk_font(app, lang)
    return app


def choose_database(db_path: Path | None) -> Path | None:
    """The file asked for, else the last one used, else the default; None: the user quit.

    A last database that is not there (a USB stick not plugged in, a changed drive
    letter) is said, with the choice of where to go (``missing_database``), rather than
    the empty default opening in its place as if nothing were wrong.
    """
    if db_path is not None:
        return Path(db_path)
    last = last_database()
    path = default_database()
    if last is not None and last.exists():
        return last
    if last is not None and last not in (path, path.resolve()):
        from .missing_database import ask_for_missing  # only when it is missing

        return ask_for_missing(None, last, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def offer_first_run(window: MainWindow) -> None:
    """A new office's empty file: the short setup (loaded only then). Deferred work: by the
    time it runs the window may have closed its file."""
    if window.store.closed:
        return
    from ..settings.first_run import offer_first_run as offer

    offer(window)


def run_gui(db_path: Path | None) -> int:
    app = make_application()
    install_crash_dialog()
    path = choose_database(db_path)
    if path is None:
        return 0
    try:
        # A big file's page check runs once the window shows (``data_safety.start_session``).
        store = Store.open(path, defer_check=True)
    except StoreError as exc:  # says why; offers the newest good backup if it is damaged
        restored = handle_open_failure(None, exc, path)
        if restored is None:
            return 2
        store = restored
    except Exception as exc:  # never a traceback in front of the user
        QMessageBox.critical(
            None,
            app.translate("app", "Emergency Desk"),
            app.translate("app", "The database could not be opened: {reason}").format(reason=exc),
        )
        return 2
    if store.path is not None:
        remember_database(store.path)
    try:
        window = MainWindow(store, work_after_paint=True)
    except Exception:
        # A page read while building the window was damaged: the page check (deferred
        # for a big file) says so now, and the user gets what a failed open gives.
        if store.page_check is None or not store.page_check.wait():
            raise
        store.close()
        restored = handle_open_failure(None, OpenError("damaged", path=str(path)), path)
        if restored is None:
            return 2
        window = MainWindow(restored, work_after_paint=True)
    window.show()

    def once_useful() -> None:
        # The work that reads the file hard starts once the Overview's figures are on
        # screen (``figures_gate``); what the first Save needs is imported on this thread
        # when it is next idle (never on a worker: see ``ops``), not when Save is clicked.
        start_session(window)
        QTimer.singleShot(0, preload_writes)
        warn_if_no_cjk_font(window)
        QTimer.singleShot(0, lambda: offer_first_run(window))

    window.figures_gate.when_open(once_useful)
    try:
        return int(app.exec())
    finally:
        window.store.close()
