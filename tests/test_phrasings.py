"""Facts from the same things said in different ways: Indonesian and English, digits and words,
capitals and title case, tables and prose. Each row is a passage as applicants write it."""

from __future__ import annotations

import json

import pytest

from helpers import facts_of, report_of, status_of

DEED_OPENINGS = [
    pytest.param(
        "AKTA PENDIRIAN PERSEROAN TERBATAS\nPT BELAJAR NUSANTARA DIGITAL\nNomor : 12\n"
        "Pada hari ini, Selasa, tanggal 14-04-2020 (empat belas April dua ribu dua puluh), pukul 10.00 WIB.\n"
        "Berhadapan dengan saya, SITI RAHMAWATI, Sarjana Hukum, Magister Kenotariatan, Notaris di Jakarta,\n"
        "Perseroan Terbatas ini bernama PT BELAJAR NUSANTARA DIGITAL, berkedudukan di Jakarta Selatan.",
        {"deed_number": "12", "deed_date": "2020-04-14", "notary_name": "Siti Rahmawati",
         "company_name": "PT Belajar Nusantara Digital"}, id="digits-and-words"),
    pytest.param(
        "SALINAN\nAKTA PENDIRIAN\nPT. KREASI ILMU MANDIRI\nNo. 05\n"
        "-Pada hari ini, Kamis, tanggal dua puluh tiga Juli dua ribu sembilan belas, pukul 09.00 WIB.-----\n"
        "-Hadir dihadapan saya, Dr. H. ANDI PRATAMA, S.H., M.Kn., Notaris di Kota Makassar, dengan------\n"
        "Perseroan ini bernama \"PT. KREASI ILMU MANDIRI\" (selanjutnya disebut Perseroan).",
        {"deed_number": "05", "deed_date": "2019-07-23", "notary_name": "Andi Pratama",
         "company_name": "PT Kreasi Ilmu Mandiri"}, id="words-only-and-titles"),
    pytest.param(
        "AKTA PERNYATAAN KEPUTUSAN PARA PEMEGANG SAHAM\nPT EDU GLOBAL INDONESIA\nNomor : 27.-\n"
        "-Pada hari ini, Jumat, tanggal tiga puluh satu Mei dua ribu dua puluh empat (31-05-2024).---\n"
        "-Menghadap kepada saya, Doktor HENDRIK SIHOMBING, Sarjana Hukum, Magister Kenotariatan, Notaris\n"
        "di Kota Medan, dengan dihadiri oleh saksi-saksi.",
        {"deed_number": "27", "deed_date": "2024-05-31", "notary_name": "Hendrik Sihombing"},
        id="amendment-menghadap"),
    pytest.param(
        "AKTA PENDIRIAN PERSEROAN TERBATAS\nNomor: 3\n"
        "Pada hari ini, Senin, tanggal 5 (lima) bulan Maret tahun 2021 (dua ribu dua puluh satu).\n"
        "Di hadapan saya, Raden Ayu KARTIKA SARI, S.H., M.Kn., Notaris di Kabupaten Sleman.\n"
        "Perseroan Terbatas ini diberi nama PT Karya Digital Mataram Tbk, berkedudukan di Sleman.",
        {"deed_number": "3", "deed_date": "2021-03-05", "company_name": "PT Karya Digital Mataram Tbk",
         "listed": True}, id="parenthetical-date-tbk"),
]


@pytest.mark.parametrize("text, expected", DEED_OPENINGS)
def test_deed_facts(text, expected):
    facts = facts_of(("akta.txt", text))
    got = {k: facts.get(k) for k in expected}
    normal = {k: v.lower() if isinstance(v, str) else v for k, v in got.items()}
    assert normal == {k: v.lower() if isinstance(v, str) else v for k, v in expected.items()}


