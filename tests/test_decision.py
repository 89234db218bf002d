"""The decision a verifier records in the HTML report: the page names the JSON report it was
rendered with, allows only its own script, keeps document text out of markup, and the batch
index shows a decision exported beside a report (and says when the report changed since)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import unescape

from compliance_docs.batch import Options, bundles_in, run_batch, write_index
from compliance_docs.report import render, render_all, safe_stem

from helpers import report_of

STATEMENT = "SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna kami tersebar di 30 (tiga puluh) provinsi.\n"


def _data_block(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="decision-data">(.*?)</script>',
                                html, re.S)[1])


def test_the_html_names_the_json_report_by_the_hash_of_its_bytes():
    report = report_of(("cakupan.txt", STATEMENT))
    texts = render_all(report, ("html", "md"))
    digest = hashlib.sha256(texts["json"].encode("utf-8")).hexdigest()
    assert _data_block(texts["html"])["report"]["report_sha256"] == digest
    assert _data_block(render(report, "html"))["report"]["report_sha256"] == digest  # the same alone
    report["overall"] = "met" if report["overall"] != "met" else "not_met"  # another report
    assert _data_block(render(report, "html"))["report"]["report_sha256"] != digest


def test_the_page_allows_exactly_its_own_script():
    html = render(report_of(("cakupan.txt", STATEMENT)), "html")
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)[1])
    sources = re.search(r"script-src ([^;]+)", policy)[1].split()
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1 and "unsafe-inline" not in policy.split("style-src")[0] + sources[0]
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert sources == [f"'sha256-{digest}'"]
    assert "default-src 'none'" in policy and "connect-src" not in policy


def test_document_text_in_the_decision_data_stays_text():
    report = report_of(("cakupan.txt", STATEMENT))
    report["bundle"]["id"] = "pt-x</script><script>alert(1)</script>"
    report["criteria"][0]["title"] = "<img src=x onerror=alert(1)>"
    html = render(report, "html")
    assert "</script><script>alert" not in html and "<img src=x" not in html
    data = _data_block(html)
    assert data["report"]["bundle_id"] == "pt-x</script><script>alert(1)</script>"
    assert data["criteria"][0]["title"] == "<img src=x onerror=alert(1)>"
    assert data["filename"] == safe_stem(report["bundle"]["id"]) + ".decision.json"
    assert "/" not in data["filename"] and "<" not in data["filename"]


def _decision(report_sha256: str, overall: str = "admit") -> dict:
    return {"schema": "compliance-docs/decision/1",
            "report": {"bundle_id": "pt-satu", "report_sha256": report_sha256,
                       "ruleset": {"id": "permenko-11-2020", "version": ""}, "tool_version": "0.1.0"},
            "verifier": {"name": "Siti Aminah"}, "decided_at": "2026-12-07T03:15:00.000Z",
            "overall": overall, "criteria": []}


def test_the_index_shows_a_decision_exported_beside_the_report(tmp_path):
    intake = tmp_path / "intake"
    for name in ("pt-satu", "pt-dua"):
        (intake / name).mkdir(parents=True)
        (intake / name / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "out"
    options = Options("permenko-11-2020", ("html", "json"), out)
    rows = list(run_batch(bundles_in(intake), options, jobs=1))
    digest = hashlib.sha256((out / "pt-satu.json").read_bytes()).hexdigest()
    (out / "pt-satu.decision.json").write_text(json.dumps(_decision(digest, "ask_for_completion")))
    (out / "pt-dua.decision.json").write_text("{not json")  # not a decision: shown as none
    index = write_index(rows, options)[0].read_text(encoding="utf-8")
    row = re.search(r'<tr data-overall="[a-z_]+">\s*<td class="bundle" data-sort="pt-satu">.*?</tr>',
                    index, re.S)[0]
    assert "Minta kelengkapan" in row and "Siti Aminah · 2026-12-07" in row
    assert "atas laporan sebelumnya" not in row
    assert "Keputusan: 1" in index and "Belum diputuskan <strong>1</strong>" in index

    (out / "pt-satu.decision.json").write_text(json.dumps(_decision("0" * 64, "reject")))
    index = write_index(rows, options)[0].read_text(encoding="utf-8")
    assert "Tolak</span><span class=\"who\">Siti Aminah" in index
    assert "atas laporan sebelumnya" in index  # made on a report that is no longer on disk
    assert "Keputusan: 0" in index
