"""Limits on everything an uploaded file can make the tool inflate, read or render.

Each limit has a default that real bundles stay far below and can be set by an environment
variable `COMPLIANCE_DOCS_LIMIT_<NAME>` (for example `COMPLIANCE_DOCS_LIMIT_PDF_STREAM_MB=128`).
A file that would pass a limit is refused with a warning naming the file and the limit, and
the bundle's other documents are still screened.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, fields
from functools import lru_cache

from .errors import ComplianceDocsError

ENV_PREFIX = "COMPLIANCE_DOCS_LIMIT_"
MB = 1024 * 1024


class InvalidLimit(ComplianceDocsError):
    """A limit set in the environment is not a positive number."""


class LimitExceeded(ValueError):
    """A file refused because reading it would pass a limit; the message names the limit."""

    def __init__(self, what: str, name: str, value: float, unit: str = "") -> None:
        number = str(int(value)) if float(value).is_integer() else f"{value:g}"
        shown = f"{number}{' ' + unit if unit else ''}"
        super().__init__(f"refused: {what} (limit {name} = {shown}), not read")
        self.limit = name


@dataclass(frozen=True)
class Limits:
    """The limits in force; `limits()` gives the defaults with the environment's overrides."""

    # a bundle: a folder or a .zip of one applicant's files
    bundle_files: int = 2000  # files read from one bundle
    file_mb: float = 200  # one file of a bundle, on disk or unpacked
    bundle_mb: float = 1024  # all files of a bundle together
    # every zip: bundle zips and the Office containers (DOCX, XLSX, PPTX, ODS)
    zip_members: int = 5000  # entries in one archive's directory
    zip_ratio: float = 100  # unpacked / packed size of one member ...
    zip_ratio_floor_mb: float = 4  # ... once it unpacks to more than this
    office_member_mb: float = 64  # one part of an Office file unpacked (pictures, sheets)
    office_xml_mb: float = 32  # one XML part unpacked (what lxml or calamine must parse)
    office_total_mb: float = 256  # all parts of an Office file unpacked
    # PDF: checked with pikepdf before pdfium or pdfminer inflate anything
    pdf_pages: int = 3000
    pdf_page_points: float = 14400  # width or height of a page (200 inches, the PDF limit)
    pdf_stream_mb: float = 64  # one content stream, form or font unpacked
    pdf_streams_mb: float = 512  # all streams of a PDF unpacked
    pdf_image_pixels: int = 100_000_000  # width x height of one embedded image
    pdf_image_mb: float = 256  # one embedded image unpacked
    # pixels: image files and pictures opened, pages rendered for OCR
    image_pixels: int = 80_000_000  # one image file, frame or picture in a DOCX or PPTX
    render_pixels: int = 40_000_000  # one PDF page rendered for OCR (A4 at 300 dpi: 8.7 M)

    def bytes(self, name: str) -> int:
        """A limit given in MB, in bytes."""
        return int(getattr(self, name) * MB)


def names() -> list[str]:
    return [f.name for f in fields(Limits)]


@lru_cache(maxsize=8)
def _from_environment(items: tuple[tuple[str, str], ...]) -> Limits:
    overrides: dict[str, float | int] = {}
    kinds = {f.name: f.type for f in fields(Limits)}
    for key, raw in items:
        name = key[len(ENV_PREFIX):].lower()
        if name not in kinds:
            raise InvalidLimit(f"{key}: no such limit (known: {', '.join(names())})")
        try:
            value: float | int = int(raw) if kinds[name] == "int" else float(raw)
        except ValueError:
            raise InvalidLimit(f"{key}={raw!r}: not a number") from None
        if not value > 0 or value != value or value == float("inf"):
            raise InvalidLimit(f"{key}={raw!r}: must be a positive number")
        overrides[name] = value
    return dataclasses.replace(Limits(), **overrides)


def limits() -> Limits:
    """The defaults, with any `COMPLIANCE_DOCS_LIMIT_*` variable of the environment applied."""
    items = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith(ENV_PREFIX)))
    return _from_environment(items)


def debug_enabled() -> bool:
    """`--debug` (or COMPLIANCE_DOCS_DEBUG=1): unexpected errors show their traceback."""
    return os.environ.get("COMPLIANCE_DOCS_DEBUG", "") not in ("", "0")
