"""The office's registers, field by field, as DESIGN.md lists them, and ``REGISTER_LIST``:
the one declaration every layer derives its registers from.

Keys are the canonical import/export headers; zh/en labels are what users read in
forms, table headers, spreadsheets and the report.
"""

from __future__ import annotations

from . import checks
from .contacts import CONTACTS
from .duty import DUTY_HANDOVERS, DUTY_LOG, DUTY_ROSTER
from .fields import Choice, Field, FieldType, Register, Table
from .incidents import INCIDENT_HOUSES, INCIDENT_REPORTS, INCIDENT_VICTIMS, INCIDENTS
from .risk_points import RISK_POINTS
from .shelters import SHELTERS
from .stock import MATERIALS, RESERVE_POINTS, STOCK_MOVEMENTS
from .teams import TEAMS
from .warnings import WARNING_CALLBACKS, WARNINGS

T = FieldType


def C(key: str, zh: str, en: str) -> Choice:
    return Choice(key, zh, en)


PLAN_LEVELS = (
    C("overall", "总体预案", "Overall"),
    C("special", "专项预案", "Special"),
    C("department", "部门预案", "Department"),
    C("grassroots", "基层预案", "Grassroots"),
    C("enterprise", "企事业单位预案", "Enterprise"),
    C("event", "重大活动预案", "Major event"),
)
EVENT_CATEGORIES = (
    C("natural_disaster", "自然灾害", "Natural disaster"),
    C("accident", "事故灾难", "Accident"),
    C("public_health", "公共卫生", "Public health"),
    C("social_security", "社会安全", "Social security"),
)
PLAN_STATUS = (
    C("draft", "草案", "Draft"),
    C("in_force", "现行", "In force"),
    C("revising", "修订中", "Under revision"),
    C("repealed", "废止", "Repealed"),
)

