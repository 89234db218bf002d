"""Tamper and integrity signals on PDFs made here: one save, an incremental update, a linearized
file, signatures (whole, tampered, updated after signing), an image-editor producer, dates that
contradict the deed, a scan whose hidden text layer says other words; then the check itself."""

from __future__ import annotations

import datetime
import io
import json
import shutil
from pathlib import Path

import jsonschema
import pikepdf
import pytest

from compliance_docs import screen_path
from compliance_docs.data import data_path
from compliance_docs.ingest.integrity import parse_pdf_date, pdf_signals
from compliance_docs.types import Document, Page

from conftest import ROOT

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
SCHEMA = json.loads(data_path("report.schema.json").read_text(encoding="utf-8"))
SAMPLE = ROOT / "samples/pt-belajar-nusantara-digital"
DEED = "01_Akta_Pendirian_PT_Belajar_Nusantara_Digital.pdf"  # dated 14 April 2020


def one_save(lines=("AKTA PENDIRIAN PERSEROAN TERBATAS", "Nomor 12 tanggal 14 April 2020")) -> bytes:
    """An uncompressed one-revision PDF, so a test can change a word inside the signed bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    y = 780
    for line in lines:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def rewritten(data: bytes, **info: str) -> bytes:
    """The same PDF with Info entries set, written in full by pikepdf: still one revision."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for key, value in info.items():
            pdf.docinfo[f"/{key}"] = value
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def appended(data: bytes) -> bytes:
    """`data` with one incremental update appended (a new /Lang in the catalog), as an editor
    that saves "incrementally" does; pikepdf can only rewrite, so pyHanko appends."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.root["/Lang"] = generic.TextStringObject("id-ID")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def signer(tmp_path_factory):
    """A pyHanko signer with a self-signed certificate made here: no trust list knows it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    folder = tmp_path_factory.mktemp("pki")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Notaris Uji Coba")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(folder / "key.pem"), str(folder / "cert.pem"))


def signed(data: bytes, signer) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)),
                           signers.PdfSignatureMetadata(field_name="TandaTanganNotaris"),
                           signer=signer)
    return out.getvalue()


def signals(data: bytes, doc_type: str = "deed_of_establishment"):
    """The signals of a PDF read as the tool reads it (a file pdfium cannot open: one page)."""
    from compliance_docs.ingest.pdf import read_pdf

    try:
        pages = read_pdf(data)[0]
    except ValueError:
        pages = [Page(1, "AKTA PENDIRIAN", "text_layer")]
    doc = Document(path="akta.pdf", sha256="", size=len(data), type=doc_type, pages=pages)
    return pdf_signals(data, doc)


def kinds(found, level: str = "review") -> set[str]:
    return {s.kind for s in found if s.level == level}


def test_one_save_gives_no_signal():
    found = signals(one_save())
    assert kinds(found) == set()


def test_linearized_file_is_one_revision():
    # a linearized file has two xref sections and two %%EOF markers, but was saved once
    with pikepdf.open(io.BytesIO(one_save())) as pdf:
        out = io.BytesIO()
        pdf.save(out, linearize=True)
    data = out.getvalue()
    assert data.count(b"%%EOF") == 2
    assert kinds(signals(data)) == set()
    assert "incremental_update" in kinds(signals(appended(data)))  # an update on top still counts


def test_incremental_update_is_a_signal():
    found = [s for s in signals(appended(one_save())) if s.kind == "incremental_update"]
    assert len(found) == 1
    assert found[0].value("revisions") == "2" and found[0].value("updates") == "1"
    assert found[0].value("after_signature") is None
    assert found[0].document == "akta.pdf" and found[0].why


def test_whole_file_signature_is_only_a_note(signer):
    found = signals(signed(one_save(), signer))
    # signing appends a revision by design: that revision is not an edit
    assert kinds(found) == set()
    untrusted = [s for s in found if s.kind == "signature_untrusted"]
    assert len(untrusted) == 1 and untrusted[0].level == "note"
    assert "trust list" in untrusted[0].why
    assert untrusted[0].value("signature") == "TandaTanganNotaris"
    assert "Notaris Uji Coba" in untrusted[0].value("signer")


