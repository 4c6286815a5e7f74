"""Warnings received (预警信息) and the call-backs (叫应) that passed each one on: a warning
is relayed by phone until a named person answers, one call-back row per person called."""

from __future__ import annotations

from .fields import Choice as C
from .fields import Field, FieldType, Table

T = FieldType

WARNING_KINDS = (
    C("rainstorm", "暴雨", "Rainstorm"),
    C("flood", "洪水", "Flood"),
    C("geological", "地质灾害气象风险", "Geological hazard risk"),
    C("typhoon", "台风", "Typhoon"),
    C("gale", "大风", "Gale"),
    C("hail", "冰雹", "Hail"),
    C("heat", "高温", "Heat"),
    C("cold_wave", "寒潮", "Cold wave"),
    C("snow_freeze", "低温雨雪冰冻", "Snow and freezing"),
    C("forest_fire", "森林火险", "Forest fire risk"),
    C("other", "其他", "Other"),
)
WARNING_COLORS = (
    C("blue", "蓝色", "Blue"),
    C("yellow", "黄色", "Yellow"),
    C("orange", "橙色", "Orange"),
    C("red", "红色", "Red"),
)
ANSWERED = (C("yes", "已应答", "Answered"), C("no", "未应答", "No answer"))

WARNINGS = Table(
    name="warnings",
    zh="预警信息与叫应",
    en="Warnings & call-backs",
    fields=(
        Field("received_at", "接收时间", "Received at", T.DATETIME, required=True, indexed=True),
        Field("source", "发布单位", "Issued by", searchable=True),
        Field("kind", "预警种类", "Kind", T.CHOICE, required=True, choices=WARNING_KINDS,
              indexed=True),
        Field("color", "预警级别", "Colour", T.CHOICE, required=True, choices=WARNING_COLORS,
              indexed=True),
        Field("content", "预警内容", "Content", T.LONGTEXT, searchable=True),
        Field("relayed_at", "转发时间", "Relayed at", T.DATETIME),
        Field("relayed_to", "转发范围", "Relayed to", searchable=True),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    date_field="received_at",
    title_field="content",
    default_sort=("received_at", True),
    unique_key=("received_at", "kind", "color"),
    filters=("kind", "color"),
    flags_depend_on=("warnings", "warning_callbacks", "settings"),
    ui_dialog="registers.callbacks:WarningDialog",
    ui_tools=("registers.callbacks:install_callback_button",),
)  # fmt: skip

WARNING_CALLBACKS = Table(
    name="warning_callbacks",
    zh="叫应记录",
    en="Call-backs",
    fields=(
        Field("warning_id", "预警信息", "Warning", T.REF, required=True, ref_table="warnings",
              indexed=True),
        Field("contact_id", "叫应对象", "Person called", T.REF, ref_table="contacts",
              indexed=True),
        Field("called_at", "叫应时间", "Called at", T.DATETIME, required=True, indexed=True),
        Field("answered", "是否应答", "Answered", T.CHOICE, required=True, choices=ANSWERED,
              default="no"),
        Field("response", "落实情况", "Response", max_length=500),
    ),
    parent="warnings",
    parent_key="warning_id",
    title_field="response",
    default_sort=("called_at", False),
)  # fmt: skip
