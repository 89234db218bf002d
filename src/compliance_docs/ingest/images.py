"""Image files in a bundle (PNG, JPEG, TIFF incl. multi-page): every frame is OCRed."""

from __future__ import annotations

import io

from PIL import Image, ImageSequence, UnidentifiedImageError

from ..types import Page
from . import ocr

STEPS = ("upscale", "deskew", "unline")  # measured best on the OCR corpus (bench/ocr_quality.py)
DEFAULT_DPI = 200.0  # scanners that record no resolution are usually set to 200 dpi
MAX_PIXELS = 80_000_000


def read_image(data: bytes) -> tuple[list[Page], list[str]]:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValueError(f"not a readable image ({exc})") from exc
    dpi = float((image.info.get("dpi") or (DEFAULT_DPI,))[0] or DEFAULT_DPI)
    try:
        ocr.tesseract_version()
    except ocr.OcrUnavailable as exc:
        return [Page(i + 1, "", "none", warnings=["image page: not OCRed"]) for i in range(len(frames))], [str(exc)]
    jobs = [ocr.OcrJob(number, frame, dpi, STEPS, frame.width * 72 / dpi, frame.height * 72 / dpi)
            for number, frame in enumerate(frames, 1)]
    return ocr.ocr_pages(jobs), []
