"""Scanned documents: OCR page by page, word boxes, confidence, identifier fixes, no Tesseract."""

from __future__ import annotations

import io
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

from compliance_docs import screen_documents
from compliance_docs.ingest import document_from_text, ocr, read_bundle
from compliance_docs.ingest.images import open_frames
from compliance_docs.ingest.ocr import OcrJob, Word, words_to_page
from compliance_docs.types import Document, Page

from conftest import make_mixed_pdf, make_reportlab_pdf
from helpers import status_of
from scans import dark_mode, degrade, photograph, render_text, scanned_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

DEED = [
    "AKTA PENDIRIAN PERSEROAN TERBATAS",
    "PT SINAR EDUKASI NUSANTARA",
    "Nomor : 21",
    "Pada hari ini, Kamis, tanggal 23-07-2020 (dua puluh tiga Juli dua ribu dua puluh),",
    "pukul 09.30 WIB. Berhadapan dengan saya, Dr. HENDRA WIJAYA KUSUMA, Sarjana Hukum,",
    "Magister Kenotariatan, Notaris di Kota Surabaya, dengan dihadiri saksi-saksi.",
    "Pasal 1 -----------------------------------------------------------",
    "Perseroan Terbatas ini bernama PT SINAR EDUKASI NUSANTARA, berkedudukan di",
    "Kota Surabaya. Akta ini telah mendapat pengesahan Menteri Hukum dan Hak Asasi",
    "Manusia Republik Indonesia Nomor AHU-0045871.AH.01.01.Tahun 2020.",
    "Direktur Utama : Tuan ANDIKA PUTRA PRATAMA",
]
KEY_FACTS = ("company_name", "entity_form", "deed_date", "notary_name", "ahu_number", "deed_number")


def facts(documents: list[Document]) -> dict:
    return {f["name"]: f["value"] for f in screen_documents(documents).to_dict()["facts"]}


@needs_tesseract
@pytest.mark.parametrize("dpi, angle", [(150, 1.5), (200, -2.0)])
def test_scanned_deed_screens_like_its_text_twin(tmp_path, dpi, angle):
    text_bundle, scan_bundle = tmp_path / "text", tmp_path / "scan"
    text_bundle.mkdir(), scan_bundle.mkdir()
    make_reportlab_pdf(text_bundle / "akta.pdf", [DEED])
    page = degrade(render_text(DEED, dpi=dpi), angle=angle, noise=12, jpeg=50)
    scanned_pdf([page], scan_bundle / "akta.pdf", dpi)

    twin = facts(read_bundle(text_bundle).documents)
    scanned_doc = read_bundle(scan_bundle).documents[0]
    scanned = facts([scanned_doc])

    assert scanned_doc.text_source == "ocr"
    assert {k: scanned.get(k) for k in KEY_FACTS} == {k: twin[k] for k in KEY_FACTS}
    assert twin["notary_name"].lower() == "hendra wijaya kusuma"
    report = screen_documents([scanned_doc]).to_dict()
    name = next(f for f in report["facts"] if f["name"] == "company_name")
    evidence = name["evidence"][0]
    assert evidence["page"] == 1 and len(evidence["bbox"]) == 4  # boxes survive OCR
    assert name["confidence"] < 0.9  # facts read by OCR are trusted less


@needs_tesseract
def test_mixed_pdf_ocrs_only_the_scanned_page(tmp_path, monkeypatch):
    calls = []
    real = ocr.run_tesseract
    monkeypatch.setattr(ocr, "run_tesseract", lambda png, **kw: calls.append(1) or real(png, **kw))
    scan = degrade(render_text(DEED[6:], dpi=200), angle=1.0)
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_mixed_pdf(bundle / "akta.pdf", DEED[:6], scan)
    doc = read_bundle(bundle).documents[0]
    assert [p.source for p in doc.pages] == ["text_layer", "ocr"]
    assert doc.text_source == "mixed" and len(calls) == 1
    assert "SINAR EDUKASI" in doc.pages[1].text.upper()


