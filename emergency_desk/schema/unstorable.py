"""Saying which record held text a Word or Excel file cannot contain.

Validation refuses such characters now, but older databases (and text pasted before)
may still hold them. The writers leave them out instead of failing, and each record
that held some is named in one of these, so the office can correct it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .registers import TABLES

REPORT_TEXTS = "report_texts"  # the office's own summary texts: no schema table


@dataclass(frozen=True)
class UnstorableText:
    """One record whose text had characters that were left out of the file written."""

    table: str
    record_id: int | None
    title: str
    fields: tuple[str, ...]

    def _labels(self, lang: str) -> tuple[str, str]:
        t = TABLES[self.table]
        names = [t.field(k).label(lang) if t.has_field(k) else k for k in self.fields]
        sep = "”、“" if lang == "zh" else "”, “"
        return t.label(lang), sep.join(names)

    def message(self, lang: str = "zh") -> str:
        t = TABLES.get(self.table)
        if t is None:
            if lang == "zh":
                return (
                    f"年度总结自填文字“{self.title}”含有无法写入 Word/Excel 文件的字符，"
                    "文件中已将其删去；请在“年度总结”中修改该段文字。"
                )
            return (
                f"The summary's own text “{self.title}” held characters a Word or Excel file "
                "cannot contain; they were left out of the file. Correct it on the Summary tab."
            )
        register, fields = self._labels(lang)
        if lang == "zh":
            return (
                f"“{register}”中的记录“{self.title}”（编号 {self.record_id}）的“{fields}”"
                "含有无法写入 Word/Excel 文件的字符，文件中已将其删去；请在程序中修改该记录。"
            )
        return (
            f"The {register} record “{self.title}” (no. {self.record_id}): “{fields}” held "
            "characters a Word or Excel file cannot contain; they were left out of the file. "
            "Correct the record in the program."
        )
