"""Coverage extractors: provinces with users, their count, registered users; national_coverage.

Coverage statements (Surat Pernyataan Cakupan Nasional) come as tables of users per province, as
lists in a sentence, with local abbreviations (Jabar, DIY, Kepri, NTB, Babel, Sulsel, NAD) or in
English. The traps of the brief: "Riau" inside "Kepulauan Riau", "Papua" and "Papua Barat" inside
"Papua Barat Daya", "Jawa", "Sumatera", "Kalimantan" as islands, "Jakarta" as a city in an
address or the place of signing. Threshold: 2/3 of 38 provinces, i.e. 26.
"""

from __future__ import annotations

import pytest

from helpers import facts_of, report_of, status_of

R3, R11 = "permenko-3-2020", "permenko-11-2020"

TABLE_30 = """\
                        PT ARUNA EDUKASI DIGITAL
   Gedung Graha Niaga Lt. 12, Jl. Jend. Sudirman Kav. 58, Jakarta Selatan 12190
                 Telp. (021) 5290 1188 | www.arunaedukasi.id

               SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL
                       Nomor: 017/AED-DIR/V/2024

Yang bertanda tangan di bawah ini:
Nama     : Ahmad Fauzan
Jabatan  : Direktur Utama
bertindak untuk dan atas nama PT Aruna Edukasi Digital, dengan ini menyatakan
bahwa layanan pelatihan daring kami telah digunakan oleh pengguna terdaftar di
30 (tiga puluh) provinsi dengan total 1.664.071 pengguna terdaftar, dengan
rincian per 30 April 2024 sebagai berikut:

| No | Provinsi                    | Jumlah Pengguna |
|----|-----------------------------|-----------------|
|  1 | Aceh                        |    18.240 |
|  2 | Sumatera Utara              |    96.310 |
|  3 | Sumatera Barat              |    41.275 |
|  4 | Riau                        |    38.904 |
|  5 | Kepulauan Riau              |    22.118 |
|  6 | Jambi                       |    15.602 |
|  7 | Sumatera Selatan            |    47.730 |
|  8 | Kepulauan Bangka Belitung   |     9.815 |
|  9 | Bengkulu                    |     8.447 |
| 10 | Lampung                     |    39.561 |
| 11 | DKI Jakarta                 |   210.350 |
| 12 | Jawa Barat                  |   325.400 |
| 13 | Banten                      |    88.912 |
| 14 | Jawa Tengah                 |   201.633 |
| 15 | DI Yogyakarta               |    35.087 |
| 16 | Jawa Timur                  |   238.745 |
| 17 | Bali                        |    27.309 |
| 18 | Nusa Tenggara Barat         |    21.456 |
| 19 | Nusa Tenggara Timur         |    12.980 |
| 20 | Kalimantan Barat            |    17.334 |
| 21 | Kalimantan Tengah           |     9.120 |
| 22 | Kalimantan Selatan          |    16.775 |
| 23 | Kalimantan Timur            |    24.506 |
| 24 | Sulawesi Utara              |    11.208 |
| 25 | Sulawesi Tengah             |     8.963 |
| 26 | Sulawesi Selatan            |    52.117 |
| 27 | Sulawesi Tenggara           |     9.044 |
| 28 | Maluku                      |     5.312 |
| 29 | Papua Barat                 |     3.087 |
| 30 | Papua                       |     6.731 |
|    | JUMLAH                      | 1.664.071 |

Demikian surat pernyataan ini kami buat dengan sebenar-benarnya untuk
dipergunakan sebagaimana mestinya.

Jakarta, 15 Mei 2024
PT Aruna Edukasi Digital
[METERAI TEMPEL 10000]
(Ahmad Fauzan)
Direktur Utama
"""

PROVINCES_30 = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta",
    "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Tengah",
    "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Papua Barat", "Papua",
]

