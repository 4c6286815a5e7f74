"""Reserve points, their items and two years of stock ledger.

Every quantity is built from movements (opening, purchases, issues in the flood and fire
seasons, scrapping, stocktakes), never typed in, so the demo exercises the ledger the
way the office uses it; a few items end below their minimum and a few perishables are
expired or about to be, for the material alerts.
"""

from __future__ import annotations

import datetime as dt

from .context import DemoContext
from .places import TOWN, mobile, person

POINTS = (
    ("青石镇应急物资储备库", "government", "青石镇集镇新街18号"),
    ("东坪村应急物资储备点", "government", "东坪村村委会一楼"),
    ("柳溪村应急物资储备点", "government", "柳溪村党群服务中心"),
    ("镇水利站防汛物资仓库", "unit", "青石镇水利站院内"),
    ("青石镇卫生院应急药品库", "unit", "青石镇卫生院门诊楼负一楼"),
    ("青石镇惠民超市（协议储备）", "agreement", "青石镇集贸街56号"),
)

# name, category, spec, unit, (opening lo, hi), min, shelf life in days or None
Item = tuple[str, str, str, str, tuple[int, int], int, int | None]

ITEMS: dict[str, tuple[Item, ...]] = {
    "青石镇应急物资储备库": (
        ("救灾帐篷", "shelter", "12平方米单帐篷", "顶", (40, 80), 30, None),
        ("棉被", "shelter", "2×2.3米", "床", (150, 300), 100, None),
        ("折叠床", "shelter", "单人", "张", (60, 120), 50, None),
        ("应急照明灯", "power", "LED充电式", "盏", (40, 90), 30, None),
        ("汽油发电机", "power", "5千瓦", "台", (3, 6), 2, None),
        ("对讲机", "rescue", "防水型", "部", (15, 30), 20, None),
        ("油锯", "rescue", "", "台", (4, 8), 4, None),
        ("风力灭火机", "rescue", "6MF-30", "台", (10, 20), 10, None),
        ("雨衣雨靴", "protective", "套装", "套", (80, 150), 60, None),
        ("方便面", "food", "24袋/箱", "箱", (60, 120), 50, 240),
        ("瓶装饮用水", "water", "550毫升×24瓶", "箱", (80, 150), 60, 540),
        ("急救包", "medical", "家庭型", "个", (30, 60), 20, 730),
    ),
    "东坪村应急物资储备点": (
        ("救生衣", "flood", "成人款", "件", (20, 40), 20, None),
        ("铁锹", "rescue", "", "把", (20, 40), 10, None),
        ("手电筒", "power", "强光充电", "支", (10, 25), 10, None),
        ("应急广播喇叭", "other", "手持式", "个", (4, 8), 4, None),
        ("饼干", "food", "5公斤/箱", "箱", (15, 30), 10, 270),
    ),
    "柳溪村应急物资储备点": (
        ("救生衣", "flood", "成人款", "件", (20, 40), 20, None),
        ("编织袋", "flood", "50×80厘米", "条", (500, 1200), 500, None),
        ("铁锹", "rescue", "", "把", (20, 40), 10, None),
        ("手电筒", "power", "强光充电", "支", (10, 25), 10, None),
        ("瓶装饮用水", "water", "550毫升×24瓶", "箱", (20, 40), 15, 540),
    ),
    "镇水利站防汛物资仓库": (
        ("编织袋", "flood", "50×80厘米", "条", (3000, 6000), 2000, None),
        ("土工布", "flood", "300克/平方米", "平方米", (800, 1500), 500, None),
        ("砂石料", "flood", "", "立方米", (80, 150), 50, None),
        ("冲锋舟", "flood", "7.2米含船外机", "艘", (1, 3), 1, None),
        ("救生圈", "flood", "2.5公斤", "个", (30, 60), 30, None),
        ("抽水泵", "flood", "潜水泵3寸", "台", (6, 12), 4, None),
        ("抢险照明灯塔", "power", "移动式", "台", (1, 3), 1, None),
    ),
    "青石镇卫生院应急药品库": (
        ("医用外科口罩", "protective", "50只/盒", "盒", (100, 300), 80, 730),
        ("医用防护服", "protective", "一次性", "套", (50, 120), 40, 1095),
        ("含氯消毒液", "medical", "500毫升", "瓶", (60, 150), 50, 365),
        ("止血包扎包", "medical", "", "个", (40, 80), 30, 1095),
        ("口服补液盐", "medical", "袋装", "盒", (30, 60), 20, 540),
    ),
    "青石镇惠民超市（协议储备）": (
        ("大米", "food", "25公斤/袋", "袋", (40, 80), 30, 365),
        ("食用油", "food", "5升/桶", "桶", (30, 60), 20, 540),
        ("方便面", "food", "24袋/箱", "箱", (50, 100), 40, 240),
        ("瓶装饮用水", "water", "550毫升×24瓶", "箱", (100, 200), 80, 540),
    ),
}


