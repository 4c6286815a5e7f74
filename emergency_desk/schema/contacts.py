"""The people the office relies on in each village and unit (应急联系人): information
officers, grid members, village leads, responsible persons, monitors, liaisons, experts."""

from __future__ import annotations

from .fields import Choice as C
from .fields import Field, FieldType, Table

T = FieldType

CONTACT_ROLES = (
    C("info_officer", "灾害信息员", "Disaster information officer"),
    C("grid", "网格员", "Grid member"),
    C("village_lead", "村（社区）应急负责人", "Village emergency lead"),
    C("responsible", "包保责任人", "Responsible person"),
    C("monitor", "群测群防监测员", "Community monitor"),
    C("liaison", "部门联络员", "Department liaison"),
    C("expert", "应急专家", "Emergency expert"),
)
CONTACT_STATUS = (C("active", "在岗", "Active"), C("left", "离岗", "Left"))

CONTACTS = Table(
    name="contacts",
    zh="应急联系人",
    en="Contacts",
    fields=(
        Field("name", "姓名", "Name", required=True, searchable=True, max_length=100),
        Field("role", "角色", "Role", T.CHOICE, required=True, choices=CONTACT_ROLES, indexed=True),
        Field("village", "所在村（社区）/网格", "Village / grid", suggest_villages=True,
              indexed=True, searchable=True),
        Field("unit", "工作单位", "Unit", searchable=True),
        Field("position", "职务", "Position"),
        Field("phone", "手机", "Mobile", required=True, max_length=40, format="phone",
              searchable=True),
        Field("backup_phone", "备用电话", "Other phone", max_length=40, format="phone"),
        Field("trained_on", "最近培训日期", "Last trained", T.DATE, indexed=True),
        Field("certificate", "持证情况", "Certificate"),
        Field(
            "status", "状态", "Status", T.CHOICE, required=True, choices=CONTACT_STATUS,
            default="active", indexed=True,
        ),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    title_field="name",
    default_sort=("village", False),
    unique_key=("name", "phone"),
    filters=("role", "status"),
    flags_depend_on=("contacts", "settings"),
    ui_tools=("registers.printouts_people:install_directory_print",),
)  # fmt: skip
