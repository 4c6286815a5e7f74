"""Turning what a user typed into values the store may keep, or saying why not.

Validation lives with the schema so that the form, the import and the command line
refuse the same things with the same words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .fields import Field, FieldType, Table

# Message templates, zh first. Placeholders: {field} label, {value}, {choices}, {max}.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("“{field}”为必填项，请填写。", "“{field}” is required."),
    "bad_date": (
        "“{field}”不是有效日期：{value}（应为 2021-03-05 这样的格式）。",
        "“{field}” is not a valid date: {value} (expected e.g. 2021-03-05).",
    ),
    "bad_datetime": (
        "“{field}”不是有效时间：{value}（应为 2021-03-05 14:30 这样的格式）。",
        "“{field}” is not a valid date and time: {value} (expected e.g. 2021-03-05 14:30).",
    ),
    "bad_int": ("“{field}”应为整数：{value}", "“{field}” must be a whole number: {value}"),
    "bad_number": ("“{field}”应为数字：{value}", "“{field}” must be a number: {value}"),
    "negative": ("“{field}”不能为负数：{value}", "“{field}” cannot be negative: {value}"),
    "too_large": ("“{field}”数值过大：{value}", "“{field}” is too large: {value}"),
    "bad_choice": (
        "“{field}”的值“{value}”无效，可选：{choices}。",
        "“{field}”: “{value}” is not allowed; choose one of: {choices}.",
    ),
    "too_long": (
        "“{field}”过长（最多 {max} 个字符）。",
        "“{field}” is too long (at most {max} characters).",
    ),
    "out_of_range": (
        "“{field}”应在 {low} 到 {high} 之间：{value}",
        "“{field}” must be from {low} to {high}: {value}",
    ),
    "date_out_of_range": (
        "“{field}”应在 {low} 至 {high} 之间：{value}",
        "“{field}” must be between {low} and {high}: {value}",
    ),
    "bad_ref": ("“{field}”所指记录不存在。", "“{field}” refers to a record that does not exist."),
    "rectified_needs_date": (
        "隐患状态为“已整改/已销号”时必须填写“完成日期”。",
        "A rectified or closed hazard needs “Rectified on”.",
    ),
    "closed_needs_verifier": (
        "隐患销号时必须填写“验收人”。",
        "Closing a hazard needs “Verified by”.",
    ),
    "stock_below_zero": (
        "库存不足：当前 {value}，该操作后将低于零。",
        "Not enough stock: {value} on hand; this would take it below zero.",
    ),
    "zero_delta": ("“{field}”不能为 0。", "“{field}” cannot be 0."),
    "date_in_future": (
        "“{field}”不能晚于今天（{value}）。",
        "“{field}” cannot be later than today ({value}).",
    ),
    "future_drill_held": (
        "“{field}”是将来的日期（{value}），尚未举行的演练不能填写参演人数、评估结论或发现问题。",
        "“{field}” is in the future ({value}): a drill not yet held cannot have participants, "
        "a rating or problems found.",
    ),
    "bad_text": (
        "“{field}”含有无法保存到 Word 或 Excel 文件的字符（{chars}），请删除后再保存。",
        "“{field}” contains characters that cannot be kept in a Word or Excel file ({chars}); "
        "remove them and save again.",
    ),
    "end_before_start": (
        "“{field}”不能早于“{other}”。",
        "“{field}” cannot be earlier than “{other}”.",
    ),
}

MAX_INT = 2**53  # larger counts are typing mistakes, and JSON/Excel lose precision past it
MAX_MONEY = Decimal("1e13")
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, so neither can a .docx or .xlsx (tab, LF, CR can)."""


def xml_safe(text: str) -> str:
    """``text`` without the characters a Word or Excel file cannot hold.

    For text already kept (older databases, pasted summary texts): what cannot be
    written is dropped rather than letting the whole document fail.
    """
    return XML_ILLEGAL.sub("", text)


def char_codes(text: str) -> str:
    """``U+FFFE、U+0007``: the illegal characters in ``text``, as a reader can look them up."""
    found = dict.fromkeys(XML_ILLEGAL.findall(text))
    return ", ".join(f"U+{ord(ch):04X}" for ch in found)


@dataclass
class FieldError:
    """One refusal, pointing at the field it concerns, renderable in either language."""

    field: str | None
    code: str
    # dataclasses.field: the attribute `field` above shadows the name in this class body
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    labels: tuple[str, str] = ("", "")  # the field's zh and en labels

    def message(self, lang: str = "zh") -> str:
        zh, en = MESSAGES[self.code]
        params = {k: v for k, v in self.params.items() if not k.endswith(("_zh", "_en"))}
        params["field"] = self.labels[0] if lang == "zh" else self.labels[1]
        for k, v in self.params.items():
            if k.endswith("_zh") and lang == "zh":
                params[k[:-3]] = v
            if k.endswith("_en") and lang != "zh":
                params[k[:-3]] = v
        return (zh if lang == "zh" else en).format(**params)


