"""The office's settings that the rules and reports read, with their defaults and DB keys.

Limits such as the report-up minutes differ between provinces, so every interval the
rules use is a setting here rather than a constant in the rule; the report, the
Overview, ``check`` and the Settings dialog all read them through ``load_settings``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..schema import xml_safe

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True)
class SettingSpec:
    """How one setting is stored, labelled and bounded (the dialog is built from these)."""

    name: str  # attribute of RuleSettings
    key: str  # key in the store's settings table
    zh: str
    en: str
    minimum: int = 0
    maximum: int = 0  # 0 = text setting
    suffix_zh: str = ""
    suffix_en: str = ""
    choices: tuple[tuple[str, str, str], ...] = ()  # (key, zh, en): one of these keys
    digits: int = 0  # text of exactly this many digits (or empty)
    lines: bool = False  # one item per line (the villages)
    date: bool = False  # an ISO date (or empty)

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def suffix(self, lang: str) -> str:
        return self.suffix_zh if lang == "zh" else self.suffix_en

    @property
    def is_text(self) -> bool:
        return self.maximum == 0

    def choice_label(self, key: str, lang: str) -> str:
        for k, zh, en in self.choices:
            if k == key:
                return zh if lang == "zh" else en
        return key


DUTY_LEVELS_WITH_LIMIT = ("especially_major", "major", "larger", "general")
"""Duty-entry levels that must be reported upward, most serious first."""

LATE_ALERT_LEVELS = ("especially_major", "major", "larger")
"""Levels whose late reports the Overview and ``check`` list (the issue: larger and above)."""


@dataclass(frozen=True)
class RuleSettings:
    review_years: int = 3
    review_due_soon_days: int = 90
    drill_years_special: int = 3  # special and department plans in force
    drill_years_natural: int = 1  # plans for natural disasters
    material_expiring_days: int = 90
    hazard_due_soon_days: int = 7
    report_minutes_especially_major: int = 30
    report_minutes_major: int = 30
    report_minutes_larger: int = 60
    report_minutes_general: int = 360
    roster_lookback_days: int = 30
    team_training_months: int = 12  # teams, information officers: trained at least yearly
    officer_training_months: int = 12
    shelter_inspection_months: int = 6
    cards_renewal_months: int = 12  # the two cards are renewed before each flood season
    callback_minutes: int = 30  # orange and red warnings: everyone called back within this
    incident_initial_minutes: int = 60  # 初报: within an hour of the start
    incident_followup_hours: int = 24  # 续报: at least daily while the incident goes on
    incident_verified_days: int = 5  # 核报: within five days of the end
    office_name: str = ""
    office_name_en: str = ""  # the English summary's title and signature
    region: str = ""
    area_code: str = ""  # the 12-digit statistical area code (431021104000)
    level: str = "township"  # township or county: what the office's database rolls up
    villages: str = ""  # the villages and communities of the area, one per line
    report_author: str = ""
    operator: str = ""
    records_from: str = ""  # ISO date the office's records begin; "" = when the database began

    @property
    def village_list(self) -> list[str]:
        return split_lines(self.villages)

    def report_minutes(self, level: str | None) -> int | None:
        """Minutes allowed between receiving an entry of ``level`` and reporting it up."""
        if level not in DUTY_LEVELS_WITH_LIMIT:
            return None
        return int(getattr(self, f"report_minutes_{level}"))

    @property
    def report_limits(self) -> dict[str, int]:
        return {lv: int(getattr(self, f"report_minutes_{lv}")) for lv in DUTY_LEVELS_WITH_LIMIT}

    def replace(self, **changes: Any) -> RuleSettings:
        return dataclasses.replace(self, **changes)


_Y = ("年", "years")
_D = ("天", "days")
_M = ("分钟", "minutes")
_MO = ("个月", "months")

SETTING_SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("office_name", "office_name", "单位名称", "Office name"),
    SettingSpec("office_name_en", "office_name_en", "单位英文名称", "Office name in English"),
    SettingSpec("region", "region", "所属地区", "Region"),
    SettingSpec("area_code", "area_code", "行政区划代码", "Area code", digits=12),
    SettingSpec(
        "level", "level", "层级", "Level",
        choices=(("township", "乡镇（街道）", "Township"), ("county", "区县", "County")),
    ),
    SettingSpec("villages", "villages", "辖区村（社区）", "Villages and communities", lines=True),
    SettingSpec("report_author", "report_author", "报告署名", "Report author"),
    SettingSpec("operator", "operator", "当前操作员", "Operator"),
    SettingSpec("records_from", "records_from", "台账记录起始日期", "Records kept from", date=True),
    SettingSpec(
        "review_years", "rules.review_years", "预案评估修订周期（默认）", "Plan review cycle (default)",
        1, 20, *_Y,
    ),
    SettingSpec(
        "review_due_soon_days", "rules.review_due_soon_days", "预案即将到期提醒", "Plan review reminder",
        1, 3650, *_D,
    ),
    SettingSpec(
        "drill_years_special", "rules.drill_years_special", "专项、部门预案演练周期",
        "Drill interval, special and department plans", 1, 20, *_Y,
    ),
    SettingSpec(
        "drill_years_natural", "rules.drill_years_natural", "自然灾害类预案演练周期",
        "Drill interval, natural-disaster plans", 1, 20, *_Y,
    ),
    SettingSpec(
        "material_expiring_days", "rules.material_expiring_days", "物资临期提醒",
        "Material expiry reminder", 1, 3650, *_D,
    ),
    SettingSpec(
        "hazard_due_soon_days", "rules.hazard_due_soon_days", "隐患整改临期提醒",
        "Hazard deadline reminder", 1, 365, *_D,
    ),
    SettingSpec(
        "report_minutes_especially_major", "rules.report_minutes_especially_major",
        "特别重大事件上报时限", "Report-up limit, especially major", 1, 10080, *_M,
    ),
    SettingSpec(
        "report_minutes_major", "rules.report_minutes_major", "重大事件上报时限",
        "Report-up limit, major", 1, 10080, *_M,
    ),
    SettingSpec(
        "report_minutes_larger", "rules.report_minutes_larger", "较大事件上报时限",
        "Report-up limit, larger", 1, 10080, *_M,
    ),
    SettingSpec(
        "report_minutes_general", "rules.report_minutes_general", "一般事件上报时限",
        "Report-up limit, general", 1, 10080, *_M,
    ),
    SettingSpec(
        "roster_lookback_days", "rules.roster_lookback_days", "值班表缺失检查天数",
        "Days checked for a missing roster", 1, 366, *_D,
    ),
    SettingSpec(
        "team_training_months", "rules.team_training_months", "应急队伍训练周期",
        "Team training interval", 1, 120, *_MO,
    ),
    SettingSpec(
        "officer_training_months", "rules.officer_training_months", "灾害信息员培训周期",
        "Information officer training interval", 1, 120, *_MO,
    ),
    SettingSpec(
        "shelter_inspection_months", "rules.shelter_inspection_months", "避难场所检查周期",
        "Shelter inspection interval", 1, 120, *_MO,
    ),
    SettingSpec(
        "cards_renewal_months", "rules.cards_renewal_months", "“两卡”更新周期",
        "Renewal of the two cards", 1, 120, *_MO,
    ),
    SettingSpec(
        "callback_minutes", "rules.callback_minutes", "预警叫应时限",
        "Call-back limit for warnings", 1, 1440, *_M,
    ),
    SettingSpec(
        "incident_initial_minutes", "rules.incident_initial_minutes", "灾情初报时限",
        "Initial disaster report limit", 1, 10080, *_M,
    ),
    SettingSpec(
        "incident_followup_hours", "rules.incident_followup_hours", "灾情续报间隔",
        "Follow-up report interval", 1, 720, "小时", "hours",
    ),
    SettingSpec(
        "incident_verified_days", "rules.incident_verified_days", "灾情核报时限（事件结束后）",
        "Verified report limit (after the end)", 1, 90, *_D,
    ),
)  # fmt: skip

SPECS_BY_NAME = {s.name: s for s in SETTING_SPECS}
SETTING_KEYS: dict[str, str] = {s.name: s.key for s in SETTING_SPECS}
"""Attribute -> key in the settings table; other areas read e.g. ``SETTING_KEYS["office_name"]``."""

DEFAULTS = RuleSettings()


def split_lines(text: str) -> list[str]:
    """Items one per line (or separated by 、，, ; as pasted from a document), blanks and
    repeats dropped, order kept."""
    parts = re.split(r"[\r\n、，,;；]+", text or "")
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def village_list(store: Store) -> list[str]:
    """The settings' villages, for the village fields' pick-lists."""
    raw = store.get_setting(SETTING_KEYS["villages"], None)
    return split_lines(str(raw)) if raw else []


class SettingError(ValueError):
    """A setting value that cannot be used; says which and why in both languages."""

    def __init__(self, spec: SettingSpec, value: Any):
        self.spec = spec
        self.value = value
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        s = self.spec
        if s.digits:
            if lang == "zh":
                return f"“{s.zh}”应为 {s.digits} 位数字（如 431021104000）：{self.value}"
            return f"“{s.en}” must be {s.digits} digits (e.g. 431021104000): {self.value}"
        if s.date:
            if lang == "zh":
                return f"“{s.zh}”应为日期（如 2026-01-01）：{self.value}"
            return f"“{s.en}” must be a date (e.g. 2026-01-01): {self.value}"
        if s.choices:
            if lang == "zh":
                allowed = "、".join(f"{k}（{zh}）" for k, zh, _ in s.choices)
                return f"“{s.zh}”的值“{self.value}”无效，可选：{allowed}"
            allowed = ", ".join(f"{k} ({en})" for k, _, en in s.choices)
            return f"“{s.en}”: “{self.value}” is not allowed; choose one of: {allowed}"
        if lang == "zh":
            return f"“{s.zh}”应为 {s.minimum} 到 {s.maximum} 之间的整数：{self.value}"
        return f"“{s.en}” must be a whole number from {s.minimum} to {s.maximum}: {self.value}"


def _iso_date(text: str, spec: SettingSpec, value: Any) -> str:
    """``2026-01-05``, also typed as ``2026/1/5`` or ``2026.1.5``."""
    parts = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    try:
        if parts is None:
            raise ValueError
        return dt.date(*(int(p) for p in parts.groups())).isoformat()
    except ValueError:
        raise SettingError(spec, value) from None


def check_value(spec: SettingSpec, value: Any) -> Any:
    """The value in stored form, or ``SettingError``."""
    if spec.choices:
        text = "" if value is None else str(value).strip()
        for key, zh, en in spec.choices:  # the key, or its label as a user would type it
            if text.casefold() in (key, zh, en.casefold()):
                return key
        raise SettingError(spec, value)
    if spec.is_text:
        text = "" if value is None else xml_safe(str(value)).strip()
        if spec.lines:
            return "\n".join(split_lines(text))
        if spec.date and text:
            return _iso_date(text, spec, value)
        if spec.digits and text and not re.fullmatch(rf"\d{{{spec.digits}}}", text):
            raise SettingError(spec, value)
        return text
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError
        number = int(str(value).strip()) if not isinstance(value, (int, float)) else int(value)
    except (TypeError, ValueError):
        raise SettingError(spec, value) from None
    if not spec.minimum <= number <= spec.maximum:
        raise SettingError(spec, value)
    return number


def load_settings(store: Store) -> RuleSettings:
    """The saved settings; a missing or unusable stored value falls back to its default."""
    values: dict[str, Any] = {}
    for spec in SETTING_SPECS:
        raw = store.get_setting(spec.key, None)
        if raw is None:
            continue
        try:
            values[spec.name] = check_value(spec, raw)
        except SettingError:
            continue
    return RuleSettings(**values)


def save_settings(store: Store, settings: RuleSettings) -> None:
    """Save every setting that differs from what is stored, in one transaction.

    All values are checked first, so one bad value leaves every stored setting as it was.
    """
    checked = {s.name: check_value(s, getattr(settings, s.name)) for s in SETTING_SPECS}
    with store.transaction():
        for spec in SETTING_SPECS:
            value = checked[spec.name]
            if store.get_setting(spec.key, None) != value:
                store.set_setting(spec.key, value)
