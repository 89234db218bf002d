"""Two spellings of an applicant's name: the same company, or one to check against the deed."""

import pytest

from compliance_docs.evaluate import evaluate, load_ruleset
from compliance_docs.evaluate.names import near_miss, same_name
from compliance_docs.extract import extract
from compliance_docs.ingest import document_from_text


@pytest.mark.parametrize(
    "a, b",
    [
        ("PT. Sarana Didik Kencana", "PT Sarana Didik Kencana"),
        ("PT SARANA DIDIK KENCANA", "PT Sarana  Didik Kencana"),
        ("PT Mitra Kursus Andalan Tbk", "PT Mitra Kursus Andalan Tbk."),
        ("PT Mitra Kursus Andalan, Tbk.", "PT Mitra Kursus Andalan Tbk"),
        ("Perseroan Terbatas Jendela Karier Abadi", "PT Jendela Karier Abadi"),
        ("PT Daya Latih Sentosa (Persero)", "PT Daya Latih Sentosa"),
        ("Kementerian Pemuda dan Olahraga", "Kementerian Pemuda dan Olahraga Republik Indonesia"),
        ("KEMENTERIAN PEMUDA DAN OLAHRAGA RI", "Kementerian Pemuda dan Olahraga"),
    ],
)
def test_formatting_apart_the_same_company(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("PT Cendekia Nusa Digital", "PT Cendikia Nusa Digital"),  # one letter
        ("PT Wiyata Karya Utama", "PT Wiyata Karya Utami"),
        ("PT Bina Talenta Prima", "PT Bina Talenta Prima Indonesia"),  # a word more is another PT
        ("PT Arah Kerja Muda", "PT Arah Kerja Mulia"),
    ],
)
def test_a_different_spelling_is_another_name(a, b):
    assert not same_name(a, b)


def test_a_letter_or_two_is_a_near_miss_and_a_new_name_is_not():
    assert near_miss("PT Cendekia Nusa Digital", "PT Cendikia Nusa Digital")
    assert not near_miss("PT Cendekia Nusa Digital", "PT Lumbung Pangan Jaya")


def identity(*texts: tuple[str, str]):
    docs = [document_from_text(name, text) for name, text in texts]
    criteria, checks = evaluate(docs, extract(docs), load_ruleset("permenko-11-2020"), language="en")
    return next(c for c in checks if c.id == "identity_consistent")


DEED = """AKTA PENDIRIAN PERSEROAN TERBATAS
Nomor: 8
Pada hari ini, Rabu, tanggal 3 Maret 2021, berhadapan dengan saya, Lestari Wulandari, Sarjana
Hukum, Notaris di Surabaya.
Pasal 1
Perseroan Terbatas ini bernama PT CENDEKIA NUSA DIGITAL, berkedudukan di Surabaya.
"""

STATEMENT = """SURAT PERNYATAAN CAKUPAN NASIONAL
Yang bertanda tangan di bawah ini:
Nama      : Dimas Aryo Nugroho
Jabatan   : Direktur Utama
Bertindak untuk dan atas nama {name}
NIB       : 1203000456781
menyatakan bahwa platform kami melayani pengguna di 30 provinsi.
"""


def test_a_statement_signed_for_a_name_one_letter_off_asks_for_review_naming_both():
    result = identity(("akta.txt", DEED), ("pernyataan.txt", STATEMENT.format(name="PT Cendikia Nusa Digital")))
    assert result.status == "needs_review"
    text = " ".join(result.reasons)
    assert "PT Cendekia Nusa Digital (akta.txt)" in text
    assert "PT Cendikia Nusa Digital (pernyataan.txt)" in text
    assert "a letter or two" in text


def test_the_same_name_in_other_capitals_and_dots_agrees():
    result = identity(("akta.txt", DEED), ("pernyataan.txt", STATEMENT.format(name="PT. Cendekia Nusa Digital")))
    assert result.status == "met", result.reasons


def test_a_name_ends_at_its_line_where_the_next_label_begins():
    result = identity(("akta.txt", DEED), ("pernyataan.txt", STATEMENT.format(name="PT Cendekia Nusa Digital")))
    assert result.status == "met", result.reasons


def check(check_id: str, *texts: tuple[str, str]):
    docs = [document_from_text(name, text) for name, text in texts]
    _, checks = evaluate(docs, extract(docs), load_ruleset("permenko-11-2020"), language="en")
    return next(c for c in checks if c.id == check_id)


BOARD = DEED + """Pasal 11
Menyimpang dari ketentuan mengenai pengangkatan anggota Direksi, untuk pertama kalinya
telah diangkat:
- Direktur Utama : Tuan DIMAS ARYO NUGROHO;
- Komisaris : Nyonya RATNA SARI DEWI.
"""


@pytest.mark.parametrize(
    "signed_as, status",
    [("Dimas Aryo Nugroho", "met"), ("DIMAS ARYO NUGROHO", "met"), ("Dimas Ario Nugroho", "needs_review")],
)
def test_a_signer_spelled_a_letter_apart_from_the_deeds_director_is_compared_by_a_person(signed_as, status):
    statement = STATEMENT.replace("Dimas Aryo Nugroho", signed_as).format(name="PT Cendekia Nusa Digital")
    result = check("signatory_authorized", ("akta.txt", BOARD), ("pernyataan.txt", statement))
    assert result.status == status, result.reasons
    if status == "needs_review":
        assert "spelled differently from Dimas Aryo Nugroho" in " ".join(result.reasons)


PP_PERUM = """PERATURAN PEMERINTAH REPUBLIK INDONESIA
NOMOR 12 TAHUN 2017
TENTANG
PERUSAHAAN UMUM (PERUM) PENDIDIKAN KARYA
BANGSA
DENGAN RAHMAT TUHAN YANG MAHA ESA
Pasal 1
Dengan Peraturan Pemerintah ini didirikan Perusahaan Umum (Perum) Pendidikan Karya
Bangsa, yang selanjutnya disebut Perusahaan.
"""

PERDA_PERUMDA = """PERATURAN DAERAH KABUPATEN LEMBAH HIJAU
NOMOR 2 TAHUN 2022
TENTANG
PERUSAHAAN UMUM DAERAH LATIH KERJA LEMBAH HIJAU
Pasal 3
Dengan Peraturan Daerah ini dibentuk Perusahaan Umum Daerah Latih Kerja
Lembah Hijau, selanjutnya disebut Perumda.
"""


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("pp_pendirian.txt", PP_PERUM, "Perum Pendidikan Karya Bangsa"),
        ("perda_pembentukan.txt", PERDA_PERUMDA, "Perumda Latih Kerja Lembah Hijau"),
    ],
)
def test_a_founding_regulation_names_its_enterprise_once_across_wrapped_lines(name, text, expected):
    found = extract([document_from_text(name, text)])
    values = {c.value.lower() for c in found.all("company_name")}
    assert values == {expected.lower()}
    assert found.value("entity_form") == ("PERUM" if "Perum " in expected else "PERUMDA")
