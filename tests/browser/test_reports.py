"""The sample reports and the batch index, opened from file:// in Chromium as a verifier opens
them: they load with nothing blocked and nothing fetched, the index fits a 1366x768 laptop,
sorts and filters, a decision recorded in a report exports as JSON that the shipped schema
accepts, and the printed report is A4 with the sign-off block."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from compliance_docs.batch import bundles_in
from compliance_docs.data import data_path
from compliance_docs.report import safe_stem

from conftest import ROOT

STEMS = sorted(safe_stem(p.name[:-4] if p.suffix == ".zip" else p.name)
               for p in bundles_in(ROOT / "samples"))
DECISION_SCHEMA = json.loads(data_path("decision.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", STEMS)
def test_every_sample_report_loads_with_nothing_blocked_or_fetched(screened, open_page, stem):
    page, seen = open_page(screened / f"{stem}.html")
    assert page.locator("#decision-form").is_visible()  # the decision script ran under the CSP
    assert page.locator("section[data-criterion]").count() == len(
        json.loads((screened / f"{stem}.json").read_text(encoding="utf-8"))["criteria"])
    assert seen.problems() == []


def test_the_index_loads_with_nothing_blocked_or_fetched(screened, open_page):
    page, seen = open_page(screened / "index.html")
    assert page.locator("#controls").is_visible()  # the index script ran under the CSP
    assert page.locator("#bundles tbody tr").count() == len(STEMS)
    assert seen.problems() == []


def test_a_blocked_script_is_seen(tmp_path, open_page):
    """The watcher is not blind: a script the CSP does not allow shows as a console error."""
    page_file = tmp_path / "blocked.html"
    page_file.write_text("<!DOCTYPE html><meta http-equiv='Content-Security-Policy' "
                         "content=\"default-src 'none'\"><p>x</p><script>document.title='ran'</script>",
                         encoding="utf-8")
    page, seen = open_page(page_file)
    assert page.title() != "ran"
    assert any("Content Security Policy" in m for m in seen.console_errors), seen.problems()


def _evidence_images(report: dict) -> int:
    """How many evidence pictures the report data names (a criterion's table of listed items,
    provinces or partners, shows the pictures of the items it does not cite too)."""
    return sum(1 for item in report["criteria"] + report["checks"]
               for e in item["evidence"] if e.get("picture"))


@pytest.mark.parametrize("stem", ["pt-belajar-nusantara-digital", "pt-arunika-kreasi-edukasi"])
def test_every_evidence_picture_loads(screened, open_page, stem):
    report = json.loads((screened / f"{stem}.json").read_text(encoding="utf-8"))
    expected = _evidence_images(report)
    paged = sum(1 for item in report["criteria"] + report["checks"] for e in item["evidence"]
                if e["document"].lower().endswith((".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")))
    assert expected == paged > 0  # every quote from a PDF or image page has its picture
    page, seen = open_page(screened / f"{stem}.html")
    images = page.locator("img")
    widths = images.evaluate_all("els => els.map(e => e.complete ? e.naturalWidth : 0)")
    assert len(widths) >= expected
    assert all(w > 0 for w in widths), widths
    assert seen.problems() == []


def test_the_index_fits_a_1366x768_screen(screened, open_page):
    page, _ = open_page(screened / "index.html")
    assert page.viewport_size == {"width": 1366, "height": 768}
    scroll, client = page.evaluate(
        "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    assert scroll <= client, f"{scroll - client} px of horizontal scroll"
    table = page.locator("#bundles").bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= client  # no inner scroll either


def _bundle_order(page) -> list[str]:
    """The bundle ids of the rows shown, top to bottom (each row names its company first)."""
    return page.locator("#bundles tbody tr:not([hidden]) td.bundle .id").all_inner_texts()


def test_the_index_sorts_and_filters(screened, open_page):
    page, seen = open_page(screened / "index.html")
    names = _bundle_order(page)
    assert names == sorted(names) == STEMS  # the batch writes rows by bundle id
    page.locator("#bundles thead th", has_text="Berkas").locator("button").click()
    assert _bundle_order(page) == sorted(names)
    page.locator("#bundles thead th", has_text="Berkas").locator("button").click()
    assert _bundle_order(page) == sorted(names, reverse=True)

    # the most serious first: not met, incomplete, needs review, met
    page.locator("#bundles thead th", has_text="Hasil keseluruhan").locator("button").click()
    overall = page.locator("#bundles tbody tr").evaluate_all(
        "rows => rows.map(r => r.getAttribute('data-overall'))")
    rank = {"not_met": 0, "incomplete": 1, "needs_review": 2, "met": 3}
    assert [rank[s] for s in overall] == sorted(rank[s] for s in overall)
    assert overall[0] == "not_met" and overall[-1] == "met"

    page.select_option("#filter-status", "met")
    met = page.locator("#bundles tbody tr:not([hidden])").evaluate_all(
        "rows => rows.map(r => r.getAttribute('data-overall'))")
    assert met and set(met) == {"met"} and len(met) == overall.count("met")
    assert page.locator("#shown-count").inner_text() == str(len(met))

    page.select_option("#filter-status", "")
    page.fill("#filter-text", "borneo")
    assert _bundle_order(page) == ["pt-borneo-cakap-digital-perseroda"]
    page.fill("#filter-text", "kementerian ketenagakerjaan")  # the company, not the folder name
    assert _bundle_order(page) == ["kemnaker-sipelatih"]
    page.fill("#filter-text", "tidak ada yang bernama begini")
    assert _bundle_order(page) == [] and page.locator("#no-match").is_visible()
    assert seen.problems() == []


def _record_decision(page, overall: str, name: str) -> list[str]:
    """Agree with every criterion but the first, which is overridden with a note."""
    rows = page.locator("#decision-form tr[data-criterion]")
    ids = rows.evaluate_all("rows => rows.map(r => r.getAttribute('data-criterion'))")
    for i in range(len(ids)):
        row = rows.nth(i)
        if i == 0:
            other = row.locator("optgroup option").first.get_attribute("value")
            row.locator("select").select_option(other)
            row.locator("input").fill("Akta perubahan terbaru dilampirkan terpisah; diperiksa manual.")
        else:
            row.locator("select").select_option("agree")
    page.check(f"input[name='decision-overall'][value='{overall}']")
    page.fill("#decision-name", name)
    return ids


def test_a_recorded_decision_exports_json_the_schema_accepts(report_copy, open_page):
    stem = "pt-belajar-nusantara-digital"
    html = report_copy(stem)
    report_bytes = html.with_suffix(".json").read_bytes()
    report = json.loads(report_bytes)
    page, seen = open_page(html)
    assert page.locator("#decision-export").is_disabled()  # nothing decided yet
    ids = _record_decision(page, "ask_for_completion", "Dewi Lestari")
    assert page.locator("#decision-export").is_enabled()
    with page.expect_download() as info:
        page.click("#decision-export")
    download = info.value
    assert download.suggested_filename == f"{stem}.decision.json"
    decision = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    jsonschema.validate(decision, DECISION_SCHEMA)

    assert decision["report"]["report_sha256"] == hashlib.sha256(report_bytes).hexdigest()
    assert decision["report"]["bundle_id"] == report["bundle"]["id"]
    assert decision["report"]["ruleset"]["id"] == report["ruleset"]["id"]
    assert decision["report"]["tool_version"] == report["tool"]["version"]
    assert decision["overall"] == "ask_for_completion" and decision["verifier"] == {"name": "Dewi Lestari"}
    screened = {c["id"]: c["status"] for c in report["criteria"]}
    assert [c["id"] for c in decision["criteria"]] == ids == list(screened)
    first, *rest = decision["criteria"]
    assert not first["agree"] and first["status"] != screened[first["id"]]
    assert first["note"].startswith("Akta perubahan terbaru")
    assert all(c["agree"] and c["status"] == screened[c["id"]] == c["screened_status"] for c in rest)
    assert seen.problems() == []


def test_choices_are_kept_in_the_browser_while_the_verifier_works(report_copy, context, open_page):
    html = report_copy("kemnaker-sipelatih")
    page, _ = open_page(html)
    _record_decision(page, "admit", "Rudi Hartono")
    page.close()
    again, seen = open_page(html)  # the same browser profile, the report opened again
    assert again.input_value("#decision-name") == "Rudi Hartono"
    assert again.is_checked("input[name='decision-overall'][value='admit']")
    assert again.locator("#decision-export").is_enabled()
    mark = again.locator("section[data-criterion] .decision-mark").first
    assert "Ubah menjadi" in mark.inner_text()  # the overridden first criterion says so
    assert seen.problems() == []


def _pdf_pages(pdf: bytes) -> list[tuple[float, float, str]]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    pages = [(p.get_width(), p.get_height(), p.get_textpage().get_text_range()) for p in doc]
    doc.close()
    return pages


def test_the_printed_report_is_a4_with_the_sign_off_and_the_recorded_choices(report_copy, open_page):
    page, _ = open_page(report_copy("pt-samudra-kelas-digital"))
    blank = _pdf_pages(page.pdf(format="A4"))
    assert blank and all(abs(w - 595.3) < 1 and abs(h - 841.9) < 1 for w, h, _ in blank)
    text = "\n".join(t for _, _, t in blank).casefold()  # headings print in capitals
    assert "pengesahan verifikator" in text and "tanda tangan" in text  # the sign-off block
    assert "belum ada keputusan yang dicatat" in text

    _record_decision(page, "reject", "Made Wirawan")
    recorded = "\n".join(t for _, _, t in _pdf_pages(page.pdf(format="A4"))).casefold()
    assert "pengesahan verifikator" in recorded and "tanda tangan" in recorded
    assert "keputusan yang dicatat" in recorded and "made wirawan" in recorded
    assert "tolak" in recorded and "akta perubahan terbaru" in recorded
    assert "belum ada keputusan yang dicatat" not in recorded
    assert "ekspor keputusan" not in recorded  # the form itself does not print


@pytest.mark.parametrize("stem", STEMS)
def test_a_sample_report_prints_on_six_a4_pages_and_the_annex_only_when_asked(screened, open_page,
                                                                              stem):
    page, _ = open_page(screened / f"{stem}.html")
    printed = _pdf_pages(page.pdf(format="A4"))
    assert len(printed) <= 6, len(printed)
    assert all(abs(w - 595.3) < 1 and abs(h - 841.9) < 1 for w, h, _ in printed)
    text = "\n".join(t for _, _, t in printed).casefold()
    assert "pengesahan verifikator" in text and "tanda tangan" in text  # the sign-off block
    report = json.loads((screened / f"{stem}.json").read_text(encoding="utf-8"))
    digest = report["documents"][0]["sha256"][:12]  # shown in the annex's documents table only
    assert digest not in text  # the annex stays out of the print
    assert page.locator("img.evidence-picture").count() > 0  # pictures print (and show)
    # each criterion prints its first evidence; the rest only with the annex
    page.emulate_media(media="print")
    rows = "sel => [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null).length"
    assert page.evaluate(rows, "section[data-criterion] tr.ev-rest") == 0
    assert page.evaluate(rows, "section[data-criterion] tr.ev-first") == sum(
        1 for c in report["criteria"] if c["evidence"])
    page.emulate_media(media="screen")
    page.locator("#print-annex").check()  # a screen control: it does not print
    page.emulate_media(media="print")
    assert page.evaluate(rows, "section[data-criterion] tr.ev-rest") > 0 or all(
        len(c["evidence"]) < 2 for c in report["criteria"])
    page.emulate_media(media="null")  # page.pdf() prints with the emulated media: none
    with_annex = _pdf_pages(page.pdf(format="A4"))
    assert digest in "\n".join(t for _, _, t in with_annex).casefold()


def test_the_readme_screenshot(screened, open_page):
    """UPDATE_SCREENSHOT=1 writes docs/report.png from a sample report as a verifier sees it."""
    if not os.environ.get("UPDATE_SCREENSHOT"):
        pytest.skip("set UPDATE_SCREENSHOT=1 to regenerate docs/report.png")
    from PIL import Image

    page, seen = open_page(screened / "pt-belajar-nusantara-digital.html")
    page.set_viewport_size({"width": 1200, "height": 1950})  # down to the first evidence table
    png = page.screenshot(full_page=False)
    image = Image.open(io.BytesIO(png))
    image.save(ROOT / "docs" / "report.png", optimize=True)
    assert image.size == (1200, 1950) and seen.problems() == []


def test_the_report_names_the_json_it_was_rendered_with(screened):
    for stem in STEMS:
        digest = hashlib.sha256((screened / f"{stem}.json").read_bytes()).hexdigest()
        data = re.search(r'<script type="application/json" id="decision-data">(.*?)</script>',
                         (screened / f"{stem}.html").read_text(encoding="utf-8"), re.S)
        assert json.loads(data[1])["report"]["report_sha256"] == digest
