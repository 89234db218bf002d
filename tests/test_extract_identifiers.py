"""Identifier extractors: AHU approval number, NIB, NPWP; NIK is personal data, never an NPWP.

Formats as issued: the Ministry of Law's decrees (SK) "AHU-0012345.AH.01.01.TAHUN 2019" (01.01
pengesahan pendirian, 01.02 persetujuan perubahan, 01.03 penerimaan pemberitahuan, 01.04 yayasan;
01.11 is the company register and 02.01 a notary's appointment, neither is the company's
approval); the OSS "Nomor Induk Berusaha" of 13 digits; NPWP as 15 formatted digits or 16 digits
since 2024; NIK 16 digits on every identity card, to be masked in reports (UU 27/2022).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import facts_of, report_of, status_of

CORPUS = Path(__file__).parent / "corpus"
ESTABLISHMENT = (CORPUS / "akta_pendirian_pt_belajar_nusantara_digital.txt").read_text(encoding="utf-8")
AMENDMENT = (CORPUS / "akta_pkr_pt_belajar_nusantara_digital.txt").read_text(encoding="utf-8")
NIKS_IN_ESTABLISHMENT = ["3273011205850003", "3273054309880002", "3277022101790004"]

SK_PENGESAHAN = """\
                KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA
                             REPUBLIK INDONESIA
                   NOMOR AHU-0023456.AH.01.01.TAHUN 2020
                                   TENTANG
            PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS
                        PT BELAJAR NUSANTARA DIGITAL

Menimbang : a. bahwa berdasarkan permohonan Notaris SITI RAHMAWATI, S.H.,
               M.Kn. sesuai salinan Akta Nomor 12 Tanggal 14 April 2020 yang
               dibuat oleh Notaris SITI RAHMAWATI, S.H., M.Kn., berkedudukan
               di Kota Bandung, dan data yang terdapat dalam Sistem
               Administrasi Badan Hukum, tentang Pendirian Badan Hukum PT
               BELAJAR NUSANTARA DIGITAL, berkedudukan di KOTA BANDUNG, telah
               sesuai dengan persyaratan pengesahan badan hukum perseroan;
Mengingat : 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas;
            2. Peraturan Pemerintah Nomor 43 Tahun 2011 tentang Tata Cara
               Pengajuan dan Pemakaian Nama Perseroan Terbatas;
                                 MEMUTUSKAN:
Menetapkan : KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA TENTANG PENGESAHAN
             PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS PT BELAJAR NUSANTARA
             DIGITAL.
KESATU     : Mengesahkan pendirian badan hukum PT BELAJAR NUSANTARA DIGITAL,
             berkedudukan di KOTA BANDUNG karena telah sesuai dengan data
             isian Format Pendirian yang disimpan di dalam Sistem
             Administrasi Badan Hukum sebagaimana salinan akta Nomor 12
             Tanggal 14 April 2020 yang dibuat oleh Notaris SITI RAHMAWATI,
             S.H., M.Kn.
KEDUA      : Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan.
                                     Ditetapkan di Jakarta,
                                     pada tanggal 16 April 2020.
                                     a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA
                                     REPUBLIK INDONESIA
                                     DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM
                                                  ttd.
DICETAK PADA TANGGAL 16 April 2020
DAFTAR PERSEROAN NOMOR AHU-0071234.AH.01.11.TAHUN 2020 TANGGAL 16 April 2020
"""

SK_PERSETUJUAN_PERUBAHAN = """\
KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
NOMOR AHU-0019876.AH.01.02.Tahun 2021
TENTANG
PERSETUJUAN PERUBAHAN ANGGARAN DASAR PERSEROAN TERBATAS
PT BELAJAR NUSANTARA DIGITAL

