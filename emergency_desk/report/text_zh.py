"""The Chinese summary, in the register of an office's own year-end report.

Sentences are built from the figures only; a part of an enumeration that is zero is left
out, and a register with nothing that year gets one plain sentence instead of zeros.
"""

from __future__ import annotations

from . import text_zh_details as _details
from . import text_zh_outlook as _outlook
from . import text_zh_problems as _problems
from .figures import SummaryFigures, in_schema_order, largest_first, main_and_rest
from .model import Para
from .numbers import full_date_zh, inner_quotes, join_zh, money_zh, month_day_zh, pct
from .occasions import occasions
from .text_ledgers_zh import ledgers as ledgers
from .text_zh_words import (
    cn,
    label,
    nonzero_parts,
    quoted_list,
    whole_year,
    year_end,
)

# -- problems, next year's plan, appendix titles (text_zh_outlook.py) ----------------------
# summary.py and user_texts.py read every part as text_zh.<name>.

problem = _problems.problem
plan_item = _outlook.plan_item
status_text = _outlook.status_text
NO_PROBLEMS = _problems.NO_PROBLEMS
APPENDIX_TITLES = _outlook.APPENDIX_TITLES
SERIAL = _outlook.SERIAL


# -- headings ------------------------------------------------------------------------------


def title(f: SummaryFigures) -> str:
    return f"{f.office_zh}{f.year}年应急管理工作总结"


def section_headings(f: SummaryFigures) -> tuple[str, str, str]:
    return (
        f"一、{f.year}年工作开展情况",
        "二、存在的问题",
        f"三、{f.year + 1}年工作计划",
    )


SUBSECTION_TITLES = {
    "plans": "应急预案管理",
    "drills": "应急演练",
    "hazards": "隐患排查治理",
    "activities": "宣传教育培训",
    "materials": "应急物资保障",
    "ledgers": "应急力量与预警叫应",
    "duty": "值班值守与信息报送",
    "duty_alone": "值班值守",
}


def subsection_heading(n: int, key: str) -> str:
    return f"（{cn(n)}）{SUBSECTION_TITLES[key]}"


def item_marker(n: int) -> str:
    return f"（{cn(n)}）"


def date_text(f: SummaryFigures) -> str:
    return full_date_zh(f.today)


ATTACHMENTS_LABEL = "附件："


def office_signature(f: SummaryFigures) -> str:
    return f.office_zh


# -- opening -------------------------------------------------------------------------------


def default_opening(f: SummaryFigures) -> str:
    return (
        f"{f.year}年，{f.office_zh}在上级党委、政府和应急管理部门的坚强领导下，"
        "坚持人民至上、生命至上，统筹发展和安全，围绕应急预案管理、应急演练、"
        "隐患排查治理、宣传教育培训、应急物资保障和值班值守等重点工作，"
        "扎实推进应急管理体系和能力建设，各项工作有序开展。现将有关情况总结如下："
    )


# -- the year's work, register by register ------------------------------------------------


def plans(f: SummaryFigures) -> list[Para]:
    p = f.plans
    if not p.in_force_total and not p.issued and not p.revised:
        return [Para("目前暂无现行有效的应急预案，本年度也未新制定或修订预案。")]
    out: list[str] = []
    if p.in_force_total:
        in_force = in_schema_order(p.in_force, "plans", "level")
        levels = nonzero_parts(in_force, lambda k, n: f"{label('plans', 'level', k)}{n}件")
        s = f"截至{year_end(f.year, f.as_of)}，现行有效应急预案共{p.in_force_total}件"
        if len(levels) > 1:
            s += "，其中" + join_zh(levels)
        elif levels:  # one record "为", never "1件…均为"
            s += ("，均为" if p.in_force_total > 1 else "，为") + label(
                "plans", "level", next(iter(p.in_force))
            )
        out.append(s + "。")
    else:
        out.append(f"截至{year_end(f.year, f.as_of)}，暂无现行有效的应急预案。")
    done: list[str] = []
    if p.issued:
        done.append(
            f"新制定印发预案{p.issued}件（{quoted_list(p.issued_titles[:3], p.issued, '《》')}）"
        )
    if p.revised:
        done.append(
            f"修订完善预案{p.revised}件（{quoted_list(p.revised_titles[:3], p.revised, '《》')}）"
        )
    if done:
        out.append(f"{whole_year(f.year, f.as_of)}" + "，".join(done) + "，预案体系进一步健全。")
    if p.due:  # which ones is said once, in 存在的问题
        out.append(
            f"按照至少每{f.settings.review_years}年评估修订一次的要求，"
            f"{len(p.due)}件预案已到评估修订期限。"
        )
    return [Para("".join(out))]


