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
    "bad_phone": (
        "“{field}”不是有效的电话号码：{value}（手机应为 11 位，如 13807310001；"
        "固定电话应带区号，如 0736-5821110，分机可写在“转”后）。",
        "“{field}” is not a valid phone number: {value} (a mobile has 11 digits, e.g. "
        "13807310001; a landline needs its area code, e.g. 0736-5821110, an extension "
        "after “ext”).",
    ),
    "bad_id_number": (
        "“{field}”不是有效的居民身份证号码（应为 18 位，前 17 位为数字，最后一位为数字或 X，"
        "且校验码正确），请核对后重新填写。",
        "“{field}” is not a valid resident ID number (18 characters: 17 digits, then a "
        "check digit or X that matches them); check it and type it again.",
    ),
    "deaths_over_affected": (
        "死亡人口（{value}）不能多于受灾人口（{other}）。",
        "Deaths ({value}) cannot exceed the people affected ({other}).",
    ),
    "failed_over_affected": (
        "绝收面积（{value} 公顷）不能大于农作物受灾面积（{other} 公顷）。",
        "Crops failed ({value} ha) cannot exceed the crops affected ({other} ha).",
    ),
    "report_before_start": (
        "报送时间（{value}）不能早于事件发生时间（{other}）。",
        "A report cannot be sent ({value}) before the incident started ({other}).",
    ),
    "verified_while_ongoing": (
        "事件仍在处置中，不能报送核报；请先将事件状态改为“已结束”并填写结束时间。",
        "A verified report is sent once the incident is over; close the incident "
        "(with its end time) first.",
    ),
    "closed_needs_end": (
        "事件状态为“已结束”时必须填写“结束时间”。",
        "A closed incident needs “Ended at”.",
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


PHONE = re.compile(
    r"1[3-9]\d{9}"  # mobile
    r"|0\d{2,3}-?\d{7,8}(?:(?:-|转|ext\.?|x)\d{1,6})?",  # landline, extension optional
    re.IGNORECASE,
)
"""A Chinese mobile number or a landline with its area code (0736-5821110, 07365821110)."""

ID_NUMBER = re.compile(r"\d{17}[\dX]")
"""A resident ID number (GB 11643-1999): 17 digits and a check character."""

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(body: str) -> str:
    """The GB 11643 check character of an ID number's first 17 digits."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True)) % 11]


def id_number_valid(text: str) -> bool:
    """18 characters whose last is the GB 11643 check character of the first 17 (a typo in
    any one digit, or two neighbours swapped, is caught)."""
    text = text.upper()
    if not ID_NUMBER.fullmatch(text):
        return False
    return id_check_char(text[:17]) == text[17]


def mask_id_number(value: object) -> str:
    """``4310**********1234``: what lists and printouts show of an ID number."""
    text = str(value or "")
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]


FORMATS: dict[str, tuple[re.Pattern[str], str, str]] = {
    # format -> (full-match pattern, message code, an example the tests and templates use)
    "phone": (PHONE, "bad_phone", "13807310001"),
    "id_number": (ID_NUMBER, "bad_id_number", "11010519491231002X"),
}
FORMAT_CHECKS = {"id_number": id_number_valid}
"""Formats whose shape is not all: a check digit to verify after the pattern matched."""
PERSONAL_FORMATS = frozenset({"id_number"})
"""Formats that hold personal data: masked when shown, left out of exports unless asked."""


def _check_format(f: Field, text: str) -> FieldError | None:
    """A ``Field.format`` text that does not have its shape (spaces inside are forgiven)."""
    if not f.format:
        return None
    pattern, code, _example = FORMATS[f.format]
    compact = re.sub(r"[\s\u3000]", "", text)
    if f.format == "id_number":
        compact = compact.upper()
    extra = FORMAT_CHECKS.get(f.format)
    if pattern.fullmatch(compact) and (extra is None or extra(compact)):
        return None
    return error_for(f, code, text)


def decimal_text(f: Field, value: Any) -> str:
    """A DECIMAL as read: its declared digits at most, no trailing zeros (112.35, not 112.350000)."""
    text = f"{float(value):.{f.decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


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
        bad = _check_format(f, s)
        if bad is not None:
            return None, bad
        if f.format:
            s = re.sub(r"[\s\u3000]", "", s)
        return (s.upper() if f.format == "id_number" else s), None
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
    if t is FieldType.DECIMAL:
        if isinstance(value, bool):
            return None, error_for(f, "bad_number", value)
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return None, error_for(f, "bad_number", value)
        if not number.is_finite():
            return None, error_for(f, "bad_number", value)
        outside = _in_range(f, float(number))  # before rounding, which huge numbers overflow
        if outside is not None:
            return None, outside
        return float(round(number, f.decimals)), None
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
