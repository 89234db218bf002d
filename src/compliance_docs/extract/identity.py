"""Who the applicant is: name, legal form, ownership, deed, notary, approval, NIB, NPWP."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regexcache
from ..data import load_yaml
from ..types import Fact
from .gate import Prefilter, gated
from .numbers import parse_date
from .source import Source, alternation, clean_name, title_if_upper

DEED_TYPES = ("deed_of_establishment", "deed_amendment")
OPENING_CHARS = 1500  # deed numbers, dates and notaries stand in a deed's opening


@lru_cache(maxsize=1)
def forms() -> dict:
    raw = load_yaml("entity_forms.yaml")
    for key in ("name_rules", "deed_title_rules"):
        for rule in raw[key]:
            rule["regex"] = regexcache.compile(rule["pattern"], re.I)
    for rule in raw["ownership_rules"]:  # searched through whole documents: gated
        rule["regex"] = regexcache.compile(gated(rule["pattern"]), re.I)
        rule["prefilter"] = Prefilter(rule["pattern"])
    raw["listed_regex"] = regexcache.compile(raw["listed"], re.I)
    raw["regional_regex"] = regexcache.compile(raw["regional_issuer"], re.I | re.M)
    raw["suffix_regex"] = regexcache.compile(raw["person_suffix_pattern"], re.I)
    regexcache.save()
    return raw


_LONG_FORM = re.compile(r"^(?:perseroan\s+terbatas|persekutuan\s+komanditer|perusahaan\s+perseroan)\s+(?=(?:PT|CV)\b)", re.I)


_PERSERO_PREFIX = re.compile(r"^perusahaan\s+perseroan\s*\(\s*persero\s*\)\s+(?P<rest>PT\b.*)$", re.I | re.S)
_LONG_PUBLIC = re.compile(r"^perusahaan\s+umum(?P<daerah>\s+daerah)?\s*(?:\(\s*(?:perum|perumda)\s*\)\s*)?(?=\S)", re.I)


def normalize_company_name(raw: str) -> str:
    # a word broken at the line end ("PT CAKRAWALA KARYA DIGI-\nTAL") is one word
    raw = re.sub(r"(?<=[^\W\d_]{2})-[ \t]*\n[ \t]*(?=[^\W\d_]{2})", "", raw)
    name = clean_name(raw)
    persero = _PERSERO_PREFIX.match(name)
    if persero and "(persero)" not in persero["rest"].lower():
        name = f"{persero['rest']} (Persero)"
    name = _LONG_FORM.sub("", name)
    # "Perusahaan Umum (Perum) Sarana Kerja" is "Perum Sarana Kerja", as PT names are short
    name = _LONG_PUBLIC.sub(lambda m: "Perumda " if m["daerah"] else "Perum ", name)
    name = re.sub(r"^(PT|CV)\s*\.\s*", r"\1 ", name, flags=re.I)
    name = re.sub(r"\s*,\s*(Tbk)\b\.?", r" \1", name, flags=re.I)
    name = re.sub(r"\s+", " ", name)
    keep = tuple(forms()["keep"])
    kept = {k.upper() for k in keep}
    # "PT EDUKASI KERJA INDONESIA (Persero)", "Perum PENDIDIKAN ...": capitals but for the form
    core = [w for w in name.split() if w.strip("().,").upper() not in kept and any(c.isalpha() for c in w)]
    if len(core) >= 2 and all(w.isupper() for w in core):
        name = name.upper()
    return title_if_upper(name, keep)


def person_name(raw: str) -> str:
    """'Dr. H. ANDI PRATAMA, S.H., M.Kn.' -> 'Andi Pratama'."""
    spec = forms()
    text = re.split(r"(?<=[A-Za-z]{4})(?<!prof)(?<!bpk)\.\s+|\s+(?:direktur|komisaris|director|commissioner|selaku|sebagai"
                    r"|jabatan|lahir|bertempat|warga|pemegang)\b", raw.strip(), flags=re.I)[0]
    text = clean_name(text)
    text = spec["suffix_regex"].split(text)[0] if spec["suffix_regex"].search(text) else text
    text = text.split(",")[0]
    words = text.split()
    while words and words[0].lower() in spec["person_prefixes"]:
        words.pop(0)
    return title_if_upper(" ".join(words).strip(" ,.")).strip()


def form_of(name: str) -> dict | None:
    for rule in forms()["name_rules"]:
        if rule["regex"].search(name):
            return rule
    return None


def company_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        found = False
        for pid, m in src.find("company_name"):
            value = normalize_company_name(m["value"])
            rule = form_of(value)
            if rule is None or len(value.split()) < 2:
                continue
            found = True
            facts.extend(_form_facts(src, value, rule, m.start("value"), m.end("value"), pid))
        if src.type in DEED_TYPES and not found:
            facts.extend(_form_from_deed_title(src))
    # a BUMN's or BUMD's regulation names the government that owns it, not the applicant:
    # only a bundle naming no company is a government agency's
    if not any(f.name == "company_name" for f in facts):
        for src in sources:
            if src.type == "government_decree":
                facts.extend(_government_facts(src))
    return facts


def name_change_facts(sources: list[Source]) -> list[Fact]:
    """A deed's renaming of the company: {"from": former name, "to": new name}."""
    facts: list[Fact] = []
    for src in sources:
        if src.type not in DEED_TYPES:
            continue
        for pid, m in src.find("name_change"):
            old, new = normalize_company_name(m["old"]), normalize_company_name(m["value"])
            if old.lower() != new.lower():
                facts.append(src.fact("name_change", {"from": old, "to": new}, *m.span(), rule=pid,
                                      confidence=0.9))
    return facts


