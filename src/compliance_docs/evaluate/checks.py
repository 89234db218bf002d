"""Bundle integrity checks: completeness, identity, signatory authority, document quality."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ..data import load_yaml
from ..types import CriterionResult
from . import integrity as _integrity  # noqa: F401  (registers document_integrity)
from .messages import is_note
from .names import initialled, near_miss, person_key, same_name
from .rules import Context, Result, rule

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
    absent: list[str] = []
    unreadable: list[str] = []
    form = ctx.found.value("entity_form")
    only_for = p.get("only_for_forms", {})
    for need in p["required"][own]:
        options = need if isinstance(need, list) else [need]
        options = [o for o in options if o not in only_for or form is None or form in only_for[o]]
        if not options:
            continue
        if not present & set(options):
            label = " / ".join(ctx.texts.value("doc_type", o) for o in options)
            unread = ctx.unread(types=tuple(options))
            if unread:  # sent, by its name, but it could not be read
                unreadable.append(f"{label} ({', '.join(d.path for d in unread)})")
            else:
                absent.append(label)
    for doc in ctx.documents:
        if doc.readable and doc.type != "unreadable":
            r.evidence.append(doc.first_quote())
    label = ctx.texts.value("ownership", own)
    if absent:
        r.say("documents_missing", ownership=label, types="; ".join(absent))
        if unreadable:
            r.say("documents_unreadable", types="; ".join(unreadable))
        return r.done("not_met")
    if unreadable:
        return r.say("documents_unreadable", types="; ".join(unreadable)).done("needs_review")
    return r.say("documents_present", ownership=label).done("met")


@rule("identity_consistent")
def identity_consistent(ctx: Context, r: Result, p: dict) -> CriterionResult:
    found = ctx.found
    documents: set[str] = set()
    conflict = False
    for name in ("company_name", "nib", "npwp"):
        candidates = found.all(name)
        if name == "company_name":
            candidates = _without_former_names(candidates, found.all("name_change"), r, p)
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
            if name == "company_name" and any(
                near_miss(g[0].value, h[0].value) for g in groups for h in groups if g is not h
            ):
                r.say("identity_near_miss")
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


def _without_former_names(candidates: list, changes: list, r: Result, p: dict) -> list:
    """A name a deed changed ("perubahan nama ... dari PT A menjadi PT B") is the company's
    former name, not another company, where the new name is found too: the others are compared."""
    kept = list(candidates)
    for change in changes:
        old, new = change.value["from"], change.value["to"]
        if not any(_same("company_name", c.value, new, p["name_similarity"]) for c in kept):
            continue
        former = [c for c in kept if _same("company_name", c.value, old, p["name_similarity"])]
        if former:
            kept = [c for c in kept if c not in former]
            r.cite(change).say("identity_former_name", old=old, new=new, document=change.evidence[0].document)
    return kept


def _same(name: str, a, b, similarity: int) -> bool:
    if name == "npwp":  # since 2024 a company's 16-digit NPWP is a 0 before its 15 digits
        short, long = sorted((a, b), key=len)
        return long == "0" + short if (len(short), len(long)) == (15, 16) else a == b
    if name != "company_name":
        return a == b
    return same_name(a, b)


@rule("signatory_authorized")
def signatory_authorized(ctx: Context, r: Result, p: dict) -> CriterionResult:
    signers = ctx.found.all("signatory")
    officers = _officers(ctx)
    statements = ctx.docs("coverage_statement", "system_description", "partner_list")
    if not signers:
        if statements:
            return r.say("no_signatory", documents=ctx.names("coverage_statement", "system_description", "partner_list")).done("needs_review")
        return r.done("missing")
    status = "met"
    for signer in signers:
        name, role = signer.value["name"], signer.value["role"]
        r.cite(signer)
        # "Arif R. Hakim" is the director ARIF RAHMAN HAKIM; otherwise the closest spelling
        initials = next((o for o in officers if initialled(name, o.value["name"])), None)
        match = initials or max(
            officers, key=lambda o: fuzz.token_sort_ratio(name.lower(), o.value["name"].lower()), default=None)
        if match and (initials is not None
                      or fuzz.token_sort_ratio(name.lower(), match.value["name"].lower()) >= p["name_similarity"]):
            r.cite(match)
            if initials is not None or person_key(name) == person_key(match.value["name"]):
                r.say("signer_ok", name=name, role=role, officer_role=match.value["role"],
                      document=match.evidence[0].document)
            else:  # a letter apart: a typo, or someone else; the verifier compares them
                status = "needs_review" if status == "met" else status
                r.say("signer_spelling", name=name, role=role, document=signer.evidence[0].document,
                      officer=match.value["name"], officer_role=match.value["role"],
                      officer_document=match.evidence[0].document)
            continue
        named = next((f.evidence[0] for f in ctx.found.all("signer_named") if f.value == name), None)
        if named:
            r.evidence.append(named)
            r.say("signer_named", name=name, role=role, document=named.document)
            continue
        commissioner = _as_commissioner(ctx, name, role, p["name_similarity"])
        if commissioner is not None:
            # the deed itself shows the signer sits on the supervisory board, not the board of directors
            status = "not_met"
            r.cite(commissioner).say("signer_commissioner", name=name, role=role,
                                     document=commissioner.evidence[0].document)
            continue
        if officers and _roles()["not_board"].search(role) and not _under_power_of_attorney(ctx, signer):
            # the deed's board is known, the signer is not on it and says so by their title
            status = "not_met"
            r.say("signer_not_board", name=name, role=role)
            continue
        if status == "met":
            status = "needs_review"
        r.say("signer_unknown" if officers else "no_officers", name=name, role=role)
    return r.done(status)


@lru_cache(maxsize=1)
def _roles() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v, re.I) for k, v in load_yaml("roles.yaml").items()}


def _under_power_of_attorney(ctx: Context, signer) -> bool:
    document = signer.evidence[0].document
    return any(f.evidence[0].document == document for f in ctx.found.all("power_of_attorney"))


def _as_commissioner(ctx: Context, name: str, role: str, similarity: int):
    """The deed's entry naming the signer as a commissioner, when that is all it names them."""
    if not re.search(r"komisaris|commissioner", role, re.I) and not ctx.found.all("officer"):
        return None
    same = [o for o in ctx.found.all("officer")
            if fuzz.token_sort_ratio(name.lower(), o.value["name"].lower()) >= similarity]
    if same and all(re.search(r"komisaris|commissioner", o.value["role"], re.I) for o in same):
        return same[0]
    return None


def _officers(ctx: Context) -> list:
    """Directors and officials; when the latest deed names its board, only that board counts."""
    officers = [o for o in ctx.found.all("officer") if DIRECTOR_ROLES.search(o.value["role"])
                and not re.search(r"komisaris|commissioner", o.value["role"], re.I)]
    latest = ctx.found.get("deed_date")
    if latest is not None:
        board = [o for o in officers if o.evidence[0].document == latest.evidence[0].document]
        decreed = [o for o in officers if o.document_type == "government_decree"]
        if board:
            return board + decreed
    return officers


@rule("document_quality")
def document_quality(ctx: Context, r: Result, p: dict) -> CriterionResult:
    if not ctx.documents:
        return r.done("missing")
    problems = False
    for doc in ctx.documents:
        for warning in doc.warnings:
            if is_note(warning):  # tracked changes accepted, hidden text left out: still readable
                r.say("reading_note", document=doc.path, problem=ctx.texts.warning(warning))
                continue
            problems = True
            r.say("unreadable_document", document=doc.path, problem=ctx.texts.warning(warning))
        if doc.readable:
            r.evidence.append(doc.first_quote())
    if problems:
        return r.done("needs_review")
    return r.say("readable_all", count=len(ctx.documents)).done("met")
