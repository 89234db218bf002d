"""Document text in every output: no formula in a CSV, no markup in Markdown, no control
characters on the terminal."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

import pytest

from compliance_docs.report.csvsafe import safe_cell
from compliance_docs.report.render import summary_csv

sys.path.insert(0, str(Path(__file__).parent / "hostile"))

CRITERIA = [{"id": "legal_entity"}, {"id": "national_coverage"}]


@pytest.mark.parametrize("cell, shown", [
    ("=HYPERLINK(\"http://evil.example\",\"Klik\")", "'=HYPERLINK(\"http://evil.example\",\"Klik\")"),
    ("+62 21 555 0101", "'+62 21 555 0101"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("  =1+1", "'  =1+1"),
    ("\uff1d1+1", "'\uff1d1+1"),
    ("pt-belajar-nusantara", "pt-belajar-nusantara"),
    ("PT Maju = Jaya", "PT Maju = Jaya"),
    ("", ""),
    (-3, -3),
    (12, 12),
])
def test_cells_that_would_start_a_formula_are_text(cell, shown):
    assert safe_cell(cell) == shown


def test_summary_csv_from_a_hostile_bundle_name_opens_as_text():
    rows = [{"id": "=cmd|' /C calc'!A0", "criteria": {"legal_entity": "met"}, "overall": "met",
             "warnings": 0},
            {"id": "pt-aman", "criteria": {"legal_entity": "not_met", "national_coverage": "met"},
             "overall": "not_met", "warnings": 2}]
    parsed = list(csv.reader(io.StringIO(summary_csv(rows, CRITERIA))))
    assert parsed[0] == ["bundle", "legal_entity", "national_coverage", "overall", "warnings"]
    assert parsed[1] == ["'=cmd|' /C calc'!A0", "met", "", "met", "0"]
    assert parsed[2] == ["pt-aman", "not_met", "met", "not_met", "2"]
    for row in parsed:
        assert not any(cell[:1] in "=+-@\t\r" for cell in row if cell)


# -- Markdown --------------------------------------------------------------------------------

ATTACKS = [
    "PT <img src=x onerror=alert(1)> Jaya",
    "[Klik di sini](javascript:alert(1))",
    "![logo](http://evil.example/track.png)",
    "<script>alert('x')</script>",
    "# Judul palsu\n## Lagi",
    "Situs https://evil.example dan www.evil.example, surel admin@evil.example",
    "- butir palsu\n> kutipan palsu\n1. nomor palsu",
    "=== garis\n---",
    "`kode` **tebal** _miring_ ~~coret~~ | sel | tabel",
    "<https://evil.example/auto>",
    "&lt;b&gt;entitas&lt;/b&gt; &#x3C;i&#x3E;",
    "\x1b[31mMERAH\x1b[0m\x07\u202eterbalik",
    "[ref]: http://evil.example\n[ref]",
    "    kode berindentasi",
]
# values the templates look up or compare, not text a document wrote
NOT_DOCUMENT_TEXT = {"schema_version", "status", "overall", "type", "text_source", "language",
                     "name", "sha256", "fingerprint", "generated_at", "id", "kind", "level",
                     "version"}


def _poison(value, key="", counter=[0]):  # noqa: B006 - a counter across one call tree
    if isinstance(value, dict):
        return {k: (v if k in NOT_DOCUMENT_TEXT and k != "id" or (k == "id" and key != "bundle")
                    else _poison(v, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key) for v in value]
    if isinstance(value, str):
        counter[0] += 1
        return ATTACKS[counter[0] % len(ATTACKS)] + " " + value
    return value


@pytest.fixture(scope="module")
def poisoned_markdown() -> tuple[str, dict]:
    from compliance_docs.ingest import document_from_text
    from compliance_docs.pipeline import screen_documents
    from compliance_docs.report.render import render

    from hostile_corpus import HOSTILE_DEED

    report = screen_documents([document_from_text("akta <b>.txt", HOSTILE_DEED)],
                              bundle_id="pt-jahat").to_dict()
    for quote in ATTACKS:  # every attack also as a quote, a reason and a fact value
        report["criteria"][0]["evidence"].append({"document": quote, "page": 1, "quote": quote})
        report["criteria"][0]["reasons"].append(quote)
        report["criteria"][0]["details"].append(quote)  # what the Markdown lists below the summary
        report["criteria"][0]["requests"].append({"code": "legal_entity.form_other", "text": quote})
    report["facts"].append({"name": "company_name", "value": ATTACKS, "evidence": [],
                            "confidence": 1.0})
    return render(_poison(report), "md"), report


def _tokens(markdown: str):
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    for token in parser.parse(markdown):
        yield token
        yield from token.children or []


def test_markdown_gets_no_link_image_html_or_heading_from_a_document(poisoned_markdown):
    from compliance_docs.report.render import render

    markdown, clean = poisoned_markdown
    tokens = list(_tokens(markdown))
    links = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
    assert links and all(str(h).startswith("#") for h in links)  # the report's own anchors
    assert [t for t in tokens if t.type == "image"] == []
    html = [t.content.strip() for t in tokens if t.type in ("html_inline", "html_block")]
    # the report's own anchors, and the block that collapses long evidence under a fixed label
    own = r'<a id="(?:criterion|check)-[a-z_]+">(?:</a>)?|</a>|<details><summary>[\w ]+</summary>|</details>'
    assert all(re.fullmatch(own, h) for h in html), html
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    clean_tokens = list(_tokens(render(clean, "md")))  # the same report before the attacks
    assert [tag for tag, _ in headings] == [t.tag for t in clean_tokens if t.type == "heading_open"]
    assert not any(h.startswith(("Judul", "Lagi", "#")) for _, h in headings)
    assert not any(t.type in ("code_block", "s_open") for t in tokens)
    assert all(re.fullmatch(r"[a-z_]+", t.content) for t in tokens if t.type == "code_inline")
    nested = [t for t in tokens if t.type in ("ordered_list_open", "blockquote_open") and t.level > 2]
    assert nested == []
    assert "\x1b" not in markdown and "\u202e" not in markdown and "\x07" not in markdown


def test_markdown_keeps_the_document_text_readable(poisoned_markdown):
    markdown, _ = poisoned_markdown
    text = " ".join(t.content for t in _tokens(markdown) if t.type == "text")
    assert "[Klik di sini](javascript:alert(1))" in text  # shown as written, inert
    assert "<script>alert('x')</script>" in text
    assert "https://evil.example dan www.evil.example, surel admin@evil.example" in text


@pytest.mark.parametrize("url, href", [
    ("https://www.belajarnusantara.id", "https://www.belajarnusantara.id"),
    ("http://portal.example.id/masuk", "http://portal.example.id/masuk"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html;base64,PHNjcmlwdD4=", None),
    ("//evil.example", None),
    ("com.belajar.nusantara", None),  # an app-store identifier is text, not a link
    (" https://x.id", None),
])
def test_only_http_and_https_urls_become_links(url, href):
    from compliance_docs.report.render import safe_href

    assert safe_href(url) == href


# -- terminal ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, shown", [
    ("pt-\x1b[2J\x1b[31mmerah\x1b[0m", "pt-merah"),
    ("judul\x1b]0;tertipu\x07 biasa", "judul biasa"),
    ("baris\nkedua\rketiga\tempat", "baris kedua ketiga empat"),
    ("bel\x07 dan \x9b31m C1", "bel dan 31m C1"),
    ("nama\u202etxt.exe", "namatxt.exe"),
    ("PT Belajar Nusantara", "PT Belajar Nusantara"),
])
def test_terminal_text_has_no_escape_or_control_characters(raw, shown):
    from compliance_docs.report.render import terminal_text

    assert terminal_text(raw) == shown
