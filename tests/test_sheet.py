"""A stored screening evaluates again from its fact sheet alone, exactly as it was screened.

The register keeps fact sheets so that the PMO can re-evaluate admitted partners under an
amended ruleset without their documents; these tests hold evaluation to that."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance_docs.batch import Options, screen_to_data
from compliance_docs.evaluate.sheet import FactSheet
from compliance_docs.pipeline import evaluate_sheet, rescreen_data, screen_path

ROOT = Path(__file__).resolve().parent.parent
BUNDLES = sorted(p for p in (ROOT / "samples").iterdir() if p.is_dir() or p.suffix == ".zip") + sorted(
    p for p in (ROOT / "tests" / "bundles" / "g").iterdir()
    if (p.is_dir() or p.suffix == ".zip") and "scan" not in p.name
)[:20]


def _without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "generated_at"}


@pytest.mark.parametrize("ruleset", ["permenko-11-2020", "permenko-3-2020"])
@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name)
def test_a_fact_sheet_through_json_gives_the_same_report(bundle, ruleset):
    report = screen_path(bundle, ruleset=ruleset)
    stored = json.loads(json.dumps(report.sheet_dict(mask=False)))
    again = evaluate_sheet(FactSheet.from_dict(stored), ruleset=ruleset)
    assert _without_time(again.to_dict(mask=False)) == _without_time(report.to_dict(mask=False))


def test_the_bumd_sample_re_evaluated_under_permenko_3_is_what_screening_under_it_gives(tmp_path):
    bumd = ROOT / "samples" / "pt-borneo-cakap-digital-perseroda"
    data = screen_to_data(bumd, Options("permenko-11-2020", ("json",), tmp_path))
    sheet = json.loads(json.dumps(data.pop("sheet")))
    old = rescreen_data(sheet, data, ruleset="permenko-3-2020", language="id")
    direct = screen_path(bumd, ruleset="permenko-3-2020").to_dict()
    assert data["overall"] == "not_met" and old["overall"] == direct["overall"] == "met"
    assert _without_time(old) == _without_time(direct)


def test_a_masked_sheet_evaluates_to_the_same_statuses():
    for bundle in BUNDLES[:8]:
        report = screen_path(bundle)
        masked = FactSheet.from_dict(json.loads(json.dumps(report.sheet_dict(mask=True))))
        again = evaluate_sheet(masked)
        assert [(c.id, c.status) for c in again.criteria + again.checks] == \
            [(c.id, c.status) for c in report.criteria + report.checks]


def test_a_sheet_of_another_version_is_refused():
    with pytest.raises(ValueError, match="fact sheet version"):
        FactSheet.from_dict({"sheet_version": 99})
