"""The imaginary township the demo data lives in: its villages, sites, people and units.

One coherent place makes the demo read like a real office's books — the same villages,
reservoirs and duty officers turn up in hazards, drills and the duty log — which is what
makes screenshots and the annual summary believable.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

COUNTY = "某县"
TOWN = "青石镇"
OFFICE = "青石镇应急管理办公室"
OFFICE_EN = "Qingshi Township Emergency Management Office"
REGION = f"{COUNTY}{TOWN}"
DUTY_PHONE = "0736-5821110"
AREA_CODE = "430723104000"  # a township's 12-digit statistical code (county 430723, town 104)

VILLAGES = (
    "东坪村",
    "柳溪村",
    "石门村",
    "桃源村",
    "龙潭村",
    "白沙村",
    "杨家坝村",
    "高山村",
    "河口村",
    "枫林村",
    "青石社区",
    "新华社区",
)
GROUPS = tuple(f"{n}组" for n in "一二三四五六七八")
HILL_SPOTS = ("后山", "山脚", "老屋场", "半坡", "垭口", "塘湾", "冲口")
RESERVOIRS = ("青龙水库", "白沙塘水库", "柳溪山塘", "龙潭水库")
RIVERS = ("清水河", "柳溪河", "石门溪")
ROADS = ("省道S207线", "县道X035线", "青石至石门公路", "东坪至高山通村公路", "柳溪大桥")
SCHOOLS = ("青石镇中心小学", "青石镇中学", "东坪村小学", "新华社区幼儿园")

ENTERPRISES = (
    "青石化工有限公司",
    "中石化青石加油站",
    "青石镇液化气供应站",
    "宏达石料厂",
    "兴旺烟花爆竹批发部",
    "青石建材有限公司",
    "绿源竹木加工厂",
    "青石镇农贸市场",
)
PUBLIC_PLACES = (
    "青石镇卫生院",
    "青石镇敬老院",
    "青石镇客运站",
    "新华社区老旧小区",
    "青石镇集贸街",
    "青石镇文化广场",
    "金水湾建设工地",
    "镇政府办公楼",
)

TOWN_UNITS = (
    "镇应急管理办公室",
    "镇党政综合办公室",
    "镇综合行政执法大队",
    "镇农业综合服务中心",
    "镇水利站",
    "镇林业站",
    "镇卫生院",
    "镇中心学校",
    "镇派出所",
    "镇安监站",
    "镇自然资源所",
    "镇社会事务办",
)
UPPER_UNITS = ("县应急管理局", "县委县政府总值班室", "县防汛抗旱指挥部办公室", "县自然资源局")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许邓冯韩曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱戴严欧莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力红玉兰春梅海波斌宇浩凯鹏志新德福永成光荣林峰云飞东晓琴琳燕红亮俊立"


@dataclass(frozen=True)
class Staff:
    """The office's people: who leads a shift, who answers the phone, who signs off."""

    leaders: tuple[str, ...]
    officers: tuple[str, ...]
    inspectors: tuple[str, ...]


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def mobile(rng: random.Random) -> str:
    return rng.choice(
        ("138", "139", "135", "137", "150", "152", "158", "187", "189", "177")
    ) + "".join(str(rng.randrange(10)) for _ in range(8))


def distinct_people(rng: random.Random, n: int, taken: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    while len(out) < n:
        name = person(rng)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return tuple(out)


def make_staff(rng: random.Random) -> Staff:
    taken: set[str] = set()
    return Staff(
        leaders=distinct_people(rng, 6, taken),
        officers=distinct_people(rng, 10, taken),
        inspectors=distinct_people(rng, 5, taken),
    )


def village(rng: random.Random) -> str:
    return rng.choice(VILLAGES)


def village_spot(rng: random.Random, v: str | None = None) -> str:
    """A place in a village the way a caller names it: 柳溪村三组后山."""
    v = v or village(rng)
    if v.endswith("社区"):
        return v + rng.choice(("老街", "北区", "沿河路", "安置小区"))
    return v + rng.choice(GROUPS) + rng.choice(HILL_SPOTS)


def committee(v: str) -> str:
    """The village's or community's own committee: 东坪村村民委员会, 青石社区居民委员会."""
    return v + ("居民委员会" if v.endswith("社区") else "村民委员会")
