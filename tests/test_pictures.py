"""Evidence pictures: each page that shows evidence is rendered once, every quote of it
cropped from that image and highlighted; the JSON keeps page and box, the HTML embeds them."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from compliance_docs.batch import Options, screen_to_data
from compliance_docs.cli import main
from compliance_docs.report import pictures
from compliance_docs.report.pictures import attach_pictures
from compliance_docs.report.render import render as render_report

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "pt-belajar-nusantara-digital"


def _evidence(data: dict) -> list[dict]:
    return [e for item in data["criteria"] + data["checks"] for e in item["evidence"]]


def test_every_boxed_pdf_quote_gets_a_picture_of_its_region(tmp_path, monkeypatch):
    # a cache of its own: other tests may have cached these pictures already
    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path / "cache"))
    data = screen_to_data(SAMPLE, Options("permenko-11-2020", ("json",), tmp_path, pictures=False))
    assert "pictures" not in data
    pages = attach_pictures(data, SAMPLE)
    boxed = [e for e in pictures._evidence(data) if e.get("bbox")]  # with the listed facts' items
    assert boxed and all(e.get("picture") in data["pictures"] for e in boxed)
    assert not any(e.get("picture") for e in _evidence(data) if not e.get("bbox"))
    # one render per page that shows evidence, not one per quote
    assert 0 < pages <= len({(e["document"], e["page"]) for e in boxed}) < len(boxed)
    e = boxed[0]
    image = Image.open(io.BytesIO(base64.b64decode(data["pictures"][e["picture"]])))
    assert image.format == "PNG"
    x0, top, x1, bottom = e["bbox"]
    scale = pictures.DPI / 72
    # the quote's box plus context: taller than the quote, far shorter than the page
    assert (bottom - top) * scale < image.height < 300
    assert image.width >= (x1 - x0) * scale


def test_pictures_come_from_the_cache_the_second_time(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path / "cache"))
    data = screen_to_data(SAMPLE, Options("permenko-11-2020", ("json",), tmp_path, pictures=False))
    first = json.loads(json.dumps(data))
    assert attach_pictures(first, SAMPLE) > 0
    again = json.loads(json.dumps(data))
    assert attach_pictures(again, SAMPLE) == 0  # every picture read from the cache
    assert again["pictures"] == first["pictures"]


def test_the_highlight_is_drawn_on_the_quote():
    page = Image.new("RGB", (600, 800), "white")
    crop = Image.open(io.BytesIO(pictures.crop(page, [100, 300, 300, 312], 1.0))).convert("RGB")
    # cropped to x 36..564 (the text column) and y 274..338 (26 pt of context each side)
    assert crop.size == (528, 64)
    outline, inside, outside = crop.getpixel((63, 32)), crop.getpixel((150, 32)), crop.getpixel((5, 5))
    assert outline[0] > 170 and outline[2] < 110, outline  # orange edge
    assert inside[0] > 235 and inside[2] < 235, inside  # translucent yellow: the text shows through
    assert min(outside) > 240, outside  # the context is left as it is


def test_json_leaves_the_pictures_out_and_html_embeds_them(tmp_path):
    data = screen_to_data(SAMPLE, Options("permenko-11-2020", ("json",), tmp_path))
    assert data["pictures"]
    text = render_report(data, "json")
    assert "data:image" not in text and '"pictures"' not in text
    html = render_report(data, "html")
    rows = _rows(html)
    assert len(rows) >= sum(1 for e in _evidence(data) if e.get("picture"))
    assert all('class="evidence-picture" src="data:image/png;base64,' in row for row in rows)


def _rows(html: str) -> list[str]:
    """The evidence table rows of a report whose quote comes from a PDF or image page."""
    rows = re.findall(r'<tr class="ev-(?:first|rest)">(.*?)</tr>', html, re.S)
    paged = [r for r in rows if re.search(r'<span class="doc">[^<]*\.(?:pdf|png|jpe?g|tiff?)</span>', r)]
    assert len(paged) == html.count('class="evidence-picture"')  # no picture outside a row
    return paged


def test_no_pictures_turns_them_off(tmp_path):
    result = CliRunner().invoke(main, ["screen", str(SAMPLE), "--format", "html", "--no-pictures",
                                       "--output-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    html = (tmp_path / f"{SAMPLE.name}.html").read_text(encoding="utf-8")
    assert "data:image" not in html
    assert '<td class="ev-picture">' not in html  # no empty column where pictures would be
    result = CliRunner().invoke(main, ["screen", str(SAMPLE), "--format", "html",
                                       "--output-dir", str(tmp_path)])
    html = (tmp_path / f"{SAMPLE.name}.html").read_text(encoding="utf-8")
    assert "data:image/png" in html and len(html) < 3_000_000


SCANS = ROOT / "tests" / "bundles" / "g" / "g06-pt-bina-talenta-scans"  # image-only PDF, PNG, JPEG
PAGED = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def test_screen_pictures_every_quote_from_a_pdf_or_image_page(tmp_path, monkeypatch):
    # the samples have text PDFs only; the scans come from a test bundle of scanned documents
    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path / "cache"))
    for bundle in (ROOT / "samples" / "pt-arunika-kreasi-edukasi", SCANS):
        result = CliRunner().invoke(main, ["screen", str(bundle), "--no-register",
                                           "--output-dir", str(tmp_path)])
        assert result.exit_code == 0, result.output
        data = json.loads((tmp_path / f"{bundle.name}.json").read_text(encoding="utf-8"))
        paged = [e for e in _evidence(data) if e["document"].lower().endswith(PAGED)]
        assert paged and all(e.get("bbox") and e.get("picture") for e in paged), bundle.name
        html = (tmp_path / f"{bundle.name}.html").read_text(encoding="utf-8")
        rows = _rows(html)  # every row the report shows from such a page has its picture
        assert len(rows) >= len(paged) and all("data:image/png;base64," in row for row in rows)
        if bundle == SCANS:  # what OCR read is shown beside the picture, with its confidence
            scanned = [e for e in paged if e.get("ocr_confidence") is not None]
            assert scanned and all(0 < e["ocr_confidence"] <= 1 for e in scanned)
            assert html.count('<span class="ocr-label">Teks hasil OCR</span>') >= len(scanned)
            shown = {f"Keyakinan OCR: {e['ocr_confidence'] * 100:.0f}%" for e in scanned}
            assert all(s in html for s in shown)


def test_evidence_is_a_table_per_criterion_the_rest_collapsed_and_no_positions(tmp_path):
    data = screen_to_data(SAMPLE, Options("permenko-11-2020", ("json",), tmp_path, pictures=False))
    html = render_report(data, "html")
    criteria = data["criteria"] + data["checks"]
    assert html.count('<table class="evidence-table') >= sum(1 for c in criteria if c["evidence"])
    lists = ("national_coverage", "training_partners")  # tables of what the bundle lists
    long = [c for c in criteria if len(c["evidence"]) > 3 and c["id"] not in lists]
    assert long and all(f"Tampilkan {len(c['evidence']) - 3} lainnya" in html for c in long)
    # coverage: one row per province listed, with its users as the table row gives them
    facts = {f["name"]: f for f in data["facts"]}
    provinces, partners = facts["provinces"]["value"], facts["training_partners"]["value"]
    assert html.count("<tr class=\"ev-") >= len(provinces) + len(partners)
    assert "30 provinsi dengan pengguna" in html and ">1.204<" in html  # Aceh
    assert f"Tampilkan {len(provinces) - 3} lainnya" in html
    # partners: one row per partner listed, the name first
    assert all(f'<td class="ev-item">{name}</td>' in html for name in partners)
    for fmt in ("html", "md"):  # positions in points are the JSON's
        text = render_report(data, fmt)
        assert "(pt)" not in text and str(data["criteria"][0]["evidence"][0]["bbox"][0]) not in text


def test_markdown_links_the_same_pictures_as_files_beside_it(tmp_path):
    result = CliRunner().invoke(main, ["screen", str(SAMPLE), "--format", "md", "--format", "html", "--format", "json",
                                       "--no-register", "--output-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    md = (tmp_path / f"{SAMPLE.name}.md").read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", md)
    data = json.loads((tmp_path / f"{SAMPLE.name}.json").read_text(encoding="utf-8"))
    assert len(links) >= sum(1 for e in _evidence(data) if e.get("picture"))
    html = (tmp_path / f"{SAMPLE.name}.html").read_text(encoding="utf-8")
    for link in set(links):  # relative, inside the output folder, the picture the HTML embeds
        assert link.startswith(f"{SAMPLE.name}.pictures/") and ".." not in link
        picture = (tmp_path / link).read_bytes()
        assert base64.b64encode(picture).decode("ascii") in html
    assert not list(tmp_path.glob("**/*.tmp"))  # written atomically: no temporary left behind


def test_a_quote_from_a_file_that_does_not_print_shows_its_neighbours_as_text():
    from compliance_docs.ingest import document_from_text
    from compliance_docs.pipeline import screen_documents

    text = ("SURAT PERNYATAAN\n\nYang bertanda tangan <script>alert(1)</script> di bawah ini\n"
            "Nama perusahaan: PT Kartika Ilmu Nusantara\nAlamat: Jl. <b>Merdeka</b> 5, Bandung\n")
    report = screen_documents([document_from_text("pernyataan.txt", text)], bundle_id="ctx").to_dict()
    quoted = [e for e in _evidence(report) if "PT Kartika Ilmu Nusantara" in e["quote"]]
    assert quoted and all(e.get("context") and "bbox" not in e for e in quoted)
    before, after = quoted[0]["context"]
    assert "Yang bertanda tangan" in before and "Alamat: Jl." in after  # the lines beside it
    html = render_report(report, "html")
    assert '<div class="in-context">' in html and "<mark>" in html
    assert "<script>alert" not in html and "&lt;b&gt;Merdeka&lt;/b&gt;" in html  # escaped


def test_a_picture_does_not_show_the_nik_the_report_masks():
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Direktur Utama: Andika Pratama Wijaya")
    c.drawString(72, 684, "NIK 3174051203850002, lahir di Jakarta")
    c.save()
    content = out.getvalue()
    pdf = pypdfium2.PdfDocument(content)
    boxes = pictures._nik_boxes(pdf[0])
    pdf.close()
    assert boxes  # the middle eight digits: "3174" and "0002" stay, as in the report's text
    x0, top, x1, bottom = boxes[0]
    scale = pictures.DPI / 72

    def ink(mask: bool) -> float:
        _, image, _ = next(pictures._page_images("akta.pdf", content, [1], mask))
        region = image.convert("L").crop((round(x0 * scale) + 2, round(top * scale) + 2,
                                          round(x1 * scale) - 2, round(bottom * scale) - 2))
        return sum(region.histogram()[:60]) / (region.width * region.height)

    assert ink(True) > 0.95 and ink(False) < 0.5


def test_a_scan_is_pictured_straightened_as_ocr_read_it():
    """OCR reads a deskewed page, so its word boxes sit on the deskewed page: so must the picture."""
    from compliance_docs.ingest.preprocess import skew_angle

    from scans import render_text

    page = render_text(["PT KARTIKA ILMU NUSANTARA", "Akta Nomor 12 tanggal 3 Maret 2021"] * 8,
                       dpi=120).rotate(2.0, fillcolor=255, resample=Image.BICUBIC)
    assert abs(skew_angle(page)) > 1.5
    assert abs(skew_angle(pictures._straight(page).convert("L"))) < 0.3


def test_a_scan_picture_hides_the_nik_where_ocr_read_it(tmp_path, monkeypatch):
    from compliance_docs.ingest.ocr import Word, words_to_page
    from compliance_docs.types import Document, DocumentInfo

    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path / "cache"))
    words = [Word("Direktur", (100, 300, 160, 312), 0.9, (1, 1, 1)),
             Word("NIK", (100, 320, 125, 330), 0.9, (1, 1, 2)),
             Word("3174051203850002", (130, 320, 250, 330), 0.9, (1, 1, 2))]
    page = words_to_page(1, words, scale=1.0, width=600, height=800)
    info = DocumentInfo.of(Document("scan.png", "ab" * 32, 1, [page]))
    assert info.nik_boxes == [(1, (130.0, 320.0, 250.0, 330.0))]  # OCR boxes the whole number
    (tmp_path / "bundle").mkdir()
    Image.new("RGB", (600, 800), "white").save(tmp_path / "bundle" / "scan.png", dpi=(72, 72))

    def picture(mask: bool) -> Image.Image:
        data = {"documents": [{"path": "scan.png", "sha256": info.sha256}], "checks": [],
                "criteria": [{"evidence": [{"document": "scan.png", "page": 1, "quote": "Direktur",
                                            "bbox": [100, 300, 160, 312]}]}],
                "sheet": {"documents": [info.to_dict()]}}
        attach_pictures(data, tmp_path / "bundle", mask=mask)
        key = data["criteria"][0]["evidence"][0]["picture"]
        return Image.open(io.BytesIO(base64.b64decode(data["pictures"][key]))).convert("L")

    # the crop starts at x 36 (the text column) and y 274 (26 pt above the quote)
    assert picture(True).getpixel((190 - 36, 325 - 274)) < 30
    assert picture(False).getpixel((190 - 36, 325 - 274)) > 240


def test_pictures_are_flushed_to_disk_together_or_one_by_one_without_syncfs(tmp_path, monkeypatch):
    import importlib

    render = importlib.import_module("compliance_docs.report.render")  # the module, not render()
    files = {f"{i:020x}.png": bytes([i]) * 50 for i in range(3)}
    render.write_report_files(tmp_path, {}, pictures=("a.pictures", files))
    assert sorted(p.name for p in (tmp_path / "a.pictures").iterdir()) == sorted(files)
    synced = []
    monkeypatch.setattr(render, "_syncfs", lambda: None)  # a C library without syncfs(2)
    monkeypatch.setattr(render.os, "fsync", lambda fd: synced.append(fd))
    render.write_report_files(tmp_path, {}, pictures=("b.pictures", files))
    assert len(synced) == len(files) + 2  # each picture, then the new names in both folders
    assert {p.name: p.read_bytes() for p in (tmp_path / "b.pictures").iterdir()} == files


def test_pictures_added_to_an_existing_folder_keep_the_others(tmp_path):
    import importlib

    render = importlib.import_module("compliance_docs.report.render")
    render.write_report_files(tmp_path, {}, pictures=("pt-a.pictures", {"a.png": b"first"}))
    render.write_report_files(tmp_path, {}, pictures=("pt-a.pictures", {"b.png": b"second"}))
    folder = tmp_path / "pt-a.pictures"
    assert sorted(p.name for p in folder.iterdir()) == ["a.png", "b.png"]
    assert [p.name for p in tmp_path.iterdir()] == ["pt-a.pictures"]  # no staging folder left
    with pytest.raises(render.ReportWriteError):
        render.write_report_files(tmp_path, {}, pictures=("pt-a.pictures", {"../c.png": b"x"}))


def test_a_killed_writer_leaves_no_staging_folder_of_pictures(tmp_path):
    from compliance_docs.report.render import remove_stale_temporaries

    dead = tmp_path / ".pt-a.pictures.999999999.dir.tmp"  # no process has that id
    dead.mkdir()
    (dead / "0123456789abcdef0123.png").write_bytes(b"half a picture")
    assert remove_stale_temporaries(tmp_path) == [dead]
    assert not dead.exists()


def test_a_report_and_its_pictures_reach_the_disk_in_one_flush_the_json_named_last(tmp_path, monkeypatch):
    import importlib

    render = importlib.import_module("compliance_docs.report.render")
    flushes, named = [], []
    monkeypatch.setattr(render, "_syncfs", lambda: lambda fd: flushes.append("syncfs") or 0)
    real_fsync, real_replace = render.os.fsync, render.os.replace
    monkeypatch.setattr(render.os, "fsync", lambda fd: flushes.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(render.os, "replace", lambda a, b: named.append(Path(b).name) or real_replace(a, b))
    written = render.write_report_files(
        tmp_path, {"pt-a.html": b"<html>", "pt-a.md": b"# a"}, last={"pt-a.json": b"{}"},
        pictures=("pt-a.pictures", {"0123456789abcdef0123.png": b"png"}))
    assert flushes.count("syncfs") == 1  # one flush of the file system for every file
    assert named[-1] == "pt-a.json" and set(named[:-1]) == {"pt-a.html", "pt-a.md"}
    assert {p.name: p.read_bytes() for p in written.values()} == {
        "pt-a.html": b"<html>", "pt-a.md": b"# a", "pt-a.json": b"{}"}
    assert (tmp_path / "pt-a.pictures" / "0123456789abcdef0123.png").read_bytes() == b"png"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pt-a.html", "pt-a.json", "pt-a.md", "pt-a.pictures"]


def test_a_report_that_cannot_be_written_whole_gets_no_json_and_leaves_no_temporary(tmp_path, monkeypatch):
    import importlib

    render = importlib.import_module("compliance_docs.report.render")
    real_replace = render.os.replace

    def full_disk(a, b):
        if Path(b).name == "pt-a.md":
            raise OSError(28, "No space left on device")
        return real_replace(a, b)

    monkeypatch.setattr(render.os, "replace", full_disk)
    with pytest.raises(render.ReportWriteError, match="No space left"):
        render.write_report_files(tmp_path, {"pt-a.html": b"<html>", "pt-a.md": b"# a"},
                                  last={"pt-a.json": b"{}"},
                                  pictures=("pt-a.pictures", {"0123456789abcdef0123.png": b"png"}))
    assert not (tmp_path / "pt-a.json").exists()  # the resume check screens it again
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(render.ReportWriteError):
        render.write_report_files(tmp_path, {"a.html": b""}, pictures=("../p", {"x.png": b""}))


def test_a_damaged_page_of_the_picture_cache_is_rendered_again(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPLIANCE_DOCS_CACHE", str(tmp_path / "cache"))
    data = screen_to_data(SAMPLE, Options("permenko-11-2020", ("json",), tmp_path, pictures=False))
    first = json.loads(json.dumps(data))
    pages = attach_pictures(first, SAMPLE)
    files = sorted((tmp_path / "cache" / "pictures").glob("*.json"))
    assert len(files) == pages > 1  # one cache file a page that shows evidence
    files[0].write_text("{half a fi")  # cut short
    files[1].write_text(json.dumps({k: "not base64!" for k in json.loads(files[1].read_text())}))
    again = json.loads(json.dumps(data))
    assert attach_pictures(again, SAMPLE) == 2  # those two pages, not the others
    assert again["pictures"] == first["pictures"]