def fill_materials(ctx: DemoContext) -> None:
    perishables: list[tuple[int, dt.date]] = []
    for name, kind, address in POINTS:
        point_id = ctx.insert(
            "reserve_points",
            {
                "name": name,
                "kind": kind,
                "address": f"{TOWN}{address}" if not address.startswith(TOWN) else address,
                "custodian": person(ctx.rng),
                "phone": mobile(ctx.rng),
            },
        )
        for item in ITEMS[name]:
            _item(ctx, point_id, item, perishables)
    _set_expiry(ctx, perishables)


def _item(
    ctx: DemoContext, point_id: int, item: Item, perishables: list[tuple[int, dt.date]]
) -> None:
    name, category, spec, unit, (lo, hi), minimum, shelf = item
    opened = ctx.after(ctx.start, 2, 25)
    material_id = ctx.insert(
        "materials",
        {
            "point_id": point_id,
            "name": name,
            "category": category,
            "spec": spec or None,
            "unit": unit,
            "min_quantity": minimum,
        },
    )
    qty = ctx.rng.randint(lo, hi)
    ctx.movement(material_id, opened, qty, "opening", "建账期初数")
    batch_day = opened - dt.timedelta(days=ctx.rng.randint(30, 200)) if shelf else None
    events = _events(ctx, opened)
    short_at_end = ctx.chance(0.18)
    for day, kind in events:
        if kind == "issue":
            take = max(1, int(qty * ctx.rng.uniform(0.1, 0.45)))
            if take >= qty:
                continue
            qty -= take
            ctx.movement(material_id, day, -take, "issue", ctx.pick(ISSUE_NOTES))
        elif kind == "purchase":
            add = max(1, int((hi - lo) * ctx.rng.uniform(0.4, 1.0)) + minimum // 2)
            qty += add
            ctx.movement(material_id, day, add, "purchase", "按年度储备计划采购补充")
            if shelf:
                batch_day = day
        elif kind == "donation" and category in ("food", "water", "shelter", "protective"):
            add = ctx.rng.randint(5, 30)
            qty += add
            ctx.movement(material_id, day, add, "donation", ctx.pick(DONORS) + "捐赠")
        elif kind == "scrap" and qty > 2:
            gone = ctx.rng.randint(1, max(1, qty // 10))
            qty -= gone
            ctx.movement(material_id, day, -gone, "scrap", "破损老化，经核查报废")
        elif kind == "stocktake":
            counted = qty + ctx.rng.choice((0, 0, 0, -1, -2, 1))
            counted = max(counted, 0)
            ctx.store.stocktake(material_id, counted, day.isoformat(), "年度盘点")
            if counted != qty:
                ctx.created["stock_movements"] += 1
            qty = counted
    if short_at_end and qty > minimum // 2:
        # A large issue recently (an emergency, a neighbouring township) left it short.
        day = ctx.today - dt.timedelta(days=ctx.rng.randint(10, 80))
        take = qty - ctx.rng.randint(0, max(0, minimum - 1))
        if take > 0:
            qty -= take
            ctx.movement(material_id, day, -take, "issue", "支援抢险调拨，尚未补充")
    if shelf and batch_day is not None:
        perishables.append((material_id, batch_day + dt.timedelta(days=shelf)))


def _set_expiry(ctx: DemoContext, perishables: list[tuple[int, dt.date]]) -> None:
    """Every fifth perishable is expired, two in five expire within 90 days, the rest are fine."""
    for i, (material_id, expires) in enumerate(perishables):
        if i % 5 == 1:
            expires = ctx.today - dt.timedelta(days=ctx.rng.randint(5, 60))
        elif i % 5 in (2, 4):
            expires = ctx.today + dt.timedelta(days=ctx.rng.randint(10, 85))
        elif expires <= ctx.today + dt.timedelta(days=90):
            expires = ctx.today + dt.timedelta(days=ctx.rng.randint(120, 500))
        ctx.store.update("materials", material_id, {"expires_on": expires.isoformat()})


ISSUE_NOTES = (
    "汛期调拨至受灾村组",
    "森林火灾扑救领用",
    "转移安置群众发放",
    "支援邻镇抢险",
    "演练领用，部分消耗",
    "低温雨雪天气发放困难群众",
)
DONORS = ("县红十字会", "青石化工有限公司", "爱心企业", "县慈善总会")


def _events(ctx: DemoContext, opened: dt.date) -> list[tuple[dt.date, str]]:
    """Dated ledger events after the opening, in order, none after today."""
    events: list[tuple[dt.date, str]] = []
    for year in ctx.years:
        for lo, hi, kind, p in (
            ((3, 1), (5, 31), "purchase", 0.5),
            ((6, 1), (8, 31), "issue", 0.6),
            ((7, 1), (7, 31), "issue", 0.3),
            ((1, 10), (3, 31), "issue", 0.25),
            ((4, 1), (11, 30), "donation", 0.15),
            ((9, 1), (11, 30), "scrap", 0.2),
            ((10, 1), (11, 30), "purchase", 0.35),
            ((6, 20), (6, 30), "stocktake", 0.7),
            ((12, 15), (12, 28), "stocktake", 0.9),
        ):
            day = ctx.day_in(year, lo, hi)
            if day is not None and day > opened and ctx.chance(p):
                events.append((day, kind))
    events.sort()
    return events
