"""Refuge places (应急避难场所): where people go, how many fit, and when they were checked."""

from __future__ import annotations

from .fields import Choice as C
from .fields import Field, FieldType, Table

T = FieldType

SHELTER_KINDS = (C("indoor", "室内", "Indoor"), C("outdoor", "室外", "Outdoor"))
SHELTER_GRADES = (
    C("emergency", "紧急避难场所", "Emergency"),
    C("fixed", "固定避难场所", "Fixed"),
    C("central", "中心避难场所", "Central"),
)
SHELTER_STATUS = (
    C("available", "可用", "Available"),
    C("under_repair", "维修中", "Under repair"),
    C("closed", "停用", "Closed"),
)

# Decimal degrees within China's extent, so a swapped pair or a typo is caught at the field.
LONGITUDE = Field("longitude", "经度", "Longitude", T.DECIMAL, minimum=73, maximum=136)
LATITUDE = Field("latitude", "纬度", "Latitude", T.DECIMAL, minimum=3, maximum=54)

SHELTERS = Table(
    name="shelters",
    zh="应急避难场所",
    en="Shelters",
    fields=(
        Field("name", "场所名称", "Shelter", required=True, searchable=True, max_length=200),
        Field("kind", "场所类型", "Kind", T.CHOICE, required=True, choices=SHELTER_KINDS,
              indexed=True),
        Field("grade", "级别", "Grade", T.CHOICE, choices=SHELTER_GRADES),
        Field("address", "地址", "Address", required=True, searchable=True),
        Field("village", "所在村（社区）", "Village", suggest_villages=True, indexed=True),
        Field("area_m2", "有效避难面积(㎡)", "Usable area (m²)", T.INT),
        Field("capacity", "可容纳人数", "Capacity", T.INT, required=True, maximum=1_000_000),
        Field("facilities", "配套设施", "Facilities", T.LONGTEXT),
        Field("manager", "管理人", "Manager", searchable=True),
        Field("phone", "联系电话", "Phone", max_length=40, format="phone"),
        LONGITUDE,
        LATITUDE,
        Field("last_inspected_on", "最近检查日期", "Last inspected", T.DATE, indexed=True),
        Field(
            "status", "状态", "Status", T.CHOICE, required=True, choices=SHELTER_STATUS,
            default="available", indexed=True,
        ),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    title_field="name",
    default_sort=("name", False),
    unique_key=("name",),
    filters=("kind", "grade", "status"),
    flags_depend_on=("shelters", "settings"),
)  # fmt: skip
