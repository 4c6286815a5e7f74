"""The parts of a Word file besides its text: properties, language, font table.

python-docx starts from a template made on a Mac in 2013 for Japanese: its app.xml says
"Microsoft Macintosh Word", its settings set the theme's East-Asian language to ja-JP,
its styles default to en-US for East-Asian text, its font table lists ＭＳ 明朝, and it
carries a thumbnail of an empty page. An office's document carries none of that: each
part is rewritten here for the document's language and office.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .fonts import font_table_xml

LANG_TAGS = {"zh": "zh-CN", "en": "en-GB"}
APP_NAME = {"zh": "应急管理工作台", "en": "Emergency Desk"}


def _app_xml(company: str, lang: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><TotalTime>0</TotalTime>"
        f"<Application>{escape(APP_NAME.get(lang, APP_NAME['en']))}</Application>"
        f"<DocSecurity>0</DocSecurity><Company>{escape(company)}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged>"
        "</Properties>"
    ).encode()


_LANG_RE = re.compile(rb"<w:lang [^>]*/>")


def _lang_xml(lang: str) -> bytes:
    tag = LANG_TAGS.get(lang, "zh-CN")
    return f'<w:lang w:val="{tag}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'.encode()


def set_lang_defaults(doc: DocxDocument, lang: str) -> None:
    """The document's default language (styles, settings) is its own, East-Asian zh-CN."""
    tag = LANG_TAGS.get(lang, "zh-CN")
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for el in defaults.iter(qn("w:lang")):
            el.set(qn("w:val"), tag)
            el.set(qn("w:eastAsia"), "zh-CN")
    for el in styles.iter(qn("w:lang")):
        if el.get(qn("w:eastAsia")) not in (None, "zh-CN"):
            el.set(qn("w:eastAsia"), "zh-CN")
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        settings.append(theme_lang)
    theme_lang.set(qn("w:val"), tag)
    theme_lang.set(qn("w:eastAsia"), "zh-CN")


def clean_package(doc: DocxDocument, *, lang: str, company: str) -> None:
    """Replace what python-docx's template leaves: app.xml, the font table, the
    thumbnail, the default and East-Asian languages."""
    package = doc.part.package
    for part in package.iter_parts():
        name = str(part.partname)
        if name == "/docProps/app.xml":
            part._blob = _app_xml(company, lang)
        elif name == "/word/fontTable.xml":
            part._blob = font_table_xml()
        elif name == "/word/stylesWithEffects.xml":
            part._blob = _LANG_RE.sub(_lang_xml(lang), part.blob)
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(r_id)
    set_lang_defaults(doc, lang)
