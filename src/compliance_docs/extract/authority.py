"""What the signatory check needs from the documents' text, found here so that evaluation
never reads a document: where a deed or decree names a statement's signer with a board role,
and which statements say they are signed under a power of attorney."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_yaml
from ..types import Document, Evidence, Fact
from .identity import own_names, represents_another_company
from .people import DISMISSAL, dismissals
from .source import Source

_APPOINTMENT = re.compile(r"mengangkat|pengangkatan|diangkat|menetapkan|appoint", re.I)
_ROLE_NEAR = re.compile(r"(?P<board>direktur|director|direksi|persero\s+(?:pengurus|aktif)|sekutu\s+(?:aktif|komplementer)|ketua)"
                        r"|(?P<other>komisaris|commissioner|pemegang\s+saham|shareholder|saksi|notaris|\bsaham\b|\bshares\b)", re.I)
DEEDS = ("deed_of_establishment", "deed_amendment")


@lru_cache(maxsize=1)
def _power_of_attorney() -> re.Pattern[str]:
    return re.compile(load_yaml("roles.yaml")["power_of_attorney"], re.I)


def authority_facts(documents: list[Document], sources: list[Source], candidates: list[Fact],
                    facts: list[Fact]) -> list[Fact]:
    """`signer_named` (a signer's name where a decree appoints them or beside a director's
    role in the deed in force) and `power_of_attorney` (a statement citing one) candidates."""
    out: list[Fact] = []
    signers = [f for f in candidates if f.name == "signatory"]
    latest = next((f for f in facts if f.name == "deed_date"), None)
    own = {src.doc.path: src for src in sources if src.type in DEEDS}
    for signer in signers:
        named = _named_with_authority(documents, latest, signer.value["name"], own)
        if named is not None:
            out.append(Fact("signer_named", signer.value["name"], [named], 0.8,
                            "name-beside-board-role", named.document))
    signed = {f.evidence[0].document for f in signers if f.evidence}
    for src in sources:
        if src.doc.path in signed:
            m = _power_of_attorney().search(src.text)
            if m:
                out.append(src.fact("power_of_attorney", True, *m.span(), rule="roles.power_of_attorney"))
    return out


def _named_with_authority(documents: list[Document], latest: Fact | None, name: str,
                          own: dict[str, Source]) -> Evidence | None:
    """The signer's name in an appointment decree, or beside a director's role in the deed in
    force: boards are often listed in tables that the role patterns cannot read."""
    wanted = " ".join(name.lower().split())
    if len(wanted.split()) < 2:
        return None
    deeds = [d for d in documents if d.type in DEEDS
             and (latest is None or d.path == latest.evidence[0].document)]
    for doc in [d for d in documents if d.type == "government_decree"] + deeds:
        spaced = " ".join(doc.text.split())
        flat = spaced.lower()
        decree = doc.type == "government_decree"
        appoints = decree and bool(_APPOINTMENT.search(flat))  # the decree as a whole, once
        gone = dismissals(spaced).get(wanted, -1)  # the appearer "selaku Direktur Utama" the deed dismisses
        # every place the deed names the signer: the appearer's paragraph comes before the board
        for m in re.finditer(re.escape(wanted), flat):
            at = m.start()
            if DISMISSAL.search(flat[max(0, at - 80):at]) or at < gone:
                continue
            if not decree and represents_another_company(
                    spaced, at, lambda p=doc.path: own_names(own[p]) if p in own else set()):
                continue  # "PT GRAHA ..., suatu perseroan ..., diwakili oleh ... selaku Direktur Utama"
            ok = appoints if decree else _nearest_role_is_board(flat, at, m.end())
            if ok:
                return _evidence_of(doc, spaced[at:m.end()])
    return None


def _nearest_role_is_board(flat: str, start: int, end: int, reach: int = 150) -> bool:
    """Whether the role written closest to a name in the deed is a board member's, not a
    commissioner's, shareholder's or witness's."""
    window_start = max(0, start - reach)
    roles = [(min(abs(m.start() + window_start - end), abs(m.end() + window_start - start)), m)
             for m in _ROLE_NEAR.finditer(flat[window_start:end + reach])]
    if not roles:
        return False
    return min(roles, key=lambda r: r[0])[1].group("board") is not None


def _evidence_of(doc: Document, quote: str) -> Evidence:
    """`quote` (found in the document's text with its spacing collapsed) on the page that holds
    it, with the box of its characters there, so that it is pictured as any other quote."""
    pattern = re.compile(r"\s+".join(map(re.escape, quote.split())), re.I)
    for page in doc.pages:
        m = pattern.search(page.text)
        if m:  # in a DOCX or text deed, with the text around it as every other quote there
            return page.evidence(doc.path, quote, m.start(), m.end())
    return Evidence(doc.path, 1, quote)