Menimbang : bahwa berdasarkan permohonan Notaris Dr. H. ANDI PRATAMA, S.H.,
M.Kn. sesuai salinan Akta Nomor 31 Tanggal 05 Maret 2021 tentang perubahan
anggaran dasar PT BELAJAR NUSANTARA DIGITAL, yang anggaran dasarnya telah
disahkan dengan Keputusan Nomor AHU-0023456.AH.01.01.TAHUN 2020, telah sesuai
dengan persyaratan persetujuan perubahan anggaran dasar;
MEMUTUSKAN:
KESATU : Menyetujui perubahan anggaran dasar PT BELAJAR NUSANTARA DIGITAL,
berkedudukan di KOTA BANDUNG.
Ditetapkan di Jakarta, pada tanggal 08 Maret 2021.
DAFTAR PERSEROAN NOMOR AHU-0045123.AH.01.11.TAHUN 2021 TANGGAL 08 Maret 2021
"""

# OCR of a scanned SK: the year wrapped onto the next line, two spaces, lower-case "tahun".
SK_OCR_WRAPPED = """\
KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA
REPUBLIK INDONESIA
NOMOR AHU-0045678.AH.01.01.tahun
2022
TENTANG
PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS
PT SAMUDERA ILMU TEKNOLOGI
KESATU : Mengesahkan pendirian badan hukum PT SAMUDERA ILMU TEKNOLOGI,
berkedudukan di KOTA MAKASSAR.
"""

COVER_LETTER_AHU = """\
Kepada Yth.
Manajemen Pelaksana Program Kartu Prakerja
di Jakarta

Perihal: Permohonan Menjadi Mitra Platform Digital

Dengan hormat,
Bersama ini kami, PT Cakrawala Kursus Online, mengajukan permohonan untuk
menjadi mitra platform digital Program Kartu Prakerja. Akta pendirian
Perseroan telah memperoleh pengesahan Menteri Hukum dan Hak Asasi Manusia
dengan Keputusan Nomor: AHU-0034567.AH.01.01.tahun  2020 tanggal 2 Juni 2020.
Bersama surat ini kami lampirkan dokumen persyaratan sebagaimana terlampir.
"""

SK_OLD_FORMAT = """\
KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
NOMOR AHU-48517.AH.01.01.Tahun 2011
TENTANG
PENGESAHAN BADAN HUKUM PERSEROAN
Menimbang : Bahwa berdasarkan permohonan Notaris RUSDI ANWAR, SH tanggal
22 September 2011 ... PT ARUNA EDUKASI DIGITAL, berkedudukan di JAKARTA
SELATAN, telah memenuhi persyaratan pengesahan badan hukum perseroan;
MEMUTUSKAN: Mengesahkan badan hukum PT ARUNA EDUKASI DIGITAL.
"""

NOTIFICATION_RECEIPT = """\
KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
DIREKTORAT JENDERAL ADMINISTRASI HUKUM UMUM
Nomor    : AHU-AH.01.03-0145678
Lampiran :
Perihal  : Penerimaan Pemberitahuan Perubahan Data Perseroan
           PT BELAJAR NUSANTARA DIGITAL

Sesuai dengan data dalam format isian Perubahan yang disimpan di dalam
Sistem Administrasi Badan Hukum berdasarkan Akta Notaris Nomor 31 Tanggal
05 Maret 2021 yang dibuat oleh Notaris Dr. H. ANDI PRATAMA, S.H., M.Kn.,
telah diterima dan dicatat pemberitahuan perubahan data perseroan mengenai
susunan anggota Direksi dan Dewan Komisaris.
"""

SK_YAYASAN = """\
KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
NOMOR AHU-0001234.AH.01.04.TAHUN 2018
TENTANG
PENGESAHAN PENDIRIAN BADAN HUKUM YAYASAN CAHAYA ILMU NUSANTARA
KESATU : Mengesahkan pendirian badan hukum YAYASAN CAHAYA ILMU NUSANTARA,
berkedudukan di KABUPATEN BADUNG.
"""

NIB_OSS_RBA = """\
                     PEMERINTAH REPUBLIK INDONESIA
                PERIZINAN BERUSAHA BERBASIS RISIKO
               NOMOR INDUK BERUSAHA: 9120001234567

Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan
Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja
menjadi Undang-Undang, Pemerintah Republik Indonesia menerbitkan Nomor Induk
Berusaha (NIB) kepada:
1. Nama Pelaku Usaha        : PT BELAJAR NUSANTARA DIGITAL
2. Alamat Kantor            : Jalan Dago Nomor 45, Kel. Dago, Kec. Coblong,
                              Kota Bandung, Jawa Barat 40135
