"""Spreadsheets, CSV, ODS, slide decks, pictures inside Word files, HEIC photos and legacy
Office files: each read by its content, with provenance (sheet, row, slide, picture)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from compliance_docs import screen_path
from compliance_docs.extract import extract
from compliance_docs.ingest import read_bundle
from compliance_docs.ingest.sheets import cell_text

from helpers import status_of

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract not installed: pictures cannot be OCRed")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

FIRST = ["Cahaya", "Bina", "Karya", "Sinar", "Tunas", "Insan", "Citra", "Widya", "Daya", "Puspa",
         "Graha", "Garuda"]
SECOND = ["Mandiri", "Terampil", "Kreatif", "Prima", "Utama", "Sejahtera", "Gemilang", "Unggul",
          "Lestari", "Persada"]
CITIES = ["Kota Bandung", "Kota Medan", "Kab. Sleman", "Kota Makassar", "Kota Malang"]
PROGRAMS = ["Menjahit", "Desain Grafis", "Tata Boga", "Pemrograman Web", "Akuntansi Dasar"]
PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta",
    "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Tengah",
    "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku",
]


def partner_names(count: int = 120) -> list[str]:
    """Distinct institution names: every (first, second) pair once."""
    names = [f"{'LPK' if i % 2 else 'LKP'} {a} {b}"
             for i, (a, b) in enumerate((a, b) for a in FIRST for b in SECOND)]
    return names[:count]


def partner_rows(count: int = 120) -> list[list]:
    return [[i, name, f"Jl. Merdeka No. {i}, {CITIES[i % 5]}", PROGRAMS[i % 5]]
            for i, name in enumerate(partner_names(count), 1)]


def make_partner_xlsx(path: Path, *, sheet: str = "Mitra") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws["A1"] = "DAFTAR LEMBAGA PELATIHAN MITRA"
    ws.merge_cells("A1:D1")
    ws["A2"] = "PT Cerdas Belajar Indonesia - per 31 Desember 2023"
    ws.append([])
    ws.append(["No", "Nama Lembaga Pelatihan", "Alamat", "Program"])  # row 4
    for row in partner_rows():
        ws.append(row)
    book.create_sheet("Sheet2")  # left empty, as new workbooks are
    book.save(path)
    return path


def make_coverage_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Sebaran"
    ws["B2"] = "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL"
    ws["B3"] = "Sebaran pengguna terdaftar per provinsi, per 30 Juni 2024"
    ws.append([None, "No", "Provinsi", "Jumlah Pengguna"])  # row 4, from column B
    for i, province in enumerate(PROVINCES, 1):
        ws.append([None, i, province, 1000.0 + 37 * i])
    ws.append([None, None, "Jumlah", "=SUM(D5:D32)"])
    book.save(path)
    return path


def picture(lines: list[str], size: tuple[int, int] = (1800, 900), font_px: int = 44) -> bytes:
    """A white page with black text, as a scan pasted into a document, as PNG at 300 dpi."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, font_px)
    y = 60
    for line in lines:
        draw.text((70, y), line, fill="black", font=font)
        y += int(font_px * 1.6)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def blank_picture(size: tuple[int, int] = (1600, 1000)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def make_docx_with_pictures(path: Path, paragraphs: list[str], pictures: list[bytes]) -> Path:
    import docx
    from docx.shared import Inches

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for data in pictures:
        document.add_picture(io.BytesIO(data), width=Inches(6))
    document.save(str(path))
    return path


STATEMENT = ["SURAT PERNYATAAN KEMITRAAN", "Kami bekerja sama dengan", "LPK Cahaya Terampil",
             "di Kota Bandung sejak 2021."]


def test_partner_list_xlsx_is_a_table_with_sheet_and_row_provenance(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_partner_xlsx(bundle / "lampiran_3.xlsx")
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == []  # the empty second sheet is not a blank page
    assert doc.type == "partner_list" and doc.text_source == "spreadsheet"
    [page] = doc.pages
    assert page.number == 1 and page.label == "sheet 'Mitra'"
    lines = page.text.splitlines()
    assert lines[0] == "DAFTAR LEMBAGA PELATIHAN MITRA"  # the title stays in the text
    assert lines[2] == "No | Nama Lembaga Pelatihan | Alamat | Program"
    assert lines[3] == "1 | LKP Cahaya Mandiri | Jl. Merdeka No. 1, Kota Medan | Desain Grafis"
    assert len(lines) == 2 + 1 + 120
    [table] = doc.tables
    assert table.page == 1
    assert table.rows[0] == ["No", "Nama Lembaga Pelatihan", "Alamat", "Program"]  # no title row
    assert table.rows[120] == ["120", "LPK Garuda Persada", "Jl. Merdeka No. 120, Kota Bandung",
                               "Menjahit"]
    assert table.row_numbers[0] == 4 and table.row_numbers[-1] == 124
    assert len(table.row_numbers) == len(table.rows) == 121


def test_partner_list_xlsx_counts_all_partners_in_the_report(tmp_path):
    bundle = tmp_path / "pt-cerdas"
    bundle.mkdir()
    make_partner_xlsx(bundle / "daftar_mitra.xlsx")
    report = screen_path(bundle).to_dict()
    facts = {f["name"]: f for f in report["facts"]}
    assert facts["training_partner_count"]["value"] == 120
    assert sorted(facts["training_partners"]["value"]) == sorted(partner_names())
    evidence = facts["training_partners"]["evidence"]
    assert {e["document"] for e in evidence} == {"daftar_mitra.xlsx"} and evidence[0]["page"] == 1
    [entry] = report["documents"]
    assert entry["text_source"] == "spreadsheet" and entry["type"] == "partner_list"


def test_coverage_statement_xlsx_gives_its_provinces(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_coverage_xlsx(bundle / "pernyataan.xlsx")
    docs = read_bundle(bundle).documents
    assert docs[0].type == "coverage_statement"
    lines = docs[0].text.splitlines()
    assert "1 | Aceh | 1037" in lines  # a float cell shown as Excel shows it, not 1037.0
    assert docs[0].tables[0].rows[0][:4] == ["", "No", "Provinsi", "Jumlah Pengguna"]
    assert sorted(extract(docs).value("provinces")) == sorted(PROVINCES)
    assert len(extract(docs).value("provinces")) == 28


def test_csv_with_semicolons_in_cp1252(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    rows = ["DAFTAR LEMBAGA PELATIHAN MITRA;;", "No;Nama Lembaga Pelatihan;Kota",
            "1;LPK Citra Busana Café;Kota Bogor", '2;"LKP Daya; Kriya Utama";Kota Depok']
    (bundle / "mitra.csv").write_bytes("\r\n".join(rows).encode("cp1252"))
    doc = read_bundle(bundle).documents[0]
    assert doc.text_source == "spreadsheet" and doc.type == "partner_list"
    assert doc.tables[0].rows == [["No", "Nama Lembaga Pelatihan", "Kota"],
                                  ["1", "LPK Citra Busana Café", "Kota Bogor"],
                                  ["2", "LKP Daya; Kriya Utama", "Kota Depok"]]
    assert doc.tables[0].row_numbers == [2, 3, 4]
    assert doc.text.splitlines()[0] == "DAFTAR LEMBAGA PELATIHAN MITRA"


def test_ods_spreadsheet(tmp_path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    book = OpenDocumentSpreadsheet()
    sheet = Table(name="Lembaga")
    for values in [["DAFTAR MITRA LEMBAGA PELATIHAN"], [], ["No", "Nama Lembaga"],
                   [1, "LPK Widya Gemilang"], [2, "LKP Puspa Lestari"]]:
        row = TableRow()
        for value in values:
            if isinstance(value, int):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            row.addElement(cell)
        sheet.addElement(row)
    book.spreadsheet.addElement(sheet)
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(str(bundle / "mitra.ods"))
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == [] and doc.pages[0].label == "sheet 'Lembaga'"
    assert doc.tables[0].rows == [["No", "Nama Lembaga"], ["1", "LPK Widya Gemilang"],
                                  ["2", "LKP Puspa Lestari"]]
    assert doc.tables[0].row_numbers == [3, 4, 5]
    assert sorted(extract([doc]).value("training_partners")) == ["LKP Puspa Lestari",
                                                                 "LPK Widya Gemilang"]


def test_an_xlsx_named_docx_is_read_by_its_content(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_partner_xlsx(tmp_path / "real.xlsx")
    (bundle / "daftar_mitra.docx").write_bytes((tmp_path / "real.xlsx").read_bytes())
    doc = read_bundle(bundle).documents[0]
    assert not any("DOCX" in w for w in doc.warnings)
    assert doc.text_source == "spreadsheet" and doc.type == "partner_list"
    assert len(doc.tables[0].rows) == 121


def make_pptx(path: Path, picture_bytes: bytes | None) -> Path:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    blank = deck.slide_layouts[6]
    slide = deck.slides.add_slide(blank)
    # added first but placed lower: reading order follows the slide, not the XML
    low = slide.shapes.add_textbox(Inches(1), Inches(4), Inches(8), Inches(1))
    low.text_frame.text = "Aplikasi berjalan di server cloud dengan enkripsi TLS 1.3."
    top = slide.shapes.add_textbox(Inches(1), Inches(0.5), Inches(8), Inches(1))
    top.text_frame.text = "DESKRIPSI SISTEM PLATFORM BELAJAR"
    top.text_frame.paragraphs[0].runs[0].font.size = Pt(32)
    slide = deck.slides.add_slide(blank)
    rows = [["Komponen", "Teknologi"], ["Pusat data", "Tier III, Jakarta"],
            ["Keamanan", "ISO/IEC 27001"]]
    table = slide.shapes.add_table(3, 2, Inches(1), Inches(1), Inches(8), Inches(2)).table
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    if picture_bytes:
        slide = deck.slides.add_slide(blank)
        slide.shapes.add_picture(io.BytesIO(picture_bytes), Inches(0.5), Inches(0.5),
                                 width=Inches(9))
    deck.save(str(path))
    return path


def test_pptx_slides_text_tables_in_reading_order(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_pptx(bundle / "sistem.pptx", None)
    doc = read_bundle(bundle).documents[0]
    assert doc.type == "system_description" and doc.text_source == "slides"
    assert [(p.number, p.label) for p in doc.pages] == [(1, "slide 1"), (2, "slide 2")]
    assert doc.pages[0].text.splitlines() == [
        "DESKRIPSI SISTEM PLATFORM BELAJAR",
        "Aplikasi berjalan di server cloud dengan enkripsi TLS 1.3."]
    assert "Keamanan | ISO/IEC 27001" in doc.pages[1].text.splitlines()
    [table] = doc.tables
    assert table.page == 2 and table.rows[1] == ["Pusat data", "Tier III, Jakarta"]


@needs_tesseract
def test_pptx_picture_is_ocred_as_a_page_of_its_own(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_pptx(bundle / "sistem.pptx", picture(["Arsitektur: server aplikasi", "di pusat data",
                                               "Cikarang, cadangan harian."]))
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == []
    last = doc.pages[-1]
    assert (last.number, last.label, last.source) == (3, "slide 3, picture 1", "ocr")
    assert "pusat data" in last.text and "Cikarang" in last.text
    assert doc.text_source == "mixed"


@needs_tesseract
def test_statement_pasted_into_docx_as_a_picture_is_read(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    logo = picture(["PT"], size=(150, 50), font_px=30)  # a letterhead logo: skipped silently
    make_docx_with_pictures(bundle / "pernyataan.docx", ["Lampiran pernyataan:"],
                            [logo, picture(STATEMENT)])
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == []
    assert [(p.number, p.label, p.source) for p in doc.pages] == [
        (1, None, "docx"), (2, "picture 2", "ocr")]
    assert "LPK Cahaya Terampil" in doc.pages[1].text
    assert doc.text_source == "mixed"
    start = doc.text.index("Cahaya Terampil")
    page, offset = doc.locate(start)
    assert page.label == "picture 2" and page.bbox(offset, offset + 6) is not None


@needs_tesseract
def test_docx_of_pictures_only_becomes_their_pages(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_docx_with_pictures(bundle / "pernyataan.docx", [], [picture(STATEMENT)])
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == []  # the empty body is not a blank page of its own
    assert [(p.number, p.label) for p in doc.pages] == [(1, "picture 1")]
    assert doc.text_source == "ocr" and "KEMITRAAN" in doc.text


def test_docx_with_an_unreadable_picture_is_not_fine(tmp_path):
    """Whether Tesseract is there or not, a picture without text is named and needs review."""
    bundle = tmp_path / "pt-gambar"
    bundle.mkdir()
    make_docx_with_pictures(bundle / "pernyataan.docx", [], [blank_picture()])
    doc = read_bundle(bundle).documents[0]
    assert doc.type == "unreadable"
    expected = ("picture 1: no text read (image only)" if shutil.which("tesseract")
                else "picture 1: not OCRed")
    assert expected in doc.warnings
    report = screen_path(bundle).to_dict()
    assert status_of(report, "document_quality") == "needs_review"
    reasons = " ".join(next(c for c in report["checks"] if c["id"] == "document_quality")["reasons"])
    assert "gambar 1:" in reasons  # in the report's language


@needs_tesseract
def test_docx_with_text_and_a_blank_picture_warns_about_that_picture(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_docx_with_pictures(bundle / "sistem.docx", ["DESKRIPSI SISTEM", "Server di cloud."],
                            [picture(STATEMENT), blank_picture()])
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == ["picture 2: no text read (image only)"]
    assert [p.label for p in doc.pages] == [None, "picture 1"]


def heic_photo(lines: list[str]) -> bytes:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    Image.open(io.BytesIO(picture(lines))).save(out, format="HEIF", quality=95)
    return out.getvalue()


def test_heic_photo_is_read_as_an_image(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    data = heic_photo(["NOMOR INDUK BERUSAHA", "9120001234567"])
    assert data[4:12] in (b"ftypheic", b"ftypmif1")
    (bundle / "IMG_0412.HEIC").write_bytes(data)
    (bundle / "foto_nib").write_bytes(data)  # no extension: known by its content
    docs = read_bundle(bundle).documents
    assert len(docs) == 2
    for doc in docs:
        assert not any("unsupported" in w or "not a readable" in w for w in doc.warnings)
        assert len(doc.pages) == 1
        if shutil.which("tesseract"):
            assert "9120001234567" in doc.text and doc.text_source == "ocr"


@pytest.mark.parametrize(("name", "message"), [
    ("akta.doc", "legacy Word .doc format is not supported; submit PDF or DOCX"),
    ("paparan.ppt", "legacy PowerPoint .ppt format is not supported; submit PDF or PPTX"),
    # no telling suffix: the OLE2 directory names the Word stream
    ("lampiran.bin", "legacy Word .doc format is not supported; submit PDF or DOCX"),
])
def test_legacy_office_files_say_what_to_send(tmp_path, name, message):
    bundle = tmp_path / "b"
    bundle.mkdir()
    body = "WordDocument".encode("utf-16-le") if name.endswith(".bin") else b""
    (bundle / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + body)
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == [message] and doc.type == "unreadable"


def test_legacy_doc_warning_is_translated(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    (bundle / "paparan.ppt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    report = screen_path(bundle).to_dict()
    reasons = " ".join(next(c for c in report["checks"] if c["id"] == "document_quality")["reasons"])
    assert "format PowerPoint lama .ppt tidak didukung; kirimkan PDF atau PPTX" in reasons


def test_a_zip_that_is_no_office_file_is_not_sent_to_the_word_reader(tmp_path):
    import zipfile

    bundle = tmp_path / "b"
    bundle.mkdir()
    with zipfile.ZipFile(bundle / "arsip.dat", "w") as z:
        z.writestr("akta.txt", "AKTA PENDIRIAN")
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == ["a zip archive inside the bundle is not unpacked; submit its files"]


@pytest.mark.parametrize(("value", "text"), [
    (1200.0, "1200"), (1200.5, "1200.5"), (0.1, "0.1"), (True, "TRUE"), ("  a\nb ", "a b"),
])
def test_cells_are_shown_as_the_sheet_shows_them(value, text):
    assert cell_text(value) == text


def test_cell_dates_are_iso():
    import datetime

    assert cell_text(datetime.date(2024, 1, 2)) == "2024-01-02"
    assert cell_text(datetime.datetime(2024, 1, 2)) == "2024-01-02"
    assert cell_text(datetime.datetime(2024, 1, 2, 9, 30)) == "2024-01-02 09:30:00"


def test_bare_users_per_province_sheet_gives_its_provinces(tmp_path):
    """No title at all: the file's name and the header say what the sheet is."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["Provinsi", "Jumlah Pengguna"])
    for i, province in enumerate(PROVINCES):
        ws.append([province, 480 + 3 * i])
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(bundle / "sebaran_pengguna_nasional.xlsx")
    docs = read_bundle(bundle).documents
    assert docs[0].type == "coverage_statement"
    assert docs[0].tables[0].row_numbers[:2] == [1, 2]
    assert sorted(extract(docs).value("provinces")) == sorted(PROVINCES)


def test_users_per_province_csv_attachment_with_a_plain_name(tmp_path):
    """The statement says "details in the attached CSV"; the CSV has only its header to go by."""
    bundle = tmp_path / "b"
    bundle.mkdir()
    rows = ["provinsi,jumlah_pengguna"] + [f"{p},{1200 + 7 * i}" for i, p in enumerate(PROVINCES)]
    (bundle / "lampiran_2.csv").write_text("\n".join(rows), encoding="utf-8")
    docs = read_bundle(bundle).documents
    assert docs[0].type == "coverage_statement"
    assert sorted(extract(docs).value("provinces")) == sorted(PROVINCES)

def test_a_narrow_pair_above_the_header_is_a_title_line_not_the_header(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["Tanggal:", "2024-03-01"])
    ws.append(["No", "Nama Lembaga Pelatihan", "Kota"])
    ws.append([1, "LPK Tunas Prima", "Kota Padang"])
    ws.append([2, "LKP Widya Utama", None])
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(bundle / "mitra.xlsx")
    doc = read_bundle(bundle).documents[0]
    assert doc.tables[0].rows[0] == ["No", "Nama Lembaga Pelatihan", "Kota"]
    assert doc.tables[0].rows[2] == ["2", "LKP Widya Utama", ""]
    assert doc.tables[0].row_numbers == [2, 3, 4]
    assert doc.text.splitlines() == ["Tanggal: | 2024-03-01", "No | Nama Lembaga Pelatihan | Kota",
                                     "1 | LPK Tunas Prima | Kota Padang", "2 | LKP Widya Utama"]


def test_evidence_names_the_sheet_and_row_in_every_report_format(tmp_path):
    import jsonschema

    from compliance_docs.report.render import render

    from conftest import ROOT

    bundle = tmp_path / "pt-cerdas"
    bundle.mkdir()
    make_partner_xlsx(bundle / "daftar_mitra.xlsx")
    report = screen_path(bundle).to_dict()
    jsonschema.validate(report, json.loads((ROOT / "src/compliance_docs/data/report.schema.json")
                                           .read_text()))
    partners = next(f for f in report["facts"] if f["name"] == "training_partners")
    places = {e["quote"]: e["where"] for e in partners["evidence"]}
    assert places["LKP Cahaya Mandiri"] == "sheet 'Mitra', row 5"  # the first row under the header
    assert places["LPK Garuda Persada"] == "sheet 'Mitra', row 124"
    assert "(lembar 'Mitra', baris 5)" in render(report, "md")
    html = render(report, "html")
    assert "(lembar &#39;Mitra&#39;, baris 5)" in html or "(lembar 'Mitra', baris 5)" in html


def test_without_tesseract_each_docx_picture_is_named_and_the_text_is_kept(tmp_path, monkeypatch):
    from compliance_docs.ingest import ocr

    ocr.tesseract_version.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_docx_with_pictures(bundle / "pernyataan.docx", ["SURAT PERNYATAAN", "Lihat lampiran."],
                            [picture(STATEMENT), picture(STATEMENT[:2])])
    doc = read_bundle(bundle).documents[0]
    ocr.tesseract_version.cache_clear()
    assert doc.warnings[:2] == ["picture 1: not OCRed", "picture 2: not OCRed"]
    assert "apt-get install tesseract-ocr" in doc.warnings[2]
    assert [p.source for p in doc.pages] == ["docx"] and doc.type != "unreadable"


def test_a_docx_reads_the_same_with_its_styles_parsed_only_on_demand(tmp_path):
    import docx

    from compliance_docs.ingest.office import read_docx

    made = docx.Document()
    made.add_heading("Sistem Informasi Pelatihan", level=1)
    made.add_paragraph("Server di Jakarta; pusat data cadangan di Batam.", style="List Bullet")
    table = made.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 1).text = "Komponen", "Kapasitas 10.000 pengguna"
    made.save(tmp_path / "sistem.docx")
    data = (tmp_path / "sistem.docx").read_bytes()
    pages, tables, _ = read_docx(data)
    assert "Sistem Informasi Pelatihan" in pages[0].text and "pusat data cadangan" in pages[0].text
    assert tables[0].rows[1][1] == "Kapasitas 10.000 pengguna"
    reopened = docx.Document(tmp_path / "sistem.docx")  # the styles are still there when asked
    assert reopened.paragraphs[1].style.name == "List Bullet"


# What a spreadsheet holds but does not show: a verifier who opens the file sees neither a
# hidden sheet nor hidden rows, so neither counts as evidence; each is named in a warning.

def make_users_per_province_xlsx(path: Path, provinces: list[str], *, title: str = "Sebaran"):
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = title
    ws.append(["No", "Provinsi", "Jumlah Pengguna"])
    for i, province in enumerate(provinces, 1):
        ws.append([i, province, 1000 + 37 * i])
    return book, ws


def test_a_hidden_old_sheet_is_named_not_read(tmp_path):
    """This year's sheet lists 25 provinces; last year's template, hidden, still lists 28."""
    book, _ = make_users_per_province_xlsx(tmp_path / "x", PROVINCES[:25], title="Sebaran 2025")
    old = book.create_sheet("Sheet2 (old)")
    old.sheet_state = "hidden"
    old.append(["No", "Provinsi", "Jumlah Pengguna"])
    for i, province in enumerate(PROVINCES, 1):
        old.append([i, province, 500 + 10 * i])
    book.create_sheet("Sheet3").sheet_state = "hidden"  # empty: nothing to look at, no warning
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(bundle / "lampiran_sebaran_pengguna.xlsx")
    doc = read_bundle(bundle).documents[0]
    assert [p.label for p in doc.pages] == ["sheet 'Sebaran 2025'"]
    assert len(doc.tables) == 1
    assert sorted(extract([doc]).value("provinces")) == sorted(PROVINCES[:25])
    assert doc.warnings == ["hidden sheet 'Sheet2 (old)' not read (not shown when the file is "
                            "opened; unhide it to check)"]
    # a note for the verifier, not a reading problem: what the file shows was read
    from compliance_docs.evaluate import evaluate, load_ruleset

    _, checks = evaluate([doc], extract([doc]), load_ruleset("permenko-11-2020"), language="en")
    quality = next(c for c in checks if c.id == "document_quality")
    assert quality.status == "met" and any("Sheet2 (old)" in reason for reason in quality.reasons)


def test_hidden_draft_rows_are_left_out_and_named(tmp_path):
    """28 rows typed, then the last three (provinces not served yet) hidden by the applicant."""
    book, ws = make_users_per_province_xlsx(tmp_path / "x", PROVINCES)
    for row in (26, 27, 28):  # Sulawesi Tengah, Sulawesi Selatan, Sulawesi Tenggara
        ws.row_dimensions[row].hidden = True
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(bundle / "lampiran_sebaran_pengguna.xlsx")
    doc = read_bundle(bundle).documents[0]
    assert sorted(extract([doc]).value("provinces")) == sorted(PROVINCES[:24] + PROVINCES[27:])
    assert "Sulawesi Selatan" not in doc.text
    assert doc.tables[0].row_numbers == list(range(1, 26)) + [29]  # the visible rows keep theirs
    assert doc.warnings == ["sheet 'Sebaran': hidden rows 26-28 not read (not shown when the file "
                            "is opened; unhide them to check)"]


def test_a_hidden_notes_column_is_left_out_but_hidden_empty_columns_are_not_named(tmp_path):
    book, ws = make_users_per_province_xlsx(tmp_path / "x", PROVINCES)
    ws["D1"] = "Catatan internal"
    ws["D5"] = "Riau belum aktif, jangan dilaporkan"
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions.group("F", "XFD", hidden=True)  # "hide the unused columns", all empty
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(bundle / "lampiran_sebaran_pengguna.xlsx")
    doc = read_bundle(bundle).documents[0]
    assert "Catatan" not in doc.text and "belum aktif" not in doc.text
    assert doc.tables[0].rows[0] == ["No", "Provinsi", "Jumlah Pengguna"]
    assert doc.warnings == ["sheet 'Sebaran': hidden column D not read (not shown when the file "
                            "is opened; unhide it to check)"]


def _cache_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells the values Excel would have stored on saving the file."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        xml = re.sub(rf'(<c r="{ref}"[^>]*>(?:<f>[^<]*</f>))<v\s*/?>(?:</v>)?', rf"\g<1><v>{value}</v>",
                     xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_formulas_a_script_wrote_and_never_computed_are_named(tmp_path):
    """The users column refers to a data sheet; nobody opened the file in Excel, so no value
    was ever stored and every count reads as empty."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Sebaran"
    ws.append(["No", "Provinsi", "Jumlah Pengguna"])
    for i, province in enumerate(PROVINCES[:5], 1):
        ws.append([i, province, f"=C{i + 10}*1"])
    ws.append([None, "Jumlah", "=SUM(C2:C6)"])
    bundle = tmp_path / "b"
    bundle.mkdir()
    book.save(bundle / "lampiran.xlsx")
    doc = read_bundle(bundle).documents[0]
    assert doc.tables[0].rows[1] == ["1", "Aceh", ""]
    assert doc.warnings == [
        "sheet 'Sebaran': 6 formula cells without a computed value, read as empty (the file was "
        "written by a program and never calculated; open and save it in a spreadsheet program, "
        "or ask the applicant for the values)"]


def test_formulas_with_their_computed_values_read_as_values_without_a_warning(tmp_path):
    bundle = tmp_path / "b"
    bundle.mkdir()
    make_coverage_xlsx(bundle / "pernyataan.xlsx")
    assert read_bundle(bundle).documents[0].warnings == [
        "sheet 'Sebaran': 1 formula cell without a computed value, read as empty (the file was "
        "written by a program and never calculated; open and save it in a spreadsheet program, "
        "or ask the applicant for the values)"]
    _cache_values(bundle / "pernyataan.xlsx", {"D33": "44434"})  # as Excel saves it
    doc = read_bundle(bundle).documents[0]
    assert doc.warnings == []
    assert "Jumlah | 44434" in doc.text


@pytest.mark.parametrize(("warning", "indonesian"), [
    ("sheet 'Sebaran': hidden rows 27-29 not read (not shown when the file is opened; unhide "
     "them to check)",
     "lembar 'Sebaran': baris tersembunyi 27-29 tidak dibaca (tidak tampil saat file dibuka; "
     "tampilkan baris itu untuk memeriksanya)"),
    ("sheet 'Sebaran': hidden column D not read (not shown when the file is opened; unhide it to "
     "check)",
     "lembar 'Sebaran': kolom tersembunyi D tidak dibaca (tidak tampil saat file dibuka; "
     "tampilkan kolom itu untuk memeriksanya)"),
    ("sheet 'Sebaran': 6 formula cells without a computed value, read as empty (the file was "
     "written by a program and never calculated; open and save it in a spreadsheet program, or "
     "ask the applicant for the values)",
     "lembar 'Sebaran': 6 sel rumus tanpa nilai hasil hitung, terbaca kosong (file ditulis oleh "
     "program dan belum pernah dihitung; buka dan simpan di program lembar kerja, atau minta "
     "nilainya kepada pemohon)"),
    ("hidden sheet 'Sheet2 (old)' not read (not shown when the file is opened; unhide it to check)",
     "lembar tersembunyi 'Sheet2 (old)' tidak dibaca (tidak tampil saat file dibuka; tampilkan "
     "lembar itu untuk memeriksanya)"),
    ("hidden sheets 'Data', 'Lama' not read (not shown when the file is opened; unhide them to "
     "check)",
     "lembar tersembunyi 'Data', 'Lama' tidak dibaca (tidak tampil saat file dibuka; tampilkan "
     "lembar itu untuk memeriksanya)"),
])
def test_spreadsheet_warnings_are_shown_in_indonesian(warning, indonesian):
    from compliance_docs.evaluate.messages import translate_warning

    assert translate_warning(warning, "id") == indonesian
