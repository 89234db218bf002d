"""Extract: documents -> facts, each with the quote, page and rule that produced it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import load_yaml
from ..types import Document, Fact
from .authority import authority_facts
from .coverage import coverage_facts
from .identity import (
    DEED_TYPES,
    approval_facts,
    approved_deed_facts,
    company_facts,
    deed_facts,
    licence_facts,
    name_change_facts,
    number_facts,
)
from .partners import partner_facts
from .people import people_facts
from .portal import portal_facts
from .source import Source
from .system import system_facts

EXTRACTORS: tuple[Callable[[list[Source]], list[Fact]], ...] = (
    company_facts,
    name_change_facts,
    deed_facts,
    approval_facts,
    approved_deed_facts,
    number_facts,
    licence_facts,
    coverage_facts,
    system_facts,
    portal_facts,
    partner_facts,
    people_facts,
)


@dataclass
class Extraction:
    """Every candidate found, and the one fact per name the report carries."""

    candidates: list[Fact] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def get(self, name: str) -> Fact | None:
        return next((f for f in self.facts if f.name == name), None)

    def value(self, name: str, default=None):
        fact = self.get(name)
        return default if fact is None else fact.value

    def all(self, name: str) -> list[Fact]:
        return [f for f in self.candidates if f.name == name]


def analyse(documents: Iterable[Document]) -> list[Source]:
    return [Source(d) for d in documents if d.readable and d.type != "unreadable"]


def extract(documents: list[Document]) -> Extraction:
    sources = analyse(documents)
    candidates: list[Fact] = []
    for extractor in EXTRACTORS:
        candidates.extend(extractor(sources))
    facts = resolve(candidates, sources)
    # candidates only the checks read; they are not report facts
    candidates.extend(authority_facts(documents, sources, candidates, facts))
    return Extraction(candidates, facts)


@lru_cache(maxsize=1)
def _policy() -> dict:
    return load_yaml("facts.yaml")


def resolve(candidates: list[Fact], sources: list[Source]) -> list[Fact]:
    policy = _policy()
    latest_deed = _latest_deed(candidates)
    latest_kind = next((f.document_type for f in candidates if f.evidence and f.evidence[0].document == latest_deed), "")
    chosen: dict[str, Fact] = {}
    for name in dict.fromkeys(f.name for f in candidates):
        group = [f for f in candidates if f.name == name]
        if name in ("deed_number", "deed_date", "notary_name") and latest_deed:
            group = [f for f in group if f.evidence[0].document == latest_deed] or group
        if name in policy["single"]:
            order = policy["prefer"].get(name, [])
            deed_rank = {latest_deed: 0} if latest_deed else {}

            def rank(f: Fact, order=order, deed_rank=deed_rank) -> tuple:
                kind = order.index(f.document_type) if f.document_type in order else len(order)
                fit = _approval_fit(f, latest_kind) if f.name == "ahu_number" else (0, 0)
                return (*fit, kind, deed_rank.get(f.evidence[0].document, 1), -f.confidence)

            chosen[name] = min(group, key=rank)
        elif name in policy["flags"]:
            truthy = [f for f in group if f.value] or group
            chosen[name] = _merge(name, truthy, bool(truthy[0].value))
        elif name in policy["whole"]:
            chosen[name] = group[0]
    for report_name, name in policy["lists"].items():
        group = [f for f in candidates if f.name == name]
        if group:
            values = list(dict.fromkeys(_hashable(f.value) for f in group))
            chosen[report_name] = _merge(report_name, group, [_plain(v) for v in values])
    facts = list(chosen.values())
    provinces = chosen.get("provinces")
    if provinces is not None:
        facts.append(Fact("province_count", len(provinces.value), provinces.evidence[:1],
                          provinces.confidence, "length-of-provinces", provinces.document_type))
    elif "stated_province_count" in chosen:
        stated = chosen["stated_province_count"]
        facts.append(Fact("province_count", stated.value, stated.evidence, stated.confidence * 0.9,
                          "stated-count", stated.document_type))
    partners = chosen.get("training_partners")
    company = chosen.get("company_name")
    if partners is not None and company is not None:
        partners = _without_applicant(partners, company.value)
        if partners.value:
            facts[facts.index(chosen["training_partners"])] = partners
        else:
            facts.remove(chosen["training_partners"])
            partners = None
    stated_partners = chosen.get("stated_partner_count")
    if partners is not None:
        facts.append(Fact("training_partner_count", len(partners.value), partners.evidence[:1],
                          partners.confidence, "distinct-partners-listed", partners.document_type))
    elif stated_partners is not None:
        facts.append(Fact("training_partner_count", stated_partners.value, stated_partners.evidence,
                          stated_partners.confidence, "stated-count", stated_partners.document_type))
    elif "partners_denied" in chosen:
        denied = chosen["partners_denied"]  # "tidak bermitra dengan lembaga pelatihan lain"
        facts.append(Fact("training_partner_count", 0, denied.evidence, denied.confidence,
                          "partners-denied", denied.document_type))
    if any(f.name == "portal_url" for f in candidates):
        urls = sorted({f.value for f in candidates if f.name == "portal_url"})
        evidence = [next(f for f in candidates if f.name == "portal_url" and f.value == u).evidence[0]
                    for u in urls]
        facts.append(Fact("portal_urls", urls, evidence, 0.85, "urls-and-listings", "any"))
    return facts


def _without_applicant(partners: Fact, company: str) -> Fact:
    """The applicant's own letterhead or name in its partner list is not a partner."""
    from rapidfuzz import fuzz

    def bare(name: str) -> str:
        return re.sub(r"\b(pt|cv|tbk|persero|perseroda)\b|[^\w\s]", " ", name.lower()).strip()

    keep = [(n, e) for n, e in zip(partners.value, partners.evidence, strict=True)
            if fuzz.token_set_ratio(bare(n), bare(company)) < 90]
    return Fact(partners.name, [n for n, _ in keep], [e for _, e in keep], partners.confidence,
                partners.rule, partners.document_type)


def _merge(name: str, group: list[Fact], value) -> Fact:
    """One fact standing for several candidates, with their evidence."""
    first = group[0]
    evidence = list(dict.fromkeys(e for f in group for e in f.evidence))[:10]
    return Fact(name, value, evidence, first.confidence, first.rule, first.document_type)


def _hashable(value):
    return tuple(sorted(value.items())) if isinstance(value, dict) else value


def _plain(value):
    if isinstance(value, tuple):
        item = dict(value)
        return f"{item['name']} ({item['role']})"
    return value


def _approval_fit(fact: Fact, latest_kind: str) -> tuple[int, int]:
    """The approval that belongs to the deed in force: an amendment's approval (AH.01.02) or
    notice (AH.01.03) after an amendment deed, the establishment's (AH.01.01) otherwise; then
    the most recent year."""
    value = fact.value
    amendment = "AH.01.02" in value or "AH.01.03" in value
    wanted = amendment if latest_kind == "deed_amendment" else not amendment
    when = fact.act_year() or 0
    # without a deed in the bundle, the most recent approval is the one in force
    return (0 if wanted or not latest_kind else 1, -when)


def _latest_deed(candidates: list[Fact]) -> str | None:
    """The deed document with the latest date: the one whose articles are in force."""
    dated = [f for f in candidates if f.name == "deed_date" and f.document_type in DEED_TYPES]
    if not dated:
        return None
    return max(dated, key=lambda f: f.value).evidence[0].document
