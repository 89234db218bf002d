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


def test_spacy_is_imported_without_its_command_line_which_still_imports_later():
    import subprocess
    import sys

    code = ("import sys\n"
            "from compliance_docs.extract.nlp import get_nlp\n"
            "doc = get_nlp()('Pengguna di Jawa Barat, anak-anak, S.H. No. 5')\n"
            "print('spacy.cli' in sys.modules, [t.text for t in doc][:5], [e.label_ for e in doc.ents])\n"
            "import spacy.cli\n"
            "print(callable(spacy.cli.info), spacy.info.__module__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.splitlines()
    assert first == "False ['Pengguna', 'di', 'Jawa', 'Barat', ','] ['COVERAGE_CUE', 'PROVINCE']"
    assert second.startswith("True ")


def test_the_cached_hyphen_rules_are_those_that_split_a_reduplication(tmp_path, monkeypatch):
    from spacy.lang.id import IndonesianDefaults

    from compliance_docs.extract import nlp

    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path))
    infixes = list(IndonesianDefaults.infixes)
    expected = [p for p in infixes if not nlp._splits_hyphen(p)]
    assert nlp._without_hyphen_rules(infixes) == expected  # computed, then kept
    assert list((tmp_path / "spacy").glob("hyphen-infixes-*.json"))
    assert nlp._without_hyphen_rules(infixes) == expected  # read back
    assert len(expected) < len(infixes)


def test_the_tokenizer_expressions_are_joined_as_spacy_joins_them():
    from spacy import util

    from compliance_docs.extract.nlp import tokenizer_expressions

    defaults = compact_indonesian().Defaults
    joined = tokenizer_expressions(defaults)
    assert joined["prefix"] == util.compile_prefix_regex(defaults.prefixes).pattern
    assert joined["suffix"] == util.compile_suffix_regex(defaults.suffixes).pattern
    assert joined["infix"] == util.compile_infix_regex(defaults.infixes).pattern


def test_the_compact_defaults_are_indonesian_minus_hyphenated_words_without_importing_it():
    import subprocess
    import sys

    code = ("import sys\n"
            "from compliance_docs.extract.nlp import compact_indonesian\n"
            "compact = compact_indonesian().Defaults\n"
            "print('spacy.lang.id' in sys.modules)\n"
            "from spacy.lang.id import IndonesianDefaults as full\n"
            "kept = {k: v for k, v in full.tokenizer_exceptions.items() if '-' not in k}\n"
            "print(compact.tokenizer_exceptions == kept, len(kept) > 300,\n"
            "      sum('-' in k for k in full.tokenizer_exceptions) > 15000)\n"
            "print(compact.prefixes == full.prefixes, compact.suffixes == full.suffixes,\n"
            "      set(compact.infixes) - set(full.infixes) == {r'(?<=[^\\W\\d_])/(?=[^\\W\\d_])'},\n"
            "      compact.stop_words == full.stop_words, compact.lex_attr_getters == full.lex_attr_getters\n"
            "      or compact.lex_attr_getters.keys() == full.lex_attr_getters.keys())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"] + ["True"] * 8


def test_without_spacys_file_layout_the_indonesian_package_is_imported_as_it_is():
    import subprocess
    import sys

    text = "Notaris SITI, S.H., M.Kn. di Jawa Barat; anak-anak dan/atau No. 5"
    code = ("import importlib.util, sys\n"
            "real = importlib.util.find_spec\n"
            "importlib.util.find_spec = lambda name, *a: None if name == 'spacy.lang.id' else real(name, *a)\n"
            "from compliance_docs.extract.nlp import get_nlp\n"
            f"doc = get_nlp()({text!r})\n"
            "print('spacy.lang.id' in sys.modules, 'spacy.lang._id_compact' in sys.modules)\n"
            "print([t.text for t in doc])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.splitlines()
    assert first == "True False"
    assert second == str(tokens(get_nlp(), text))
    assert "anak-anak" in second and "'S.H.'" in second
