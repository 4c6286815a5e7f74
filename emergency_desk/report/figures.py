"""All the numbers of one year's summary, gathered once from the store.

The text modules and the problem finder read only this object, so the same figures feed
the Chinese and the English document and the preview in the app.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..rules.settings import RuleSettings, load_settings
from ..schema import TABLES
from ..store import Store
from ..store.summary_details import ActivityPlaces, DrillDetails, activity_places, drill_details
from ..store.summary_incidents import (
    DutyEvent,
    IncidentFigures,
    Limits,
    MovedBeforeStorms,
    incident_figures,
    moved_before_storms,
    significant_events,
)
from ..store.summary_ledgers import LedgerFigures, ledger_figures
from ..store.summary_queries import (
    ActivityFigures,
    DrillFigures,
    DutyFigures,
    HazardFigures,
    MaterialFigures,
    PlanFigures,
    activity_figures,
    drill_figures,
    duty_figures,
    hazard_figures,
    material_figures,
    plan_figures,
)
from .year_on_year import PreviousYear, previous_year

_CJK = re.compile(r"[\u3400-\u9fff]")

OFFICE_FALLBACK = {"zh": "本单位", "en": ""}


@dataclass(frozen=True)
class SummaryFigures:
    year: int
    today: dt.date
    office_zh: str
    office_en: str
    settings: RuleSettings
    plans: PlanFigures
    drills: DrillFigures
    drill_details: DrillDetails  # ratings, problems found, scenarios
    hazards: HazardFigures
    activities: ActivityFigures
    activity_places: ActivityPlaces  # where, and with whom
    materials: MaterialFigures
    duty: DutyFigures
    ledgers: LedgerFigures
    ledgers_prev: LedgerFigures | None  # last year's, for the comparison; None if empty
    incidents: IncidentFigures
    incidents_prev: IncidentFigures | None  # last year's at its end; None if it had none
    events: list[DutyEvent]  # the duty log's significant events (when there are no incidents)
    moved: MovedBeforeStorms  # people moved before storms, as the call-backs report
    previous: PreviousYear  # last year's main figures, for "同比"

    def office(self, lang: str) -> str:
        return self.office_zh if lang == "zh" else self.office_en

    @property
    def as_of(self) -> dt.date:
        """The date the summary speaks of: the report date, at most the year's end."""
        return min(self.today, dt.date(self.year, 12, 31))

    @property
    def partial(self) -> bool:
        """The document is dated before the year's end: never "全年" or "年底"."""
        return self.as_of < dt.date(self.year, 12, 31)

    @property
    def has_data(self) -> bool:
        """Anything at all in the year up to the summary's date."""
        return bool(
            self.plans.in_force_total or self.plans.issued or self.plans.revised
            or self.drills.total or self.hazards.found or self.activities.total
            or self.materials.items or self.duty.entries or self.duty.days_rostered
            or self.ledgers.has_data or self.incidents.count
        )  # fmt: skip


def office_names(settings: RuleSettings) -> tuple[str, str]:
    zh = (settings.office_name or "").strip()
    # Optional; a Chinese name is not put in an English title.
    en = (settings.office_name_en or "").strip()
    if not en and zh and not _CJK.search(zh):
        en = zh
    return zh or OFFICE_FALLBACK["zh"], en


def collect(store: Store, year: int, today: dt.date | None = None) -> SummaryFigures:
    """Every figure as of the summary's date: the year's end, or ``today`` (the document's
    date) if that comes first; records entered after ``today`` do not count."""
    today = today or dt.date.today()
    as_of = min(today, dt.date(year, 12, 31))
    settings = load_settings(store)
    office_zh, office_en = office_names(settings)
    return SummaryFigures(
        year=year,
        today=today,
        office_zh=office_zh,
        office_en=office_en,
        settings=settings,
        plans=plan_figures(store, year, as_of, settings.review_years, today),
        drills=drill_figures(store, year, as_of, today),
        drill_details=drill_details(store, year, as_of, today),
        hazards=hazard_figures(store, year, as_of, today),
        activities=activity_figures(store, year, as_of, today),
        activity_places=activity_places(store, year, as_of, today, office_zh),
        materials=material_figures(store, year, as_of, settings.material_expiring_days, today),
        duty=duty_figures(store, year, as_of, settings.report_limits),
        ledgers=ledger_figures(store, year, as_of, today),
        ledgers_prev=_previous_ledgers(store, year, today),
        **_incident_parts(store, year, as_of, today, settings),
        previous=previous_year(store, year, today, settings.review_years),
    )


def _incident_parts(
    store: Store, year: int, as_of: dt.date, today: dt.date, settings: RuleSettings
) -> dict[str, Any]:
    """The incidents section's figures: this year's as of the date, last year's at its end."""
    limits = Limits(
        settings.incident_initial_minutes,
        settings.incident_followup_hours,
        settings.incident_verified_days,
    )
    end = dt.date(year - 1, 12, 31)
    prev = incident_figures(store, year - 1, end, min(today, end), limits)
    return {
        "incidents": incident_figures(store, year, as_of, today, limits),
        "incidents_prev": prev if prev.count else None,
        "events": significant_events(store, year, as_of, today),
        "moved": moved_before_storms(store, year, as_of, today),
    }


def _previous_ledgers(store: Store, year: int, today: dt.date) -> LedgerFigures | None:
    """Last year's ledgers as they stood at its end (records entered since then may have
    been there all along, but last year's summary could not count them); None if empty."""
    end = dt.date(year - 1, 12, 31)
    prev = ledger_figures(store, year - 1, end, min(today, end))
    return prev if prev.has_data else None


def in_schema_order(counts: dict[str, int], table: str, field: str) -> dict[str, int]:
    """Counts in the order the schema lists the choices (levels, forms, kinds)."""
    keys = TABLES[table].field(field).choice_keys
    return {k: counts[k] for k in keys if counts.get(k)}


MAIN_SHOWN = 4  # categories named one by one before the rest are summed as "other"


def main_and_rest(counts: dict[str, int], table: str, field: str) -> tuple[dict[str, int], int]:
    """The main categories by size and the sum of the rest ("other" included): an office
    names its four biggest and adds up the remainder, never listing eleven."""
    ordered = largest_first(counts, table, field)
    named = {k: n for k, n in ordered.items() if k != "other"}
    main = named if len(named) <= MAIN_SHOWN + 1 else dict(list(named.items())[:MAIN_SHOWN])
    return main, sum(ordered.values()) - sum(main.values())


def largest_first(counts: dict[str, int], table: str, field: str) -> dict[str, int]:
    """Counts largest first, ties in schema order (categories, types); "other" always last,
    as an office lists them (其他 never stands in the middle of a list)."""
    keys = TABLES[table].field(field).choice_keys
    rank = {k: i for i, k in enumerate(keys)}
    items = sorted(
        counts.items(), key=lambda kv: (kv[0] == "other", -kv[1], rank.get(kv[0], len(rank)))
    )
    return {k: n for k, n in items if n}