@pytest.mark.parametrize(
    "name_line, form, ownership",
    [
        ("Perseroan Terbatas ini bernama PT TELEMATIKA NUSANTARA (Persero) Tbk, berkedudukan di Bandung.", "PT", "bumn"),
        ("Perseroan ini bernama PT JAKARTA EDUKASI DIGITAL (Perseroda), berkedudukan di Jakarta.", "PT", "bumd"),
        ("Perusahaan ini bernama Perusahaan Umum Daerah Pelatihan Kerja Jaya, berkedudukan di Surabaya.", "PERUMDA", "bumd"),
        ("Perusahaan ini bernama Perum Pelatihan Nasional, berkedudukan di Jakarta.", "PERUM", "bumn"),
        ("Persekutuan Komanditer ini bernama CV MAJU BELAJAR, berkedudukan di Padang.", "CV", "private"),
        ("Yayasan ini bernama Yayasan Pendidikan Insan Cendekia, berkedudukan di Bogor.", "YAYASAN", "private"),
        ("Koperasi ini bernama Koperasi Jasa Pelatihan Sejahtera, berkedudukan di Malang.", "KOPERASI", "private"),
        ("Perkumpulan ini bernama Perkumpulan Instruktur Digital Indonesia, berkedudukan di Depok.", "PERKUMPULAN", "private"),
    ],
)
def test_entity_form_and_ownership(name_line, form, ownership):
    facts = facts_of(("akta.txt", f"AKTA PENDIRIAN\nNomor: 1\nBerhadapan dengan saya, Notaris di Jakarta.\n{name_line}"))
    assert (facts["entity_form"], facts["ownership"]) == (form, ownership)


def test_government_platform_from_a_ministerial_decree():
    decree = (
        "KEPUTUSAN MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA\nNOMOR 215 TAHUN 2020\nTENTANG\n"
        "PENYELENGGARAAN SISTEM INFORMASI PELATIHAN KERJA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n"
        "MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA,\nMenimbang: a. bahwa ...\nMEMUTUSKAN:\n"
        "Menetapkan: KEPUTUSAN MENTERI KETENAGAKERJAAN TENTANG PENYELENGGARAAN SISTEM INFORMASI."
    )
    facts = facts_of(("lampiran-1.pdf.txt", decree))
    assert facts["entity_form"] == "GOVERNMENT_AGENCY" and facts["ownership"] == "government"
    assert facts["company_name"].lower().startswith("kementerian ketenagakerjaan")
    report = report_of(("kepmen.txt", decree))
    assert status_of(report, "business_license") == "not_applicable"


@pytest.mark.parametrize(
    "text, name, value",
    [
        ("NOMOR INDUK BERUSAHA: 9120204150376", "nib", "9120204150376"),
        ("Nomor Induk Berusaha (NIB) 8120 0123 4567 8", "nib", "8120012345678"),
        ("NIB : 9120005732218, NPWP 31.884.205.1-805.000.", "npwp", "318842051805000"),
        ("NPWP Perusahaan: 0318842051805000", "npwp", "0318842051805000"),
        ("Nomor Pokok Wajib Pajak : 01.234.567.8-901.000", "npwp", "012345678901000"),
        ("Keputusan Menteri Hukum dan HAM Nomor AHU-0012345.AH.01.01.Tahun 2019", "ahu_number",
         "AHU-0012345.AH.01.01.TAHUN 2019"),
        ("Nomor: AHU - 0056123 . AH.01.02. Tahun 2022 tentang Persetujuan Perubahan", "ahu_number",
         "AHU-0056123.AH.01.02.TAHUN 2022"),
        ("Surat Keterangan Terdaftar Nomor: AHU-0018452-AH.01.14 Tahun 2021", "ahu_number",
         "AHU-0018452-AH.01.14 TAHUN 2021"),
    ],
)
def test_identifiers(text, name, value):
    assert facts_of(("dokumen.txt", text))[name] == value


def test_a_nik_is_not_an_npwp_and_is_masked():
    text = ("Tuan BUDI SANTOSO, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan 3174051203850002,"
            " selaku Direktur Utama.\nNPWP 01.234.567.8-901.000")
    report = report_of(("akta.txt", "AKTA PENDIRIAN\nNomor: 1\n" + text))
    facts = {f["name"]: f["value"] for f in report["facts"]}
    assert facts["npwp"] == "012345678901000"
    dumped = json.dumps(report)
    assert "3174051203850002" not in dumped and "3174********0002" in dumped