3. Nomor Telepon            : 022-2534567
4. Email                    : legal@belajarnusantara.id
5. Status Penanaman Modal   : PMDN
6. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI): Lihat Lampiran
7. Skala Usaha              : Usaha Menengah
NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan
kegiatan usaha dan berlaku sebagai Angka Pengenal Impor (API-U).
                                Diterbitkan di Jakarta, tanggal: 21 April 2020
                                Menteri Investasi/Kepala Badan Koordinasi
                                Penanaman Modal,
"""

NIB_OSS_OLD = """\
LEMBAGA PENGELOLA DAN PENYELENGGARA OSS
NOMOR INDUK BERUSAHA (NIB)         : 8120215031928
Nama Perusahaan                    : PT SAMUDERA ILMU TEKNOLOGI
Nomor Pokok Wajib Pajak (NPWP)     : 02.987.654.3-801.000
Alamat                             : Jl. Pettarani No. 88, Makassar
Nomor Telepon                      : 0411-8765432
Kode KBLI                          : 63122, 85499
Berlaku sebagai Tanda Daftar Perusahaan (TDP).
"""

NIB_IN_SENTENCE = """\
SURAT PERNYATAAN PERIZINAN BERUSAHA
Yang bertanda tangan di bawah ini menyatakan bahwa PT Kelas Mahir Indonesia
telah memiliki Nomor Induk Berusaha (NIB): 1234000567890 yang diterbitkan
melalui sistem Online Single Submission (OSS) pada tanggal 3 Maret 2021 dan
masih berlaku sampai dengan saat ini.
"""

NIB_GROUPED = """\
Izin Usaha / Perizinan Berusaha
Nama Perusahaan : PT Cakrawala Kursus Online
NIB 8120 0123 4567 8 (diterbitkan oleh Lembaga OSS tanggal 10 Januari 2019)
Izin Usaha Perdagangan berlaku efektif.
"""

SIUP_ONLY = """\
PEMERINTAH KOTA BANDUNG
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
SURAT IZIN USAHA PERDAGANGAN (SIUP) MENENGAH
NOMOR: 510/1234/SIUP-M/DPMPTSP/2017
Nama Perusahaan     : PT BELAJAR NUSANTARA DIGITAL
Kegiatan Usaha      : Jasa penyediaan portal web dan platform digital
Berlaku selama perusahaan menjalankan kegiatan usaha.
"""

# A Bank Mandiri account has 13 digits: a statement letter carries one next to the NIK.
PAYMENT_DETAILS = """\
SURAT PERNYATAAN KESEDIAAN
Yang bertanda tangan di bawah ini:
Nama        : Budi Santoso
NIK         : 3273011205850003
Jabatan     : Direktur Utama
bertindak untuk dan atas nama PT Belajar Nusantara Digital, menyatakan
bersedia menerima pembayaran komisi melalui rekening:
Nama Bank   : Bank Mandiri KCP Bandung Dago
No. Rekening: 1300012345678
Atas Nama   : PT Belajar Nusantara Digital
Telp.       : 0812-2233-4455
Bandung, 15 Mei 2024
(Budi Santoso)
"""

SKT_15 = """\
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA BANDUNG CIBEUNYING
SURAT KETERANGAN TERDAFTAR
Nomor: S-1234KT/WPJ.09/KP.0303/2020
Berdasarkan Peraturan Direktur Jenderal Pajak tentang tata cara pendaftaran
Nomor Pokok Wajib Pajak, dengan ini menerangkan bahwa:
NPWP    : 01.234.567.8-423.000
Nama    : PT BELAJAR NUSANTARA DIGITAL
Alamat  : JL. DAGO NO. 45 RT 002 RW 005, DAGO, COBLONG, KOTA BANDUNG
KLU     : 63122 - PORTAL WEB DAN/ATAU PLATFORM DIGITAL DENGAN TUJUAN KOMERSIAL
telah terdaftar dalam administrasi Direktorat Jenderal Pajak sejak tanggal
20 April 2020.
"""

NPWP_16_LETTER = """\
INFORMASI PERPAJAKAN PERUSAHAAN
Sesuai Peraturan Menteri Keuangan Nomor 112/PMK.03/2022, sejak 1 Juli 2024
Perseroan menggunakan Nomor Pokok Wajib Pajak format 16 digit.
Nama Wajib Pajak : PT KELAS MAHIR INDONESIA
NPWP             : 0953124567801000
Status           : Pusat
"""

NPWP_PLAIN_LABEL = """\
DATA PERUSAHAAN
Nama               : PT Cakrawala Kursus Online
Bentuk Badan Usaha : Perseroan Terbatas
Nomor Pokok Wajib Pajak : 03.456.789.0-012.000
Alamat             : Jl. Gatot Subroto No. 10, Denpasar
"""

DIRECTOR_STATEMENT_WITH_NIK = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama                 : Dewi Anggraeni
Nomor Induk Kependudukan (NIK) : 3273054309880002
Tempat/Tanggal Lahir : Surabaya, 3 September 1988
Jabatan              : Direktur
Alamat               : Jl. Sukajadi No. 210, Kota Bandung
dalam hal ini bertindak untuk dan atas nama PT Belajar Nusantara Digital,
menyatakan dengan sebenarnya bahwa seluruh dokumen yang kami lampirkan
adalah benar dan sah.
Bandung, 15 Mei 2024
Yang menyatakan,
(Dewi Anggraeni)
"""

