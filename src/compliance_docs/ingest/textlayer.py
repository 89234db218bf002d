"""Scanned pages that carry a text layer: does the text layer say what the image shows?

A text layer laid over a scan is what search, copy and this tool read; the verifier reads the
image. When the two disagree, one of them was edited. Only pages that are essentially one
full-page image are compared, at most a few per document, since each costs a Tesseract run
(cached, and shared with the reader's own OCR of the same page)."""

from __future__ import annotations

import re

from ..types import Document, Signal
from . import ocr

_WORDS = re.compile(r"[^\W_]+")
WHY = ("the text a computer reads from this page differs from what its image shows: one of "
       "them was edited, and facts taken from the text may not be on the page")


def text_layer_signals(data: bytes, doc: Document, limits: dict) -> list[Signal]:
    import pypdfium2 as pdfium
    from rapidfuzz import fuzz

    from .pdf import OCR_STEPS, _image_area, garbage, render_dpi

    # only pages mostly covered by an image are candidates, and reading measured that already
    candidates = [p.number - 1 for p in doc.pages if p.image_share >= limits["min_image_share"]]
    if not candidates:
        return []  # nearly every text PDF: Tesseract is not even asked whether it is there
    try:
        ocr.tesseract_version()
        can_read = True
    except ocr.OcrUnavailable:
        can_read = False  # the pages that would be compared are named in a note instead
    signals: list[Signal] = []
    unchecked: list[int] = []
    pdf = pdfium.PdfDocument(data)
    try:
        checked = 0
        for index in candidates:
            if checked >= limits["max_pages"]:
                break
            page = pdf[index]
            width, height = page.get_size()
            share = _image_area(page) / max(width * height, 1)
            textpage = page.get_textpage()
            layer = " ".join(textpage.get_text_range().split())
            textpage.close()
            if share < limits["min_image_share"] or len(layer) < limits["min_chars"] or garbage(layer):
                page.close()
                continue
            checked += 1
            if not can_read:
                unchecked.append(index + 1)
                page.close()
                continue
            dpi, _ = render_dpi(width, height)
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            words, _ = ocr.recognize(ocr.OcrJob(index + 1, image, dpi, OCR_STEPS, width, height))
            seen = " ".join(w.text for w in words)
            stamp = len(layer) < limits["stamp_share"] * len(seen)
            score = (fuzz.token_set_ratio if stamp else fuzz.token_sort_ratio)(_norm(layer), _norm(seen))
            if score < limits["min_similarity"]:
                detail = (f"page {index + 1}: text layer '{layer[:60]}' but the image reads "
                          f"'{seen[:60]}' (similarity {score:.0f}%)")
                signals.append(Signal("text_layer_mismatch", doc.path, index + 1, detail, WHY,
                                      values=(("similarity", f"{score:.0f}"),
                                              ("text_layer", layer[:60]), ("ocr", seen[:60]))))
    finally:
        pdf.close()
    if unchecked:
        pages = ", ".join(map(str, unchecked))
        signals.append(Signal("text_layer_unchecked", doc.path, unchecked[0],
                              f"page(s) {pages}: scan with a text layer not compared (no Tesseract)",
                              "without OCR the text layer cannot be compared with the image",
                              level="note", values=(("pages", pages),)))
    return signals


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))
