"""The compact Indonesian tokenizer tokenizes as spaCy's blank("id") does, minus start-up cost."""

from __future__ import annotations

import re

import pytest
import spacy

from compliance_docs.extract.nlp import compact_indonesian, get_nlp

DOCUMENT_TEXT = (
    "Pada hari ini, Senin, tanggal 14-04-2020 (empat belas April dua ribu dua puluh), "
    "berhadapan dengan saya, SITI RAHMAWATI, S.H., M.Kn., Notaris di Jakarta, saksi-saksi "
    "yang dikenal. PT. Belajar Nusantara Tbk. No. 12, Jl. Jend. Sudirman Kav. 5, RT 002/RW 005; "
    "modal dasar Rp5.000.000.000,- (lima miliar rupiah); anak-anak, kupu-kupu, sehari-hari, "
    "dan/atau KBLI 63122. Lihat https://www.belajar.id/daftar-mitra atau info@belajar.co.id; 99,9% uptime."
)


@pytest.fixture(scope="module")
def reference():
    return spacy.blank("id")


def tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


def test_same_tokens_as_blank_indonesian_on_document_text(reference):
    assert tokens(compact_indonesian(), DOCUMENT_TEXT) == tokens(reference, DOCUMENT_TEXT)


def test_every_hyphenated_exception_word_stays_whole(reference):
    compact = compact_indonesian()
    words = [w for w in reference.Defaults.tokenizer_exceptions if re.fullmatch(r"[^\W\d_]\w*(?:-\w+)+", w)]
    assert len(words) > 15000
    differing = [w for w in words if tokens(compact, w) != tokens(reference, w)]
    assert differing == []


def test_pipeline_marks_provinces_longest_first():
    doc = get_nlp()("Pengguna di Kepulauan Riau, Papua Barat Daya dan Jakarta Selatan.")
    found = [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.label_ in ("PROVINCE", "CITY")]
    assert found == [
        ("Kepulauan Riau", "PROVINCE", "Kepulauan Riau"),
        ("Papua Barat Daya", "PROVINCE", "Papua Barat Daya"),
        ("Jakarta Selatan", "CITY", "city"),
    ]