COMPANY_AND_DIRECTOR = """\
IDENTITAS PEMOHON
Nama Perusahaan   : PT Belajar Nusantara Digital
NPWP Perusahaan   : 01.234.567.8-423.000
Penanggung Jawab  : Budi Santoso (Direktur Utama)
NIK Penanggung Jawab : 3273011205850003
"""

DEED_GOVERNMENT = """\
KEPUTUSAN MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA
NOMOR 88 TAHUN 2020
TENTANG
PENETAPAN SISTEM INFORMASI LATIHKERJA SEBAGAI PLATFORM DIGITAL PELATIHAN KERJA
MEMUTUSKAN:
KESATU : Menetapkan Sistem Informasi LATIHKERJA yang dikelola oleh Direktorat
Jenderal Pembinaan Pelatihan Vokasi dan Produktivitas, Kementerian
Ketenagakerjaan, sebagai platform digital pelatihan kerja.
Ditetapkan di Jakarta pada tanggal 3 Agustus 2020
MENTERI KETENAGAKERJAAN REPUBLIK INDONESIA
"""


@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("sk_ahu.txt", SK_PENGESAHAN, "AHU-0023456.AH.01.01.TAHUN 2020",
                     id="pengesahan-not-the-register-number"),
        pytest.param("lampiran3.txt", SK_PERSETUJUAN_PERUBAHAN, "AHU-0019876.AH.01.02.TAHUN 2021",
                     id="persetujuan-perubahan-title-case-tahun"),
        pytest.param("scan_004.txt", SK_OCR_WRAPPED, "AHU-0045678.AH.01.01.TAHUN 2022",
                     id="lower-case-year-wrapped-onto-next-line"),
        pytest.param("surat_permohonan.txt", COVER_LETTER_AHU, "AHU-0034567.AH.01.01.TAHUN 2020",
                     id="lower-case-tahun-double-space-in-letter"),
        pytest.param("sk_2011.txt", SK_OLD_FORMAT, "AHU-48517.AH.01.01.TAHUN 2011",
                     id="old-five-digit-format"),
        pytest.param("penerimaan_pemberitahuan.txt", NOTIFICATION_RECEIPT, "AHU-AH.01.03-0145678",
                     id="notification-receipt"),
        pytest.param("sk_yayasan.txt", SK_YAYASAN, "AHU-0001234.AH.01.04.TAHUN 2018",
                     id="yayasan-approval"),
        pytest.param("sworn_translation_decree.txt",
                     "DECREE OF THE MINISTER OF LAW AND HUMAN RIGHTS OF THE REPUBLIC OF INDONESIA\n"
                     "NUMBER AHU-0034512.AH.01.01.YEAR 2021\n"
                     "CONCERNING THE APPROVAL OF THE ESTABLISHMENT OF THE LEGAL ENTITY OF PT CAKRAWALA\n",
                     "AHU-0034512.AH.01.01.TAHUN 2021", id="sworn-translation-year"),
    ],
)
def test_ahu_number(name, text, expected):
    assert facts_of((name, text)).get("ahu_number") == expected


