"""The interface in Chinese and in English: what a user reads, screen by screen.

Each test runs once per language with the real translators installed (the app's .qm and
Qt's qtbase_zh_CN), and checks titles, tabs, form labels, a validation message and Qt's
own standard buttons, then sweeps every text on the main window and the main dialogs
for words of the other language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from emergency_desk.schema import TABLES, register_table
from emergency_desk.store import ListQuery, Store
from emergency_desk.ui.shell import lang as lang_module
from emergency_desk.ui.shell.app import prefer_cjk_font
from emergency_desk.ui.shell.app_settings import KEY_LANGUAGE, app_settings
from emergency_desk.ui.shell.lang import format_date, format_datetime, set_ui_lang, ui_lang
from emergency_desk.ui.shell.translations import install_translators

CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z]{2,}")
# Words that stay as they are in a Chinese interface: product and format names, keys.
LATIN_OK_IN_ZH = {"Word", "Excel", "WPS", "xlsx", "csv", "docx", "CSV", "UTF", "Esc", "db"}
LATIN_OK_IN_ZH |= {"GB"}  # the official font names: 仿宋_GB2312, 楷体_GB2312
# A language chooser names each language in itself.
LANGUAGE_NAMES = {"中文", "中文（简体）", "English"}
TAG = re.compile(r"<[^>]*>")


@pytest.fixture(params=["zh", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The whole app in one language, as ``make_application`` sets it up."""
    chosen: str = request.param
    old_locale = QLocale()
    set_ui_lang(chosen)
    assert install_translators(qapp, chosen) is True  # en: its plural forms
    yield chosen
    install_translators(qapp, "en")  # removes the translators again
    QLocale.setDefault(old_locale)


def _plain(text: str) -> str:
    return TAG.sub("", text).replace("&amp;", "&").replace("&", "").strip()


def texts_of(root: QWidget) -> list[str]:
    """Every text a user can read on ``root`` and its children (titles, labels, items…)."""
    found: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        found.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            found.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        elif isinstance(w, QMenu):
            found += [a.text() for a in w.actions()]
    return [_plain(t) for t in found if t and _plain(t)]


def wrong_language(texts: list[str], lang: str, allowed: set[str] = frozenset()) -> list[str]:
    bad = []
    for text in texts:
        if text in LANGUAGE_NAMES or text in allowed:
            continue
        if lang == "zh":
            words = set(WORD.findall(text)) - LATIN_OK_IN_ZH
            if words:
                bad.append(text)
        elif CJK.search(text):
            bad.append(text)
    return bad


def menu_texts(window: QWidget) -> list[str]:
    texts = []
    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        texts.append(top.text())
        menu = top.menu()
        stack = [menu] if menu is not None else []
        while stack:
            m = stack.pop()
            for a in m.actions():
                if a.isSeparator():
                    continue
                texts.append(a.text())
                if a.menu() is not None:
                    stack.append(a.menu())
    return [_plain(t) for t in texts]


# -- the main window ------------------------------------------------------------------------
@pytest.fixture
def main_window(qtbot, ui_store: Store, lang: str):  # type: ignore[no-untyped-def]
    from emergency_desk.ui.shell.main_window import MainWindow

    w = MainWindow(ui_store)  # every feature, as run_gui builds it
    qtbot.addWidget(w)
    w.resize(1320, 820)
    return w


EXPECTED = {
    "zh": {
        "title": "应急管理工作台 — office.db",
        "overview": "工作概览",
        "duty": "值班值守",
        "menus": ["文件(F)", "工具(T)", "帮助(H)"],
        "banner": "未保存：请修改标红的项目。",
        "ok": "确定",
        "cancel": "取消",
        "yes": "是(Y)",
        "delete_question": "确定要删除“{title}”吗？\n删除后可在回收站中恢复。",
    },
    "en": {
        "title": "Emergency Desk — office.db",
        "overview": "Overview",
        "duty": "Duty",
        "menus": ["File", "Tools", "Help"],
        "banner": "Not saved: please correct the marked fields.",
        "ok": "OK",
        "cancel": "Cancel",
        "yes": "Yes",
        "delete_question": (
            "Delete “{title}”?\nDeleted records go to the recycle bin and can be restored."
        ),
    },
}


