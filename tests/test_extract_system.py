"""IT system extractors: the four aspects of a system description and payment integration.

Aspects (brief, "Screening rules v1"): infrastructure/architecture, security, availability/capacity,
integration/API. Permenko 3/2020 wants at least 3 of 4; Permenko 11/2020 also wants the ability to
integrate with the Kartu Prakerja system as the payment method for training (Pasal 36 ayat 3 b):
needs_review when not spoken to, not_met when denied. Descriptions are often written in English.
"""

from __future__ import annotations

import pytest

from helpers import facts_of, report_of, status_of

R3, R11 = "permenko-3-2020", "permenko-11-2020"

EN_FOUR_ASPECTS_PAYMENT = """\
SYSTEM DESCRIPTION - SKILLHUB LEARNING PLATFORM
PT Skillhub Edukasi Indonesia - version 2.1, March 2024

1. Architecture and infrastructure
The platform follows a microservices architecture deployed on Kubernetes
(Amazon EKS) in the AWS Asia Pacific (Jakarta) region, with a secondary site in
a Tier III data centre in Cikarang. Static content is served through a CDN.

2. Security
PT Skillhub Edukasi Indonesia holds ISO/IEC 27001:2013 certification. All
traffic is encrypted with TLS 1.2 or higher and personal data is encrypted at
rest with AES-256. An independent penetration test is performed every year;
the last one, in November 2023, found no critical issues. Access to production
requires multi-factor authentication.

3. Availability and capacity
We commit to 99.9% monthly uptime. Load tests in January 2024 sustained 60,000
concurrent users and 2,500 transactions per second; autoscaling adds capacity
within three minutes. The disaster recovery plan (RPO 1 hour, RTO 4 hours) is
tested twice a year.

4. Integration
Partners connect through a documented REST API secured with OAuth 2.0 and
receive events through webhooks. The platform supports integration with the
Kartu Prakerja system as the payment method for training: participants pay
with their Prakerja balance and redemption codes are validated against the
programme's API.
"""

ID_FOUR_ASPECTS_PAYMENT = """\
DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI
PLATFORM KELAS MAHIR

A. Arsitektur dan Infrastruktur
Aplikasi dibangun dengan arsitektur berbasis layanan dan di-hosting pada pusat
data (data center) Tier III dengan lokasi pemulihan bencana (DRC) terpisah.
Basis data menggunakan PostgreSQL dengan replikasi sinkron.

B. Keamanan Informasi
Sistem manajemen keamanan informasi kami telah tersertifikasi SNI ISO/IEC
27001:2013. Seluruh komunikasi dienkripsi menggunakan HTTPS (TLS 1.3), kata
sandi disimpan dalam bentuk hash (bcrypt), dan uji penetrasi dilakukan oleh
pihak ketiga setiap enam bulan.

C. Ketersediaan dan Kapasitas
Tingkat ketersediaan layanan (uptime) dalam 12 bulan terakhir adalah 99,95%.
Sistem mampu melayani hingga 100.000 pengguna secara bersamaan dengan load
balancer dan penskalaan otomatis.

D. Integrasi
Platform menyediakan Application Programming Interface (API) berbasis REST
untuk pertukaran data dengan mitra. Sistem kami telah siap terintegrasi dengan
sistem Kartu Prakerja sebagai metode pembayaran pelatihan, termasuk validasi
kode voucher dan pelaporan penyelesaian pelatihan.
"""

# Four aspects; the platform's own checkout uses a payment gateway: that is not the programme's.
ID_FOUR_ASPECTS_SILENT = """\
DOKUMEN DESKRIPSI SISTEM
PT Cakrawala Kursus Online

1. Infrastruktur: seluruh layanan berjalan di Google Cloud Platform region
   asia-southeast2 (Jakarta) dengan arsitektur microservices di atas Google
   Kubernetes Engine.
2. Keamanan: firewall aplikasi web (WAF), enkripsi data saat transit dan saat
   disimpan, serta uji penetrasi tahunan oleh konsultan independen.
3. Ketersediaan: target SLA 99,9% per bulan; kapasitas teruji 40.000 pengguna
   bersamaan; pencadangan harian dengan retensi 30 hari.
4. Integrasi: REST API dan webhook untuk mitra lembaga pelatihan, serta single
   sign-on (SSO) berbasis OAuth 2.0.
Pembayaran kelas reguler diproses melalui payment gateway Midtrans (kartu
kredit, virtual account dan dompet digital).
"""

