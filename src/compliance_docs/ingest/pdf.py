"""PDF pages: the text layer via pdfium (fast, with character boxes computed on demand), and
OCR for the pages whose text layer is missing, garbage, or covers only a sliver of a scan.

Text the page does not show is left out, with a warning quoting it: white or near-white text
with nothing dark or no picture under it, and invisible text (render mode 3) on a page that
is no scan. A searchable scan's OCR layer is invisible text over the picture, and is read."""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..limits import limits
from ..types import BBox, Page, union_box
from . import ocr

# pdfium writes line breaks as "\r\n" and may emit control characters; replacing them one for one
# keeps every text offset equal to pdfium's character index, so boxes stay addressable.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_WORD = re.compile(r"[^\W\d_]{3,}")
# a whole run of three or more letters with no vowel in it ("xqzt"), for the garbage test
_VOWELLESS = re.compile(r"(?<![^\W\d_])[^\W\d_aeiouyAEIOUY]{3,}(?![^\W\d_])")
RENDER_DPI = 300
OCR_STEPS = ("invert", "deskew", "unline")  # 300 dpi rendering already upscales; ruled tables need unline


def read_pdf(data: bytes) -> tuple[list[Page], list[str]]:
    """Pages and document warnings; raises ValueError when the file is not a readable PDF,
    LimitExceeded when reading it would pass a limit (checked before pdfium inflates it)."""
    from .pdflimits import check_pdf

    check_pdf(data)
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
    boxes = _Boxes(pdf)
    try:
        for index in range(len(pdf)):
            page, needs_ocr = _text_page(pdf, index, boxes)
            pages.append(page)
            if needs_ocr:
                scans.append(index)
        if scans:
            warnings.extend(_ocr_into(pdf, pages, scans))
    except BaseException:
        pdf.close()
        raise
    return pages, warnings  # the document stays open for the evidence boxes (`_Boxes`)


def _text_page(pdf: pdfium.PdfDocument, index: int, boxes: _Boxes) -> tuple[Page, bool]:
    try:
        page = pdf[index]
        width, height = page.get_size()
        textpage = page.get_textpage()
        raw = textpage.get_text_range()
        area, maybe_unseen = _page_objects(page)
        image_area = area / max(width * height, 1)
        unseen, unseen_boxes = "", []
        if maybe_unseen:  # rare: white or invisible text somewhere on the page
            raw, unseen, unseen_boxes = _leave_out_unseen(page, textpage, raw, height,
                                                          scan=image_area > 0.5)
        if index == 0:  # nearly every document's evidence cites its first page: kept
            boxes.textpages[0] = textpage
        else:
            textpage.close()
            page.close()
    except pdfium.PdfiumError as exc:
        return Page(index + 1, "", "none", warnings=[f"page cannot be read ({exc})"]), False
    text = _CONTROL.sub(" ", raw.replace("\r", " "))
    usable = len(text.strip())
    needs_ocr = (usable < 30 and image_area > 0.05) or (image_area > 0.5 and usable < 200) or (
        usable >= 30 and garbage(text)
    )
    result = Page(index + 1, text, "text_layer" if usable else "none", width=width, height=height,
                  geometry=boxes.of_page(index, height) if usable else None,
                  image_share=min(image_area, 1.0), unseen=unseen_boxes)
    if not usable and not needs_ocr:
        result.warnings.append("blank page (no text and no image)")
    if unseen:
        quote = unseen if len(unseen) <= 80 else unseen[:78].rsplit(" ", 1)[0] + " ..."
        result.warnings.append(f"text the page does not show (white or invisible) left out: "
                               f"'{quote}'")
    return result, needs_ocr


_ODD = re.compile(r"[^\w\s.,;:()\-/'\"%&*+=?!\[\]<>@#|]")


def garbage(text: str) -> bool:
    """A text layer from a broken font mapping: odd symbols, or words without vowels."""
    if text.isascii():  # nearly every page: the same counts from byte tables, four times faster
        raw = text.encode("ascii")
        visible = len(raw.translate(None, _ASCII_SPACE))
        return True if not visible else _garbage_ascii(raw, visible)
    visible = sum(map(len, text.split()))
    if not visible:
        return True
    if len(_ODD.findall(text)) / visible > 0.2:
        return True
    words = _WORD.findall(text)
    if len(words) < 3:
        return False
    return (len(words) - len(_VOWELLESS.findall(text))) / len(words) < 0.6


_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())  # what str.split() splits at
_ASCII_ALLOWED = bytes(c for c in range(128) if not _ODD.match(chr(c)))
# ASCII words of three letters or more, and those of them without a vowel (whole words: a
# letter on neither side); counted in C, where a Python loop over the words took a tenth of
# a text page's reading
_ASCII_WORD = re.compile(rb"[A-Za-z]{3,}")
_ASCII_VOWELLESS = re.compile(rb"(?<![A-Za-z])[B-DF-HJ-NP-TV-XZb-df-hj-np-tv-xz]{3,}(?![A-Za-z])")