def drills(f: SummaryFigures) -> list[Para]:
    d = f.drills
    if not d.total:
        return [Para("本年度未组织开展应急演练。")]
    if d.total == 1 and d.largest:
        x = d.largest[0]
        s = (
            f"{whole_year(f.year, f.as_of)}组织开展应急演练1次，即{month_day_zh(x.held_on)}开展的“{inner_quotes(x.title)}”"
            f"（{label('drills', 'form', x.form)}）"
        )
    else:
        s = f"{whole_year(f.year, f.as_of)}共组织开展应急演练{d.total}次"
        forms = nonzero_parts(
            largest_first(d.by_form, "drills", "form"),
            lambda k, n: f"{label('drills', 'form', k)}{n}次",
        )
        if len(forms) > 1:
            s += "，其中" + join_zh(forms)
        elif forms:
            s += "，均为" + label("drills", "form", next(iter(d.by_form)))  # total > 1 here
    extra = []
    if d.participants:
        extra.append(f"参演人员{d.participants}人次")
    if d.vehicles:
        extra.append(f"出动车辆{d.vehicles}台次")
    if extra:
        s += "，" + "，".join(extra)
    s += "。" + _details.drill_kinds(f)
    if d.largest and d.total > 1:
        named = []
        for x in d.largest:
            bits = f"参演{x.participants}人"
            if x.vehicles:
                bits += f"、出动车辆{x.vehicles}台"
            named.append(f"{month_day_zh(x.held_on)}开展的“{inner_quotes(x.title)}”，{bits}")
        s += ("规模较大的有：" if len(named) > 1 else "其中规模较大的是") + "；".join(named) + "。"
    s += _details.drill_ratings(f)
    if d.actions:
        s += f"针对演练中暴露的问题，制定整改措施{d.actions}项"
        if d.actions_done == d.actions:
            s += "，均已完成整改。" if d.actions > 1 else "，已完成整改。"
        elif d.actions_done:
            s += f"，已完成{d.actions_done}项。"
        else:
            s += "，正在组织落实。"
    s += "通过演练，检验了预案的可操作性，锻炼了应急队伍，提高了协同处置能力。"
    return [Para(s)]


def hazards(f: SummaryFigures) -> list[Para]:
    h = f.hazards
    if not h.found:
        return [Para("本年度未排查出新的安全隐患。")]
    s = f"坚持问题导向，{whole_year(f.year, f.as_of)}共排查各类安全隐患{h.found}处"
    grades = nonzero_parts(
        {g: h.by_grade.get(g, 0) for g in ("major", "general")},
        lambda k, n: f"{label('hazards', 'grade', k)}隐患{n}处",
    )
    if len(grades) > 1:
        s += "，其中" + join_zh(grades)
    elif grades:
        s += (
            ("，均为" if h.found > 1 else "，为")
            + label("hazards", "grade", next(iter(h.by_grade)))
            + "隐患"
        )
    if h.rectified:
        s += f"，已整改{h.rectified}处，整改率{pct(h.rate)}。"
    else:
        s += "，目前均未完成整改。" if h.found > 1 else "，目前尚未完成整改。"
    if len(h.by_category) > 1:
        main, rest = main_and_rest(h.by_category, "hazards", "category")
        cats = nonzero_parts(main, lambda k, n: f"{label('hazards', 'category', k)}类{n}处")
        if rest:  # several small categories together are "其他各类"
            several = len(h.by_category) - len(main) > 1
            cats.append(f"其他{'各' if several else ''}类{rest}处")
        s += "从类别看，" + join_zh(cats) + "。"
    if h.funds:
        s += f"落实隐患整改资金{money_zh(h.funds)}。"
    if h.open:
        pending = h.open - len(h.overdue)
        bits = []
        if pending:
            bits.append(f"{pending}处正在按期整改")
        if h.overdue:
            bits.append(f"{len(h.overdue)}处已超过整改期限")
        if pending and h.overdue:
            s += f"尚未完成整改的{h.open}处隐患中，" + "，".join(bits) + "。"
        elif h.overdue:
            s += f"尚有{len(h.overdue)}处隐患超过整改期限仍未完成整改。"
        elif h.rectified:
            s += f"其余{pending}处隐患正在按期整改。"
        else:  # nothing rectified yet, nothing overdue: "其余" would have nothing before it
            s += "相关隐患正在按期整改。"
    return [Para(s)]


ACTIVITY_WORDS = {
    "publicity": ("宣传活动", "场"),
    "training": ("培训", "期"),
    "themed_day": ("主题日活动", "场"),
    "school": ("进校园活动", "场"),
    "community": ("进社区活动", "场"),
    "media": ("媒体宣传", "次"),
}


