"""Last year's hazard ledger, as offices keep it: hazards marked 已销号 with no 验收人 column.

The form's sign-off rule is right for new edits; an old ledger breaking it is not the user's
fault, so the import takes such rows, lists them as warnings, and the Overview (and
``check --json``) asks for the verifier. Real errors stay errors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from openpyxl import Workbook

from emergency_desk.io.importer import apply_import, prepare_import
from emergency_desk.rules.alerts import evaluate
from emergency_desk.schema import ValidationError
from emergency_desk.store import Store

HEADER = ["排查日期", "隐患名称", "隐患等级", "隐患类别", "整改状态", "完成日期"]


def _ledger(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def old_ledger(tmp_path: Path) -> Path:
    return _ledger(
        tmp_path / "2025年隐患台账.xlsx",
        [
            ["2025-03-02", "河堤冲刷", "一般", "防汛", "已销号", "2025-04-01"],
            ["2025-05-10", "加油站消防器材过期", "一般", "消防", "已整改", "2025-05-20"],
        ],
    )


def test_closed_without_verifier_is_imported_with_a_warning(store: Store, old_ledger) -> None:
    plan = prepare_import(store, "hazards", old_ledger)
    assert plan.ok and plan.problems == []
    assert [(w.row, w.zh) for w in plan.warnings] == [
        (2, "已销号但无验收人：照原样导入，请在“工作概览”中补填验收人。")
    ]
    assert apply_import(store, plan) == 2
    closed = store.db.execute(
        "SELECT id, status, verified_by FROM hazards WHERE name = '河堤冲刷'"
    ).fetchone()
    assert closed[1:] == ("closed", None)
    groups = evaluate(store, "2026-01-10")
    assert groups["hazards_closed_unverified"].ids == (closed[0],)
    assert groups["hazards_closed_unverified"].spec.zh == "已销号但无验收人"


def test_the_form_still_refuses_closing_without_verifier(store: Store, old_ledger) -> None:
    apply_import(store, prepare_import(store, "hazards", old_ledger))
    hid = store.db.execute("SELECT id FROM hazards WHERE name = '河堤冲刷'").fetchone()[0]
    with pytest.raises(ValidationError) as err:
        store.update("hazards", hid, {"description": "补记"})
    assert "验收人" in " ".join(err.value.messages("zh"))
    store.update("hazards", hid, {"verified_by": "王主任"})
    assert evaluate(store, "2026-01-10")["hazards_closed_unverified"].ids == ()


def test_real_errors_stay_errors(store: Store, tmp_path: Path) -> None:
    path = _ledger(
        tmp_path / "bad.xlsx",
        [
            ["2025-03-02", "河堤冲刷", "一般", "防汛", "已销号", "2025-04-01"],
            ["2025-02-30", "桥梁裂缝", "特别大", "防汛", "未整改", None],
        ],
    )
    plan = prepare_import(store, "hazards", path)
    assert not plan.ok
    assert {p.row for p in plan.problems} == {3}
    assert [w.row for w in plan.warnings] == [2]


def test_cli_imports_and_check_json_counts(tmp_path: Path, old_ledger: Path) -> None:
    db = tmp_path / "office.db"
    done = run_cli("--db", str(db), "import", "hazards", str(old_ledger), lang="zh_CN.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "第2行：已销号但无验收人" in done.stderr
    check = run_cli("--db", str(db), "check", "--json", "--today", "2026-01-10")
    doc = json.loads(check.stdout)
    assert doc["alerts"]["hazards_closed_unverified"] == 1
