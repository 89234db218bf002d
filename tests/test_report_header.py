"""The report is headed by the company (name, legal form, NIB, NPWP), the bundle id second,
and an identity table names the document each value came from."""

from __future__ import annotations

import re
from pathlib import Path

from compliance_docs.batch import Options, screen_to_data
from compliance_docs.report.render import render

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "pt-belajar-nusantara-digital"


def _data(tmp_path):
    return screen_to_data(SAMPLE, Options("permenko-11-2020", ("json",), tmp_path, pictures=False))


def test_the_html_report_is_headed_by_the_company(tmp_path):
    html = render(_data(tmp_path), "html")
    assert re.search(r"<h1>PT Belajar Nusantara Digital</h1>", html)
    line = re.search(r'<p class="identity-line">(.*?)</p>', html, re.S)[1]
    assert "PT" in line and "9120204150376" in line and "934185027017000" in line
    assert '<code>pt-belajar-nusantara-digital</code>' in html
    table = re.search(r'<table class="identity".*?</table>', html, re.S)[0]
    assert re.search(r"9120204150376</td><td><span class=\"doc\">03_NIB_9120204150376\.pdf</span>", table)


def test_the_markdown_report_is_headed_by_the_company(tmp_path):
    md = render(_data(tmp_path), "md")
    assert md.startswith("# PT Belajar Nusantara Digital\n")
    assert "· NIB 9120204150376 · NPWP 934185027017000 ·" in md
    assert "| NIB | 9120204150376 | 03\\_NIB\\_9120204150376.pdf, hlm. 1 |" in md


def test_a_hostile_company_name_stays_text(tmp_path):
    data = _data(tmp_path)
    for f in data["facts"]:
        if f["name"] == "company_name":
            f["value"] = "PT <img src=x onerror=alert(1)> [x](javascript:alert(1))"
    html, md = render(data, "html"), render(data, "md")
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert md.splitlines()[0] == "# PT \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1))"
