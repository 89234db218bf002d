"""People: directors named in deeds and decrees, and who signs each statement."""

from __future__ import annotations

import re

from ..types import Fact
from .identity import DEED_TYPES, own_names, person_name, represents_another_company
from .source import Source

ROLE_SOURCES = (*DEED_TYPES, "government_decree", "ministry_approval")
STATEMENT_TYPES = ("coverage_statement", "system_description", "partner_list", "other")


DISMISSAL = re.compile(r"memberhentikan|diberhentikan|pemberhentian|mengundurkan\s+diri|dismiss", re.I)
# "memberhentikan dengan hormat Tuan BUDI SANTOSO dari jabatannya": who leaves the board
_DISMISSED = re.compile(
    r"(?:memberhentikan|diberhentikan|pemberhentian|pengunduran\s+diri|dismiss(?:ed|es|al)?)"
    r"[^.;\n]{0,60}?\b(?:Tuan|Nyonya|Nona|Bapak|Ibu|Saudara|Saudari|Sdr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+"
    r"(?P<name>[^\n,;()]{3,60}?)\s+(?:dari\s+jabatan|selaku|sebagai|as\b|from\b)", re.I)


def normalize_role(raw: str) -> str:
    role = re.sub(r"\s+", " ", raw.strip(" .,:;")).lower()
    return role


def people_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        if src.type in ROLE_SOURCES:
            # a director the deed dismisses was one when it was drawn up (the appearer acting
            # "selaku Direktur Utama"), not after; named again in the new board, they stay
            dismissed = dismissals(src.text)
            for pid, m in src.find("person_role"):
                name = person_name(m["name"])
                if DISMISSAL.search(src.text[max(0, m.start() - 80):m.start("name")]):
                    continue  # "memberhentikan ... Nyonya X dari jabatannya selaku Direktur"
                if m.start() < dismissed.get(name.lower(), -1):
                    continue
                if src.type in DEED_TYPES and represents_another_company(src.text, m.start("name"), lambda src=src: own_names(src)):
                    continue  # the shareholder's director, who signs the deed for it
                if _plausible(name):
                    facts.append(src.fact("officer", {"name": name, "role": normalize_role(m["role"])},
                                          *m.span(), rule=pid, confidence=0.8))
        if src.type in STATEMENT_TYPES:
            seen: set[str] = set()
            for pid, m in src.find("signatory"):
                name = person_name(m["name"])
                if not _plausible(name) or name.lower() in seen:
                    continue
                seen.add(name.lower())
                facts.append(src.fact("signatory", {"name": name, "role": normalize_role(m["role"])},
                                      *m.span(), rule=pid, confidence=0.8))
    return facts


def dismissals(text: str) -> dict[str, int]:
    """Who a deed dismisses from the board (lower-case name -> where the deed says so)."""
    lowered = text.lower()
    if not any(word in lowered for word in ("berhenti", "pengunduran", "dismiss")):
        return {}  # most deeds dismiss nobody: the pattern is not run through them
    return {" ".join(person_name(d["name"]).lower().split()): d.start() for d in _DISMISSED.finditer(text)}


def _plausible(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 6 and not re.search(r"\d", name) and len(name) >= 3
