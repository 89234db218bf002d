"""Training-institution partners: who they are, how many, on what competency basis."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ..context import table_context
from ..data import load_yaml
from ..types import TEXT_SOURCES, Evidence, Fact, Table
from .numbers import words_to_int
from .source import Source, alternation, clean_name, phrases

PARTNER_TYPES = ("partner_list",)
NOT_HERE = ("deed_of_establishment", "deed_amendment", "ministry_approval", "business_license",
            "government_decree")
_ITEM = re.compile(
    r"^\s*(?P<bullet>(?:\d{1,4}\s*[.)|]?|[-•*▪●]|[a-z]\))\s*\|?\s*)?(?P<body>.+)$", re.I | re.M
)


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], set[str]]:
    raw = load_yaml("partners.yaml")
    regex = re.compile(r"(?<![\w])" + alternation(raw["institution_markers"]) + r"\b\.?", re.I)
    return regex, {w.lower() for w in raw["header_words"]}


@lru_cache(maxsize=1)
def _prose_name() -> re.Pattern[str]:
    """An institution named in running text: a marker as written, then capitalised words."""
    return re.compile(r"(?<![\w])" + alternation(load_yaml("partners.yaml")["prose_markers"])
                      # wider gaps are columns; a line that opens with a number is a new row
                      + r"(?:(?: [A-Z0-9]|[ \t]*\n[ \t]*[A-Z])[\w&'’.\-]*){1,6}")


def _third_party() -> re.Pattern[str]:
    return phrases("partners.yaml", "third_parties")


def _sales_channel() -> re.Pattern[str]:
    return phrases("partners.yaml", "sales_channels")


@lru_cache(maxsize=1)
def _placeholder() -> re.Pattern[str]:
    return re.compile(load_yaml("partners.yaml")["placeholder_name"], re.I)


def _prospect() -> re.Pattern[str]:
    return phrases("partners.yaml", "prospect_words")


_NAME_HEADER = re.compile(r"\b(?:nama|name|lembaga|institution|institusi|mitra|partner|penyedia|provider)\b", re.I)
# the gaps between the columns of a table written as text: a bar, a tab or two spaces
_COLUMNS = re.compile(r"\s*\|\s*|\t|\s{2,}")
_TOTAL_ROW = re.compile(r"^\s*(?:grand\s+total|sub\s*-?\s*total|jumlah|total)\b", re.I)


def partner_facts(sources: list[Source]) -> list[Fact]:
    facts: list[Fact] = []
    names: dict[str, Evidence] = {}
    marker, headers = _markers()

    def add(name: str, evidence: Evidence) -> None:
        if not any(_same_partner(name, n, marker) for n in names):
            names[name] = evidence

    for src in sources:
        if src.type in NOT_HERE:
            continue
        if src.type in PARTNER_TYPES:
            tables = [t for t in src.doc.tables if not _prospects(src, t)]
            from_tables = [p for t in tables for p in _table_partners(src, t, marker, headers)]
            for name, evidence in from_tables:
                add(name, evidence)
            if not from_tables and len(tables) == len(src.doc.tables) and not _prospect_list(src):
                for name, evidence in _listed_partners(src, marker, headers):
                    add(name, evidence)
                for name, evidence in _prose_partners(src, headers):
                    add(name, evidence)
        for pid, m in src.find("partner_count"):
            if _row_number(src, m.start("value"), marker):
                continue  # "1  LPK Prima Unggul  Semarang": a row of the list, not a count
            raw = m["value"].strip()
            count = int(raw) if raw.isdigit() else words_to_int(raw)
            if count:
                facts.append(src.fact("stated_partner_count", count, *m.span(), rule=pid,
                                      confidence=0.8))
        for pid, m in src.find("partner_denied"):
            facts.append(src.fact("partners_denied", True, *m.span(), rule=pid, confidence=0.8))
        for ent in src.ents("COMPETENCY"):
            if src.quotes_rule(ent.start_char, ent.end_char, kinds=("citation",)):
                continue  # "Pasal 36 ... mensyaratkan ... berbasis kompetensi": the rule's words
                # ("setiap program wajib berbasis kompetensi" is the platform's own policy)
            s, e = src.passage(ent)
            facts.append(src.fact("competency_basis", True, s, e, rule="competency-phrase",
                                  confidence=0.85))
        facts.extend(_marketplace(src))
    if names:
        ordered = sorted(names)
        facts.append(Fact("training_partners", ordered, [names[n] for n in ordered], 0.85,
                          "partner-list-items", "partner_list"))
    return facts


def _row_number(src: Source, at: int, marker: re.Pattern[str]) -> bool:
    """Whether `at` is the number that opens a list item or a table row written as text:
    "1  LPK Prima Unggul  Semarang", or "1 LPK Prima Unggul" as a PDF's row reads."""
    start, _ = src.line_bounds(at)
    item = _ITEM.match(src.text, start)
    if not (item and item["bullet"] and item.start("bullet") <= at < item.end("bullet")):
        return False
    named = marker.match(item["body"])
    return bool(_COLUMNS.search(item["body"])) or bool(
        named and re.match(r"\s+[A-Z]", item["body"][named.end():]))


