"""Dataclasses that flow between the stages: ingest -> extract -> evaluate -> report."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .context import text_context

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, top-left origin

STATUSES = ("met", "not_met", "needs_review", "missing", "not_applicable")
TEXT_SOURCES = ("docx", "plain_text", "spreadsheet", "slides")  # pages of files that do not print
# a NIK is 16 digits starting with a province code; company NPWPs in 16 digits start with 0
NIK = re.compile(r"(?<![0-9A-Za-z.])([1-9]\d{3})[ .]?(\d{4})[ .]?(\d{4})[ .]?(\d{4})(?![0-9A-Za-z]|\.\d)")


@dataclass
class Page:
    """One page of text; `geometry` maps a character range to its box where the page has one."""

    number: int  # 1-based
    text: str
    source: str  # text_layer, ocr, docx, plain_text, spreadsheet, slides, none
    width: float | None = None
    height: float | None = None
    # (start, end) -> box; computed on demand because most characters never become evidence
    geometry: Callable[[int, int], BBox | None] | None = field(default=None, repr=False)
    confidence: float | None = None  # OCR mean word confidence, 0..1
    warnings: list[str] = field(default_factory=list)
    # where the page is in a file that has no printed pages: "sheet 'Mitra'", "picture 2"
    label: str | None = None
    # share of a PDF page's area covered by images (0..1): a scan under a text layer is near 1
    image_share: float = 0.0
    # boxes of the text a PDF page does not show (white on white, invisible), left out of `text`
    unseen: list[BBox] = field(default_factory=list)
    # (start, end) -> mean OCR confidence of the words there (0..1); OCR pages only
    word_confidence: Callable[[int, int], float | None] | None = field(default=None, repr=False)

    def bbox(self, start: int, end: int) -> BBox | None:
        """Box around the characters in [start, end), or None when the page has no geometry."""
        return self.geometry(start, end) if self.geometry else None

    def confidence_of(self, start: int, end: int) -> float | None:
        """How sure OCR was of the words in [start, end); None where the text was not OCRed."""
        return self.word_confidence(start, end) if self.word_confidence else None

    def evidence(self, document: str, quote: str, start: int, end: int | None = None) -> Evidence:
        """`quote`, found at [start, end) of this page's text (`end` where the quote is not
        written exactly as there: its spacing collapsed), as evidence: with its box where the
        page has geometry and OCR's confidence where it was read; on a page with no picture to
        show (DOCX, text, a sheet), with the text around it instead."""
        end = start + len(quote) if end is None else end
        box = self.bbox(start, end)
        context = text_context(self.text, start, end) if box is None and self.source in TEXT_SOURCES else None
        return Evidence(document, self.number, quote, box, self.label, self.confidence_of(start, end), context)


def union_box(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return (
        round(min(b[0] for b in boxes), 1),
        round(min(b[1] for b in boxes), 1),
        round(max(b[2] for b in boxes), 1),
        round(max(b[3] for b in boxes), 1),
    )


@dataclass
class Table:
    """A table as drawn on a page: rows of cell texts, with each cell's box where known."""

    page: int
    rows: list[list[str]]
    boxes: list[list[BBox | None]] = field(default_factory=list, repr=False)
    # a spreadsheet's own 1-based row number of each row (title rows above are not rows)
    row_numbers: list[int] = field(default_factory=list)

    def box(self, row: int, column: int) -> BBox | None:
        try:
            return self.boxes[row][column]
        except IndexError:
            return None


@dataclass(frozen=True)
class Signal:
    """A sign that a file may have been edited: it asks a verifier to look, it decides nothing.

    `level` is "review" for what the verifier must look at and "note" for what is recorded
    only (an unverifiable signer certificate, the metadata dates that evaluation compares
    with the deed's own date). `values` holds what was found by name (ISO dates as `created`,
    `modified`, `signed`; counts, names), so the report can word it in its own language."""

    kind: str
    document: str
    page: int | None
    detail: str
    why: str
    level: str = "review"
    values: tuple[tuple[str, str], ...] = ()

    def value(self, name: str) -> str | None:
        return dict(self.values).get(name)


PAGE_SEPARATOR = "\n\n"


