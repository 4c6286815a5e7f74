"""The blank spreadsheet a user fills in to import a register.

The header row is in the user's language and is exactly what the import reads; a second
sheet says what each column takes; choice columns get a drop-down of their labels (kept
on a hidden sheet, since Excel's inline list is limited to 255 characters and cannot hold
commas), so what is typed is what the import accepts.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from ..safe_write import FileWriteError, write_file
from ..schema import FieldType, sheet_table
from .columns import register_columns
from .errors import write_failed
from .xlsx_style import append_safe, autosize, column_width, style_header

TEMPLATE_ROWS = 2000  # rows that carry the drop-downs and date formats

TYPE_NAMES: dict[FieldType, tuple[str, str]] = {
    FieldType.TEXT: ("文字", "Text"),
    FieldType.LONGTEXT: ("文字（可多行）", "Text (may span lines)"),
    FieldType.DATE: ("日期，如 2021-03-05、2021/3/5、2021年3月5日", "Date, e.g. 2021-03-05"),
    FieldType.DATETIME: ("日期时间，如 2021-03-05 14:30", "Date and time, e.g. 2021-03-05 14:30"),
    FieldType.INT: ("整数（不小于 0）", "Whole number (0 or more)"),
    FieldType.MONEY: ("金额（不小于 0，可带两位小数）", "Amount (0 or more, two decimals)"),
    FieldType.DECIMAL: (
        "数字（可带小数，如经纬度 112.345678）",
        "Number with decimals (e.g. 112.345678)",
    ),
    FieldType.CHOICE: ("从下拉列表中选择", "Pick from the drop-down list"),
    FieldType.REF: ("名称", "Name"),
}

GUIDE_HEADERS = {
    "zh": ("列名", "类型", "必填", "可选值", "说明"),
    "en": ("Column", "Type", "Required", "Allowed values", "Notes"),
}


def write_template(register: str, path: str | Path, lang: str = "zh") -> None:
    """An empty import sheet for ``register`` with a column guide, in ``lang``."""
    lang = "zh" if lang == "zh" else "en"
    table = sheet_table(register)
    columns = register_columns(register)
    wb = Workbook()
    ws = wb.active
    ws.title = table.label(lang)[:31]
    guide = wb.create_sheet("填写说明" if lang == "zh" else "How to fill in")
    lists = wb.create_sheet("lists")
    lists.sheet_state = "hidden"

    headers = [c.header(lang) for c in columns]
    ws.append(headers)
    style_header(ws, len(headers), [c.required for c in columns])
    autosize(ws, [column_width([h], 12, 40) for h in headers])

    yes, no = ("是", "否") if lang == "zh" else ("yes", "no")
    sep = "、" if lang == "zh" else ", "
    guide.append(list(GUIDE_HEADERS[lang]))
    list_col = 0
    for i, col in enumerate(columns, start=1):
        f = col.field
        letter = get_column_letter(i)
        allowed = sep.join(c.label(lang) for c in f.choices)
        help_text = col.note[0 if lang == "zh" else 1] or f.help(lang)
        if f.default is not None and not f.choices:
            help_text = (help_text + " " if help_text else "") + (
                f"默认 {f.default}" if lang == "zh" else f"default {f.default}"
            )
        elif f.default is not None:
            label = f.choice_label(f.default, lang)
            help_text = (help_text + " " if help_text else "") + (
                f"留空则为“{label}”" if lang == "zh" else f"blank means “{label}”"
            )
        kind = TYPE_NAMES[f.type][0 if lang == "zh" else 1]
        append_safe(guide, [headers[i - 1], kind, yes if col.required else no, allowed, help_text])
        rows = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        if f.choices:
            list_col += 1
            lcol = get_column_letter(list_col)
            lists.cell(row=1, column=list_col, value=f.key)
            for r, choice in enumerate(f.choices, start=2):
                lists.cell(row=r, column=list_col, value=choice.label(lang))
            last = len(f.choices) + 1
            dv = DataValidation(
                type="list",
                formula1=f"{quote_sheetname(lists.title)}!${lcol}$2:${lcol}${last}",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=headers[i - 1],
                error=("请从下拉列表中选择。" if lang == "zh" else "Pick a value from the list."),
            )
            dv.add(rows)
            ws.add_data_validation(dv)
        elif f.type in (FieldType.DATE, FieldType.DATETIME):
            fmt = "yyyy-mm-dd" if f.type is FieldType.DATE else "yyyy-mm-dd hh:mm"
            for (cell,) in ws.iter_rows(min_row=2, max_row=TEMPLATE_ROWS + 1, min_col=i, max_col=i):
                cell.number_format = fmt
    style_header(guide, len(GUIDE_HEADERS[lang]))
    autosize(guide, [22, 30, 8, 60, 40])
    try:
        write_file(Path(path), lambda tmp: wb.save(str(tmp)))
    except FileWriteError as exc:
        raise write_failed(exc) from exc
