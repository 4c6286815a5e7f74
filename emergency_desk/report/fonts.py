"""Which Chinese faces a printed document names, and what Word falls back to.

GB/T 9704 names 方正小标宋简体, 仿宋_GB2312 and 楷体_GB2312, which a stock Windows PC does
not have: Word then silently draws 宋体 while still showing the requested name. Two
remedies, both here:

- every document's font table (``word/fontTable.xml``) gives each official face a
  ``w:altName`` that Windows ships (仿宋, 楷体, 宋体), which Word uses when the face is
  missing on the PC that opens the file;
- when the caller knows what the PC has (the app asks Qt; this layer never imports it),
  ``choose_faces`` names the faces that will really print, so the paper, the preview and
  the Summary tab's note agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

TITLE = "方正小标宋简体"
BODY = "仿宋_GB2312"
KAI = "楷体_GB2312"
HEI = "黑体"
SONG = "宋体"

OFFICIAL = (TITLE, BODY, KAI, HEI)

ALT_NAMES: dict[str, str] = {BODY: "仿宋", KAI: "楷体", TITLE: SONG}
"""What Word draws in place of an official face the PC lacks (all ship with Windows)."""

FALLBACKS: dict[str, tuple[str, ...]] = {
    TITLE: ("华文中宋", SONG),
    BODY: ("仿宋",),
    KAI: ("楷体",),
    HEI: (),
    SONG: (),
}
"""The faces tried, in order, when the official one is not installed."""

ALIASES: dict[str, tuple[str, ...]] = {
    TITLE: ("FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"),
    BODY: ("FangSong_GB2312",),
    KAI: ("KaiTi_GB2312",),
    HEI: ("SimHei",),
    SONG: ("SimSun",),
    "仿宋": ("FangSong",),
    "楷体": ("KaiTi",),
    "华文中宋": ("STZhongsong",),
}
"""The English names Windows and Qt also list a face under."""

CSS_FAMILIES: dict[str, str] = {
    TITLE: "'方正小标宋简体', 'FZXiaoBiaoSong-B05S'",
    BODY: "'仿宋_GB2312', 'FangSong_GB2312'",
    KAI: "'楷体_GB2312', 'KaiTi_GB2312'",
    HEI: "'黑体', 'SimHei'",
    SONG: "'宋体', 'SimSun'",
    "仿宋": "'仿宋', 'FangSong'",
    "楷体": "'楷体', 'KaiTi'",
    "华文中宋": "'华文中宋', 'STZhongsong'",
}


@dataclass(frozen=True)
class FaceChoice:
    """The face a document names for each official one; ``missing`` lists the official
    faces replaced because the PC lacks them (empty when all are there or unknown)."""

    faces: dict[str, str]
    missing: tuple[str, ...] = ()

    def face(self, official: str) -> str:
        return self.faces.get(official, official)


OFFICIAL_CHOICE = FaceChoice({f: f for f in (*OFFICIAL, SONG)})
"""Nothing known about the PC: name the official faces; the altNames cover a stock PC."""


def _has(face: str, installed: set[str]) -> bool:
    return any(name.casefold() in installed for name in (face, *ALIASES.get(face, ())))


def choose_faces(installed: Iterable[str] | None) -> FaceChoice:
    """The faces to name, given the family names the PC has (``None``: not known).

    An official face the PC has is kept; otherwise the first fallback it has, or the
    last fallback (宋体 is on every Chinese Windows) when it has none of them.
    """
    if installed is None:
        return OFFICIAL_CHOICE
    have = {name.casefold() for name in installed}
    faces: dict[str, str] = {}
    missing: list[str] = []
    for official in (*OFFICIAL, SONG):
        if _has(official, have) or not FALLBACKS[official]:
            faces[official] = official
            continue
        missing.append(official)
        options = FALLBACKS[official]
        faces[official] = next((f for f in options if _has(f, have)), options[-1])
    return FaceChoice(faces, tuple(missing))


def css_family(face: str, generic: str = "serif") -> str:
    """A CSS font-family list for ``face`` with its English name, for the preview."""
    return f"{CSS_FAMILIES.get(face, repr(face))}, {generic}"


# -- the font table ------------------------------------------------------------------------


def font_table_xml(latin: Iterable[str] = ("Times New Roman",)) -> bytes:
    """``word/fontTable.xml`` naming the faces the app writes, with Windows fallbacks.

    Replaces python-docx's template table, which lists Japanese faces (ＭＳ 明朝).
    """
    entries = []
    for name in latin:
        entries.append(
            f"<w:font w:name={quoteattr(name)}>"
            '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
            "</w:font>"
        )
    cjk = (*OFFICIAL, SONG, "仿宋", "楷体", "华文中宋")
    for name in cjk:
        alt = ALT_NAMES.get(name)
        alt_xml = f"<w:altName w:val={quoteattr(alt)}/>" if alt else ""
        family = "roman" if name in (TITLE, SONG, "华文中宋") else "modern"
        entries.append(
            f"<w:font w:name={quoteattr(name)}>{alt_xml}"
            f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="variable"/>'
            "</w:font>"
        )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + "".join(entries)
        + "</w:fonts>"
    )
    return xml.encode("utf-8")
