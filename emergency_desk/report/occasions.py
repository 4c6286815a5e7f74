"""Themed days named as occasions, as offices write them: 结合"5·12"防灾减灾日、安全生产月….

An activity's title ("2025年'5·12'防灾减灾日主题宣传活动") is the office's own record; a
summary names the occasion it marked, once, however many events marked it. Titles that
match no known occasion are left out of the list (the count of events still covers them).
"""

from __future__ import annotations

from collections.abc import Iterable

OCCASIONS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # (words in a title, Chinese name, English name); earlier entries win
    (
        ("5·12", "5.12", "5•12", "防灾减灾日"),
        "“5·12”防灾减灾日",
        "Disaster Prevention and Reduction Day (12 May)",
    ),
    (("安全生产月", "安全生产宣传咨询日"), "安全生产月", "Work Safety Month"),
    (
        ("国际减灾日", "10·13", "10.13"),
        "国际减灾日",
        "International Day for Disaster Risk Reduction",
    ),
    (
        ("11·9", "11.9", "119", "消防宣传日", "消防宣传月"),
        "“11·9”消防宣传日",
        "Fire Safety Day (9 November)",
    ),
    (("国家安全教育日", "4·15", "4.15"), "全民国家安全教育日", "National Security Education Day"),
    (("安全教育日",), "全国中小学生安全教育日", "National Safety Education Day for Schools"),
)


def occasions(titles: Iterable[str], lang: str) -> list[str]:
    """The distinct occasions the titles mark, in the order they first occur."""
    out: list[str] = []
    for title in titles:
        for words, zh, en in OCCASIONS:
            if any(w in title for w in words):
                name = zh if lang == "zh" else en
                if name not in out:
                    out.append(name)
                break
    return out
