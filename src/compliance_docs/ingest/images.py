"""Image files in a bundle (PNG, JPEG, TIFF incl. multi-page, HEIC, WEBP): every frame is OCRed."""

from __future__ import annotations

import io

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ..limits import LimitExceeded, limits
from ..types import Page
from . import ocr
from .sniff import is_heif

# upscale, deskew, unline: measured best on the OCR corpus (bench/ocr_quality.py). invert comes
# first: it leaves a light page as it is (every page of that corpus), and the others take dark
# pixels for ink
STEPS = ("invert", "upscale", "deskew", "unline")
DEFAULT_DPI = 200.0  # scanners that record no resolution are usually set to 200 dpi
MAX_FRAMES = 500  # a multi-page TIFF longer than this is not a scanned document


def open_frames(data: bytes) -> tuple[list[Image.Image], float]:
    """Every frame of an image file, upright, and its resolution; ValueError if it is not an
    image, LimitExceeded when a frame has more pixels than the image_pixels limit."""
    limit = limits().image_pixels
    Image.MAX_IMAGE_PIXELS = limit  # Pillow only warns below twice this: checked below too
    if is_heif(data):
        from pillow_heif import register_heif_opener  # phone photos; loads only when one arrives

        register_heif_opener()
    try:
        image = Image.open(io.BytesIO(data))
        frames = []
        for frame in ImageSequence.Iterator(image):
            if frame.width * frame.height > limit:
                raise LimitExceeded(f"an image of {frame.width} x {frame.height} pixels",
                                    "image_pixels", limit)
            if len(frames) >= MAX_FRAMES:
                break
            # a phone stores a photo as its sensor saw it and records in EXIF how to turn it
            # (Orientation); viewers apply it, so the applicant saw the page upright, and so must
            # OCR and the evidence pictures, which both open pictures here
            frames.append(ImageOps.exif_transpose(frame))
    except Image.DecompressionBombError as exc:  # Pillow's own check, at twice the limit
        raise LimitExceeded(f"an image of more than {2 * limit} pixels", "image_pixels", limit) from exc
    except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError) as exc:
        if isinstance(exc, LimitExceeded):
            raise
        why = "cannot identify image file" if isinstance(exc, UnidentifiedImageError) else str(exc)
        raise ValueError(f"not a readable image ({why})") from exc  # no object address in a report
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
