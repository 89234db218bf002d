"""What an XLSX sheet's XML says and calamine does not: which rows and columns are hidden, and
which formula cells carry no computed value.

Each sheet part is unpacked once more (check_office has already held the file to its limits)
and searched for its bytes only: most sheets have neither a hidden row nor a formula, and for
them two substring tests are all the cost. Tags are matched with or without a namespace
prefix (`<x:row>`, as the .NET Open XML SDK writes them)."""

from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from ..limits import limits
from .archive import ZIP_ERRORS, read_member

_P = rb"(?:\w+:)?"  # a namespace prefix
_SHEET = re.compile(rb"<" + _P + rb"sheet\b([^>]*)>")
_RELATIONSHIP = re.compile(rb"<" + _P + rb"Relationship\b([^>]*)>")
_HIDDEN = rb'\shidden="(?:1|true)"'
_HIDDEN_ROW = re.compile(rb"<" + _P + rb"row\b[^>]*?" + _HIDDEN + rb"[^>]*>")
_HIDDEN_COL = re.compile(rb"<" + _P + rb"col\b[^>]*?" + _HIDDEN + rb"[^>]*>")
# a formula and the value cached after it (CT_Cell keeps <f> before <v>)
_FORMULA = re.compile(rb"<(?P<p>\w+:)?f\b[^>]*?(?:/>|>.*?</(?:\w+:)?f>)\s*"
                      rb"(?:<(?:\w+:)?v\b[^>]*?(?:/>|>(?P<v>[^<]*)</(?:\w+:)?v>))?", re.S)
_REF = re.compile(rb"([A-Z]{1,3})(\d+)")
# a formula whose result is text may rightly cache an empty string
_TEXT_TYPES = ("str", "s", "inlineStr")


def _attr(attrs: bytes, name: bytes) -> str | None:
    m = re.search(rb"(?:^|\s)" + name + rb'="([^"]*)"', attrs)
    return html.unescape(m[1].decode("utf-8", "replace")) if m else None


@dataclass
class SheetLayout:
    hidden_rows: set[int] = field(default_factory=set)  # 1-based sheet rows
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # 1-based, inclusive
    uncomputed: list[tuple[int, int]] = field(default_factory=list)  # (row, column) of formulas

    def column_hidden(self, column: int) -> bool:
        return any(low <= column <= high for low, high in self.hidden_columns)


def xlsx_layouts(data: bytes) -> dict[str, SheetLayout]:
    """Sheet name -> layout, for the sheets that hide something or hold uncomputed formulas;
    empty for a file that is no XLSX (ODS, XLSB) or whose parts cannot be found."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        return {}
    limit = limits()
    layouts: dict[str, SheetLayout] = {}
    with archive:
        try:
            workbook = archive.read("xl/workbook.xml")
            rels = archive.read("xl/_rels/workbook.xml.rels")
        except ZIP_ERRORS:
            return {}
        targets = {}
        for m in _RELATIONSHIP.finditer(rels):
            rid, target = _attr(m[1], b"Id"), _attr(m[1], b"Target")
            if rid and target:
                targets[rid] = (target.lstrip("/") if target.startswith("/")
                                else posixpath.normpath(posixpath.join("xl", target)))
        for m in _SHEET.finditer(workbook):
            name, rid = _attr(m[1], b"name"), _attr(m[1], rb"\w+:id")
            if name is None or rid not in targets:
                continue
            try:
                info = archive.getinfo(targets[rid])
                xml = read_member(archive, info, limit.bytes("office_xml_mb"), "office_xml_mb",
                                  limit)
            except ZIP_ERRORS:
                continue
            layout = sheet_layout(xml)
            if layout.hidden_rows or layout.hidden_columns or layout.uncomputed:
                layouts[name] = layout
    return layouts


def sheet_layout(xml: bytes) -> SheetLayout:
    layout = SheetLayout()
    if b'hidden="' in xml:
        for m in _HIDDEN_ROW.finditer(xml):
            row = _attr(m[0], b"r")
            if row and row.isdigit():
                layout.hidden_rows.add(int(row))
        for m in _HIDDEN_COL.finditer(xml):
            low, high = _attr(m[0], b"min"), _attr(m[0], b"max")
            if low and high and low.isdigit() and high.isdigit():
                layout.hidden_columns.append((int(low), int(high)))
    if b"<f" in xml or b":f" in xml:  # <f>, <f t="shared" .../>, <x:f>
        for m in _FORMULA.finditer(xml):
            if m["v"] and m["v"].strip():
                continue
            prefix = m["p"] or b""
            start = xml.rfind(b"<" + prefix + b"c ", 0, m.start())
            attrs = xml[start:xml.find(b">", start)] if start >= 0 else b""
            if _attr(attrs, b"t") in _TEXT_TYPES and m["v"] is not None:
                continue  # a text result that is empty: computed, and empty
            ref = _REF.fullmatch((_attr(attrs, b"r") or "").encode())
            layout.uncomputed.append((int(ref[2]), column_number(ref[1].decode())) if ref
                                     else (0, 0))
    return layout


def column_number(letters: str) -> int:
    """"A" -> 1, "AA" -> 27."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
