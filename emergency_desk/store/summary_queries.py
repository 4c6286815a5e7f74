"""The figures of the annual summary, each one an SQL aggregate over the live records.

This is the only place the report's SQL lives: the report layer receives plain
dataclasses and never counts rows itself, so a figure in the Word file is always what
the database says for that year, and records in the recycle bin never count.

The queries live one register (or pair) a module — ``summary_plans_drills``,
``summary_hazards``, ``summary_activities``, ``summary_materials``, ``summary_duty`` —
over the shared readers in ``summary_sql``; this module is the one the report imports.
"""

from __future__ import annotations

from .summary_activities import ActivityFigures, activity_figures
from .summary_duty import DutyFigures, LateReport, duty_figures
from .summary_hazards import HazardFigures, HazardOverdue, hazard_figures, hazard_rows
from .summary_materials import MaterialFigures, StockLine, material_figures, material_rows
from .summary_plans_drills import (
    DrillFigures,
    DrillNamed,
    PlanDue,
    PlanFigures,
    drill_figures,
    drill_rows,
    plan_figures,
)
from .summary_sql import LIVE

__all__ = [
    "LIVE",
    "ActivityFigures",
    "DrillFigures",
    "DrillNamed",
    "DutyFigures",
    "HazardFigures",
    "HazardOverdue",
    "LateReport",
    "MaterialFigures",
    "PlanDue",
    "PlanFigures",
    "StockLine",
    "activity_figures",
    "drill_figures",
    "drill_rows",
    "duty_figures",
    "hazard_figures",
    "hazard_rows",
    "material_figures",
    "material_rows",
    "plan_figures",
]
