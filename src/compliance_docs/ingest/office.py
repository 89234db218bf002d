"""DOCX and plain-text documents: one page each, paragraphs and tables in reading order."""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from ..types import Page, Table

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table as DocxTable


def read_docx(data: bytes) -> tuple[list[Page], list[Table]]:
    """One page with headers, body (paragraphs and table rows) and footers; ValueError if broken."""
    import docx  # python-docx loads only when a DOCX arrives

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValueError(f"not a readable DOCX file ({exc})") from exc
    except Exception as exc:  # python-docx raises assorted lxml errors on damaged XML
        raise ValueError(f"not a readable DOCX file ({type(exc).__name__})") from exc
    lines: list[str] = []
    seen_parts: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header):
            if not part.is_linked_to_previous and id(part.part) not in seen_parts:
                seen_parts.add(id(part.part))
                lines.extend(p.text for p in part.paragraphs if p.text.strip())
    lines.extend(_body_lines(document))
    tables = [Table(1, [[" ".join(c.text.split()) for c in row.cells] for row in t.rows])
              for t in document.tables]
    for section in document.sections:
        part = section.footer
        if not part.is_linked_to_previous and id(part.part) not in seen_parts:
            seen_parts.add(id(part.part))
            lines.extend(p.text for p in part.paragraphs if p.text.strip())
    text = "\n".join(lines)
    return [Page(1, text, "docx" if text.strip() else "none")], tables


def _body_lines(document: DocxDocument) -> list[str]:
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, DocxTable):
            lines.extend(_table_lines(block))
    return lines


def _table_lines(table: DocxTable) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if not cells or cells[-1] != text:  # merged cells repeat their text
                cells.append(text)
        lines.append(" | ".join(cells))
    return lines


_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def read_text(data: bytes, *, markdown: bool = False) -> list[Page]:
    """A .txt or .md file as one page; form feeds split pages as printers do. Markdown loses
    its emphasis marks, as it does when rendered ("**Jumlah** | **100.777**")."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        text = _EMPHASIS.sub("", text)
    chunks = text.split("\f")
    return [
        Page(i + 1, chunk, "plain_text" if chunk.strip() else "none")
        for i, chunk in enumerate(chunks)
    ]
