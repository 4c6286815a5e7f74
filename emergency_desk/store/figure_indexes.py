"""Covering indexes for the annual summary's figures (and the Overview's rules) on the two
big registers.

The list indexes (``list_indexes``) find a year's rows by date, but every figure then
reads each row from the table: a year of a million-entry duty log is ~100,000 random
table reads per pass. With the columns a figure reads in the index too, a pass reads
only the index's range: the entries with a level that must be reported up, in the
year, with both times; the year's hazards with what is counted of them.

Open hazards get a partial index: "still overdue from earlier years" asks about every
year before the report's, and only the open ones count — a few thousand index entries
instead of the whole register. Its WHERE must stay word for word what
``summary_queries`` writes, or SQLite cannot prove the index applies.
"""

from __future__ import annotations

from ..schema import RECTIFIED_STATUSES

OPEN_HAZARD = (
    "deleted_at IS NULL AND status NOT IN (" + ", ".join(f"'{s}'" for s in RECTIFIED_STATUSES) + ")"
)
# The open major hazards (重大隐患), most urgent first: a few hundred, where the grade
# index holds every major hazard ever found.
OPEN_MAJOR_HAZARD = OPEN_HAZARD + " AND grade = 'major'"
# Plans in force, and each plan's live drills by date: "in force and not drilled within
# its interval" reads these two indexes alone, not every plan's and drill's row.
IN_FORCE_PLAN = "deleted_at IS NULL AND status = 'in_force'"
LIVE_ROW = "deleted_at IS NULL"
# Closed (销号) without a verifier, and corrective actions not done: what a rule lists.
CLOSED_UNVERIFIED = (
    "deleted_at IS NULL AND status = 'closed' AND trim(coalesce(verified_by, '')) = ''"
)
OPEN_ACTION = "deleted_at IS NULL AND done_on IS NULL"
MONITORED_POINT = "deleted_at IS NULL AND status = 'monitoring'"  # risk points watched
# Rectified or closed: those completed after a summary's day were still open on it.
DONE_HAZARD = (
    "deleted_at IS NULL AND status IN (" + ", ".join(f"'{s}'" for s in RECTIFIED_STATUSES) + ")"
)
# Stock movements by entry time: the summary's stock on a day is the cached quantity less
# what came after, and a movement entered after the document's date is found through it.
STOCK_CREATED_INDEX = "idx_stock_movements_created_at"

# The report-up rule (``alert_queries.duty_reported_late``) asks which serious entries were
# reported late or not at all. Read through the level index it judged every such entry
# ever logged (240,000 of 4,000,000), though one in ten is late. Two partial indexes let
# it read little more than its answer: the reported entries by level and report delay in
# minutes (a range "delay above the limit" per level, the limits being settings), and the
# entries with a level not reported at all. The delay is only computed for times written
# the way the app writes them ("2025-03-02 10:00", seconds allowed); any other text gives
# NULL, and those entries are read and judged as before, so the answer is the same.
_STAMP = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]"


def _plain_time(col: str) -> str:
    return f"({col} GLOB '{_STAMP}' OR {col} GLOB '{_STAMP}:[0-9][0-9]')"


REPORT_DELAY = (
    f"(CASE WHEN {_plain_time('received_at')} AND {_plain_time('reported_up_at')} "
    "THEN (julianday(reported_up_at) - julianday(received_at)) * 1440 END)"
)
DUTY_REPORTED = "deleted_at IS NULL AND reported_up_at IS NOT NULL"
DUTY_UNREPORTED = "deleted_at IS NULL AND reported_up_at IS NULL AND level <> 'none'"

YEAR_AS_OF_COLUMNS = (
    "deleted_at", "found_on", "created_at", "grade", "category", "status", "funds",
    "rectified_on", "deadline",
)  # fmt: skip
# (index name, table, columns (an expression in brackets), partial WHERE or "")
FIGURE_INDEXES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    (
        "idx_duty_log_level_reports",
        "duty_log",
        ("deleted_at", "level", "received_at", "reported_up_at"),
        "",
    ),
    (
        "idx_hazards_year_figures",
        "hazards",
        ("deleted_at", "found_on", "grade", "category", "status", "funds"),
        "",
    ),
    # The year's hazards as of a date: with the entry time, the completion date and the
    # deadline in the index too, the summary's passes over a year read the index's range
    # only, not ~10,000 table rows scattered over a county's whole register.
    (
        "idx_hazards_year_as_of",
        "hazards",
        YEAR_AS_OF_COLUMNS,
        "",
    ),
    ("idx_hazards_open_found_on", "hazards", ("found_on", "deadline"), OPEN_HAZARD),
    # Earlier hazards completed only after the summary's day (or with no date): by their
    # completion date, with what the count asks of them, so no table row is read.
    (
        "idx_hazards_done_rectified_on",
        "hazards",
        ("rectified_on", "found_on", "deadline", "created_at"),
        DONE_HAZARD,
    ),
    # The Overview's overdue and due-soon hazards: the open ones by deadline, a few
    # thousand entries, not every hazard with a past deadline (``alert_queries``).
    ("idx_hazards_open_deadline", "hazards", ("deadline",), OPEN_HAZARD),
    ("idx_hazards_closed_unverified", "hazards", ("found_on",), CLOSED_UNVERIFIED),
    ("idx_plans_in_force", "plans", ("issued_on", "category", "level"), IN_FORCE_PLAN),
    ("idx_drills_plan_held_on_live", "drills", ("plan_id", "held_on"), LIVE_ROW),
    (
        "idx_hazards_open_major",
        "hazards",
        ("(coalesce(deadline, '9999'))", "found_on"),
        OPEN_MAJOR_HAZARD,
    ),
    ("idx_drill_actions_open_due_on", "drill_actions", ("due_on",), OPEN_ACTION),
    (
        "idx_duty_log_report_delay",
        "duty_log",
        ("level", REPORT_DELAY, "received_at", "reported_up_at"),
        DUTY_REPORTED,
    ),
    (
        "idx_duty_log_unreported",
        "duty_log",
        ("level", "received_at", "reported_up_at"),
        DUTY_UNREPORTED,
    ),
    (STOCK_CREATED_INDEX, "stock_movements", ("created_at",), ""),
    # The risk points' three rules and the materials' three read what these hold, not the
    # wide rows: at 4,000,000 duty entries (20,000 risk points) 16 ms a rule becomes 3-6.
    (
        "idx_risk_points_monitoring_cover",
        "risk_points",
        ("village", "monitor", "monitor_phone", "shelter_id", "cards_issued_on"),
        MONITORED_POINT,
    ),
    (
        "idx_materials_live_stock",
        "materials",
        ("point_id", "quantity", "min_quantity", "expires_on"),
        LIVE_ROW,
    ),
)


def create_figure_indexes(db: object) -> None:
    """``CREATE INDEX IF NOT EXISTS`` for the figures (``db`` has ``execute``)."""
    for name, table, cols, where in FIGURE_INDEXES:
        col_sql = ", ".join(c if c.startswith("(") else f'"{c}"' for c in cols)
        sql = f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}"({col_sql})'
        db.execute(sql + (f" WHERE {where}" if where else ""))  # type: ignore[attr-defined]