ID_FOUR_ASPECTS_DENIED = """\
DESKRIPSI SISTEM TEKNOLOGI INFORMASI
PT Sinergi Kursus Nusantara

Arsitektur: aplikasi web dan mobile dengan backend monolitik modular (Laravel)
yang di-hosting pada server dedicated di pusat data Tier III.
Keamanan: sertifikat SSL, enkripsi basis data, kontrol akses berbasis peran dan
uji penetrasi internal setiap triwulan.
Ketersediaan dan kapasitas: uptime 99,5% dalam enam bulan terakhir, mampu
melayani 10.000 pengguna bersamaan.
Integrasi: tersedia API untuk sinkronisasi data peserta dengan lembaga
pelatihan mitra.
Untuk saat ini sistem kami belum dapat terintegrasi dengan sistem Kartu
Prakerja sebagai metode pembayaran; pembayaran peserta masih dilakukan melalui
transfer bank.
"""

EN_FOUR_ASPECTS_DENIED = """\
IT SYSTEM OVERVIEW
Architecture: a Django application behind an nginx reverse proxy, hosted on two
virtual machines in a local cloud data centre.
Security: HTTPS everywhere, encrypted backups, role-based access control; an
external penetration test was completed in 2023.
Availability: 99.5% uptime over the last year; capacity tested to 5,000
concurrent users.
Integration: a REST API lets training partners publish courses and receive
enrolments.
Payment: at present the platform cannot be integrated with the Kartu Prakerja
system as a payment method; learners pay by card or bank transfer.
"""

# Three aspects: infrastructure, security, integration (no availability), payment affirmed.
EN_THREE_ASPECTS_PAYMENT = """\
TECHNICAL DESCRIPTION
Infrastructure: our services run on Microsoft Azure (Southeast Asia) in a
containerised architecture with a managed SQL database.
Security: the company is ISO/IEC 27001 certified; data is encrypted in transit
and at rest, and an annual penetration test is carried out by a CREST-accredited
firm.
Integration: a REST API with OAuth 2.0 connects our catalogue to partners. The
platform is able to integrate with the Kartu Prakerja system as the payment
method for training purchases.
"""

# Three aspects: infrastructure, availability/capacity, API (no security); payment not mentioned.
ID_THREE_ASPECTS_SILENT = """\
URAIAN SISTEM PLATFORM
Sistem kami di-hosting pada layanan cloud Alibaba Cloud region Jakarta dengan
arsitektur tiga lapis (web, aplikasi, basis data).
Ketersediaan layanan (uptime) tahun 2023 mencapai 99,8%; sistem mampu melayani
25.000 pengguna secara bersamaan dan menggunakan load balancer.
Platform menyediakan API untuk pertukaran data peserta dan hasil pelatihan
dengan sistem mitra.
"""

# Two aspects: infrastructure and security only.
ID_TWO_ASPECTS = """\
DESKRIPSI SISTEM
Aplikasi kami berjalan di server virtual (VPS) pada penyedia cloud lokal di
Jakarta dengan arsitektur monolitik berbasis PHP.
Dari sisi keamanan, seluruh akses menggunakan HTTPS dan kata sandi pengguna
disimpan terenkripsi.
"""

ID_TWO_ASPECTS_DENIED = ID_TWO_ASPECTS + """\
Sistem kami tidak mendukung pembayaran menggunakan Kartu Prakerja.
"""

