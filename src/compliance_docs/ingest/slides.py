"""PPTX decks (a system description sent as slides): one page per slide, its shapes read top
to bottom then left to right; tables as " | " rows and Tables; pictures OCRed."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..types import Page, Table


def read_pptx(data: bytes) -> tuple[list[Page], list[Table], list[str]]:
    from pptx import Presentation  # python-pptx loads only when a deck arrives

    try:
        deck = Presentation(io.BytesIO(data))
        slides = list(deck.slides)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValueError(f"not a readable PPTX file ({exc})") from exc
    except Exception as exc:  # python-pptx raises assorted lxml errors on damaged XML
        raise ValueError(f"not a readable PPTX file ({type(exc).__name__})") from exc
    pages: list[Page] = []
    tables: list[Table] = []
    pictures: list[tuple[str, bytes]] = []
    for number, slide in enumerate(slides, 1):
        lines: list[str] = []
        count = 0
        for shape in _reading_order(slide.shapes):
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = [[" ".join(c.text.split()) for c in row.cells] for row in shape.table.rows]
                lines.extend(" | ".join(row) for row in rows)
                tables.append(Table(number, rows))
            elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                lines.extend(p for p in shape.text_frame.text.splitlines() if p.strip())
            blob = _picture_bytes(shape)
            if blob:
                count += 1
                pictures.append((f"slide {number}, picture {count}", blob))
        text = "\n".join(lines)
        if text.strip():  # a slide that is only a picture is read through the picture
            pages.append(Page(number, text, "slides", label=f"slide {number}"))
    from .pictures import ocr_pictures

    # after the last slide page, so that page numbers up to there are slide numbers
    picture_pages, warnings = ocr_pictures(pictures, (pages[-1].number if pages else 0) + 1)
    return pages + picture_pages, tables, warnings


def _reading_order(shapes: Any) -> list[Any]:
    """Shapes top to bottom, then left to right; a group's shapes in its place, in their own
    order (their positions are in the group's frame, not the slide's)."""
    flat: list[Any] = []
    for shape in sorted(shapes, key=lambda s: (s.top or 0, s.left or 0)):
        if hasattr(shape, "shapes"):  # a group shape
            flat.extend(_reading_order(shape.shapes))
        else:
            flat.append(shape)
    return flat


def _picture_bytes(shape: Any) -> bytes | None:
    try:
        return shape.image.blob  # pictures and picture placeholders
    except (AttributeError, KeyError, ValueError):
        return None
