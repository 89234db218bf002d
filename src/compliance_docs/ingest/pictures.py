"""Pictures inside DOCX and PPTX files (a scanned statement pasted as images): OCRed as
scanned pages are, each becoming a page of its own so that evidence can cite it."""

from __future__ import annotations

from ..limits import LimitExceeded
from ..types import Page
from . import ocr

MIN_WIDTH, MIN_HEIGHT, MIN_PIXELS = 200, 60, 20_000  # smaller pictures are logos and icons


def ocr_pictures(pictures: list[tuple[str, bytes]], first_number: int) -> tuple[list[Page], list[str]]:
    """Pages (numbered from `first_number`) for the pictures that yield text, and a warning
    naming each picture that does not; `pictures` are (label, image bytes) in document order."""
    from .images import STEPS, open_frames

    jobs: list[tuple[str, ocr.OcrJob]] = []
    warnings: list[str] = []
    for label, data in pictures:
        try:
            frames, dpi = open_frames(data)
        except LimitExceeded as exc:
            warnings.append(f"{label}: {exc}")
            continue
        except ValueError:
            warnings.append(f"{label}: cannot be read (image format not supported)")
            continue
        image = frames[0]
        if image.width < MIN_WIDTH or image.height < MIN_HEIGHT or image.width * image.height < MIN_PIXELS:
            continue
        number = first_number + len(jobs)
        jobs.append((label, ocr.OcrJob(number, image, dpi, STEPS, image.width * 72 / dpi,
                                       image.height * 72 / dpi)))
    if not jobs:
        return [], warnings
    try:
        ocr.tesseract_version()
    except ocr.OcrUnavailable as exc:
        return [], warnings + [f"{label}: not OCRed" for label, _ in jobs] + [str(exc)]
    pages: list[Page] = []
    for (label, _), page in zip(jobs, ocr.ocr_pages(job for _, job in jobs), strict=True):
        # the page's own warnings name a page the file does not have; say which picture
        if not page.text.strip():
            failed = [w for w in page.warnings if w.startswith("OCR failed")]
            warnings.append(f"{label}: {failed[0] if failed else 'no text read (image only)'}")
            continue
        warnings.extend(f"{label}: {w}" for w in page.warnings)
        page.warnings = []
        page.number, page.label = first_number + len(pages), label
        pages.append(page)
    return pages, warnings