def test_notary_appointment_number_in_deed_letterhead_is_not_an_approval():
    """"AHU-00234.AH.02.01.Tahun 2015" is the notary's own appointment."""
    facts = facts_of(("akta_pendirian.txt", ESTABLISHMENT))
    assert "ahu_number" not in facts


def test_ahu_from_the_decree_beside_the_deed():
    facts = facts_of(("akta_pendirian.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN))
    assert facts.get("ahu_number") == "AHU-0023456.AH.01.01.TAHUN 2020"


def test_latest_approval_goes_with_the_latest_deed():
    """The amendment recites the 2020 approval; its own approval (2021) is the latest."""
    facts = facts_of(
        ("akta_pendirian.txt", ESTABLISHMENT),
        ("sk_pendirian.txt", SK_PENGESAHAN),
        ("akta_perubahan.txt", AMENDMENT),
        ("sk_perubahan.txt", SK_PERSETUJUAN_PERUBAHAN),
    )
    assert facts.get("ahu_number") == "AHU-0019876.AH.01.02.TAHUN 2021"


@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("nib.txt", NIB_OSS_RBA, "9120001234567", id="oss-rba-heading"),
        pytest.param("lampiran2.txt", NIB_OSS_OLD, "8120215031928", id="oss-1.1-label-colon"),
        pytest.param("pernyataan.txt", NIB_IN_SENTENCE, "1234000567890", id="in-a-sentence"),
        pytest.param("izin.txt", NIB_GROUPED, "8120012345678", id="grouped-by-four"),
    ],
)
def test_nib(name, text, expected):
    assert facts_of((name, text)).get("nib") == expected


@pytest.mark.parametrize(
    "name, text",
    [
        pytest.param("rekening.txt", PAYMENT_DETAILS, id="13-digit-bank-account-and-nik"),
        pytest.param("skt.txt", SKT_15, id="npwp-and-tax-office-letter-number"),
        pytest.param("akta.txt", ESTABLISHMENT, id="deed-with-nik-kbli-and-capital"),
    ],
)
def test_no_nib_where_there_is_none(name, text):
    assert "nib" not in facts_of((name, text))


@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("skt.txt", SKT_15, "012345678423000", id="skt-15-formatted"),
        pytest.param("nib_lama.txt", NIB_OSS_OLD, "029876543801000", id="long-label-beside-nib"),
        pytest.param("data.txt", NPWP_PLAIN_LABEL, "034567890012000", id="full-label"),
        pytest.param("npwp16.txt", NPWP_16_LETTER, "0953124567801000", id="16-digit"),
        pytest.param("identitas.txt", COMPANY_AND_DIRECTOR, "012345678423000",
                     id="company-npwp-beside-director-nik"),
    ],
)
def test_npwp(name, text, expected):
    assert facts_of((name, text)).get("npwp") == expected


@pytest.mark.parametrize(
    "name, text",
    [
        pytest.param("pernyataan.txt", DIRECTOR_STATEMENT_WITH_NIK, id="nik-labelled-in-full"),
        pytest.param("rekening.txt", PAYMENT_DETAILS, id="nik-short-label"),
        pytest.param("akta.txt", ESTABLISHMENT, id="nik-of-founders-in-deed"),
    ],
)
def test_a_nik_is_not_an_npwp(name, text):
    assert "npwp" not in facts_of((name, text))


