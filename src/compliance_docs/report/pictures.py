"""Evidence pictures: the page region of each quote, cropped from the page itself.

Runs where the bundle is screened (a worker): each page that shows evidence is rendered once,
at a resolution a person reads, and every quote of that page is cropped from that one image,
the quote outlined on a translucent box with a line or two of context above and below. The
pictures travel in the report data (`data["pictures"]`, id -> base64 PNG) beside the
evidence that names them (`evidence["picture"]`); the JSON report leaves them out.

The cache keeps one file a page (its pictures by id): a page's dozen pictures cost one write
and one read, not a dozen of each, and a first screening writes a file only for each page
that shows evidence."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from ..cache import store, writable_cache
from .picturefiles import LISTED_FACTS, _evidence  # noqa: F401 - part of this module's interface

DPI = 120.0  # about 110-150 dpi reads comfortably; an A4 page is then 992 x 1403 pixels
CONTEXT_PT = 26.0  # about two lines of body text above and below the quote
SIDE_PT = 18.0
VERSION = "4"  # part of the cache key: a change of how pictures look renders them again
PDF_SUFFIXES = (".pdf",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".heic", ".heif", ".webp", ".bmp")


def _key(sha256: str, page: int, bbox: list[float], mask: bool = True) -> str:
    raw = "|".join([VERSION, sha256, str(page), ",".join(f"{v:.1f}" for v in bbox), str(DPI),
                    "masked" if mask else "shown"])
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def _page_key(sha256: str, page: int, mask: bool) -> str:
    """The cache file of one page's pictures."""
    raw = "|".join([VERSION, sha256, str(page), str(DPI), "masked" if mask else "shown"])
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")


def _cached_page(file: Path | None) -> dict[str, str]:
    """A page's cached pictures by id; nothing for a file missing or damaged (the page is then
    rendered again), and only entries that are an id and a picture in base64."""
    if file is None:
        return {}
    try:
        found = json.loads(file.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and len(k) == 20
            and isinstance(v, str) and _BASE64.fullmatch(v)}


def attach_pictures(data: dict[str, Any], bundle_path: Path | str, *, mask: bool = True) -> int:
    """Give every evidence quote with a box on a PDF or image page a picture; returns how many
    pages were rendered (cached pictures render none). With `mask`, as the report's text masks
    them, the middle digits of the NIKs on a page are blacked out: where the fact sheet's
    documents place them (text layer or OCR), and what a PDF page's text layer holds."""
    from ..ingest.bundle import read_bundle_files

    documents = {d["path"]: d for d in data.get("documents", [])}
    wanted: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for e in _evidence(data):
        doc = documents.get(e["document"])
        name = e["document"].lower()
        if e.get("bbox") and doc and name.endswith(PDF_SUFFIXES + IMAGE_SUFFIXES):
            wanted[(e["document"], e["page"])].append(e)
    pictures: dict[str, str] = {}
    data["pictures"] = pictures
    if not wanted:
        return 0
    cache = writable_cache("pictures")
    missing: dict[tuple[str, int], list[tuple[dict[str, Any], str]]] = defaultdict(list)
    page_files: dict[tuple[str, int], tuple[Path | None, dict[str, str]]] = {}
    for (path, page), items in wanted.items():
        sha256 = documents[path]["sha256"]
        file = cache / f"{_page_key(sha256, page, mask)}.json" if cache else None
        cached = _cached_page(file)
        page_files[(path, page)] = file, cached
        for e in items:
            key = _key(sha256, page, e["bbox"], mask)
            if key in pictures or key in cached:
                pictures.setdefault(key, cached.get(key, ""))
                e["picture"] = key
            else:
                missing[(path, page)].append((e, key))
    if not missing:
        return 0
    # a page OCR read: its words' boxes are on the page as Tesseract saw it, straightened
    scans = {(e["document"], e["page"]) for e in _evidence(data) if e.get("ocr_confidence") is not None}
    try:
        files, _ = read_bundle_files(Path(bundle_path))
    except Exception:  # noqa: BLE001 - the bundle changed under us: the report goes without
        return 0
    contents = {f.name: f.data for f in files if f.data is not None}
    niks: dict[tuple[str, int], list[list[float]]] = defaultdict(list)
    for d in (data.get("sheet") or {}).get("documents", []):
        for number, box in d.get("nik_boxes", []):
            niks[(d["path"], number)].append(box)
    rendered = 0
    by_document: dict[str, dict[int, list[tuple[dict[str, Any], str]]]] = defaultdict(dict)
    for (path, page), items in missing.items():
        by_document[path][page] = items
    for path, pages in by_document.items():
        content = contents.get(path)
        if content is None:
            continue
        straighten = {n for n in pages if (path, n) in scans}
        for page, image, scale in _page_images(path, content, sorted(pages), mask, straighten):
            rendered += 1
            if mask:  # after straightening: an OCR page's boxes are on the straightened page
                _black_out(image, niks.get((path, page), []), scale)
            levels = _levels(image)  # once a page: its dozen pictures are cut from it
            file, cached = page_files[(path, page)]
            for e, key in pages[page]:
                if key not in pictures:
                    pictures[key] = base64.b64encode(_crop_levels(levels, e["bbox"], scale)).decode("ascii")
                cached[key] = pictures[key]
                e["picture"] = key
            if file is not None:
                store(file, json.dumps(cached, separators=(",", ":")).encode("ascii"))
    return rendered


