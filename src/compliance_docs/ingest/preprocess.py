"""Image clean-up before OCR. Each step is kept only because it measurably lowers the
character error rate on the OCR corpus (see bench/ocr_quality.py and the issue notes)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

TARGET_DPI = 300


def _settings() -> dict:
    from ..data import load_yaml

    return load_yaml("ocr.yaml")["preprocess"]


def to_gray(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P"):
        background = Image.new("RGB", image.size, "white")
        background.paste(image.convert("RGBA"), mask=image.convert("RGBA").split()[-1])
        image = background
    return ImageOps.grayscale(image) if image.mode != "L" else image


def invert(image: Image.Image) -> Image.Image:
    """Light text on a dark ground (a dark-mode screenshot) turned into dark text on light:
    Tesseract reads dark letters, and every step after this one takes the dark pixels for ink.
    A page is dark when most of its middle is (the centre half across and down, so that the
    desk around a photographed page does not count); the share is in data/ocr.yaml."""
    pixels = np.asarray(image, dtype=np.uint8)
    height, width = pixels.shape
    middle = pixels[height // 4: height - height // 4, width // 4: width - width // 4]
    if middle.size == 0 or (middle < 128).mean() <= _settings()["invert_dark_share"]:
        return image
    return ImageOps.invert(image)


def upscale(image: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    """Low-resolution scans (150-200 dpi) enlarged to about 300 dpi; returns the factor used."""
    if dpi >= TARGET_DPI * 0.8:
        return image, 1.0
    factor = TARGET_DPI / dpi
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.LANCZOS), factor


def skew_angle(image: Image.Image, limit: float = 4.0) -> float:
    """Angle (degrees) that makes text lines horizontal: the rotation whose row profile of ink
    has the largest variance, searched coarse then fine on a reduced image."""
    small = image.copy()
    small.thumbnail((700, 700))
    ink = np.asarray(small, dtype=np.uint8) < 128
    if ink.mean() < 0.002:
        return 0.0
    picture = Image.fromarray((ink * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rotated = np.asarray(picture.rotate(angle, resample=Image.NEAREST, fillcolor=0))
        return float(np.var(rotated.sum(axis=1, dtype=np.float64)))

    coarse = max(np.arange(-limit, limit + 0.25, 0.5), key=lambda a: score(float(a)))
    fine = max(np.arange(coarse - 0.4, coarse + 0.45, 0.1), key=lambda a: score(float(a)))
    return round(float(fine), 2)


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    angle = skew_angle(image)
    if abs(angle) < 0.3:
        return image, 0.0
    return image.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255), angle


def binarize(image: Image.Image) -> Image.Image:
    """Otsu's threshold over the grey-level histogram."""
    pixels = np.asarray(image, dtype=np.uint8)
    hist = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = pixels.size
    weights = np.cumsum(hist)
    means = np.cumsum(hist * np.arange(256))
    between = (means[-1] * weights / total - means) ** 2 / np.maximum(weights * (total - weights), 1)
    threshold = int(np.argmax(between))
    return Image.fromarray(np.where(pixels > threshold, 255, 0).astype(np.uint8))


def _runs(ink: np.ndarray, length: int) -> np.ndarray:
    """Pixels lying on a horizontal run of ink at least `length` long (rows of `ink`): an
    erosion then a dilation by `length`, each in log2(length) boolean shifts."""
    height, width = ink.shape
    if width < length:
        return np.zeros_like(ink)
    full, span = ink, 1  # full[:, j]: ink over [j, j + span)
    while span < length:
        step = min(span, length - span)
        full = full[:, :-step] & full[:, step:]
        span += step
    covered = np.zeros((height, width), dtype=bool)
    covered[:, :full.shape[1]] = full  # covered[:, x]: some run starts in (x - span, x]
    span = 1
    while span < length:
        step = min(span, length - span)
        covered[:, step:] |= covered[:, :-step].copy()
        span += step
    return covered


def unline(image: Image.Image) -> Image.Image:
    """Ruled table lines whitened: Tesseract reads a grid's cells as one garbled block. A line
    is a run of ink longer than any letter (a twentieth of the page's shorter side), and thin.
    Ink on runs that long both across and down is an area, not a rule, where it stretches
    that far itself (the desk around a photographed page, a dark frame; two rules cross in a
    few pixels): it is kept. Whitening a photo's desk left the page on white, and Tesseract's
    single threshold then split the page's own shading, blacking out its darker side (f07)."""
    pixels = np.asarray(image, dtype=np.uint8)
    ink = pixels < 128
    length = max(40, min(pixels.shape) // 20)
    across, down = np.zeros_like(ink), np.zeros_like(ink)
    # only rows (columns) holding that much ink at all can hold a rule: a text page has few
    rows = np.flatnonzero(ink.sum(axis=1) >= length)
    across[rows] = _runs(ink[rows], length)
    columns = np.flatnonzero(ink.sum(axis=0) >= length)
    down[:, columns] = _runs(ink[:, columns].T, length).T
    lines = across | down
    if not lines.any():
        return image
    both = across & down
    rows = np.flatnonzero(both.sum(axis=1) >= length)
    area = np.zeros_like(ink)
    area[rows] = _runs(both[rows], length)
    lines &= ~area
    return Image.fromarray(np.where(lines, 255, pixels).astype(np.uint8))


def prepare(image: Image.Image, dpi: float, steps: tuple[str, ...]) -> tuple[Image.Image, float]:
    """Apply `steps` in order; returns the image and its scale relative to the input pixels.
    Deskew rotates about the centre without expanding, so boxes stay close to the original."""
    image = to_gray(image)
    factor = 1.0
    for step in steps:
        if step == "invert":
            image = invert(image)
        elif step == "upscale":
            image, factor = upscale(image, dpi)
        elif step == "deskew":
            image, _ = deskew(image)
        elif step == "binarize":
            image = binarize(image)
        elif step == "unline":
            image = unline(image)
        else:
            raise ValueError(f"unknown preprocessing step {step}")
    return image, factor