# One aspect: infrastructure only.
ID_ONE_ASPECT = """\
DESKRIPSI SISTEM
Sehubungan dengan persyaratan sistem teknologi informasi, kami sampaikan bahwa
aplikasi kami berjalan di atas server cloud (Google Cloud Platform, region
asia-southeast2) dengan arsitektur monolitik berbasis Laravel.
"""

COVERAGE_ONLY = """\
SURAT PERNYATAAN CAKUPAN NASIONAL
Pengguna terdaftar platform kami tersebar di 31 (tiga puluh satu) provinsi.
"""


@pytest.mark.parametrize(
    "name, text, r3, r11",
    [
        pytest.param("system_description.txt", EN_FOUR_ASPECTS_PAYMENT, "met", "met",
                     id="en-4-aspects-payment"),
        pytest.param("deskripsi_sistem.txt", ID_FOUR_ASPECTS_PAYMENT, "met", "met",
                     id="id-4-aspects-payment"),
        pytest.param("lampiran5.txt", ID_FOUR_ASPECTS_SILENT, "met", "needs_review",
                     id="id-4-aspects-payment-gateway-only"),
        pytest.param("deskripsi_sistem.txt", ID_FOUR_ASPECTS_DENIED, "met", "not_met",
                     id="id-4-aspects-payment-denied"),
        pytest.param("it_overview.txt", EN_FOUR_ASPECTS_DENIED, "met", "not_met",
                     id="en-4-aspects-payment-denied"),
        pytest.param("technical.txt", EN_THREE_ASPECTS_PAYMENT, "met", "met",
                     id="en-3-aspects-payment"),
        pytest.param("uraian_sistem.txt", ID_THREE_ASPECTS_SILENT, "met", "needs_review",
                     id="id-3-aspects-silent"),
        pytest.param("deskripsi_sistem.txt", ID_TWO_ASPECTS, "needs_review", "needs_review",
                     id="2-aspects"),
        pytest.param("deskripsi_sistem.txt", ID_TWO_ASPECTS_DENIED, "needs_review", "not_met",
                     id="2-aspects-payment-denied"),
        pytest.param("scan_002.txt", ID_ONE_ASPECT, "needs_review", "needs_review",
                     id="1-aspect"),
        pytest.param("surat_pernyataan.txt", COVERAGE_ONLY, "missing", "missing",
                     id="no-system-description"),
    ],
)
def test_it_system_status(name, text, r3, r11):
    assert status_of(report_of((name, text), ruleset=R3), "it_system") == r3
    assert status_of(report_of((name, text), ruleset=R11), "it_system") == r11


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(EN_FOUR_ASPECTS_PAYMENT, True, id="en-supports-integration"),
        pytest.param(ID_FOUR_ASPECTS_PAYMENT, True, id="id-siap-terintegrasi"),
        pytest.param(EN_THREE_ASPECTS_PAYMENT, True, id="en-able-to-integrate"),
        pytest.param(
            ID_TWO_ASPECTS + "Peserta dapat membayar pelatihan menggunakan saldo Kartu Prakerja; "
            "integrasi pembayaran dengan sistem Prakerja telah diuji pada lingkungan staging.\n",
            True, id="id-saldo-prakerja"),
        pytest.param(
            ID_TWO_ASPECTS + "Our checkout can act as a payment channel for Kartu Prakerja, "
            "connected to the programme's redemption API.\n",
            True, id="en-payment-channel"),
        pytest.param(ID_FOUR_ASPECTS_DENIED, False, id="id-belum-dapat"),
        pytest.param(EN_FOUR_ASPECTS_DENIED, False, id="en-cannot"),
        pytest.param(ID_TWO_ASPECTS_DENIED, False, id="id-tidak-mendukung"),
    ],
)
def test_payment_integration(text, expected):
    facts = facts_of(("deskripsi_sistem.txt", text))
    assert "payment_integration" in facts, facts
    assert facts["payment_integration"] is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ID_FOUR_ASPECTS_SILENT, id="payment-gateway-is-not-the-programme"),
        pytest.param(ID_THREE_ASPECTS_SILENT, id="not-mentioned"),
        pytest.param(ID_ONE_ASPECT, id="short-letter"),
    ],
)
def test_payment_integration_absent_when_not_spoken_to(text):
    assert "payment_integration" not in facts_of(("deskripsi_sistem.txt", text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EN_FOUR_ASPECTS_PAYMENT, id="aws-jakarta-region_cikarang"),
        pytest.param(ID_FOUR_ASPECTS_SILENT, id="gcp-jakarta"),
        pytest.param(ID_TWO_ASPECTS, id="vps-in-jakarta"),
    ],
)
def test_data_centre_location_is_not_coverage(text):
    facts = facts_of(("deskripsi_sistem.txt", text))
    assert "provinces" not in facts


