"""The kind of emergency a drill rehearsed, read from its title and scenario.

The register's "演练情景" is free text ("某水库遭遇强降雨，坝体出现管涌险情…"); a summary
names the kinds ("涵盖防汛抢险、森林防火等场景"). The first kind whose words appear wins, so
the specific ones (a chemical leak, a forest fire) come before the general (a fire).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# (key, zh, en, words that mark it)
SCENARIO_KINDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("chemical", "危化品泄漏", "hazardous chemical leaks", ("危化", "危险化学品", "有毒气体", "化工")),
    ("gas", "燃气泄漏", "gas leaks", ("燃气", "液化气", "天然气")),
    ("forest_fire", "森林防火", "forest fires", ("森林", "山林", "林区", "山火")),
    ("flood", "防汛抢险", "flood rescue", ("防汛", "洪", "强降雨", "水位", "管涌", "内涝", "溃坝")),
    ("geological", "地质灾害避险", "geological hazards", ("地质", "滑坡", "泥石流", "崩塌", "裂缝")),
    ("earthquake", "地震应急疏散", "earthquake evacuation", ("地震",)),
    ("traffic", "道路交通事故救援", "road accident rescue", ("交通", "相撞", "车祸", "翻车")),
    ("health", "突发公共卫生事件处置", "public health emergencies", ("公共卫生", "发热", "疫情", "传染", "流调")),
    ("food", "食物中毒处置", "food poisoning", ("中毒", "食品安全")),
    ("crowd", "人员密集场所疏散", "crowd evacuation", ("人员密集", "踩踏")),
    ("school", "校园安全防范", "school security", ("校园", "可疑人员")),
    ("work_safety", "生产安全事故救援", "workplace accident rescue", ("坍塌", "生产安全", "矿山", "有限空间")),
    ("fire", "消防疏散", "fire evacuation", ("火灾", "火情", "消防", "起火", "着火")),
)  # fmt: skip

SHOWN = 4  # kinds named; the rest are "等"


_MARKS = tuple(
    (key, re.compile("|".join(map(re.escape, marks)))) for key, _zh, _en, marks in SCENARIO_KINDS
)


@lru_cache(maxsize=4096)
def scenario_kind(text: str) -> str | None:
    """The key of the first kind whose words ``text`` holds; None if none fits. (A
    county's summary reads thousands of drills, their titles often the same: each kind's
    words are one pattern, and a title once read is remembered.)"""
    for key, marks in _MARKS:
        if marks.search(text):
            return key
    return None


def scenario_counts(texts: Iterable[str]) -> dict[str, int]:
    """Drills per kind, most first; a tie in the order of SCENARIO_KINDS."""
    c = Counter(k for k in map(scenario_kind, texts) if k)
    order = {key: i for i, (key, *_rest) in enumerate(SCENARIO_KINDS)}
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], order[kv[0]])))


def scenario_label(key: str, lang: str) -> str:
    for k, zh, en, _marks in SCENARIO_KINDS:
        if k == key:
            return zh if lang == "zh" else en
    return key
