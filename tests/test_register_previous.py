"""A re-submitted bundle: its new report says what changed since the applicant's last
screening in the register and shows the verifier's last decision; the batch index and `diff`
show recorded decisions; `rescreen` records every re-evaluation."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from compliance_docs.register import Register

from helpers import cli as run

ROOT = Path(__file__).resolve().parents[1]
SINAR = "pt-sinar-akademi-digital"


def exported_decision(html: str) -> dict:
    """What the report's decision panel exports: agree with every criterion but one."""
    block = json.loads(re.search(r'<script type="application/json" id="decision-data">(.*?)</script>',
                                 html, re.S)[1])
    report = block["report"]
    criteria = [{"id": c["id"], "screened_status": c["status"], "agree": True, "status": c["status"]}
                for c in block["criteria"]]
    criteria[2] = {**criteria[2], "agree": False, "status": "needs_review",
                   "note": "Cakupan diperiksa langsung pada data pengguna."}
    return {"schema": "compliance-docs/decision/1",
            "report": {"bundle_id": report["bundle_id"], "report_sha256": report["report_sha256"],
                       "ruleset": {"id": report["ruleset"]["id"],
                                   "version": str(report["ruleset"].get("version", ""))},
                       "tool_version": report["tool_version"]},
            "verifier": {"name": "Siti Aminah"}, "decided_at": "2026-12-07T03:15:00.000Z",
            "overall": "ask_for_completion", "note": "Lengkapi pernyataan cakupan.",
            "criteria": criteria}


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    """PT Sinar Akademi Digital screened once (screening 1) and a verifier's decision on it
    recorded, then re-submitted under another folder name without its coverage statement
    (screening 2, in "second"). Each test reads what it needs of these, in any order."""
    base = tmp_path_factory.mktemp("previous")
    register = base / "register.sqlite3"
    run("screen", str(ROOT / "samples" / SINAR), "--output-dir", str(base / "first"),
        "--register", str(register), "--no-pictures")
    html = (base / "first" / f"{SINAR}.html").read_text(encoding="utf-8")
    decision = base / f"{SINAR}.decision.json"
    decision.write_text(json.dumps(exported_decision(html)), encoding="utf-8")
    run("decide", str(decision), "--register", str(register))

    intake = base / "intake"
    bundle = intake / "sinar-akademi-perbaikan"  # another folder name: found by its NIB
    shutil.copytree(ROOT / "samples" / SINAR, bundle)
    (bundle / "Pernyataan_Cakupan.pdf").unlink()
    with (bundle / "Surat_Permohonan.txt").open("a", encoding="utf-8") as f:
        f.write("\nBersama ini kami sampaikan berkas perbaikan.\n")
    run("batch", str(intake), "--output-dir", str(base / "second"), "--quiet",
        "--register", str(register), "--no-pictures", "--jobs", "1")
    return base


def test_a_first_screening_says_nothing_of_earlier_ones(decided):
    data = json.loads((decided / "first" / f"{SINAR}.json").read_text(encoding="utf-8"))
    assert "previous_screening" not in data


def test_a_bundle_resubmitted_under_another_name_shows_what_changed_and_the_last_decision(decided):
    data = json.loads((decided / "second" / "sinar-akademi-perbaikan.json").read_text(encoding="utf-8"))
    previous = data["previous_screening"]
    assert previous["screening"] == 1 and previous["bundle_id"] == SINAR
    docs = previous["changes"]["documents"]
    assert docs == {"added": [], "removed": ["Pernyataan_Cakupan.pdf"],
                    "changed": ["Surat_Permohonan.txt"]}
    coverage = next(s for s in previous["changes"]["statuses"] if s["id"] == "national_coverage")
    assert coverage["to"] == "missing" and coverage["from"] != "missing"
    decision = previous["decision"]
    assert decision["verifier"] == "Siti Aminah" and decision["overall"] == "ask_for_completion"
    assert [o["id"] for o in decision["overrides"]] == ["national_coverage"]

    html = (decided / "second" / "sinar-akademi-perbaikan.html").read_text(encoding="utf-8")
    section = html[html.index('id="previous"'):html.index('id="criteria"')]
    assert "Sejak penyaringan sebelumnya" in section and "Siti Aminah" in section
    assert "Pernyataan_Cakupan.pdf" in section and "Minta kelengkapan" in section
    md = (decided / "second" / "sinar-akademi-perbaikan.md").read_text(encoding="utf-8")
    assert "## Sejak penyaringan sebelumnya" in md
    assert "Dokumen dihapus: Pernyataan\\_Cakupan.pdf" in md