def _form_facts(src: Source, name: str, rule: dict, start: int, end: int, pid: str) -> list[Fact]:
    conf = 0.95 if src.type in DEED_TYPES else 0.8
    facts = [
        src.fact("company_name", name, start, end, rule=pid, confidence=conf),
        src.fact("entity_form", rule["form"], start, end, rule=rule["id"], confidence=conf),
    ]
    ownership, own_rule, own_span = rule["ownership"], rule["id"], (start, end)
    stated = _stated_ownership(src) if ownership == "private" and rule["form"] == "PT" else None
    if stated is not None:
        ownership, own_rule, own_span = stated
    facts.append(src.fact("ownership", ownership, *own_span, rule=own_rule, confidence=conf * 0.95))
    listed = rule["form"] == "PT" and bool(forms()["listed_regex"].search(name))
    facts.append(src.fact("listed", listed, start, end, rule="tbk-in-name", confidence=conf))
    return facts


def _stated_ownership(src: Source) -> tuple[str, str, tuple[int, int]] | None:
    """State or regional ownership stated in the document, looked up once per document."""
    if "ownership" not in src.memo:
        src.memo["ownership"] = None
        for orule in forms()["ownership_rules"]:
            m = orule["prefilter"].search(orule["regex"], src.text, src.lowered)
            while m and _minority(src.text, m.end()):
                m = orule["regex"].search(src.text, m.end())
            if m:
                src.memo["ownership"] = (orule["ownership"], orule["id"], m.span())
                break
    return src.memo["ownership"]


