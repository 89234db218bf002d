"""Property tests (Hypothesis) for the parsers a deed's numbers, dates, identifiers and
provinces go through: every value written the ways deeds write it reads back as itself, and
no text at all makes a parser raise."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance_docs.data import load_yaml
from compliance_docs.extract.identity import normalize_ahu
from compliance_docs.extract.numbers import parse_amount, parse_date, words_to_int
from compliance_docs.report.model import mask_nik

from helpers import facts_of

UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spelled(n: int) -> str:
    """An integer as a notary spells it: 'dua ribu dua puluh', 'seratus sebelas'."""
    if n == 0:
        return "nol"
    parts = []
    for scale, word in ((10**9, "miliar"), (10**6, "juta"), (1000, "ribu")):
        if n >= scale:
            head, n = divmod(n, scale)
            parts.append("seribu" if (head == 1 and scale == 1000) else f"{spelled(head)} {word}")
    if n >= 100:
        head, n = divmod(n, 100)
        parts.append("seratus" if head == 1 else f"{UNITS[head]} ratus")
    if n >= 20:
        tens, n = divmod(n, 10)
        parts.append(f"{UNITS[tens]} puluh")
    if n >= 12:
        parts.append(f"{UNITS[n - 10]} belas")
    elif n == 11:
        parts.append("sebelas")
    elif n == 10:
        parts.append("sepuluh")
    elif n:
        parts.append(UNITS[n])
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_spelled_out_indonesian_numbers_read_back(n):
    assert words_to_int(spelled(n)) == n


@given(st.integers(min_value=1, max_value=999_999_999))
def test_amounts_with_thousands_separators_read_back(n):
    assert parse_amount(f"{n:,}".replace(",", ".")) == n  # 1.250.000, as Indonesian writes it
    assert parse_amount(f"{n:,}") == n  # 1,250,000
    assert parse_amount(str(n)) == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["juta", "jt", "million"]))
def test_amounts_in_millions_read_back(n, word):
    assert parse_amount(f"{n} {word}") == n * 1_000_000


DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


@given(DATES)
def test_dates_read_back_in_every_way_a_deed_writes_them(d):
    words = f"{spelled(d.day)} {MONTHS[d.month - 1]} {spelled(d.year)}"
    for text in (f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}/{d.month}/{d.year}",
                 d.isoformat(), f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                 f"tanggal {d.day} ({spelled(d.day)}) {MONTHS[d.month - 1]} {d.year}",
                 f"Pada hari ini, tanggal {words}, berhadapan dengan saya"):
        found = parse_date(text)
        assert found is not None, text
        assert found[0] == d, text
        assert 0 <= found[1] < found[2] <= len(text)


@given(st.text(max_size=300))
def test_no_text_makes_a_number_or_date_parser_raise(text):
    words_to_int(text)
    parse_amount(text)
    found = parse_date(text)
    assert found is None or 0 <= found[1] < found[2] <= len(text)


NIK = st.from_regex(r"\A[1-9][0-9]{15}\Z")


@given(NIK, st.sampled_from(["NIK ", "NIK: ", "Nomor Induk Kependudukan ", "KTP No. "]))
def test_every_nik_is_masked_and_keeps_its_ends(nik, label):
    masked = mask_nik(f"{label}{nik}, selaku Direktur Utama.")
    assert nik not in masked
    assert f"{label}{nik[:4]}********{nik[-4:]}," in masked


@given(st.integers(min_value=1, max_value=9_999_999), st.integers(min_value=2000, max_value=2030),
       st.sampled_from(["TAHUN", "Tahun", "THN.", "Th."]), st.sampled_from([".", " .", ". ", " . "]))
def test_ahu_numbers_normalise_to_one_form(number, year, word, gap):
    raw = f"ahu-{number:07d}{gap}AH.01.01.{word} {year}"
    expected = f"AHU-{number:07d}.AH.01.01.TAHUN {year}"
    assert normalize_ahu(raw) == expected
    assert normalize_ahu(expected) == expected


@SLOW
@given(st.from_regex(r"\A[0-9]{13}\Z"), st.sampled_from(["", " ", "."]))
def test_a_nib_reads_back_as_its_13_digits(nib, sep):
    written = sep.join([nib[:4], nib[4:8], nib[8:]]) if sep else nib
    text = ("PERIZINAN BERUSAHA BERBASIS RISIKO\nNOMOR INDUK BERUSAHA: " + written +
            "\nNama Pelaku Usaha: PT BELAJAR NUSANTARA DIGITAL\n")
    assert facts_of(("nib.txt", text)).get("nib") == nib


PROVINCES = sorted(load_yaml("provinces.yaml"))


@SLOW
@given(st.lists(st.sampled_from(PROVINCES), min_size=1, max_size=12, unique=True),
       st.sampled_from([str, str.upper]))
def test_province_names_in_a_coverage_statement_read_back(chosen, case):
    listed = ", ".join(case(p) for p in chosen[:-1])
    names = f"{listed} dan {case(chosen[-1])}" if listed else case(chosen[-1])
    text = ("SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna platform kami tersebar di provinsi "
            f"{names}.\n")
    facts = facts_of(("cakupan.txt", text))
    assert facts.get("provinces") == sorted(chosen)
    assert facts.get("province_count") == len(chosen)