def test_the_batch_index_shows_the_decision_recorded_in_the_register(decided):
    intake = decided / "same-name"
    shutil.copytree(ROOT / "samples" / SINAR, intake / SINAR)
    run("batch", str(intake), "--output-dir", str(decided / "third"), "--quiet",
        "--register", str(decided / "register.sqlite3"), "--no-pictures", "--jobs", "1")
    assert not list((decided / "third").glob("*.decision.json"))
    index = (decided / "third" / "index.html").read_text(encoding="utf-8")
    row = index[index.index("<tbody>"):index.index("</tbody>")]  # the one bundle's row
    assert SINAR in row and "Siti Aminah" in row and "Minta kelengkapan" in row
    # made on the first report, not on the one this batch wrote
    assert "atas laporan sebelumnya" in row


def test_diff_of_two_screenings_lists_the_decisions_on_them(decided):
    out = run("diff", "1", "2", "--register", str(decided / "register.sqlite3"))
    assert "decision on screening 1: ask_for_completion by Siti Aminah" in out
    assert "overrides: national_coverage" in out
    assert "document removed: Pernyataan_Cakupan.pdf" in out


def test_rescreen_records_every_re_evaluation_and_writes_reports_of_the_changed_only(tmp_path):
    register = tmp_path / "register.sqlite3"
    run("batch", str(ROOT / "samples"), "--output-dir", str(tmp_path / "r"), "--quiet",
        "--register", str(register), "--no-pictures", "--jobs", "2")
    with Register.open(str(register)) as reg:
        screened = [s for s in reg.all_brief() if s["kind"] == "batch"]
    out = run("rescreen", "--ruleset", "permenko-3-2020", "--output-dir", str(tmp_path / "p3"),
              "--register", str(register))
    with Register.open(str(register)) as reg:
        again = [s for s in reg.all_brief() if s["kind"] == "rescreen"]
    changed = re.search(r"(\d+) applicant\(s\) change", out)[1]
    assert f"{len(again)} screening(s) evaluated again and recorded" in out
    assert len(again) == len(screened) > int(changed) > 0
    reports = sorted(p.stem for p in (tmp_path / "p3").glob("*.json"))
    assert len(reports) == int(changed)
    assert {s["rescreen_of"] for s in again} == {s["id"] for s in screened}


def test_text_in_the_previous_screening_block_stays_text():
    from compliance_docs.report import render

    from helpers import report_of

    report = report_of(("cakupan.txt", "Pengguna kami tersebar di 30 (tiga puluh) provinsi.\n"))
    hostile = "<img src=x onerror=alert(1)> [klik](javascript:alert(1))"
    report["previous_screening"] = {
        "screening": 3, "recorded_at": "2026-12-01T00:00:00+00:00", "bundle_id": hostile,
        "ruleset": "permenko-11-2020", "overall": "not_met",
        "changes": {"overall": None, "statuses": [],
                    "facts": [{"name": "company_name", "from": hostile, "to": "PT Baru"}],
                    "documents": {"added": [hostile], "removed": [], "changed": []}},
        "decision": {"id": 1, "screening": 3, "overall": "reject", "verifier": hostile,
                     "decided_at": "2026-12-02", "note": hostile, "overrides": []},
    }
    html = render(report, "html")
    assert "<img src=x" not in html and "&lt;img src=x" in html
    md = render(report, "md")
    assert not re.search(r"(?<!\\)<img", md) and not re.search(r"(?<!\\)\]\(javascript:", md)
    assert md.count("\\<img") == 5  # bundle, fact, document, verifier and note, escaped
