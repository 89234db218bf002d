"""Regression tests, each named after what a bundle written apart from the extractors showed
(tests/bundles/a-d): the passage as the applicant wrote it, and what a verifier reads in it."""

from __future__ import annotations

import pytest

from compliance_docs.extract.source import Collapsed, Source
from compliance_docs.ingest import document_from_text

from helpers import facts_of, report_of, status_of

R3, R11 = "permenko-3-2020", "permenko-11-2020"
STATEMENT = "SURAT PERNYATAAN CAKUPAN NASIONAL\nYang bertanda tangan di bawah ini, Budi Santoso, Direktur Utama.\n"


def test_collapsed_text_maps_back_to_the_document():
    text = "lembaga\n    pelatihan  pihak ketiga\n\nbaris baru"
    collapsed = Collapsed(text)
    assert collapsed.text == "lembaga pelatihan pihak ketiga baris baru"
    assert collapsed.paragraphs == [collapsed.text.index("baris")]
    start = collapsed.text.index("pelatihan")
    assert text[collapsed.original(start):collapsed.original_end(start + len("pelatihan"))] == "pelatihan"
    start = collapsed.text.index("baris")
    assert text[collapsed.original(start):collapsed.original_end(len(collapsed.text))] == "baris baru"


def test_a_phrase_wrapped_and_indented_across_lines_is_found():
    src = Source(document_from_text("mitra.txt", "Perseroan tidak menerima kelas dari lembaga\n"
                                                  "   pelatihan pihak ketiga."))
    [mention] = [m for m in src.ents("MARKETPLACE")]
    assert src.text[mention.start_char:mention.end_char] == "lembaga\n   pelatihan pihak ketiga"
    assert src.negated(mention)


@pytest.mark.parametrize("text, provinces", [
    pytest.param(STATEMENT + "Pengguna kami tersebar di Aceh, Bali dan Banten. Perluasan layanan ke Papua "
                 "Selatan dan Papua Tengah direncanakan pada tahun 2025.", ["Aceh", "Bali", "Banten"],
                 id="planned-expansion-is-not-users"),
    pytest.param(STATEMENT + "No | Provinsi | Pengguna\n1 | Aceh | 1.210\n2 | Papua Selatan | 0\n\n"
                 "Kami juga melayani pengguna di Papua Selatan.", ["Aceh"], id="zero-row-outweighs-a-mention"),
    pytest.param(STATEMENT + "Kepada Yth. Direktur Eksekutif Manajemen Pelaksana\ndi Jakarta\n\n"
                 "Pengguna kami tersebar di Aceh, Bali dan Banten.", ["Aceh", "Bali", "Banten"],
                 id="jakarta-alone-is-a-city"),
    pytest.param(STATEMENT + "No | Provinsi | Persentase (%)\n1 | Aceh | 3,41\n2 | Lampung | 0,65\n3 | Gorontalo | 0,00",
                 ["Aceh", "Lampung"], id="a-share-of-users-is-users"),
    pytest.param(STATEMENT + "layanan platform kami telah digunakan oleh 2.454.895 pengguna terdaftar yang berdomisili "
                 "di 3 provinsi, meliputi: 1) Aceh, 2) Sumatera Utara, 3) DKI Jakarta.",
                 ["Aceh", "DKI Jakarta", "Sumatera Utara"], id="domicile-cue-opening-a-list"),
])
def test_provinces_with_users(text, provinces):
    assert facts_of(("cakupan.txt", text)).get("provinces") == provinces


@pytest.mark.parametrize("line, users", [
    ("Jumlah pengguna terdaftar per 30 Juni 2024 adalah 1.204.880 (satu juta dua ratus) orang.", 1204880),
    ("| | **Jumlah** | **100.777** |", 100777),
])
def test_registered_users_not_a_date(line, users):
    name = "cakupan.md" if "**" in line else "cakupan.txt"
    assert facts_of((name, STATEMENT + line)).get("registered_users") == users


PARTNERS_IN_PROSE = """\
KERJA SAMA DENGAN LEMBAGA PELATIHAN

Sarana Pintar adalah marketplace pelatihan daring. Sampai Maret 2021 kami telah menandatangani
perjanjian kerja sama dengan LPK Batik Pesisir Pekalongan, LKP Mekatronika Solo,
BLK Komunitas Ponpes Al-Falah Demak dan LPK Kuliner Nusantara Semarang. Program pelatihan
keempat mitra tersebut berbasis kompetensi kerja dan mengacu pada SKKNI.
"""
NO_PARTNERS = """\
SURAT PERNYATAAN KEMITRAAN LEMBAGA PELATIHAN

1. Seluruh kelas di platform disusun dan diajarkan oleh tim pengajar internal Perseroan.
2. Perseroan tidak bermitra dengan lembaga pelatihan lain dan tidak menerima kelas dari lembaga
   pelatihan pihak ketiga.
3. Perseroan terdaftar sebagai lembaga kursus dan pelatihan pada Dinas Pendidikan setempat.
"""
OTHERS_OWN_COURSES = """\
DAFTAR LEMBAGA PELATIHAN MITRA
Training institutions publish their own courses on the platform; learners compare and buy them.
1. LPK Maju Jaya Bandung
2. LKP Sari Rasa Yogyakarta
"""
MIXED_OFFER = """\
SURAT PERNYATAAN KERJA SAMA LEMBAGA PELATIHAN
Kelas di platform terdiri atas kelas yang dikembangkan oleh tim internal kami dan kelas dari satu
lembaga pelatihan mitra, yaitu LPK Sentosa Kriya Mandiri, berbasis kompetensi (SKKNI).
"""


