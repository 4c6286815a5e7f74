"""The office's registers, field by field, as DESIGN.md lists them.

Keys are the canonical import/export headers; zh/en labels are what users read in
forms, table headers, spreadsheets and the report.
"""

from __future__ import annotations

from .fields import Choice, Field, FieldType, Table

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
        Field("plan_id", "所依预案", "Plan", T.REF, ref_table="plans", indexed=True),
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
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    date_field="held_on",
    title_field="title",
    default_sort=("held_on", True),
    unique_key=("held_on", "title"),
    filters=("form", "scope", "rating"),
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
RECTIFIED_STATUSES = ("rectified", "closed")

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
    ),
    date_field="found_on",
    title_field="name",
    default_sort=("found_on", True),
    unique_key=("found_on", "name"),
    filters=("category", "grade", "status"),
)

POINT_KINDS = (
    C("government", "政府储备库", "Government depot"),
    C("agreement", "协议储备", "Agreement reserve"),
    C("unit", "单位自储", "Unit's own store"),
)

RESERVE_POINTS = Table(
    name="reserve_points",
    zh="储备点",
    en="Reserve points",
    fields=(
        Field(
            "name", "储备点名称", "Reserve point", required=True, searchable=True, max_length=200
        ),
        Field("kind", "储备方式", "Kind", T.CHOICE, choices=POINT_KINDS),
        Field("address", "地址", "Address"),
        Field("custodian", "保管人", "Custodian"),
        Field("phone", "联系电话", "Phone", max_length=40),
    ),
    title_field="name",
    default_sort=("name", False),
    unique_key=("name",),
    filters=("kind",),
)

MATERIAL_CATEGORIES = (
    C("food", "食品", "Food"),
    C("water", "饮用水", "Drinking water"),
    C("shelter", "帐篷被褥", "Tents & bedding"),
    C("rescue", "救援器材", "Rescue equipment"),
    C("medical", "医疗药品", "Medical supplies"),
    C("power", "发电照明", "Power & lighting"),
    C("protective", "防护用品", "Protective gear"),
    C("flood", "防汛物资", "Flood-control supplies"),
    C("other", "其他", "Other"),
)

MATERIALS = Table(
    name="materials",
    zh="应急物资",
    en="Materials",
    fields=(
        Field(
            "point_id",
            "储备点",
            "Reserve point",
            T.REF,
            required=True,
            ref_table="reserve_points",
            indexed=True,
        ),
        Field("name", "物资名称", "Item", required=True, searchable=True, max_length=200),
        Field(
            "category",
            "物资类别",
            "Category",
            T.CHOICE,
            required=True,
            choices=MATERIAL_CATEGORIES,
            indexed=True,
        ),
        Field("spec", "规格", "Specification"),
        Field("unit", "单位", "Unit", required=True, max_length=20),
        Field(
            "quantity",
            "数量",
            "Quantity",
            T.INT,
            indexed=True,
            help_zh="由出入库记录累计得出",
            help_en="The sum of the stock movements",
        ),
        Field("min_quantity", "最低储备", "Minimum stock", T.INT),
        Field("expires_on", "有效期至", "Expires on", T.DATE, indexed=True),
        Field("checked_on", "最近盘点", "Last stocktake", T.DATE),
    ),
    parent="reserve_points",
    parent_key="point_id",
    title_field="name",
    default_sort=("name", False),
    unique_key=("point_id", "name", "spec"),
    filters=("category",),
    extra={"computed": ("quantity",)},
)

MOVEMENT_REASONS = (
    C("opening", "期初", "Opening balance"),
    C("purchase", "采购", "Purchase"),
    C("donation", "捐赠", "Donation"),
    C("issue", "调拨发放", "Issue"),
    C("scrap", "报废", "Scrap"),
    C("stocktake", "盘点调整", "Stocktake adjustment"),
)

STOCK_MOVEMENTS = Table(
    name="stock_movements",
    zh="出入库记录",
    en="Stock movements",
    fields=(
        Field(
            "material_id", "物资", "Item", T.REF, required=True, ref_table="materials", indexed=True
        ),
        Field("moved_on", "日期", "Date", T.DATE, required=True, indexed=True),
        Field("delta", "变动数量", "Change", T.INT, required=True, signed=True),
        Field("reason", "事由", "Reason", T.CHOICE, required=True, choices=MOVEMENT_REASONS),
        Field("note", "备注", "Note"),
    ),
    parent="materials",
    parent_key="material_id",
    date_field="moved_on",
    default_sort=("moved_on", True),
)

SHIFTS = (C("day", "白班", "Day"), C("night", "夜班", "Night"), C("full", "24小时", "24 hours"))

DUTY_ROSTER = Table(
    name="duty_roster",
    zh="值班表",
    en="Duty roster",
    fields=(
        Field("on_date", "值班日期", "Date", T.DATE, required=True, indexed=True),
        Field("shift", "班次", "Shift", T.CHOICE, choices=SHIFTS, default="full"),
        Field("leader", "带班领导", "Leader on duty"),
        Field("officers", "值班人员", "Officers", required=True, searchable=True),
        Field("phone", "值班电话", "Duty phone", max_length=40),
    ),
    date_field="on_date",
    title_field="officers",
    default_sort=("on_date", True),
    unique_key=("on_date", "shift"),
    filters=("shift",),
)

