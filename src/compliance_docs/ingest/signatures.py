"""Digital signatures of a PDF, checked with pyHanko offline: whether each signature's digest
matches the bytes it signs, and whether it covers the whole file.

No trust list is configured and nothing is fetched (screening runs without network), so a
signer certificate is never found trusted: that alone is recorded as a note, not as tampering."""

from __future__ import annotations

import io
import logging
from contextlib import contextmanager
from datetime import datetime

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from ..types import Signal

log = logging.getLogger(__name__)

WHY_INVALID = ("the signed bytes no longer match the signature: the file was changed after "
               "signing, or the signature was copied from another file")
WHY_PARTIAL = ("the signature covers only part of the file: what was added after signing may "
               "change what the pages show, and the signer did not sign it")
WHY_UNTRUSTED = ("the signature matches the file, but the signer certificate was not checked "
                 "against a trust list (none is configured offline): it does not say who signed")


def signature_signals(data: bytes, document: str, signed: list) -> list[Signal]:
    """Signals for every embedded signature; `signed` gets (field, end of signed range, time)
    for each, so the revision count can tell a signing revision from a later edit.
    (This module loads only for a file that holds a signature dictionary.)"""
    with _quiet():
        return _check_all(data, document, signed)


@contextmanager
def _quiet():
    """pyHanko logs every untrusted certificate and every diff finding as a warning with a
    traceback; the signals say it once, in words, so its loggers are hushed meanwhile."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _check_all(data: bytes, document: str, signed: list) -> list[Signal]:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signals: list[Signal] = []
    for sig in reader.embedded_signatures:
        name = str(sig.field_name or "signature")
        start, len1, start2, len2 = (int(v) for v in sig.byte_range)
        end = start2 + len2
        signed.append((name, end, _signing_time(sig)))
        values = [("signature", name), ("signed_bytes", str(end)), ("file_bytes", str(len(data)))]
        signer = _signer(sig)
        if signer:
            values.append(("signer", signer))
        where = f"signature '{name}'" + (f" by {signer}" if signer else "")
        try:
            # an empty trust list and no fetching: offline, deterministic, never a network call
            context = ValidationContext(trust_roots=[], allow_fetching=False)
            status = validate_pdf_signature(sig, signer_validation_context=context)
        except Exception as exc:  # noqa: BLE001  (a broken CMS blob raises from deep inside)
            values.append(("error", str(exc)[:200]))
            signals.append(Signal("signature_invalid", document, None,
                                  f"{where} cannot be verified ({str(exc)[:200]})", WHY_INVALID,
                                  values=tuple(values)))
            continue
        if not status.intact or not status.valid:
            problem = "its digest does not match the signed bytes" if not status.intact else \
                "its signature value does not verify"
            values.append(("problem", "digest" if not status.intact else "signature"))
            signals.append(Signal("signature_invalid", document, None, f"{where}: {problem}",
                                  WHY_INVALID, values=tuple(values)))
            continue
        if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            level = getattr(status.modification_level, "name", "unknown")
            values += [("coverage", status.coverage.name), ("modification", level)]
            detail = (f"{where} covers {end} of {len(data)} bytes ({status.coverage.name.lower()}; "
                      f"later changes: {level.lower()})")
            signals.append(Signal("signature_partial", document, None, detail, WHY_PARTIAL,
                                  values=tuple(values)))
        if not status.trusted:
            signals.append(Signal("signature_untrusted", document, None,
                                  f"{where}: certificate not checked against a trust list",
                                  WHY_UNTRUSTED, level="note", values=tuple(values)))
    return signals


def _signing_time(sig) -> datetime | None:
    try:
        return sig.self_reported_timestamp
    except Exception:  # noqa: BLE001
        return None


def _signer(sig) -> str:
    try:
        return str(sig.signer_cert.subject.human_friendly)
    except Exception:  # noqa: BLE001
        return ""