def test_window_title_tabs_and_menus(main_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    want = EXPECTED[lang]
    assert main_window.windowTitle() == want["title"]
    # Qt appends an application display name, once one is set, to every window title
    # (xcb, Windows): "应急管理工作台 — office.db — 应急管理工作台". None is set.
    from emergency_desk.ui.shell.app import make_application

    app = make_application()
    assert app.applicationDisplayName() == app.applicationName() == "EmergencyDesk"
    tabs = main_window.tabs
    names = [tabs.tabText(i).replace("&&", "&") for i in range(tabs.count())]
    assert names[0] == want["overview"]
    for register in ("plans", "drills", "hazards", "materials", "activities"):
        assert register_table(register).label(lang) in names
    assert want["duty"] in names
    menus = menu_texts(main_window)
    assert menus[:1] == want["menus"][:1]
    for title in want["menus"]:
        assert title in menus
    assert not wrong_language(names + menus, lang)


def test_no_other_language_on_any_tab(main_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Every tab, shown in turn: labels, buttons, filters, headers, tooltips, menus."""
    path = str(main_window.store.path)
    allowed = {_plain(path), _plain(f"{path}（只读）"), "office.db"}
    bad = wrong_language(menu_texts(main_window), lang)
    for i in range(main_window.tabs.count()):
        main_window.tabs.setCurrentIndex(i)
        page = main_window.tabs.widget(i)
        bad += [
            f"[{main_window.tabs.tabText(i)}] {t}" for t in wrong_language(texts_of(page), lang)
        ]
    bad += wrong_language([t for t in texts_of(main_window.statusBar())], lang, allowed)
    assert not bad, "\n".join(bad)


def test_dialogs_are_in_one_language(qtbot, ui_store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    from emergency_desk.ui.registers.registry import dialog_class
    from emergency_desk.ui.safety.audit_viewer import AuditViewerDialog
    from emergency_desk.ui.safety.recycle_bin import RecycleBinDialog
    from emergency_desk.ui.settings.settings_dialog import SettingsDialog

    dialogs: list[QWidget] = [
        SettingsDialog(ui_store),
        RecycleBinDialog(ui_store),
        AuditViewerDialog(ui_store),
    ]
    for name in TABLES:
        if TABLES[name].parent_key is None:
            dialogs.append(dialog_class(name)(ui_store, name))
    bad = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        bad += [f"[{dialog.objectName()}] {t}" for t in wrong_language(texts_of(dialog), lang)]
    assert not bad, "\n".join(bad)


# -- a form: labels, validation, Qt's standard buttons -------------------------------------
def test_form_labels_validation_and_buttons(qtbot, ui_store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    from emergency_desk.ui.widgets.record_form import RecordDialog

    dialog = RecordDialog(ui_store, "plans")
    qtbot.addWidget(dialog)
    dialog.show()
    plans = TABLES["plans"]
    labels = []
    for row in range(dialog.form.rowCount()):
        item = dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(_plain(item.widget().text()).rstrip(" *"))
    assert labels == [f.label(lang) for f in plans.fields]
    assert ("预案名称" in labels) is (lang == "zh")
    assert ("Title" in labels) is (lang == "en")
    assert dialog.windowTitle() == ("新建应急预案" if lang == "zh" else "New emergency plan")

    # Save with nothing filled in: the required fields are refused in the user's language.
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.banner.text() == EXPECTED[lang]["banner"]
    title_error = dialog.error_labels["title"].text()
    assert title_error
    assert bool(CJK.search(title_error)) is (lang == "zh"), title_error
    assert ui_store.count(ListQuery("plans")) == 0

    # Qt's own standard buttons come from qtbase_zh_CN.
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == EXPECTED[lang]["ok"]
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == EXPECTED[lang]["cancel"]
    question = QMessageBox()
    qtbot.addWidget(question)
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = question.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    assert yes == EXPECTED[lang]["yes"]


def test_delete_confirmation_reads_naturally(
    main_window, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    plan_id = store.insert(
        "plans", {"title": "防汛应急预案", "level": "special", "status": "in_force"}
    )
    tab = main_window.register_tabs["plans"]
    tab.refresh()
    assert tab.select_record(plan_id)
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    tab.delete_selected()
    assert asked == [
        (
            "删除" if lang == "zh" else "Delete",
            EXPECTED[lang]["delete_question"].format(title="防汛应急预案"),
        )
    ]


# -- dates, numbers, fonts ------------------------------------------------------------------
def test_dates_in_the_locale_form(lang: str) -> None:
    assert format_date("2025-03-05", lang) == {"zh": "2025年3月5日", "en": "5 Mar 2025"}[lang]
    assert (
        format_datetime("2025-03-05 14:30", lang)
        == ({"zh": "2025年3月5日 14:30", "en": "5 Mar 2025 14:30"}[lang])
    )
    assert format_date("not a date", lang) == "not a date"
    # Qt's own widgets (date pickers, spin boxes) follow the same locale.
    assert QLocale().language() == (
        QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English
    )


def test_table_shows_local_dates(main_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    store = main_window.store
    store.insert(
        "plans",
        {
            "title": "地震应急预案",
            "level": "special",
            "status": "in_force",
            "issued_on": "2025-03-05",
        },
    )
    tab = main_window.register_tabs["plans"]
    tab.refresh()
    model = tab.model
    column = next(i for i, f in enumerate(model.columns) if f.key == "issued_on")
    shown = model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)
    assert shown == {"zh": "2025年3月5日", "en": "5 Mar 2025"}[lang]
    status = next(i for i, f in enumerate(model.columns) if f.key == "status")
    label = model.data(model.index(0, status), Qt.ItemDataRole.DisplayRole)
    assert label == TABLES["plans"].field("status").choice_label("in_force", lang)


def test_chinese_ui_font_has_cjk_glyphs(qapp: QApplication) -> None:
    from PySide6.QtGui import QFontDatabase

    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("fonts-noto-cjk is not installed")
    before = qapp.font()
    try:
        prefer_cjk_font(qapp, "zh")
        assert qapp.font().families()[0] == "Noto Sans CJK SC"
        qapp.setFont(before)
        prefer_cjk_font(qapp, "en")
        assert qapp.font().families()[0] != "Noto Sans CJK SC"
        assert "Noto Sans CJK SC" in qapp.font().families()
    finally:
        qapp.setFont(before)


# -- choosing the language ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("system", "expected"),
    [("zh_CN", "zh"), ("zh_TW", "zh"), ("zh_HK", "zh"), ("en_US", "en"), ("de_DE", "en")],
)
def test_first_start_follows_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    class FakeLocale:
        @staticmethod
        def system() -> QLocale:
            return QLocale(system)

    monkeypatch.setattr(lang_module, "QLocale", FakeLocale)
    set_ui_lang(None)
    assert app_settings().value(KEY_LANGUAGE) is None
    assert ui_lang() == expected


def test_settings_choice_applies_at_the_next_start(
    qtbot, ui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from emergency_desk.ui.settings.settings_dialog import SettingsDialog
    from emergency_desk.ui.shell.lang import pin_session_lang

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    set_ui_lang(None)
    app_settings().setValue(KEY_LANGUAGE, "zh")
    assert pin_session_lang() == "zh"  # what make_application does at start-up

    dialog = SettingsDialog(ui_store)
    qtbot.addWidget(dialog)
    combo = dialog.language_box.combo
    assert combo.currentData() == "zh"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()

    assert (
        QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, "EmergencyDesk", "EmergencyDesk"
        ).value(KEY_LANGUAGE)
        == "en"
    )
    assert len(told) == 1 and "英文" in told[0]  # said in this session's language
    assert ui_lang() == "zh"  # this session stays in one language…
    set_ui_lang(None)
    assert pin_session_lang() == "en"  # …the next one starts in English

    dialog = SettingsDialog(ui_store)
    qtbot.addWidget(dialog)
    dialog.language_box.combo.setCurrentIndex(0)  # follow the system again
    dialog.accept()
    assert app_settings().value(KEY_LANGUAGE) is None


# -- the report's language is its own ------------------------------------------------------
def test_report_language_is_chosen_apart_from_the_ui(qtbot, ui_store: Store, lang: str) -> None:  # type: ignore[no-untyped-def]
    summary_tab = pytest.importorskip("emergency_desk.ui.summary.summary_tab")
    tab = summary_tab.SummaryTab(ui_store)
    qtbot.addWidget(tab)
    other = "en" if lang == "zh" else "zh"
    assert tab.doc_lang.currentData() == lang  # starts as the interface, but…
    tab.doc_lang.setCurrentIndex(tab.doc_lang.findData(other))  # …the office can pick either
    tab.refresh_preview()
    qtbot.waitUntil(lambda: not tab.preview_pending, timeout=10000)  # built on a worker
    preview = tab.preview.toPlainText()
    if other == "zh":
        assert "应急管理工作总结" in preview
    else:
        assert "Emergency Management" in preview and not CJK.search(preview.split("\n")[0])
    # The tab itself stays in the interface language.
    assert not wrong_language(texts_of(tab), lang)
