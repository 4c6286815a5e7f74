"""Formula cells an .xlsx holds without a computed value.

Excel and WPS store each formula's last result beside it; a file written by another
program (a generator, a script, some online forms) may hold only the formula. openpyxl
then reads the cell as empty, and the import would say "required" of a cell the clerk
sees filled. Such cells are found here, from the sheet's XML, and stand in the rows as
``UncomputedFormula`` so the importer can say what is really wrong.
"""

from __future__ import annotations

import re
import zipfile
from xml.etree.ElementTree import iterparse

_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_REF = re.compile(r"([A-Z]+)(\d+)")
CHUNK = 1 << 20
MAX_FOUND = 10_000  # enough to say so of every such cell a register could have


class UncomputedFormula(str):
    """The formula text of a cell whose value was never computed (``=SUM(B2:B9)``)."""


def _has_formula(zf: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with zf.open(part) as fh:
        while chunk := fh.read(CHUNK):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _position(ref: str) -> tuple[int, int] | None:
    match = _REF.fullmatch(ref)
    if match is None:
        return None
    col = 0
    for ch in match.group(1):
        col = col * 26 + ord(ch) - 64
    return int(match.group(2)), col - 1


def uncomputed_formulas(zf: zipfile.ZipFile, part: str) -> dict[tuple[int, int], str]:
    """(row number, 0-based column) -> formula, for each formula cell with no value."""
    if not _has_formula(zf, part):  # most ledgers: one quick scan, no second parse
        return {}
    found: dict[tuple[int, int], str] = {}
    with zf.open(part) as fh:
        for _event, elem in iterparse(fh, events=("end",)):
            name = elem.tag.rsplit("}", 1)[-1]
            if name == "row":
                elem.clear()  # its cells are done with: memory stays flat
            if name != "c":
                continue
            formula = value = None
            for child in elem:
                name = child.tag.rsplit("}", 1)[-1]
                if name == "f":
                    formula = child
                elif name in ("v", "is"):
                    value = child
            if formula is not None and (value is None or not "".join(value.itertext())):
                where = _position(elem.get("r", ""))
                if where is not None:
                    found[where] = "=" + (formula.text or "")
                    if len(found) >= MAX_FOUND:
                        break
            elem.clear()
    return found
