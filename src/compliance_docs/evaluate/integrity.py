"""The document_integrity check: the tamper signals found at ingest, worded for the verifier.

A signal asks for a look and never fails a criterion, so the check is `met` or `needs_review`
(never `not_met`); `not_applicable` when the bundle holds no PDF, the only format it reads."""

from __future__ import annotations

from ..types import CriterionResult, DocumentInfo, Signal
from .rules import DEEDS, Context, Result, rule


@rule("document_integrity")
def document_integrity(ctx: Context, r: Result, p: dict) -> CriterionResult:
    # a PDF that could not be opened was not checked: document_quality already reports it
    pdfs = [d for d in ctx.documents if _is_pdf(d) and d.page_count]
    others = [d.path for d in ctx.documents if d not in pdfs]
    if not pdfs:
        return r.say("integrity_no_pdf").done("not_applicable")
    review = False
    for doc in pdfs:
        for signal in doc.signals:
            key = _reason_key(signal)
            if key is None:
                continue
            review = review or signal.level == "review"
            r.say(key, **_params(ctx, doc, signal))
            _cite(r, doc, signal.page)
    for doc, created, deed_date in _created_before_deed(ctx, pdfs):
        review = True
        r.say("integrity_created_before_deed", document=doc.path, created=created,
              deed_date=deed_date)
        _cite(r, doc, None)
    if not review:
        r.say_first("integrity_clean", count=len(pdfs))
        for doc in pdfs:
            _cite(r, doc, None)
    if others:
        r.say("integrity_not_pdf", count=len(others), documents=", ".join(others))
    return r.done("needs_review" if review else "met")


def _is_pdf(doc: DocumentInfo) -> bool:
    return bool(doc.signals) or doc.path.lower().endswith(".pdf")


def _reason_key(signal: Signal) -> str | None:
    if signal.kind == "metadata_dates":
        finding = signal.value("finding")
        return f"integrity_{finding}" if finding else None  # a note only records the dates
    if signal.kind == "incremental_update" and signal.value("after_signature"):
        return "integrity_incremental_after_signature"
    return f"integrity_{signal.kind}"


def _params(ctx: Context, doc: DocumentInfo, signal: Signal) -> dict[str, str]:
    values = dict(signal.values)
    for key in ("created", "modified", "signed"):
        if key in values:
            values[key] = values[key][:10]
    if "problem" in values:
        values["problem"] = ctx.texts.value("integrity_problem", values["problem"])
    values.setdefault("problem", ctx.texts.value("integrity_problem", "error"))
    values.setdefault("signer", "-")
    return {"document": doc.path, "page": str(signal.page or ""), **values}


def _created_before_deed(ctx: Context, pdfs: list[DocumentInfo]):
    """Deeds whose file was created before the deed's own date: compared here, from the dates
    ingest recorded, so evaluation never reads a file again. A deed may name older deeds'
    dates as well, so the earliest date read from a deed stands for its own: never too late."""
    earliest: dict[str, str] = {}
    for fact in ctx.found.all("deed_date"):
        if fact.evidence and fact.value:
            path = fact.evidence[0].document
            earliest[path] = min(earliest.get(path, str(fact.value)), str(fact.value))
    for doc in pdfs:
        if doc.type not in DEEDS or doc.path not in earliest:
            continue
        created = next((s.value("created") for s in doc.signals
                        if s.kind == "metadata_dates" and s.value("created")), None)
        if created and created[:10] < earliest[doc.path]:
            yield doc, created[:10], earliest[doc.path]


def _cite(r: Result, doc: DocumentInfo, page: int | None) -> None:
    if not doc.first_lines:
        return
    evidence = doc.first_quote(page)
    if evidence not in r.evidence:
        r.evidence.append(evidence)
