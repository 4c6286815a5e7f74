"""The summary's outline as the simple HTML the Summary tab's preview shows.

The preview is the outline the Word writer lays out, in the document's own order and
numbering; only the appendix tables are cut to their first 200 rows.
"""

from __future__ import annotations

import html

from ...report.model import Para, SummaryDoc


def preview_html(doc: SummaryDoc) -> str:
    """The outline as simple HTML in the document's own order and numbering."""
    e = html.escape
    zh = doc.lang == "zh"
    body_font = "'FangSong', 'STFangsong', serif" if zh else "'Times New Roman', serif"
    indent = "2em" if zh else "0"
    out = [
        f'<div style="font-family:{body_font}; font-size:12pt;">',
        f'<h2 align="center">{e(doc.title)}</h2>',
    ]

    def para(p: Para) -> str:
        lead = f"<i>{e(p.lead)}</i>" if p.lead else ""
        return f'<p style="text-indent:{indent}; margin:4px 0;">{lead}{e(p.text)}</p>'

    out += [para(p) for p in doc.opening]
    for section in doc.sections:
        out.append(f"<h3>{e(section.heading)}</h3>")
        for sub in section.subsections:
            out.append(f"<h4>{e(sub.heading)}</h4>")
            out += [para(p) for p in sub.paras]
        out += [para(p) for p in section.paras]
    out.append(f'<p align="right">{e(doc.office)}<br>{e(doc.date_text)}</p>')
    for i, table in enumerate(doc.appendices, start=1):
        label = f"附件{i}" if zh else f"Appendix {i}"
        out.append(f"<h4>{e(label)}　{e(table.title)}</h4>")
        out.append('<table border="1" cellspacing="0" cellpadding="3">')
        out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in table.headers) + "</tr>")
        for row in table.rows[:200]:
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")
        if len(table.rows) > 200:
            out.append(f"<p>… ({len(table.rows) - 200})</p>")
    out.append("</div>")
    return "\n".join(out)