def test_system_description_with_payment_gives_evidence():
    """met is never given without evidence: the quote of the payment sentence is there."""
    report = report_of(("deskripsi_sistem.txt", ID_FOUR_ASPECTS_PAYMENT), ruleset=R11)
    criterion = next(c for c in report["criteria"] if c["id"] == "it_system")
    assert criterion["status"] == "met"
    quotes = " ".join(e["quote"] for e in criterion["evidence"])
    assert "Kartu Prakerja" in quotes or "Kartu\nPrakerja" in quotes


# What a description lacks, plans or quotes is not what the system has: a checklist answered
# "Tidak", a paragraph of "belum", an integration "planned for Q3", the text of Pasal 36 itself.
ID_CHECKLIST_ANSWERED_TIDAK = """\
DESKRIPSI SISTEM
Daftar periksa kesiapan sistem:
Server aplikasi di cloud (AWS Jakarta) | Ya
Sertifikasi ISO/IEC 27001 | Tidak
SLA uptime 99,9% | Tidak
REST API untuk mitra | Tidak
"""

ID_ALL_BELUM = """\
DESKRIPSI SISTEM
Platform kami masih berjalan pada satu server virtual (VPS) di Bandung.
Kami belum memiliki sertifikasi ISO/IEC 27001 dan belum pernah melakukan uji penetrasi.
Belum ada SLA uptime maupun uji beban kapasitas.
Sistem belum menyediakan API untuk mitra.
"""

EN_PAYMENT_NOT_YET = EN_THREE_ASPECTS_PAYMENT.replace(
    "The\nplatform is able to integrate with the Kartu Prakerja system as the payment\n"
    "method for training purchases.",
    "Integration with\nthe Kartu Prakerja system as a payment method is not yet available; it is planned\n"
    "for Q3 2026.")

ID_PAYMENT_AFTER_APPOINTMENT = ID_TWO_ASPECTS + (
    "Setelah ditetapkan sebagai Platform Digital, sistem kami akan diintegrasikan dengan sistem "
    "Kartu Prakerja sebagai metode pembayaran pelatihan.\n")

ID_PASAL_36_QUOTED = """\
DESKRIPSI SISTEM INFORMASI
Dokumen ini disusun untuk memenuhi ketentuan Permenko 11/2020 Pasal 36 ayat (3) huruf b yang
berbunyi: "memiliki sistem informasi dan teknologi yang memadai, termasuk kemampuan untuk
melakukan integrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan".
Aplikasi kami di-hosting pada server cloud dengan enkripsi TLS.
"""


def test_a_checklist_answered_tidak_evidences_only_the_yes():
    assert facts_of(("deskripsi_sistem.txt", ID_CHECKLIST_ANSWERED_TIDAK))["it_aspects"] == ["infrastructure"]
    assert status_of(report_of(("deskripsi_sistem.txt", ID_CHECKLIST_ANSWERED_TIDAK), ruleset=R3),
                     "it_system") == "needs_review"


def test_aspects_the_system_does_not_have_yet_are_not_evidenced():
    assert facts_of(("deskripsi_sistem.txt", ID_ALL_BELUM))["it_aspects"] == ["infrastructure"]


