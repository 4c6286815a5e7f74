"""The bench database's words and days: the county's towns, villages and places, the
calls, hazards and materials it logs, the people and phones — shared by ``generate`` and
``generate_more``; changing any of them changes the generated rows (``DATA_VERSION``)."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from emergency_desk.schema import TABLES  # noqa: E402

TODAY = dt.date(2026, 11, 28)
FIRST_DAY = dt.date(2017, 1, 1)

TOWNS = [
    "城关镇",
    "青山镇",
    "河口乡",
    "石桥镇",
    "柳林乡",
    "白沙镇",
    "马坪乡",
    "龙潭镇",
    "新华街道",
    "东城街道",
    "西湖乡",
    "大洋镇",
    "黄土岭乡",
    "清水镇",
    "高桥镇",
    "双河乡",
]
VILLAGES = [
    "张家村",
    "李家湾",
    "王庄",
    "杨树沟",
    "红旗村",
    "金星村",
    "前进社区",
    "幸福村",
    "沙坝村",
    "桃园村",
    "凤凰社区",
    "长岭村",
    "石门村",
    "新民村",
    "胜利村",
    "团结村",
    "光明社区",
    "水口村",
]
PLACES = [
    "G318国道K12+300处",
    "S203省道",
    "县人民医院",
    "第一中学",
    "滨河路",
    "工业园区3号厂房",
    "农贸市场",
    "水库大坝",
    "加油站",
    "建筑工地",
    "幸福小区5栋",
    "汽车站",
    "山脚采石场",
    "河道拐弯处",
    "老街",
    "物流中心",
    "敬老院",
    "化工厂",
    "变电站",
    "隧道入口",
]
EVENTS = {
    "fire": ["发生火灾", "民房起火", "山林火灾", "电动车充电起火", "厨房油锅着火", "仓库冒烟"],
    "flood": ["道路积水严重", "河水漫堤", "内涝围困群众", "山洪暴发", "农田被淹"],
    "geological": ["发生山体滑坡", "出现泥石流", "路面塌陷", "边坡垮塌", "崩塌落石"],
    "weather": ["暴雨橙色预警", "大风蓝色预警", "寒潮预警", "高温红色预警", "冰雹预警"],
    "traffic": ["两车相撞", "货车侧翻", "摩托车追尾", "客车抛锚", "多车连环碰撞"],
    "production_safety": ["工人高处坠落", "矿井透水", "有限空间中毒", "机械伤人", "粉尘爆炸"],
    "public_health": ["疑似食物中毒", "发热病例聚集", "饮用水污染", "传染病疫情报告"],
    "social_security": ["群众聚集上访", "打架斗殴", "走失老人", "邻里纠纷"],
    "instruction": [
        "转发上级紧急通知",
        "传达防汛工作部署",
        "落实节假日值班要求",
        "开展隐患排查通知",
    ],
    "other": ["群众咨询", "设备故障报修", "信息核实", "系统测试"],
}
ALL_EVENTS = [e for events in EVENTS.values() for e in events]
ACTIONS = [
    "已通知消防救援大队赶赴现场",
    "已报告带班领导",
    "已协调乡镇干部处置",
    "已通知交警到场",
    "已转医院救治",
    "已疏散群众200余人",
    "现场已处置完毕",
    "已通知自然资源所核查",
    "持续关注中",
    "已上报县应急指挥中心",
    "已安排巡查人员",
    "已发布预警信息",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国"
UNITS = ["应急管理局", "自然资源局", "水利局", "住建局", "交通运输局", "消防救援大队", "卫健局"]
HAZARD_NAMES = {
    "reservoir": ["坝体渗漏", "溢洪道堵塞", "坝顶裂缝"],
    "pipeline": ["管道占压", "阀门锈蚀", "标识缺失"],
    "hazardous_chemicals": ["储罐超量储存", "危化品混放", "防爆设施失效"],
    "special_equipment": ["电梯超期未检", "锅炉安全阀失效", "起重机钢丝绳断股"],
    "geological": ["滑坡隐患点", "危岩体", "不稳定斜坡", "泥石流沟"],
    "flood": ["河堤缺口", "排水沟淤塞", "低洼易涝点"],
    "fire": ["消防通道堵塞", "灭火器过期", "电线私拉乱接", "疏散指示损坏"],
    "road_traffic": ["临水临崖无护栏", "急弯缺少警示", "桥梁限载标志缺失"],
    "construction": ["脚手架不稳", "基坑无防护", "塔吊未备案"],
    "social_security": ["监控盲区", "流浪人员聚集"],
    "other": ["广告牌松动", "危房"],
}
MATERIAL_NAMES = {
    "food": ["方便面", "饼干", "大米"],
    "water": ["矿泉水", "桶装水"],
    "shelter": ["救灾帐篷", "棉被", "折叠床"],
    "rescue": ["救生衣", "冲锋舟", "破拆工具组", "安全绳"],
    "medical": ["急救箱", "担架", "消毒液"],
    "power": ["柴油发电机", "应急照明灯", "手电筒"],
    "protective": ["防护服", "N95口罩", "安全帽"],
    "flood": ["编织袋", "抽水泵", "防汛沙袋"],
    "other": ["对讲机", "扩音器"],
}


def _person(r: random.Random) -> str:
    return r.choice(SURNAMES) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")


def _phone(r: random.Random) -> str:
    return f"1{r.choice('3589')}{r.randrange(10**9):09d}"


def _day(r: random.Random, start: dt.date = FIRST_DAY, end: dt.date = TODAY) -> dt.date:
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def _keys(table: str, field: str) -> list[str]:
    return list(TABLES[table].field(field).choice_keys)


def _stamp(d: dt.date) -> str:
    return f"{d.isoformat()} 09:00:00"
