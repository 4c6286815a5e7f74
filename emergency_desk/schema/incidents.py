"""Incidents and disasters (突发事件与灾情), the reports sent up about each (初报、续报、核报),
and the two statutory ledgers of an incident: the dead and missing, and the households
whose houses collapsed or were damaged.

A report carries the standard indicators as known when it was sent (自然灾害情况统计调查制度),
so the incident's figures are those of its latest report; the ledgers name the people and
households behind the death and house figures.
"""

from __future__ import annotations

from . import incident_checks as checks
from .fields import Choice as C
from .fields import Field, FieldType, LatestFigure, Table

T = FieldType

INCIDENT_CATEGORIES = (
    C("natural_disaster", "自然灾害", "Natural disaster"),
    C("accident", "事故灾难", "Accident"),
    C("public_health", "公共卫生", "Public health"),
    C("social_security", "社会安全", "Social security"),
)
INCIDENT_KINDS = (
    C("flood", "洪涝", "Flood"),
    C("landslide", "滑坡泥石流", "Landslide / debris flow"),
    C("earthquake", "地震", "Earthquake"),
    C("typhoon", "台风", "Typhoon"),
    C("drought", "干旱", "Drought"),
    C("hail", "风雹", "Wind and hail"),
    C("snow_freeze", "低温雨雪冰冻", "Snow and freezing"),
    C("forest_fire", "森林草原火灾", "Forest or grassland fire"),
    C("fire", "火灾", "Fire"),
    C("traffic", "道路交通", "Road traffic"),
    C("production_safety", "生产安全", "Work safety"),
    C("other", "其他", "Other"),
)
INCIDENT_LEVELS = (
    C("general", "一般", "General"),
    C("larger", "较大", "Larger"),
    C("major", "重大", "Major"),
    C("especially_major", "特别重大", "Especially major"),
)
RESPONSE_LEVELS = (
    C("none", "未启动", "Not started"),
    C("iv", "Ⅳ级", "Level IV"),
    C("iii", "Ⅲ级", "Level III"),
    C("ii", "Ⅱ级", "Level II"),
    C("i", "Ⅰ级", "Level I"),
)
INCIDENT_STATUS = (C("ongoing", "处置中", "Ongoing"), C("closed", "已结束", "Closed"))

REPORT_KINDS = (
    C("initial", "初报", "Initial"),
    C("follow_up", "续报", "Follow-up"),
    C("verified", "核报", "Verified"),
)
REPORT_CHANNELS = (
    C("phone", "电话", "Phone"),
    C("system", "系统报送", "Reporting system"),
    C("document", "书面", "In writing"),
    C("fax", "传真", "Fax"),
)


def _hectares(key: str, zh: str, en: str) -> Field:
    """An area in hectares, two decimals (the statistics form's precision)."""
    return Field(key, zh, en, T.DECIMAL, minimum=0, maximum=1_000_000, decimals=2)


REPORT_FIGURES: tuple[Field, ...] = (
    Field("affected", "受灾人口(人次)", "People affected", T.INT),
    Field("deaths", "死亡人口", "Deaths", T.INT),
    Field("missing", "失踪人口", "Missing", T.INT),
    Field("injured", "受伤人口", "Injured", T.INT),
    Field("relocated", "紧急转移安置人口", "Relocated", T.INT),
    Field("need_relief", "需紧急生活救助人口", "Needing relief", T.INT),
    _hectares("crops_affected_ha", "农作物受灾面积(公顷)", "Crops affected (ha)"),
    _hectares("crops_failed_ha", "绝收面积(公顷)", "Crops failed (ha)"),
    Field("houses_collapsed", "倒塌房屋(间)", "Rooms collapsed", T.INT),
    Field("houses_severe", "严重损坏房屋(间)", "Rooms severely damaged", T.INT),
    Field("houses_damaged", "一般损坏房屋(间)", "Rooms slightly damaged", T.INT),
    Field("direct_loss", "直接经济损失(万元)", "Direct loss (10k yuan)", T.MONEY),
)
"""The basic indicators every report carries, in the order the statistics form lists them."""

LATEST_FIGURES = (
    LatestFigure(
        Field("latest_report", "最新报送", "Latest report", T.CHOICE, choices=REPORT_KINDS),
        "incident_reports",
        "kind",
    ),
    LatestFigure(
        Field("latest_affected", "受灾人口(最新)", "People affected (latest)", T.INT),
        "incident_reports",
        "affected",
    ),
    LatestFigure(
        Field("latest_loss", "直接经济损失(万元)", "Direct loss (10k yuan)", T.MONEY),
        "incident_reports",
        "direct_loss",
    ),
)
"""What the incidents list shows of each incident's latest report: its figures are the
incident's (the list reads them from the reports; nothing is copied onto the incident)."""