def _same_partner(a: str, b: str, marker: re.Pattern[str]) -> bool:
    """One institution written twice (case, spacing, an OCR slip), not two that share a long
    generic start: "LKP Karya Profesional" and "LKP Kreatif Profesional" are two partners."""
    if fuzz.token_sort_ratio(a.lower(), b.lower()) < 92:
        return False
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # "SMK Negeri 1 Bandung" and "SMK Negeri 2 Bandung"
    own_a, own_b = (marker.sub(" ", x).lower().split() for x in (a, b))
    if not own_a or not own_b:
        return True
    return fuzz.token_sort_ratio(" ".join(own_a), " ".join(own_b)) >= 92


def _generic(cell: str, headers: set[str]) -> bool:
    words = set(re.findall(r"[^\W\d_]+", cell.lower()))
    return bool(words) and words <= headers


def _prospects(src: Source, table: Table) -> bool:
    """A table (or sheet) of institutions being approached, by its name or its header row
    ("Calon Mitra"); a status cell "Penjajakan" on one row says nothing of the others."""
    label = next((p.label for p in src.doc.pages if p.number == table.page and p.label), "") or ""
    return bool(_prospect().search(label)) or any(
        _prospect().search(cell) for cell in (table.rows[0] if table.rows else []))


def _prospect_list(src: Source) -> bool:
    """A document whose title or list heading names prospects ("DAFTAR CALON LEMBAGA PELATIHAN
    MITRA", "No | Calon Mitra | Status"): its lines are no partners either."""
    head = src.text[:300]
    headings = (line for line in src.text.splitlines() if "|" in line and not re.match(r"\s*\d", line))
    return bool(_prospect().search(head)) or any(_prospect().search(line) for line in headings)


def _table_partners(src: Source, table: Table, marker: re.Pattern[str],
                    headers: set[str]) -> list[tuple[str, Evidence]]:
    """The name column of a partner table: by its header, else the column naming institutions."""
    header, column = -1, None
    for i, row in enumerate(table.rows[:3]):
        hits = [j for j, cell in enumerate(row) if _NAME_HEADER.search(cell) and _generic(cell, headers)]
        if hits:
            named = [j for j in hits if re.search(r"\b(?:nama|name)\b", row[j], re.I)]
            header, column = i, (named or hits)[0]
            break
    if column is None:
        counts = [sum(1 for row in table.rows if j < len(row) and marker.search(row[j]))
                  for j in range(max(len(r) for r in table.rows))]
        if not counts or max(counts) == 0:
            return []
        column = counts.index(max(counts))
    found = []
    # a cell of a sheet or a Word table has no picture: its row and the rows beside it show instead
    unpaged = any(p.number == table.page and p.source in TEXT_SOURCES for p in src.doc.pages)
    for i, row in enumerate(table.rows[header + 1:], header + 1):
        cell = row[column] if column < len(row) else ""
        name = clean_name(cell)
        if (len(name) < 3 or not re.search(r"[^\W\d_]{2}", name) or _TOTAL_ROW.match(name)
                or _generic(name, headers) or _placeholder().search(cell)):
            continue  # a header row repeated on the next page, a total, a blank to fill in
        box = table.box(i, column)
        context = table_context(table.rows, i, column) if box is None and unpaged else None
        found.append((name, Evidence(src.doc.path, table.page, cell, box, _where(src, table, i),
                                     context=context)))
    return found


def _where(src: Source, table: Table, row: int) -> str | None:
    """A spreadsheet row as the sheet numbers it ("sheet 'Mitra', row 7"); None elsewhere."""
    if row >= len(table.row_numbers):
        return None
    label = next((p.label for p in src.doc.pages if p.number == table.page and p.label), None)
    return ", ".join(filter(None, [label, f"row {table.row_numbers[row]}"]))


def _listed_partners(src: Source, marker: re.Pattern[str], headers: set[str]):
    """Numbered or bulleted lines and table rows written as text ("1. LPK ...", "2 | LKP ...")."""
    for m in _ITEM.finditer(src.text):
        if not m["bullet"] and "|" not in m["body"] and "\t" not in m["body"]:
            continue  # headings and prose, not a list item or a table row
        name = _institution(m["body"], marker, headers)
        if name and not _placeholder().search(m["body"]):
            yield name, src.evidence(*m.span("body"))


