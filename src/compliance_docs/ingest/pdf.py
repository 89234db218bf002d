"""PDF pages: the text layer via pdfium (fast, with character boxes computed on demand), and
OCR for the pages whose text layer is missing, garbage, or covers only a sliver of a scan."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..types import BBox, Page, union_box
from . import ocr

# pdfium writes line breaks as "\r\n" and may emit control characters; replacing them one for one
# keeps every text offset equal to pdfium's character index, so boxes stay addressable.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_WORD = re.compile(r"[^\W\d_]{3,}")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
RENDER_DPI = 300
OCR_STEPS = ("deskew", "unline")  # 300 dpi rendering already upscales; ruled tables need unline


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
    scans: list[int] = []
    try:
        for index in range(len(pdf)):
            page, needs_ocr = _text_page(pdf, index, data)
            pages.append(page)
            if needs_ocr:
                scans.append(index)
        if scans:
            warnings.extend(_ocr_into(pdf, pages, scans))
    finally:
        pdf.close()
    return pages, warnings


def _text_page(pdf: pdfium.PdfDocument, index: int, data: bytes) -> tuple[Page, bool]:
    try:
        page = pdf[index]
        width, height = page.get_size()
        textpage = page.get_textpage()
        raw = textpage.get_text_range()
        textpage.close()
        image_area = _image_area(page) / max(width * height, 1)
        page.close()
    except pdfium.PdfiumError as exc:
        return Page(index + 1, "", "none", warnings=[f"page cannot be read ({exc})"]), False
    text = _CONTROL.sub(" ", raw.replace("\r", " "))
    usable = len(text.strip())
    needs_ocr = (usable < 30 and image_area > 0.05) or (image_area > 0.5 and usable < 200) or (
        usable >= 30 and garbage(text)
    )
    result = Page(index + 1, text, "text_layer" if usable else "none", width=width, height=height,
                  geometry=_geometry(data, index, height) if usable else None)
    if not usable and not needs_ocr:
        result.warnings.append("blank page (no text and no image)")
    return result, needs_ocr


_ODD = re.compile(r"[^\w\s.,;:()\-/'\"%&*+=?!\[\]<>@#|]")


def garbage(text: str) -> bool:
    """A text layer from a broken font mapping: odd symbols, or words without vowels."""
    visible = len(text) - sum(map(len, re.findall(r"\s+", text)))
    if not visible:
        return True
    if len(_ODD.findall(text)) / visible > 0.2:
        return True
    words = _WORD.findall(text)
    if len(words) < 3:
        return False
    return sum(1 for w in words if _VOWEL.search(w)) / len(words) < 0.6


def _image_area(page: pdfium.PdfPage) -> float:
    area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        area += max(right - left, 0) * max(top - bottom, 0)
    return area


def _ocr_into(pdf: pdfium.PdfDocument, pages: list[Page], scans: list[int]) -> list[str]:
    """Replace the scanned pages' text with OCR; a missing Tesseract is one warning, no crash."""
    try:
        ocr.tesseract_version()
    except ocr.OcrUnavailable as exc:
        for i in scans:
            pages[i].warnings.append("scanned page without text layer: not OCRed")
        return [str(exc)]
    def rendered():
        for i in scans:
            page = pdf[i]
            image = page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil()
            page.close()
            yield ocr.OcrJob(i + 1, image, RENDER_DPI, OCR_STEPS, pages[i].width or 0, pages[i].height or 0)

    for result in ocr.ocr_pages(rendered()):
        previous = pages[result.number - 1]
        if previous.text.strip() and not result.text.strip():
            continue  # keep a thin text layer rather than nothing
        pages[result.number - 1] = result
    return []


def _geometry(data: bytes, index: int, height: float):
    """Character boxes of one page, read from pdfium on the first request and kept."""
    boxes: list[BBox | None] = []

    def load() -> None:
        pdf = pdfium.PdfDocument(data)
        try:
            textpage = pdf[index].get_textpage()
            for i in range(textpage.count_chars()):
                left, bottom, right, top = textpage.get_charbox(i)
                ok = right > left and top > bottom
                boxes.append((left, height - top, right, height - bottom) if ok else None)
        finally:
            pdf.close()

    def bbox(start: int, end: int) -> BBox | None:
        if not boxes:
            load()
        return union_box([b for b in boxes[max(0, start):end] if b is not None])

    return bbox
