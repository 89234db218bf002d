"""Training-institution partners: who they are, how many, on what competency basis."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ..data import load_yaml
from ..types import Fact
from .source import Source, clean_name

PARTNER_TYPES = ("partner_list",)
NOT_HERE = ("deed_of_establishment", "deed_amendment", "ministry_approval", "business_license",
            "government_decree")
_ITEM = re.compile(
    r"^\s*(?P<bullet>(?:\d{1,4}\s*[.)|]?|[-•*▪●]|[a-z]\))\s*\|?\s*)?(?P<body>.+)$", re.I | re.M
)


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], set[str]]:
    raw = load_yaml("partners.yaml")
    words = sorted(raw["institution_markers"], key=len, reverse=True)
    regex = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")\b\.?", re.I)
    return regex, {w.lower() for w in raw["header_words"]}


def partner_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    names: dict[str, object] = {}
    marker, headers = _markers()
    for src in sources:
        if src.type in NOT_HERE:
            continue
        if src.type in PARTNER_TYPES:
            for m in _ITEM.finditer(src.text):
                if not m["bullet"] and "|" not in m["body"] and len(m["body"].split()) > 10:
                    continue  # running prose, not a list item or table row
                name = _institution(m["body"], marker, headers)
                if name and not any(fuzz.token_sort_ratio(name, n) >= 92 for n in names):
                    names[name] = src.evidence(*m.span("body"))
        for pid, m in src.find("partner_count"):
            facts.append(src.fact("stated_partner_count", int(m["value"]), *m.span(), rule=pid,
                                  confidence=0.8))
        for ent in src.ents("COMPETENCY"):
            s, e = src.passage(ent)
            facts.append(src.fact("competency_basis", True, s, e, rule="competency-phrase",
                                  confidence=0.85))
        facts.extend(_marketplace(src))
    if names:
        facts.append(Fact("training_partners", sorted(names), list(names.values()), 0.85,  # type: ignore[arg-type]
                          "partner-list-items", "partner_list"))
    return facts


def _institution(body: str, marker: re.Pattern[str], headers: set[str]) -> str | None:
    cells = [c.strip() for c in re.split(r"\s*\|\s*|\t|\s{3,}", body) if c.strip()]
    for cell in cells:
        if re.fullmatch(r"[\d.,\s\-]+", cell):
            continue
        words = set(re.findall(r"[a-z]+", cell.lower()))
        if words and words <= headers:
            return None
        m = marker.search(cell)
        if m and m.start() <= 40:
            name = clean_name(cell[m.start():])
            name = re.split(r"\s+[-–]\s+|;|\(|, (?:Jl|Jalan|Kota|Kab)\b", name)[0].strip(" ,.")
            if len(name) >= 5 and 2 <= len(name.split()) <= 10:
                return name
        break  # only the first text cell of a row names the institution
    return None


def _marketplace(src: Source) -> list[Fact]:
    facts = []
    for ent in src.ents("MARKETPLACE"):
        s, e = src.passage(ent)
        negated = src.negated(ent)
        if ent.ent_id_ == "open":
            facts.append(src.fact("marketplace_open", not negated, s, e, rule="marketplace-open",
                                  confidence=0.8))
        elif not negated and re.search(r"pelatihan|kelas|kursus|course|training|program",
                                       src.text[s:e], re.I):
            facts.append(src.fact("marketplace_open", False, s, e, rule="own-courses-only",
                                  confidence=0.8))
    return facts