COVERAGE_TABLE = """SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL
Yang bertanda tangan di bawah ini:
Nama : Andika Pratama
Jabatan : Direktur Utama
bertindak untuk dan atas nama PT Contoh Digital, berkedudukan di Jakarta Selatan, alamat Jl. Wijaya I No. 27,
Kebayoran Baru, Jakarta Selatan, dengan ini menyatakan pengguna terdaftar kami sebagai berikut:
No Provinsi Jumlah Pengguna
1 Aceh 1.204
2 Sumut 3.880
3 Kepri 968
4 Riau 1.733
5 Papua Barat Daya 120
6 Papua Pegunungan 0
7 DIY 2.245
8 Jabar 15.302
9 NTB -
Jumlah 24.932
Jakarta, 11 Maret 2024
"""


def test_province_table_with_aliases_zero_rows_and_traps():
    facts = facts_of(("cakupan.pdf", COVERAGE_TABLE))
    assert facts["provinces"] == ["Aceh", "DI Yogyakarta", "Jawa Barat", "Kepulauan Riau",
                                  "Papua Barat Daya", "Riau", "Sumatera Utara"]
    assert facts["province_count"] == 7
    assert facts["registered_users"] == 24932


@pytest.mark.parametrize(
    "sentence, provinces",
    [
        ("Pengguna kami tersebar di Jawa Barat, Jawa Tengah, Kalimantan dan Pulau Jawa.", ["Jawa Barat", "Jawa Tengah"]),
        ("Our users are in West Java, North Sumatra and the Special Region of Yogyakarta.",
         ["DI Yogyakarta", "Jawa Barat", "Sumatera Utara"]),
        ("Peserta berasal dari Nanggroe Aceh Darussalam, Babel, Sulsel dan Papua Selatan.",
         ["Aceh", "Kepulauan Bangka Belitung", "Papua Selatan", "Sulawesi Selatan"]),
    ],
)
def test_provinces_in_prose(sentence, provinces):
    assert facts_of(("pernyataan.txt", "SURAT PERNYATAAN CAKUPAN NASIONAL\n" + sentence))["provinces"] == provinces


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("pengguna terdaftar kami tersebar di 31 (tiga puluh satu) provinsi.", 31),
        ("our platform serves registered users in 27 of Indonesia's 38 provinces.", 27),
        ("Jumlah provinsi dengan pengguna aktif: 29", 29),
    ],
)
def test_stated_province_counts(sentence, count):
    facts = facts_of(("pernyataan.txt", "SURAT PERNYATAAN CAKUPAN NASIONAL\n" + sentence))
    assert facts["province_count"] == count
    assert "provinces" not in facts


@pytest.mark.parametrize(
    "sentence, users",
    [
        ("Saat ini platform memiliki 1.250.000 pengguna terdaftar.", 1250000),
        ("Jumlah pengguna terdaftar per Desember 2023 sebanyak 2,3 juta orang.", 2300000),
        ("We have a total of 1.2 million registered users.", 1200000),
        ("Sistem mampu melayani 50.000 pengguna secara bersamaan; pengguna terdaftar berjumlah 98.765.", 98765),
    ],
)
def test_registered_users(sentence, users):
    assert facts_of(("pernyataan.txt", "SURAT PERNYATAAN CAKUPAN NASIONAL\n" + sentence))["registered_users"] == users


SYSTEM = "DESKRIPSI SISTEM\n"


