"""Duty: the roster, the log of calls and reports received, and the shift handovers."""

from __future__ import annotations

from .fields import Choice as C
from .fields import Field, FieldType, Table

T = FieldType

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
    flags_depend_on=("duty_log", "settings"),
    ui_tools=(
        "registers.duty_quick_entry:install_duty_actions",
        "registers.duty_incident:install_to_incident",
    ),
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
    listed_text=("notes",),
)
