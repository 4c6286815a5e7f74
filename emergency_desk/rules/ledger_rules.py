"""The other ledgers' rules (teams, contacts, shelters, risk points): their SQL in
``store.ledger_alert_queries``, their intervals in months counted on the calendar."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..store import ledger_alert_queries as lq
from .settings import RuleSettings

if TYPE_CHECKING:
    from ..store import Store


def months_before(day: dt.date, months: int) -> str:
    """The ISO day ``months`` months before ``day`` (31 March less one month: 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    if year < dt.MINYEAR:
        return dt.date.min.isoformat()
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d).isoformat()
        except ValueError:
            continue
    raise AssertionError(day)


def ledger_alert(
    key: str, store: Store, day: dt.date, s: RuleSettings
) -> tuple[list[Any], int | None]:
    """The other ledgers' rules: teams, contacts, shelters, risk points."""
    match key:
        case "teams_untrained":
            n = s.team_training_months
            return lq.teams_untrained(store, months_before(day, n)), n
        case "info_officers_untrained":
            n = s.officer_training_months
            return lq.info_officers_untrained(store, months_before(day, n)), n
        case "villages_without_info_officer":
            covered = lq.villages_with_info_officer(store)
            return [v for v in s.village_list if v not in covered], None
        case "shelters_uninspected":
            n = s.shelter_inspection_months
            return lq.shelters_uninspected(store, months_before(day, n)), n
        case "risk_points_unmonitored":
            return lq.risk_points_unmonitored(store), None
        case "risk_points_without_shelter":
            return lq.risk_points_without_shelter(store), None
        case "risk_points_cards_due":
            n = s.cards_renewal_months
            return lq.risk_points_cards_due(store, months_before(day, n)), n
    raise KeyError(key)
