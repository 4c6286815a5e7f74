"""Risk points (风险隐患点): geological-hazard sites and danger zones the community watches
(群测群防), with the households they threaten and the two cards handed to them."""

from __future__ import annotations

from .fields import Choice as C
from .fields import Field, FieldType, Table
from .shelters import LATITUDE, LONGITUDE

T = FieldType

RISK_KINDS = (
    C("landslide", "滑坡", "Landslide"),
    C("collapse", "崩塌", "Rockfall"),
    C("debris_flow", "泥石流", "Debris flow"),
    C("subsidence", "地面塌陷", "Subsidence"),
    C("flash_flood", "山洪/低洼易涝", "Flash flood / low-lying"),
    C("reservoir", "病险水库山塘", "Unsafe reservoir or pond"),
    C("dilapidated_house", "危旧房", "Dilapidated housing"),
    C("other", "其他", "Other"),
)
RISK_SCALES = (
    C("small", "小型", "Small"),
    C("medium", "中型", "Medium"),
    C("large", "大型", "Large"),
    C("huge", "特大型", "Very large"),
)
RISK_STATUS = (
    C("monitoring", "监测中", "Monitored"),
    C("treated", "已治理", "Treated"),
    C("removed", "已核销", "Removed"),
)

RISK_POINTS = Table(
    name="risk_points",
    zh="风险隐患点",
    en="Risk points",
    fields=(
        Field("name", "名称", "Name", required=True, searchable=True, max_length=200),
        Field("kind", "类型", "Kind", T.CHOICE, required=True, choices=RISK_KINDS, indexed=True),
        Field("village", "所在村（社区）", "Village", required=True, suggest_villages=True,
              indexed=True, searchable=True),
        Field("location", "具体位置", "Location", searchable=True),
        LONGITUDE,
        LATITUDE,
        Field("scale", "规模", "Scale", T.CHOICE, choices=RISK_SCALES),
        Field("households", "威胁户数", "Households", T.INT, maximum=100_000),
        Field("persons", "威胁人数", "Persons", T.INT, maximum=1_000_000),
        Field("property", "威胁财产(万元)", "Property at risk (10k CNY)", T.MONEY,
              maximum=10_000_000),
        Field("monitor", "监测人", "Monitor", searchable=True),
        Field("monitor_phone", "监测人电话", "Monitor phone", max_length=40, format="phone"),
        Field("responsible", "包保责任人", "Responsible person", searchable=True),
        Field("warning_signal", "预警信号", "Warning signal"),
        Field("evacuation_route", "撤离路线", "Evacuation route", T.LONGTEXT),
        Field("shelter_id", "避险场所", "Shelter", T.REF, ref_table="shelters"),
        Field("cards_issued_on", "两卡发放日期", "Cards issued on", T.DATE, indexed=True),
        Field(
            "status", "状态", "Status", T.CHOICE, required=True, choices=RISK_STATUS,
            default="monitoring", indexed=True,
        ),
        Field("notes", "备注", "Notes", T.LONGTEXT),
    ),
    title_field="name",
    default_sort=("village", False),
    unique_key=("village", "name"),
    filters=("kind", "scale", "status"),
    flags_depend_on=("risk_points", "shelters", "settings"),
    ui_tools=("registers.printouts_people:install_cards_print",),
    form_tools=("registers.printouts_people:install_cards_print",),
)  # fmt: skip