@pytest.mark.parametrize(
    "docs, niks",
    [
        pytest.param([("pernyataan.txt", DIRECTOR_STATEMENT_WITH_NIK)], ["3273054309880002"],
                     id="statement"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN)],
                     NIKS_IN_ESTABLISHMENT, id="deed"),
        pytest.param([("identitas.txt", COMPANY_AND_DIRECTOR), ("rekening.txt", PAYMENT_DETAILS)],
                     ["3273011205850003"], id="form-and-letter"),
    ],
)
def test_nik_is_masked_in_the_report(docs, niks):
    dumped = json.dumps(report_of(*docs), ensure_ascii=False)
    for nik in niks:
        assert nik not in dumped


def test_masking_keeps_company_identifiers():
    """Masking the NIK must not mask the NPWP beside it."""
    report = report_of(("identitas.txt", COMPANY_AND_DIRECTOR))
    values = {f["name"]: f["value"] for f in report["facts"]}
    assert values.get("npwp") == "012345678423000"
    assert "3273011205850003" not in json.dumps(report, ensure_ascii=False)


@pytest.mark.parametrize("ruleset", ["permenko-3-2020", "permenko-11-2020"])
@pytest.mark.parametrize(
    "docs, expected",
    [
        pytest.param([("akta.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN),
                      ("lampiran2.txt", NIB_OSS_RBA)], "met", id="nib"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN),
                      ("siup.txt", SIUP_ONLY)], "met", id="named-licence-siup"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN)], "missing",
                     id="no-licence"),
        pytest.param([("kepmen.txt", DEED_GOVERNMENT)], "not_applicable", id="ministry"),
    ],
)
def test_business_license_status(docs, expected, ruleset):
    assert status_of(report_of(*docs, ruleset=ruleset), "business_license") == expected


# OSS prints and their translations put the value on the line under a bilingual label
LABEL_ABOVE_VALUE = [
    ("NOMOR INDUK BERUSAHA (NIB)\n   9120506677889\n", {"nib": "9120506677889"}),
    ("BUSINESS IDENTIFICATION NUMBER (NIB)\n9120506677889\n", {"nib": "9120506677889"}),
    ("Business Identification Number: 9120506677889\n", {"nib": "9120506677889"}),
    ("NPWP / Tax ID:\n02.345.678.9-012.000\n", {"npwp": "023456789012000"}),
    ("Taxpayer Identification Number (NPWP): 0023456789012000\n", {"npwp": "0023456789012000"}),
    ("Nama Pelaku Usaha / Business Actor Name:\nPT Jembatan Ilmu Sejahtera\n",
     {"company_name": "PT Jembatan Ilmu Sejahtera"}),
    ("Name of Business Actor : PT. JEMBATAN ILMU SEJAHTERA\n",
     {"company_name": "PT Jembatan Ilmu Sejahtera"}),
]


@pytest.mark.parametrize("lines, expected", LABEL_ABOVE_VALUE)
def test_a_value_under_its_label_or_beside_an_english_one(lines, expected):
    text = "PERIZINAN BERUSAHA BERBASIS RISIKO\nOnline Single Submission\n" + lines
    facts = facts_of(("nib_oss.txt", text))
    assert {k: facts.get(k) for k in expected} == expected


def test_an_english_nib_print_is_a_business_licence():
    report = report_of(("lampiran_3.txt", "BUSINESS IDENTIFICATION NUMBER (NIB)\n9120506677889\n"
                        "Business Actor Name: PT Jembatan Ilmu Sejahtera\n"))
    assert report["documents"][0]["type"] == "business_license"


# Numbers that are not in force: an approval still to be issued, a licence applied for or
# expired, the licence the regulation asks for.
COVER_LETTER_AHU_TO_COME = COVER_LETTER_AHU.replace(
    "Akta pendirian\nPerseroan telah memperoleh pengesahan Menteri Hukum dan Hak Asasi Manusia\n"
    "dengan Keputusan Nomor: AHU-0034567.AH.01.01.tahun  2020 tanggal 2 Juni 2020.",
    "Pengesahan badan hukum\nPerseroan masih kami urus; nomor pengesahan yang akan diterbitkan kelak "
    "berformat\nAHU-0000000.AH.01.01.Tahun 2025 dan akan kami susulkan.")

