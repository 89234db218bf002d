"""Policy tests: facts given as data, the statuses and reason codes a ruleset must give them.

Like OPA's policy tests or OpenFisca's YAML tests, they let a PMO check a ruleset, its own
amended copy above all, before screening anyone with it. A case names the documents of a
bundle and the fact candidates extraction would have found; the candidates go through the
same resolution as a real screening, then through evaluation, and every expectation that does
not hold is a failure worded for the person who wrote the case."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..data import load_validated
from ..types import DocumentInfo, Evidence, Fact
from .rulesets import Ruleset, _folder


@dataclass
class PolicyCase:
    name: str
    documents: list[dict[str, str]]
    facts: dict[str, Any]
    expect: dict[str, Any]
    source: str = ""


@dataclass
class CaseResult:
    case: PolicyCase
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def bundled_tests(ruleset: Ruleset) -> Path | None:
    """The policy tests that ship beside a ruleset: `<ruleset>.tests.yaml`."""
    if ruleset.source.endswith((".yaml", ".yml")) and Path(ruleset.source).is_file():
        beside = Path(ruleset.source).with_suffix("").with_suffix(".tests.yaml")
        return beside if beside.is_file() else None
    entry = _folder().joinpath(f"{ruleset.id}.tests.yaml")
    return Path(str(entry)) if entry.is_file() else None


def load_cases(path: Path) -> list[PolicyCase]:
    raw = load_validated(path.read_text(encoding="utf-8"), str(path), "policy-tests.schema.json")
    cases = []
    for i, case in enumerate(raw["cases"]):
        docs = [d if isinstance(d, dict) else {"type": d} for d in case.get("documents") or []]
        cases.append(PolicyCase(case["name"], docs, case.get("facts") or {}, case["expect"],
                                f"{path} cases[{i}]"))
    return cases


def _documents(case: PolicyCase) -> list[DocumentInfo]:
    out = []
    for i, d in enumerate(case.documents):
        path = d.get("path") or f"{i + 1:02d}-{d['type']}.pdf"
        out.append(DocumentInfo(path, "", 0, d["type"], "given", 1, "text_layer", [], [],
                                {1: f"({d['type']})"}))
    return out


def _candidates(case: PolicyCase, documents: list[DocumentInfo]) -> list[Fact]:
    """Each given fact as the candidates extraction would have produced. A list gives one
    candidate per item, except for the facts that are one list over the bundle (provinces,
    training partners); a mapping item sets the candidate's rule or document."""
    from ..extract import _policy

    whole = set(_policy()["whole"])
    by_path = {d.path: d for d in documents}
    default = documents[0].path if documents else "given"
    out = []
    for name, given in case.facts.items():
        items = [given] if name in whole or not isinstance(given, list) else given
        for item in items:
            spec = item if isinstance(item, dict) and "value" in item else {"value": item}
            document = spec.get("document") or _document_for(name, documents) or default
            kind = by_path[document].type if document in by_path else ""
            value = spec["value"]
            # a list over the bundle has a quote per item, as extraction gives it
            quotes = [str(v) for v in value] if name in whole and isinstance(value, list) else [f"{name}: {value}"]
            out.append(Fact(name, value, [Evidence(document, 1, q[:120]) for q in quotes], 0.9,
                            spec.get("rule", "policy-test"), kind))
    return out


# where a given fact is found when the case does not say: the first document of these types
_HOMES = {
    "nib": ["business_license"], "business_licence": ["business_license"],
    "ahu_number": ["ministry_approval", "deed_of_establishment", "deed_amendment"],
    "provinces": ["coverage_statement"], "stated_province_count": ["coverage_statement"],
    "national_claim": ["coverage_statement"], "it_aspect": ["system_description"],
    "payment_integration": ["system_description"], "payment_mentioned": ["system_description"],
    "training_partners": ["partner_list"], "stated_partner_count": ["partner_list"],
    "competency_basis": ["partner_list"], "partners_denied": ["partner_list"],
    "marketplace_open": ["partner_list", "system_description"],
    "signatory": ["coverage_statement", "system_description", "partner_list"],
}


def _document_for(name: str, documents: list[DocumentInfo]) -> str | None:
    for kind in _HOMES.get(name, ["deed_amendment", "deed_of_establishment", "government_decree"]):
        for d in documents:
            if d.type == kind:
                return d.path
    return None


def evaluate_case(case: PolicyCase, ruleset: Ruleset, *, language: str = "en"):
    """The criteria and checks a case's bundle gets, as a screening would give them."""
    from ..extract import Extraction, resolve
    from . import evaluate

    documents = _documents(case)
    candidates = _candidates(case, documents)
    found = Extraction(candidates, resolve(candidates, []))
    return evaluate(documents, found, ruleset, language=language)


def run_case(case: PolicyCase, ruleset: Ruleset) -> CaseResult:
    from . import overall

    criteria, checks = evaluate_case(case, ruleset)
    results = {c.id: c for c in criteria + checks}
    result = CaseResult(case)
    for key, want in case.expect.items():
        if key == "overall":
            got = overall(criteria, checks)
            if got != want:
                result.failures.append(f"overall: expected {want}, got {got}")
            continue
        if key not in results:
            result.failures.append(f"{key}: the ruleset has no such criterion or check")
            continue
        spec = want if isinstance(want, dict) else {"status": want}
        got = results[key]
        if "status" in spec and got.status != spec["status"]:
            result.failures.append(f"{key}: expected {spec['status']}, got {got.status} "
                                   f"({'; '.join(got.reasons)})")
        for code in spec.get("codes", []):
            full = code if "." in code else f"{key}.{code}"
            if full not in got.reason_codes:
                result.failures.append(f"{key}: expected reason code {full}, got "
                                       f"{', '.join(got.reason_codes)}")
    return result


def run_cases(cases: list[PolicyCase], ruleset: Ruleset) -> list[CaseResult]:
    return [run_case(c, ruleset) for c in cases]
