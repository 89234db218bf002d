"""A document as the extractors see it: text, spaCy analysis, and evidence back to the page."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import regexcache
from ..data import load_yaml
from ..errors import InvalidDataFile
from ..types import Document, Evidence, Fact
from .gate import Prefilter, gated, lowered

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTE_LIMIT = 400
OPENING = 1500


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern[str]
    not_in: frozenset[str] = frozenset()  # document types where it would mislead
    only_opening: bool = False  # titles: only the first page's opening is searched
    prefilter: Prefilter = field(default_factory=lambda: Prefilter(""))


@lru_cache(maxsize=1)
def patterns() -> dict[str, list[Pattern]]:
    """identifiers.yaml compiled: name -> patterns; a broken entry names its place."""
    out: dict[str, list[Pattern]] = {}
    for name, items in load_yaml("patterns/identifiers.yaml").items():
        compiled = []
        for i, item in enumerate(items):
            try:
                regex = regexcache.compile(gated(item["pattern"]), re.I | re.M)
                if "value" not in regex.groupindex and name not in ("person_role", "signatory"):
                    raise InvalidDataFile(f"patterns/identifiers.yaml: {name}[{i}]: no group 'value'")
                compiled.append(Pattern(item["id"], regex, frozenset(item.get("not_in", [])),
                                        bool(item.get("only_opening", False)),
                                        Prefilter(item["pattern"])))
            except (KeyError, TypeError, re.error) as exc:
                raise InvalidDataFile(
                    f"patterns/identifiers.yaml: {name}[{i}]: {exc}"
                ) from exc
        out[name] = compiled
    regexcache.save()
    return out


@dataclass(frozen=True)
class Mention:
    """A phrase the EntityRuler marked, with offsets into the document's own text.

    `start`/`end` are token indices and `sent` the sentence's token range, for windows
    counted in words; the character offsets are the document's, not the analysed text's."""

    label: str
    id: str
    start_char: int
    end_char: int
    start: int
    end: int
    sent: tuple[int, int]
    sent_chars: tuple[int, int]


class Collapsed:
    """The text with every run of whitespace as one space, and the way back to the original
    offsets: wrapped and indented lines ("lembaga\n   pelatihan") must match one phrase."""

    _RUN = re.compile(r"\s{2,}|[\n\t\r\f\v]")

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        self._at: list[int] = []  # collapsed offset just after each shortened run
        self._shift: list[int] = []  # characters removed up to there
        self.paragraphs: list[int] = []  # collapsed offsets that follow a blank line
        pos = removed = 0
        for m in self._RUN.finditer(text):
            pieces.append(text[pos:m.start()])
            pieces.append(" ")
            removed += m.end() - m.start() - 1
            self._at.append(m.end() - removed)
            self._shift.append(removed)
            if m.group(0).count("\n") > 1:
                self.paragraphs.append(m.end() - removed)
            pos = m.end()
        pieces.append(text[pos:])
        self.text = "".join(pieces)

    def original(self, offset: int) -> int:
        i = bisect.bisect_right(self._at, offset) - 1
        return offset + (self._shift[i] if i >= 0 else 0)

    def original_end(self, offset: int) -> int:
        """An exclusive end offset: just after the original of the last character."""
        return self.original(offset - 1) + 1 if offset > 0 else 0


@dataclass
class Source:
    """One document for the extractors; its spaCy analysis is made on first use, so documents
    read only by regular expressions (deeds, approvals, licences) never pay for it."""

    doc: Document
    _nlp_doc: Doc | None = field(default=None, repr=False)
    _collapsed: Collapsed | None = field(default=None, repr=False)
    _ents: dict[str, list[Mention]] | None = field(default=None, repr=False)
    memo: dict[str, object] = field(default_factory=dict, repr=False)  # per-document lookups

    @property
    def nlp_doc(self) -> Doc:
        if self._nlp_doc is None:
            from .nlp import get_nlp

            self._collapsed = Collapsed(self.doc.text)
            doc = get_nlp()(self._collapsed.text)
            # a blank line ends a sentence, as a heading or a table row ends without a full stop
            starts = {token.idx: token.i for token in doc}
            for offset in self._collapsed.paragraphs:
                if starts.get(offset):
                    doc[starts[offset]].is_sent_start = True
            self._nlp_doc = doc
        return self._nlp_doc

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def type(self) -> str:
        return self.doc.type

    def evidence(self, start: int, end: int) -> Evidence:
        """Exact quote of [start, end) trimmed of surrounding space, with page and box."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        end = min(end, start + QUOTE_LIMIT)
        page, offset = self.doc.locate(start)
        return page.evidence(self.doc.path, text[start:end], offset)

    def fact(self, name, value, start, end, *, rule, confidence=0.9) -> Fact:
        ocr = self.doc.locate(start)[0].source == "ocr"
        return Fact(
            name,
            value,
            [self.evidence(start, end)],
            confidence=confidence * (0.8 if ocr else 1.0),
            rule=rule,
            document_type=self.type,
        )

    @property
    def lowered(self) -> str | None:
        """The text in lower case when it is ASCII, else None: what a Prefilter reads."""
        if "lowered" not in self.memo:
            self.memo["lowered"] = lowered(self.text)
        return self.memo["lowered"]

    def find(self, name: str, text: str | None = None) -> Iterator[tuple[str, re.Match[str]]]:
        """Matches of the identifiers.yaml patterns called `name`, in text order per pattern."""
        source = self.text if text is None else text
        low = self.lowered if text is None else lowered(text)
        for pattern in patterns()[name]:
            if self.type in pattern.not_in:
                continue
            searched, low_searched = source, low
            if pattern.only_opening:
                searched = source[:OPENING]
                low_searched = None if low is None else low[:OPENING]
            for match in pattern.prefilter.finditer(pattern.regex, searched, low_searched):
                yield pattern.id, match

    def ents(self, *labels: str) -> list[Mention]:
        if self._ents is None:
            self._ents = {}
            doc = self.nlp_doc
            back = self._collapsed
            assert back is not None
            for ent in doc.ents:
                sent = ent.sent
                self._ents.setdefault(ent.label_, []).append(Mention(
                    ent.label_, ent.ent_id_, back.original(ent.start_char), back.original_end(ent.end_char),
                    ent.start, ent.end, (sent.start, sent.end),
                    (back.original(sent.start_char), back.original_end(sent.end_char)),
                ))
        if len(labels) == 1:
            return self._ents.get(labels[0], [])
        return sorted((e for label in labels for e in self._ents.get(label, [])), key=lambda e: e.start)

    def negated(self, *spans: Mention, before: int = 10, after: int = 4) -> bool:
        """A negation word shortly before or after any of `spans`, in the same sentence ("not
        yet", a plan phrase, negates too)."""
        negations = [*(n for n in self.ents("NEGATION") if n.id != "not_only"),
                     *(p for p in self.ents("PLAN") if p.id == "not_yet")]
        for span in spans:
            lo, hi = max(span.sent[0], span.start - before), min(span.sent[1], span.end + after)
            if any(lo <= n.start < hi for n in negations):
                return True
        return False

    def quotes_rule(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> bool:
        """Whether [start, end) stands in a sentence that cites or restates a rule ("Sesuai
        Pasal 36 ... wajib memiliki", "NIB ini berlaku di seluruh wilayah"): a requirement or a
        licence's validity, not what the applicant says of itself. `kinds`: only these
        (citation, obligation, validity)."""
        return any(m.sent_chars[0] <= start and end <= m.sent_chars[1] and self._rules_at(m, start)
                   for m in self.ents("RULE_TEXT") if kinds is None or m.id in kinds)

    def _rules_at(self, mention: Mention, start: int) -> bool:
        """Whether a rule's words make their sentence the rule's at `start`. Not when words
        before a citation claim meeting it ("untuk memenuhi ketentuan Pasal 36 ...") and the
        rule is not quoted after it ("yang berbunyi"), nor when the applicant's declaration
        opens between the rule and `start` ("..., dengan ini menyatakan bahwa ...")."""
        if (mention.id == "citation" and self._cued(mention.start_char, "compliance_cues", 80)
                and not self._quoting(mention.end_char, mention.sent_chars[1])):
            return False
        return not (mention.end_char <= start
                    and _declaration().search(self.text, mention.end_char, start))

    def declared_from(self, start: int, at: int) -> int:
        """Where the applicant's own declaration opens between `start` and `at` ("dengan ini
        menyatakan bahwa ..."), else `start`: what comes before it is the rule's."""
        found = list(_declaration().finditer(self.text, start, at))
        return found[-1].end() if found else start

    def sends_elsewhere(self, pos: int) -> bool:
        """Whether the line at `pos` sends the reader to another document ("lihat Lampiran B")."""
        s, e = self.line_bounds(pos)
        return bool(_cue_anywhere("elsewhere_cues").search(self.text, s, e))

    def _quoting(self, start: int, end: int) -> bool:
        """Whether [start, end) quotes a rule: its words ("yang berbunyi") or quotation marks."""
        return bool(_cue_anywhere("quoting_cues").search(self.text, start, end)) or any(
            q in self.text[start:end] for q in ('"', "“", "”"))

    def _cued(self, at: int, cues: str, within: int) -> bool:
        """Whether a phrase of clauses.yaml's list `cues` ends within `within` characters
        before `at`, in the same line or sentence."""
        return bool(_cue_before(cues).search(self.text[max(0, at - within):at]))

    def line_bounds(self, pos: int) -> tuple[int, int]:
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        return start, len(text) if end < 0 else end

    def line(self, pos: int) -> str:
        s, e = self.line_bounds(pos)
        return self.text[s:e]

    def passage(self, span: Mention) -> tuple[int, int]:
        """Sentence holding `span`, cut at blank lines (tables and headings have no full stops)."""
        text = self.text
        start, end = span.sent_chars
        before = text.rfind("\n\n", start, span.start_char)
        if before >= 0:
            start = before + 2
        after = text.find("\n\n", span.end_char, end)
        if after >= 0:
            end = after
        if end - start > 400:  # a table or list without full stops: the line and its neighbours
            line_start, line_end = self.line_bounds(span.start_char)
            before_start = self.line_bounds(max(line_start - 1, 0))[0]
            after_end = self.line_bounds(min(line_end + 1, len(text)))[1]
            start, end = max(start, before_start), min(end, after_end)
        return start, end

    def planned(self, start: int, end: int, kinds: tuple[str, ...] = ("plan", "not_yet")) -> bool:
        """Whether [start, end) stands in a clause about what is to come ("akan menjangkau",
        "planned for 2026"): its sentence, cut at full stops, semicolons and a comma before a
        conjunction ("..., dan kami berencana ..."); where the sentence is a table or a list
        without full stops, also at line ends."""
        for p in self.ents("PLAN"):
            if p.id not in kinds or not p.sent_chars[0] <= start < p.sent_chars[1]:
                continue
            if self._cued(p.start_char, "past_cues", 12):
                continue  # "sejak perluasan layanan pada tahun 2023": done, not to come
            lo, hi = self.clause_bounds(start, p.sent_chars, lines=p.sent_chars[1] - p.sent_chars[0] > 300)
            if lo <= p.start_char < max(hi, end):
                return True
        return False

    def clause_bounds(self, pos: int, sentence: tuple[int, int], *, lines: bool = False) -> tuple[int, int]:
        ends = _clause_end(lines)
        lo, hi = sentence
        before = [m.end() for m in ends.finditer(self.text, lo, pos)]
        after = ends.search(self.text, pos, hi)
        return (before[-1] if before else lo), (after.start() if after else hi)


@lru_cache(maxsize=32)
def phrases(data_file: str, key: str) -> re.Pattern[str]:
    """Any phrase of the list `key` in `data_file`, as whole words, in any case."""
    return re.compile(rf"\b{alternation(load_yaml(data_file)[key])}\b", re.I)


def _declaration() -> re.Pattern[str]:
    return phrases("patterns/clauses.yaml", "declaration_cues")


def _cue_anywhere(name: str) -> re.Pattern[str]:
    return phrases("patterns/clauses.yaml", name)


@lru_cache(maxsize=4)
def _cue_before(name: str) -> re.Pattern[str]:
    """A phrase of clauses.yaml's list `name` at the end of a text, words and all: the text
    before a mention, up to the words that open it."""
    return re.compile(rf"\b{alternation(load_yaml('patterns/clauses.yaml')[name])}\b[^.;\n]*$", re.I)


@lru_cache(maxsize=2)
def _clause_end(lines: bool) -> re.Pattern[str]:
    words = alternation(load_yaml("patterns/clauses.yaml")["conjunctions"])
    return re.compile(rf"[.;!?](?=\s)|,\s*(?={words}\b)" + (r"|\n" if lines else ""), re.I)


def alternation(phrases) -> str:
    """Phrases from a data file as one regular-expression group, each escaped and the longest
    first, so that "grand total" is tried before "total"."""
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


def clean_name(text: str) -> str:
    """Collapse spacing and line-filling dashes; strip quotes, borders and trailing punctuation."""
    text = re.sub(r"-{2,}", " ", text)
    text = re.sub(r"[“”„\"]", "", text)  # 'LPK “Prima Unggul”': quoting marks are not the name's
    # a table border read by OCR sits at either end as "|"
    text = re.sub(r"\s+", " ", text).strip(" \"'“”‘’,.;:-|")
    return text


def title_if_upper(text: str, keep: tuple[str, ...] = ()) -> str:
    """'BUDI SANTOSO' -> 'Budi Santoso'; mixed-case text is left as written."""
    if not text.isupper():
        return text
    words = []
    for word in text.split():
        bare = word.strip("().,")
        if bare.upper() in keep:
            words.append(word.replace(bare, next(k for k in keep if k.upper() == bare.upper())))
        else:
            words.append(word.capitalize() if word.isalpha() else word.title())
    return " ".join(words)
