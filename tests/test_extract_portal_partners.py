"""Portal, training-partner and marketplace extractors.

online_portal: a URL, domain or app-store listing of the platform (an e-mail address is not one).
training_partners: at least one training institution (Lembaga Pelatihan) and competency-based
training (berbasis kompetensi, SKKNI, kompetensi kerja). open_marketplace: PMO policy from seed 001,
at least two external providers or an explicit open-marketplace statement; a site that sells only
its own courses is a training institution, not a platform.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import facts_of, report_of, status_of

R3, R11 = "permenko-3-2020", "permenko-11-2020"
ESTABLISHMENT = (Path(__file__).parent / "corpus" / "akta_pendirian_pt_belajar_nusantara_digital.txt"
                 ).read_text(encoding="utf-8")

PORTAL_FULL_URL = """\
PROFIL PLATFORM
Nama platform  : Belajar Nusantara
Pengelola      : PT Belajar Nusantara Digital
Platform kami dapat diakses melalui situs https://www.belajarnusantara.id serta
aplikasi Android dan iOS. Layanan pelanggan: cs@belajarnusantara.id.
"""

PORTAL_BARE_DOMAIN = """\
SURAT PERNYATAAN KEPEMILIKAN PORTAL
Dengan ini kami menyatakan bahwa PT Kelas Mahir Indonesia mengelola portal
pelatihan daring dengan alamat kelasmahir.co.id yang telah beroperasi sejak
tahun 2019.
"""

PORTAL_PLAY_STORE = """\
Aplikasi mobile SkillHub tersedia di Google Play:
https://play.google.com/store/apps/details?id=id.skillhub.learner&hl=id
dan telah diunduh lebih dari 500 ribu kali.
"""

PORTAL_APP_STORE = """\
The SkillHub app for iPhone and iPad is listed on the App Store at
https://apps.apple.com/id/app/skillhub-belajar/id1523456789 (rating 4.7).
"""

PORTAL_ENGLISH_SUBDOMAIN = """\
PLATFORM OVERVIEW
The platform is available on the web at learn.talentahub.id and as a mobile
app for Android. Questions may be sent to partnership@talentahub.id.
"""

PORTAL_WWW = """\
Kop surat: PT ARUNA EDUKASI DIGITAL - www.arunaedukasi.id - (021) 5290 1188
Dengan hormat, bersama ini kami sampaikan profil singkat platform kami.
"""

EMAIL_ONLY = """\
SURAT PERNYATAAN
Korespondensi terkait permohonan ini dapat ditujukan ke info@cahayailmu.co.id
atau telepon (0274) 512345.
Hormat kami,
Yayasan Cahaya Ilmu
"""

SYSTEM_WITH_TECH_NAMES = """\
SYSTEM DESCRIPTION
The learner portal https://app.kelasmahir.id is built with ASP.NET Core 8 and a
Next.js front end; background jobs run on Node.js 20. Connections use TLS 1.2
or higher, as required by ISO/IEC 27001:2013 Annex A.10.
"""

PARTNERS_NUMBERED = """\
DAFTAR LEMBAGA PELATIHAN MITRA
PT Belajar Nusantara Digital
Per 30 April 2024

Seluruh pelatihan berikut disusun mengacu pada Standar Kompetensi Kerja Nasional
Indonesia (SKKNI) bidang terkait.

1. LPK Mandiri Jaya Komputer (Bandung) - Operator Komputer Perkantoran
2. PT Digital Talenta Nusantara (Jakarta) - Pemasaran Digital untuk UMKM
3. Lembaga Kursus dan Pelatihan (LKP) Sari Rasa (Yogyakarta) - Tata Boga
4. Yayasan Pendidikan Cipta Karya (Surabaya) - Desain Grafis
5. CV Kreasi Muda Mandiri (Malang) - Fotografi Produk
"""

PARTNERS_TABLE_WITH_REPEATS = """\
Lampiran: Daftar Pelatihan dan Lembaga Pelatihan Mitra

