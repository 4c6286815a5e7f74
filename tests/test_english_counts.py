"""Alert lines in English agree with their number: "1 day left", "every year" (issue 15.9)."""

from __future__ import annotations

from emergency_desk.rules.alert_rows import describe
from emergency_desk.rules.alerts import evaluate
from emergency_desk.rules.settings import RuleSettings
from emergency_desk.store import Store

TODAY = "2024-06-15"
S = RuleSettings()


def _lines(store: Store, key: str, settings: RuleSettings = S, lang: str = "en") -> list[str]:
    group = evaluate(store, TODAY, settings, now=f"{TODAY} 23:59", keys=(key,))[key]
    return [r.text for r in describe(store, group, TODAY, settings, lang)]


def _hazard(store: Store, name: str, deadline: str) -> None:
    store.insert(
        "hazards",
        {"found_on": "2024-01-01", "name": name, "category": "fire", "grade": "general",
         "deadline": deadline},
    )  # fmt: skip


def test_one_day_left_and_one_day_overdue(store: Store) -> None:
    _hazard(store, "渗漏", "2024-06-16")
    _hazard(store, "裂缝", "2024-06-18")
    _hazard(store, "堵塞", "2024-06-14")
    _hazard(store, "坍塌", "2024-06-12")
    soon = _lines(store, "hazards_due_soon")
    assert any(line.endswith(", 1 day left") for line in soon), soon
    assert any(line.endswith(", 3 days left") for line in soon), soon
    late = _lines(store, "hazards_overdue")
    assert any(line.endswith(", 1 day overdue") for line in late), late
    assert any(line.endswith(", 3 days overdue") for line in late), late
    assert any(line.endswith("还剩 1 天") for line in _lines(store, "hazards_due_soon", lang="zh"))


def test_a_plan_drilled_every_year(store: Store) -> None:
    store.insert(
        "plans",
        {"title": "防汛预案", "level": "grassroots", "category": "natural_disaster",
         "issued_on": "2015-01-01", "revised_on": "2024-01-01"},
    )  # fmt: skip
    (line,) = _lines(store, "plans_not_drilled", S.replace(drill_years_natural=1))
    assert "to be drilled every year;" in line
    (line,) = _lines(store, "plans_not_drilled", S.replace(drill_years_natural=2))
    assert "to be drilled every 2 years;" in line


def test_a_window_of_one_day_is_singular_in_the_title(store: Store) -> None:
    one = S.replace(hazard_due_soon_days=1, team_training_months=1)
    groups = evaluate(store, TODAY, one, now=f"{TODAY} 23:59")
    assert groups["hazards_due_soon"].title("en") == "Hazards due within 1 day"
    assert groups["teams_untrained"].title("en") == "Teams not trained in 1 month"
    assert groups["hazards_due_soon"].title("zh") == "1 天内到整改期限的隐患"
    seven = evaluate(store, TODAY, S, now=f"{TODAY} 23:59")["hazards_due_soon"]
    assert seven.title("en") == "Hazards due within 7 days"