def _garbage_ascii(raw: bytes, visible: int) -> bool:
    if len(raw.translate(None, _ASCII_ALLOWED)) / visible > 0.2:
        return True
    words = len(_ASCII_WORD.findall(raw))
    if words < 3:
        return False
    return (words - len(_ASCII_VOWELLESS.findall(raw))) / words < 0.6


def _image_area(page: pdfium.PdfPage) -> float:
    """Area of the page's image objects (and of those one form deep), in square points."""
    return _page_objects(page)[0]


def _objects(page: pdfium.PdfPage, max_depth: int = 2):
    """The page's objects and those one form deep, as (object, type) pairs.

    Asked of pdfium directly: a text page holds thousands of text objects, and wrapping each
    in a Python object only to skip it cost more than reading the page's text."""
    stack = [(None, 0)]
    while stack:
        form, level = stack.pop()
        if form is None:
            count, get = pdfium_c.FPDFPage_CountObjects(page.raw), pdfium_c.FPDFPage_GetObject
            parent = page.raw
        else:
            count, get, parent = pdfium_c.FPDFFormObj_CountObjects(form), pdfium_c.FPDFFormObj_GetObject, form
        for i in range(max(count, 0)):
            obj = get(parent, i)
            if not obj:
                continue
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            yield obj, kind
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
                stack.append((obj, level + 1))


_FILLED_TEXT = (pdfium_c.FPDF_TEXTRENDERMODE_FILL, pdfium_c.FPDF_TEXTRENDERMODE_FILL_CLIP)
_INVISIBLE_TEXT = (pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP)
_LIGHT = 242  # each of red, green, blue at least this (of 255): white to the eye on white paper
_TEXT, _IMAGE, _FORM = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM
_FILL = pdfium_c.FPDF_TEXTRENDERMODE_FILL


def _untyped(function, restype=None):
    """The same pdfium function called without ctypes checking each argument: half the cost
    of a call, for the calls made on every object of a page (their arguments are built here,
    of the right types)."""
    unchecked = ctypes.CFUNCTYPE(restype or function.restype)(
        ctypes.cast(function, ctypes.c_void_p).value)
    unchecked.argtypes = None
    return unchecked


_TYPE_OF = _untyped(pdfium_c.FPDFPageObj_GetType)
_GET_OBJECT = _untyped(pdfium_c.FPDFPage_GetObject)
_GET_FORM_OBJECT = _untyped(pdfium_c.FPDFFormObj_GetObject)
_MODE_OF = _untyped(pdfium_c.FPDFTextObj_GetTextRenderMode)
_FILL_OF = _untyped(pdfium_c.FPDFPageObj_GetFillColor)
# a character's text object, as an address (compared, never used): on pages with unseen text
_TEXT_OBJECT_AT = _untyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)


def _page_objects(page: pdfium.PdfPage, max_depth: int = 2) -> tuple[float, bool]:
    """Area of the page's images (and of those one form deep), in square points, and whether
    any text there may not show (white, transparent or invisible).

    One pass, asked of pdfium directly and written out rather than through `_objects`: a
    text page holds thousands of text objects, and wrapping each in a Python object only to
    skip it cost more than reading the page's text. A text object costs two calls here."""
    area = 0.0
    unseen = False
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    colour = (ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a))
    type_of, mode_of, fill_of = _TYPE_OF, _MODE_OF, _FILL_OF
    text_kind, image_kind, form_kind, fill_mode, light = _TEXT, _IMAGE, _FORM, _FILL, _LIGHT
    stack = [(None, 0)]
    while stack:
        form, level = stack.pop()
        if form is None:
            count, get, parent = pdfium_c.FPDFPage_CountObjects(page.raw), _GET_OBJECT, page.raw
        else:
            count, get, parent = pdfium_c.FPDFFormObj_CountObjects(form), _GET_FORM_OBJECT, form
        for i in range(max(count, 0)):
            obj = get(parent, i)
            if not obj:
                continue
            kind = type_of(obj)
            if kind == text_kind:
                if unseen:
                    continue
                if mode_of(obj) != fill_mode:
                    unseen = True  # invisible, outlined, clipping: looked at closely later
                elif fill_of(obj, *colour) and (
                        r.value >= light and g.value >= light and b.value >= light or not a.value):
                    unseen = True  # white or transparent
            elif kind == image_kind:
                if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                    area += max(right.value - left.value, 0) * max(top.value - bottom.value, 0)
            elif kind == form_kind and level < max_depth - 1:
                stack.append((obj, level + 1))
    return area, unseen