@dataclass
class Document:
    """One file of a bundle, read into pages."""

    path: str  # path inside the bundle, forward slashes
    sha256: str
    size: int
    pages: list[Page] = field(default_factory=list)
    type: str = "other"
    type_reason: str = ""
    warnings: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)  # tamper and integrity signals (PDFs)
    _offsets: list[int] = field(default_factory=list, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        """All pages joined; offsets into it map back to pages through `locate`."""
        if self._text is None:
            parts: list[str] = []
            self._offsets = []
            pos = 0
            for page in self.pages:
                self._offsets.append(pos)
                parts.append(page.text)
                pos += len(page.text) + len(PAGE_SEPARATOR)
            self._text = PAGE_SEPARATOR.join(parts)
        return self._text

    def locate(self, start: int) -> tuple[Page, int]:
        """The page holding document offset `start`, and the offset within that page."""
        _ = self.text
        i = max(0, bisect.bisect_right(self._offsets, start) - 1)
        return self.pages[i], start - self._offsets[i]

    @property
    def text_source(self) -> str:
        sources = {p.source for p in self.pages if p.source != "none"}
        if not self.pages or not sources:
            return "none"
        if len(sources) == 1:
            return sources.pop()
        return "mixed"

    @property
    def readable(self) -> bool:
        return any(p.text.strip() for p in self.pages)


@dataclass
class DocumentInfo:
    """What evaluation and the report know of a document: its metadata and the first line of
    each page with text, never the text, so a stored screening can be evaluated again."""

    path: str
    sha256: str
    size: int
    type: str = "other"
    type_reason: str = ""
    page_count: int = 0
    text_source: str = "none"
    warnings: list[str] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    first_lines: dict[int, str] = field(default_factory=dict)  # page number -> its first line
    # page number -> the first line quoted with its box and OCR confidence (or, in a file that
    # does not print, the lines around it), so that the checks that cite a first line cite it as
    # any other quote, picture and all
    first_quotes: dict[int, Evidence] = field(default_factory=dict)
    # (page, box) of the digits a NIK mask hides, so that a picture of the page hides them too
    nik_boxes: list[tuple[int, BBox]] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document) -> DocumentInfo:
        lines = {p.number: _first_line(p.text) for p in doc.pages if p.text.strip()}
        # the first lines the checks can cite: the first page's and those of pages a signal
        # names; a box for every page would load every page's characters a second time
        cited = {next(iter(lines), None), *(s.page for s in doc.signals if s.page)}
        quotes = {}
        for page in doc.pages:
            if page.number not in cited:
                continue
            line = lines.get(page.number)
            start = page.text.find(line) if line else -1
            if not line or start < 0:
                continue
            quote = page.evidence(doc.path, line, start)
            if quote.bbox is not None or quote.context is not None:  # else no more than the line
                quotes[page.number] = quote
        niks = [(page.number, box) for page in doc.pages for m in NIK.finditer(page.text)
                if (box := page.bbox(m.start(2), m.end(3))) is not None]
        return cls(doc.path, doc.sha256, doc.size, doc.type, doc.type_reason,
                   max(len(doc.pages), 1) if doc.type != "unreadable" or doc.pages else 0,
                   doc.text_source, list(doc.warnings), list(doc.signals), lines, quotes, niks)

    def first_quote(self, page: int | None = None) -> Evidence:
        """The first line of `page` (of the first page with text when None or textless) as
        evidence, with its box where the page has geometry."""
        number = page if page in self.first_lines else next(iter(self.first_lines))
        return self.first_quotes.get(number) or Evidence(self.path, number, self.first_lines[number])

    @property
    def readable(self) -> bool:
        return bool(self.first_lines)

    @property
    def first_line(self) -> str:
        return next(iter(self.first_lines.values()), "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "sha256": self.sha256, "size": self.size, "type": self.type,
            "type_reason": self.type_reason, "page_count": self.page_count,
            "text_source": self.text_source, "warnings": self.warnings,
            "signals": [{"kind": g.kind, "document": g.document, "page": g.page, "detail": g.detail,
                         "why": g.why, "level": g.level, "values": [list(v) for v in g.values]}
                        for g in self.signals],
            "first_lines": [[n, line] for n, line in self.first_lines.items()],
            "first_quotes": [e.to_dict() for e in self.first_quotes.values()],
            "nik_boxes": [[n, list(box)] for n, box in self.nik_boxes],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> DocumentInfo:
        signals = [Signal(g["kind"], g["document"], g["page"], g["detail"], g["why"], g["level"],
                          tuple((k, v) for k, v in g["values"])) for g in raw["signals"]]
        return cls(raw["path"], raw["sha256"], raw["size"], raw["type"], raw["type_reason"],
                   raw["page_count"], raw["text_source"], list(raw["warnings"]), signals,
                   {int(n): line for n, line in raw["first_lines"]},
                   # sheets stored before first quotes had boxes have none
                   {e["page"]: Evidence.from_dict(e) for e in raw.get("first_quotes", [])},
                   [(n, tuple(box)) for n, box in raw.get("nik_boxes", [])])  # type: ignore[misc]


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:120]


