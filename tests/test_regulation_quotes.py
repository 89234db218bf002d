"""Text that quotes the regulation or a licence's standard clause is not the applicant's claim."""

import pytest

from compliance_docs.evaluate import evaluate, load_ruleset
from compliance_docs.extract import extract
from compliance_docs.ingest import document_from_text

COVER_LETTER = """Bandung, 14 Agustus 2024
Nomor   : 077/SKN/VIII/2024
Perihal : Permohonan sebagai Platform Digital Kartu Prakerja

Kepada Yth. Manajemen Pelaksana Program Kartu Prakerja di Jakarta

Dengan hormat,
Merujuk pada Pasal 36 ayat (3) huruf a Peraturan Menteri Koordinator Bidang Perekonomian
Nomor 11 Tahun 2020, Platform Digital wajib memiliki cakupan layanan berskala nasional dengan
pengguna paling sedikit di 26 provinsi. Bersama surat ini kami lampirkan dokumen kami.

Hormat kami,
PT Sinar Kelas Bersama
"""

LICENCE = """PEMERINTAH REPUBLIK INDONESIA
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: 9120402233445
Nama Pelaku Usaha : PT Sinar Kelas Bersama
NIB ini berlaku di seluruh Indonesia selama pelaku usaha menjalankan kegiatan usahanya.
"""

OWN_CLAIM = """SURAT PERNYATAAN
Dengan ini kami menyatakan bahwa layanan platform kami berskala nasional.
"""

OWN_COUNT = """SURAT PERNYATAAN CAKUPAN
Platform kami saat ini memiliki pengguna terdaftar di 29 provinsi di Indonesia.
"""


def coverage(ruleset: str, *texts: tuple[str, str]) -> str:
    docs = [document_from_text(name, text) for name, text in texts]
    criteria, _ = evaluate(docs, extract(docs), load_ruleset(ruleset), language="en")
    return next(c for c in criteria if c.id == "national_coverage").status


@pytest.mark.parametrize("ruleset", ["permenko-3-2020", "permenko-11-2020"])
def test_a_cover_letter_quoting_pasal_36_claims_nothing(ruleset):
    assert coverage(ruleset, ("surat_pengantar.txt", COVER_LETTER)) == "missing"


@pytest.mark.parametrize("ruleset", ["permenko-3-2020", "permenko-11-2020"])
def test_a_licences_validity_clause_claims_nothing(ruleset):
    assert coverage(ruleset, ("nib.txt", LICENCE)) == "missing"


def test_the_applicants_own_claim_still_counts_beside_the_quotes():
    docs = [("surat_pengantar.txt", COVER_LETTER), ("nib.txt", LICENCE), ("pernyataan.txt", OWN_CLAIM)]
    assert coverage("permenko-3-2020", *docs) == "met"
    assert coverage("permenko-11-2020", *docs) == "needs_review"  # a claim without numbers


def test_a_number_of_provinces_in_the_quote_is_not_the_applicants_count():
    docs = [("surat_pengantar.txt", COVER_LETTER), ("pernyataan.txt", OWN_COUNT)]
    assert coverage("permenko-11-2020", *docs) == "met"  # 29 of its own
    assert coverage("permenko-11-2020", ("surat_pengantar.txt", COVER_LETTER)) == "missing"
