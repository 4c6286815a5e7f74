"""One readable line per flagged team, information officer, shelter or risk point: the
record's name and what put it on the list (the date it was last done, what is missing)."""

from __future__ import annotations

from typing import Any


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _day(value: Any, lang: str) -> str:
    from .alert_rows import _day as day  # the one way alert lines write a date

    return day(value, lang)


def _last(value: Any, lang: str, zh_done: str, en_done: str) -> str:
    if not value:
        return _t(lang, f"从未{zh_done}", f"never {en_done}")
    return _t(lang, f"最近{zh_done} {_day(value, lang)}", f"last {en_done} {_day(value, lang)}")


def village_line(village: str, lang: str) -> str:
    return village + _t(lang, "：无在岗灾害信息员", " — no active information officer")


def ledger_line(key: str, row: dict[str, Any], lang: str) -> str:
    """The line for ``row`` under the group ``key``."""
    if key == "teams_untrained":
        return (
            row["name"]
            + _t(lang, "：", " — ")
            + _last(row.get("last_trained_on"), lang, "训练", "trained")
        )
    if key == "info_officers_untrained":
        where = row.get("village") or ""
        who = (
            f"{row['name']}（{where}）"
            if where and lang == "zh"
            else (f"{row['name']} ({where})" if where else row["name"])
        )
        return who + _t(lang, "：", " — ") + _last(row.get("trained_on"), lang, "培训", "trained")
    if key == "shelters_uninspected":
        return (
            row["name"]
            + _t(lang, "：", " — ")
            + _last(row.get("last_inspected_on"), lang, "检查", "inspected")
        )
    name = row["name"]
    if key == "risk_points_unmonitored":
        missing = (
            _t(lang, "未落实监测人", "no monitor")
            if not row.get("monitor")
            else _t(lang, "监测人无联系电话", "the monitor has no phone")
        )
        return name + _t(lang, f"：{missing}", f" — {missing}")
    if key == "risk_points_without_shelter":
        return name + _t(lang, "：未明确避险场所", " — no shelter named")
    issued = row.get("cards_issued_on")
    if lang != "zh":
        when = f"last handed out {_day(issued, lang)}" if issued else "never handed out"
        return f"{name} — the two cards {when}"
    return name + "：" + _last(issued, lang, "发放“两卡”", "")


def warning_line(row: dict[str, Any], tally: dict[str, int], minutes: int, lang: str) -> str:
    """A warning not called back in time: when, what, and how its call-backs stand."""
    from ..schema import TABLES

    table = TABLES["warnings"]
    kind = table.field("kind").choice_label(row.get("kind"), lang)
    color = table.field("color").choice_label(row.get("color"), lang)
    when = _day(row.get("received_at"), lang)
    made = tally["made"]
    if lang == "zh":
        head = f"{when} {kind}{color}预警："
        if not made:
            return head + "未叫应"
        parts = [f"叫应{made}人"]
        if tally["unanswered"]:
            parts.append(f"{tally['unanswered']}人未应答")
        if tally["late"]:
            parts.append(f"{tally['late']}人超过{minutes}分钟")
        return head + "，".join(parts)
    head = f"{kind} {color.lower()} warning of {when} — "
    if not made:
        return head + "nobody called back"
    parts = [f"{made} called"]
    if tally["unanswered"]:
        parts.append(f"{tally['unanswered']} not answered")
    if tally["late"]:
        parts.append(f"{tally['late']} after {minutes} minutes")
    return head + ", ".join(parts)
