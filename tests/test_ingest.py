"""Reading bundles: PDFs from two producers, DOCX with tables and headers, text, zips, bad files."""

from __future__ import annotations

import zipfile

import pytest

from compliance_docs.errors import BundleNotFound
from compliance_docs.ingest import read_bundle

from conftest import make_docx, make_fpdf_pdf, make_reportlab_pdf

DEED_LINES = [
    "AKTA PENDIRIAN PERSEROAN TERBATAS",
    "PT CAHAYA ILMU NUSANTARA",
    "Nomor : 07",
    "Pada hari ini, Rabu, tanggal 03-06-2020 (tiga Juni dua ribu dua puluh).",
    "Berhadapan dengan saya, RATNA DEWI KUSUMA, Sarjana Hukum, Magister Kenotariatan,",
    "Notaris di Kota Bandung, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal.",
    "Perseroan Terbatas ini bernama PT CAHAYA ILMU NUSANTARA, berkedudukan di Kota Bandung.",
]


def test_pdf_pages_keep_headers_and_give_boxes(tmp_path):
    bundle = tmp_path / "pt-cahaya"
    bundle.mkdir()
    make_reportlab_pdf(bundle / "scan_01.pdf", [DEED_LINES, ["Pasal 3", "Maksud dan tujuan"]],
                       header="Akta No. 07 - Notaris Ratna Dewi Kusuma, S.H., M.Kn.")
    doc = read_bundle(bundle).documents[0]
    assert doc.type == "deed_of_establishment"
    assert len(doc.pages) == 2 and doc.text_source == "text_layer"
    assert "Akta No. 07" in doc.pages[1].text  # the running header is kept on every page
    start = doc.text.index("PT CAHAYA ILMU NUSANTARA, berkedudukan")
    page, offset = doc.locate(start)
    box = page.bbox(offset, offset + len("PT CAHAYA ILMU NUSANTARA"))
    assert page.number == 1 and box is not None
    x0, top, x1, bottom = box
    assert 72 <= x0 < x1 and 0 < top < bottom < page.height


def test_fpdf_docx_and_text_documents(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_fpdf_pdf(bundle / "nib.pdf", "PERIZINAN BERUSAHA BERBASIS RISIKO\nNOMOR INDUK BERUSAHA: 9120001234567")
    make_docx(bundle / "lampiran.docx", ["DAFTAR LEMBAGA PELATIHAN MITRA"],
              table=[["No", "Nama Lembaga"], ["1", "LPK Karya Mandiri"], ["2", "LKP Sinar Terang"]],
              header="PT Cahaya Ilmu Nusantara")
    (bundle / "catatan.txt").write_text("Surat pengantar permohonan kemitraan.", encoding="utf-8")
    docs = {d.path: d for d in read_bundle(bundle).documents}
    assert docs["nib.pdf"].type == "business_license"
    assert docs["lampiran.docx"].type == "partner_list"
    assert docs["lampiran.docx"].text_source == "docx"
    assert "1 | LPK Karya Mandiri" in docs["lampiran.docx"].text
    assert docs["lampiran.docx"].text.startswith("PT Cahaya Ilmu Nusantara")
    assert docs["catatan.txt"].text_source == "plain_text"


def test_unreadable_files_become_warnings_and_the_rest_is_read(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_reportlab_pdf(bundle / "akta.pdf", [DEED_LINES])
    (bundle / "rusak.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    make_reportlab_pdf(bundle / "terkunci.pdf", [DEED_LINES], encrypt="rahasia")
    (bundle / "foto.exe").write_bytes(b"MZ\x00\x00\x90\x00binary")
    docs = {d.path: d for d in read_bundle(bundle).documents}
    assert docs["akta.pdf"].type == "deed_of_establishment"
    assert docs["rusak.pdf"].type == "unreadable" and "PDF" in docs["rusak.pdf"].warnings[0]
    assert docs["terkunci.pdf"].type == "unreadable"
    assert "password" in " ".join(docs["terkunci.pdf"].warnings)
    assert docs["foto.exe"].warnings == ["unsupported file format (.exe)"]


def test_zip_bundle_never_writes_or_reads_outside(tmp_path):
    archive = tmp_path / "pt-zip.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("dokumen/akta.txt", "\n".join(DEED_LINES))
        z.writestr("../../etc/evil.txt", "escape")
        z.writestr("/abs/evil.txt", "escape")
        z.writestr("__MACOSX/._akta.txt", "junk")
    bundle = read_bundle(archive)
    assert bundle.id == "pt-zip"
    assert [d.path for d in bundle.documents] == ["dokumen/akta.txt"]
    assert len(bundle.warnings) == 2 and all("escapes" in w for w in bundle.warnings)


def test_corrupt_zip_is_a_warning(tmp_path):
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"PK\x03\x04 not really a zip")
    bundle = read_bundle(archive)
    assert bundle.documents == [] and "zip" in bundle.warnings[0]


def test_symlink_out_of_the_bundle_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("NPWP 01.234.567.8-901.000")
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "link.txt").symlink_to(secret)
    result = read_bundle(bundle)
    assert result.documents == [] and "outside" in result.warnings[0]


def test_missing_bundle_is_an_error(tmp_path):
    with pytest.raises(BundleNotFound):
        read_bundle(tmp_path / "nope")


def _garbage_by_regex(text: str) -> bool:
    """The garbage test as first written, over str with regular expressions."""
    import re

    visible = len(text) - sum(map(len, re.findall(r"\s+", text)))
    if not visible:
        return True
    if len(re.findall(r"[^\w\s.,;:()\-/'\"%&*+=?!\[\]<>@#|]", text)) / visible > 0.2:
        return True
    words = re.findall(r"[^\W\d_]{3,}", text)
    if len(words) < 3:
        return False
    return sum(1 for w in words if re.search(r"[aeiouyAEIOUY]", w)) / len(words) < 0.6


def test_garbage_text_layer_is_told_from_text_the_same_way_on_every_path():
    import random

    from compliance_docs.ingest.pdf import garbage

    assert garbage("Xqzt Brrk Pfft Mnnx Tkkr Zzvg") and garbage("$$$ ### ~~~ ^^^ {{ }} ` ~")
    assert not garbage("Akta Pendirian Perseroan Terbatas PT Belajar Nusantara Digital")
    assert not garbage("Akta Pendirian “PT Belajar Nusantara” — Notaris Rina, S.H.")  # not ASCII
    rnd = random.Random(7)
    alphabet = "aeiouxyzqtkBCDFGHA 0123456789.,;:-_$#~^{}`\n\té“"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        assert garbage(text) == _garbage_by_regex(text), repr(text)


def test_soft_hyphens_and_zero_width_spaces_do_not_split_a_province():
    from compliance_docs.ingest import document_from_text

    doc = document_from_text("sebaran.txt", "Pengguna di Kepu\u00adlauan Riau dan Jawa\u200b Barat\n")
    assert doc.text == "Pengguna di Kepulauan Riau dan Jawa Barat\n"