@dataclass
class Bundle:
    """One applicant's documents."""

    id: str
    path: str  # as given on the command line
    documents: list[Document] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""  # content fingerprint: file names and bytes

    def of_type(self, *types: str) -> list[Document]:
        return [d for d in self.documents if d.type in types]


@dataclass(frozen=True)
class Evidence:
    document: str
    page: int
    quote: str
    bbox: BBox | None = None
    where: str | None = None  # in a file without printed pages: "sheet 'Mitra', row 7"
    confidence: float | None = None  # OCR's mean confidence in the quoted words (0..1); OCR only
    # where a file has no page to picture (DOCX, text, sheets): the text before and after the
    # quote, its paragraph or row and the ones beside it, so the verifier reads it in place
    context: tuple[str, str] | None = None

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Evidence:
        bbox, context = raw.get("bbox"), raw.get("context")
        return cls(raw["document"], raw["page"], raw["quote"],
                   tuple(bbox) if bbox is not None else None, raw.get("where"),  # type: ignore[arg-type]
                   raw.get("ocr_confidence"), tuple(context) if context else None)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"document": self.document, "page": self.page, "quote": self.quote}
        if self.bbox is not None:
            out["bbox"] = list(self.bbox)
        if self.where:
            out["where"] = self.where
        if self.confidence is not None:
            out["ocr_confidence"] = round(self.confidence, 2)
        if self.context:
            out["context"] = list(self.context)
        return out


@dataclass
class Fact:
    name: str
    value: Any
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.9
    rule: str = ""  # which pattern or rule produced it
    document_type: str = ""  # type of the document it was found in
    year: int | None = None  # of the act it stands for, where its value does not say (an AHU notice)

    def act_year(self) -> int | None:
        """The year of the act: the one its number ends with ("AHU-...TAHUN 2020"), else the
        one read beside it (`year`), else None."""
        stated = re.search(r"(?:TAHUN |\.)((?:19|20)\d\d)$", str(self.value))
        return int(stated.group(1)) if stated else self.year

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 2),
            "rule": self.rule,
        }

    def to_sheet(self) -> dict[str, Any]:
        """Everything about the fact, unrounded: what evaluation reads when it runs again."""
        return {**self.to_dict(), "confidence": self.confidence,
                "document_type": self.document_type, "year": self.year}

    @classmethod
    def from_sheet(cls, raw: dict[str, Any]) -> Fact:
        return cls(raw["name"], raw["value"], [Evidence.from_dict(e) for e in raw["evidence"]],
                   raw["confidence"], raw["rule"], raw["document_type"], raw["year"])


@dataclass
class CriterionResult:
    id: str
    title: str
    citation: str
    status: str
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    looked_for: list[str] = field(default_factory=list)
    reason_codes: list[str] = field(default_factory=list)
    summary: str = ""  # one sentence: the finding and the rule
    summary_code: str = ""  # the reason code it words
    details: list[str] = field(default_factory=list)  # the reasons it does not restate
    requests: list[dict[str, str]] = field(default_factory=list)  # {code, text}: what to ask for

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "citation": self.citation,
            "status": self.status,
            "summary": self.summary,
            "reasons": self.reasons,
            "reason_codes": self.reason_codes,
            "details": self.details,
            "requests": self.requests,
            "evidence": [e.to_dict() for e in self.evidence],
            "looked_for": self.looked_for,
        }