@needs_tesseract
def test_image_files_and_multipage_tiff_are_ocred(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    page = render_text(DEED[:4], dpi=200)
    page.save(bundle / "halaman1.png", dpi=(200, 200))
    page.save(bundle / "akta.tiff", save_all=True, append_images=[render_text(DEED[7:], dpi=200)], dpi=(200, 200))
    docs = {d.path: d for d in read_bundle(bundle).documents}
    assert docs["halaman1.png"].text_source == "ocr"
    assert len(docs["akta.tiff"].pages) == 2
    assert "bernama PT SINAR" in docs["akta.tiff"].pages[1].text


@needs_tesseract
def test_a_fax_tiff_is_ocred(tmp_path):
    """Regression: a bilevel Group 4 TIFF (fax-style scanner output) failed with 'encoder
    error -2' because its compression was carried over to the grayscale page handed to
    Tesseract."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    pages = [render_text(DEED[:4], dpi=200).convert("1"), render_text(DEED[7:], dpi=200).convert("1")]
    pages[0].save(bundle / "pernyataan.tif", save_all=True, append_images=pages[1:], compression="group4",
                  dpi=(200, 200))
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == [] and doc.text_source == "ocr"
    assert "bernama PT SINAR" in doc.pages[1].text


@needs_tesseract
def test_second_screening_of_a_scan_costs_no_ocr(tmp_path, monkeypatch):
    bundle = tmp_path / "b"
    bundle.mkdir()
    scanned_pdf([render_text(DEED[:5], dpi=150)], bundle / "akta.pdf", 150)
    first = read_bundle(bundle).documents[0].text

    def no_tesseract(*args, **kwargs):
        raise AssertionError("tesseract ran although the page is cached")

    ocr.tesseract_version()  # known from the first run; the cache key includes it
    monkeypatch.setattr(subprocess, "run", no_tesseract)
    assert read_bundle(bundle).documents[0].text == first


def ocr_doc(text: str) -> Document:
    doc = document_from_text("scan.pdf", text)
    doc.pages = [Page(1, text, "ocr", confidence=0.9)]
    return doc


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("NOMOR INDUK BERUSAHA (NIB): 912O3O5l23456", "nib", "9120305123456"),
        ("NPWP : O1.234.S67.8-9O1.000", "npwp", "012345678901000"),
        ("Keputusan Menteri Hukum Nomor AHU-OO45871.AH.O1.O1.Tahun 2O2O", "ahu_number",
         "AHU-0045871.AH.01.01.TAHUN 2020"),
    ],
)
def test_ocr_confusions_in_identifiers_are_fixed_on_ocr_pages(text, name, expected):
    assert facts([ocr_doc(text)])[name] == expected
    assert name not in facts([document_from_text("typed.txt", text)])  # a text layer is not guessed at


def test_missing_tesseract_is_a_warning_with_a_hint(tmp_path, monkeypatch):
    ocr.tesseract_version.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    bundle = tmp_path / "b"
    bundle.mkdir()
    scanned_pdf([render_text(DEED[:3], dpi=100)], bundle / "akta.pdf", 100)
    render_text(DEED[:2], dpi=100).save(bundle / "foto.png")
    docs = read_bundle(bundle).documents
    ocr.tesseract_version.cache_clear()
    for doc in docs:
        assert doc.type == "unreadable"
        assert any("apt-get install tesseract-ocr" in w for w in doc.warnings)
    report = screen_documents(docs).to_dict()
    assert status_of(report, "document_quality") == "needs_review"


def test_low_confidence_pages_are_named(monkeypatch):
    words = [Word("Akta", (0, 0, 10, 10), 0.41, (1, 1, 1)), Word("Nomor", (12, 0, 30, 10), 0.35, (1, 1, 1))]
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    monkeypatch.setattr(ocr, "run_tesseract", lambda png, **kw: words)
    pages = ocr.ocr_pages([OcrJob(3, Image.new("L", (100, 100), 255), 72.0, (), 100, 100)])
    assert pages[0].warnings == ["low OCR confidence (0.38)"]
    doc = document_from_text("scan.pdf", "x")
    doc.pages = pages
    doc.warnings = [f"page 3: {w}" for w in pages[0].warnings]
    report = screen_documents([doc]).to_dict()
    quality = next(c for c in report["checks"] if c["id"] == "document_quality")
    assert quality["status"] == "needs_review" and "halaman 3" in " ".join(quality["reasons"])
    english = screen_documents([doc], language="en").to_dict()
    quality = next(c for c in english["checks"] if c["id"] == "document_quality")
    assert "page 3: low OCR confidence (0.38)" in " ".join(quality["reasons"])


@pytest.mark.parametrize("warning, indonesian", [
    ("page 2: no text recognised (blank or unreadable scan)",
     "halaman 2: tidak ada teks yang dikenali (pindaian kosong atau tidak terbaca)"),
    ("encrypted PDF (password required), not read", "PDF terenkripsi (perlu kata sandi), tidak dibaca"),
    ("lampiran.zip: not a readable zip file (File is not a zip file)",
     "lampiran.zip: bukan file zip yang dapat dibaca (File is not a zip file)"),
    ("page 4: scanned page without text layer: not OCRed",
     "halaman 4: halaman pindaian tanpa lapisan teks: tidak di-OCR"),
    ("Tesseract is not installed; install Tesseract: apt-get install tesseract-ocr tesseract-ocr-ind",
     "Tesseract belum terpasang; pasang Tesseract: apt-get install tesseract-ocr tesseract-ocr-ind"),
    ("something the table does not know", "something the table does not know"),
])
def test_reading_problems_are_shown_in_the_report_language(warning, indonesian):
    from compliance_docs.evaluate.messages import translate_warning

    assert translate_warning(warning, "id") == indonesian
    assert translate_warning(warning, "en") == warning


def test_word_boxes_map_to_character_ranges():
    words = [Word("PT", (100, 50, 130, 70), 0.9, (1, 1, 1)), Word("Maju", (140, 50, 200, 70), 0.9, (1, 1, 1)),
             Word("Pasal", (100, 90, 160, 110), 0.9, (1, 1, 2))]
    page = words_to_page(1, words, scale=2.0, width=300, height=400)
    assert page.text == "PT Maju\nPasal"
    assert page.bbox(0, 7) == (50.0, 25.0, 100.0, 35.0)
    assert page.bbox(8, 13) == (50.0, 45.0, 80.0, 55.0)


def test_unline_whitens_table_rules_and_keeps_letters():
    from PIL import ImageDraw

    from compliance_docs.ingest.preprocess import unline

    page = render_text(["1  Aceh  15.268"], dpi=200)
    draw = ImageDraw.Draw(page)
    draw.line([(100, 150), (1500, 150)], fill=0, width=3)  # a row rule
    draw.line([(160, 100), (160, 400)], fill=0, width=3)  # a column rule
    cleaned = np.asarray(unline(page))
    assert cleaned[150, 300:1400].min() == 255 and cleaned[120:380, 160].min() == 255
    letters = np.asarray(page)[170:230, 170:600] < 128
    assert (cleaned[170:230, 170:600] < 128).sum() == letters.sum()  # the text is untouched


NIB = [
    "PEMERINTAH REPUBLIK INDONESIA",
    "PERIZINAN BERUSAHA BERBASIS RISIKO",
    "NOMOR INDUK BERUSAHA: 9120307745182",
    "Berdasarkan Undang-Undang Nomor 6 Tahun 2023, Pemerintah Republik Indonesia",
    "menerbitkan Nomor Induk Berusaha (NIB) kepada:",
    "1. Nama Pelaku Usaha : PT AKSARA MAHIR DIGITAL",
    "2. Alamat : Jl. Letjen S. Parman Kav. 28, Jakarta Barat",
    "3. NPWP : 02.345.678.9-012.000",
    "Diterbitkan di Jakarta, tanggal 12 April 2021",
]
SIDEWAYS = 6  # EXIF Orientation as a phone held upright writes it: "turn 90 degrees clockwise to view"


def phone_picture(page: Image.Image, kind: str, orientation: int | None = None) -> bytes:
    """`page` stored as a phone stores it: as the sensor saw it, with the EXIF turn to view it."""
    out = io.BytesIO()
    if orientation is None:
        page.convert("RGB").save(out, kind, dpi=(200, 200))
        return out.getvalue()
    exif = Image.Exif()
    exif[0x0112] = orientation
    page.rotate(90, expand=True).convert("RGB").save(out, kind, exif=exif.tobytes(), dpi=(200, 200))
    return out.getvalue()


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP", "TIFF", "HEIF"])
def test_a_photo_is_opened_the_way_up_its_exif_says(kind):
    """Turned once: pillow-heif turns a HEIC photo as it decodes it, and it is not turned again."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    page = render_text(NIB[:3], dpi=100)  # upright: taller than wide, text at the top
    (frame,), _ = open_frames(phone_picture(page, kind, SIDEWAYS))
    assert frame.size == page.size
    ink = np.asarray(frame.convert("L")) < 128
    assert ink[: frame.height // 4].any() and not ink[frame.height // 2:].any()


@needs_tesseract
def test_a_nib_photographed_with_the_phone_held_upright_is_read(tmp_path):
    """Regression (f90): a JPEG whose pixels lie sideways with EXIF Orientation 6 was OCRed
    sideways, and the NIB in it was never read."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    page = render_text(NIB, dpi=200).crop((0, 0, 1654, 1169))
    (bundle / "NIB_foto.jpg").write_bytes(phone_picture(page, "JPEG", SIDEWAYS))
    doc = read_bundle(bundle).documents[0]
    assert doc.type == "business_license"
    assert facts([doc])["nib"] == "9120307745182"


def test_unline_keeps_the_desk_around_a_photographed_page():
    from compliance_docs.ingest.preprocess import unline

    photo = photograph(render_text(NIB, dpi=100))
    pixels = np.asarray(photo)
    desk = pixels < 128  # the frame around the page, and the letters
    assert (np.asarray(unline(photo))[desk] == pixels[desk]).mean() > 0.99


@needs_tesseract
def test_a_nib_photographed_on_a_desk_in_side_light_is_read_to_the_end_of_its_lines(tmp_path):
    """Regression (f07): unline whitened the dark desk around the page; on white, the page's
    darker side fell below Tesseract's threshold and each line was read to about its 18th
    letter ("PEMERINTAH REPUBLI"), the NIB not at all."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    photograph(render_text(NIB, dpi=200)).save(bundle / "NIB_foto.jpg", dpi=(200, 200))
    doc = read_bundle(bundle).documents[0]
    assert "PEMERINTAH REPUBLIK INDONESIA" in doc.text and "Jakarta Barat" in doc.text
    assert doc.type == "business_license"
    assert facts([doc])["nib"] == "9120307745182"


def test_only_a_mostly_dark_page_is_inverted():
    from compliance_docs.ingest.preprocess import invert

    page = render_text(NIB, dpi=100)
    assert np.asarray(invert(dark_mode(page))).mean() > 200  # now dark letters on light
    for light in (page, photograph(page)):  # a page, and one photographed on a dark desk
        assert invert(light) is light


@needs_tesseract
def test_a_dark_mode_screenshot_of_a_nib_is_read(tmp_path):
    """Regression (f91): white letters on a dark ground were handed to Tesseract as they were,
    and unline took the ground for ink."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    screen = dark_mode(render_text(NIB, dpi=150).crop((0, 0, 1240, 877))).convert("RGB")
    screen.save(bundle / "Screenshot_OSS.png")
    doc = read_bundle(bundle).documents[0]
    assert doc.type == "business_license"
    assert facts([doc])["nib"] == "9120307745182"


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_word_read_on_the_turned_page_is_boxed_on_the_page_as_scanned(turn):
    page = Image.new("L", (300, 200), 255)
    page.paste(0, (40, 30, 100, 50))  # a word, seen as its box
    turned = ocr._turned(page, turn)
    read = Word("Aceh", Image.eval(turned, lambda v: 255 - v).getbbox(), 0.9, (1, 1, 1))
    assert ocr._turn_back(read, turn, turned.size).box == (40, 30, 100, 50)


@needs_tesseract
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_nib_scanned_sideways_or_upside_down_is_read_upright(tmp_path, turn):
    """Regression (f05, f06): a page fed into the scanner sideways or upside down was read as
    it lay, into nonsense at a low confidence, and no NIB was found."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    page = degrade(render_text(NIB, dpi=200).crop((0, 0, 1654, 1169)), angle=0.5, noise=6, jpeg=70)
    scan = page.rotate(turn, expand=True)  # counter-clockwise, as the page lay on the glass
    scanned_pdf([scan], bundle / "NIB.pdf", 200)
    doc = read_bundle(bundle).documents[0]
    assert doc.type == "business_license"
    assert facts([doc])["nib"] == "9120307745182"
    assert doc.pages[0].confidence > 0.85 and doc.warnings == []
    # the evidence box is on the page as it was scanned, where the number's ink is
    start = doc.text.index("9120307745182")
    left, top, right, bottom = (round(v * 200 / 72) for v in doc.pages[0].bbox(start, start + 13))
    assert (np.asarray(scan)[top:bottom, left:right] < 128).mean() > 0.1


@needs_tesseract
def test_an_upright_page_read_well_is_not_asked_which_way_up_it_is(tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(ocr, "orientation", lambda path: asked.append(path) or 0)
    bundle = tmp_path / "b"
    bundle.mkdir()
    scanned_pdf([degrade(render_text(NIB, dpi=200).crop((0, 0, 1654, 1169)))], bundle / "NIB.pdf", 200)
    assert "9120307745182" in read_bundle(bundle).documents[0].text
    assert asked == []  # the second look costs only the pages that read badly


def test_a_second_look_that_fails_leaves_the_page_as_first_read(monkeypatch):
    first = [Word("Jepo~w", (0, 0, 10, 10), 0.41, (1, 1, 1))]
    readings = iter([lambda: first, lambda: (_ for _ in ()).throw(RuntimeError("killed"))])
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    monkeypatch.setattr(ocr, "run_tesseract", lambda path, **kw: next(readings)())
    monkeypatch.setattr(ocr, "orientation", lambda path: 180)
    page = Image.new("L", (120, 100), 255)  # not another test's page, which the cache knows
    pages = ocr.ocr_pages([OcrJob(1, page, 72.0, (), 120, 100)])
    assert pages[0].text == "Jepo~w" and pages[0].warnings == ["low OCR confidence (0.41)"]