def _page_images(path: str, content: bytes, pages: list[int], mask: bool = True,
                 straighten: set[int] | frozenset[int] = frozenset()):
    """(page number, image, pixels per PDF point) of each page asked for, each rendered once;
    the pages in `straighten` deskewed as OCR deskewed them before reading."""
    try:
        if path.lower().endswith(PDF_SUFFIXES):
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(content)
            try:
                for number in pages:
                    if 1 <= number <= len(pdf):
                        page = pdf[number - 1]
                        # grey, as Tesseract sees a scan, and 4x faster than colour to render;
                        # kept grey, as every picture is cut from it
                        image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
                        if mask:
                            _black_out(image, _nik_boxes(page), DPI / 72)
                        page.close()
                        yield number, _straight(image) if number in straighten else image, DPI / 72
            finally:
                pdf.close()
        else:
            from ..ingest.images import open_frames

            frames, dpi = open_frames(content)
            for number in pages:
                if 1 <= number <= len(frames):
                    frame = frames[number - 1].convert("RGB")
                    factor = min(1.0, DPI / dpi)
                    if factor < 1.0:
                        frame = frame.resize((max(1, round(frame.width * factor)),
                                              max(1, round(frame.height * factor))))
                    yield number, _straight(frame) if number in straighten else frame, dpi / 72 * factor
    except Exception:  # noqa: BLE001 - a page that cannot be drawn has no picture, no crash
        return


def _straight(image: Image.Image) -> Image.Image:
    """The page turned as OCR's deskew step turned it (about its centre, same size), so that
    the boxes of the words it read sit on those words. The angle is found again here, on the
    same page reduced to the same size, rather than carried through the report."""
    from ..ingest.preprocess import deskew

    turned, _ = deskew(image.convert("L"))
    return turned if image.mode == "L" else turned.convert("RGB")


def _nik_boxes(page) -> list[tuple[float, float, float, float]]:
    """Boxes (PDF points, top-left origin) of the digits a NIK mask hides on a PDF page: the
    report writes "3174********0002", and the picture of the page must not show them either."""
    from ..types import NIK

    height = page.get_height()
    textpage = page.get_textpage()
    boxes = []
    try:
        for m in NIK.finditer(textpage.get_text_range()):
            start, end = m.start(2), m.end(3)
            for i in range(textpage.count_rects(start, end - start)):
                left, bottom, right, top = textpage.get_rect(i)
                boxes.append((left, height - top, right, height - bottom))
    finally:
        textpage.close()
    return boxes


def _black_out(image: Image.Image, boxes: list[tuple[float, float, float, float]], scale: float) -> None:
    draw = ImageDraw.Draw(image)
    black = 0 if image.mode == "L" else (0, 0, 0)
    for x0, top, x1, bottom in boxes:
        draw.rectangle((x0 * scale - 1, top * scale - 1, x1 * scale + 1, bottom * scale + 1), fill=black)


def crop(image: Image.Image, bbox: list[float], scale: float) -> bytes:
    """The quote's region of a page image (its box plus context), the quote highlighted, as PNG.

    The region is grey (as OCR reads a page) with 32 levels, and the highlight is the same
    levels tinted yellow inside an orange outline: a palette of 65 colours, which PNG encodes
    losslessly in well under a millisecond and smaller than WebP encodes the colour image."""
    return _crop_levels(_levels(image), bbox, scale)


def _levels(image: Image.Image) -> Image.Image:
    """A page image in the pictures' grey levels (0 to LEVELS - 1), the page's palette index."""
    return (image if image.mode == "L" else image.convert("L")).point(_LEVEL_OF_GREY)


def _crop_levels(levels: Image.Image, bbox: list[float], scale: float) -> bytes:
    x0, top, x1, bottom = (v * scale for v in bbox)
    pad_y, pad_x = CONTEXT_PT * scale, SIDE_PT * scale
    left = max(0, int(min(x0 - pad_x, levels.width * 0.06)))
    right = min(levels.width, int(max(x1 + pad_x, levels.width * 0.94)))
    upper, lower = max(0, int(top - pad_y)), min(levels.height, int(bottom + pad_y))
    if right <= left or lower <= upper:
        left, upper, right, lower = 0, 0, levels.width, levels.height
    picture = levels.crop((left, upper, right, lower))
    width, height = picture.size
    bx0, by0 = max(0, round(x0 - left - 2)), max(0, round(top - upper - 2))
    bx1, by1 = min(width, round(x1 - left + 2)), min(height, round(bottom - upper + 2))
    if bx1 > bx0 and by1 > by0:
        box = (bx0, by0, bx1, by1)
        picture.paste(picture.crop(box).point(_TINTED), box)  # the tinted ramp
        for edge in ((bx0, by0, bx1, min(height, by0 + 2)), (bx0, max(by0, by1 - 2), bx1, by1),
                     (bx0, by0, min(width, bx0 + 2), by1), (max(bx0, bx1 - 2), by0, bx1, by1)):
            picture.paste(2 * LEVELS, edge)  # the outline
    picture.putpalette(_PALETTE)  # the levels become the palette's indices, in place
    out = io.BytesIO()
    picture.save(out, "PNG", compress_level=3)
    return out.getvalue()


LEVELS = 32  # grey levels of a picture: text and stamps read as on the page
HIGHLIGHT, OUTLINE, ALPHA = (255, 214, 0), (214, 120, 0), 70 / 255


def _palette() -> list[int]:
    grey = [round(i * 255 / (LEVELS - 1)) for i in range(LEVELS)]
    tinted = [[round(v * (1 - ALPHA) + c * ALPHA) for c in HIGHLIGHT] for v in grey]
    return [c for v in grey for c in (v, v, v)] + [c for rgb in tinted for c in rgb] + list(OUTLINE)


_PALETTE = _palette()
_LEVEL_OF_GREY = [(v * (LEVELS - 1) + 127) // 255 for v in range(256)]  # each grey to its nearest level
_TINTED = [min(v + LEVELS, 255) for v in range(256)]  # a level's tinted twin in the palette


