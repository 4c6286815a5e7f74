"""When sample records were "entered": the demo writes two years in a few seconds, but a
summary dated in the past leaves out records entered after its date (DESIGN "Figures are
as of a date"). So the demo dates each record's entry by the day it describes, as an
office entering its ledgers as it goes would have.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..schema import TABLES

if TYPE_CHECKING:
    from .facade import Store

# Records with no date of their own are entered with the first thing that happened to them.
_FIRST_USE = {
    "materials": "(SELECT min(s.moved_on) FROM stock_movements s WHERE s.material_id = {t}.id)",
    "reserve_points": "(SELECT min(s.moved_on) FROM stock_movements s JOIN materials m "
    "ON m.id = s.material_id WHERE m.point_id = {t}.id)",
    "drill_actions": "(SELECT d.held_on FROM drills d WHERE d.id = {t}.drill_id)",
}


def date_entries_by_their_dates(store: Store, first_day: dt.date) -> None:
    """Set every record's ``created_at``/``updated_at`` to 09:00 on its own date (its first
    movement for an item or a point), or ``first_day`` when it has none; never later than
    it already is. Run by the demo inside its transaction."""
    for name, t in TABLES.items():
        if t.date_field:
            own = f'substr("{t.date_field}", 1, 10)'
        elif name in _FIRST_USE:
            own = _FIRST_USE[name].format(t=f'"{name}"')
        else:
            own = "NULL"
        entered = f"coalesce({own}, ?) || ' 09:00:00'"
        store.db.execute(
            f'UPDATE "{name}" SET created_at = min(created_at, {entered}), '
            f"updated_at = min(updated_at, {entered})",
            [first_day.isoformat(), first_day.isoformat()],
        )