def activities(f: SummaryFigures) -> list[Para]:
    a = f.activities
    if not a.total:
        return [Para("本年度未组织开展宣传教育培训活动。")]
    s = ""
    named = occasions([t for _, t in a.themed_days], "zh")
    if named:
        s += f"结合{join_zh(named[:4])}等重要节点，"
    s += f"{whole_year(f.year, f.as_of)}共开展宣传教育培训活动{a.total}场次"
    trained = a.participants_by_kind.get("training", 0)

    def kind_text(k: str, n: int) -> str:
        word, unit = ACTIVITY_WORDS[k]
        extra = f"（培训{trained}人次）" if k == "training" and trained else ""
        return f"{word}{n}{unit}{extra}"

    kinds = nonzero_parts(in_schema_order(a.by_kind, "activities", "kind"), kind_text)
    if len(kinds) > 1:
        s += "，其中" + join_zh(kinds)
    if a.participants:
        s += f"，参与群众{a.participants}人次"
    s += "。" + _details.activity_places(f)
    handed = []
    if a.leaflets:
        handed.append(f"宣传资料{a.leaflets}份")
    if a.manuals:
        handed.append(f"应急手册{a.manuals}本")
    given = ["发放" + join_zh(handed)] if handed else []
    if a.banners:
        given.append(f"悬挂横幅标语{a.banners}条")
    if given:
        s += "，".join(given) + "，群众防灾减灾意识和自救互救能力进一步增强。"
    return [Para(s)]


def materials(f: SummaryFigures) -> list[Para]:
    m = f.materials
    if not m.points and not m.items:
        return [Para("目前尚未设立应急物资储备点。")]
    s = f"截至{year_end(f.year, f.as_of)}，共有应急物资储备点{m.points}个"
    kinds = nonzero_parts(
        in_schema_order(m.points_by_kind, "reserve_points", "kind"),
        lambda k, n: f"{label('reserve_points', 'kind', k)}{n}个",
    )
    if len(kinds) > 1:
        s += "（其中" + join_zh(kinds) + "）"
    if m.items:
        s += f"，储备各类应急物资{m.items}种，涵盖{m.categories}个类别"
    s += "。"
    if m.key_stocks:
        stocks = [f"{x.name}{x.quantity}{x.unit}" for x in m.key_stocks[:6]]
        s += "主要储备有" + join_zh(stocks) + "等。"
    moves = []
    if m.purchases:
        moves.append(f"采购（含捐赠）入库{m.purchases}批次")
    if m.issues:
        moves.append(f"调拨发放{m.issues}批次")
    if moves:
        s += f"{whole_year(f.year, f.as_of)}" + "，".join(moves) + "。"
    # Short, expired and expiring items are said once, under the problems.
    return [Para(s)]


def duty(f: SummaryFigures) -> list[Para]:
    d = f.duty
    if not d.entries and not d.days_rostered:
        return [Para("本年度未接报需要处置的突发事件信息。")]
    out = []
    if d.days_rostered:
        s = "严格落实24小时值班和领导带班制度，"
        if d.days_expected and d.days_rostered >= d.days_expected:
            s += f"{whole_year(f.year, f.as_of)}{d.days_rostered}天均安排值班人员"
        else:
            s += f"{whole_year(f.year, f.as_of)}安排值班{d.days_rostered}天"
        if d.handovers:
            s += f"，规范交接班{d.handovers}次"
        out.append(s + "。")
    if d.entries:
        # the period is said once in the paragraph
        s = f"{'' if d.days_rostered else whole_year(f.year, f.as_of)}共接报各类信息{d.entries}条"
        types = nonzero_parts(
            largest_first(d.by_type, "duty_log", "type"),
            lambda k, n: f"{label('duty_log', 'type', k)}{n}条",
        )
        if len(types) > 1:
            s += "，其中" + join_zh(types[:6]) + ("等" if len(types) > 6 else "")
        s += "。"
        if d.by_level:
            order = ("especially_major", "major", "larger", "general")
            levels = [
                f"{label('duty_log', 'level', k)}事件{d.by_level[k]}起"
                for k in order
                if d.by_level.get(k)
            ]
            s += "按事件等级分，" + join_zh(levels) + "。"
        if d.leveled:
            if d.on_time == d.leveled:
                s += (
                    f"{d.leveled}起分级事件均在规定时限内向上级报告，按时上报率100%。"
                    if d.leveled > 1
                    else "该起分级事件在规定时限内向上级报告。"
                )
            elif not d.on_time:
                s += (
                    f"{d.leveled}起分级事件均未在规定时限内向上级报告。"
                    if d.leveled > 1
                    else "该起分级事件未在规定时限内向上级报告。"
                )
            else:
                s += (
                    f"{d.leveled}起分级事件中，{d.on_time}起在规定时限内向上级报告，"
                    f"按时上报率{pct(d.on_time_rate)}。"
                )
        out.append(s)
    else:
        out.append(f"{whole_year(f.year, f.as_of)}未接报需要处置的突发事件信息。")
    return [Para("".join(out))]
