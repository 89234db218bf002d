"""Image files in a bundle (PNG, JPEG, TIFF incl. multi-page, HEIC): every frame is OCRed."""

from __future__ import annotations

import io

from PIL import Image, ImageSequence, UnidentifiedImageError

from ..types import Page
from . import ocr
from .sniff import is_heif

STEPS = ("upscale", "deskew", "unline")  # measured best on the OCR corpus (bench/ocr_quality.py)
DEFAULT_DPI = 200.0  # scanners that record no resolution are usually set to 200 dpi
MAX_PIXELS = 80_000_000


def open_frames(data: bytes) -> tuple[list[Image.Image], float]:
    """Every frame of an image file and its resolution; ValueError if it is not an image."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    if is_heif(data):
        from pillow_heif import register_heif_opener  # phone photos; loads only when one arrives

        register_heif_opener()
    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ValueError(f"not a readable image ({exc})") from exc
    dpi = float((image.info.get("dpi") or (DEFAULT_DPI,))[0] or DEFAULT_DPI)
    return frames, dpi


def read_image(data: bytes) -> tuple[list[Page], list[str]]:
    frames, dpi = open_frames(data)
    try:
        ocr.tesseract_version()
    except ocr.OcrUnavailable as exc:
        return [Page(i + 1, "", "none", warnings=["image page: not OCRed"]) for i in range(len(frames))], [str(exc)]
    jobs = [ocr.OcrJob(number, frame, dpi, STEPS, frame.width * 72 / dpi, frame.height * 72 / dpi)
            for number, frame in enumerate(frames, 1)]
    return ocr.ocr_pages(jobs), []