class ValidationError(Exception):
    """Raised by the store when values are refused; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(e.message("en") for e in errors))

    def messages(self, lang: str = "zh") -> list[str]:
        return [e.message(lang) for e in self.errors]

    def fields(self) -> set[str]:
        return {e.field for e in self.errors if e.field}


def error_for(f: Field, code: str, value: Any = "", **extra: Any) -> FieldError:
    return FieldError(f.key, code, {"value": value, **extra}, (f.zh, f.en))


def parse_date(value: Any) -> str | None:
    """Strict ISO date (lenient spreadsheet formats are handled by the importer)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10]).isoformat() if len(s) == 10 else None
    except ValueError:
        return None


def parse_datetime(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d 00:00")
    s = str(value).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(s, fmt).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            continue
    return None


def _in_range(f: Field, value: Any) -> FieldError | None:
    """The field's declared range (``Field.bounds``), checked on a cleaned value."""
    bounds = f.bounds
    if bounds is None or value is None:
        return None
    low, high = bounds
    if low <= value <= high:
        return None
    if f.type in (FieldType.DATE, FieldType.DATETIME):
        return error_for(f, "date_out_of_range", value, low=low[:10], high=high[:10])
    return error_for(f, "out_of_range", value, low=f"{low:,}", high=f"{high:,}")


def clean_value(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    """One field's value in storage form, or the reason it is refused."""
    clean, err = _clean(f, value)
    if err is None and clean is not None and f.type is not FieldType.REF:
        err = _in_range(f, clean)
        if err is not None:
            clean = None
    return clean, err


def _clean(f: Field, value: Any) -> tuple[Any, FieldError | None]:
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            value = None
    if value is None:
        return None, None
    t = f.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        s = str(value)
        if XML_ILLEGAL.search(s):
            return None, error_for(f, "bad_text", chars=char_codes(s))
        if len(s) > (f.max_length if t is FieldType.TEXT else max(f.max_length, 20000)):
            return None, error_for(f, "too_long", max=f.max_length)
        return s, None
    if t is FieldType.DATE:
        d = parse_date(value)
        return (d, None) if d else (None, error_for(f, "bad_date", value))
    if t is FieldType.DATETIME:
        d = parse_datetime(value)
        return (d, None) if d else (None, error_for(f, "bad_datetime", value))
    if t in (FieldType.INT, FieldType.REF):
        if isinstance(value, bool):
            return None, error_for(f, "bad_int", value)
        if isinstance(value, float):
            if not value.is_integer():
                return None, error_for(f, "bad_int", value)
            value = int(value)
        if not isinstance(value, int):
            try:
                value = int(str(value))
            except ValueError:
                return None, error_for(f, "bad_int", value)
        if value < 0 and not f.signed:
            return None, error_for(f, "negative", value)
        if abs(value) > MAX_INT:
            return None, error_for(f, "too_large", value)
        return value, None
    if t is FieldType.MONEY:
        if isinstance(value, bool):
            return None, error_for(f, "bad_number", value)
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return None, error_for(f, "bad_number", value)
        if not amount.is_finite():
            return None, error_for(f, "bad_number", value)
        if amount < 0:
            return None, error_for(f, "negative", value)
        if amount > MAX_MONEY:
            return None, error_for(f, "too_large", value)
        return float(round(amount, 2)), None
    if t is FieldType.CHOICE:
        s = str(value)
        if s in f.choice_keys:
            return s, None
        return None, error_for(
            f,
            "bad_choice",
            s,
            choices_zh="、".join(c.zh for c in f.choices),
            choices_en=", ".join(c.en for c in f.choices),
        )
    raise AssertionError(t)


def validate(
    tbl: Table, values: dict[str, Any], *, partial: bool = False
) -> tuple[dict[str, Any], list[FieldError]]:
    """Clean ``values`` for ``tbl``.

    With ``partial`` (an update) only the given keys are checked for presence; the
    cross-field rules then need the merged record, which the store passes in whole.
    Unknown keys are ignored so a form may carry display-only values.
    """
    clean: dict[str, Any] = {}
    errors: list[FieldError] = []
    computed = set(tbl.computed)
    for f in tbl.fields:
        if f.key in computed:
            continue
        if f.key not in values:
            if partial:
                continue
            if f.default is not None:
                clean[f.key] = f.default
                continue
            if f.required:
                errors.append(error_for(f, "required"))
            clean[f.key] = None
            continue
        v, err = clean_value(f, values[f.key])
        if err:
            errors.append(err)
            continue
        if v is None and f.required:
            errors.append(error_for(f, "required"))
            continue
        clean[f.key] = v
    return clean, errors


def cross_checks(tbl: Table, record: dict[str, Any]) -> list[FieldError]:
    """Rules that involve several fields of one merged record: the table's ``checks``."""
    return [error for check in tbl.checks for error in check(tbl, record)]