COVER_LETTER_LICENCE_IN_PROCESS = """\
Kepada Yth. Manajemen Pelaksana Program Kartu Prakerja
Perihal: Permohonan Menjadi Mitra Platform Digital
Izin usaha kami masih dalam proses, nomor permohonan: OSS-REQ-2025-0412. Dokumen NIB akan
kami sampaikan setelah terbit.
"""

SIUP_EXPIRED = SIUP_ONLY.replace(
    "Berlaku selama perusahaan menjalankan kegiatan usaha.",
    "Berlaku sampai dengan : 14 Maret 2019\nCatatan: SIUP ini telah berakhir masa berlakunya dan tidak "
    "diperpanjang.")

COVER_LETTER_QUOTING_THE_RULE = """\
Kepada Yth. Manajemen Pelaksana Program Kartu Prakerja
Sebagai calon Platform Digital, kami memahami kewajiban untuk memiliki izin usaha (Permenko No.
3/2020 Pasal 47 ayat 4) dan memenuhi persyaratan lainnya.
"""


def test_an_approval_number_still_to_be_issued_is_no_approval():
    assert "AHU-0000000" in COVER_LETTER_AHU_TO_COME
    assert "ahu_number" not in facts_of(("surat_pengantar.txt", COVER_LETTER_AHU_TO_COME))
    report = report_of(("akta.txt", ESTABLISHMENT), ("surat_pengantar.txt", COVER_LETTER_AHU_TO_COME))
    assert status_of(report, "legal_entity") == "needs_review"