INCIDENTS = Table(
    name="incidents",
    zh="突发事件与灾情",
    en="Incidents & disasters",
    fields=(
        Field("started_at", "发生时间", "Started at", T.DATETIME, required=True, indexed=True),
        Field("title", "事件名称", "Title", required=True, searchable=True, max_length=200),
        Field("category", "事件类别", "Category", T.CHOICE, required=True,
              choices=INCIDENT_CATEGORIES, indexed=True),
        Field("kind", "灾种", "Kind", T.CHOICE, choices=INCIDENT_KINDS, indexed=True),
        Field("level", "事件等级", "Level", T.CHOICE, choices=INCIDENT_LEVELS, indexed=True),
        # several villages as one text (东坪村、石门村), so no single-village pick-list
        Field("villages", "涉及村（社区）", "Villages", searchable=True),
        Field("location", "地点", "Location", searchable=True),
        Field("duty_log_id", "来源值班记录", "From duty entry", T.REF, ref_table="duty_log",
              indexed=True),
        Field("response_level", "启动应急响应", "Emergency response", T.CHOICE,
              choices=RESPONSE_LEVELS, default="none", indexed=True),
        Field("response_started_at", "响应启动时间", "Response started at", T.DATETIME),
        Field("response_ended_at", "响应终止时间", "Response ended at", T.DATETIME),
        Field("summary", "事件概况", "Summary", T.LONGTEXT, searchable=True),
        Field("measures", "处置措施", "Measures taken", T.LONGTEXT, searchable=True),
        Field("ended_at", "结束时间", "Ended at", T.DATETIME, indexed=True),
        Field("status", "状态", "Status", T.CHOICE, required=True, choices=INCIDENT_STATUS,
              default="ongoing", indexed=True),
    ),
    date_field="started_at",
    title_field="title",
    default_sort=("started_at", True),
    unique_key=("started_at", "title"),
    filters=("category", "level", "response_level", "status"),
    key_columns=("level", "response_level", "status"),
    checks=(checks.ended_after_start, checks.response_end_after_start, checks.closed_needs_end),
    flags_depend_on=(
        "incidents", "incident_reports", "incident_victims", "incident_houses", "settings",
    ),
    ui_dialog="registers.incident_dialog:IncidentDialog",
    latest_figures=LATEST_FIGURES,
)  # fmt: skip

INCIDENT_REPORTS = Table(
    name="incident_reports",
    zh="报送记录",
    en="Reports up",
    fields=(
        Field("incident_id", "突发事件", "Incident", T.REF, required=True, ref_table="incidents",
              indexed=True),
        Field("kind", "报送类型", "Report", T.CHOICE, required=True, choices=REPORT_KINDS,
              indexed=True),
        Field("sent_at", "报送时间", "Sent at", T.DATETIME, required=True, indexed=True),
        Field("sent_to", "报送单位", "Sent to", searchable=True),
        Field("channel", "报送方式", "Channel", T.CHOICE, choices=REPORT_CHANNELS),
        *REPORT_FIGURES,
    ),
    parent="incidents",
    parent_key="incident_id",
    date_field="sent_at",
    title_field="sent_to",
    default_sort=("sent_at", False),
    checks=(checks.deaths_within_affected, checks.failed_within_affected_crops),
    parent_checks=(checks.report_after_start, checks.verified_only_when_closed),
)  # fmt: skip

SEXES = (C("male", "男", "Male"), C("female", "女", "Female"))
OUTCOMES = (C("dead", "死亡", "Dead"), C("missing", "失踪", "Missing"))

INCIDENT_VICTIMS = Table(
    name="incident_victims",
    zh="因灾死亡失踪人员",
    en="Dead and missing",
    fields=(
        Field("incident_id", "突发事件", "Incident", T.REF, required=True, ref_table="incidents",
              indexed=True),
        Field("name", "姓名", "Name", required=True, searchable=True, max_length=100),
        Field("sex", "性别", "Sex", T.CHOICE, choices=SEXES),
        Field("age", "年龄", "Age", T.INT, maximum=150),
        Field("id_number", "身份证号", "ID number", max_length=30, format="id_number"),
        Field("village", "住址（村）", "Village", searchable=True, suggest_villages=True),
        Field("outcome", "类别", "Outcome", T.CHOICE, required=True, choices=OUTCOMES,
              indexed=True),
        Field("occurred_on", "日期", "Date", T.DATE, indexed=True),
        Field("cause", "原因", "Cause", max_length=500),
    ),
    parent="incidents",
    parent_key="incident_id",
    date_field="occurred_on",
    title_field="name",
    default_sort=("occurred_on", False),
    unique_key=("incident_id", "name"),
    filters=("outcome",),
    ui_tools=("registers.incidents_tab:install_reveal",),
)  # fmt: skip

STRUCTURES = (
    C("brick_concrete", "砖混", "Brick and concrete"),
    C("brick_wood", "砖木", "Brick and wood"),
    C("earth_wood", "土木", "Earth and wood"),
    C("other", "其他", "Other"),
)

INCIDENT_HOUSES = Table(
    name="incident_houses",
    zh="因灾倒塌损坏住房户",
    en="Households with houses collapsed or damaged",
    fields=(
        Field("incident_id", "突发事件", "Incident", T.REF, required=True, ref_table="incidents",
              indexed=True),
        Field("head", "户主", "Head of household", required=True, searchable=True,
              max_length=100),
        Field("village", "所在村", "Village", required=True, searchable=True,
              suggest_villages=True),
        Field("address", "地址", "Address", searchable=True),
        Field("members", "家庭人口", "Household members", T.INT, maximum=100),
        Field("structure", "房屋结构", "Structure", T.CHOICE, choices=STRUCTURES),
        Field("collapsed_rooms", "倒塌(间)", "Rooms collapsed", T.INT, maximum=1000),
        Field("severe_rooms", "严重损坏(间)", "Rooms severely damaged", T.INT, maximum=1000),
        Field("damaged_rooms", "一般损坏(间)", "Rooms slightly damaged", T.INT, maximum=1000),
        Field("relief", "救助情况", "Relief given", max_length=500),
    ),
    parent="incidents",
    parent_key="incident_id",
    title_field="head",
    default_sort=("village", False),
    unique_key=("incident_id", "head", "village"),
    filters=("structure",),
)  # fmt: skip