# Aligned columns as a word processor prints them; the office is in Jakarta, Jakarta has no row.
TABLE_18 = """\
PT SINERGI KURSUS NUSANTARA
Menara Kuningan Lt. 9, Jl. H.R. Rasuna Said Blok X-7 Kav. 5
Kota Administrasi Jakarta Selatan, 12940

SURAT PERNYATAAN
CAKUPAN PENGGUNA PLATFORM

Yang bertanda tangan di bawah ini, Yohana Purba, Direktur PT Sinergi Kursus
Nusantara, menyatakan bahwa per 31 Maret 2024 jumlah pengguna terdaftar pada
platform kami adalah sebagai berikut:

 No.  Provinsi                   Pengguna
  1.  Aceh                         4.210
  2.  Sumatera Utara              21.870
  3.  Sumatera Barat               9.344
  4.  Riau                         7.718
  5.  Kepulauan Riau               3.905
  6.  Sumatera Selatan             8.120
  7.  Lampung                      6.032
  8.  Banten                      15.447
  9.  Jawa Barat                 125.400
 10.  Jawa Tengah                 54.390
 11.  D.I. Yogyakarta             11.276
 12.  Jawa Timur                  61.025
 13.  Bali                         5.880
 14.  Nusa Tenggara Barat          2.417
 15.  Kalimantan Barat             3.150
 16.  Kalimantan Timur             4.466
 17.  Sulawesi Selatan             9.873
 18.  Sulawesi Utara               2.105
      Total                      356.628

Jakarta, 2 April 2024
Hormat kami,
(Yohana Purba)
Direktur
"""

PROVINCES_18 = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Sumatera Selatan",
    "Lampung", "Banten", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
    "Nusa Tenggara Barat", "Kalimantan Barat", "Kalimantan Timur", "Sulawesi Selatan",
    "Sulawesi Utara",
]

# Dotted leaders; Maluku Utara "-" (nil, as BPS tables write it) and Papua Pegunungan 0.
TABLE_WITH_EMPTY_ROWS = """\
LAMPIRAN SURAT PERNYATAAN CAKUPAN LAYANAN
Sebaran Pengguna Terdaftar menurut Provinsi (posisi 31 Desember 2023)

Aceh ..............................    18.240
Sumatera Utara ....................    96.310
Sumatera Barat ....................    41.275
Riau ..............................    38.904
Kepulauan Riau ....................    22.118
Jambi .............................    15.602
Sumatera Selatan ..................    47.730
Kepulauan Bangka Belitung .........     9.815
Bengkulu ..........................     8.447
Lampung ...........................    39.561
DKI Jakarta .......................   210.350
Jawa Barat ........................   325.400
Banten ............................    88.912
Jawa Tengah .......................   201.633
DI Yogyakarta .....................    35.087
Jawa Timur ........................   238.745
Bali ..............................    27.309
Nusa Tenggara Barat ...............    21.456
Nusa Tenggara Timur ...............    12.980
Kalimantan Barat ..................    17.334
Maluku Utara ......................         -
Kalimantan Selatan ................    16.775
Kalimantan Timur ..................    24.506
Sulawesi Utara ....................    11.208
Sulawesi Tengah ...................     8.963
Sulawesi Selatan ..................    52.117
Papua Pegunungan ..................         0
"""

PROVINCES_25 = [p for p in PROVINCES_30 if p not in
                {"Maluku", "Papua Barat", "Papua", "Sulawesi Tenggara", "Kalimantan Tengah"}]

COMMA_LIST = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Dengan ini kami menyatakan bahwa hingga Desember 2023 peserta pelatihan yang
terdaftar pada platform kami berasal dari Aceh, Sumatera Utara, Sumatera Barat,
Riau, Kepulauan Riau, Jambi, Bengkulu, Sumatera Selatan, Kepulauan Bangka
Belitung, Lampung, Banten, DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta,
Jawa Timur, Bali, Nusa Tenggara Barat, Nusa Tenggara Timur, Kalimantan Barat,
Kalimantan Tengah, Kalimantan Selatan, Kalimantan Timur, Kalimantan Utara,
Sulawesi Utara, Gorontalo, Sulawesi Tengah, Sulawesi Selatan, Sulawesi
Tenggara, Maluku, Papua Barat, dan Papua Barat Daya.
"""

PROVINCES_COMMA = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta",
    "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
    "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Papua Barat", "Papua Barat Daya",
]

ALIASES = """\
Perihal: Cakupan Layanan
Mitra belajar kami saat ini aktif di Jabar, Jateng, Jatim, DIY, Banten, Kepri,
NTB, NTT, Babel, Sulsel, Sulut, Kaltim, Sumut dan NAD, dengan jumlah pengguna
terdaftar sebanyak 875.430 (delapan ratus tujuh puluh lima ribu empat ratus
tiga puluh) orang.
"""

PROVINCES_ALIASES = [
    "Jawa Barat", "Jawa Tengah", "Jawa Timur", "DI Yogyakarta", "Banten", "Kepulauan Riau",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kepulauan Bangka Belitung", "Sulawesi Selatan",
    "Sulawesi Utara", "Kalimantan Timur", "Sumatera Utara", "Aceh",
]

ENGLISH = """\
STATEMENT OF NATIONAL SERVICE COVERAGE

