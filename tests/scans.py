"""Make scans of known text: render a page, then degrade it as a scanner and a fax would."""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
A4_INCHES = (8.27, 11.69)


def render_text(lines: list[str], dpi: int = 300, font_path: str = FONT, size_pt: float = 11) -> Image.Image:
    """A white A4 page with `lines` in a serif font, as a greyscale image."""
    width, height = (round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi))
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    try:
        font = ImageFont.truetype(font_path, round(size_pt * dpi / 72))
    except OSError:
        font = ImageFont.load_default()
    y = round(dpi * 0.9)
    for line in lines:
        draw.text((round(dpi * 0.9), y), line, fill=0, font=font)
        y += round(size_pt * 1.6 * dpi / 72)
    return page


def degrade(image: Image.Image, *, angle: float = 1.5, noise: float = 12.0, jpeg: int = 55,
            seed: int = 7, blur: float = 0.4) -> Image.Image:
    """Rotate a little, blur, add sensor noise, and pass through lossy JPEG."""
    rng = np.random.default_rng(seed)
    out = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(out, dtype=np.float64) + rng.normal(0, noise, (out.height, out.width))
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=jpeg)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def photograph(image: Image.Image, *, angle: float = 2.2, desk: int = 88, light: float = 0.72,
               jpeg: int = 45) -> Image.Image:
    """A page photographed with a phone: on a dark desk that frames it, turned a little, lit
    from one side (the far side `light` times as bright), saved as a phone's JPEG."""
    page = image.convert("L").rotate(angle, expand=True, fillcolor=desk)
    frame = Image.new("L", (round(page.width * 1.15), round(page.height * 1.1)), desk)
    frame.paste(page, (round(page.width * 0.06), round(page.height * 0.04)))
    shading = np.linspace(1.0, light, frame.width)[None, :]
    out = Image.fromarray(np.clip(np.asarray(frame, dtype=np.float64) * shading, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=jpeg)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def dark_mode(image: Image.Image, ground: int = 30) -> Image.Image:
    """The page as an app in dark mode shows it: light grey letters on a near-black ground."""
    return image.convert("L").point(lambda v: ground + round((255 - v) * 0.85))


def stamp(image: Image.Image, text: str = "MATERAI 10000", seed: int = 3) -> Image.Image:
    """A grey rubber stamp over part of the page."""
    random.seed(seed)
    out = image.convert("L")
    draw = ImageDraw.Draw(out)
    w, h = out.size
    cx, cy, r = int(w * 0.7), int(h * 0.8), int(w * 0.08)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=max(2, r // 25))
    return out


def scanned_pdf(pages: list[Image.Image], path: Path, dpi: int) -> Path:
    """Image-only PDF, as a scanner writes it."""
    first, *rest = [p.convert("L") for p in pages]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest)
    return path


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate: edit distance over reference length, whitespace normalised."""
    from rapidfuzz.distance import Levenshtein

    ref = " ".join(reference.split())
    hyp = " ".join(hypothesis.split())
    return Levenshtein.distance(ref, hyp) / max(len(ref), 1)
