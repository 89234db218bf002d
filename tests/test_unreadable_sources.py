"""A file that cannot be read, but whose name says what it is, leaves the criteria it speaks to
for review, not missing: the evidence may be in it (brief: unreadable evidence -> needs_review)."""

from __future__ import annotations

from pathlib import Path

from compliance_docs import screen_path

from helpers import status_of

NIB = """PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: 9120106638291
Nama Pelaku Usaha : PT Sinar Kelas Bersama
"""


def _bundle(tmp_path: Path, broken_name: str) -> Path:
    bundle = tmp_path / "pt-sinar-kelas"
    bundle.mkdir()
    (bundle / "03_NIB.txt").write_text(NIB, encoding="utf-8")
    (bundle / broken_name).write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")  # a download cut short
    return bundle


def test_an_unreadable_system_description_leaves_the_it_system_for_review(tmp_path):
    report = screen_path(_bundle(tmp_path, "05_Deskripsi_Sistem.pdf"), ruleset="permenko-11-2020").to_dict()
    it = next(c for c in report["criteria"] if c["id"] == "it_system")
    assert it["status"] == "needs_review"
    assert "it_system.source_unreadable" in it["reason_codes"]
    assert status_of(report, "training_partners") == "missing"  # nothing was meant to speak to it
    complete = next(c for c in report["checks"] if c["id"] == "bundle_complete")
    assert complete["status"] == "not_met"  # the deed is absent; the system description was sent
    assert complete["reason_codes"] == ["bundle_complete.documents_missing", "bundle_complete.documents_unreadable"]


def test_an_unreadable_file_with_a_name_that_says_nothing_changes_no_criterion(tmp_path):
    report = screen_path(_bundle(tmp_path, "lampiran_3.pdf"), ruleset="permenko-11-2020").to_dict()
    assert status_of(report, "it_system") == "missing"