def _minority(text: str, end: int) -> bool:
    """Whether the rest of the line after an ownership statement says the share is a minority."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)][:200].lower()
    if any(cue in rest for cue in forms()["minority_cues"]):
        return True
    share = re.search(r"(\d{1,3}(?:[.,]\d+)?)\s*%", rest)
    return bool(share) and float(share[1].replace(",", ".")) < 50


def _form_from_deed_title(src: Source) -> list[Fact]:
    head = src.text[:OPENING_CHARS]
    for rule in forms()["deed_title_rules"]:
        m = rule["regex"].search(head)
        if m:
            return [src.fact("entity_form", rule["form"], *m.span(), rule=rule["id"], confidence=0.7)]
    return []


_AGENCY = re.compile(
    r"\b(?P<value>(?:Kementerian|KEMENTERIAN|Badan|BADAN|Lembaga|LEMBAGA)\s+(?!usaha\b|USAHA\b|Usaha\b)"
    r"(?:[A-Z][A-Za-z]+(?:\s+(?:dan|DAN|Dan))?[ \t]*){1,8})"
)
_MINISTER = re.compile(r"\bMENTERI\s+(?P<value>(?!HUKUM)[A-Z]+(?:\s+(?:DAN\s+)?[A-Z]+){0,4}?)\s+REPUBLIK", re.M)


def _government_facts(src: Source) -> list[Fact]:
    # the issuing authority heads the decree ("MENTERI PERINDUSTRIAN REPUBLIK INDONESIA");
    # the units named further down (a Badan inside the ministry) are not the applicant
    found = [m for m in (_AGENCY.search(src.text), _MINISTER.search(src.text)) if m]
    if not found:
        return []
    m = min(found, key=lambda x: x.start())
    if m.re is _AGENCY:
        name = title_if_upper(clean_name(re.split(r"\s+(?:Nomor|NOMOR|tentang|TENTANG|RI)\b", m["value"])[0]))
        name = re.sub(r"\bDan\b", "dan", name)
    else:
        name = "Kementerian " + title_if_upper(clean_name(m["value"])).replace(" Dan ", " dan ")
    s, e = m.span("value")
    # a governor's or regent's regulation sets up a regional body, not a central agency
    named = form_of(name)
    regional = bool(forms()["regional_regex"].search(src.text[:OPENING_CHARS])
                    or (named is not None and named["id"] == "regional-agency"))
    return [
        src.fact("company_name", name, s, e, rule="government-agency", confidence=0.8),
        src.fact("entity_form", "OTHER" if regional else "GOVERNMENT_AGENCY", s, e,
                 rule="regional-decree" if regional else "government-decree", confidence=0.8),
        src.fact("ownership", "government", s, e, rule="government-decree", confidence=0.8),
        src.fact("listed", False, s, e, rule="government-decree", confidence=0.8),
    ]


# "Nomor : 1O": a letter O typed or read for a zero in a number ends it as a digit would
_DEED_NO = re.compile(r"(?<![\w.-])(?:nomor|no\.?|number|nr\.?)\s*[:.]?[\s\-]*"
                      r"(?P<value>\d[\dOo]{0,3}(?![\w])|\d{1,4})(?![\d.,/-]\d)", re.I)
# "PEJABAT PEMBUAT AKTA TANAH" is the notary's other office on the letterhead, not the title
_DEED_TITLE = re.compile(r"(?<!pembuat )\bakta\b(?!\s+tanah)|pernyataan\s+keputusan|berita\s+acara|keputusan\s+(?:para\s+)?pemegang"
                         r"|\bdeed\b|statement\s+of\s+(?:the\s+)?(?:shareholders|meeting)", re.I)
_DEED_DATE = re.compile(r"pada\s+hari\s+ini|on\s+this\s+day|tanggal|tertanggal|dated", re.I)


def deed_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        if src.type not in DEED_TYPES:
            continue
        head = src.text[:OPENING_CHARS]
        title = _DEED_TITLE.search(head)
        for m in _DEED_NO.finditer(head, title.end() if title else 0):
            before = head[max(0, m.start() - 25) : m.start()].lower()
            if re.search(r"\b(?:ahu|nik|ktp|npwp|nib|kbli|telp|pasal|undang|peraturan|keputusan|jl|jalan|kav|blok|ruko|gedung|lantai)\b", before):
                continue
            number = m["value"].replace("O", "0").replace("o", "0")
            facts.append(src.fact("deed_number", number, *m.span(), rule="deed-number-opening"))
            break
        facts.extend(_deed_date(src, head))
        for pid, m in src.find("notary", head):
            name = person_name(m["value"])
            if 2 <= len(name.split()) <= 6 and not re.search(r"\d", name):
                facts.append(src.fact("notary_name", name, *m.span("value"), rule=pid))
                break
    return facts


def _deed_date(src: Source, head: str) -> list[Fact]:
    anchor = re.search(r"pada\s+hari\s+ini|on\s+this\s+day", head, re.I) or _DEED_DATE.search(head)
    if not anchor:
        return []
    window = head[anchor.start() : anchor.start() + 260]
    parsed = parse_date(window)
    if not parsed:
        return []
    date, s, e = parsed
    # the date in digits and in words often stand side by side: quote both
    close = re.match(r"\s*\([^)]{5,80}\)", window[e:])
    if close:
        e += close.end()
    start = anchor.start() + s
    return [src.fact("deed_date", date.isoformat(), start, anchor.start() + e, rule="deed-date-opening")]


@lru_cache(maxsize=1)
def _approval_codes() -> frozenset[str]:
    return frozenset(load_yaml("approvals.yaml")["approval_codes"])


@lru_cache(maxsize=1)
def _ocr_digits() -> dict[int, str]:
    return str.maketrans(load_yaml("ocr.yaml")["digit_confusables"])


def ocr_digits(raw: str, src: Source, pos: int) -> str | None:
    """Digits of an identifier; OCR confusions (O/0, l/1, S/5) are fixed on OCR pages only."""
    if re.search(r"[^\d\s.\-]", raw):
        if src.doc.locate(pos)[0].source != "ocr":
            return None
        raw = raw.translate(_ocr_digits())
    return re.sub(r"\D", "", raw)


def normalize_ahu(raw: str, *, ocr: bool = False) -> str:
    if ocr:  # numeric segments only; the letters AHU, AH and TAHUN stay as they are
        raw = re.sub(r"(?<=[-.\s])[0-9OoQDIl|iSsBZzGb]{2,8}(?=[.\s]|$)",
                     lambda m: m[0].translate(_ocr_digits()), raw)
    text = re.sub(r"\s+", " ", raw.upper())
    text = re.sub(r"\s*([.\-])\s*", r"\1", text)
    return re.sub(r"(?:TAHUN|THN\.?|TH\.?|YEAR)\s*(\d{4})", r"TAHUN \1", text)  # a sworn translation's YEAR


@lru_cache(maxsize=4)
def _standing(kind: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + alternation(load_yaml("approvals.yaml")[kind]) + r"(?!\w)", re.I)


def _said_of(src: Source, start: int, end: int, *kinds: str) -> bool:
    """Whether the sentence of the number at [start, end), within the window, says it is
    pending, expired or the rule's (approvals.yaml)."""
    window = int(load_yaml("approvals.yaml")["window"])
    text = src.text
    lo, hi = max(0, start - window), min(len(text), end + window)
    stops = [m.end() for m in re.finditer(r"[.!?](?=\s+[A-Z])|\n\s*\n", text[lo:start])]
    lo += stops[-1] if stops else 0
    after = re.search(r"[.!?](?=\s+[A-Z])|\n\s*\n", text[end:hi])
    hi = end + after.start() if after else hi
    return any(_standing(kind).search(text, lo, hi) for kind in kinds)


