"""Why a printout cannot be made, in one sentence in the user's language."""

from __future__ import annotations

from ..bilingual import BilingualError

MESSAGES: dict[str, tuple[str, str]] = {
    "no_record": (
        "{table_zh}中没有编号为 {id} 的记录。",
        "There is no record {id} in {table_en}.",
    ),
    "recheck_open": (
        "隐患“{name}”尚未整改（当前状态：{status_zh}），整改完成后才能打印复查意见书。",
        "The hazard “{name}” is not rectified yet ({status_en}); the re-inspection opinion "
        "can be printed once it is.",
    ),
    "wrong_register": (
        "{form_zh}只能为{table_zh}中的记录打印。",
        "A {form_en} can only be printed for a record in {table_en}.",
    ),
    "no_such_register": (
        "没有名为“{name}”的台账，可用的有：{names}。",
        "There is no register “{name}”; the registers are: {names}.",
    ),
    "needs_id": ("请用 --id 指明要打印的记录。", "Name the record to print with --id."),
    "bad_year": (
        "年份 {year} 无效，应在 2000 到 2100 之间。",
        "The year {year} is not valid; give one between 2000 and 2100.",
    ),
    "cannot_write": ("{reason}", "{reason}"),
    "no_points": (
        "“{village}”没有监测中的风险隐患点，无需打印明白卡。",
        "“{village}” has no monitored risk points; there are no cards to print.",
    ),
    "no_report": (
        "事件“{title}”还没有{kind_zh}记录。",
        "The incident “{title}” has no {kind_en} yet.",
    ),
}


class PrintError(BilingualError):
    """A printout that cannot be made; ``message(lang)`` says why."""

    MESSAGES = MESSAGES