def test_bytes_changed_inside_signed_range(signer):
    data = signed(one_save(), signer)
    assert data.count(b"Nomor 12") == 1
    tampered = data.replace(b"Nomor 12", b"Nomor 13")  # same length: the byte range still fits
    found = signals(tampered)
    assert "signature_invalid" in kinds(found)
    invalid = next(s for s in found if s.kind == "signature_invalid")
    assert invalid.value("problem") == "digest"
    assert "signature_untrusted" not in {s.kind for s in found}  # a broken signature is no note


def test_update_after_signing(signer):
    found = signals(appended(signed(one_save(), signer)))
    assert {"signature_partial", "incremental_update"} <= kinds(found)
    update = next(s for s in found if s.kind == "incremental_update")
    assert update.value("after_signature") == "1" and update.value("revisions") == "3"
    partial = next(s for s in found if s.kind == "signature_partial")
    assert partial.value("coverage") == "ENTIRE_REVISION"
    assert int(partial.value("signed_bytes")) < int(partial.value("file_bytes"))


def test_image_editor_producer():
    found = signals(rewritten(one_save(), Producer="Adobe Photoshop 25.0"))
    editor = [s for s in found if s.kind == "image_editor_producer"]
    assert len(editor) == 1 and editor[0].value("editor") == "Photoshop"
    assert kinds(signals(rewritten(one_save(), Producer="LibreOffice 7.3"))) == set()


def test_modified_long_after_creation_of_a_deed():
    data = rewritten(one_save(), CreationDate="D:20200414100000+07'00'",
                     ModDate="D:20230105120000+07'00'")
    found = [s for s in signals(data) if s.kind == "metadata_dates"]
    assert len(found) == 1 and found[0].level == "review"
    assert found[0].value("finding") == "modified_after_creation"
    assert found[0].value("created").startswith("2020-04-14")
    # a statement is a draft until printed: the same dates are only recorded
    statement = signals(data, "coverage_statement")
    assert kinds(statement) == set() and statement[0].level == "note"


