"""The hazard workflow (open → rectifying → rectified → closed, reopen with a reason)
and the duty steps (reported up, handover), checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest

from emergency_desk.schema import ValidationError
from emergency_desk.store import Store
from emergency_desk.store.workflows import (
    WorkflowError,
    change_hazard_status,
    hazard_history,
    hazard_moves,
    mark_reported_up,
    open_duty_entries,
    record_handover,
)


@pytest.fixture
def hid(store: Store) -> int:
    return store.insert(
        "hazards",
        {
            "found_on": "2024-03-01",
            "name": "河堤冲刷",
            "category": "flood",
            "deadline": "2024-05-01",
        },
    )


def test_full_path_to_closed_is_logged(store: Store, hid: int) -> None:
    change_hazard_status(store, hid, "rectifying", reason="已落实责任单位")
    change_hazard_status(store, hid, "rectified", on="2024-04-20")
    change_hazard_status(store, hid, "closed", verified_by="王科长")
    row = store.get("hazards", hid)
    assert (row["status"], row["rectified_on"], row["verified_by"]) == (
        "closed",
        "2024-04-20",
        "王科长",
    )
    steps = [(h["from_status"], h["to_status"], h["reason"]) for h in hazard_history(store, hid)]
    assert steps == [
        (None, "open", None),
        ("open", "rectifying", "已落实责任单位"),
        ("rectifying", "rectified", None),
        ("rectified", "closed", None),
    ]


def test_rectified_without_date_is_refused_and_nothing_changes(store: Store, hid: int) -> None:
    with pytest.raises(ValidationError) as err:
        change_hazard_status(store, hid, "rectified")
    assert err.value.fields() == {"rectified_on"}
    assert "完成日期" in err.value.messages("zh")[0]
    assert store.get("hazards", hid)["status"] == "open"
    assert len(hazard_history(store, hid)) == 1


def test_rectified_before_found_is_refused(store: Store, hid: int) -> None:
    with pytest.raises(ValidationError) as err:
        change_hazard_status(store, hid, "rectified", on="2024-02-01")
    assert "不能早于" in err.value.messages("zh")[0]


def test_closed_needs_verifier(store: Store, hid: int) -> None:
    change_hazard_status(store, hid, "rectified", on="2024-04-01")
    with pytest.raises(ValidationError) as err:
        change_hazard_status(store, hid, "closed", verified_by="  ")
    assert err.value.fields() == {"verified_by"}
    assert err.value.messages("en") == ["Closing a hazard needs “Verified by”."]
    assert store.get("hazards", hid)["status"] == "rectified"


@pytest.mark.parametrize(
    ("path", "to", "code", "zh"),
    [
        ((), "closed", "bad_transition", "隐患不能从“待整改”直接改为“已销号”。"),
        (("rectifying",), "closed", "bad_transition", "隐患不能从“整改中”直接改为“已销号”。"),
        ((), "open", "same_status", "隐患已经是“待整改”状态。"),
    ],
)
def test_steps_that_skip_or_repeat_are_refused(
    store: Store, hid: int, path, to, code: str, zh: str
) -> None:
    for step in path:
        change_hazard_status(store, hid, step)
    with pytest.raises(WorkflowError) as err:
        change_hazard_status(store, hid, to, on="2024-04-01", verified_by="王")
    assert err.value.code == code
    assert err.value.message("zh") == zh


def test_reopen_needs_a_reason_and_clears_the_completion(store: Store, hid: int) -> None:
    change_hazard_status(store, hid, "rectified", on="2024-04-01")
    change_hazard_status(store, hid, "closed", verified_by="王科长")
    with pytest.raises(WorkflowError) as err:
        change_hazard_status(store, hid, "open", reason="   ")
    assert err.value.code == "reason_required"
    assert err.value.message("en") == "Give a reason for sending the hazard back to “Open”."
    assert store.get("hazards", hid)["status"] == "closed"
    change_hazard_status(store, hid, "open", reason="复查发现再次渗漏")
    row = store.get("hazards", hid)
    assert (row["status"], row["rectified_on"], row["verified_by"]) == ("open", None, None)
    last = hazard_history(store, hid)[-1]
    assert (last["from_status"], last["to_status"], last["reason"]) == (
        "closed",
        "open",
        "复查发现再次渗漏",
    )


def test_moves_offered() -> None:
    assert hazard_moves("open") == [("rectifying", False), ("rectified", False)]
    assert hazard_moves("closed") == [("rectifying", True), ("open", True)]


def test_deleted_hazard_cannot_move(store: Store, hid: int) -> None:
    store.delete("hazards", hid)
    with pytest.raises(WorkflowError):
        change_hazard_status(store, hid, "rectifying")


# -- duty ------------------------------------------------------------------------------
def entry(store: Store, received: str, **kw) -> int:
    return store.insert(
        "duty_log", {"received_at": received, "type": "flood", "summary": "河水上涨", **kw}
    )


def test_reported_up_stamps_once(store: Store) -> None:
    eid = entry(store, "2024-06-15 10:00", level="larger")
    stamp = mark_reported_up(store, eid, at="2024-06-15 10:20", to="县应急管理局")
    assert stamp == "2024-06-15 10:20"
    row = store.get("duty_log", eid)
    assert (row["reported_up_at"], row["reported_to"]) == ("2024-06-15 10:20", "县应急管理局")
    with pytest.raises(WorkflowError) as err:
        mark_reported_up(store, eid)
    assert "2024-06-15 10:20" in err.value.message("zh")


def test_reported_up_defaults_to_now(store: Store) -> None:
    eid = entry(store, "2024-06-15 10:00")
    before = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    stamp = mark_reported_up(store, eid)
    after = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    assert before <= stamp <= after  # this minute, as the clock reads it
    assert store.get("duty_log", eid)["reported_up_at"] == stamp


def test_handover_lists_open_entries_and_closes_finished_ones(store: Store) -> None:
    a = entry(store, "2024-06-15 08:00")
    b = entry(store, "2024-06-15 09:00")
    c = entry(store, "2024-06-15 07:00", status="closed")
    assert [r["id"] for r in open_duty_entries(store)] == [b, a]
    hid = record_handover(
        store,
        at="2024-06-15 17:00",
        from_officer="张三",
        to_officer="李四",
        notes="河水上涨继续关注",
        close_ids=(a,),
    )
    assert store.get("duty_handovers", hid)["to_officer"] == "李四"
    assert [r["id"] for r in open_duty_entries(store)] == [b]
    assert store.get("duty_log", c)["status"] == "closed"


def test_handover_refused_keeps_entries_open(store: Store) -> None:
    a = entry(store, "2024-06-15 08:00")
    with pytest.raises(ValidationError):
        record_handover(
            store, at="2024-06-15 17:00", from_officer="张三", to_officer="", close_ids=(a,)
        )
    assert store.get("duty_log", a)["status"] == "open"