@pytest.mark.parametrize("text", [
    pytest.param(EN_PAYMENT_NOT_YET, id="en-not-yet-available-planned"),
    pytest.param(ID_PAYMENT_AFTER_APPOINTMENT, id="id-akan-diintegrasikan"),
])
def test_a_payment_integration_to_come_is_not_there_yet(text):
    assert "not yet" in text or "akan diintegrasikan" in text
    facts = facts_of(("deskripsi_sistem.txt", text))
    assert facts["payment_integration"] is False
    assert status_of(report_of(("deskripsi_sistem.txt", text), ruleset=R11), "it_system") == "not_met"


def test_pasal_36_quoted_is_no_payment_integration():
    facts = facts_of(("deskripsi_sistem.txt", ID_PASAL_36_QUOTED))
    assert "payment_integration" not in facts
    assert facts["it_aspects"] == ["infrastructure", "security"]  # the quote's "integrasi" is not one
    report = report_of(("deskripsi_sistem.txt", ID_PASAL_36_QUOTED), ruleset=R11)
    assert status_of(report, "it_system") == "needs_review"


ID_PMO_ASSESSMENT_AND_PLANS = """\
DESKRIPSI SISTEM INFORMASI
Sesuai ketentuan, Manajemen Pelaksana menilai kecukupan sistem informasi dan teknologi platform
digital dari aspek infrastruktur dan arsitektur, keamanan informasi (enkripsi, ISO/IEC 27001),
ketersediaan layanan dan kapasitas, serta integrasi melalui API.

Sistem kami akan kami tingkatkan pada tahun depan dengan pusat data cadangan, uji penetrasi
berkala dan SLA 99,9%.

Saat ini aplikasi berjalan di server awan (cloud) di Jakarta. Kami memiliki Disaster Recovery
Plan yang diuji setiap tahun.
"""


def test_how_the_pmo_assesses_and_what_is_to_come_evidence_no_aspect():
    facts = facts_of(("deskripsi_sistem.txt", ID_PMO_ASSESSMENT_AND_PLANS))
    assert sorted(facts["it_aspects"]) == ["availability", "infrastructure"]  # the last paragraph's
    report = report_of(("deskripsi_sistem.txt", ID_PMO_ASSESSMENT_AND_PLANS), ruleset="permenko-3-2020")
    assert status_of(report, "it_system") == "needs_review"


@pytest.mark.parametrize("sentence", [
    "Kapasitas server akan ditingkatkan secara otomatis (auto-scaling) saat beban naik.",
    "Kami menjamin SLA uptime 99,9% per bulan, di luar planned maintenance.",
])
def test_what_the_system_will_do_on_its_own_is_still_evidenced(sentence):
    assert "availability" in facts_of(("deskripsi_sistem.txt", f"DESKRIPSI SISTEM\n{sentence}\n"))["it_aspects"]


SEE_ATTACHMENTS = """\
DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI
1. Arsitektur dan Infrastruktur Sistem: lihat Lampiran A.
2. Keamanan Informasi (ISO/IEC 27001, enkripsi, uji penetrasi): lihat Lampiran B.
3. Ketersediaan dan Kapasitas (SLA, uptime): lihat Lampiran C.
4. Integrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan: lihat Lampiran E.
Lampiran A sampai dengan E akan disampaikan terpisah.
"""

TERSE_BULLETS = """\
SYSTEM OVERVIEW / GAMBARAN SISTEM
- Infra: AWS ap-southeast-3 (Jakarta), multi-AZ, EKS (k8s), RDS PostgreSQL w/ read replica.
- Sec: ISMS ISO/IEC 27001 certified, WAF, enkripsi data at-rest AES-256.
"""


def test_headings_that_send_the_reader_to_attachments_evidence_nothing():
    facts = facts_of(("deskripsi_sistem.txt", SEE_ATTACHMENTS))
    assert "it_aspects" not in facts and "payment_integration" not in facts


def test_terse_bullets_name_the_infrastructure():
    assert sorted(facts_of(("deskripsi_sistem.txt", TERSE_BULLETS))["it_aspects"]) == ["infrastructure", "security"]
