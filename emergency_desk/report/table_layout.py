"""Column widths of an appendix table, from what its columns hold.

Each column is measured by its longest cell (a CJK character counts one em, anything
else half), capped so that one long name cannot take the page, and never narrower than
its longest unbreakable piece (a date, a number, a word) or its header. A header is
never wrapped by Word inside a word ("整改状/态", "序/号"): when its column is narrower than
the header on one line, the header is given a line break at a sensible place
("整改/状态", "Responsible / unit") and the column is at least as wide as its longer half.
"""

from __future__ import annotations

from .document import text_width_pt as width
from .model import Table

CELL_PAD_PT = 18  # left and right cell margins of Word's default table, with some air
MAX_EM = 16  # a column wider than this wraps its longest cells instead
MIN_TEXT_EM = 4  # a column of running Chinese text is never narrower than this

# Header words a Chinese header is broken before ("整改" / "状态"); else at the middle.
_TAIL_WORDS = (
    "状态", "名称", "单位", "期限", "日期", "地点", "人数", "车辆", "类别", "等级",
    "形式", "规格", "数量", "储备", "时间", "情况", "至",
)  # fmt: skip


def _cjk(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


def min_width(text: str, size: float) -> float:
    """Narrowest a cell can get without breaking inside a date, number or word."""
    if _cjk(text):
        # short labels (已销号, 一般) stay whole; longer text may wrap
        return width(text, size) if len(text) <= 4 else MIN_TEXT_EM * size
    return max((width(w, size) for w in text.split()), default=0)


def header_lines(text: str) -> list[str]:
    """The header in two lines at a sensible place, or one line when it cannot break."""
    text = text.strip()
    if " " in text:
        words = text.split()
        best = min(
            range(1, len(words)),
            key=lambda k: max(len(" ".join(words[:k])), len(" ".join(words[k:]))),
        )
        return [" ".join(words[:best]), " ".join(words[best:])]
    if not _cjk(text) or len(text) <= 3:
        return [text]
    for tail in _TAIL_WORDS:
        if text.endswith(tail) and len(text) - len(tail) >= 2:
            return [text[: -len(tail)], text[-len(tail) :]]
    half = (len(text) + 1) // 2
    return [text[:half], text[half:]]


def _broken(text: str, size: float) -> float:
    return max(width(line, size) for line in header_lines(text))


Wanted = tuple[list[float], list[float], list[float]]


def wanted(tb: Table, size: float) -> Wanted:
    """Per column: the width with one-line headers, with two-line headers, and the
    narrowest without breaking inside a date, number, word or header (padding included)."""
    cols = len(tb.headers)
    content = [0.0] * cols
    least = [0.0] * cols
    for i in range(cols):
        # each different text once: a column repeats its kinds, grades and dates
        texts = {row[i] for row in tb.rows}
        longest = [
            (max((width(line, size) for line in t.split("\n")), default=0.0), t) for t in texts
        ]
        content[i] = max((min(w, MAX_EM * size) for w, _t in longest), default=0.0)
        least[i] = max((min(min_width(t, size), content[i]) for _w, t in longest), default=0.0)
    full = [max(c, width(h, size)) + CELL_PAD_PT for c, h in zip(content, tb.headers, strict=True)]
    need = [
        max(c, _broken(h, size)) + CELL_PAD_PT for c, h in zip(content, tb.headers, strict=True)
    ]
    least = [max(m, _broken(h, size)) + CELL_PAD_PT for m, h in zip(least, tb.headers, strict=True)]
    return full, need, least


def needs_landscape(
    tb: Table, size: float, portrait: float, measured: Wanted | None = None
) -> bool:
    """On a portrait page its cells would break inside dates, numbers or words.

    Text that merely wraps onto a second line in a cell stays upright, as offices print
    such tables; only a table that cannot be read upright is turned. ``measured``: the
    table's ``wanted`` widths when the caller has them (it then lays the table out too).
    """
    return sum((measured or wanted(tb, size))[2]) > portrait


def column_widths(
    tb: Table, size: float, usable: float, measured: Wanted | None = None
) -> list[float]:
    """Widths in points, sharing the page width. Content first: headers go to two lines
    before any cell wraps, and only when even that does not fit does each column get its
    narrowest unbroken width plus a share of the rest in proportion to what it would need."""
    full, need, least = measured or wanted(tb, size)
    need = list(need)  # widened below; the measured lists stay as measured
    if sum(full) <= usable:
        return [n * usable / sum(full) for n in full]
    if sum(need) <= usable:
        # Unbreak as many headers as the room allows, the cheapest first.
        spare = usable - sum(need)
        for i in sorted(range(len(need)), key=lambda k: full[k] - need[k]):
            if 0 < full[i] - need[i] <= spare:
                spare -= full[i] - need[i]
                need[i] = full[i]
        return [n * usable / sum(need) for n in need]
    spare = max(0.0, usable - sum(least))
    extra = [max(0.0, n - m) for n, m in zip(need, least, strict=True)]
    total_extra = sum(extra) or 1.0
    return [m + spare * e / total_extra for m, e in zip(least, extra, strict=True)]


def header_text(header: str, column_pt: float, size: float) -> str:
    """The header as printed in a column ``column_pt`` wide: broken with a newline at a
    sensible place when one line does not fit, so Word never breaks it mid-word."""
    if width(header, size) + CELL_PAD_PT <= column_pt + 0.01:
        return header
    return "\n".join(header_lines(header))
