"""Tamper and integrity signals of one PDF: saves after the first, signatures (signatures.py),
metadata dates, image-editor producers, and text layers that OCR does not read (textlayer.py).

A signal asks the verifier to look; it proves nothing. Every reader here is defensive: a
malformed file gives no signals, since the PDF reader already reports what it cannot read."""

from __future__ import annotations

import io
import logging
import re
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

from ..data import load_yaml
from ..types import Document, Signal

log = logging.getLogger(__name__)

# a revision ends with its own startxref and %%EOF; content streams are compressed, so the
# pattern does not occur inside them in practice
_REVISION_END = re.compile(rb"startxref\s+\d+\s+%%EOF")
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*"
                       r"(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?")


@lru_cache(maxsize=1)
def settings() -> dict:
    return load_yaml("integrity.yaml")


def pdf_signals(data: bytes, doc: Document) -> list[Signal]:
    """Every signal of one PDF; never raises (each part that fails adds nothing)."""
    try:
        import pikepdf
    except ImportError:  # declared as a dependency; an old install still screens
        return []
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            linearized = bool(pdf.is_linearized)
            info = _metadata(pdf)
    except Exception as exc:  # noqa: BLE001  (pikepdf raises many types on broken files)
        log.debug("%s: no integrity signals (%s)", doc.path, exc)
        return []
    signals: list[Signal] = []
    signed: list[tuple[str, int, datetime | None]] = []  # field name, end of signed range, time
    parts = (
        lambda: _signature_part(data, doc, signed),
        lambda: _revisions(data, doc, linearized, signed),
        lambda: _dates(doc, info, signed),
        lambda: _producer(doc, info),
        lambda: _text_layer(data, doc),
    )
    for part in parts:
        try:
            signals.extend(part())
        except Exception as exc:  # noqa: BLE001  (one broken part must not hide the others)
            log.debug("%s: integrity part failed (%s)", doc.path, exc)
    return signals


def _signature_part(data: bytes, doc: Document, signed: list) -> list[Signal]:
    if b"/ByteRange" not in data:  # no signature dictionary: pyHanko need not load
        return []
    from .signatures import signature_signals

    return signature_signals(data, doc.path, signed)


def _text_layer(data: bytes, doc: Document) -> list[Signal]:
    from .textlayer import text_layer_signals

    return text_layer_signals(data, doc, settings()["text_layer"])


def revision_ends(data: bytes, linearized: bool) -> list[int]:
    """Byte offset where each revision ends; a linearized file's first-page trailer is not one."""
    ends = [m.end() for m in _REVISION_END.finditer(data)]
    if linearized and len(ends) > 1:
        ends = ends[1:]
    return ends or [len(data)]


def _revisions(data: bytes, doc: Document, linearized: bool, signed: list) -> list[Signal]:
    ends = revision_ends(data, linearized)
    # signing appends a revision by design: the one that ends where a signed range ends is it
    signing = {i for i, end in enumerate(ends) for _, sig_end, _ in signed if 0 <= sig_end - end <= 2}
    later = [i for i in range(1, len(ends)) if i not in signing]
    if not later:
        return []
    last_signed = max((sig_end for _, sig_end, _ in signed), default=None)
    after = [i for i in later if last_signed is not None and ends[i] > last_signed + 2]
    detail = (f"{len(ends)} revisions: saved {len(later)} time(s) after the first save "
              f"(revision(s) {', '.join(str(i + 1) for i in later)})")
    values = [("revisions", str(len(ends))), ("updates", str(len(later)))]
    if after:
        names = ", ".join(sorted({name for name, _, _ in signed}))
        detail += f", {len(after)} of them after the digital signature ({names}) was applied"
        values += [("after_signature", str(len(after))), ("signature", names)]
        why = ("content added after a signature is not covered by it: the pages may differ from "
               "what was signed")
    else:
        why = ("an incremental update can change or add pages while keeping the earlier "
               "content: compare the file with the original")
    return [Signal("incremental_update", doc.path, None, detail, why, values=tuple(values))]


def _metadata(pdf) -> dict[str, str]:
    """CreationDate, ModDate, Producer, Creator from the Info dictionary, else from XMP."""
    out: dict[str, str] = {}
    docinfo = pdf.docinfo
    for key in ("CreationDate", "ModDate", "Producer", "Creator"):
        value = docinfo.get(f"/{key}")
        if value is not None:
            out[key] = str(value)
    xmp = {"CreationDate": "xmp:CreateDate", "ModDate": "xmp:ModifyDate",
           "Producer": "pdf:Producer", "Creator": "xmp:CreatorTool"}
    if any(k not in out for k in xmp) and "/Metadata" in pdf.Root:
        meta = pdf.open_metadata()
        for key, name in xmp.items():
            value = meta.get(name)
            if key not in out and value:
                out[key] = str(value)
    return out


def parse_pdf_date(text: str) -> datetime | None:
    """A PDF date (D:YYYYMMDDHHmmSS+HH'mm') or an XMP ISO date, as an aware datetime."""
    text = text.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except ValueError:
        pass
    m = _PDF_DATE.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) if g else d for g, d in
                                              zip(m.groups()[:6], (0, 1, 1, 0, 0, 0), strict=True))
    offset = timedelta(0)
    if m.group(8):
        offset = timedelta(hours=int(m.group(9)), minutes=int(m.group(10) or 0))
        offset = -offset if m.group(8) == "-" else offset
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=timezone(offset))
    except ValueError:
        return None


def _real_date(text: str) -> datetime | None:
    parsed = parse_pdf_date(text) if text else None
    if parsed is None or parsed.isoformat() in settings()["placeholder_dates"]:
        return None
    return parsed


def _dates(doc: Document, info: dict[str, str], signed: list) -> list[Signal]:
    created, modified = (_real_date(info.get(k, "")) for k in ("CreationDate", "ModDate"))
    signed_at = max((t for _, _, t in signed if t is not None), default=None)
    if created is None and modified is None:
        return []
    values = [(k, v.isoformat()) for k, v in
              (("created", created), ("modified", modified), ("signed", signed_at)) if v]
    detail = "metadata: " + ", ".join(f"{k} {v[:10]}" for k, v in values)
    slack = timedelta(days=settings()["modified_after_days"])
    if signed_at and modified and modified - signed_at > slack:
        why = "the file was changed after it was digitally signed; the signature may not cover what is shown"
        return [Signal("metadata_dates", doc.path, None, detail + " (modified after signing)", why,
                       values=(*values, ("finding", "modified_after_signing")))]
    if (created and modified and modified - created > slack
            and doc.type in settings()["signed_types"]):
        why = ("a signed deed or approval is final once signed: a later edit of its file needs an "
               "explanation")
        return [Signal("metadata_dates", doc.path, None, detail + " (modified after creation)", why,
                       values=(*values, ("finding", "modified_after_creation")))]
    # recorded only, so evaluation can compare the creation date with the deed's own date
    return [Signal("metadata_dates", doc.path, None, detail, "", level="note", values=tuple(values))]


def _producer(doc: Document, info: dict[str, str]) -> list[Signal]:
    for key in ("Producer", "Creator"):
        value = info.get(key, "")
        for editor in settings()["image_editors"]:
            if editor.lower() in value.lower():
                detail = f"{key} '{value.strip()}' is an image editor ({editor})"
                why = ("deeds, approvals and licences are printed, scanned or exported from the "
                       "issuer's system; a file written by an image editor may have been retouched")
                return [Signal("image_editor_producer", doc.path, None, detail, why,
                               values=(("field", key), ("producer", value.strip()),
                                       ("editor", editor)))]
    return []
