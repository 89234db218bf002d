"""Signatory check: whoever signs the statements is a director named in the deed or its latest
amendment, or, for BUMN, BUMD and government applicants, the official named in an appointment
decree. English titles count ("President Director" = Direktur Utama). Deeds write names in
capitals after "Tuan"/"Nyonya"; statements in title case, after "Bapak"/"Ibu", with degrees.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import report_of, status_of

CORPUS = Path(__file__).parent / "corpus"
# Directors: Direktur Utama BUDI SANTOSO, Direktur DEWI ANGGRAENI; Komisaris HENDRA WIJAYA;
# witnesses ANISA PUTRI and RUDI HERMAWAN.
ESTABLISHMENT = (CORPUS / "akta_pendirian_pt_belajar_nusantara_digital.txt").read_text(encoding="utf-8")
# Latest amendment: DEWI ANGGRAENI dismissed, RIZKY PRATAMA PUTRA appointed Direktur.
AMENDMENT = (CORPUS / "akta_pkr_pt_belajar_nusantara_digital.txt").read_text(encoding="utf-8")

STATEMENT_BUDI = """\
                      PT BELAJAR NUSANTARA DIGITAL
          Jl. Dago No. 45, Bandung 40135 | www.belajarnusantara.id

                   SURAT PERNYATAAN CAKUPAN NASIONAL
                       Nomor: 021/BND/DIR/V/2024

Yang bertanda tangan di bawah ini:
Nama      : Budi Santoso
Jabatan   : Direktur Utama
Alamat    : Jl. Dago No. 45, Kota Bandung
dalam hal ini bertindak untuk dan atas nama PT Belajar Nusantara Digital,
dengan ini menyatakan bahwa platform kami telah digunakan oleh pengguna
terdaftar di 28 (dua puluh delapan) provinsi di Indonesia.

Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan
sebagaimana mestinya.

Bandung, 15 Mei 2024
Hormat kami,
PT Belajar Nusantara Digital
[Meterai 10000 - cap perusahaan]

(Budi Santoso)
Direktur Utama
"""

STATEMENT_BAPAK_WITH_DEGREES = """\
SURAT PERNYATAAN KERJA SAMA LEMBAGA PELATIHAN

Kami, PT Belajar Nusantara Digital, yang dalam hal ini diwakili oleh Bapak
Budi Santoso selaku Direktur Utama, menyatakan bahwa kami bekerja sama dengan
35 (tiga puluh lima) lembaga pelatihan yang menyelenggarakan pelatihan
berbasis kompetensi.

Bandung, 16 Mei 2024
Hormat kami,


(Ir. BUDI SANTOSO, M.M.)
Direktur Utama
"""

STATEMENT_DEWI = """\
SURAT PERNYATAAN KEBENARAN DOKUMEN

Saya yang bertanda tangan di bawah ini, Ibu Dewi Anggraeni, S.E., Direktur
PT Belajar Nusantara Digital, menyatakan bahwa seluruh dokumen yang dilampirkan
dalam permohonan menjadi mitra platform digital Program Kartu Prakerja adalah
benar dan sesuai dengan aslinya.

Bandung, 15 Mei 2024
Yang menyatakan,

Dewi Anggraeni, S.E.
Direktur
"""

STATEMENT_ENGLISH_PRESIDENT_DIRECTOR = """\
STATEMENT LETTER

I, the undersigned:
Name      : Budi Santoso
Position  : President Director
acting for and on behalf of PT Belajar Nusantara Digital, hereby declare that
the platform is able to integrate with the Kartu Prakerja system as the payment
method for training.

Bandung, 20 May 2024
Sincerely,

Budi Santoso
President Director
"""

STATEMENT_COMMISSIONER = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama     : Hendra Wijaya
Jabatan  : Komisaris
bertindak untuk dan atas nama PT Belajar Nusantara Digital, menyatakan bahwa
platform kami memiliki sistem teknologi informasi yang memadai.

Cimahi, 10 Mei 2024
(Hendra Wijaya)
Komisaris
"""

STATEMENT_RIZKY = """\
SURAT PERNYATAAN KESANGGUPAN
Yang bertanda tangan di bawah ini:
Nama     : Rizky Pratama Putra
Jabatan  : Direktur
dalam hal ini bertindak untuk dan atas nama PT Belajar Nusantara Digital,
menyatakan sanggup memenuhi seluruh kewajiban sebagai mitra platform digital
Program Kartu Prakerja.

Bandung, 17 Mei 2024
Hormat kami,
(Rizky Pratama Putra)
Direktur
"""