def test_partners_named_in_a_sentence_are_counted():
    report = report_of(("mitra.txt", PARTNERS_IN_PROSE))
    facts = {f["name"]: f["value"] for f in report["facts"]}
    assert facts["training_partner_count"] == 4
    assert "BLK Komunitas Ponpes Al-Falah Demak" in facts["training_partners"]
    assert status_of(report, "training_partners") == "met"


@pytest.mark.parametrize("ruleset", [R3, R11])
def test_a_statement_of_no_partners_is_not_met(ruleset):
    report = report_of(("pernyataan_kemitraan.txt", NO_PARTNERS), ruleset=ruleset)
    assert report["documents"][0]["type"] == "partner_list"
    assert {f["name"]: f["value"] for f in report["facts"]}["training_partner_count"] == 0
    assert status_of(report, "training_partners") == "not_met"
    assert status_of(report, "open_marketplace") == "not_met"


@pytest.mark.parametrize("text, status", [
    pytest.param(OTHERS_OWN_COURSES, "met", id="institutions-publish-their-own-courses"),
    pytest.param(MIXED_OFFER, "needs_review", id="in-house-and-one-partner"),
])
def test_own_courses_only_when_exclusive(text, status):
    assert status_of(report_of(("profil.txt", text)), "open_marketplace") == status


@pytest.mark.parametrize("sentence, integrated", [
    ("Integrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan saat ini masih dalam "
     "tahap pengembangan dan belum tersedia.", False),
    ("Our platform acts as a payment method for the Kartu Prakerja programme through its redemption API.", True),
])
def test_payment_integration(sentence, integrated):
    text = "DESKRIPSI SISTEM\nIntegrasi Pembayaran\n" + sentence
    assert facts_of(("sistem.txt", text)).get("payment_integration") is integrated


@pytest.mark.parametrize("claim, r3", [
    ("Layanan kami berskala nasional dan digunakan di 25 provinsi.", "needs_review"),
    ("Layanan kami berskala nasional.", "met"),
    ("Pengguna kami ada di seluruh provinsi di Indonesia, yaitu 25 provinsi.", "needs_review"),
    ("Platform melayani peserta dari Sabang sampai Merauke.", "needs_review"),
])
def test_national_claims_by_kind(claim, r3):
    docs = ("cakupan.txt", STATEMENT + claim)
    assert status_of(report_of(docs, ruleset=R3), "national_coverage") == r3
    assert status_of(report_of(docs, ruleset=R11), "national_coverage") != "met"


ENGLISH_DEED = """\
DEED OF ESTABLISHMENT OF A LIMITED LIABILITY COMPANY
PT KARYA PINTAR GLOBAL
Number 5
On this day, Tuesday, 3 February 2021, appeared before me, HENDRA WIJAYA, Bachelor of Law,
Master of Notary, Notary in Bekasi:
The company is named PT Karya Pintar Global, domiciled in Bekasi.
"""
PERSERO_NAME_WRAPPED = """\
AKTA PENDIRIAN
PERUSAHAAN PERSEROAN (PERSERO)
PT WAHANA KOMPETENSI INDONESIA
Nomor 3.
1. Perusahaan Perseroan (Persero) ini bernama PT Wahana Kompetensi Indonesia
(Persero), selanjutnya dalam Anggaran Dasar ini cukup disingkat dengan "Perseroan".
"""


@pytest.mark.parametrize("name, text, expected", [
    pytest.param("akta.pdf", ENGLISH_DEED, {"company_name": "PT Karya Pintar Global", "deed_number": "5",
                                          "deed_date": "2021-02-03", "notary_name": "Hendra Wijaya"},
                 id="deed-in-english"),
    pytest.param("akta.pdf", PERSERO_NAME_WRAPPED, {"company_name": "PT Wahana Kompetensi Indonesia (Persero)"},
                 id="persero-on-the-next-line"),
    pytest.param("pp.txt", "PERATURAN PEMERINTAH\nPasal 1\nDengan Peraturan Pemerintah ini didirikan Perusahaan "
                 "Umum (Perum) Sarana Kerja Nusantara.", {"company_name": "Perum Sarana Kerja Nusantara",
                                                          "entity_form": "PERUM"}, id="perum-long-form"),
])
def test_identity(name, text, expected):
    facts = facts_of((name, text))
    assert {k: facts.get(k) for k in expected} == expected


