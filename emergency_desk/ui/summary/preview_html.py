"""The summary's outline as the simple HTML the Summary tab's preview shows.

The preview is the outline the Word writer lays out, in the document's own order and
numbering, in the faces the paper will use (the ones chosen for this PC); only the
appendix tables are cut to their first 200 rows.
"""

from __future__ import annotations

import html

from ...report import fonts
from ...report.fonts import OFFICIAL_CHOICE, FaceChoice, css_family
from ...report.model import Para, SummaryDoc


def preview_html(doc: SummaryDoc, faces: FaceChoice | None = None) -> str:
    """The outline as simple HTML in the document's own order and numbering."""
    e = html.escape
    zh = doc.lang == "zh"
    choice = faces or OFFICIAL_CHOICE
    latin = "'Times New Roman'"

    def family(official: str) -> str:
        return f"{latin}, {css_family(choice.face(official))}" if zh else f"{latin}, serif"

    body, title = family(fonts.BODY), family(fonts.TITLE)
    hei, kai = family(fonts.HEI), family(fonts.KAI)
    indent = "2em" if zh else "0"
    out = [
        f'<div style="font-family:{body}; font-size:12pt;">',
        f'<h2 align="center" style="font-family:{title}; font-weight:normal;">{e(doc.title)}</h2>',
    ]

    def para(p: Para) -> str:
        lead = f'<span style="font-family:{kai};">{e(p.lead)}</span>' if p.lead else ""
        return f'<p style="text-indent:{indent}; margin:4px 0;">{lead}{e(p.text)}</p>'

    out += [para(p) for p in doc.opening]
    for section in doc.sections:
        out.append(f'<h3 style="font-family:{hei}; font-weight:normal;">{e(section.heading)}</h3>')
        for sub in section.subsections:
            out.append(f'<h4 style="font-family:{kai}; font-weight:normal;">{e(sub.heading)}</h4>')
            out += [para(p) for p in sub.paras]
        out += [para(p) for p in section.paras]
    out.append(f'<p align="right">{e(doc.office)}<br>{e(doc.date_text)}</p>')
    single = len(doc.appendices) == 1
    for i, table in enumerate(doc.appendices, start=1):
        word = "附件" if zh else "Appendix"
        label = word if single else (f"{word}{i}" if zh else f"{word} {i}")
        out.append(f'<p style="font-family:{hei};">{e(label)}</p>')
        out.append(f'<h4 align="center" style="font-family:{title};">{e(table.title)}</h4>')
        if table.note:
            out.append(f'<p align="center">{e(table.note)}</p>')
        out.append('<table border="1" cellspacing="0" cellpadding="3">')
        out.append(
            "<tr>" + "".join(f'<th style="font-family:{hei};">{e(h)}</th>' for h in table.headers)
            + "</tr>"
        )  # fmt: skip
        for row in table.rows[:200]:
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")
        if len(table.rows) > 200:
            out.append(f"<p>… ({len(table.rows) - 200})</p>")
    out.append("</div>")
    return "\n".join(out)
