"""Chinese sentences on what the drill and publicity registers hold beyond counts:
comprehensive or single-subject drills, the scenarios rehearsed, how drills were rated and
the problems they found; where events were held and the units that organised them.

Each function returns "" when the register holds nothing for it, so a register that leaves
these fields empty reads as before.
"""

from __future__ import annotations

from .drill_scenarios import SHOWN, scenario_counts, scenario_label
from .figures import SummaryFigures, in_schema_order
from .numbers import join_zh
from .text_zh_words import label, nonzero_parts

PLACES_SHOWN = 3
SCOPES = ("comprehensive", "single")  # the larger kind first, as offices write it


def drill_kinds(f: SummaryFigures) -> str:
    """ "从演练类型看，综合演练3次、单项演练12次；演练内容涵盖防汛抢险、森林防火等场景。" """
    d = f.drills
    bits = []
    by_scope = {k: d.by_scope[k] for k in SCOPES if d.by_scope.get(k)}
    scopes = nonzero_parts(by_scope, lambda k, n: f"{label('drills', 'scope', k)}演练{n}次")
    if len(scopes) > 1:
        bits.append("从演练类型看，" + join_zh(scopes))
    elif scopes:
        key = next(iter(by_scope))
        name = f"{label('drills', 'scope', key)}演练"
        if d.total == 1:
            bits.append(f"该演练为{name}")
        elif d.by_scope[key] == d.total:
            bits.append(f"从演练类型看，均为{name}")
        else:
            bits.append(f"从演练类型看，{scopes[0]}")
    kinds = scenario_counts(f.drill_details.scenarios)
    names = [scenario_label(k, "zh") for k in list(kinds)[:SHOWN]]
    if len(names) == 1:
        bits.append(f"演练内容为{names[0]}")
    elif names:
        bits.append("演练内容涵盖" + join_zh(names) + ("等场景" if len(kinds) > SHOWN else "场景"))
    return "；".join(bits) + "。" if bits else ""


def drill_ratings(f: SummaryFigures) -> str:
    """ "经评估，良好5次、合格4次、需改进1次，共查找出问题18个。" (rated drills only)"""
    d, x = f.drills, f.drill_details
    rated = sum(x.by_rating.values())
    bits = []
    if rated:
        ratings = in_schema_order(x.by_rating, "drills", "rating")
        parts = nonzero_parts(ratings, lambda k, n: f"{label('drills', 'rating', k)}{n}次")
        head = "经评估，" if rated == d.total else f"已开展评估的{rated}次演练中，"
        if len(parts) > 1:
            bits.append(head + join_zh(parts))
        else:
            word = label("drills", "rating", next(iter(ratings)))
            if rated == 1:
                bits.append(("经评估，结论为" if d.total == 1 else head + "评估结论为") + word)
            else:
                bits.append(head + "均为" + word)
    if x.problems:
        bits.append(("共查找出问题" if rated else "演练中共查找出问题") + f"{x.problems}个")
    return "，".join(bits) + "。" if bits else ""


def activity_places(f: SummaryFigures) -> str:
    """ "活动主要在青石镇文化广场、镇中心学校等地开展，会同镇安监站、镇林业站等单位共同组织实施。" """
    a = f.activity_places
    bits = []
    if a.places:
        names = join_zh([p for p, _ in a.places[:PLACES_SHOWN]])
        if len(a.places) > PLACES_SHOWN:
            bits.append(f"活动主要在{names}等地开展")
        elif len(a.places) > 1:
            bits.append(f"活动分别在{names}开展")
        else:
            bits.append(f"活动{'均' if f.activities.total > 1 else ''}在{names}开展")
    if a.organizers:
        names = join_zh([o for o, _ in a.organizers[:PLACES_SHOWN]])
        more = "等单位" if len(a.organizers) > PLACES_SHOWN else ""
        bits.append(("会同" if bits else "各项活动会同") + f"{names}{more}共同组织实施")
    return "，".join(bits) + "。" if bits else ""
