"""The summary as a language-neutral outline: what the Word writer lays out.

Text modules fill it with sentences, the writer turns it into paragraphs and tables, and
the UI's preview renders the same outline, so the preview and the file never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Para:
    """A body paragraph; ``lead`` is a run-in heading set in the level-2 face."""

    text: str
    lead: str = ""

    @property
    def full(self) -> str:
        return self.lead + self.text


@dataclass(frozen=True)
class Subsection:
    heading: str  # "（一）应急预案管理" / "(1) Emergency plans"
    paras: list[Para]


@dataclass(frozen=True)
class Section:
    heading: str  # "一、2025年工作开展情况" / "1. Work carried out in 2025"
    subsections: list[Subsection] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)  # paragraphs not under a subsection


@dataclass(frozen=True)
class Table:
    key: str  # hazards | drills | materials
    title: str
    headers: list[str]
    rows: list[list[str]]
    numeric: frozenset[int] = frozenset()  # columns aligned right
    note: str = ""  # a line under the title: "截至2025年12月31日"


@dataclass(frozen=True)
class SummaryDoc:
    lang: str
    year: int
    title: str
    opening: list[Para]
    sections: list[Section]
    attachments_label: str  # "附件：" / "Appendices:"
    appendices: list[Table]
    office: str
    date_text: str

    def plain_text(self) -> str:
        """Everything a reader sees, in order (for tests and the preview's search)."""
        lines = [self.title, *(p.full for p in self.opening)]
        for s in self.sections:
            lines.append(s.heading)
            for sub in s.subsections:
                lines.append(sub.heading)
                lines += [p.full for p in sub.paras]
            lines += [p.full for p in s.paras]
        for t in self.appendices:
            lines.append(t.title)
            lines += ["\t".join(r) for r in t.rows]
        lines += [self.office, self.date_text]
        return "\n".join(lines)