STATEMENT_MANAGER_BY_PROXY = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama     : Rudi Hartono
Jabatan  : Manajer Operasional
berdasarkan Surat Kuasa Direksi tanggal 2 Mei 2024, bertindak untuk dan atas
nama PT Belajar Nusantara Digital, menyatakan bahwa data yang kami sampaikan
adalah benar.

Bandung, 15 Mei 2024
(Rudi Hartono)
Manajer Operasional
"""

# Anisa Putri is named in the deed, but as the notary's witness, not as a director.
STATEMENT_WITNESS_AS_DIRECTOR = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama     : Anisa Putri, S.H.
Jabatan  : Direktur
bertindak untuk dan atas nama PT Belajar Nusantara Digital, menyatakan bahwa
platform kami merupakan marketplace terbuka bagi lembaga pelatihan.

Bandung, 15 Mei 2024
(Anisa Putri, S.H.)
Direktur
"""

# A later deed where the directors appear only as "yang saat ini menjabat sebagai ...".
DEED_MENJABAT = """\
            AKTA PERNYATAAN KEPUTUSAN PARA PEMEGANG SAHAM
                      PT CAKRAWALA KURSUS ONLINE
                              Nomor: 09
-Pada hari ini, Rabu, tanggal 15-05-2024 (lima belas Mei dua ribu dua puluh
empat), pukul 10.00 WITA.--------------------------------------------------
-Berhadapan dengan saya, I GUSTI AYU MADE PUSPITA, S.H., M.Kn., Notaris di
Kota Denpasar, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal:-
1. Tuan AGUS SETIAWAN, lahir di Tabanan, pada tanggal 09-09-1980 (sembilan
   September seribu sembilan ratus delapan puluh), Warga Negara Indonesia,
   yang saat ini menjabat sebagai Direktur Utama Perseroan;---------------
2. Nyonya PUTU EKA WULANDARI, lahir di Denpasar, pada tanggal 21-04-1987
   (dua puluh satu April seribu sembilan ratus delapan puluh tujuh), Warga
   Negara Indonesia, yang saat ini menjabat sebagai Direktur Perseroan;---
-para penghadap dalam hal ini bertindak selaku kuasa dari para pemegang saham
PT CAKRAWALA KURSUS ONLINE, berkedudukan di Kota Denpasar (selanjutnya disebut
"Perseroan"), berdasarkan Keputusan Para Pemegang Saham di Luar Rapat tanggal
10-05-2024 (sepuluh Mei dua ribu dua puluh empat), yang memutuskan:--------
1. Menyetujui peningkatan modal ditempatkan dan disetor Perseroan dari
   Rp 500.000.000,00 menjadi Rp 1.250.000.000,00;------------------------
2. Memberikan kuasa kepada Direksi untuk menyatakan keputusan ini dalam akta
   Notaris.---------------------------------------------------------------
"""

STATEMENT_PUTU = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Saya, Putu Eka Wulandari, selaku Direktur PT Cakrawala Kursus Online,
menyatakan bahwa pengguna terdaftar platform kami tersebar di 27 (dua puluh
tujuh) provinsi.

Denpasar, 20 Mei 2024
Hormat saya,

PUTU EKA WULANDARI
Direktur
"""

DEED_BILINGUAL = """\
                 AKTA PENDIRIAN / DEED OF ESTABLISHMENT
                         PT TALENTA DIGITAL ASIA
                          Nomor / Number: 33
-Pada hari ini, Kamis, tanggal 09-06-2022 / On this day, Thursday, 9 June 2022.
-Berhadapan dengan saya / Before me, LIANA HALIM, S.H., M.Kn., Notaris di Kota
Tangerang / Notary in Tangerang City.
Pasal 1 / Article 1: Perseroan ini bernama PT TALENTA DIGITAL ASIA, berkedudukan
di Kota Tangerang / The Company is named PT TALENTA DIGITAL ASIA, domiciled in
Tangerang City.
Susunan Direksi dan Dewan Komisaris / Composition of the Board of Directors and
the Board of Commissioners:
DIREKSI / BOARD OF DIRECTORS
- Presiden Direktur / President Director : Tuan KEVIN TANUWIJAYA /
  Mr. KEVIN TANUWIJAYA
