"""Bundle integrity checks: completeness, identity, signatory authority, document quality."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..types import CriterionResult, Evidence
from .rules import Context, Result, _bare, rule

DIRECTOR_ROLES = re.compile(
    r"direktur|director|direksi|chief\s+executive|ceo|menteri|minister|kepala|sekretaris\s+jenderal|"
    r"direktur\s+jenderal|pejabat|ketua", re.I
)


@rule("bundle_complete")
def bundle_complete(ctx: Context, r: Result, p: dict) -> CriterionResult:
    if not ctx.documents:
        return r.done("missing")
    own = ctx.ownership
    if own is None:
        r.say("operator_unknown")
        own = "private"
    present = {d.type for d in ctx.documents}
    if ctx.found.get("ahu_number"):
        present.add("ministry_approval")  # the approval often sits inside the deed's PDF
    absent = []
    for need in p["required"][own]:
        options = need if isinstance(need, list) else [need]
        if not present & set(options):
            absent.append(" / ".join(ctx.texts.value("doc_type", o) for o in options))
    for doc in ctx.documents:
        if doc.readable and doc.type != "unreadable":
            r.evidence.append(Evidence(doc.path, 1, _first_line(doc.text)))
    label = ctx.texts.value("ownership", own)
    if absent:
        return r.say("documents_missing", ownership=label, types="; ".join(absent)).done("needs_review")
    return r.say("documents_present", ownership=label).done("met")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:120]


@rule("identity_consistent")
def identity_consistent(ctx: Context, r: Result, p: dict) -> CriterionResult:
    found = ctx.found
    documents: set[str] = set()
    conflict = False
    for name in ("company_name", "nib", "npwp"):
        candidates = found.all(name)
        if not candidates:
            continue
        documents.update(c.evidence[0].document for c in candidates)
        label = ctx.texts.value("identity", name)
        groups: list[list] = []
        for c in candidates:
            for g in groups:
                if _same(name, g[0].value, c.value, p["name_similarity"]):
                    g.append(c)
                    break
            else:
                groups.append([c])
        if len(groups) > 1:
            conflict = True
            values = "; ".join(f"{g[0].value} ({', '.join(sorted({c.evidence[0].document for c in g}))})" for g in groups)
            r.cite(*(g[0] for g in groups)).say("identity_conflict", label=label, values=values)
        else:
            docs = {c.evidence[0].document for c in candidates}
            r.cite(candidates[0]).say("identity_agrees", label=label, count=len(docs))
    if not documents:
        return r.done("missing")
    if conflict:
        return r.done("needs_review")
    if len(documents) < 2:
        return r.say("identity_single").done("needs_review")
    return r.done("met")


def _same(name: str, a, b, similarity: int) -> bool:
    if name != "company_name":
        return a == b
    return fuzz.token_sort_ratio(_bare(a), _bare(b)) >= similarity


@rule("signatory_authorized")
def signatory_authorized(ctx: Context, r: Result, p: dict) -> CriterionResult:
    signers = ctx.found.all("signatory")
    officers = [o for o in ctx.found.all("officer") if DIRECTOR_ROLES.search(o.value["role"])
                and not re.search(r"komisaris|commissioner", o.value["role"], re.I)]
    statements = ctx.docs("coverage_statement", "system_description", "partner_list")
    if not signers:
        if statements:
            return r.say("no_signatory", documents=ctx.names("coverage_statement", "system_description", "partner_list")).done("needs_review")
        return r.done("missing")
    if not officers:
        r.cite(*signers)
        return r.say("no_officers").done("needs_review")
    status = "met"
    for signer in signers:
        name = signer.value["name"]
        match = max(officers, key=lambda o: fuzz.token_sort_ratio(name.lower(), o.value["name"].lower()))
        score = fuzz.token_sort_ratio(name.lower(), match.value["name"].lower())
        r.cite(signer)
        if score >= p["name_similarity"]:
            r.cite(match).say("signer_ok", name=name, role=signer.value["role"],
                              officer_role=match.value["role"], document=match.evidence[0].document)
        else:
            status = "needs_review"
            r.say("signer_unknown", name=name, role=signer.value["role"])
    return r.done(status)


@rule("document_quality")
def document_quality(ctx: Context, r: Result, p: dict) -> CriterionResult:
    if not ctx.documents:
        return r.done("missing")
    problems = False
    for doc in ctx.documents:
        for warning in doc.warnings:
            problems = True
            r.say("unreadable_document", document=doc.path, problem=warning)
        if doc.readable:
            first = next((pg for pg in doc.pages if pg.text.strip()), None)
            if first:
                r.evidence.append(Evidence(doc.path, first.number, _first_line(first.text)))
    if problems:
        return r.done("needs_review")
    return r.say("readable_all", count=len(ctx.documents)).done("met")
