"""The Chinese catalogue is complete, current and compiled, and the UI source keeps it so.

The English catalogue holds only the ``%n`` messages (``lupdate -pluralonly``), each with
its singular and plural form; it too must be current, complete and compiled.

``make translations`` regenerates the .ts from the source and compiles the .qm; these tests
fail when someone adds a string without doing that, leaves a translation unfinished, or
writes a string lupdate cannot see (a literal handed to a widget, ``tr`` through a
variable, an f-string, a helper function, another object's ``tr``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "emergency_desk" / "ui"
TS = ROOT / "resources" / "translations" / "emergency_desk_zh_CN.ts"
QM = TS.with_suffix(".qm")
TS_EN = ROOT / "resources" / "translations" / "emergency_desk_en.ts"
# How each catalogue is made from the source: the English one keeps only plural messages.
LUPDATE_ARGS = {TS: [], TS_EN: ["-pluralonly", "-target-language", "en"]}
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"
LRELEASE = BIN / "pyside6-lrelease"
DEAD = {"vanished", "obsolete"}
CJK = re.compile(r"[\u3400-\u9fff]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%L?n|%\d")
# Sources whose Chinese rightly has no Chinese characters of its own.
NO_CJK_NEEDED = {"{office} — {date}"}


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in DEAD:
                continue
            out.append((name, message.findtext("source") or "", translation))
    return out


def _text(translation: ET.Element) -> str:
    numerus = translation.findall("numerusform")
    return "".join(n.text or "" for n in numerus) if numerus else translation.text or ""


def _tool(tool: Path) -> Path:
    if not tool.exists():
        pytest.skip(f"{tool.name} is not installed next to {sys.executable}")
    return tool


def test_every_message_is_translated() -> None:
    unfinished = [
        (ctx, src)
        for ctx, src, tr in _messages(TS)
        if tr.get("type") == "unfinished" or not _text(tr).strip()
    ]
    assert not unfinished, f"unfinished or empty in {TS.name}: {unfinished}"


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_catalogue_matches_the_source(tmp_path: Path, ts: Path) -> None:
    """lupdate over the UI now finds exactly the (context, source) pairs the .ts holds."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    result = subprocess.run(
        [str(_tool(LUPDATE)), "-silent", *LUPDATE_ARGS[ts], *sources, "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = {(ctx, src) for ctx, src, _ in _messages(fresh)}
    kept = {(ctx, src) for ctx, src, _ in _messages(ts)}
    missing = sorted(found - kept)
    stale = sorted(kept - found)
    assert not missing, f"new strings missing from {ts.name} (run `make translations`): {missing}"
    assert not stale, f"strings no longer in the source (run `make translations`): {stale}"


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_compiled_catalogue_is_current(tmp_path: Path, ts: Path) -> None:
    built = tmp_path / "built.qm"
    qm = ts.with_suffix(".qm")
    result = subprocess.run(
        [str(_tool(LRELEASE)), "-silent", str(ts), "-qm", str(built)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert qm.exists(), f"{qm.name} is missing: run `make translations`"
    assert built.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}"


def test_every_english_plural_has_its_singular_and_plural() -> None:
    """Each %n message of the UI has two English forms, each keeping the source's placeholders."""
    root = ET.parse(TS_EN).getroot()
    assert root.get("language") == "en"
    problems = []
    numerus = 0
    for ctx, src, tr in _messages(TS_EN):
        forms = [f.text or "" for f in tr.findall("numerusform")]
        numerus += 1
        if tr.get("type") == "unfinished" or len(forms) != 2 or not all(f.strip() for f in forms):
            problems.append((ctx, src, forms, "needs a singular and a plural form"))
        for form in forms:
            if set(PLACEHOLDER.findall(src)) != set(PLACEHOLDER.findall(form)):
                problems.append((ctx, src, form, "placeholders differ"))
            if "(s)" in form:
                problems.append((ctx, src, form, "“(s)” left in an English form"))
    assert numerus > 0
    assert not problems, problems


def test_translations_keep_placeholders_and_read_as_chinese() -> None:
    problems = []
    for ctx, src, tr in _messages(TS):
        text = _text(tr)
        if set(PLACEHOLDER.findall(src)) != set(PLACEHOLDER.findall(text)):
            problems.append((ctx, src, text, "placeholders differ"))
        if bool(re.search(r"&[A-Za-z]", src)) != bool(re.search(r"&[A-Za-z]", text)):
            problems.append((ctx, src, text, "keyboard accelerator lost or added"))
        if src not in NO_CJK_NEEDED and re.search(r"[A-Za-z]{2}", src) and not CJK.search(text):
            problems.append((ctx, src, text, "no Chinese in the translation"))
        if "\u3000" in text and "\u3000" not in src:
            problems.append((ctx, src, text, "ideographic space not in the source"))
    assert not problems, problems


def test_qt_base_translation_is_available() -> None:
    """Standard buttons (OK/Cancel/Yes/No) are translated by Qt's own qtbase_zh_CN.qm."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_zh_CN.qm").is_file(), folder


# -- the source: strings lupdate can see ---------------------------------------------------
TEXT_SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addTab", "insertTab", "setTabText", "setTabToolTip", "addAction",
    "addMenu", "QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "setTitle", "setLabelText", "addItem", "addItems", "setHeaderLabels",
    "setHorizontalHeaderLabels", "information", "warning", "critical", "question", "about",
    "addRow", "showMessage", "setInformativeText", "addButton", "setSuffix", "setPrefix",
    "setSpecialValueText", "getText", "getItem", "getSaveFileName", "getOpenFileName",
    "QProgressDialog", "setCancelButtonText", "QMessageBox", "QBarSet", "setTitleText",
    "setItemText", "insertItem", "insertItems", "QTableWidgetItem", "QListWidgetItem",
    "QStandardItem", "QMenu", "setPlainText", "setHtml", "setAccessibleName", "setSubTitle",
    "getInt", "getDouble", "setNameFilter", "setNameFilters",
}  # fmt: skip
WRAPPER_NAMES = {"tr", "_tr", "_t", "_", "tr_", "translate_"}
TAG = re.compile(r"<[^>]*>")
MACHINE_WORD = re.compile(r"^[a-z0-9_.:/#%\-]*$")  # keys, object names, format codes
# A language is named in itself in a language chooser, whatever the screen's language.
LANGUAGE_NAMES = {"中文", "中文（简体）", "简体中文", "English"}


def _looks_user_visible(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = TAG.sub("", node.value).strip()
        if text in LANGUAGE_NAMES:
            return False
        return bool(re.search(r"[A-Za-z\u4e00-\u9fff]", text)) and not MACHINE_WORD.match(text)
    if isinstance(node, ast.JoinedStr):
        return any(_looks_user_visible(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _looks_user_visible(node.left) or _looks_user_visible(node.right)
    if isinstance(node, ast.IfExp):  # "a" if zh else "b": a language switch by hand
        return _looks_user_visible(node.body) or _looks_user_visible(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):  # addItems(["…", "…"])
        return any(_looks_user_visible(e) for e in node.elts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):  # "Saved {n}".format(n=n) without tr
        return _looks_user_visible(node.func.value)
    return False


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def source_problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node

    def inside(node: ast.AST, kind: type) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, kind):
                return True
        return False

    where = path.name
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node.func)
        at = f"{where}:{node.lineno}"
        if name == "tr" and isinstance(node.func, ast.Attribute):
            receiver = ast.unparse(node.func.value)
            if receiver != "self" and not receiver[:1].isupper():
                problems.append(f"{at}: {receiver}.tr() — lupdate files it under “{receiver}”")
            if receiver == "self" and not inside(node, ast.ClassDef):
                problems.append(f"{at}: self.tr() outside a class")
            if not node.args or not _is_literal(node.args[0]):
                problems.append(f"{at}: tr() of something lupdate cannot read")
            if inside(node, ast.JoinedStr):
                problems.append(f"{at}: tr() inside an f-string is not extracted")
        elif (
            name in WRAPPER_NAMES
            and isinstance(node.func, ast.Name)
            and node.args
            and _is_literal(node.args[0])
        ):
            problems.append(f"{at}: {name}(…) is not seen by lupdate; use self.tr or translate")
        elif name == "translate" and not (
            len(node.args) >= 2 and all(_is_literal(a) for a in node.args[:2])
        ):
            problems.append(f"{at}: translate() needs a literal context and text")
        if name in TEXT_SINKS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if _looks_user_visible(arg):
                    problems.append(f"{at}: literal text to {name}(): {ast.unparse(arg)[:60]}")
    return problems


def test_ui_strings_go_through_tr() -> None:
    problems = [p for path in sorted(UI.rglob("*.py")) for p in source_problems(path)]
    assert not problems, "\n".join(problems)


def test_the_scan_catches_what_lupdate_misses(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class W:\n"
        "    def f(self, tab, n):\n"
        "        self.label.setText('Hello')\n"
        "        tab.tr('Save')\n"
        "        self.tr(f'{n} rows')\n"
        "        x = f\"{self.tr('On duty')}: \"\n"
        "        _tr('Delete')\n"
        "        self.setWindowTitle(self.tr('Fine'))\n"
        "        self.combo.addItem(self.tr('Chinese'), 'zh')\n"
        "        RegisterTab.tr('Also fine')\n"
        "        self.combo.addItem(f'{n}年' if zh else str(n), n)\n"
        "        self.combo.addItems(['Open', 'Closed'])\n"
        "        self.label.setText('Saved {n}'.format(n=n))\n"
        "        self.combo.setItemText(0, 'All')\n"
        "        self.combo.addItem(self.tr('Fine') if zh else self.tr('Also fine'))\n",
        encoding="utf-8",
    )
    found = source_problems(sample)
    assert len(found) == 9, found
    lines = sorted({int(f.split(":")[1]) for f in found})
    assert lines == [3, 4, 5, 6, 7, 11, 12, 13, 14], found


def test_chinese_text_names_the_program_in_chinese() -> None:
    """Chinese messages say 应急管理工作台, never "Emergency Desk" (issue 15.9): the
    UI's translations and the core layers' own Chinese sentences alike."""
    import ast

    in_ts = [src for _ctx, src, tr in _messages(TS) if "Emergency Desk" in _text(tr)]
    assert in_ts == []
    core: list[str] = []
    for path in sorted((ROOT / "emergency_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                chinese = any("\u4e00" <= c <= "\u9fff" for c in text)
                # A line in both languages (the warning shown when no Chinese font can draw
                # the Chinese half) names the program in Chinese too: that is allowed.
                if "Emergency Desk" in text and chinese and "应急管理工作台" not in text:
                    core.append(f"{path.name}: {text[:40]}")
    assert core == []
