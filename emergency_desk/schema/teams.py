"""Rescue teams (应急队伍): who the township can send, how many, and when they last trained."""

from __future__ import annotations

from .fields import Choice as C
from .fields import Field, FieldType, Table

T = FieldType

TEAM_KINDS = (
    C("comprehensive", "综合性应急救援队伍", "Comprehensive rescue team"),
    C("professional", "专业救援队伍", "Professional rescue team"),
    C("militia", "民兵应急分队", "Militia emergency unit"),
    C("volunteer", "志愿者队伍", "Volunteer team"),
    C("enterprise", "企业专兼职队伍", "Enterprise team"),
    C("village", "村（社区）应急小分队", "Village emergency squad"),
)
TEAM_SPECIALITIES = (
    C("flood", "防汛抢险", "Flood fighting"),
    C("forest_fire", "森林防灭火", "Forest fire"),
    C("geological", "地质灾害", "Geological hazards"),
    C("hazardous_chemicals", "危化品", "Hazardous chemicals"),
    C("medical", "医疗救护", "Medical aid"),
    C("rescue", "综合救援", "General rescue"),
    C("other", "其他", "Other"),
)
TEAM_STATUS = (C("active", "在册", "Active"), C("disbanded", "已撤销", "Disbanded"))

TEAMS = Table(
    name="teams",
    zh="应急队伍",
    en="Rescue teams",
    fields=(
        Field("name", "队伍名称", "Team", required=True, searchable=True, max_length=200),
        Field("kind", "队伍类型", "Kind", T.CHOICE, required=True, choices=TEAM_KINDS, indexed=True),
        Field("speciality", "专业方向", "Speciality", T.CHOICE, choices=TEAM_SPECIALITIES),
        Field("leader", "队长", "Leader", required=True, searchable=True),
        Field("phone", "联系电话", "Phone", required=True, max_length=40, format="phone"),
        Field("members", "队员人数", "Members", T.INT, maximum=100_000),
        Field("village", "所在村（社区）", "Village", suggest_villages=True, indexed=True),
        Field("equipment", "主要装备", "Main equipment", T.LONGTEXT, searchable=True),
        Field("established_on", "组建日期", "Established on", T.DATE),
        Field("last_trained_on", "最近训练日期", "Last trained", T.DATE, indexed=True),
        Field(
            "status", "状态", "Status", T.CHOICE, required=True, choices=TEAM_STATUS,
            default="active", indexed=True,
        ),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    title_field="name",
    default_sort=("name", False),
    unique_key=("name",),
    filters=("kind", "speciality", "status"),
    flags_depend_on=("teams", "settings"),
)  # fmt: skip
