"""A drill's kind is the first kind, in the declared order, whose words its title holds —
not the kind whose word comes first in the title."""

from __future__ import annotations

from emergency_desk.report.drill_scenarios import scenario_counts, scenario_kind


def test_the_first_kind_in_order_wins_wherever_its_word_stands() -> None:
    assert scenario_kind("化工园区火灾处置演练") == "chemical"
    assert scenario_kind("火灾后山体滑坡避险演练") == "geological"  # 火灾 stands first
    assert scenario_kind("学校消防疏散演练") == "fire"
    assert scenario_kind("青石镇防汛（管涌）抢险演练") == "flood"
    assert scenario_kind("综合演练") is None
    titles = ["森林防火演练", "山林火灾扑救", "化工厂有毒气体泄漏", "消防演练", "地震疏散"]
    assert scenario_counts(titles * 2) == {"forest_fire": 4, "chemical": 2, "earthquake": 2,
                                           "fire": 2}  # fmt: skip
