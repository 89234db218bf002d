"""Tables where their structure matters (partner lists): pdfplumber for PDF pages with a text
layer, python-docx's own tables for DOCX. Only run for the document types that need them,
because pdfplumber's layout analysis is slow."""

from __future__ import annotations

import io
import logging

from ..types import Document, Table

TABLE_TYPES = ("partner_list",)
MAX_TABLE_PAGES = 30
log = logging.getLogger(__name__)


def pdf_tables(data: bytes, doc: Document) -> list[Table]:
    import pdfplumber

    tables: list[Table] = []
    pages = [p.number for p in doc.pages if p.source == "text_layer"][:MAX_TABLE_PAGES]
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in pages:
                page = pdf.pages[number - 1]
                unseen = doc.pages[number - 1].unseen
                # the text the page does not show, left out of its text, is left out here too
                shown = page.filter(lambda o, boxes=unseen: not _in_boxes(o, boxes)) if unseen else page
                for found in shown.find_tables():
                    rows = [[(cell or "").strip() for cell in row] for row in found.extract()]
                    boxes = [[_box(c) for c in row.cells] for row in found.rows]
                    if len(rows) >= 2:
                        tables.append(Table(number, rows, boxes))
                page.flush_cache()
    except Exception as exc:  # noqa: BLE001 - a table we cannot read falls back to the text
        log.debug("no tables from %s: %s", doc.path, exc)
    return tables


def _in_boxes(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    if obj.get("object_type") != "char":
        return False
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _box(cell) -> tuple[float, float, float, float] | None:
    return tuple(round(v, 1) for v in cell) if cell else None  # type: ignore[return-value]
