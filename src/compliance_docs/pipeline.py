"""The stages end to end: ingest -> extract -> evaluate -> report model."""

from __future__ import annotations

from pathlib import Path

from .evaluate import DEFAULT_RULESET, evaluate, load_ruleset, overall
from .evaluate.sheet import FactSheet
from .extract import extract
from .ingest import read_bundle
from .report.model import Report
from .types import Bundle, Document, DocumentInfo


def screen_documents(
    documents: list[Document],
    *,
    ruleset: str = DEFAULT_RULESET,
    bundle_id: str = "bundle",
    bundle_path: str = "",
    language: str = "id",
    warnings: list[str] | None = None,
    bundle_sha256: str = "",
) -> Report:
    found = extract(documents)
    sheet = FactSheet(bundle_id, bundle_path or bundle_id, bundle_sha256, list(warnings or []),
                      [DocumentInfo.of(d) for d in documents], found.candidates, found.facts)
    return evaluate_sheet(sheet, ruleset=ruleset, language=language)


def evaluate_sheet(sheet: FactSheet, *, ruleset: str = DEFAULT_RULESET, language: str = "id") -> Report:
    """The report of a bundle from its fact sheet alone: no document is read."""
    rules = load_ruleset(ruleset)
    criteria, checks = evaluate(sheet.documents, sheet.extraction(), rules, language=language)
    return Report(
        bundle_id=sheet.bundle_id,
        bundle_path=sheet.bundle_path,
        ruleset=rules,
        documents=sheet.documents,
        facts=sheet.facts,
        criteria=criteria,
        checks=checks,
        overall=overall(criteria, checks),
        language=language,
        warnings=list(sheet.warnings),
        bundle_sha256=sheet.bundle_sha256,
        candidates=sheet.candidates,
    )


def rescreen_data(sheet: dict, data: dict, *, ruleset: str, language: str, mask: bool = True) -> dict:
    """A stored screening evaluated again under `ruleset` (an id or a ruleset file): the new
    report's data, with the bundle as it was recorded in `data`."""
    report = evaluate_sheet(FactSheet.from_dict(sheet), ruleset=ruleset, language=language)
    report.bundle_path = data.get("bundle", {}).get("path", report.bundle_path)
    return report.to_dict(mask=mask)


def screen_bundle(bundle: Bundle, *, ruleset: str = DEFAULT_RULESET, language: str = "id") -> Report:
    return screen_documents(
        bundle.documents,
        ruleset=ruleset,
        bundle_id=bundle.id,
        bundle_path=bundle.path,
        language=language,
        warnings=bundle.warnings,
        bundle_sha256=bundle.sha256,
    )


def screen_path(path: Path | str, *, ruleset: str = DEFAULT_RULESET, language: str = "id") -> Report:
    """Read and screen one bundle folder or .zip file."""
    load_ruleset(ruleset)  # an unknown ruleset fails before any reading
    return screen_bundle(read_bundle(path), ruleset=ruleset, language=language)


def failed_report(path: Path | str, *, ruleset: str, language: str, problem: str) -> Report:
    """A report for a bundle that could not be screened at all: it says why."""
    from .ingest.bundle import bundle_id

    rules = load_ruleset(ruleset)
    empty = extract([])
    criteria, checks = evaluate([], empty, rules, language=language)
    from .evaluate.messages import Texts, translate_warning
    from .evaluate.wording import word

    texts = Texts(language)
    said = [("screening_failed", {"problem": translate_warning(problem, language)})]
    note = texts.reason("screening_failed", **said[0][1])
    for item in criteria + checks:
        item.status = "needs_review"
        item.reasons = [note]
        item.reason_codes = [f"{item.id}.screening_failed"]
        wording = word(texts, item.id, item.status, said, citation=item.citation, title=item.title)
        item.summary, item.summary_code = wording.summary, wording.summary_code
        item.details, item.requests = wording.details, wording.requests
    path = Path(path)
    return Report(
        bundle_id=bundle_id(path),
        bundle_path=str(path),
        ruleset=rules,
        documents=[],
        facts=[],
        criteria=criteria,
        checks=checks,
        overall="needs_review",
        language=language,
        warnings=[note],
    )