def _prose_partners(src: Source, headers: set[str]):
    """Institutions named in the sentences of a partner statement, outside lists and tables."""
    for m in _prose_name().finditer(src.text):
        line = src.line(m.start())
        if _ITEM.match(line)["bullet"] or "|" in line or "\t" in line:
            continue  # list items and table rows are read as such
        words = clean_name(m.group(0)).split()
        while words and words[-1].lower() in headers:  # "LPK Sentosa Kriya Mandiri\nAlamat"
            words.pop()
        name = " ".join(words)
        if _generic(name, headers) or len(words) < 2:
            continue  # "Lembaga Pelatihan Mitra" is a heading, not a name
        yield name, src.evidence(*m.span())


def _institution(body: str, marker: re.Pattern[str], headers: set[str]) -> str | None:
    cells = [c.strip() for c in _COLUMNS.split(body) if c.strip()]
    if len(cells) > 1 and marker.fullmatch(cells[0]):  # "LPK  Maju Jaya": a wide gap, one name
        cells[:2] = [f"{cells[0]} {cells[1]}"]
    for cell in cells:
        if re.fullmatch(r"[\d.,\s\-]+", cell):
            continue
        words = set(re.findall(r"[a-z]+", cell.lower()))
        if words and words <= headers:
            return None
        m = marker.search(cell)
        # a name: capitalised words up to its marker ("Bina Karya Training Center", "LPK
        # Maju"); "Perseroan terdaftar sebagai lembaga kursus" is a sentence about the applicant
        if m and m.start() <= 40 and all(w[:1].isupper() or not w[:1].isalpha() or w in ("dan", "and", "of")
                                         for w in cell[:m.end()].split()) and not re.match(
                                             r"\s+[a-z]", cell[m.end():]):  # "12 LPK mitra kami ...": a sentence
            name = clean_name(cell)
            name = re.split(r"\s+[-–—]\s+|\s*—\s*|;|\(|, (?:Jl|Jalan|Kota|Kab)\b", name)[0].strip(" ,.")
            if len(name) >= 5 and 2 <= len(name.split()) <= 10:
                return name
        break  # only the first text cell of a row names the institution
    return None


def _about_others(src: Source, passage_start: int, at: int, end: int) -> bool:
    """Whether the clause of an "own courses" phrase speaks of a third party: before it as its
    subject ("training institutions publish their own courses"), or right after it as whose
    courses they are ("hanya menyediakan program pelatihan dari lembaga pelatihan mitra")."""
    lines = src.text[max(passage_start, at - 80):at].split("\n")
    headings = [i for i, line in enumerate(lines) if line.strip() and line.isupper()]
    clause = "\n".join(lines[headings[-1] + 1:] if headings else lines)
    clause = re.split(r"[.;!?]\s", clause)[-1]
    after = re.split(r"[.;!?](?:\s|$)|\n", src.text[end:end + 60])[0]
    return bool(_third_party().search(clause)) or bool(re.search(
        r"\b(?:dari|oleh|from|by)\b[^,]{0,30}?" + _third_party().pattern, after, re.I))


def _marketplace(src: Source) -> list[Fact]:
    facts = []
    for ent in src.ents("MARKETPLACE"):
        if (src.quotes_rule(ent.start_char, ent.end_char, kinds=("citation",))
                or src.planned(ent.start_char, ent.end_char, ("plan",))):
            continue  # the rule's words, or a marketplace still to be opened ("akan dibuka")
        if ent.id == "open" and _sales_channel().search(src.text, ent.end_char, ent.end_char + 40):
            continue  # "dijual di marketplace Tokopedia": someone else's marketplace
        s, e = src.passage(ent)
        # "we only offer our own courses and do not host others": a negation after an
        # own-courses phrase belongs to the next clause; "bukan hanya ..." stands before it
        negated = src.negated(ent) if ent.id == "open" else src.negated(ent, after=0)
        if ent.id == "open":
            facts.append(src.fact("marketplace_open", not negated, s, e, rule="marketplace-open",
                                  confidence=0.8))
        elif not negated and re.search(r"pelatihan|kelas|kursus|course|training|program",
                                       src.text[s:e], re.I) and not _about_others(src, s, ent.start_char, ent.end_char):
            facts.append(src.fact("marketplace_open", False, s, e, rule="own-courses-only",
                                  confidence=0.8))
    return facts
