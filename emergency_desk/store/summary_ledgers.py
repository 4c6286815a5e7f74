"""The summary's figures for the other ledgers: rescue teams, the information-officer
network, refuge places, risk points, and the warnings received and called back (叫应).

As everywhere in the summary, a record counts only if it had been entered by the
document's date (``known_by``); dates of training, inspection and cards count when they
fall in the year up to the day the summary speaks of.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .facade import Store
from .summary_sql import as_of_params, counts, known_by


@dataclass(frozen=True)
class LedgerFigures:
    teams: int
    team_members: int
    teams_by_kind: dict[str, int]
    teams_trained: int
    officers: int
    officer_villages: int
    officers_trained: int
    shelters: int
    shelter_capacity: int
    shelters_inspected: int
    risk_points: int
    households: int
    persons: int
    cards_issued: int
    warnings: int
    warnings_by_color: dict[str, int]
    callbacks: int
    callbacks_answered: int
    warnings_called: int  # orange and red warnings with at least one call-back
    warnings_relayed: int = 0  # warnings passed on (a relay time kept)

    @property
    def warnings_high(self) -> int:
        """Orange and red warnings: those every one of which is to be called back."""
        return self.warnings_by_color.get("orange", 0) + self.warnings_by_color.get("red", 0)

    @property
    def has_data(self) -> bool:
        return bool(self.teams or self.officers or self.shelters or self.risk_points
                    or self.warnings)  # fmt: skip


def ledger_figures(
    store: Store, year: int, as_of: dt.date | None = None, doc_date: dt.date | None = None
) -> LedgerFigures:
    """The ledgers as they stood on ``as_of`` (at most the year's end)."""
    p = as_of_params(year, as_of or dt.date(year, 12, 31), doc_date)
    in_year = "BETWEEN :start AND :day"
    one = store.db.execute

    teams_where = (
        f"FROM teams WHERE {known_by()} AND status = 'active' "
        "AND (nullif(established_on, '') IS NULL OR established_on <= :day)"
    )
    teams, members, trained = one(
        "SELECT count(*), coalesce(sum(members), 0), "
        f"coalesce(sum(last_trained_on {in_year}), 0) {teams_where}",
        p,
    ).fetchone()
    by_kind = counts(store, f"SELECT kind, count(*) {teams_where} GROUP BY kind", p)

    officers, villages, officers_trained = one(
        "SELECT count(*), count(DISTINCT nullif(trim(village), '')), "
        f"coalesce(sum(trained_on {in_year}), 0) FROM contacts "
        f"WHERE {known_by()} AND role = 'info_officer' AND status = 'active'",
        p,
    ).fetchone()
    shelters, capacity, inspected = one(
        "SELECT count(*), coalesce(sum(capacity), 0), "
        f"coalesce(sum(last_inspected_on {in_year}), 0) FROM shelters "
        f"WHERE {known_by()} AND status <> 'closed'",
        p,
    ).fetchone()
    points, households, persons, cards = one(
        "SELECT count(*), coalesce(sum(households), 0), coalesce(sum(persons), 0), "
        f"coalesce(sum(cards_issued_on {in_year}), 0) FROM risk_points "
        f"WHERE {known_by()} AND status = 'monitoring'",
        p,
    ).fetchone()

    received = f"{known_by('w')} AND substr(w.received_at, 1, 10) {in_year}"
    by_color = counts(
        store, f"SELECT w.color, count(*) FROM warnings w WHERE {received} GROUP BY w.color", p
    )
    calls, answered, called = one(
        "SELECT count(c.id), coalesce(sum(c.answered = 'yes'), 0), "
        "count(DISTINCT CASE WHEN w.color IN ('orange', 'red') THEN c.warning_id END) "
        f"FROM warnings w JOIN warning_callbacks c ON c.warning_id = w.id "
        f"WHERE {received} AND {known_by('c')} AND substr(c.called_at, 1, 10) <= :day",
        p,
    ).fetchone()
    (relayed,) = one(
        f"SELECT count(*) FROM warnings w WHERE {received} "
        "AND nullif(w.relayed_at, '') IS NOT NULL AND substr(w.relayed_at, 1, 10) <= :day",
        p,
    ).fetchone()
    return LedgerFigures(
        teams=int(teams), team_members=int(members), teams_by_kind=by_kind,
        teams_trained=int(trained), officers=int(officers), officer_villages=int(villages),
        officers_trained=int(officers_trained), shelters=int(shelters),
        shelter_capacity=int(capacity), shelters_inspected=int(inspected),
        risk_points=int(points), households=int(households), persons=int(persons),
        cards_issued=int(cards), warnings=sum(by_color.values()), warnings_by_color=by_color,
        callbacks=int(calls), callbacks_answered=int(answered), warnings_called=int(called),
        warnings_relayed=int(relayed),
    )  # fmt: skip
