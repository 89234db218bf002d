"""DOCX and plain-text documents: one page each, paragraphs and tables in reading order (the
DOCX as Word shows it, wordml.py); a DOCX's pictures are OCRed into pages of their own."""

from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache
from typing import TYPE_CHECKING

from ..types import Page, Table

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

    from .wordml import Story


def read_docx(data: bytes) -> tuple[list[Page], list[Table], list[str]]:
    """One page with headers, body (paragraphs and table rows) and footers, then one page per
    picture in the body that has text; warnings for the pictures that have none. ValueError
    if the file is broken."""
    import docx  # python-docx loads only when a DOCX arrives

    _styles_parsed_on_demand()
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValueError(f"not a readable DOCX file ({exc})") from exc
    except Exception as exc:  # python-docx raises assorted lxml errors on damaged XML
        raise ValueError(f"not a readable DOCX file ({type(exc).__name__})") from exc
    from .wordml import read_story

    hiding = _hiding_styles(document)
    body = read_story(document.element.body, hiding)
    stories = [body]
    lines: list[str] = []
    seen_parts: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header):
            if not part.is_linked_to_previous and id(part.part) not in seen_parts:
                seen_parts.add(id(part.part))
                stories.append(read_story(part.part.element, hiding))
                lines.extend(line for line in stories[-1].lines if line.strip())
    lines.extend(body.lines)
    tables = [Table(1, rows) for rows in body.tables]
    for section in document.sections:
        part = section.footer
        if not part.is_linked_to_previous and id(part.part) not in seen_parts:
            seen_parts.add(id(part.part))
            stories.append(read_story(part.part.element, hiding))
            lines.extend(line for line in stories[-1].lines if line.strip())
    text = "\n".join(lines)
    from .pictures import ocr_pictures

    pictures = body_pictures(document)
    if text.strip() or not pictures:
        pages = [Page(1, text, "docx" if text.strip() else "none")]
    else:
        pages = []  # a statement pasted as pictures: its pages are the pictures
    picture_pages, warnings = ocr_pictures(pictures, len(pages) + 1)
    return pages + picture_pages, tables, _reading_notes(stories) + warnings


def _reading_notes(stories: list[Story]) -> list[str]:
    """The text read is not the file's text as it stands: a verifier opening it sees the
    edits still marked, or text a template hid, that the screening did not take as said."""
    notes = []
    if any(s.tracked_changes for s in stories):
        notes.append("tracked changes not yet accepted: read as if all were accepted")
    if any(s.hidden_text for s in stories):
        notes.append("hidden text left out (not shown or printed)")
    return notes


def _hiding_styles(document: DocxDocument) -> dict[str, bool]:
    """The styles that hide their text. styles.xml is parsed only when it mentions hiding at
    all, which Word's and python-docx's templates never do."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    from .wordml import hiding_styles

    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
    except (KeyError, ValueError):
        return {}
    unparsed = getattr(part, "_unparsed", None)
    if unparsed is not None and b"vanish" not in unparsed:
        return {}
    try:
        return hiding_styles(part.element)
    except Exception:  # noqa: BLE001 - a broken styles.xml, which reading never needed before
        return {}


@lru_cache(maxsize=1)
def _styles_parsed_on_demand() -> None:
    """python-docx parses every part it knows when it opens a file, and styles.xml (300 KB
    in Word's templates and python-docx's own, against a few KB of text) took two thirds of
    reading a DOCX, though reading the text never looks at a style. Its part is parsed when
    something first asks for it instead."""
    from docx.opc.constants import CONTENT_TYPE
    from docx.opc.part import Part, PartFactory
    from docx.oxml.parser import parse_xml
    from docx.parts.styles import StylesPart

    class StylesParsedOnDemand(StylesPart):
        @classmethod
        def load(cls, partname, content_type, blob, package):
            part = cls.__new__(cls)
            Part.__init__(part, partname, content_type, package=package)
            part._unparsed = blob
            return part

        @property
        def _element(self):
            if self.__dict__.get("_parsed") is None:
                self.__dict__["_parsed"] = parse_xml(self._unparsed)
            return self.__dict__["_parsed"]

        @_element.setter
        def _element(self, value):
            self.__dict__["_parsed"] = value

    if PartFactory.part_type_for.get(CONTENT_TYPE.WML_STYLES) is StylesPart:
        PartFactory.part_type_for[CONTENT_TYPE.WML_STYLES] = StylesParsedOnDemand


def body_pictures(document: DocxDocument) -> list[tuple[str, bytes]]:
    """("picture N", image bytes) for each picture of the body in document order: DrawingML
    (a:blip) and legacy VML (v:imagedata), each image part once."""
    from docx.oxml.ns import qn

    blip, imagedata = qn("a:blip"), "{urn:schemas-microsoft-com:vml}imagedata"
    related = document.part.related_parts
    seen: set[str] = set()
    found: list[tuple[str, bytes]] = []
    for element in document.element.body.iter(blip, imagedata):
        rid = element.get(qn("r:embed")) if element.tag == blip else element.get(qn("r:id"))
        part = related.get(rid) if rid else None
        if part is None or rid in seen or not hasattr(part, "blob"):
            continue  # a linked (not embedded) picture has no bytes here
        seen.add(rid)
        found.append((f"picture {len(found) + 1}", part.blob))
    return found


_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def decode_text(data: bytes) -> str:
    """Text in UTF-8 (with or without BOM) or, as Windows writes it, cp1252; newlines as \\n."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes, *, markdown: bool = False) -> list[Page]:
    """A .txt or .md file as one page; form feeds split pages as printers do. Markdown loses
    its emphasis marks, as it does when rendered ("**Jumlah** | **100.777**")."""
    text = decode_text(data)
    if markdown:
        text = _EMPHASIS.sub("", text)
    chunks = text.split("\f")
    return [
        Page(i + 1, chunk, "plain_text" if chunk.strip() else "none")
        for i, chunk in enumerate(chunks)
    ]