DEED_BOARD_IN_BRACKETS = """\
PERNYATAAN KEPUTUSAN RAPAT UMUM PEMEGANG SAHAM LUAR BIASA
PT NUSANTARA EDUTEK INDONESIA Tbk
Nomor: 45.
Pada hari ini, Kamis, tanggal 16-06-2022 (enam belas Juni dua ribu dua puluh dua).
Berhadapan dengan saya, CHRISTINA WULANDARI, S.H., M.Kn., Notaris di Kota Tangerang Selatan:
Nyonya MARIA KRISTANTI HALIM, lahir di Jakarta, bertindak berdasarkan kuasa Rapat.
SUSUNAN DIREKSI DAN DEWAN KOMISARIS
Direktur Utama (President Director) : Nyonya MARIA KRISTANTI HALIM;
Komisaris Utama                     : Tuan SUGENG WIDODO.
"""
SHAREHOLDER_NOT_BOARD = """\
AKTA PENDIRIAN PERSEROAN TERBATAS
PT GERBANG ILMU TEKNOLOGI
Nomor 8
Pada hari ini, Senin, tanggal 3 Juli 2023.
Berhadapan dengan saya, BERNADETA WULAN, S.H., M.Kn., Notaris di Sleman:
Modal ditempatkan diambil bagian oleh: Tuan GALIH SANTOSO 160 saham; Tuan YUDHA PRASETYA 60 saham.
Pasal 10 Direksi terdiri dari seorang Direktur Utama. Direktur Utama : Tuan GALIH SANTOSO
"""


@pytest.mark.parametrize("deed, signer, status", [
    pytest.param(DEED_BOARD_IN_BRACKETS, "Nama : Maria Kristanti Halim\nJabatan : President Director", "met",
                 id="english-title-in-brackets"),
    pytest.param(SHAREHOLDER_NOT_BOARD, "Nama : Yudha Prasetya\nJabatan : Kepala Divisi Operasional", "not_met",
                 id="shareholder-with-a-staff-title"),
])
def test_signatory(deed, signer, status):
    statement = "SURAT PERNYATAAN CAKUPAN NASIONAL\nYang bertanda tangan di bawah ini:\n" + signer + "\n"
    report = report_of(("akta.pdf", deed), ("cakupan.txt", statement))
    assert status_of(report, "signatory_authorized") == status


def test_a_government_head_signs_by_appointment():
    decree = ("KEPUTUSAN PRESIDEN REPUBLIK INDONESIA\nMenetapkan :\nKESATU : Mengangkat Prof. Dr. Ir. Bambang "
              "Wicaksono, M.Sc. sebagai Kepala Badan Nasional Pengembangan Talenta Digital.")
    statement = ("SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL\nYang bertanda tangan di bawah ini, Prof. Dr. Ir. "
                 "Bambang Wicaksono, M.Sc., Kepala\nBadan Nasional Pengembangan Talenta Digital, menyatakan bahwa")
    report = report_of(("keppres.txt", decree), ("cakupan.md", statement))
    assert status_of(report, "signatory_authorized") == "met"


def test_a_name_holding_nik_is_not_an_identity_number_label():
    """'PT ARUNIKA KELAS DIGITAL' before 'Nomor : 27' hid the deed number ("nik" inside it)."""
    deed = ("AKTA PENDIRIAN PERSEROAN TERBATAS\nPT ARUNIKA KELAS DIGITAL\nNomor : 27\n"
            "Pada hari ini, Rabu, tanggal 17-06-2020 (tujuh belas Juni dua ribu dua puluh).")
    assert facts_of(("akta.pdf", deed)).get("deed_number") == "27"


def test_column_headings_are_not_a_partner():
    listing = ("DAFTAR LEMBAGA PELATIHAN MITRA\n"
               "No  Lembaga Pelatihan             Program Pelatihan            Acuan Kompetensi\n"
               "1.  LPK Cipta Karya Mandiri       Pemasaran Digital untuk UMKM SKKNI Pemasaran\n"
               "2.  LKP Nusa Bahasa Bandung       Bahasa Inggris               SKKNI Bahasa Inggris\n")
    assert facts_of(("mitra.txt", listing))["training_partners"] == ["LKP Nusa Bahasa Bandung",
                                                                     "LPK Cipta Karya Mandiri"]


def test_the_16_digit_npwp_is_the_15_digit_one_with_a_leading_zero():
    licence = "PERIZINAN BERUSAHA BERBASIS RISIKO\nNOMOR INDUK BERUSAHA: 1904220065318\nNPWP : 0027183945411000"
    statement = "SURAT PERNYATAAN CAKUPAN NASIONAL\nNIB : 1904220065318\nNPWP : 02.718.394.5-411.000"
    report = report_of(("nib.pdf", licence), ("cakupan.txt", statement))
    assert status_of(report, "identity_consistent") == "met"
