"""The material reserves: reserve points, their items and the stock ledger that counts them."""

from __future__ import annotations

from . import checks
from .fields import Choice as C
from .fields import Field, FieldType, Table

T = FieldType

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
        Field(
            "checked_on",
            "最近盘点",
            "Last stocktake",
            T.DATE,
            aliases=("盘点日期", "Stocktake date", "stocktake_date"),
        ),
    ),
    parent="reserve_points",
    parent_key="point_id",
    title_field="name",
    default_sort=("name", False),
    unique_key=("point_id", "name", "spec"),
    filters=("category",),
    computed=("quantity",),
    typed_on_create=("quantity",),
    write_hooks="opening_stock",
    sheet_hooks="reserve_point_by_name",
    flags_depend_on=("materials", "stock_movements", "reserve_points", "settings"),
    ui_dialog="registers.material_dialog:MaterialDialog",
    ui_tools=("registers.stock_dialog:install_stock_button",),
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
    checks=(checks.nonzero_delta,),
    write_hooks="stock_ledger",
)
