"""What can go wrong with a spreadsheet, in words for the office staff, zh and en."""

from __future__ import annotations

from typing import Any

IO_MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("找不到文件“{path}”。", "The file “{path}” does not exist."),
    "unreadable": (
        "无法读取文件“{path}”：{reason}",
        "The file “{path}” cannot be read: {reason}",
    ),
    "not_spreadsheet": (
        "“{path}”不是电子表格（应为 .xlsx 或 .csv 文件）。",
        "“{path}” is not a spreadsheet (expected an .xlsx or .csv file).",
    ),
    "old_excel": (
        "“{path}”是旧版 Excel/WPS 格式，请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入。",
        "“{path}” is in the old Excel/WPS format; open it in Excel or WPS, "
        "“Save as” .xlsx or .csv, and import that file.",
    ),
    "damaged_xlsx": (
        "“{path}”已损坏或不是有效的 .xlsx 文件，请在 Excel 或 WPS 中打开并重新保存。",
        "“{path}” is damaged or not a valid .xlsx file; open it in Excel or WPS and save it again.",
    ),
    "empty": ("“{path}”是空的，没有任何内容。", "“{path}” is empty."),
    "no_rows": (
        "“{path}”只有表头，没有数据行。",
        "“{path}” has a header row but no data rows.",
    ),
    "cannot_write": (
        "无法保存“{path}”：{reason}（文件可能正在 Excel/WPS 中打开）。",
        "Cannot save “{path}”: {reason} (is the file open in Excel or WPS?).",
    ),
    "write_failed": ("{detail}", "{detail}"),
    "bad_extension": (
        "不支持的文件类型“{suffix}”，请使用 .xlsx 或 .csv。",
        "Unsupported file type “{suffix}”; use .xlsx or .csv.",
    ),
    "cancelled": ("已取消，数据库未作任何修改。", "Cancelled; the database was not changed."),
    "not_normal": (
        "“{path}”不是正常的电子表格（{reason}），未导入任何数据。",
        "“{path}” is not a normal spreadsheet ({reason}); nothing was imported.",
    ),
    "wps_et": (
        "无法读取 WPS 表格文件“{path}”，请在 WPS 中“另存为” .xlsx 后再导入。",
        "“{path}” is a WPS spreadsheet this program cannot read; in WPS, "
        "“Save as” .xlsx and import that file.",
    ),
    "no_such_sheet": (
        "“{path}”中没有名为“{sheet}”的工作表。可选：{zh}。",
        "“{path}” has no sheet named “{sheet}”. Its sheets: {en}.",
    ),
    "hidden_only": (
        "“{path}”中的工作表都已隐藏，请在 Excel 或 WPS 中取消隐藏要导入的工作表后再导入。",
        "Every sheet in “{path}” is hidden; unhide the sheet to import in Excel or WPS first.",
    ),
}

# Reasons for one row or column, beyond the schema's own field messages.
PROBLEM_MESSAGES: dict[str, tuple[str, str]] = {
    "formula_uncomputed": (
        "该单元格是公式（{formula}），但其结果从未计算过。请在 Excel 或 WPS 中打开并保存该文件后再导入。",
        "This cell holds a formula ({formula}) whose value was never computed: open and save "
        "the file in Excel or WPS, then import it again.",
    ),
    "closed_unverified": (
        "已销号但无验收人：照原样导入，请在“工作概览”中补填验收人。",
        "Closed without “Verified by”: imported as it is; complete it from the Overview.",
    ),
    "missing_column": (
        "缺少必填列“{column}”。",
        "The required column “{column}” is missing.",
    ),
    "duplicate_column": (
        "列“{column}”与第 {other} 列表示同一字段，请删除其中一列。",
        "Column “{column}” means the same field as column {other}; remove one of them.",
    ),
    "extra_column": (
        "无法识别的列“{column}”，已忽略。",
        "Unknown column “{column}” was ignored.",
    ),
    "unknown_ref": (
        "找不到名为“{value}”的{what_zh}，请先导入或录入，或留空。",
        "No {what_en} named “{value}”; add or import it first, or leave it empty.",
    ),
    "duplicate_existing": (
        "与已有记录重复（{key}）。",
        "Duplicates an existing record ({key}).",
    ),
    "duplicate_in_file": (
        "与第 {other} 行重复（{key}）。",
        "Duplicates row {other} ({key}).",
    ),
}


def render(table: dict[str, tuple[str, str]], code: str, lang: str, params: dict[str, Any]) -> str:
    """The message in ``lang``; a ``reason_zh``/``reason_en`` pair fills ``{reason}``."""
    zh, en = table[code]
    suffix = "_zh" if lang == "zh" else "_en"
    filled = {k: v for k, v in params.items() if not k.endswith(("_zh", "_en"))}
    filled.update({k[:-3]: v for k, v in params.items() if k.endswith(suffix)})
    return (zh if lang == "zh" else en).format(**filled)


class IoError(Exception):
    """A file that cannot be read or written; nothing was changed in the database."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        return render(IO_MESSAGES, self.code, lang, self.params)


def write_failed(exc: Any) -> IoError:
    """The ``IoError`` for a file the safe-write helper could not save (``FileWriteError``)."""
    return IoError("write_failed", detail_zh=exc.message("zh"), detail_en=exc.message("en"))


class Cancelled(IoError):
    """The user cancelled; whatever was under way was rolled back."""

    def __init__(self) -> None:
        super().__init__("cancelled")
