"""Call-backs (叫应) made from a warning: everyone who must be reached in the villages it
concerns, one row each, and the answer recorded the moment it comes.

A warning is passed on by phone until a named person answers. The people to call are the
active village leads, responsible persons and monitors of the villages concerned; one
already called for this warning is not added twice, so pressing 叫应 again after adding a
village only adds that village's people.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Store

CALLED_ROLES = ("village_lead", "responsible", "monitor")
"""Who is called back for a warning (DESIGN: village lead, responsible person, monitor)."""


def people_to_call(store: Store, warning_id: int, villages: Iterable[str]) -> list[int]:
    """Active contacts of ``CALLED_ROLES`` in ``villages`` not yet called for the warning,
    by village in the order given, then by role and name."""
    wanted = [v.strip() for v in villages if v and v.strip()]
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    order = " ".join(f"WHEN ? THEN {i}" for i in range(len(wanted)))
    roles = ", ".join("?" for _ in CALLED_ROLES)
    rows = store.conn.execute(
        f"SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND c.status = 'active' "
        f"AND c.role IN ({roles}) AND trim(c.village) IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM warning_callbacks k WHERE k.warning_id = ? "
        "AND k.contact_id = c.id AND k.deleted_at IS NULL) "
        f"ORDER BY CASE trim(c.village) {order} END, "
        "CASE c.role WHEN 'village_lead' THEN 0 WHEN 'responsible' THEN 1 ELSE 2 END, c.name, c.id",
        [*CALLED_ROLES, *wanted, warning_id, *wanted],
    )
    return [int(r[0]) for r in rows]


def villages_with_people(store: Store) -> list[str]:
    """Villages where someone would be called, for an office whose settings list none."""
    roles = ", ".join("?" for _ in CALLED_ROLES)
    rows = store.conn.execute(
        "SELECT DISTINCT trim(village) AS v FROM contacts WHERE deleted_at IS NULL "
        f"AND status = 'active' AND role IN ({roles}) AND nullif(trim(village), '') IS NOT NULL "
        "ORDER BY v",
        list(CALLED_ROLES),
    )
    return [str(r[0]) for r in rows]


def call_back(store: Store, warning_id: int, villages: Iterable[str], at: str) -> list[int]:
    """Add a call-back row (not answered yet, time ``at``) for each person to call; all of
    them or none. Returns the new rows' ids."""
    people = people_to_call(store, warning_id, villages)
    if not people:
        return []
    with store.bulk_insert() as insert:
        return [
            insert("warning_callbacks", {"warning_id": warning_id, "contact_id": contact,
                                         "called_at": at, "answered": "no"})
            for contact in people
        ]  # fmt: skip


def record_answer(store: Store, callback_id: int, answered: bool, at: str) -> None:
    """The person answered (or did not) at ``at``: the row's time and answer, audited."""
    store.update(
        "warning_callbacks", callback_id, {"called_at": at, "answered": "yes" if answered else "no"}
    )