The undersigned, Maya Kusuma, President Director of PT Skillhub Edukasi
Indonesia, hereby states that as of 31 March 2024 the SkillHub platform has a
total of 1.2 million registered users located in West Java, Central Java, East
Java, the Special Region of Yogyakarta, Jakarta, Banten, North Sumatra, West
Sumatra, South Sumatra, Bali, South Sulawesi, East Kalimantan and West Nusa
Tenggara.

Jakarta, 2 April 2024
Maya Kusuma
President Director
"""

PROVINCES_ENGLISH = [
    "Jawa Barat", "Jawa Tengah", "Jawa Timur", "DI Yogyakarta", "DKI Jakarta", "Banten",
    "Sumatera Utara", "Sumatera Barat", "Sumatera Selatan", "Bali", "Sulawesi Selatan",
    "Kalimantan Timur", "Nusa Tenggara Barat",
]

ONLY_KEPRI = """\
SURAT PERNYATAAN CAKUPAN LAYANAN
Saat ini layanan kami baru menjangkau pengguna di Provinsi Kepulauan Riau,
terutama di Kota Batam dan Kota Tanjungpinang.
"""

NEW_PAPUA_PROVINCES = """\
SURAT PERNYATAAN CAKUPAN LAYANAN
Sejak 2023 kami melayani peserta di Provinsi Papua Barat Daya (Kota Sorong)
dan Provinsi Papua Selatan (Kabupaten Merauke).
"""

EASTERN_LIST = """\
SURAT PERNYATAAN CAKUPAN LAYANAN
Pengguna terdaftar kami berada di Provinsi Maluku, Maluku Utara, Papua, dan
Papua Barat.
"""

ISLANDS = """\
SURAT PERNYATAAN CAKUPAN LAYANAN
Sebagian besar pengguna kami berdomisili di Pulau Jawa, Sumatera dan
Kalimantan, dengan pertumbuhan tercepat di Provinsi Bali.
"""

ADDRESS_AND_PLACE = """\
PT LENTERA KARIER INDONESIA
Jl. TB Simatupang Kav. 18, Cilandak, Kota Jakarta Selatan 12430
Telp. (021) 7800 123

SURAT PERNYATAAN CAKUPAN LAYANAN
Dengan ini kami menyatakan bahwa pengguna platform kami tersebar di Jawa
Barat, Banten dan Jawa Tengah.

Jakarta, 2 Februari 2024
Hormat kami,
(Rina Marlina)
Direktur Utama
"""

RIAU_AND_KEPRI = """\
SURAT PERNYATAAN CAKUPAN LAYANAN
Pengguna kami berada di Riau dan Kepulauan Riau, serta di Kepulauan Bangka
Belitung.
"""

STATED_31 = """\
SURAT PERNYATAAN CAKUPAN NASIONAL

Yang bertanda tangan di bawah ini menyatakan bahwa pengguna terdaftar platform
PT Kelas Mahir Indonesia tersebar di 31 (tiga puluh satu) provinsi di
Indonesia, dengan jumlah lebih dari 2,3 juta pengguna.

Bandung, 3 Juni 2024
"""

STATED_27_ENGLISH = """\
NATIONAL COVERAGE STATEMENT
We hereby declare that our learners are spread across 27 of Indonesia's 38
provinces, with a total of 1,250,000 registered learners as of May 2024.
"""

STATED_20 = """\
SURAT PERNYATAAN CAKUPAN LAYANAN
Dari 38 provinsi di Indonesia, pengguna kami saat ini berada di 20 (dua puluh)
provinsi, dan kami berencana memperluas layanan ke seluruh provinsi pada tahun
2025.
"""

ONLY_QUALITATIVE = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Dengan ini kami menyatakan bahwa layanan platform kami berskala nasional dan
dapat diakses serta telah dimanfaatkan oleh masyarakat di seluruh Indonesia.

Bandung, 3 Juni 2024
"""