@pytest.mark.parametrize(
    "body, aspects, payment",
    [
        ("Arsitektur microservices pada pusat data Tier III. Keamanan tersertifikasi ISO/IEC 27001 dengan "
         "enkripsi TLS. Ketersediaan 99,9% (SLA) dengan auto-scaling. Integrasi melalui REST API. "
         "Sistem telah terintegrasi dengan Kartu Prakerja sebagai metode pembayaran pelatihan.", 4, True),
        ("The platform is hosted on a cloud infrastructure. Security: data is encrypted at rest. "
         "Uptime is 99.5%. Payment through the Kartu Prakerja system is supported via voucher redemption.", 3, True),
        # an integration the system does not have is no evidence of the integration aspect
        ("Platform berjalan di server sewaan dengan firewall. Sistem belum dapat terintegrasi dengan "
         "sistem Kartu Prakerja sebagai metode pembayaran.", 2, False),
        ("Aplikasi web dengan basis data MySQL.", 1, None),
    ],
)
def test_it_aspects_and_payment(body, aspects, payment):
    report = report_of(("sistem.txt", SYSTEM + body))
    facts = {f["name"]: f["value"] for f in report["facts"]}
    assert len(facts["it_aspects"]) == aspects
    assert facts.get("payment_integration") == payment


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Situs: https://www.belajar.id/ dan aplikasi play.google.com/store/apps/details?id=id.belajar.app",
         ["https://play.google.com/store/apps/details?id=id.belajar.app", "https://www.belajar.id"]),
        ("Portal kami di belajarkita.co.id; hubungi info@belajarkita.co.id atau oss.go.id", ["https://belajarkita.co.id"]),
        ("Available as id.go.kemnaker.sipelatih on Google Play.", ["id.go.kemnaker.sipelatih"]),
    ],
)
def test_portal_urls(text, expected):
    assert facts_of(("sistem.txt", SYSTEM + text))["portal_urls"] == expected


PARTNERS = """DAFTAR LEMBAGA PELATIHAN MITRA
PT Contoh Digital
Seluruh program pelatihan mitra berbasis kompetensi dan mengacu pada SKKNI.
No | Nama Lembaga | Kota
1 | LPK Karya Mandiri | Bandung
2 | LKP Sinar Terang | Surabaya
3 | PT Edukasi Prima Indonesia | Jakarta
4 | LPK Karya Mandiri | Bandung
5 | PT Contoh Digital | Jakarta
"""


def test_partner_list_counts_distinct_external_institutions():
    report = report_of(("akta.txt", "AKTA PENDIRIAN\nNomor: 1\nPerseroan Terbatas ini bernama PT CONTOH DIGITAL, berkedudukan di Jakarta."),
                       ("mitra.txt", PARTNERS))
    facts = {f["name"]: f["value"] for f in report["facts"]}
    assert facts["training_partner_count"] == 3
    assert status_of(report, "training_partners") == "met"
    assert status_of(report, "open_marketplace") == "met"


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Platform kami merupakan marketplace terbuka bagi lembaga pelatihan di seluruh Indonesia.", "met"),
        ("Seluruh kelas hanya menyediakan pelatihan yang kami selenggarakan sendiri.", "not_met"),
        ("Platform tidak menyediakan marketplace bagi lembaga pelatihan lain.", "not_met"),
    ],
)
def test_open_marketplace_statements(sentence, status):
    assert status_of(report_of(("mitra.txt", "DAFTAR LEMBAGA PELATIHAN MITRA\n" + sentence)), "open_marketplace") == status


def test_signatory_named_in_title_case_and_capitals_is_the_director():
    deed = ("AKTA PENDIRIAN\nNomor: 1\nPerseroan Terbatas ini bernama PT CONTOH DIGITAL.\n"
            "Direksi:\n- Direktur Utama : Tuan ANDIKA PRATAMA WIJAYA;\n- Direktur : Nyonya RINA MARLINA;\n"
            "Dewan Komisaris:\n- Komisaris : Tuan HARI SUSANTO.")
    signed_by = "SURAT PERNYATAAN CAKUPAN NASIONAL\n...\nHormat kami,\nPT Contoh Digital\n\n({name})\n{role}\n"
    ok = report_of(("akta.txt", deed), ("cakupan.txt", signed_by.format(name="Andika Pratama Wijaya", role="Direktur Utama")))
    assert status_of(ok, "signatory_authorized") == "met"
    commissioner = report_of(("akta.txt", deed), ("cakupan.txt", signed_by.format(name="Hari Susanto", role="Direktur")))
    assert status_of(commissioner, "signatory_authorized") == "not_met"
