"""The county summary's sentences, in Chinese and in English.

The same voice as the township summary (``text_zh``/``text_en``): figures as counts with
their measure words, rates as ``pct`` writes them, lists joined as each language joins
them. Kept apart from the township texts, which other work changes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..store.county_figures import TownshipFigures
from .numbers import full_date_en, full_date_zh, join_en, join_zh, money_en, money_zh, pct


def _money(losses: Decimal, lang: str) -> str:
    yuan = losses * 10000  # the ledgers keep losses in 10k yuan
    return money_zh(yuan) if lang == "zh" else money_en(yuan)


def title(office: str, year: int, lang: str) -> str:
    if lang == "zh":
        return f"{office}{year}年全县应急管理工作汇总"
    return f"{office}: Emergency Management across the County, {year}"


def section_headings(year: int, lang: str) -> tuple[str, str, str]:
    if lang == "zh":
        return (f"一、{year}年全县工作开展情况", "二、各乡镇工作情况", "三、工作滞后的乡镇")
    return (
        f"1. Work across the county in {year}",
        "2. The townships",
        "3. Townships behind",
    )


def opening(n_towns: int, as_of: dt.date, partial: bool, lang: str) -> str:
    if lang == "zh":
        upto = f"截至{full_date_zh(as_of)}的" if partial else "全年"
        return (
            f"本汇总根据县本级台账和{n_towns}个乡镇报送的数据包生成，{upto}数据为县本级与各乡镇合计；"
            "各乡镇情况以其最近一次报送的数据包为准。"
        )
    upto = f"up to {full_date_en(as_of)}" if partial else "for the whole year"
    towns = "one township" if n_towns == 1 else f"{n_towns} townships"
    return (
        f"This summary draws on the county's own registers and the data packages of {towns}; "
        f"the figures {upto} are the county's own and the townships' together, each township "
        "as of its latest package."
    )


def township_line(name: str, f: TownshipFigures, packaged_on: str | None, lang: str) -> str:
    """One township's figures in one paragraph (``packaged_on`` None: the county's own)."""
    if lang == "zh":
        parts = [
            f"排查隐患{f.hazards_found}处，已整改{f.hazards_rectified}处"
            + (f"，整改率{pct(f.rate)}" if f.rate is not None else "")
            + f"，逾期未整改{f.hazards_overdue}处，重大隐患未整改{f.major_open}处",
            f"开展演练{f.drills}次、参演{f.participants:,}人次",
            f"逾期未评估修订预案{f.plans_past_review}件",
            f"低于最低储备物资{f.stock_short}种、已过期物资{f.stock_expired}种",
        ]
        if f.reports_due:
            parts.append(f"应报送信息{f.reports_due}条，按时报送{f.reports_on_time}条")
        if f.incidents:
            parts.append(f"发生突发事件{f.incidents}起，直接经济损失{_money(f.losses, lang)}")
        tail = f"（数据包生成于{full_date_zh(packaged_on)}）" if packaged_on else ""
        return f"{name}：" + "；".join(parts) + f"。{tail}"
    parts = [
        f"{f.hazards_found} hazards found, {f.hazards_rectified} rectified"
        + (f" ({pct(f.rate)})" if f.rate is not None else "")
        + f", {f.hazards_overdue} overdue, {f.major_open} major ones open",
        f"{f.drills} drills with {f.participants:,} participants",
        f"{f.plans_past_review} plans past their review",
        f"{f.stock_short} items below minimum stock and {f.stock_expired} expired",
    ]
    if f.reports_due:
        parts.append(f"{f.reports_on_time} of {f.reports_due} reports up on time")
    if f.incidents:
        parts.append(f"{f.incidents} incidents with direct losses of {_money(f.losses, lang)}")
    tail = f" (package of {full_date_en(packaged_on)})" if packaged_on else ""
    return f"{name}: " + "; ".join(parts) + f".{tail}"


def own_name(lang: str) -> str:
    return "县本级" if lang == "zh" else "County's own"


def total_name(lang: str) -> str:
    return "全县合计" if lang == "zh" else "County total"


def behind_paras(rows: list[tuple[str, TownshipFigures]], lang: str) -> list[str]:
    """Who is behind on what the county bureau is asked about, worst first."""
    zh = lang == "zh"
    join = join_zh if zh else join_en
    checks = (
        ("hazards_overdue", "隐患逾期未整改：", "Hazards past their deadline: ", "处", ""),
        ("stock_expired", "储备物资已过期：", "Expired stock: ", "种", " items"),
        ("reports_late", "信息超时报送或未报送：", "Reports up late or not at all: ", "条", ""),
    )
    out = []
    for attr, lead_zh, lead_en, unit_zh, unit_en in checks:
        named = sorted(
            ((n, int(getattr(f, attr))) for n, f in rows if getattr(f, attr)),
            key=lambda item: -item[1],
        )
        if named:
            items = [f"{n}{k}{unit_zh}" if zh else f"{n} {k}{unit_en}" for n, k in named]
            out.append((lead_zh if zh else lead_en) + join(items) + ("。" if zh else "."))
    rated = [(n, f.rate) for n, f in rows if f.rate is not None]
    if len(rated) > 1:
        name, rate = min(rated, key=lambda item: item[1])
        out.append(
            f"隐患整改率最低的是{name}（{pct(rate)}）。"
            if zh
            else f"The lowest rectification rate is {name}'s ({pct(rate)})."
        )
    if not out:
        out.append(
            "各乡镇均无逾期未整改隐患、过期物资和超时报送的信息。"
            if zh
            else "No township has overdue hazards, expired stock or late reports."
        )
    return out


TABLE_HEADERS = {
    "zh": (
        "乡镇", "排查隐患", "已整改", "整改率", "逾期未整改", "重大未整改", "演练次数",
        "参演人次", "预案逾期", "物资不足", "物资过期", "按时报送", "突发事件", "直接损失(万元)",
    ),
    "en": (
        "Township", "Hazards", "Rectified", "Rate", "Overdue", "Major open", "Drills",
        "Participants", "Plans past review", "Below min.", "Expired", "On time / due",
        "Incidents", "Loss (10k yuan)",
    ),
}  # fmt: skip
"""Short enough that fourteen columns fit a landscape page unbroken (``docx_writer``); the
package dates are in part two."""


def table_title(lang: str) -> str:
    return "各乡镇主要工作指标" if lang == "zh" else "The townships' main figures"


def table_row(name: str, f: TownshipFigures) -> list[str]:
    return [
        name,
        str(f.hazards_found),
        str(f.hazards_rectified),
        pct(f.rate),
        str(f.hazards_overdue),
        str(f.major_open),
        str(f.drills),
        f"{f.participants:,}",
        str(f.plans_past_review),
        str(f.stock_short),
        str(f.stock_expired),
        f"{f.reports_on_time}/{f.reports_due}" if f.reports_due else "",
        str(f.incidents),
        f"{f.losses:,.2f}",
    ]