- Direktur / Director : Tuan HIROSHI TANAKA / Mr. HIROSHI TANAKA
DEWAN KOMISARIS / BOARD OF COMMISSIONERS
- Komisaris / Commissioner : Nyonya LIM MEI LING / Mrs. LIM MEI LING
"""

STATEMENT_KEVIN = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama     : Kevin Tanuwijaya
Jabatan  : Presiden Direktur
bertindak untuk dan atas nama PT Talenta Digital Asia, menyatakan bahwa platform
kami dapat diakses melalui https://talentadigital.asia.

Tangerang, 1 Juli 2024
(Kevin Tanuwijaya)
Presiden Direktur
"""

DEED_PERSERO = """\
                              AKTA PENDIRIAN
                      PERUSAHAAN PERSEROAN (PERSERO)
                    PT PENDIDIKAN DIGITAL NUSANTARA
                                 Nomor 19
-Pada hari ini, Rabu, tanggal 17 November 2021 (tujuh belas November dua
ribu dua puluh satu).-----------------------------------------------------
-Menghadap kepada saya, Doktor Hajjah MARIA ULFAH HASIBUAN, Sarjana Hukum,
Magister Kenotariatan, Notaris di Kota Administrasi Jakarta Pusat:-------
-Tuan HARYANTO WIBISONO, bertindak untuk dan atas nama Negara Republik
Indonesia berdasarkan kuasa Menteri Badan Usaha Milik Negara;------------
Pasal 1: Perseroan ini bernama Perusahaan Perseroan (Persero) PT PENDIDIKAN
DIGITAL NUSANTARA, disingkat PT PDN (Persero), berkedudukan di Jakarta Pusat.
Untuk pertama kalinya diangkat sebagai Direktur Utama: Tuan DIDIK SURYADI.--
"""

BUMN_APPOINTMENT = """\
                                SALINAN
                KEPUTUSAN MENTERI BADAN USAHA MILIK NEGARA
                  SELAKU RAPAT UMUM PEMEGANG SAHAM
     PERUSAHAAN PERSEROAN (PERSERO) PT PENDIDIKAN DIGITAL NUSANTARA
                       NOMOR SK-145/MBU/06/2022
                                TENTANG
              PENGANGKATAN ANGGOTA-ANGGOTA DIREKSI PERUSAHAAN
          PERSEROAN (PERSERO) PT PENDIDIKAN DIGITAL NUSANTARA
                              MEMUTUSKAN:
KESATU : Memberhentikan dengan hormat Sdr. Didik Suryadi sebagai Direktur Utama.
KEDUA  : Mengangkat nama-nama sebagai berikut:
         1. Sdr. Ahmad Hidayat sebagai Direktur Utama;
         2. Sdri. Kartika Sari Dewi sebagai Direktur Keuangan dan Sumber Daya
            Manusia;
         3. Sdr. Bayu Aji Nugroho sebagai Direktur Teknologi dan Operasional,
         Perusahaan Perseroan (Persero) PT Pendidikan Digital Nusantara, dengan
         masa jabatan sesuai anggaran dasar.
                                    Ditetapkan di Jakarta
                                    pada tanggal 20 Juni 2022
                                    MENTERI BADAN USAHA MILIK NEGARA
                                    SELAKU RUPS,
"""

STATEMENT_AHMAD = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Yang bertanda tangan di bawah ini, Ahmad Hidayat, Direktur Utama Perusahaan
Perseroan (Persero) PT Pendidikan Digital Nusantara, menyatakan bahwa pengguna
terdaftar platform kami tersebar di 34 provinsi.
Jakarta, 1 Agustus 2024
(Ahmad Hidayat)
Direktur Utama
"""

# Balinese names: the deed writes the marker "I" (a man) or "Ni" (a woman) before the given name,
# statements often leave it out; a scanned table puts a border "|" before the name.
DEED_BALINESE = """\
                              AKTA PENDIRIAN
                        PT SEKAR BELAJAR DEWATA
                                 Nomor 07
-Pada hari ini, Senin, tanggal 03-07-2023 (tiga Juli dua ribu dua puluh tiga).
-Berhadapan dengan saya, KADEK ARYANI, S.H., M.Kn., Notaris di Kota Denpasar.
Pasal 1: Perseroan ini bernama PT SEKAR BELAJAR DEWATA, berkedudukan di Kota
Denpasar.
Susunan Direksi dan Dewan Komisaris:
DIREKSI
- Direktur Utama : I MADE WIRAWAN
- Direktur       : NI LUH PUTU SARI
DEWAN KOMISARIS
- Komisaris      : I KETUT SUDIARTA
"""

STATEMENT_MADE_WITHOUT_MARKER = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama     : Made Wirawan
Jabatan  : Direktur Utama
bertindak untuk dan atas nama PT Sekar Belajar Dewata, menyatakan bahwa platform
kami merupakan marketplace terbuka bagi lembaga pelatihan.

Denpasar, 1 Agustus 2024
(Made Wirawan)
Direktur Utama
"""

