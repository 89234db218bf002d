"""The first-character gate never changes what a pattern matches, only where it is tried."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from compliance_docs.data import load_yaml
from compliance_docs.extract.gate import Prefilter, gated, lowered
from compliance_docs.ingest import read_bundle

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PATTERNS = [(name, item["id"], item["pattern"])
            for name, items in load_yaml("patterns/identifiers.yaml").items() for item in items]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = [d.text for b in sorted(SAMPLES.iterdir()) if b.is_dir()
             for d in read_bundle(b).documents]
    return found + ["Direktur Utama: Tuan Budi Santoso\nKOMISARIS : Nyonya Sari", "NPWP 01.234.567.8-901.000"]


@pytest.mark.parametrize("name, pid, pattern", PATTERNS, ids=[f"{n}/{p}" for n, p, _ in PATTERNS])
def test_gated_pattern_finds_exactly_what_the_pattern_finds(texts, name, pid, pattern):
    plain, gate = re.compile(pattern, re.I | re.M), re.compile(gated(pattern), re.I | re.M)
    for text in texts:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern, gate", [
    (r"(?P<role>direktur\s+utama|komisaris|ketua)\s*:", "(?=[dk])"),
    (r"(?:tuan|nyonya|\bibu)\s+\w+", "(?=[int])"),
    (r"(?:\s*,)?\s*(?:selaku|sebagai)", None),   # can start with a space: no gate
    (r"AHU-\d+", None),                          # one literal first letter: re's own search
    (r"[a-z]+\.co\.id", None),                   # a range: almost every position
    (r"(?:x)?", None),                           # can match nothing
])
def test_gate_is_the_set_of_first_letters(pattern, gate):
    result = gated(pattern)
    if gate is None:
        assert result == pattern
    else:
        assert result == gate + pattern


DOCTYPE_PATTERNS = [s["pattern"] for spec in load_yaml("doctypes.yaml")["types"].values()
                    for s in spec["signals"]]


@pytest.mark.parametrize("pattern", [p for _, _, p in PATTERNS] + DOCTYPE_PATTERNS)
def test_prefilter_rules_out_only_texts_the_pattern_cannot_match(texts, pattern):
    regex, prefilter = re.compile(pattern, re.I | re.M), Prefilter(pattern)
    words = [w.upper() for w in prefilter.words or ()]
    for text in texts + [" ".join(words), "\n".join(w.title() for w in words)]:
        if prefilter.excludes(lowered(text)):
            assert regex.search(text) is None, (pattern, text[:80])


@pytest.mark.parametrize("pattern", [p for _, _, p in PATTERNS] + DOCTYPE_PATTERNS)
def test_prefiltered_search_finds_exactly_what_finditer_finds(texts, pattern):
    regex, prefilter = re.compile(gated(pattern), re.I | re.M), Prefilter(pattern)
    for text in texts:
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in prefilter.finditer(regex, text, lowered(text))] == expected
        found = prefilter.search(regex, text, lowered(text))
        assert (found.span() if found else None) == (expected[0] if expected else None)


def test_prefilter_words_and_what_it_leaves_alone():
    assert Prefilter(r"\b(?:direktur|komisaris)\s+utama").words == ("direktur", "komisaris")
    assert Prefilter(r"(?:surat\s+)?izin").words == ("izin", "surat")  # an optional start
    assert Prefilter(r"(?:surat\s+)?\d").words is None         # ... then a class
    assert Prefilter(r"[a-z]+\.co\.id").words is None          # a class
    assert Prefilter(r"a|bc").words is None                      # one letter is everywhere
    assert Prefilter(r"NPWP").excludes(lowered("nomor pokok")) is True
    assert Prefilter(r"NPWP").excludes(lowered("No. NPWP: 01")) is False
    assert Prefilter(r"NPWP").excludes(lowered("ＮＰＷＰ")) is False   # not ASCII: always searched
