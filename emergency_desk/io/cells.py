"""What people actually type in spreadsheet cells, turned into what the schema expects.

Only the spelling is forgiven here (2021/3/5, 2021年3月5日, 1,200, full-width digits,
a choice's label instead of its key). Whatever is still not understood is handed to the
schema unchanged, so the refusal reads exactly as it does in the edit form.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from openpyxl.utils.datetime import from_excel

from ..schema import Field, FieldType
from .xlsx_style import FORMULA_START

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})\s*[:时點点]\s*(\d{1,2})\s*分?(?:\s*[:分]\s*(\d{1,2})\s*秒?)?$")
_SPLIT = re.compile(r"^(.*?\d)\s*(?:[T\s]|日)\s*(\d{1,2}\s*[:时点].*)$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_MONEY_MARKS = ("元", "¥", "￥", "RMB", "CNY")
# Excel serial numbers for 1920..2200: a date column holding a number means a date cell
# whose format was lost, not a count.
_SERIAL_RANGE = (7306, 110000)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s).strip()


def _date_of(s: str) -> dt.date | None:
    m = _DATE.match(s) or _COMPACT_DATE.match(s)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _time_of(s: str) -> dt.time | None:
    m = _TIME.match(s)
    if not m:
        return None
    try:
        return dt.time(int(m[1]), int(m[2]), int(m[3] or 0))
    except ValueError:
        return None


def _serial(value: Any) -> dt.datetime | None:
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if is_number and _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
        result = from_excel(value)
        return result if isinstance(result, dt.datetime) else None
    return None


def lenient_date(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    serial = _serial(value)
    if serial is not None:
        return serial.date()
    if not isinstance(value, str):
        return value
    s = _nfkc(value)
    d = _date_of(s)
    if d is None:
        m = _SPLIT.match(s)
        if m and _time_of(m[2]) is not None:
            d = _date_of(m[1])
    return d if d is not None else value


def lenient_datetime(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    serial = _serial(value)
    if serial is not None:
        return serial.replace(second=0, microsecond=0) + dt.timedelta(
            minutes=1 if serial.second >= 30 else 0
        )
    if not isinstance(value, str):
        return value
    s = _nfkc(value)
    d = _date_of(s)
    if d is not None:
        return dt.datetime.combine(d, dt.time())
    m = _SPLIT.match(s)
    if m:
        d, t = _date_of(m[1]), _time_of(m[2])
        if d is not None and t is not None:
            return dt.datetime.combine(d, t)
    return value


def lenient_number(value: Any, *, money: bool = False) -> Any:
    if not isinstance(value, str):
        return value
    s = _nfkc(value)
    if money:
        for mark in _MONEY_MARKS:
            s = s.replace(mark, "")
    s = s.replace(",", "").replace(" ", "").strip()
    if _NUMBER.match(s):
        if not money and re.match(r"^[+-]?\d+(?:\.0+)?$", s):
            return int(s.split(".")[0])
        return s
    return value


def lenient_choice(f: Field, value: Any) -> Any:
    """A choice given by key or by its label in either language, any case or width."""
    if value is None:
        return None
    s = _nfkc(str(value))
    if not s:
        return None
    folded = s.casefold()
    for c in f.choices:
        if folded in (c.key.casefold(), _nfkc(c.zh).casefold(), _nfkc(c.en).casefold()):
            return c.key
    return s


def lenient_text(value: Any) -> Any:
    """Numbers and dates that landed in a text column become the text they showed."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else str(value.date())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


_ESCAPED = (*FORMULA_START, "'")


def escape_csv_text(value: Any) -> Any:
    """Text for a CSV cell that Excel will never evaluate, and that imports back unchanged.

    A leading apostrophe keeps Excel from running formula-looking text (OWASP "CSV
    injection"). Text that already starts with an apostrophe gets one too, so that the
    import, which removes exactly one, gives back the original: ``'=1+1`` is written
    ``''=1+1`` and read as ``'=1+1``.
    """
    if isinstance(value, str) and value.startswith(_ESCAPED):
        return "'" + value
    return value


def unescape_csv_text(value: Any) -> Any:
    """Undo the apostrophe ``escape_csv_text`` put before the text; other text is kept."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(_ESCAPED):
        return value[1:]
    return value


def lenient(f: Field, value: Any) -> Any:
    """``value`` respelt for ``f``'s type, or unchanged if it cannot be understood."""
    if isinstance(value, str) and not value.strip():
        return None
    t = f.type
    if t is FieldType.DATE:
        return lenient_date(value)
    if t is FieldType.DATETIME:
        return lenient_datetime(value)
    if t in (FieldType.INT, FieldType.REF):
        return lenient_number(value)
    if t is FieldType.MONEY:
        return lenient_number(value, money=True)
    if t is FieldType.DECIMAL:
        return lenient_number(value)
    if t is FieldType.CHOICE:
        return lenient_choice(f, value)
    return lenient_text(value)