NATIONAL_CLAIM_WITH_18 = TABLE_18.replace(
    "menyatakan bahwa per 31 Maret 2024",
    "menyatakan bahwa layanan kami berskala nasional dan menjangkau seluruh Indonesia. "
    "Per 31 Maret 2024",
)

STATED_31_LISTED_18 = TABLE_18.replace(
    "menyatakan bahwa per 31 Maret 2024",
    "menyatakan bahwa pengguna kami tersebar di 31 (tiga puluh satu) provinsi. Per 31 Maret 2024",
)

SYSTEM_ONLY = """\
DESKRIPSI SISTEM
Platform kami di-hosting pada layanan cloud dengan arsitektur microservices,
dilengkapi enkripsi TLS 1.3 dan sertifikasi ISO/IEC 27001.
"""


def assert_provinces(facts: dict, expected: list[str]) -> None:
    assert facts.get("provinces") == sorted(expected)
    assert facts.get("province_count") == len(expected)


@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("surat_pernyataan_cakupan.txt", TABLE_30, PROVINCES_30, id="pipe-table-30"),
        pytest.param("lampiran4.txt", TABLE_18, PROVINCES_18,
                     id="aligned-table-18_office-in-jakarta"),
        pytest.param("lampiran_cakupan.txt", TABLE_WITH_EMPTY_ROWS, PROVINCES_25,
                     id="dotted-table_nil-and-zero-rows-dropped"),
        pytest.param("pernyataan.txt", COMMA_LIST, PROVINCES_COMMA,
                     id="comma-list_papua-barat-daya"),
        pytest.param("cakupan.txt", ALIASES, PROVINCES_ALIASES, id="aliases"),
        pytest.param("coverage_statement.txt", ENGLISH, PROVINCES_ENGLISH, id="english-names"),
    ],
)
def test_provinces(name, text, expected):
    assert_provinces(facts_of((name, text)), expected)

# A regional company carries its province in its name; the statement lists other provinces.
NAMED_AFTER_ITS_PROVINCE = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Yang bertanda tangan di bawah ini, dalam hal ini bertindak untuk dan atas nama
PT Jawara Digital Banten (Perseroda), menyatakan bahwa pengguna terdaftar kami
berada di provinsi berikut:
1. Jawa Barat
2. Lampung
3. Bank Jateng dan Bank Sumatera Selatan adalah bank penyalur kami.
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(ONLY_KEPRI, ["Kepulauan Riau"], id="kepulauan-riau-is-not-riau"),
        pytest.param(NEW_PAPUA_PROVINCES, ["Papua Barat Daya", "Papua Selatan"],
                     id="papua-barat-daya-is-not-papua-or-papua-barat"),
        pytest.param(EASTERN_LIST, ["Maluku", "Maluku Utara", "Papua", "Papua Barat"],
                     id="papua-and-papua-barat-both-listed"),
        pytest.param(ISLANDS, ["Bali"], id="islands-are-not-provinces"),
        pytest.param(ADDRESS_AND_PLACE, ["Jawa Barat", "Banten", "Jawa Tengah"],
                     id="jakarta-in-address-and-place-of-signing"),
        pytest.param(RIAU_AND_KEPRI, ["Riau", "Kepulauan Riau", "Kepulauan Bangka Belitung"],
                     id="riau-and-kepulauan-riau"),
        pytest.param(NAMED_AFTER_ITS_PROVINCE, ["Jawa Barat", "Lampung"],
                     id="province-in-a-company-or-bank-name"),
    ],
)
def test_province_traps(text, expected):
    assert_provinces(facts_of(("surat_pernyataan.txt", text)), expected)