| No | Nama Lembaga Pelatihan       | Judul Pelatihan                         | Acuan  |
|----|------------------------------|-----------------------------------------|--------|
| 1  | LPK Mandiri Jaya Komputer    | Microsoft Excel untuk Admin Perkantoran | SKKNI  |
| 2  | LPK Mandiri Jaya Komputer    | Desain Grafis dengan Canva              | SKKNI  |
| 3  | PT Digital Talenta Nusantara | Digital Marketing untuk UMKM            | SKKNI  |
| 4  | LKP Sari Rasa                | Membuat Kue Kering untuk Usaha Rumahan  | SKKNI  |
| 5  | PT Digital Talenta Nusantara | Copywriting untuk Media Sosial          | SKKNI  |
| 6  | Gamma Coding School          | Dasar Pemrograman Python                | SKKNI  |

Seluruh pelatihan di atas adalah pelatihan berbasis kompetensi.
"""

PARTNERS_STATED_120 = """\
SURAT PERNYATAAN KERJA SAMA LEMBAGA PELATIHAN
Dengan ini kami menyatakan bahwa saat ini kami bekerja sama dengan 120 lembaga
pelatihan yang menyelenggarakan pelatihan berbasis kompetensi dan dapat
dipilih oleh peserta melalui platform kami.
"""

PARTNERS_STATED_WITH_EXAMPLES = """\
SURAT PERNYATAAN KERJA SAMA
Platform kami bekerja sama dengan 120 (seratus dua puluh) lembaga pelatihan,
antara lain LPK Mandiri Jaya Komputer, LKP Sari Rasa, dan PT Digital Talenta
Nusantara. Materi pelatihan mengacu pada standar kompetensi kerja yang
berlaku.
"""

PARTNERS_ENGLISH = """\
TRAINING PARTNERS
We partner with more than 45 training institutions offering competency-based
courses aligned with the Indonesian national competency standards (SKKNI).
"""

PARTNERS_NO_COMPETENCY = """\
DAFTAR LEMBAGA PELATIHAN MITRA
1. LPK Mandiri Jaya Komputer
2. LKP Sari Rasa
3. Gamma Coding School
Peserta memperoleh sertifikat penyelesaian setelah menuntaskan kelas.
"""

TWO_PROVIDERS = """\
PROFIL PLATFORM
Kelas di platform kami saat ini disediakan oleh dua lembaga pelatihan mitra,
yaitu LPK Mandiri Jaya Komputer dan LKP Sari Rasa, dengan pelatihan berbasis
kompetensi.
"""

OPEN_MARKETPLACE_ID = """\
PROFIL LAYANAN
Platform kami merupakan marketplace terbuka bagi lembaga pelatihan: setiap
lembaga pelatihan yang memenuhi persyaratan dapat mendaftar, menayangkan dan
menjual kelasnya sendiri melalui platform kami.
"""

OPEN_MARKETPLACE_EN = """\
PLATFORM PROFILE
SkillHub operates an open marketplace: any accredited training provider can
register, publish and sell its courses to learners across Indonesia.
"""

OWN_COURSES_ONLY_ID = """\
PROFIL LAYANAN
Seluruh kelas di platform kami dikembangkan dan diselenggarakan oleh tim
internal PT Akademi Cerdas Mandiri. Kami hanya menyediakan kelas yang kami
selenggarakan sendiri dan tidak menerima kelas dari lembaga pelatihan lain.
"""

OWN_COURSES_ONLY_EN = """\
PLATFORM PROFILE
All courses on the platform are produced and delivered by our in-house academy;
we only offer our own courses and do not host courses from other training
providers.
"""


def assert_portal(facts: dict, fragment: str) -> None:
    urls = facts.get("portal_urls")
    assert urls, facts
    assert urls == sorted(urls)
    assert any(fragment in url.lower() for url in urls), urls


@pytest.mark.parametrize(
    "name, text, fragment",
    [
        pytest.param("profil.txt", PORTAL_FULL_URL, "belajarnusantara.id", id="https-www"),
        pytest.param("pernyataan_portal.txt", PORTAL_BARE_DOMAIN, "kelasmahir.co.id",
                     id="bare-domain-co-id"),
        pytest.param("aplikasi.txt", PORTAL_PLAY_STORE, "id.skillhub.learner", id="google-play"),
        pytest.param("app.txt", PORTAL_APP_STORE, "1523456789", id="app-store"),
        pytest.param("overview.txt", PORTAL_ENGLISH_SUBDOMAIN, "learn.talentahub.id",
                     id="english-subdomain"),
        pytest.param("surat.txt", PORTAL_WWW, "arunaedukasi.id", id="www-in-letterhead"),
        pytest.param("system_description.txt", SYSTEM_WITH_TECH_NAMES, "app.kelasmahir.id",
                     id="url-among-technology-names"),
    ],
)
def test_portal_urls(name, text, fragment):
    assert_portal(facts_of((name, text)), fragment)


@pytest.mark.parametrize(
    "name, text, not_portals",
    [
        pytest.param("profil.txt", PORTAL_FULL_URL, ["cs@"], id="customer-service-email"),
        pytest.param("overview.txt", PORTAL_ENGLISH_SUBDOMAIN, ["partnership@"], id="email"),
        pytest.param("system_description.txt", SYSTEM_WITH_TECH_NAMES,
                     ["asp.net", "next.js", "node.js", "27001"], id="asp-net-node-js"),
    ],
)
def test_not_portals_beside_a_portal(name, text, not_portals):
    urls = facts_of((name, text)).get("portal_urls", [])
    for url in urls:
        for wrong in not_portals:
            assert wrong not in url.lower(), urls


@pytest.mark.parametrize(
    "name, text",
    [
        pytest.param("surat_pernyataan.txt", EMAIL_ONLY, id="email-only"),
        pytest.param("akta.txt", ESTABLISHMENT, id="deed-with-dotted-abbreviations"),
    ],
)
def test_no_portal(name, text):
    assert "portal_urls" not in facts_of((name, text))


@pytest.mark.parametrize("ruleset", [R3, R11])
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(PORTAL_FULL_URL, "met", id="url"),
        pytest.param(PORTAL_PLAY_STORE, "met", id="app-listing"),
        pytest.param(EMAIL_ONLY, "missing", id="email-only"),
    ],
)
def test_online_portal_status(text, expected, ruleset):
    assert status_of(report_of(("lampiran.txt", text), ruleset=ruleset), "online_portal") == expected


# Four institutions whose names differ only after "Lembaga Kursus dan Pelatihan"; the last one
# is listed twice, once in capitals.
PARTNERS_SHARING_A_LONG_START = """\
DAFTAR LEMBAGA PELATIHAN MITRA
No | Nama Lembaga Pelatihan                          | Kota
1  | Lembaga Kursus dan Pelatihan Karya Profesional   | Makassar
2  | Lembaga Kursus dan Pelatihan Kreatif Profesional | Manado
3  | Lembaga Kursus dan Pelatihan Karya Mandiri       | Padang
4  | Lembaga Kursus dan Pelatihan Widya Nusantara     | Makassar
5  | LEMBAGA KURSUS DAN PELATIHAN WIDYA NUSANTARA     | Makassar
"""

@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("daftar_mitra.txt", PARTNERS_NUMBERED, 5, id="numbered-list"),
        pytest.param("lampiran6.txt", PARTNERS_TABLE_WITH_REPEATS, 4,
                     id="table-repeated-institutions-once"),
        pytest.param("pernyataan_kerja_sama.txt", PARTNERS_STATED_120, 120, id="stated-count"),
        pytest.param("pernyataan.txt", PARTNERS_STATED_WITH_EXAMPLES, 120,
                     id="stated-count-with-three-examples"),
        pytest.param("partners.txt", PARTNERS_ENGLISH, 45, id="english-more-than"),
        pytest.param("mitra.txt", PARTNERS_NO_COMPETENCY, 3, id="list-without-competency"),
        pytest.param("profil.txt", TWO_PROVIDERS, 2, id="two-named-in-a-sentence"),
        pytest.param("daftar_mitra.txt", PARTNERS_SHARING_A_LONG_START, 4,
                     id="names-sharing-a-long-generic-start"),
    ],
)
def test_training_partner_count(name, text, expected):
    assert facts_of((name, text)).get("training_partner_count") == expected


@pytest.mark.parametrize("ruleset", [R3, R11])
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(PARTNERS_NUMBERED, "met", id="skkni-list"),
        pytest.param(PARTNERS_TABLE_WITH_REPEATS, "met", id="berbasis-kompetensi-table"),
        pytest.param(PARTNERS_STATED_120, "met", id="stated-berbasis-kompetensi"),
        pytest.param(PARTNERS_STATED_WITH_EXAMPLES, "met", id="standar-kompetensi-kerja"),
        pytest.param(PARTNERS_ENGLISH, "met", id="competency-based"),
        pytest.param(PARTNERS_NO_COMPETENCY, "needs_review", id="no-competency-basis"),
        pytest.param(PORTAL_BARE_DOMAIN, "missing", id="no-partner-document"),
    ],
)
def test_training_partners_status(text, expected, ruleset):
    report = report_of(("lampiran.txt", text), ruleset=ruleset)
    assert status_of(report, "training_partners") == expected


@pytest.mark.parametrize("ruleset", [R3, R11])
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(PARTNERS_NUMBERED, "met", id="five-external-providers"),
        pytest.param(TWO_PROVIDERS, "met", id="two-external-providers"),
        pytest.param(OPEN_MARKETPLACE_ID, "met", id="marketplace-terbuka"),
        pytest.param(OPEN_MARKETPLACE_EN, "met", id="open-marketplace-english"),
        pytest.param(OWN_COURSES_ONLY_ID, "not_met", id="hanya-kelas-sendiri"),
        pytest.param(OWN_COURSES_ONLY_EN, "not_met", id="own-courses-only-english"),
    ],
)
def test_open_marketplace_status(text, expected, ruleset):
    report = report_of(("profil_platform.txt", text), ruleset=ruleset)
    assert status_of(report, "open_marketplace") == expected


# Addresses that are not the platform's: a blank to fill in, an example, a local test server,
# the sources a description cites, a library's name that looks like a domain.
SYSTEM_HEAD = "DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI\n"


@pytest.mark.parametrize("line", [
    pytest.param("Alamat portal: www.xxxxxx.co.id", id="placeholder-xxx"),
    pytest.param("Lingkungan uji tersedia di http://localhost:8080 dan contoh konfigurasi di "
                 "https://example.com.", id="localhost-and-example"),
    pytest.param("Referensi: https://peraturan.bpk.go.id/Details/138424/permenko-no-11-tahun-2020 dan "
                 "berita https://money.kompas.com/read/2020/04/23/prakerja.", id="cited-sources"),
    pytest.param("Teknologi: Node.js, Next.js, Socket.IO, Express.js dan Chart.js.", id="library-names"),
    pytest.param("Portal https://belajar.arunakriya.id sedang dalam pengembangan dan akan diluncurkan "
                 "pada Juni 2026.", id="portal-still-to-be-launched"),
])
def test_addresses_that_are_not_the_platform(line):
    text = SYSTEM_HEAD + line + "\nAplikasi berjalan di atas klaster Kubernetes.\n"
    assert "portal_urls" not in facts_of(("deskripsi_sistem.txt", text))
    assert status_of(report_of(("deskripsi_sistem.txt", text)), "online_portal") == "missing"


def test_a_cited_source_beside_the_platform_leaves_the_platform():
    text = (SYSTEM_HEAD + "Portal kami: https://www.arunakriya.id\n"
            "Sumber: https://www.cnbcindonesia.com/news/prakerja-gelombang-1\n")
    assert facts_of(("deskripsi_sistem.txt", text))["portal_urls"] == ["https://www.arunakriya.id"]


PARTNER_HEAD = "DAFTAR LEMBAGA PELATIHAN MITRA\nSeluruh program berbasis SKKNI.\n"

PLACEHOLDER_ROWS = PARTNER_HEAD + """\
No | Nama Lembaga Pelatihan | Kota | Program
1 | [Nama LPK] | [Kota] | [Program berbasis SKKNI]
2 | LPK .................... | ....
3 | Lembaga Pelatihan (diisi)
"""

PROSPECTS = """\
DAFTAR CALON LEMBAGA PELATIHAN MITRA
Lembaga pelatihan berikut sedang dalam penjajakan kerja sama; perjanjian kerja sama belum
ditandatangani. Program yang akan ditayangkan berbasis SKKNI.
No | Calon Mitra | Status
1 | LPK Prima Unggul | Penjajakan
2 | LKP Mekatronika Solo | Penjajakan
3 | Akademi Digital Nusantara | Belum dihubungi
"""

REPEATED_HEADERS_AND_TOTAL = PARTNER_HEAD + """\
No | Nama | Kota | Program
1 | LPK Prima Unggul | Semarang | Teknisi AC
2 | Pusat Pelatihan Pelita Teknik | Malang | Akuntansi Dasar
No | Lembaga Pelatihan | Kota | Program
3 | LKP Mekatronika Solo | Surakarta | Otomasi Industri
4 | Balai Pelatihan Cipta Karya | Bekasi | Juru Las
 | GRAND TOTAL | 4 lembaga |
