"""The IT system: which of the four aspects the description evidences, and payment integration."""

from __future__ import annotations

from ..types import Fact
from .source import Source

SYSTEM_TYPES = ("system_description",)
ASPECTS = ("infrastructure", "security", "availability", "integration")


def system_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        if src.type not in SYSTEM_TYPES:
            continue
        seen: set[str] = set()
        for ent in src.ents("ASPECT"):
            aspect = ent.id
            if aspect in seen or not _described(src, ent):
                continue
            seen.add(aspect)
            s, e = src.passage(ent)
            facts.append(src.fact("it_aspect", aspect, s, e, rule=f"aspect-{aspect}", confidence=0.85))
    facts.extend(payment_facts(sources))
    return facts


def _described(src: Source, ent) -> bool:
    """An aspect the description says the system has: not one it lacks ("belum memiliki
    sertifikasi ISO/IEC 27001", "Belum ada SLA uptime maupun uji beban kapasitas", a
    checklist row "SLA uptime | Tidak") nor one a quoted regulation names. Only a denial just
    after the phrase counts: "data terenkripsi dan tidak pernah dibagikan" describes it."""
    if src.negated(ent, before=8, after=2):
        return False
    if src.planned(ent.start_char, ent.end_char, ("to_come", "not_yet")):
        return False  # "akan kami tingkatkan dengan pusat data cadangan": not there yet
    if src.sends_elsewhere(ent.start_char):
        return False  # "Keamanan Informasi: lihat Lampiran B": described there, if anywhere
    return not src.quotes_rule(ent.start_char, ent.end_char, kinds=("citation",))


def payment_facts(sources: list[Source]) -> list[Fact]:
    """Payment through the programme: affirmed, denied, or only payment in general."""
    facts: list[Fact] = []
    for src in sources:
        if src.type in ("deed_of_establishment", "deed_amendment", "ministry_approval"):
            continue
        programme = src.ents("PROGRAMME")
        payments = src.ents("PAYMENT")
        done: set[tuple[int, int]] = set()
        for ent in payments:
            s, e = src.passage(ent)
            if (s, e) in done:
                continue
            done.add((s, e))
            near = [p for p in programme if s <= p.start_char < e
                    and not src.quotes_rule(p.start_char, p.end_char)]  # Pasal 36 quoted: the rule
            if not near:
                if not src.quotes_rule(ent.start_char, ent.end_char):
                    facts.append(src.fact("payment_mentioned", True, s, e, rule="payment-general",
                                          confidence=0.6))
                continue
            # every payment phrase of the passage: a heading ("Integrasi Pembayaran") comes
            # first, the sentence that says "... masih dalam tahap pengembangan" after it;
            # an integration planned ("akan diintegrasikan", "planned for Q3") is not there yet
            mentioned = [p for p in payments if s <= p.start_char < e]
            if all(src.sends_elsewhere(m.start_char) for m in mentioned):
                continue  # "Integrasi pembayaran ...: lihat Lampiran E"
            negated = src.negated(*mentioned, *near, after=8) or any(
                src.planned(m.start_char, m.end_char) for m in (*mentioned, *near))
            facts.append(
                src.fact("payment_integration", not negated, s, e,
                         rule="payment-denied" if negated else "payment-with-programme",
                         confidence=0.85)
            )
    return facts