CHANNELS = (
    C("phone", "电话", "Phone"),
    C("report", "报告", "Report"),
    C("system", "系统", "System"),
    C("visit", "来访", "Visit"),
    C("other", "其他", "Other"),
)
DUTY_TYPES = (
    C("fire", "火灾", "Fire"),
    C("flood", "洪涝", "Flood"),
    C("geological", "地质灾害", "Geological"),
    C("weather", "气象预警", "Weather warning"),
    C("traffic", "交通事故", "Traffic accident"),
    C("production_safety", "生产安全事故", "Work-safety accident"),
    C("public_health", "公共卫生", "Public health"),
    C("social_security", "社会安全", "Social security"),
    C("instruction", "上级通知指示", "Instruction from above"),
    C("other", "其他", "Other"),
)
DUTY_LEVELS = (
    C("none", "无", "None"),
    C("general", "一般", "General"),
    C("larger", "较大", "Larger"),
    C("major", "重大", "Major"),
    C("especially_major", "特别重大", "Especially major"),
)
DUTY_STATUS = (C("open", "处置中", "Open"), C("closed", "已办结", "Closed"))

DUTY_LOG = Table(
    name="duty_log",
    zh="值班记录",
    en="Duty log",
    fields=(
        Field("received_at", "接报时间", "Received at", T.DATETIME, required=True, indexed=True),
        Field(
            "channel",
            "接报方式",
            "Channel",
            T.CHOICE,
            choices=CHANNELS,
            default="phone",
            indexed=True,
        ),
        Field("reporter", "报告人", "Reporter", searchable=True),
        Field("reporter_phone", "报告人电话", "Reporter phone", max_length=40),
        Field(
            "type", "事件类型", "Type", T.CHOICE, required=True, choices=DUTY_TYPES, indexed=True
        ),
        Field(
            "level",
            "事件等级",
            "Level",
            T.CHOICE,
            choices=DUTY_LEVELS,
            default="none",
            indexed=True,
        ),
        Field("location", "地点", "Location", searchable=True),
        Field("summary", "事件摘要", "Summary", T.LONGTEXT, required=True, searchable=True),
        Field("action_taken", "处置情况", "Action taken", T.LONGTEXT, searchable=True),
        Field("reported_up_at", "上报时间", "Reported up at", T.DATETIME, indexed=True),
        Field("reported_to", "上报单位", "Reported to"),
        Field("handled_by", "接报人", "Handled by", indexed=True),
        Field(
            "status", "状态", "Status", T.CHOICE, choices=DUTY_STATUS, default="open", indexed=True
        ),
    ),
    date_field="received_at",
    title_field="summary",
    default_sort=("received_at", True),
    unique_key=("received_at", "summary"),
    filters=("type", "level", "status", "channel"),
)

DUTY_HANDOVERS = Table(
    name="duty_handovers",
    zh="交接班",
    en="Handovers",
    fields=(
        Field("at", "交接时间", "Handover time", T.DATETIME, required=True, indexed=True),
        Field("from_officer", "交班人", "Handed over by", required=True),
        Field("to_officer", "接班人", "Taken over by", required=True),
        Field("notes", "交接事项", "Handover notes", T.LONGTEXT, searchable=True),
    ),
    date_field="at",
    title_field="to_officer",
    default_sort=("at", True),
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

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        PLANS,
        DRILLS,
        DRILL_ACTIONS,
        HAZARDS,
        RESERVE_POINTS,
        MATERIALS,
        STOCK_MOVEMENTS,
        DUTY_ROSTER,
        DUTY_LOG,
        DUTY_HANDOVERS,
        ACTIVITIES,
    )
}

# The six registers of the command line and the tabs, each with its main table and the
# tables that belong to it.
REGISTERS: dict[str, tuple[str, ...]] = {
    "plans": ("plans",),
    "drills": ("drills", "drill_actions"),
    "hazards": ("hazards",),
    "materials": ("materials", "reserve_points", "stock_movements"),
    "duty": ("duty_log", "duty_roster", "duty_handovers"),
    "activities": ("activities",),
}


def table(name: str) -> Table:
    return TABLES[name]


def register_table(register: str) -> Table:
    """The main table of a register name (``duty`` -> ``duty_log``)."""
    return TABLES[REGISTERS[register][0]]


# What import and export work on: each register's main list, and the lists an office also
# keeps in a spreadsheet of their own — a month's duty roster is drawn up in Excel or WPS
# and handed round before anyone enters it.
SHEETS: dict[str, str] = {
    **{register: tables[0] for register, tables in REGISTERS.items()},
    "duty_roster": "duty_roster",
}


def sheet_table(sheet: str) -> Table:
    """The table a sheet name imports into and exports from (``duty`` -> ``duty_log``)."""
    return TABLES[SHEETS[sheet]]