def test_no_province_claim_without_coverage():
    facts = facts_of(("deskripsi_sistem.txt", SYSTEM_ONLY))
    assert "provinces" not in facts
    assert "province_count" not in facts


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(STATED_31, 31, id="digits-and-words"),
        pytest.param(STATED_27_ENGLISH, 27, id="english-x-of-38"),
        pytest.param(STATED_20, 20, id="dari-38-provinsi-baru-20"),
    ],
)
def test_stated_province_count(text, expected):
    """A count stated without a list is the count; the total of 38 is not."""
    assert facts_of(("surat_pernyataan.txt", text)).get("province_count") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(TABLE_30, 1_664_071, id="table-total-and-sentence"),
        pytest.param(TABLE_18, 356_628, id="table-total-row"),
        pytest.param(ALIASES, 875_430, id="digits-with-words"),
        pytest.param(STATED_31, 2_300_000, id="2,3-juta"),
        pytest.param(ENGLISH, 1_200_000, id="1.2-million"),
        pytest.param(STATED_27_ENGLISH, 1_250_000, id="english-thousands-commas"),
        pytest.param(
            "Jumlah pengguna terdaftar pada platform kami per 31 Maret 2024 adalah "
            "1.250.000 pengguna terdaftar.\n", 1_250_000, id="dotted-thousands"),
        pytest.param(
            "Kami menyediakan lebih dari 1.500 kelas dari 120 lembaga pelatihan dengan harga "
            "mulai Rp150.000 bagi 3 juta pengguna terdaftar.\n", 3_000_000,
            id="among-classes-partners-and-prices"),
    ],
)
def test_registered_users(text, expected):
    assert facts_of(("surat_pernyataan.txt", text)).get("registered_users") == expected


def test_no_registered_users_from_capital_or_shares():
    text = (
        "Modal dasar Perseroan berjumlah Rp 4.000.000.000,00 terbagi atas 4.000 saham; "
        "modal ditempatkan 1.000 saham.\n"
    )
    assert "registered_users" not in facts_of(("akta.txt", text))


@pytest.mark.parametrize(
    "text, r3, r11",
    [
        pytest.param(TABLE_30, "met", "met", id="30-listed"),
        pytest.param(TABLE_WITH_EMPTY_ROWS, "needs_review", "not_met",
                     id="25-listed-after-dropping-empty-rows"),
        pytest.param(TABLE_18, "needs_review", "not_met", id="18-listed-no-claim"),
        pytest.param(ONLY_QUALITATIVE, "met", "needs_review", id="only-seluruh-indonesia"),
        pytest.param(STATED_31, "met", "met", id="stated-31"),
        pytest.param(STATED_27_ENGLISH, "met", "met", id="stated-27-english"),
        pytest.param(STATED_20, "needs_review", "not_met", id="stated-20"),
        pytest.param(NATIONAL_CLAIM_WITH_18, "needs_review", "not_met",
                     id="national-claim-contradicted-by-18"),
        pytest.param(STATED_31_LISTED_18, "needs_review", "needs_review",
                     id="stated-31-but-18-listed"),
        pytest.param(SYSTEM_ONLY, "missing", "missing", id="nothing-about-coverage"),
    ],
)
def test_national_coverage_status(text, r3, r11):
    name = "deskripsi_sistem.txt" if text is SYSTEM_ONLY else "surat_pernyataan_cakupan.txt"
    assert status_of(report_of((name, text), ruleset=R3), "national_coverage") == r3
    assert status_of(report_of((name, text), ruleset=R11), "national_coverage") == r11


# Users hoped for are no users: a count or a claim in a sentence about what is to come, or
# one the statement denies, is no fact; a table row whose status says "Belum tersedia" is a
# province without users, as "| 0" is.
FUTURE_34 = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Saat ini pengguna platform kami berada di Jawa Barat dan Banten. Pada tahun 2026 platform kami
akan menjangkau pengguna di 34 (tiga puluh empat) provinsi.
"""

NOT_YET_26 = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Dengan ini kami menyatakan bahwa platform kami belum memiliki pengguna di 26 provinsi; pengguna
kami saat ini berada di DKI Jakarta.
"""

EN_WILL_REACH = """\
NATIONAL COVERAGE STATEMENT
Our users are currently in West Java and Banten. The platform will reach users in all 38
provinces of Indonesia by 2026.
"""