def test_placeholder_dates_are_not_dates():
    # ReportLab's invariant mode writes 2000-01-01 00:00 UTC: no date is known
    assert [s for s in signals(one_save()) if s.kind == "metadata_dates"] == []
    assert parse_pdf_date("D:20200414100000+07'00'").isoformat() == "2020-04-14T10:00:00+07:00"
    assert parse_pdf_date("2020-04-14T10:00:00Z").utcoffset() == datetime.timedelta(0)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage", b"", b"%PDF-1.4\n1 0 obj << /ByteRange [0 1"])
def test_malformed_pdf_gives_no_signals(data):
    assert signals(data) == []


def test_truncated_signed_pdf_does_not_raise(signer):
    data = signed(one_save(), signer)
    assert isinstance(signals(data[: len(data) // 2]), list)


def scanned_page(image_words: str, layer_words: str) -> bytes:
    """One page that is a full-page image of `image_words`, under an invisible text layer
    (render mode 3, as OCR software writes it) of `layer_words`."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default(size=40)
    y = 150
    for line in image_words.split("\n"):
        draw.text((100, y), line, font=font, fill=0)
        y += 70
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    text = c.beginText(50, 760)
    text.setTextRenderMode(3)
    text.setFont("Helvetica", 12)
    for line in layer_words.split("\n"):
        text.textLine(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


PAGE_WORDS = "SURAT PERNYATAAN\nCakupan layanan di 34 provinsi\nseluruh Indonesia"


@needs_tesseract
def test_text_layer_that_differs_from_the_image():
    data = scanned_page(PAGE_WORDS, "Perjanjian sewa gedung kantor\nberlaku lima tahun di Bandung")
    found = [s for s in signals(data) if s.kind == "text_layer_mismatch"]
    assert len(found) == 1 and found[0].page == 1
    assert int(found[0].value("similarity")) < 60


@needs_tesseract
def test_text_layer_that_matches_the_image():
    assert kinds(signals(scanned_page(PAGE_WORDS, PAGE_WORDS))) == set()


def test_without_tesseract_the_pages_are_named_in_a_note(monkeypatch):
    from compliance_docs.ingest import ocr

    def absent():
        raise ocr.OcrUnavailable("Tesseract is not installed")

    monkeypatch.setattr(ocr, "tesseract_version", absent)
    found = signals(scanned_page(PAGE_WORDS, "Perjanjian sewa gedung kantor berlaku lima tahun"))
    assert [(s.kind, s.level, s.page) for s in found] == [("text_layer_unchecked", "note", 1)]


def bundle(tmp_path: Path, deed: bytes | None = None) -> Path:
    folder = tmp_path / "pt-belajar-nusantara-digital"
    shutil.copytree(SAMPLE, folder)
    if deed is not None:
        (folder / DEED).write_bytes(deed)
    return folder


def integrity_of(folder: Path) -> tuple[dict, dict]:
    report = screen_path(folder, language="en").to_dict()
    jsonschema.validate(report, SCHEMA)
    return report, next(c for c in report["checks"] if c["id"] == "document_integrity")


def test_bundle_without_signals_is_met(tmp_path):
    report, check = integrity_of(bundle(tmp_path))
    assert check["status"] == "met"
    assert check["reasons"][0].startswith("No sign of editing in 6 PDF file(s)")
    assert check["evidence"] and all(e["page"] >= 1 and e["quote"] for e in check["evidence"])
    assert [c["id"] for c in report["checks"]][-2:] == ["document_quality", "document_integrity"]
    assert report["overall"] == "met"


def test_deed_file_created_before_the_deed_date(tmp_path):
    deed = rewritten((SAMPLE / DEED).read_bytes(), CreationDate="D:20190301090000+07'00'")
    report, check = integrity_of(bundle(tmp_path, deed))
    assert check["status"] == "needs_review"
    assert check["reasons"] == [
        f"{DEED}: the file's metadata says it was created on 2019-03-01, before the deed's own date "
        "(2020-04-14). A deed's file cannot predate the deed: this one may have been made from "
        "another document."]
    assert check["evidence"][0]["document"] == DEED
    assert report["overall"] == "needs_review"  # a needs_review check, criteria all met
    deed = next(d for d in report["documents"] if d["path"] == DEED)
    assert [(g["kind"], g["level"]) for g in deed["signals"]] == [("metadata_dates", "note")]
    assert "created 2019-03-01" in deed["signals"][0]["detail"]


def test_signed_deed_with_an_untrusted_certificate_stays_met(tmp_path, signer):
    # an unverifiable certificate is not a sign of editing: a reason, no review
    _, check = integrity_of(bundle(tmp_path, signed((SAMPLE / DEED).read_bytes(), signer)))
    assert check["status"] == "met"
    assert any("was not checked against a trust list" in r and DEED in r for r in check["reasons"])


def test_deed_edited_after_signing_needs_review_in_every_format(tmp_path, signer):
    from compliance_docs.report import render

    folder = bundle(tmp_path, appended(signed((SAMPLE / DEED).read_bytes(), signer)))
    report = screen_path(folder, language="id")
    data = report.to_dict()
    jsonschema.validate(data, SCHEMA)
    check = next(c for c in data["checks"] if c["id"] == "document_integrity")
    assert check["status"] == "needs_review"
    assert any("hanya mencakup" in r for r in check["reasons"])  # signature_partial, in Indonesian
    assert any("setelah tanda tangan digital" in r for r in check["reasons"])
    for fmt in ("html", "md"):
        text = render(data, fmt)
        assert "Keutuhan dokumen" in text and "hanya mencakup" in text


STAMP = "Dokumen ini telah ditandatangani secara elektronik BSrE"
LONG_PAGE = ("AKTA PENDIRIAN PERSEROAN TERBATAS\nPT AKSARA MAHIR DIGITAL\nNomor 7 tanggal 14 April 2020\n"
             "Berhadapan dengan saya Notaris di Jakarta\nhadir para penghadap yang dikenal\n"
             "Modal dasar Perseroan sepuluh miliar rupiah\nDireksi dan Dewan Komisaris diangkat\n" + STAMP)


@needs_tesseract
def test_a_stamp_in_the_text_layer_of_a_scan_is_no_mismatch():
    # the e-signature footer printed on the scan is the whole text layer: it reads in the image
    assert kinds(signals(scanned_page(LONG_PAGE, STAMP))) == set()


@needs_tesseract
def test_a_short_text_layer_that_the_image_does_not_show_is_still_a_mismatch():
    data = scanned_page(LONG_PAGE, "NIB 1203210045678 Nomor Induk Berusaha berlaku di Indonesia")
    assert "text_layer_mismatch" in kinds(signals(data))