def _placeholder_number(value: str) -> bool:
    """'AHU-0000000.AH.01.01.Tahun 2025': the form of a number, not one."""
    digits = re.sub(r"\D", "", value.split(".AH")[0])
    return bool(digits) and set(digits) == {"0"}


@lru_cache(maxsize=1)
def _party_clause() -> re.Pattern[str]:
    return re.compile(load_yaml("approvals.yaml")["party_clause"], re.I)


_NEXT_PARTY = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|-?Para\s+penghadap|-?Penghadap)\s", re.I)


@lru_cache(maxsize=1)
def _represented_by() -> re.Pattern[str]:
    return re.compile(load_yaml("approvals.yaml")["represented_by"], re.I)


def represents_another_company(text: str, at: int, own) -> bool:
    """Whether the name at `at` in a deed is the person representing a company party other
    than the deed's own (`own()`: its names, lower case): that party's director, not ours."""
    window = text[max(0, at - 1100):at]
    if "diwakili" not in window.lower() and "represented" not in window.lower():
        return False
    m = _represented_by().search(text, max(0, at - 1100), at)
    return m is not None and normalize_company_name(m["name"]).lower() not in own()


def own_names(src: Source) -> set[str]:
    """The names a deed gives the company it is about, lower case (looked up once)."""
    if "own_names" not in src.memo:
        src.memo["own_names"] = {normalize_company_name(m["value"]).lower() for _, m in src.find("company_name")}
    return src.memo["own_names"]  # type: ignore[return-value]


