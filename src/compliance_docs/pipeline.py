"""The stages end to end: ingest -> extract -> evaluate -> report model."""

from __future__ import annotations

from pathlib import Path

from .evaluate import DEFAULT_RULESET, evaluate, load_ruleset, overall
from .extract import extract
from .ingest import read_bundle
from .report.model import Report
from .types import Bundle, Document


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
    rules = load_ruleset(ruleset)
    found = extract(documents)
    criteria, checks = evaluate(documents, found, rules, language=language)
    return Report(
        bundle_id=bundle_id,
        bundle_path=bundle_path or bundle_id,
        ruleset=rules,
        documents=documents,
        facts=found.facts,
        criteria=criteria,
        checks=checks,
        overall=overall(criteria, checks),
        language=language,
        warnings=list(warnings or []),
        bundle_sha256=bundle_sha256,
    )


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
    from .evaluate.messages import translate_warning

    note = {"id": "Penyaringan gagal: ", "en": "Screening failed: "}[language] + translate_warning(problem, language)
    for item in criteria + checks:
        item.status = "needs_review"
        item.reasons = [note]
        item.reason_codes = [f"{item.id}.screening_failed"]
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
