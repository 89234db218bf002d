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

# Text a page does not show: a verifier reading the page cannot see it, so it is no evidence.

COVERAGE_PROVINCES = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Bengkulu",
                      "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
                      "Jawa Timur"]


def coverage_letter_pdf(path, *, hidden_fill=(1, 1, 1), hidden_mode=0, band=None, picture=False):
    """A coverage statement whose table shows 8 provinces; the last 4 rows of the template are
    still in the file, set in `hidden_fill` (white: invisible on paper) or render mode 3.
    `band`: a filled rectangle's colour under those rows; `picture`: a picture under them."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10.5)
    c.drawString(55, 780, "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")
    c.drawString(55, 765, "Sebaran pengguna terdaftar per provinsi, per 30 Juni 2024:")
    y = 740
    for i, province in enumerate(COVERAGE_PROVINCES[:8], 1):
        c.drawString(55, y, f"{i}  {province}  {1000 + 37 * i}")
        y -= 15
    if band is not None:
        c.setFillColorRGB(*band)
        c.rect(50, y - 50, 490, 62, stroke=0, fill=1)
    if picture:
        c.drawImage(ImageReader(Image.new("L", (400, 60), 90)), 50, y - 50, width=490, height=62)
    c.saveState()  # the render mode, like the colour, lasts until the state is restored
    c.setFillColorRGB(*hidden_fill)
    for i, province in enumerate(COVERAGE_PROVINCES[8:], 9):
        text = c.beginText(55, y)
        text.setTextRenderMode(hidden_mode)
        text.textOut(f"{i}  {province}  {1000 + 37 * i}")
        c.drawText(text)
        y -= 15
    c.restoreState()
    c.drawString(55, y - 10, "Demikian pernyataan ini dibuat dengan sebenarnya.")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(("fill", "mode"), [((1, 1, 1), 0), ((0.97, 0.97, 0.97), 0), ((0, 0, 0), 3)],
                         ids=["white", "near-white", "invisible"])
def test_rows_the_page_does_not_show_are_left_out_with_a_warning(tmp_path, fill, mode):
    bundle = tmp_path / "b"
    bundle.mkdir()
    coverage_letter_pdf(bundle / "pernyataan.pdf", hidden_fill=fill, hidden_mode=mode)
    doc = read_bundle(bundle).documents[0]
    assert "Jawa Barat" not in doc.text and "Jawa Timur" not in doc.text
    assert "8 DKI Jakarta 1296" in doc.text
    assert doc.warnings == ["page 1: text the page does not show (white or invisible) left out: "
                            "'9 Jawa Barat 1333 10 Banten 1370 11 Jawa Tengah 1407 12 Jawa Timur "
                            "1444'"]
    # the characters left out are blanked one for one, so the boxes after them stay right
    start = doc.text.index("Demikian")
    page, offset = doc.locate(start)
    x0, top, _, bottom = page.bbox(offset, offset + len("Demikian"))
    assert 54 <= x0 < 60 and page.height - 740 + 4 * 15 + 5 < top < bottom


@pytest.mark.parametrize(("band", "picture"), [((0.1, 0.2, 0.45), False), (None, True)],
                         ids=["on a dark band", "on a picture"])
def test_white_text_on_something_dark_shows_and_is_read(tmp_path, band, picture):
    bundle = tmp_path / "b"
    bundle.mkdir()
    coverage_letter_pdf(bundle / "pernyataan.pdf", band=band, picture=picture)
    doc = read_bundle(bundle).documents[0]
    assert "9 Jawa Barat 1333" in doc.text and "12 Jawa Timur 1444" in doc.text
    assert doc.warnings == []


def test_a_searchable_scans_invisible_ocr_layer_is_still_read(tmp_path):
    from test_integrity import PAGE_WORDS, scanned_page

    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "pernyataan_scan.pdf").write_bytes(scanned_page(PAGE_WORDS, PAGE_WORDS))
    doc = read_bundle(bundle).documents[0]
    assert "Cakupan layanan di 34 provinsi" in doc.text
    assert not any("does not show" in w for w in doc.warnings)


def test_warning_about_text_left_out_is_translated():
    from compliance_docs.evaluate.messages import translate_warning

    assert translate_warning("page 1: text the page does not show (white or invisible) left out: "
                             "'9 Jawa Barat 1333'", "id") == (
        "halaman 1: teks yang tidak tampil di halaman (putih atau tak terlihat) tidak dibaca: "
        "'9 Jawa Barat 1333'")


def test_partner_rows_in_white_are_left_out_of_the_table_too(tmp_path):
    """The partner list's ruled table shows three institutions; two more rows of the template
    are still there in white. The table reader reads the page again, and must skip them too."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from compliance_docs.ingest.tables import pdf_tables

    rows = [("No", "Nama Lembaga Pelatihan", "Kota"), ("1", "LPK Tunas Prima", "Kota Padang"),
            ("2", "LKP Widya Utama", "Kota Medan"), ("3", "LPK Citra Busana", "Kota Bogor"),
            ("4", "LPK Graha Unggul", "Kota Malang"), ("5", "LKP Insan Lestari", "Kota Depok")]
    path = tmp_path / "daftar_mitra.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(50, 790, "DAFTAR LEMBAGA PELATIHAN MITRA")
    top = 760
    for i, row in enumerate(rows):
        y = top - 20 * i
        c.saveState()
        if i >= 4:
            c.setFillColorRGB(1, 1, 1)
        for x, cell in zip((55, 90, 330), row, strict=True):
            c.drawString(x, y - 14, cell)
        c.restoreState()
    c.grid([50, 85, 325, 500], [top - 20 * i for i in range(len(rows) + 1)])
    c.showPage()
    c.save()
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / path.name).write_bytes(path.read_bytes())
    doc = read_bundle(bundle).documents[0]
    assert "Graha Unggul" not in doc.text
    cells = [cell for table in pdf_tables(path.read_bytes(), doc) for row in table.rows
             for cell in row]
    assert "LPK Citra Busana" in cells
    assert "LPK Graha Unggul" not in cells and "LKP Insan Lestari" not in cells