"""

NUMBERED_SCHOOLS = PARTNER_HEAD + "No | Nama Lembaga | Kota\n" + "".join(
    f"{i} | LPK Terampil Nomor {i:03d} | Bandung\n" for i in range(1, 5)) + "5 | LKP Insan Mandiri | Bogor\n"

COMPETENCY_ONLY_QUOTED = """\
DAFTAR LEMBAGA PELATIHAN MITRA
Permenko 11/2020 Pasal 36 ayat (3) huruf d mensyaratkan Platform Digital bekerja sama dengan
Lembaga Pelatihan yang memiliki program pelatihan berbasis kompetensi.
No | Lembaga | Kursus
1 | LKP Harmoni Musik | Gitar untuk pemula
2 | LPK Yoga Sehat | Yoga pagi
"""


def test_blank_rows_to_fill_in_are_no_partners():
    assert "training_partners" not in facts_of(("daftar_mitra.txt", PLACEHOLDER_ROWS))


def test_institutions_being_approached_are_no_partners():
    facts = facts_of(("daftar_calon_mitra.txt", PROSPECTS))
    assert "training_partners" not in facts
    assert status_of(report_of(("daftar_calon_mitra.txt", PROSPECTS)), "training_partners") != "met"


def test_repeated_header_rows_and_a_grand_total_are_no_partners():
    assert facts_of(("daftar_mitra.txt", REPEATED_HEADERS_AND_TOTAL))["training_partners"] == [
        "Balai Pelatihan Cipta Karya", "LKP Mekatronika Solo", "LPK Prima Unggul",
        "Pusat Pelatihan Pelita Teknik"]


def test_schools_told_apart_by_their_number_are_distinct_partners():
    assert facts_of(("daftar_mitra.txt", NUMBERED_SCHOOLS))["training_partner_count"] == 5


def test_the_rule_quoted_is_no_competency_basis():
    facts = facts_of(("daftar_mitra.txt", COMPETENCY_ONLY_QUOTED))
    assert facts["training_partner_count"] == 2
    assert "competency_basis" not in facts
    assert status_of(report_of(("daftar_mitra.txt", COMPETENCY_ONLY_QUOTED)), "training_partners") == "needs_review"


@pytest.mark.parametrize("text", [
    pytest.param("PROFIL LAYANAN\nSaat ini seluruh kelas disusun oleh tim internal kami. Ke depan, "
                 "platform kami akan dibuka sebagai marketplace terbuka bagi lembaga pelatihan lain "
                 "mulai tahun 2026.\n", id="marketplace-to-be-opened"),
    pytest.param("PROFIL LAYANAN\nMenurut Manajemen Pelaksana, platform digital harus merupakan "
                 "marketplace yang terbuka bagi banyak lembaga pelatihan.\n", id="the-rule-restated"),
])
def test_a_marketplace_to_come_or_required_is_no_open_marketplace(text):
    assert "marketplace_open" not in facts_of(("profil.txt", text))
    assert status_of(report_of(("profil.txt", text)), "open_marketplace") != "met"


def test_one_partner_still_being_approached_leaves_the_others():
    text = PARTNER_HEAD + ("No | Nama Lembaga Pelatihan | Status\n1 | LPK Prima Unggul | Penjajakan\n"
                           "2 | LKP Mekatronika Solo | Aktif\n3 | Balai Pelatihan Cipta Karya | Aktif\n")
    from compliance_docs.extract import extract
    from compliance_docs.ingest import document_from_text
    from compliance_docs.types import Table

    doc = document_from_text("daftar_mitra.txt", text)
    rows = [line.split(" | ") for line in text.splitlines()[2:]]
    doc.tables.append(Table(page=1, rows=rows))
    names = extract([doc]).get("training_partners")
    assert names is not None and "LKP Mekatronika Solo" in names.value


SPACED_COLUMNS = """\
DAFTAR LEMBAGA PELATIHAN MITRA
Seluruh program merupakan pelatihan berbasis kompetensi yang mengacu pada SKKNI.
No  Nama Lembaga Pelatihan  Kota  Program  Acuan
1  LPK Prima Unggul  Semarang  Teknisi AC  SKKNI
2  LPK  Sinar Unggul  Padang  Tata Rias  SKKNI
3  LPK Sentosa Digital  Jambi  Junior Web Developer  SKKNI
"""


def test_a_table_written_with_two_spaces_between_columns_names_only_the_institution():
    facts = facts_of(("daftar_mitra.txt", SPACED_COLUMNS))
    assert facts["training_partners"] == ["LPK Prima Unggul", "LPK Sentosa Digital", "LPK Sinar Unggul"]
    assert "stated_partner_count" not in facts  # "1  LPK ...": the row's number, not a count


@pytest.mark.parametrize("sentence, status", [
    pytest.param("Platform kami bukan sekadar marketplace pelatihan, melainkan ekosistem yang terbuka "
                 "bagi lembaga pelatihan.", "met", id="more-than-a-marketplace"),
    pytest.param("Platform bersifat terbuka untuk umum; lembaga pelatihan mana pun yang memenuhi syarat "
                 "dapat mendaftar sendiri sebagai mitra (merchant).", "met", id="any-institution-may-register"),
    pytest.param("Platform kami hanya menyediakan program pelatihan dari lembaga pelatihan mitra yang "
                 "telah lolos kurasi.", "missing", id="only-partners-programmes-is-not-own-courses"),
    pytest.param("Seluruh kelas diproduksi dan dijual oleh PT Gemilang Cipta Edukasi.", "not_met",
                 id="made-and-sold-by-the-applicant"),
    pytest.param("Buku modul pelatihan kami juga dijual di marketplace Tokopedia dan Shopee.", "missing",
                 id="sold-on-someone-elses-marketplace"),
    pytest.param("Infrastruktur bersifat multi-vendor (AWS dan Google Cloud) dan dibangun di atas "
                 "open platform Moodle.", "missing", id="multi-vendor-hosting-and-open-source-software"),
])
def test_what_staff_write_about_the_marketplace(sentence, status):
    assert status_of(report_of(("profil.txt", f"PROFIL PLATFORM\n{sentence}\n")), "open_marketplace") == status


def test_social_media_pages_are_not_the_platforms_portal():
    text = ("PROFIL PLATFORM\nIkuti kami di https://www.instagram.com/gemilangbelajar dan "
            "https://www.youtube.com/@gemilangbelajar.\n")
    assert "portal_urls" not in facts_of(("profil.txt", text))


@pytest.mark.parametrize("text, count, partners", [
    pytest.param("No Nama Lembaga Kota\n1 LPK Prima Unggul Semarang\n2 LPK Sinar Jaya Padang\n", None,
                 ["LPK Prima Unggul Semarang", "LPK Sinar Jaya Padang"], id="a-pdf-row-opens-with-its-number"),
    pytest.param("Kami bekerja sama dengan\n25 lembaga pelatihan di seluruh Indonesia.\n", 25, None,
                 id="a-count-wrapped-to-the-line-start"),
    pytest.param("12 LPK mitra kami tersebar di Pulau Jawa.\n", 12, None, id="a-count-that-opens-a-sentence"),
])
def test_a_row_number_is_no_count_and_a_count_no_partner(text, count, partners):
    facts = facts_of(("daftar_mitra.txt", "DAFTAR LEMBAGA PELATIHAN MITRA\n" + text))
    assert facts.get("stated_partner_count") == count
    assert facts.get("training_partners") == partners


def test_quotation_marks_around_a_partners_name_are_not_part_of_it():
    text = "DAFTAR LEMBAGA PELATIHAN MITRA\n1. LPK “Prima Unggul”\n2. LKP \"Sinar Jaya\"\n"
    assert facts_of(("daftar_mitra.txt", text))["training_partners"] == ["LKP Sinar Jaya", "LPK Prima Unggul"]