@pytest.mark.parametrize("name, text", [
    pytest.param("surat_pengantar.txt", COVER_LETTER_LICENCE_IN_PROCESS, id="applied-for"),
    pytest.param("siup.txt", SIUP_EXPIRED, id="expired-siup"),
    pytest.param("surat_pengantar.txt", COVER_LETTER_QUOTING_THE_RULE, id="the-rule-quoted"),
])
def test_a_licence_not_in_force_is_no_licence(name, text):
    assert "business_licence" not in facts_of((name, text))
    report = report_of(("akta.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN), (name, text))
    assert status_of(report, "business_license") != "met"


# A company among the founders, described with its own approval: that number is the
# shareholder's. Without the applicant's own decree the approval is still to be shown.
WITH_A_COMPANY_FOUNDER = ESTABLISHMENT.replace(
    "-Para penghadap telah dikenal oleh saya, Notaris.",
    "3. PT GRAHA INVESTAMA NUSANTARA, suatu perseroan terbatas yang didirikan menurut\n"
    "   hukum Negara Republik Indonesia, berkedudukan di Jakarta Pusat, yang anggaran\n"
    "   dasarnya telah mendapat pengesahan dari Menteri Hukum dan Hak Asasi Manusia\n"
    "   Republik Indonesia berdasarkan Surat Keputusan Nomor AHU-0045821.AH.01.01.Tahun\n"
    "   2015 tanggal 3 Maret 2015, dalam hal ini diwakili oleh Nyonya RATNA DEWI\n"
    "   LESTARI selaku Direktur Utama;\n"
    "-Para penghadap telah dikenal oleh saya, Notaris.")


def test_a_founding_companys_approval_is_not_the_applicants():
    assert "AHU-0045821" in WITH_A_COMPANY_FOUNDER
    facts = facts_of(("akta_pendirian.txt", WITH_A_COMPANY_FOUNDER))
    assert "ahu_number" not in facts
    assert status_of(report_of(("akta_pendirian.txt", WITH_A_COMPANY_FOUNDER)), "legal_entity") == "needs_review"
    with_decree = report_of(("akta_pendirian.txt", WITH_A_COMPANY_FOUNDER), ("sk.txt", SK_PENGESAHAN))
    assert status_of(with_decree, "legal_entity") == "met"


AMENDMENT = (CORPUS / "akta_pkr_pt_belajar_nusantara_digital.txt").read_text(encoding="utf-8")


def test_an_amendment_without_its_own_approval_asks_for_it():
    """The latest deed is an amendment; only the founding approval is in the bundle."""
    founding_only = report_of(("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                              ("sk_pendirian.txt", SK_PENGESAHAN))
    assert status_of(founding_only, "legal_entity") == "needs_review"
    item = next(c for c in founding_only["criteria"] if c["id"] == "legal_entity")
    assert any("akta_perubahan.txt" in reason for reason in item["reasons"])
    approved = report_of(("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                         ("sk_pendirian.txt", SK_PENGESAHAN), ("sk_perubahan.txt", SK_PERSETUJUAN_PERUBAHAN))
    assert status_of(approved, "legal_entity") == "met"


SK_FOR_ANOTHER_DEED = SK_PENGESAHAN.replace("Akta Nomor 12 Tanggal 14 April 2020",
                                            "Akta Nomor 5 Tanggal 2 Januari 2017")


def test_an_approval_of_another_deed_asks_for_review():
    assert "Akta Nomor 5 Tanggal 2 Januari 2017" in SK_FOR_ANOTHER_DEED
    report = report_of(("akta.txt", ESTABLISHMENT), ("sk.txt", SK_FOR_ANOTHER_DEED))
    assert status_of(report, "legal_entity") == "needs_review"
    item = next(c for c in report["criteria"] if c["id"] == "legal_entity")
    assert any("Akta Nomor 5 tanggal 2017-01-02" in reason for reason in item["reasons"]), item["reasons"]
    assert status_of(report_of(("akta.txt", ESTABLISHMENT), ("sk.txt", SK_PENGESAHAN)), "legal_entity") == "met"


def test_a_founding_approval_in_the_amendments_own_year_is_its_approval():
    """A CV turned into a PT gets the founding approval (AH.01.01) for its conversion deed."""
    same_year = SK_PENGESAHAN.replace("NOMOR AHU-0023456.AH.01.01.TAHUN 2020", "NOMOR AHU-0023456.AH.01.01.TAHUN 2021")
    assert same_year != SK_PENGESAHAN
    report = report_of(("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                       ("sk.txt", same_year))
    assert status_of(report, "legal_entity") == "met"


def test_a_frozen_nib_is_read_but_the_licence_asks_for_review():
    text = ("PERIZINAN BERUSAHA BERBASIS RISIKO\nNOMOR INDUK BERUSAHA: 1203210045678\n"
            "Nama Pelaku Usaha : PT Gemilang Cipta Edukasi\n"
            "Status NIB : DIBEKUKAN (pembekuan Perizinan Berusaha berdasarkan hasil pengawasan)\n")
    report = report_of(("nib.txt", text))
    assert {f["name"]: f["value"] for f in report["facts"]}["nib"] == "1203210045678"
    assert status_of(report, "business_license") == "needs_review"


RECEIPT_FOR_ANOTHER_DEED = """\
KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
DIREKTORAT JENDERAL ADMINISTRASI HUKUM UMUM
Nomor : AHU-AH.01.09-0123456
Perihal : Penerimaan Pemberitahuan Perubahan Data Perseroan PT BELAJAR NUSANTARA DIGITAL
Sesuai dengan data dalam format isian perubahan yang disimpan di dalam sistem administrasi badan
hukum berdasarkan Akta Notaris Nomor 03 tanggal 10 Januari 2024 yang dibuat oleh Notaris Maria
Fransiska Tambunan, S.H., M.Kn., mengenai perubahan alamat lengkap Perseroan, telah diterima dan
dicatat di dalam Sistem Administrasi Badan Hukum.
"""


def test_a_notice_receipt_for_a_deed_not_in_the_bundle_is_no_approval_of_the_deed_sent():
    report = report_of(("akta.txt", ESTABLISHMENT), ("penerimaan_pemberitahuan.txt", RECEIPT_FOR_ANOTHER_DEED))
    assert status_of(report, "legal_entity") == "needs_review"