def _text_unseen(obj, r, g, b, a) -> bool:
    mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
    if mode in _INVISIBLE_TEXT:
        return True
    if mode not in _FILLED_TEXT or not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False  # outlined text shows in its stroke colour
    return a.value == 0 or (r.value >= _LIGHT and g.value >= _LIGHT and b.value >= _LIGHT)


def _leave_out_unseen(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, raw: str,
                      height: float, *, scan: bool) -> tuple[str, str, list[BBox]]:
    """The page's text with the characters it does not show replaced by spaces (one for one,
    so offsets stay pdfium's character indices), those characters' text, and the boxes of
    the text objects they are in (for the table reader, which reads the page again).

    White text shows on a picture or on a dark filled shape (a table header), so it is left
    out only where neither is under it; invisible text is a scan's OCR layer where it lies
    on a picture or the page is a scan, and is left out elsewhere."""
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pictures: list[tuple[float, float, float, float]] = []
    shapes: list[tuple[float, float, float, float]] = []
    texts: list[tuple[int, bool, tuple[float, float, float, float]]] = []
    for obj, kind in _objects(page):
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            pictures.append(box)
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            if (pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) and fill.value
                    and pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a) and a.value
                    and min(r.value, g.value, b.value) < _LIGHT):
                shapes.append(box)
        elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and _text_unseen(obj, r, g, b, a):
            invisible = pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in _INVISIBLE_TEXT
            texts.append((ctypes.cast(obj, ctypes.c_void_p).value or 0, invisible, box))
    hidden = set()
    boxes: list[BBox] = []
    for address, invisible, box in texts:
        if invisible:
            if scan or any(_under(box, p) for p in pictures):
                continue
        elif any(_under(box, s) for s in pictures + shapes):
            continue
        hidden.add(address)
        boxes.append((box[0], height - box[3], box[2], height - box[1]))
    if not hidden:
        return raw, "", []
    chars = list(raw)
    left_out: list[str] = []
    object_at, handle = _TEXT_OBJECT_AT, textpage.raw
    for i in range(min(textpage.count_chars(), len(chars))):
        if object_at(handle, i) in hidden:
            left_out.append(chars[i])
            chars[i] = " " if chars[i] not in "\r\n" else chars[i]
        elif left_out and left_out[-1] != " ":
            left_out.append(" ")
    return "".join(chars), " ".join("".join(left_out).split()), boxes


def _under(box: tuple[float, float, float, float], below: tuple[float, float, float, float]) -> bool:
    """Whether the centre of `box` lies within `below` (PDF coordinates)."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return below[0] <= x <= below[2] and below[1] <= y <= below[3]


def render_dpi(width: float, height: float) -> tuple[float, str]:
    """The resolution a page is rendered at for OCR: RENDER_DPI, or less for a page so large
    that it would pass the render_pixels limit (with a note saying so)."""
    limit = limits().render_pixels
    pixels = (width * RENDER_DPI / 72) * (height * RENDER_DPI / 72)
    if pixels <= limit:
        return RENDER_DPI, ""
    dpi = max(int(RENDER_DPI * (limit / pixels) ** 0.5), 1)
    return dpi, f"rendered for OCR at {dpi} dpi, not {RENDER_DPI} (limit render_pixels = {limit})"


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
            dpi, note = render_dpi(*page.get_size())
            if note:
                pages[i].warnings.append(note)
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            yield ocr.OcrJob(i + 1, image, dpi, OCR_STEPS, pages[i].width or 0, pages[i].height or 0)

    for result in ocr.ocr_pages(rendered()):
        previous = pages[result.number - 1]
        if previous.text.strip() and not result.text.strip():
            continue  # keep a thin text layer rather than nothing
        result.image_share = previous.image_share
        pages[result.number - 1] = result
    return []


class _Boxes:
    """Boxes of character ranges, asked of pdfium only for the quotes that become evidence.

    The document read stays open for them, with its first page's text (the page nearly every
    document's evidence cites); another page's text is loaded again when a quote on it asks.
    pdfium gives the rectangles of a character range directly, so no page pays for a box per
    character."""

    def __init__(self, pdf: pdfium.PdfDocument) -> None:
        self.pdf = pdf
        self.textpages: dict[int, pdfium.PdfTextPage] = {}

    def of_page(self, index: int, height: float):
        def bbox(start: int, end: int) -> BBox | None:
            return self.box(index, height, start, end)

        return bbox

    def box(self, index: int, height: float, start: int, end: int) -> BBox | None:
        textpage = self.textpages.get(index)
        if textpage is None:
            textpage = self.textpages[index] = self.pdf[index].get_textpage()
        start = max(0, start)
        count = min(end, textpage.count_chars()) - start
        if count <= 0:
            return None
        rects = []
        for i in range(textpage.count_rects(start, count)):
            left, bottom, right, top = textpage.get_rect(i)
            if right > left and top > bottom:
                rects.append((left, height - top, right, height - bottom))
        return union_box(rects)