FUTURE_NATIONAL_CLAIM = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Pengguna kami saat ini berada di Jawa Barat dan Banten. Dengan pendanaan baru, platform kami
akan menjangkau pengguna di seluruh Indonesia.
"""

STATUS_COLUMN = "SURAT PERNYATAAN CAKUPAN NASIONAL\nNo | Provinsi | Status Layanan\n" + "".join(
    f"{i} | {name} | {'Aktif' if i <= 12 else 'Belum tersedia'}\n"
    for i, name in enumerate(PROVINCES_30, 1))


@pytest.mark.parametrize("text, provinces", [
    pytest.param(FUTURE_34, ["Banten", "Jawa Barat"], id="akan-menjangkau-34"),
    pytest.param(NOT_YET_26, ["DKI Jakarta"], id="belum-memiliki-pengguna-di-26"),
    pytest.param(EN_WILL_REACH, ["Banten", "Jawa Barat"], id="will-reach-all-38"),
    pytest.param(FUTURE_NATIONAL_CLAIM, ["Banten", "Jawa Barat"], id="akan-menjangkau-seluruh-indonesia"),
])
def test_coverage_to_come_is_not_coverage(text, provinces):
    facts = facts_of(("surat_pernyataan_cakupan.txt", text))
    assert "province_count" not in facts or facts["province_count"] == len(provinces), facts
    assert facts["provinces"] == provinces
    assert "national_claim" not in facts
    for ruleset in (R3, R11):
        assert status_of(report_of(("surat_pernyataan_cakupan.txt", text), ruleset=ruleset),
                         "national_coverage") != "met"


def test_a_status_cell_belum_tersedia_is_a_province_without_users():
    facts = facts_of(("surat_pernyataan_cakupan.txt", STATUS_COLUMN))
    assert facts["provinces"] == sorted(PROVINCES_30[:12])
    assert status_of(report_of(("surat_pernyataan_cakupan.txt", STATUS_COLUMN), ruleset=R11),
                     "national_coverage") == "not_met"


def test_dki_alone_is_the_province():
    text = ("SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna kami tersebar di DKI, Jabar, Jateng dan "
            "Banten.\n")
    assert facts_of(("surat_pernyataan_cakupan.txt", text))["provinces"] == [
        "Banten", "DKI Jakarta", "Jawa Barat", "Jawa Tengah"]


@pytest.mark.parametrize("sentence, count", [
    pytest.param("Pengguna terdaftar platform kami tersebar di dua puluh tujuh provinsi di Indonesia.",
                 27, id="in-words-only"),
    pytest.param("Our registered users are spread over twenty-seven provinces of Indonesia.", 27,
                 id="english-words"),
    pytest.param("Pengguna terdaftar platform kami tersebar di lebih dari 25 provinsi di Indonesia.",
                 26, id="lebih-dari-25-is-26-at-least"),
])
def test_a_count_of_provinces_in_words_or_as_more_than(sentence, count):
    text = "SURAT PERNYATAAN CAKUPAN NASIONAL\n" + sentence + "\n"
    assert facts_of(("surat_pernyataan_cakupan.txt", text))["province_count"] == count
    assert status_of(report_of(("surat_pernyataan_cakupan.txt", text), ruleset=R11), "national_coverage") == "met"


@pytest.mark.parametrize("sentence, count", [
    pytest.param("Pengguna terdaftar platform kami berasal dari 28 provinsi.", 28, id="berasal-dari-28"),
    pytest.param("Pengguna kami berasal dari 20 dari 38 provinsi di Indonesia.", 20, id="berasal-dari-20-dari-38"),
    pytest.param("Pengguna kami tersebar di dua puluh delapan (28) provinsi.", 28, id="words-then-digits"),
    pytest.param("Pengguna kami tersebar di 28 prov. dan 311 kab/kota.", 28, id="prov-abbreviated"),
    pytest.param("Jumlah provinsi di Indonesia : 38\nJumlah provinsi dengan pengguna terdaftar : 20",
                 20, id="the-country-total-labelled-first"),
    pytest.param("Sejak perluasan layanan pada tahun 2023, pengguna kami telah tersebar di 28 provinsi.",
                 28, id="an-expansion-in-the-past"),
    pytest.param("Kami menyatakan bahwa untuk memenuhi ketentuan Pasal 36 ayat (3) huruf a Permenko "
                 "11/2020, pengguna terdaftar kami tersebar di 28 (dua puluh delapan) provinsi.",
                 28, id="the-rule-met-not-quoted"),
    pytest.param("Sehubungan dengan Pasal 36 ayat (3) huruf a yang mensyaratkan pengguna di paling "
                 "sedikit 2/3 dari jumlah provinsi, dengan ini menyatakan bahwa pengguna kami tersebar "
                 "di 28 (dua puluh delapan) provinsi.", 28, id="the-rule-quoted-then-declared"),
])
def test_a_count_of_provinces_as_staff_word_it(sentence, count):
    text = "SURAT PERNYATAAN CAKUPAN NASIONAL\n" + sentence + "\n"
    assert facts_of(("surat_pernyataan_cakupan.txt", text))["province_count"] == count


def test_dotted_abbreviations_of_the_nusa_tenggara_provinces():
    text = "SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna kami ada di Bali, N.T.B. dan N.T.T.\n"
    assert facts_of(("surat_pernyataan_cakupan.txt", text))["provinces"] == [
        "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur"]


def test_an_award_at_national_level_claims_no_coverage():
    text = ("PROFIL PERUSAHAAN\nPlatform kami meraih Juara 1 Kompetisi Startup Edukasi tingkat "
            "nasional pada tahun 2024.\n")
    assert "national_claim" not in facts_of(("profil.txt", text))


USERS_TABLE_WITH_BLANK_ROWS = """\
SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL
Pengguna terdaftar platform kami tersebar di provinsi-provinsi berikut:
No | Provinsi | Jumlah Pengguna
""" + "".join(f"{i} | {p} | {1000 + i}\n" for i, p in enumerate([
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
    "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur",
    "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan",
    "Sulawesi Tenggara"], start=1)) + "26 | Bengkulu |\n27 | Gorontalo |\n28 | Maluku |\n"


def test_rows_of_a_users_table_without_a_number_are_not_counted():
    facts = facts_of(("surat_pernyataan_cakupan.txt", USERS_TABLE_WITH_BLANK_ROWS))
    assert facts["province_count"] == 25
    assert facts["provinces_without_count"] == ["Bengkulu", "Gorontalo", "Maluku"]
    report = report_of(("surat_pernyataan_cakupan.txt", USERS_TABLE_WITH_BLANK_ROWS), ruleset=R11)
    assert status_of(report, "national_coverage") == "needs_review"  # 26 only if the blanks have users


def test_a_plain_list_of_provinces_counts_every_one():
    text = ("SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL\nPengguna kami berada di provinsi berikut:\n"
            "1. Aceh\n2. Bali\n3. Banten\n")
    assert facts_of(("surat_pernyataan_cakupan.txt", text))["province_count"] == 3


@pytest.mark.parametrize("sentence", [
    pytest.param("Dengan ini kami menyatakan bahwa lembaga pelatihan mitra kami tersebar di 28 provinsi.",
                 id="partners-provinces"),
    pytest.param("Perusahaan memiliki kantor cabang di 27 provinsi di Indonesia.", id="branch-offices"),
])
def test_a_count_of_provinces_of_partners_or_offices_is_no_count_of_users(sentence):
    text = "SURAT PERNYATAAN CAKUPAN NASIONAL\n" + sentence + "\n"
    assert "province_count" not in facts_of(("surat_pernyataan_cakupan.txt", text))


def test_users_and_partners_in_one_clause_still_count_the_users():
    text = ("SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna dan lembaga pelatihan mitra kami tersebar "
            "di 28 provinsi.\n")
    assert facts_of(("surat_pernyataan_cakupan.txt", text))["province_count"] == 28


def test_a_table_of_partners_per_province_lists_no_users():
    rows = "".join(f"{i}  {p}  {i % 4 + 1}\n" for i, p in enumerate(
        ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Bengkulu", "Lampung"], start=1))
    text = ("SURAT PERNYATAAN CAKUPAN LAYANAN\nBerikut sebaran lembaga pelatihan mitra kami:\n"
            "No  Provinsi  Jumlah LPK Mitra\n" + rows)
    assert "provinces" not in facts_of(("surat_pernyataan_cakupan.txt", text))
    users = text.replace("Jumlah LPK Mitra", "Jumlah Pengguna").replace("lembaga pelatihan mitra", "pengguna")
    assert len(facts_of(("surat_pernyataan_cakupan.txt", users))["provinces"]) == 7


def test_where_the_users_live_is_no_address():
    text = ("SURAT PERNYATAAN CAKUPAN NASIONAL\nDengan ini kami menyatakan bahwa lembaga pelatihan mitra "
            "kami tersebar di 28 provinsi, sedangkan pengguna terdaftar saat ini berdomisili di Jawa "
            "Barat, DKI Jakarta dan Banten.\n")
    facts = facts_of(("surat_pernyataan_cakupan.txt", text))
    assert facts["provinces"] == ["Banten", "DKI Jakarta", "Jawa Barat"] and facts["province_count"] == 3
