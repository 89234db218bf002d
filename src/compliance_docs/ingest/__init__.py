"""Ingest: bundle files -> Documents of pages, each classified by its content."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from ..limits import LimitExceeded, debug_enabled, limits
from ..types import TEXT_SOURCES, Bundle, Document
from .bundle import BundleFile, bundle_id, content_hash, read_bundle_files
from .classify import classify
from .office import read_text
from .sniff import OLE_MAGIC, is_heif, ole_kind, zip_kind

__all__ = ["read_bundle", "read_document", "document_from_text"]
log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".heic",
                  ".heif"}
SUFFIX_KINDS = {".docx": "docx", ".docm": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx",
                ".xlsb": "xlsx", ".xls": "xls", ".ods": "ods", ".csv": "csv", ".pptx": "pptx",
                ".doc": "doc", ".ppt": "ppt", ".odt": "odt", ".odp": "odp", ".zip": "zip"}
LEGACY = {
    "doc": "legacy Word .doc format is not supported; submit PDF or DOCX",
    "ppt": "legacy PowerPoint .ppt format is not supported; submit PDF or PPTX",
    "ole": "legacy Office file (OLE2) is not supported; submit PDF, DOCX, XLSX or PPTX",
    "odt": "OpenDocument text (.odt) is not supported; submit PDF or DOCX",
    "odp": "OpenDocument presentation (.odp) is not supported; submit PDF or PPTX",
}


def read_bundle(path: Path | str) -> Bundle:
    """Read every file of a bundle folder or .zip; unreadable files become warnings, not errors."""
    path = Path(path)
    files, warnings = read_bundle_files(path)
    bundle = Bundle(id=bundle_id(path), path=str(path), warnings=warnings,
                    sha256=content_hash(files, warnings))
    bundle.documents = [read_document(f) for f in files]
    if not files:
        bundle.warnings.append("the bundle holds no files")
    return bundle


def read_document(file: BundleFile) -> Document:
    data = file.data or b""
    doc = Document(path=file.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    if file.data is None:
        doc.warnings.append(file.problem)
        doc.type = "unreadable"
        return doc
    try:
        doc.pages, warnings = _read_pages(file.name, data, doc)
        doc.warnings.extend(warnings)
    except LimitExceeded as exc:  # named with the file: the verifier must see which one
        doc.pages = []
        doc.warnings.append(f"{file.name}: {exc}")
    except ValueError as exc:
        doc.warnings.append(str(exc))
    except Exception as exc:  # noqa: BLE001 - a defect or a hostile file: this document only
        log.error("%s: cannot be read (%s: %s)", file.name, type(exc).__name__, exc,
                  exc_info=debug_enabled())
        doc.pages = []
        doc.warnings.append(f"cannot be read (unexpected error: {type(exc).__name__})")
    _finish(doc)
    if data.startswith(b"%PDF"):
        from .tables import TABLE_TYPES, pdf_tables

        if doc.type in TABLE_TYPES:
            doc.tables = pdf_tables(data, doc)
        if doc.pages:  # a file pdfium cannot open is already reported as unreadable
            from .integrity import pdf_signals  # pikepdf and pyHanko load with the first PDF

            doc.signals = pdf_signals(data, doc)
    return doc


def document_from_text(name: str, text: str) -> Document:
    """A document made from text already in hand (tests, pasted statements)."""
    data = text.encode("utf-8")
    doc = Document(path=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    doc.pages = read_text(data, markdown=name.lower().endswith(".md"))
    _finish(doc)
    return doc


def _read_pages(name: str, data: bytes, doc: Document):
    suffix = Path(name).suffix.lower()
    # each reader (pdfium, python-docx, calamine, python-pptx, Pillow) loads when its first
    # file arrives; the content decides, since a renamed file is still what its bytes are
    if data.startswith(b"%PDF") or (suffix == ".pdf" and not data.startswith((b"PK", OLE_MAGIC))):
        from .pdf import read_pdf

        return read_pdf(data)
    if data.startswith(b"PK"):
        import io

        from .archive import check_declared_count

        check_declared_count(io.BytesIO(data), limits())
    kind = zip_kind(data) if data.startswith(b"PK") else ole_kind(data)
    if kind is None:
        kind = _by_suffix(suffix)
    elif kind in ("zip", "ole"):  # an archive the name says is an Office file: its reader says why not
        kind = SUFFIX_KINDS.get(suffix, kind)
    if kind in ("docx", "xlsx", "pptx", "ods") and data.startswith(b"PK"):
        from .archive import check_office

        check_office(data)  # before python-docx, python-pptx or calamine unpack anything
    if kind == "docx":
        from .office import read_docx

        pages, doc.tables, warnings = read_docx(data)
        return pages, warnings
    if kind in ("xlsx", "ods", "xls", "csv"):
        from .sheets import read_csv, read_spreadsheet

        if kind == "csv":
            pages, doc.tables = read_csv(data)
            return pages, []
        pages, doc.tables, warnings = read_spreadsheet(data)
        return pages, warnings
    if kind == "pptx":
        from .slides import read_pptx

        pages, doc.tables, warnings = read_pptx(data)
        return pages, warnings
    if kind in LEGACY:
        raise ValueError(LEGACY[kind])
    if kind == "text":
        return read_text(data, markdown=suffix == ".md"), []
    if kind == "image" or is_heif(data):
        from .images import read_image  # Pillow and numpy load only when a scan arrives

        return read_image(data)
    if kind == "zip":
        raise ValueError("a zip archive inside the bundle is not unpacked; submit its files")
    if b"\x00" not in data[:4096]:
        return read_text(data), []
    raise ValueError(f"unsupported file format ({suffix or 'no extension'})")


def _by_suffix(suffix: str) -> str | None:
    """What a file that its bytes do not identify is meant to be (a damaged DOCX is still
    reported as a DOCX)."""
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return SUFFIX_KINDS.get(suffix)


# characters that print nothing: a soft hyphen or a zero-width space inside "Kepu\u00adlauan
# Riau" splits the word for the extractors though the reader sees it whole
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _visible(doc: Document) -> None:
    """Invisible characters dropped from pages of files that do not print (the offsets of a
    printed page's text map to its character boxes and stay as they are) and from tables."""
    for page in doc.pages:
        if page.source in TEXT_SOURCES and page.geometry is None and not page.text.isascii():
            page.text = page.text.translate(_INVISIBLE)
            doc._text = None  # joined again from the pages
    for table in doc.tables:
        table.rows = [[cell.translate(_INVISIBLE) for cell in row] for row in table.rows]


def _finish(doc: Document) -> None:
    _visible(doc)
    empty = [p.number for p in doc.pages if not p.text.strip()]
    if doc.pages and empty and len(doc.pages) > 1:
        doc.warnings.append(f"no text on page(s) {ranges(empty)} (scanned or blank)")
    for page in doc.pages:
        doc.warnings.extend(f"page {page.number}: {w}" for w in page.warnings)
    if not doc.readable:
        if not doc.warnings:
            doc.warnings.append("no readable text (scanned image or empty file)")
        doc.type, doc.type_reason = "unreadable", "no readable text"
        return
    doc.type, doc.type_reason = classify(doc)


def ranges(numbers: list[int], name=str) -> str:
    """[3, 4, 5, 9] -> "3-5, 9" (sorted numbers; `name` writes each one, as column letters)."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(name(a) if a == b else f"{name(a)}-{name(b)}" for a, b in spans)
