"""Column widths are sized from an estimate of printed width; an English word the estimate
undercounts wraps mid-word in a ledger column ("Mediu/m"). The estimate is held against
Times New Roman's own advance widths (the Adobe Times-Roman metrics, 1/1000 em)."""

from __future__ import annotations

import re

from emergency_desk.report.document import text_width_pt
from emergency_desk.schema import TABLES

TIMES = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz", (
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
        500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444), strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
        722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611), strict=True)),
    **dict.fromkeys("0123456789", 500),
    "-": 333, "/": 278, "(": 333, ")": 333, ",": 250, ".": 250, ":": 278, "'": 333, "&": 778,
}  # fmt: skip


def times_pt(word: str, size: float) -> float:
    return sum(TIMES[c] for c in word) * size / 1000


def english_words() -> set[str]:
    words: set[str] = set()
    for table in TABLES.values():
        for field in table.fields:
            texts = [field.en] + [c.en for c in field.choices]
            for text in texts:
                words.update(w for w in re.split(r"\s+", text or "") if w and set(w) <= set(TIMES))
    return words


def test_no_english_word_of_the_registers_is_printed_wider_than_its_estimate() -> None:
    words = english_words()
    assert {"Medium", "Monitor"} <= words  # the two that wrapped in the risk-points ledger
    too_narrow = {w for w in words if text_width_pt(w, 9) < times_pt(w, 9)}
    assert not too_narrow


def test_chinese_is_one_em_a_character() -> None:
    assert text_width_pt("整改状态", 10.5) == 4 * 10.5
    assert text_width_pt("2025-06-30", 10) == 10 * 5
