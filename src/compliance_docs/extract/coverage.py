"""Where the platform has users: provinces listed or counted, national claims, user numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_yaml
from ..types import Fact
from .numbers import month_pattern, parse_amount, words_to_int
from .source import Source, alternation, phrases

# documents whose every province mention may be a coverage claim; elsewhere a mention counts
# only in a passage that speaks of users or coverage
COVERAGE_TYPES = ("coverage_statement",)
SKIP_TYPES = ("deed_of_establishment", "deed_amendment", "ministry_approval", "business_license",
              "government_decree")
_ROW_NUMBER = re.compile(r"^[\s|:;.]*(\d+(?:[.,]\d+)*\b|nihil\b|nil\b|[-–](?!\s*\d))", re.I)


def coverage_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    provinces: dict[str, object] = {}
    without: set[str] = set()
    uncounted: dict[str, object] = {}  # rows of a users table with no number to read
    for src in sources:
        if src.type in SKIP_TYPES:
            continue
        mentions = src.ents("PROVINCE")
        rows: dict[str, int] = {}  # users per province row of this document's table
        blank: dict[str, object] = {}  # province rows whose users cell is empty
        for ent in mentions:
            line = src.line(ent.start_char)
            if _is_address(src, ent) or _in_company_name(src, ent):
                continue
            if _table_of_others(src, ent):
                continue  # "No | Provinsi | Jumlah LPK Mitra": the partners' provinces, not users
            users = _row_users(src, ent)
            if users is not None:
                rows.setdefault(ent.id, users)
            if src.type not in COVERAGE_TYPES and not _in_coverage_passage(src, ent):
                continue
            if _zero_users(src, ent):
                without.add(ent.id)  # a row with 0 users outweighs any other mention
                continue
            if src.planned(ent.start_char, ent.end_char):
                continue  # "Perluasan layanan ke Papua Selatan direncanakan pada 2025"
            if _city_alone(src, ent, mentions):
                continue
            if users is None and _blank_row(src, ent):
                blank.setdefault(ent.id, src.evidence(*src.line_bounds(ent.start_char)))
                continue
            canonical = ent.id
            if canonical not in provinces:
                s, e = src.line_bounds(ent.start_char) if len(line) < 120 else (ent.start_char, ent.end_char)
                provinces[canonical] = src.evidence(s, e)
        if len(rows) >= MIN_ROWS_FOR_TOTAL or (blank and _USERS_HEADER.search(src.text)):
            # a table of users: a row without its number is no user
            uncounted.update((name, e) for name, e in blank.items() if name not in rows)
        else:  # a list of provinces, some numbered: each one listed counts
            for name, e in blank.items():
                provinces.setdefault(name, e)
        facts.extend(_stated_counts(src))
        facts.extend(_national_claims(src))
        users = _registered_users(src)
        facts.extend(users)
        facts.extend(_total_against_rows(src, users, rows))
    for name in without:
        provinces.pop(name, None)
    left = sorted(n for n in uncounted if n not in provinces and n not in without)
    if left:  # an empty cell, a formula never computed, a number OCR lost: the verifier reads them
        facts.append(Fact("provinces_without_count", left, [uncounted[n] for n in left], 0.8,  # type: ignore[misc]
                          "users-table-blank-rows", "coverage"))
    if provinces:
        names = sorted(provinces)
        evidence = [provinces[n] for n in names]
        facts.append(Fact("provinces", names, evidence, 0.9, "province-mentions", "coverage"))  # type: ignore[arg-type]
    return facts


_PLACE_DATE = re.compile(rf"\s*,\s*(?:\d{{1,2}}\s+(?:{month_pattern()})|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})", re.I)


def _is_address(src: Source, ent) -> bool:
    """A province in an address, a domicile, a notary's seat or a letter's place and date
    ("Jakarta, 14 Agustus 2023") says nothing about users."""
    s, e = src.line_bounds(ent.start_char)
    if _PLACE_DATE.match(src.text, ent.end_char):
        return True
    cues = [a for a in src.ents("ADDRESS_CUE") if a.start_char >= s and a.end_char <= e
            and not _users_live(src, a)]
    if e - s <= 150:  # an address line, a letterhead, a notary's seat
        return bool(cues)
    # a paragraph on one line: only a cue shortly before the province, in the same clause
    # ("berkantor di Jl. ..., Kota Semarang, Jawa Tengah"), and not one that opens a list
    # ("berdomisili di 33 provinsi, meliputi: 1) Aceh, 2) ...")
    return any(0 <= ent.start_char - a.end_char <= 80
               and not _LIST_BETWEEN.search(src.text, a.end_char, ent.start_char) for a in cues)


_RESIDENCE = re.compile(r"berdomisili|bertempat\s+tinggal|tinggal", re.I)


def _users_live(src: Source, cue) -> bool:
    """"pengguna terdaftar saat ini berdomisili di Jawa Barat": where the users live, no address."""
    return bool(_RESIDENCE.fullmatch(src.text[cue.start_char:cue.end_char])) and bool(
        _user_word().search(src.text, max(0, cue.start_char - 40), cue.start_char))


def _in_company_name(src: Source, ent) -> bool:
    start = src.line_bounds(ent.start_char)[0]
    return any(True for _ in src.find("company_name_lead", src.text[start:ent.start_char]))


_LIST_BETWEEN = re.compile(r"[:;]|\bprovinsi\b|\bprovinces?\b|(?<!\w)\d{1,2}[.)]\s", re.I)


@lru_cache(maxsize=1)
def _city_like() -> frozenset[str]:
    return frozenset(load_yaml("coverage.yaml")["city_like_aliases"])


def _city_alone(src: Source, ent, mentions) -> bool:
    """"di Jakarta" alone is a city; in a table row or beside other provinces it is a province."""
    if " ".join(src.text[ent.start_char:ent.end_char].lower().split()) not in _city_like():
        return False
    row = _ROW_NUMBER.match(src.text[ent.end_char:src.line_bounds(ent.end_char)[1]])
    if row and row.group(1)[0].isdigit():
        return False
    s, e = src.line_bounds(ent.start_char)
    return not any(m is not ent and (s <= m.start_char < e or m.sent == ent.sent) for m in mentions)


_HEADING = re.compile(r"^[\s#*]*[^a-z\n]{3,120}$")  # "SURAT PERNYATAAN CAKUPAN NASIONAL"


def _in_coverage_passage(src: Source, ent) -> bool:
    s, e = src.passage(ent)
    cues = src.ents("COVERAGE_CUE")
    return any(s <= c.start_char < e for c in cues)


@lru_cache(maxsize=1)
def _no_users_cell() -> re.Pattern[str]:
    return re.compile(r"^[ \t]*[|:;\t][ \t|:;]*" + alternation(load_yaml("coverage.yaml")["no_users_cells"])
                      + r"(?!\w)", re.I)


def _zero_users(src: Source, ent) -> bool:
    """Table rows like 'Papua Pegunungan | 0' or 'Banten | Belum tersedia' list a province
    without users."""
    _, line_end = src.line_bounds(ent.end_char)
    rest = src.text[ent.end_char:line_end]
    if _no_users_cell().match(rest):
        return True
    m = _ROW_NUMBER.match(rest)
    if not m:
        return False
    token = m.group(1).lower()
    if token in ("-", "–", "nihil", "nil"):
        return True
    if re.fullmatch(r"\d+[.,]\d{1,2}", token):  # a share: "0,65 %" has users, "0,00" none
        return float(token.replace(",", ".")) == 0
    return parse_amount(token) == 0


# the header of a users-per-province table ("Provinsi | Jumlah Pengguna", "Province  Users")
_USERS_HEADER = re.compile(r"\bprovinsi\b[^\n]{0,20}\b(?:jumlah[ _]+)?pengguna\b"
                           r"|\bprovinces?\b[^\n]{0,20}\b(?:number[ _]+of[ _]+)?users\b", re.I)
_ROW_START = re.compile(r"\s*\|?\s*\d{1,2}[.)]?\s*\|?\s*\S")
_HEADER_LINE = re.compile(r"\b(?:provinsi|provinces?)\b", re.I)


def _table_of_others(src: Source, ent) -> bool:
    """Whether a province's table row stands under a header that counts partners or offices
    and no users ("No | Provinsi | Jumlah LPK Mitra")."""
    if not _on_row(src, ent):
        return False
    s, _ = src.line_bounds(ent.start_char)
    header = src.memo.setdefault("coverage_headers", {})
    if s not in header:
        header[s] = _header_above(src, s)
    line = header[s]
    return bool(line) and bool(_other_subject().search(line)) and not _user_word().search(line)


def _header_above(src: Source, row_start: int, limit: int = 60) -> str:
    """The nearest line above a row that names the province column and holds no digit."""
    end = row_start - 1
    for _ in range(limit):
        if end <= 0:
            return ""
        start = src.text.rfind("\n", 0, end) + 1
        line = src.text[start:end]
        if _HEADER_LINE.search(line) and not re.search(r"\d", line):
            return line
        end = start - 1
    return ""


def _on_row(src: Source, ent) -> bool:
    """Whether a province stands on a table row written as text: its line opens with the row's
    number ("9 Bengkulu"), or a cell border comes before it ("Jawa Barat | 12.400")."""
    s, _ = src.line_bounds(ent.start_char)
    return bool(_ROW_START.match(src.text, s)) or "|" in src.text[s:ent.start_char]


def _blank_row(src: Source, ent) -> bool:
    """A table row that ends with the province: "9 | Bengkulu" with its users cell empty."""
    _, e = src.line_bounds(ent.start_char)
    return not src.text[ent.end_char:e].strip(" \t|:;") and _on_row(src, ent)


def _row_users(src: Source, ent) -> int | None:
    """The number of users on a table row 'Jawa Barat | 12.400'; None off a table row or for a
    share ('0,65 %'), which does not add up to a total of users."""
    s, line_end = src.line_bounds(ent.end_char)
    if line_end - s > 120:
        return None
    rest = src.text[ent.end_char:line_end]
    m = _ROW_NUMBER.match(rest)
    if not m or "%" in rest:
        return None
    token = m.group(1).lower()
    if token in ("-", "–", "nihil", "nil"):
        return 0
    return parse_amount(token)


MIN_ROWS_FOR_TOTAL = 3  # a sum of one or two rows is no table


def _total_against_rows(src: Source, users: list[Fact], rows: dict[str, int]) -> list[Fact]:
    """A table's stated total ('Jumlah | 48.210') against the sum of its province rows: when they
    disagree the verifier must see both; neither is picked silently."""
    totals = [f for f in users if f.rule == "users-table-total"]
    if not totals or len(rows) < MIN_ROWS_FOR_TOTAL:
        return []
    stated, summed = totals[-1].value, sum(rows.values())
    if stated == summed:
        return []
    value = {"stated": stated, "rows": summed, "row_count": len(rows)}
    return [Fact("users_total_mismatch", value, totals[-1].evidence, 0.9, "table-total-vs-rows",
                 src.type)]


_MORE_THAN = re.compile(r"\b(?:lebih\s+dari|more\s+than)\s+$", re.I)  # not "spread over"


def _stated_counts(src: Source) -> list[Fact]:
    facts = []
    for pid, m in src.find("province_count"):
        raw = m["value"]
        value = int(raw) if raw.isdigit() else words_to_int(raw)
        if value is None:
            continue
        words = re.search(r"\(([a-z\s\-]+)\)", m.group(0))
        if words and words_to_int(words.group(1)) not in (None, value):
            continue
        before = src.text[max(0, m.start() - 30):m.start()]
        if _MORE_THAN.search(before):
            value += 1  # "lebih dari 25 provinsi": 26 at least
        # "29 of Indonesia's 38 provinces", "Dari 38 provinsi di Indonesia, ...": the 38 is the
        # total, not a claim; "pengguna berasal dari 28 provinsi" is one
        elif (re.search(r"\b(?:of|dari|out\s+of)\s+(?:indonesia.s\s+|the\s+|seluruh\s+|total\s+)?$", before, re.I)
              and not re.search(r"\b(?:berasal|datang)\s+dari\s+$", before, re.I)):
            continue
        if pid == "provinces-label" and re.search(r"\bindonesia\b", m.group(0), re.I):
            continue  # "Jumlah provinsi di Indonesia : 38": the country's, not the platform's
        if not 1 <= value <= 38:
            continue
        context = src.text[src.declared_from(max(0, m.start() - 80), m.start()) : m.end() + 40].lower()
        # "2/3 dari 38 provinsi" or "Indonesia memiliki 38 provinsi" are not claims about users
        if value == 38 and not re.search(r"pengguna|users|tersebar|menjangkau|seluruh", context):
            continue
        if re.search(r"\b(paling\s+sedikit|sekurang-kurangnya|minimal|at\s+least|2/3|dua\s+pertiga)", context):
            continue
        if src.quotes_rule(*m.span()) or src.planned(*m.span()):
            continue  # the rule's threshold, or users hoped for ("akan menjangkau ... 34 provinsi")
        if _of_others(src, m.start()):
            continue  # "lembaga pelatihan mitra kami tersebar di 28 provinsi": not users
        facts.append(src.fact("stated_province_count", value, *m.span(), rule=pid, confidence=0.85))
    return facts


def _other_subject() -> re.Pattern[str]:
    return phrases("coverage.yaml", "other_subjects")


def _user_word() -> re.Pattern[str]:
    return phrases("coverage.yaml", "user_words")


def _of_others(src: Source, at: int) -> bool:
    """Whether the clause before a count names partners or offices and no users."""
    sentence = next((e.sent_chars for e in src.ents("PROVINCE", "COVERAGE_CUE") if e.sent_chars[0] <= at < e.sent_chars[1]),
                    src.line_bounds(at))
    lo, _ = src.clause_bounds(at, sentence)
    lo = src.declared_from(lo, at)  # "dengan ini menyatakan bahwa ...": the subject follows
    clause = src.text[lo:at]
    return bool(_other_subject().search(clause)) and not _user_word().search(clause)


def _national_claims(src: Source) -> list[Fact]:
    facts = []
    for ent in src.ents("NATIONAL"):
        if _HEADING.match(src.line(ent.start_char)):
            continue  # the statement's title names the document, it claims nothing
        s, e = src.passage(ent)
        if src.quotes_rule(ent.start_char, ent.end_char) or src.planned(ent.start_char, ent.end_char, ("plan",)):
            continue  # "akan menjangkau pengguna di seluruh Indonesia" claims nothing yet
        negated = src.negated(ent)
        facts.append(src.fact("national_claim", not negated, s, e, rule=f"national-claim-{ent.id}",
                              confidence=0.8))
    return facts


def _registered_users(src: Source) -> list[Fact]:
    facts = []
    months = re.compile(rf"(?:{month_pattern()})\.?\s*$", re.I)
    for pid, m in src.find("registered_users"):
        value = parse_amount(m["value"])
        if re.fullmatch(r"(?:19|20)\d\d", m["value"]) and months.search(src.text[max(0, m.start("value") - 12):m.start("value")]):
            continue  # "per 30 Juni 2024": a date's year, not a number of users
        if value and value >= 10:
            facts.append(src.fact("registered_users", value, *m.span(), rule=pid, confidence=0.8))
    return facts
