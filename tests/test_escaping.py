"""Document text in every output: no formula in a CSV, no markup in Markdown, no control
characters on the terminal."""

from __future__ import annotations

import csv
import io

import pytest

from compliance_docs.report.csvsafe import safe_cell
from compliance_docs.report.render import summary_csv

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
