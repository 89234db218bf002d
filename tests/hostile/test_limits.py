"""Limits are settings: defaults, environment overrides, clear errors for bad values, and
enforced on the bytes a zip member really unpacks to, not on what its header says."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from compliance_docs.cli import main
from compliance_docs.ingest import read_document
from compliance_docs.ingest.bundle import BundleFile
from compliance_docs.limits import InvalidLimit, Limits, limits

from hostile_corpus import DEED, docx_of, pdf_stream_bomb


def test_defaults_and_an_override_from_the_environment(monkeypatch):
    assert limits() == Limits()
    monkeypatch.setenv("COMPLIANCE_DOCS_LIMIT_PDF_STREAM_MB", "0.5")
    monkeypatch.setenv("COMPLIANCE_DOCS_LIMIT_PDF_PAGES", "10")
    assert limits().pdf_stream_mb == 0.5 and limits().pdf_pages == 10
    doc = read_document(BundleFile("lampiran.pdf", pdf_stream_bomb(1)))
    assert doc.type == "unreadable"
    assert doc.warnings == ["lampiran.pdf: refused: a content stream unpacks to more than 0.5 MB "
                            "(limit pdf_stream_mb = 0.5 MB), not read"]


@pytest.mark.parametrize("name, value, message", [
    ("COMPLIANCE_DOCS_LIMIT_PDF_PAGES", "banyak", "not a number"),
    ("COMPLIANCE_DOCS_LIMIT_FILE_MB", "-1", "must be a positive number"),
    ("COMPLIANCE_DOCS_LIMIT_FILE_MB", "nan", "must be a positive number"),
    ("COMPLIANCE_DOCS_LIMIT_NO_SUCH", "1", "no such limit"),
])
def test_a_bad_limit_is_a_usage_error_naming_the_variable(monkeypatch, tmp_path, name, value, message):
    monkeypatch.setenv(name, value)
    with pytest.raises(InvalidLimit, match=message):
        limits()
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "akta.txt").write_text(DEED, encoding="utf-8")
    result = CliRunner().invoke(main, ["screen", str(folder), "--output-dir", str(tmp_path / "o")])
    assert result.exit_code == 2 and name in result.output and "Traceback" not in result.output


def test_an_office_part_is_stopped_while_unpacking_at_the_xml_limit(monkeypatch):
    # 2 MB of honest XML: the directory passes (office_member_mb), unpacking does not
    monkeypatch.setenv("COMPLIANCE_DOCS_LIMIT_OFFICE_XML_MB", "1")
    doc = read_document(BundleFile("sistem.docx", docx_of(["Arsitektur layanan mikro " * 40] * 2000)))
    assert doc.type == "unreadable"
    assert "limit office_xml_mb = 1 MB" in doc.warnings[0]
    monkeypatch.delenv("COMPLIANCE_DOCS_LIMIT_OFFICE_XML_MB")
    assert read_document(BundleFile("sistem.docx", docx_of(["Arsitektur layanan mikro"]))).readable
