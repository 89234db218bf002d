"""PDF pages from the text layer via pdfium (fast), with character boxes computed on demand."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from ..types import BBox, Page, union_box

# pdfium writes line breaks as "\r\n" and may emit control characters; replacing them one for one
# keeps every text offset equal to pdfium's character index, so boxes stay addressable.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def read_pdf(data: bytes) -> tuple[list[Page], list[str]]:
    """Pages and document warnings; raises ValueError when the file is not a readable PDF."""
    warnings: list[str] = []
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise ValueError("encrypted PDF (password required), not read") from exc
        raise ValueError(f"not a readable PDF ({msg})") from exc
    pages: list[Page] = []
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
                width, height = page.get_size()
                textpage = page.get_textpage()
                raw = textpage.get_text_range()
                textpage.close()
                page.close()
            except pdfium.PdfiumError as exc:
                pages.append(Page(index + 1, "", "none", warnings=[f"page cannot be read ({exc})"]))
                continue
            text = _CONTROL.sub(" ", raw.replace("\r", " "))
            source = "text_layer" if text.strip() else "none"
            pages.append(
                Page(
                    index + 1,
                    text,
                    source,
                    width=width,
                    height=height,
                    geometry=_geometry(data, index, height) if text.strip() else None,
                )
            )
    finally:
        pdf.close()
    return pages, warnings


def _geometry(data: bytes, index: int, height: float):
    def bbox(start: int, end: int) -> BBox | None:
        pdf = pdfium.PdfDocument(data)
        try:
            textpage = pdf[index].get_textpage()
            count = textpage.count_chars()
            boxes = []
            for i in range(max(0, start), min(end, count)):
                left, bottom, right, top = textpage.get_charbox(i)
                if right > left and top > bottom:
                    boxes.append((left, height - top, right, height - bottom))
            return union_box(boxes)
        finally:
            pdf.close()

    return bbox