PLANS = Table(
    name="plans",
    zh="应急预案",
    en="Emergency plans",
    fields=(
        Field("title", "预案名称", "Title", required=True, searchable=True, max_length=200),
        Field(
            "level", "预案类别", "Level", T.CHOICE, required=True, choices=PLAN_LEVELS, indexed=True
        ),
        Field(
            "category",
            "事件类型",
            "Event category",
            T.CHOICE,
            choices=EVENT_CATEGORIES,
            indexed=True,
        ),
        Field("lead_unit", "牵头单位", "Lead unit", searchable=True),
        Field("doc_number", "文号", "Document no."),
        Field("issued_on", "印发日期", "Issued on", T.DATE, indexed=True),
        Field("revised_on", "最近修订日期", "Last revised", T.DATE, indexed=True),
        Field(
            "review_years",
            "评估修订周期(年)",
            "Review cycle (years)",
            T.INT,
            default=3,
            minimum=1,
            maximum=10,
        ),
        Field(
            "status",
            "状态",
            "Status",
            T.CHOICE,
            required=True,
            choices=PLAN_STATUS,
            default="in_force",
            indexed=True,
        ),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    date_field="issued_on",
    title_field="title",
    default_sort=("issued_on", True),
    unique_key=("title",),
    filters=("level", "category", "status"),
    flags_depend_on=("plans", "drills", "settings"),
)

DRILL_FORMS = (C("tabletop", "桌面推演", "Tabletop"), C("live", "实战演练", "Live"))
DRILL_SCOPES = (C("single", "单项", "Single"), C("comprehensive", "综合", "Comprehensive"))
DRILL_RATINGS = (
    C("good", "良好", "Good"),
    C("pass", "合格", "Pass"),
    C("needs_improvement", "需改进", "Needs improvement"),
)

DRILLS = Table(
    name="drills",
    zh="应急演练",
    en="Drills",
    fields=(
        Field("held_on", "演练日期", "Date", T.DATE, required=True, indexed=True),
        Field("title", "演练名称", "Title", required=True, searchable=True, max_length=200),
        Field(
            "plan_id", "所依预案", "Plan", T.REF, ref_table="plans", indexed=True, aliases=("预案",)
        ),
        Field(
            "form", "演练形式", "Form", T.CHOICE, required=True, choices=DRILL_FORMS, indexed=True
        ),
        Field("scope", "演练规模", "Scope", T.CHOICE, choices=DRILL_SCOPES),
        Field("organizer", "组织单位", "Organizer", searchable=True),
        Field("location", "演练地点", "Location", searchable=True),
        Field("participants", "参演人数", "Participants", T.INT, indexed=True, maximum=1_000_000),
        Field("vehicles", "出动车辆", "Vehicles", T.INT, maximum=100_000),
        Field("scenario", "演练情景", "Scenario", T.LONGTEXT, searchable=True),
        Field("rating", "评估结论", "Rating", T.CHOICE, choices=DRILL_RATINGS),
        Field("problems_found", "发现问题", "Problems found", T.LONGTEXT),
        Field("evaluators", "评估人员", "Evaluators", max_length=500),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    date_field="held_on",
    title_field="title",
    default_sort=("held_on", True),
    unique_key=("held_on", "title"),
    checks=(checks.future_drill_not_held,),
    filters=("form", "scope", "rating"),
    flags_depend_on=("drills", "drill_actions", "settings"),
    ui_tools=("registers.printouts:install_drill_printouts",),
    ui_dialog="registers.drill_dialog:DrillDialog",
)

DRILL_ACTIONS = Table(
    name="drill_actions",
    zh="整改事项",
    en="Corrective actions",
    fields=(
        Field("drill_id", "演练", "Drill", T.REF, required=True, ref_table="drills", indexed=True),
        Field("action", "整改事项", "Action", required=True, max_length=500),
        Field("owner", "责任人", "Owner"),
        Field("due_on", "完成期限", "Due on", T.DATE, indexed=True),
        Field("done_on", "完成日期", "Done on", T.DATE),
    ),
    parent="drills",
    parent_key="drill_id",
    title_field="action",
    default_sort=("due_on", False),
)

HAZARD_CATEGORIES = (
    C("reservoir", "水库堤坝", "Reservoir / dam"),
    C("pipeline", "油气管道", "Oil & gas pipeline"),
    C("hazardous_chemicals", "危险化学品", "Hazardous chemicals"),
    C("special_equipment", "特种设备", "Special equipment"),
    C("geological", "地质灾害", "Geological hazard"),
    C("flood", "防汛", "Flood control"),
    C("fire", "消防", "Fire safety"),
    C("road_traffic", "道路交通", "Road traffic"),
    C("construction", "建筑施工", "Construction"),
    C("social_security", "社会治安", "Public order"),
    C("other", "其他", "Other"),
)
HAZARD_GRADES = (C("major", "重大", "Major"), C("general", "一般", "General"))
HAZARD_STATUS = (
    C("open", "待整改", "Open"),
    C("rectifying", "整改中", "Rectifying"),
    C("rectified", "已整改", "Rectified"),
    C("closed", "已销号", "Closed"),
)

HAZARDS = Table(
    name="hazards",
    zh="隐患排查",
    en="Hazards",
    fields=(
        Field("found_on", "排查日期", "Found on", T.DATE, required=True, indexed=True),
        Field("name", "隐患名称", "Hazard", required=True, searchable=True, max_length=200),
        Field("location", "所在位置", "Location", searchable=True),
        Field(
            "category",
            "隐患类别",
            "Category",
            T.CHOICE,
            required=True,
            choices=HAZARD_CATEGORIES,
            indexed=True,
        ),
        Field(
            "grade",
            "隐患等级",
            "Grade",
            T.CHOICE,
            required=True,
            choices=HAZARD_GRADES,
            default="general",
            indexed=True,
        ),
        Field("description", "隐患描述", "Description", T.LONGTEXT, searchable=True),
        Field("responsible_unit", "责任单位", "Responsible unit", searchable=True),
        Field("responsible_person", "责任人", "Responsible person"),
        Field("phone", "联系电话", "Phone", max_length=40),
        Field("measures", "整改措施", "Measures", T.LONGTEXT),
        Field("funds", "整改资金(元)", "Funds (CNY)", T.MONEY),
        Field("deadline", "整改期限", "Deadline", T.DATE, indexed=True),
        Field(
            "status",
            "整改状态",
            "Status",
            T.CHOICE,
            required=True,
            choices=HAZARD_STATUS,
            default="open",
            indexed=True,
        ),
        Field("rectified_on", "完成日期", "Rectified on", T.DATE, indexed=True),
        Field("verified_by", "验收人", "Verified by"),
        Field(
            "notice_number",
            "通知书编号",
            "Notice number",
            max_length=40,
            assigned=True,
            help_zh="第一次打印隐患整改通知书时编定（如〔2026〕第3号），重印沿用同一编号",
            help_en="Given when the rectification notice is first printed; a reprint keeps it",
        ),
    ),
    date_field="found_on",
    title_field="name",
    default_sort=("found_on", True),
    unique_key=("found_on", "name"),
    filters=("category", "grade", "status"),
    checks=(
        checks.rectified_needs_date,
        checks.closed_needs_verifier,
        checks.found_not_in_future,
        checks.not_after_discovery("deadline", "rectified_on"),
    ),
    write_hooks="hazard_status_log",
    flags_depend_on=("hazards", "settings"),
    ui_tools=(
        "registers.hazard_workflow:install_hazard_workflow",
        "registers.printouts:install_hazard_printouts",
    ),
)

ACTIVITY_KINDS = (
    C("publicity", "宣传活动", "Publicity"),
    C("training", "培训", "Training"),
    C("themed_day", "主题日", "Themed day"),
    C("school", "进校园", "In schools"),
    C("community", "进社区", "In communities"),
    C("media", "媒体宣传", "Media"),
)

ACTIVITIES = Table(
    name="activities",
    zh="宣传培训",
    en="Publicity & training",
    fields=(
        Field("held_on", "活动日期", "Date", T.DATE, required=True, indexed=True),
        Field(
            "kind",
            "活动类型",
            "Kind",
            T.CHOICE,
            required=True,
            choices=ACTIVITY_KINDS,
            indexed=True,
        ),
        Field("title", "活动名称", "Title", required=True, searchable=True, max_length=200),
        Field("location", "地点", "Location", searchable=True),
        Field("organizer", "组织单位", "Organizer"),
        Field("participants", "参与人数", "Participants", T.INT, maximum=1_000_000),
        Field("leaflets", "宣传资料(份)", "Leaflets", T.INT),
        Field("manuals", "手册(本)", "Manuals", T.INT),
        Field("banners", "横幅标语(条)", "Banners", T.INT),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    date_field="held_on",
    title_field="title",
    default_sort=("held_on", True),
    unique_key=("held_on", "title"),
    filters=("kind",),
)

# The registers in the order of their tabs. A register is declared here and nowhere else:
# its tab, form, search, import/export, demo rows and the tests that walk every register
# all follow from this tuple.
REGISTER_LIST: tuple[Register, ...] = (
    Register("plans", (PLANS,), demo="plans_drills:fill_plans_and_drills"),
    Register("drills", (DRILLS, DRILL_ACTIONS), demo="plans_drills:fill_plans_and_drills"),
    Register("hazards", (HAZARDS,), demo="hazards:fill_hazards"),
    Register(
        "materials",
        (MATERIALS, RESERVE_POINTS, STOCK_MOVEMENTS),
        ui_tab="registers.materials_tab:MaterialsTab",
        demo="materials:fill_materials",
    ),
    Register(
        "duty",
        (DUTY_LOG, DUTY_ROSTER, DUTY_HANDOVERS),
        zh="值班值守",
        en="Duty",
        sheets=("duty_roster",),
        ui_tab="registers.duty_tab:DutyTab",
        demo="duty:fill_duty",
    ),
    Register("activities", (ACTIVITIES,), demo="activities:fill_activities"),
    Register("teams", (TEAMS,), demo="people:fill_teams"),
    Register("contacts", (CONTACTS,), demo="people:fill_contacts"),
    Register("shelters", (SHELTERS,), demo="risk_points:fill_shelters"),
    Register("risk_points", (RISK_POINTS,), demo="risk_points:fill_risk_points"),
    Register(
        "warnings",
        (WARNINGS, WARNING_CALLBACKS),
        en="Warnings",  # the call-backs are inside; the full name left no room at 1366 px
        demo="warnings:fill_warnings",
    ),
    Register(
        "incidents",
        (INCIDENTS, INCIDENT_REPORTS, INCIDENT_VICTIMS, INCIDENT_HOUSES),
        sheets=("incident_victims", "incident_houses"),
        ui_tab="registers.incidents_tab:IncidentsTab",
        demo="incidents:fill_incidents",
    ),
)


def _parents_first(tables: tuple[Table, ...]) -> list[Table]:
    """A register's tables with each parent before the tables that belong to it (the order
    tables are created, filled and restored in)."""
    names = {t.name: t for t in tables}

    def depth(t: Table) -> int:
        return 0 if t.parent not in names else 1 + depth(names[t.parent])

    return sorted(tables, key=depth)


TABLES: dict[str, Table] = {t.name: t for r in REGISTER_LIST for t in _parents_first(r.tables)}

# Each register's main table and the tables that belong to it, by register name.
REGISTERS: dict[str, tuple[str, ...]] = {r.name: r.table_names for r in REGISTER_LIST}
REGISTER_BY_NAME: dict[str, Register] = {r.name: r for r in REGISTER_LIST}


def table(name: str) -> Table:
    return TABLES[name]


def register_table(register: str) -> Table:
    """The main table of a register name (``duty`` -> ``duty_log``)."""
    return REGISTER_BY_NAME[register].main


def register_of_table(table_name: str) -> Register | None:
    """The register whose tab holds ``table_name``."""
    return next((r for r in REGISTER_LIST if table_name in r.table_names), None)


# What import and export work on: each register's main list, and the lists an office also
# keeps in a spreadsheet of their own (``Register.sheets``) — a month's duty roster is drawn
# up in Excel or WPS and handed round before anyone enters it.
SHEETS: dict[str, str] = {
    **{r.name: r.main.name for r in REGISTER_LIST},
    **{sheet: sheet for r in REGISTER_LIST for sheet in r.sheets},
}


def sheet_table(sheet: str) -> Table:
    """The table a sheet name imports into and exports from (``duty`` -> ``duty_log``)."""
    return TABLES[SHEETS[sheet]]
