"""Help › User guide (F1): the shipped guide, in the UI's language, whole in both, bundled."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QImage
from PySide6.QtWidgets import QWidget

from emergency_desk.paths import resource
from emergency_desk.ui.shell.help_guide import GuideDialog, guide_file
from emergency_desk.ui.shell.lang import set_ui_lang
from emergency_desk.ui.shell.translations import install_translators

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = {
    "start", "overview", "hazards", "duty", "import", "summary", "backup", "ledgers",
    "incidents", "printouts", "county",
}  # fmt: skip
CJK = re.compile(r"[\u4e00-\u9fff]")


class _Page(HTMLParser):
    """The guide's section headings (by id), images and in-page links."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: dict[str, str] = {}
        self.images: list[str] = []
        self.links: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "h2":
            self._in = a.get("id") or ""
            self.headings[self._in] = ""
        elif tag == "img":
            self.images.append(str(a["src"]))
        elif tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.headings[self._in] += data.strip()


def _page(lang: str) -> _Page:
    page = _Page()
    page.feed(guide_file(lang).read_text(encoding="utf-8"))
    return page


def _active(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _open_with_f1(qtbot: Any, window: Any) -> GuideDialog:
    _active(qtbot, window)
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)
    dialog = window.findChild(GuideDialog, "guideDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def test_f1_opens_the_chinese_guide(qtbot: Any, window: Any) -> None:
    action = window.help_menu.actions()[0]
    assert action.objectName() == "guideAction"
    assert action.text() == "使用说明(&U)"
    assert action.shortcut().toString() == "F1"
    dialog = _open_with_f1(qtbot, window)
    assert dialog.windowTitle() == "使用说明"
    assert Path(dialog.browser.source().toLocalFile()) == resource("guide", "zh", "index.html")
    text = dialog.browser.toPlainText()
    assert "隐患登记与整改" in text and "Hazards and their rectification" not in text
    available = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()


@pytest.fixture
def english(qapp: Any) -> Any:
    set_ui_lang("en")
    install_translators(qapp, "en")
    yield
    set_ui_lang("zh")
    install_translators(qapp, "zh")


def test_f1_opens_the_english_guide_in_an_english_ui(
    qtbot: Any, ui_store: Any, english: Any
) -> None:
    from emergency_desk.ui.shell.main_window import MainWindow

    window = MainWindow(ui_store)
    qtbot.addWidget(window)
    assert window.findChild(QAction, "guideAction").text() == "&User guide"
    dialog = _open_with_f1(qtbot, window)
    assert dialog.windowTitle() == "User guide"
    text = dialog.browser.toPlainText()
    assert "Hazards and their rectification" in text and "隐患登记与整改" not in text


def test_open_in_browser_hands_over_the_same_file(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    dialog = _open_with_f1(qtbot, window)
    qtbot.mouseClick(dialog.browser_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [guide_file("zh")]
    assert dialog.browser_button.text() == "在浏览器中打开（可打印或另存为 PDF）"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_image_the_guide_names_exists_and_is_small(lang: str) -> None:
    page = _page(lang)
    assert len(page.images) >= 8
    for src in page.images:
        path = guide_file(lang).parent / src
        assert path.is_file(), src
        image = QImage(str(path))
        assert not image.isNull() and image.width() <= 1366, src
        assert path.stat().st_size < 150_000, src


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_in_page_link_leads_to_a_section(lang: str) -> None:
    page = _page(lang)
    targets = [link[1:] for link in page.links if link.startswith("#")]
    assert set(targets) == SECTIONS


def test_every_section_is_in_both_languages() -> None:
    zh, en = _page("zh").headings, _page("en").headings
    assert set(zh) == set(en) == SECTIONS
    assert all(CJK.search(zh[k]) for k in SECTIONS), zh
    assert not any(CJK.search(en[k]) for k in SECTIONS), en


def test_the_guide_is_in_the_bundles_data_list() -> None:
    """build.spec's ``resources_datas`` (run on its own, without PyInstaller) lists it."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    body = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "resources_datas"]
    namespace: dict[str, Any] = {"ROOT": ROOT}
    exec(compile(ast.Module(body=body, type_ignores=[]), "build.spec", "exec"), namespace)
    datas = {
        (Path(src).relative_to(ROOT).as_posix(), dest)
        for src, dest in namespace["resources_datas"]()
    }
    for lang in ("zh", "en"):
        assert (f"resources/guide/{lang}/index.html", f"resources/guide/{lang}") in datas
        for src in _page(lang).images:
            assert (f"resources/guide/{lang}/{src}", f"resources/guide/{lang}/img") in datas
    assert ("resources/guide/guide.css", "resources/guide") in datas


def test_the_screenshots_script_renders_from_the_app(tmp_path: Path) -> None:
    """The script the PNGs come from runs and writes every image the guide names."""

    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_guide_screenshots.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=240, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    for lang in ("zh", "en"):
        for src in _page(lang).images:
            assert (tmp_path / lang / src).is_file(), src


def _menu_words(text: str) -> str:
    """A menu entry as the guide writes it: without its &-shortcut (“文件(&F)” → “文件”)."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


def _section_text(lang: str, section: str) -> str:
    html = guide_file(lang).read_text(encoding="utf-8")
    body = html.split(f'<h2 id="{section}">', 1)[1].split("<h2", 1)[0]
    return re.sub(r"<[^>]+>", "", body)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_county_section_names_the_file_menu_entries(
    qtbot: Any, ui_store: Any, qapp: Any, lang: str
) -> None:
    """The county package is made and taken in from the File menu: the guide names both
    entries as the menu shows them, not only the command line."""
    from emergency_desk.ui.shell.main_window import MainWindow

    set_ui_lang(lang)
    install_translators(qapp, lang)
    try:
        window = MainWindow(ui_store)
        qtbot.addWidget(window)
        file_menu = _menu_words(window.file_menu.title())
        make = window.findChild(QAction, "makePackageAction")
        take = window.findChild(QAction, "takePackagesAction")
        entries = [f"{file_menu} › {_menu_words(a.text())}" for a in (make, take)]
    finally:
        set_ui_lang("zh")
        install_translators(qapp, "zh")
    text = _section_text(lang, "county")
    for entry in entries:
        assert entry in text, (entry, text)
    assert (
        "目前通过命令行" if lang == "zh" else "For now this is done on the command line"
    ) not in text
