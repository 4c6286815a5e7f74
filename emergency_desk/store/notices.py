"""The numbers of rectification notices: one series per year, kept on the hazard.

A notice handed to a unit is quoted back in its receipt and in the re-inspection
opinion, so its number must never change: it is given the first time the notice is
printed, written on the hazard (with an audit entry like any change), and a reprint
reads it back. Numbers of deleted hazards are not given again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Store

_NUMBER = re.compile(r"〔(\d{4})〕第(\d+)号")


def notice_number_text(year: int, n: int) -> str:
    return f"〔{year}〕第{n}号"


def next_notice_number(store: Store, year: int) -> str:
    """The number after the highest of ``year`` on any hazard, live or in the bin."""
    prefix = f"〔{year}〕"
    highest = 0
    for (text,) in store.db.execute(
        "SELECT notice_number FROM hazards WHERE substr(notice_number, 1, ?) = ?",
        [len(prefix), prefix],
    ):
        m = _NUMBER.fullmatch(str(text or "").strip())
        if m:
            highest = max(highest, int(m.group(2)))
    return notice_number_text(year, highest + 1)


def assign_notice_number(store: Store, hazard_id: int, year: int) -> str:
    """The hazard's notice number, given now (in one transaction) if it has none."""
    with store.transaction():
        current = (store.get("hazards", hazard_id).get("notice_number") or "").strip()
        if current:
            return str(current)
        number = next_notice_number(store, year)
        store.update("hazards", hazard_id, {"notice_number": number})
    return number
