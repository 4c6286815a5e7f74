"""The Windows CI workflow parses, and does what issue 17 asks of it.

GitHub Actions cannot run here, so the file is checked as far as Linux can: it must be
valid YAML (with PyYAML if installed; otherwise with the small block-YAML reader below,
which refuses what GitHub would — tabs, an unquoted ``: `` inside a value, a broken
indent), and its jobs must run the bundle's self-test on the real ``windows`` platform,
run pytest on Windows, build the installer, and pin PySide6 and PyInstaller.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "windows-build.yml"
PINS = ROOT / "installer" / "release-requirements.txt"


class YamlError(ValueError):
    pass


def _scalar(text: str, line_no: int) -> Any:
    text = text.strip()
    if text[:1] in "\"'":
        quote = text[0]
        if len(text) < 2 or not text.endswith(quote):
            raise YamlError(f"line {line_no}: unterminated quoted value")
        return text[1:-1]
    if ": " in text or text.endswith(":"):
        raise YamlError(f"line {line_no}: mapping values are not allowed here: {text!r}")
    return text


def _strip_comment(text: str) -> str:
    return re.sub(r"(^|\s)#.*$", "", text).rstrip() if "#" in text else text.rstrip()


def read_block_yaml(source: str) -> Any:
    """The subset of YAML workflows use: block mappings and lists, block scalars, quotes."""
    lines = []
    for no, raw in enumerate(source.splitlines(), 1):
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise YamlError(f"line {no}: a tab in the indentation")
        lines.append((no, raw))

    pos = 0

    def significant() -> tuple[int, int, str] | None:
        nonlocal pos
        while pos < len(lines):
            no, raw = lines[pos]
            text = _strip_comment(raw)
            if text.strip():
                return no, len(text) - len(text.lstrip()), text.strip()
            pos += 1
        return None

    def block_scalar(indent: int) -> str:
        nonlocal pos
        body = []
        while pos < len(lines):
            raw = lines[pos][1]
            if raw.strip() and len(raw) - len(raw.lstrip()) <= indent:
                break
            body.append(raw.strip())
            pos += 1
        return "\n".join(body)

    def value_after(rest: str, indent: int, no: int) -> Any:
        nonlocal pos
        if rest in ("|", ">", "|-", ">-", "|+", ">+"):
            return block_scalar(indent)
        if rest:
            return _scalar(rest, no)
        nxt = significant()
        if nxt is None or nxt[1] < indent or (nxt[1] == indent and not nxt[2].startswith("-")):
            return None
        return node(nxt[1])

    def node(indent: int) -> Any:
        nonlocal pos
        first = significant()
        assert first is not None
        if first[2].startswith("- ") or first[2] == "-":
            items = []
            while (cur := significant()) is not None and cur[1] == indent:
                no, _ind, text = cur
                if not (text.startswith("- ") or text == "-"):
                    raise YamlError(f"line {no}: a list item expected")
                body = text[2:].strip()
                if re.match(r"^[\w.-]+:(\s|$)", body):  # "- key: value" opens a mapping
                    lines[pos] = (no, " " * (indent + 2) + body)
                    items.append(node(indent + 2))
                else:
                    pos += 1
                    items.append(value_after(body, indent, no))
            if cur is not None and cur[1] > indent:
                raise YamlError(f"line {cur[0]}: unexpected indentation")
            return items
        mapping: dict[str, Any] = {}
        while (cur := significant()) is not None and cur[1] == indent:
            no, _ind, text = cur
            match = re.match(r"^(\"[^\"]*\"|'[^']*'|[^:#'\"][^:]*?):(\s+(.*))?$", text)
            if match is None:
                raise YamlError(f"line {no}: a 'key: value' expected, got {text!r}")
            key = match.group(1).strip("\"'")
            if key in mapping:
                raise YamlError(f"line {no}: the key {key!r} twice")
            pos += 1
            mapping[key] = value_after((match.group(3) or "").strip(), indent, no)
        if cur is not None and cur[1] > indent:
            raise YamlError(f"line {cur[0]}: unexpected indentation")
        return mapping

    top = significant()
    if top is None:
        return None
    result = node(top[1])
    if significant() is not None:
        raise YamlError(f"line {lines[pos][0]}: unexpected indentation")
    return result


def load_workflow(text: str) -> Any:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        return read_block_yaml(text)
    data = yaml.safe_load(text)
    if True in data:  # YAML 1.1 reads the key "on" as True
        data["on"] = data.pop(True)
    return data


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = load_workflow(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_the_reader_refuses_what_github_refuses() -> None:
    good = "jobs:\n  a:\n    steps:\n      - name: x\n        run: |\n          echo a: b\n"
    assert read_block_yaml(good) == {"jobs": {"a": {"steps": [{"name": "x", "run": "echo a: b"}]}}}
    for bad in (
        "jobs:\n  - name: install, then uninstall: data stays\n",  # the mistake made once
        "jobs:\n\ta: 1\n",
        "jobs:\n  a: 1\n   b: 2\n",
        "jobs:\n  a: 1\n  a: 2\n",
    ):
        with pytest.raises(YamlError):
            read_block_yaml(bad)


def test_the_workflow_parses_with_both_readers() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert read_block_yaml(text)["jobs"].keys() == load_workflow(text)["jobs"].keys()


def test_every_job_runs_on_windows(workflow: dict[str, Any]) -> None:
    assert set(workflow["on"]) >= {"push", "pull_request"}
    for job in workflow["jobs"].values():
        assert job["runs-on"].startswith("windows")
        assert all("uses" in step or "run" in step for step in job["steps"])


def test_pytest_on_windows_covers_locking_file_replacement_and_paths(
    workflow: dict[str, Any],
) -> None:
    runs = "\n".join(_runs(job) for job in workflow["jobs"].values())
    assert "python -m pytest" in runs
    for test_file in ("test_safety_lock.py", "test_locked_files.py", "test_windows_paths.py"):
        assert f"tests/{test_file}" in runs
        assert (ROOT / "tests" / test_file).exists()


def test_the_bundle_self_test_runs_on_the_real_windows_platform(
    workflow: dict[str, Any],
) -> None:
    bundle = workflow["jobs"]["windows-bundle"]
    steps = {step.get("name", ""): step for step in bundle["steps"]}
    self_test = next(s for name, s in steps.items() if name.startswith("Self-test the bundle"))
    assert "QT_QPA_PLATFORM" not in self_test.get("env", {})  # not offscreen for the step
    assert '"windows"' in self_test["run"] and "--self-test" in self_test["run"]
    assert "choco install nsis" in _runs(bundle)
    assert "installer/build_installer.py" in _runs(bundle)


def test_pyside6_and_pyinstaller_are_pinned_for_the_release(workflow: dict[str, Any]) -> None:
    pins = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert re.fullmatch(r"\d+(\.\d+)+", version), line
            pins[name.lower()] = version
    assert {"pyside6-essentials", "pyside6-addons", "pyinstaller"} <= pins.keys()
    for job in workflow["jobs"].values():
        installs = [
            line
            for line in _runs(job).splitlines()
            if "pip install" in line and not line.strip().endswith("--upgrade pip")
        ]
        assert installs and all("-c installer/release-requirements.txt" in i for i in installs)