def _of_another_company(src: Source, start: int) -> bool:
    """Whether the number at `start` stands in a deed's description of a company party (a
    shareholder) other than the company the deed is about (approvals.yaml party_clause)."""
    if src.type not in DEED_TYPES:
        return False
    parties = list(_party_clause().finditer(src.text, max(0, start - 700), start))
    if not parties or _NEXT_PARTY.search(src.text, parties[-1].end(), start):
        return False  # none, or the number belongs to a later party or clause
    return normalize_company_name(parties[-1]["name"]).lower() not in own_names(src)


def approval_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        conf = 0.95 if src.type == "ministry_approval" else 0.85
        seen = set()
        for pid, m in src.find("ahu"):
            if _of_another_company(src, m.start("value")):
                continue
            ocr = src.doc.locate(m.start())[0].source == "ocr"
            value = normalize_ahu(m["value"], ocr=ocr)
            if not re.fullmatch(r"AHU-(\d+[.-]AH\.\d{2}\.\d{2}([. ]TAHUN \d{4}|\.\d{4})?|AH\.\d{2}\.\d{2}-\d+)", value):
                continue
            code = re.search(r"AH\.\d{2}\.\d{2}", value)
            if code is None or code.group(0) not in _approval_codes():
                continue
            if value in seen or _placeholder_number(value) or _said_of(src, *m.span("value"), "pending"):
                continue
            seen.add(value)
            fact = src.fact("ahu_number", value, *m.span("value"), rule=pid, confidence=conf)
            if fact.act_year() is None:  # "AHU-AH.01.03-0051247": the letter's date tells
                dated = parse_date(src.text[m.end():m.end() + 1500])
                fact.year = dated[0].year if dated else None
            facts.append(fact)
    return facts


def approved_deed_facts(sources: list[Source]) -> list[Fact]:
    """The deed a decree approves, as the decree cites it: {"number": "12", "date": "2020-04-14"}."""
    facts: list[Fact] = []
    for src in sources:
        if src.type != "ministry_approval":
            continue
        for pid, m in src.find("approved_deed"):
            dated = parse_date(src.text[m.end():m.end() + 60])
            value = {"number": m["value"].lstrip("0") or "0",
                     "date": dated[0].isoformat() if dated and dated[1] == 0 else None}
            facts.append(src.fact("approved_deed", value, *m.span(), rule=pid, confidence=0.85))
    return facts


def number_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    for src in sources:
        for pid, m in src.find("nib"):
            digits = ocr_digits(m["value"], src, m.start("value"))
            if digits and len(digits) == 13:
                conf = 0.95 if src.type == "business_license" else 0.85
                facts.append(src.fact("nib", digits, *m.span("value"), rule=pid, confidence=conf))
        for pid, m in src.find("npwp"):
            digits = ocr_digits(m["value"], src, m.start("value"))
            if digits and len(digits) in (15, 16):
                conf = 0.9 if _npwp_valid(digits) else 0.6
                facts.append(src.fact("npwp", digits, *m.span("value"), rule=pid, confidence=conf))
    return facts


def licence_facts(sources: list[Source]) -> list[Fact]:
    """A business licence named with its number (izin usaha, SIUP), for bundles without a NIB."""
    facts = []
    for src in sources:
        expired = src.type == "business_license" and _standing("expired_document").search(src.text)
        if expired:  # "Status NIB : DIBEKUKAN": the NIB is there, the licence not in force
            s, e = src.line_bounds(expired.start())
            facts.append(src.fact("licence_inactive", True, s, e, rule="licence-document-inactive",
                                  confidence=0.85))
        for pid, m in src.find("business_licence"):
            if expired or _said_of(src, *m.span(), "pending", "expired", "citation"):
                continue  # applied for, expired, or the rule's requirement
            facts.append(src.fact("business_licence", " ".join(m.group(0).split()), *m.span(), rule=pid,
                                  confidence=0.8))
            break
    return facts


def _npwp_valid(digits: str) -> bool:
    from stdnum.id import npwp

    return npwp.is_valid(digits)