STATEMENT_SCANNED_TABLE_NI_LUH = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
| Nama    | Ni Luh Putu Sari |
| Jabatan | Direktur |
bertindak untuk dan atas nama PT Sekar Belajar Dewata, menyatakan bahwa data yang
kami sampaikan adalah benar.

Denpasar, 1 Agustus 2024
| Ni Luh Putu Sari |
Direktur
"""

STATEMENT_KETUT_AS_DIRECTOR = """\
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama     : Ketut Sudiarta
Jabatan  : Direktur
bertindak untuk dan atas nama PT Sekar Belajar Dewata, menyatakan bahwa platform
kami memiliki sistem teknologi informasi yang memadai.

Denpasar, 1 Agustus 2024
(Ketut Sudiarta)
Direktur
"""


@pytest.mark.parametrize(
    "statement",
    [pytest.param(STATEMENT_MADE_WITHOUT_MARKER, id="marker-i-left-out"),
     pytest.param(STATEMENT_SCANNED_TABLE_NI_LUH, id="ni-with-table-borders")],
)
def test_balinese_director_signs_without_marker(statement):
    report = report_of(("akta.txt", DEED_BALINESE), ("pernyataan.txt", statement))
    assert status_of(report, "signatory_authorized") == "met"


def test_balinese_commissioner_signing_as_director_is_not_a_director():
    report = report_of(("akta.txt", DEED_BALINESE), ("pernyataan.txt", STATEMENT_KETUT_AS_DIRECTOR))
    assert status_of(report, "signatory_authorized") == "not_met"


@pytest.mark.parametrize(
    "bundle",
    [
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan_cakupan.txt", STATEMENT_BUDI)],
                     id="capitals-in-deed-title-case-in-statement"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("lampiran7.txt", STATEMENT_BAPAK_WITH_DEGREES)],
                     id="bapak-and-degrees"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan.txt", STATEMENT_DEWI)],
                     id="director-ibu-with-degree"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("statement.txt",
                                                   STATEMENT_ENGLISH_PRESIDENT_DIRECTOR)],
                     id="president-director"),
        pytest.param([("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                      ("pernyataan.txt", STATEMENT_RIZKY)],
                     id="director-appointed-by-latest-amendment"),
        pytest.param([("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                      ("pernyataan_cakupan.txt", STATEMENT_BUDI),
                      ("pernyataan_kerja_sama.txt", STATEMENT_BAPAK_WITH_DEGREES)],
                     id="two-statements-both-by-the-president-director"),
        pytest.param([("akta.txt", DEED_MENJABAT), ("pernyataan.txt", STATEMENT_PUTU)],
                     id="menjabat-sebagai-direktur"),
        pytest.param([("akta.txt", DEED_BILINGUAL), ("pernyataan.txt", STATEMENT_KEVIN)],
                     id="bilingual-deed-presiden-direktur"),
        pytest.param([("akta.txt", DEED_PERSERO), ("sk_menteri_bumn.txt", BUMN_APPOINTMENT),
                      ("pernyataan.txt", STATEMENT_AHMAD)],
                     id="bumn-appointment-decree"),
    ],
)
def test_signatory_is_a_director(bundle):
    assert status_of(report_of(*bundle), "signatory_authorized") == "met"


@pytest.mark.parametrize(
    "bundle",
    [
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan.txt", STATEMENT_COMMISSIONER)],
                     id="commissioner-named-in-deed"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan_cakupan.txt", STATEMENT_BUDI),
                      ("pernyataan.txt", STATEMENT_COMMISSIONER)],
                     id="one-of-two-statements-by-a-commissioner"),
    ],
)
def test_signatory_shown_not_to_be_a_director(bundle):
    """The deed names the signer, as a commissioner: the documents show it is not so."""
    assert status_of(report_of(*bundle), "signatory_authorized") == "not_met"


@pytest.mark.parametrize(
    "bundle",
    [
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan.txt", STATEMENT_RIZKY)],
                     id="director-not-in-the-deed-in-the-bundle"),
        pytest.param([("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                      ("pernyataan.txt", STATEMENT_DEWI)],
                     id="director-dismissed-by-latest-amendment"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan.txt", STATEMENT_MANAGER_BY_PROXY)],
                     id="manager-under-power-of-attorney"),
        pytest.param([("akta.txt", ESTABLISHMENT), ("pernyataan.txt", STATEMENT_WITNESS_AS_DIRECTOR)],
                     id="deed-witness-signing-as-director"),
        pytest.param([("akta.txt", DEED_PERSERO), ("pernyataan.txt", STATEMENT_AHMAD)],
                     id="bumn-without-the-appointment-decree"),
    ],
)
def test_signatory_not_shown_to_be_a_director(bundle):
    """A signer the deed does not name as director: rejected or sent to the verifier, never met."""
    assert status_of(report_of(*bundle), "signatory_authorized") in {"not_met", "needs_review"}


def test_signatory_evidence_quotes_deed_and_statement():
    report = report_of(("akta.txt", ESTABLISHMENT), ("pernyataan_cakupan.txt", STATEMENT_BUDI))
    check = next(c for c in report["checks"] if c["id"] == "signatory_authorized")
    assert check["status"] == "met"
    documents = {e["document"] for e in check["evidence"]}
    assert {"akta.txt", "pernyataan_cakupan.txt"} <= documents
    assert any("budi santoso" in e["quote"].casefold() for e in check["evidence"])


def test_a_signer_named_in_the_deeds_board_table_is_quoted_with_the_text_around_it():
    # the board in a table, which only the name-beside-role search reads
    deed = ESTABLISHMENT + ("\n\nSUSUNAN PENGURUS\n| Nama | Jabatan |\n|---|---|\n"
                            "| Hendra Wijaya Kusuma | Direktur |\n| Siti Rahma | Komisaris |\n")
    statement = STATEMENT_BUDI.replace("Budi Santoso", "Hendra Wijaya Kusuma").replace(
        "BUDI SANTOSO", "HENDRA WIJAYA KUSUMA")
    report = report_of(("akta.txt", deed), ("pernyataan.txt", statement))
    check = next(c for c in report["checks"] if c["id"] == "signatory_authorized")
    assert check["status"] == "met"
    quote = next(e for e in check["evidence"] if e["document"] == "akta.txt")
    assert quote["quote"] == "Hendra Wijaya Kusuma"
    # a text file has no page to picture: the quote comes with its table rows as text
    before, after = quote["context"]
    assert "|---|---|" in before and "Direktur" in after


# The appearer acts as Direktur Utama when the deed is drawn up, and the deed dismisses him.
AMENDMENT_DISMISSING_THE_APPEARER = (
    AMENDMENT.replace("-menurut keterangannya dalam hal ini bertindak selaku kuasa dari Rapat Umum",
                      "-menurut keterangannya dalam hal ini bertindak selaku Direktur Utama Perseroan\n"
                      "dan selaku kuasa dari Rapat Umum")
    .replace("memberhentikan dengan hormat Nyonya DEWI ANGGRAENI dari",
             "memberhentikan dengan hormat Tuan BUDI SANTOSO dari")
    .replace("- Direktur Utama  : Tuan BUDI SANTOSO;", "- Direktur Utama  : Tuan RIZKY PRATAMA PUTRA;")
    .replace("- Direktur        : Tuan RIZKY PRATAMA PUTRA;", "- Direktur        : Nyonya DEWI ANGGRAENI;"))


def test_a_director_the_latest_deed_dismisses_no_longer_signs():
    assert "bertindak selaku Direktur Utama Perseroan" in AMENDMENT_DISMISSING_THE_APPEARER
    assert "hormat Tuan BUDI SANTOSO dari" in AMENDMENT_DISMISSING_THE_APPEARER
    bundle = [("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT_DISMISSING_THE_APPEARER)]
    assert status_of(report_of(*bundle, ("pernyataan.txt", STATEMENT_BUDI)), "signatory_authorized") != "met"
    assert status_of(report_of(*bundle, ("pernyataan.txt", STATEMENT_RIZKY)), "signatory_authorized") == "met"


# A company among the founders signs the deed through its own Direktur Utama: she is that
# company's director, not the applicant's, and cannot sign the applicant's statements.
WITH_A_COMPANY_FOUNDER = ESTABLISHMENT.replace(
    "-Para penghadap telah dikenal oleh saya, Notaris.",
    "3. PT GRAHA INVESTAMA NUSANTARA, suatu perseroan terbatas yang didirikan menurut\n"
    "   hukum Negara Republik Indonesia, berkedudukan di Jakarta Pusat, yang anggaran\n"
    "   dasarnya telah mendapat pengesahan dari Menteri Hukum dan Hak Asasi Manusia\n"
    "   Republik Indonesia, dalam hal ini diwakili oleh Nyonya RATNA DEWI LESTARI selaku\n"
    "   Direktur Utama;\n"
    "-Para penghadap telah dikenal oleh saya, Notaris.")

STATEMENT_RATNA = STATEMENT_BUDI.replace("Budi Santoso", "Ratna Dewi Lestari")


def test_a_founding_companys_director_is_not_the_applicants():
    assert "diwakili oleh Nyonya RATNA DEWI LESTARI selaku" in WITH_A_COMPANY_FOUNDER
    report = report_of(("akta.txt", WITH_A_COMPANY_FOUNDER), ("pernyataan.txt", STATEMENT_RATNA))
    assert status_of(report, "signatory_authorized") != "met"
    officers = [f["value"] for f in report["facts"] if f["name"] == "officers"]
    assert not any("Ratna" in o for o in officers[0]), officers
    # the applicant's own director still signs
    assert status_of(report_of(("akta.txt", WITH_A_COMPANY_FOUNDER), ("pernyataan.txt", STATEMENT_BUDI)),
                     "signatory_authorized") == "met"


# An amendment that renames the company: the deed of establishment and the amendment's own
# opening give the former name, the statements the new one. One company, not two.
AMENDMENT_RENAMING = AMENDMENT.replace(
    "2. Menyetujui memberhentikan dengan hormat",
    "1a. Menyetujui perubahan nama Perseroan dari semula PT BELAJAR NUSANTARA DIGITAL menjadi\n"
    "   PT CAKRAWALA KARYA DIGITAL, sehingga Pasal 1 ayat 1 anggaran dasar Perseroan berbunyi:\n"
    "   Perseroan Terbatas ini bernama PT CAKRAWALA KARYA DIGITAL, berkedudukan di Kota Bandung.\n"
    "2. Menyetujui memberhentikan dengan hormat")

STATEMENT_BUDI_RENAMED = STATEMENT_BUDI.replace("PT Belajar Nusantara Digital", "PT Cakrawala Karya Digital")


def test_the_name_an_amendment_changed_is_the_companys_former_name():
    bundle = [("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT_RENAMING),
              ("pernyataan.txt", STATEMENT_BUDI_RENAMED)]
    report = report_of(*bundle)
    assert status_of(report, "identity_consistent") == "met"
    check = next(c for c in report["checks"] if c["id"] == "identity_consistent")
    assert ("PT Belajar Nusantara Digital adalah nama lama perseroan: akta_perubahan.txt mengubahnya "
            "menjadi PT Cakrawala Karya Digital.") in check["reasons"]
    assert any("perubahan nama Perseroan" in e["quote"] for e in check["evidence"])
    # without the renaming, the two names are two companies to the verifier
    plain = report_of(("akta_pendirian.txt", ESTABLISHMENT), ("akta_perubahan.txt", AMENDMENT),
                      ("pernyataan.txt", STATEMENT_BUDI_RENAMED))
    assert status_of(plain, "identity_consistent") == "needs_review"


# A Word deed lists its first board in a table: each row a role and its holder.
BOARD_AS_TABLE_ROWS = ESTABLISHMENT.replace(
    "-Para penghadap telah dikenal oleh saya, Notaris.",
    "Untuk pertama kalinya diangkat sebagai anggota Direksi dan Dewan Komisaris Perseroan:\n"
    "Direktur Utama | BUDI SANTOSO\n"
    "Komisaris | DEWI ANGGRAENI\n"
    "-Para penghadap telah dikenal oleh saya, Notaris.")


def test_a_board_written_as_table_rows_names_its_directors():
    officers = [f["value"] for f in report_of(("akta.docx.txt", BOARD_AS_TABLE_ROWS))["facts"]
                if f["name"] == "officers"][0]
    assert "Budi Santoso (direktur utama)" in officers
    assert "Dewi Anggraeni (komisaris)" in officers


def test_a_signer_writing_a_middle_name_as_its_initial_is_the_director():
    deed = ESTABLISHMENT.replace("BUDI SANTOSO", "BUDI RAHMAN SANTOSO")
    statement = STATEMENT_BUDI.replace("Budi Santoso", "Budi R. Santoso")
    report = report_of(("akta_pendirian.txt", deed), ("pernyataan.txt", statement))
    assert status_of(report, "signatory_authorized") == "met"
