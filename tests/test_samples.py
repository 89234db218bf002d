"""The sample bundles screen to the statuses and facts their documents warrant (samples/expected.yaml)."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from compliance_docs import screen_path
from compliance_docs.data import data_path

from conftest import ROOT

SAMPLES = ROOT / "samples"
EXPECTED = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))
SCHEMA = json.loads(data_path("report.schema.json").read_text(encoding="utf-8"))
CONTRACT_FACTS = ("company_name", "entity_form", "ownership", "listed", "deed_number", "deed_date",
                  "notary_name", "ahu_number", "nib", "npwp", "provinces", "province_count",
                  "registered_users", "portal_urls", "training_partner_count", "payment_integration")
RULESETS = ("permenko-11-2020", "permenko-3-2020")


def bundle_path(bundle_id: str) -> Path:
    folder = SAMPLES / bundle_id
    return folder if folder.is_dir() else SAMPLES / f"{bundle_id}.zip"


_reports: dict[tuple[str, str], dict] = {}


def report(bundle_id: str, ruleset: str) -> dict:
    if (bundle_id, ruleset) not in _reports:
        _reports[(bundle_id, ruleset)] = screen_path(bundle_path(bundle_id), ruleset=ruleset).to_dict()
    return _reports[(bundle_id, ruleset)]


@pytest.mark.parametrize("ruleset", RULESETS)
@pytest.mark.parametrize("bundle_id", sorted(EXPECTED))
def test_statuses(bundle_id, ruleset):
    got = report(bundle_id, ruleset)
    jsonschema.validate(got, SCHEMA)
    want = EXPECTED[bundle_id][ruleset]
    statuses = {c["id"]: c["status"] for c in got["criteria"] + got["checks"]}
    expected = {k: v for k, v in want.items() if k not in ("checks", "overall")} | want["checks"]
    assert {k: statuses[k] for k in expected} == expected
    assert got["overall"] == want["overall"]


def normal(value):
    if isinstance(value, str):
        return " ".join(value.lower().split())
    if isinstance(value, list):
        return sorted(normal(v) for v in value)
    return value


@pytest.mark.parametrize("bundle_id", sorted(EXPECTED))
def test_facts(bundle_id):
    facts = {f["name"]: f["value"] for f in report(bundle_id, "permenko-11-2020")["facts"]}
    want = EXPECTED[bundle_id]["facts"]
    assert {k: normal(facts.get(k)) for k in want} == {k: normal(v) for k, v in want.items()}
    stated_nowhere = [k for k in CONTRACT_FACTS if k not in want and k in facts]
    assert stated_nowhere == []


def test_every_met_has_evidence_with_a_page():
    for bundle_id in EXPECTED:
        for ruleset in RULESETS:
            for item in report(bundle_id, ruleset)["criteria"]:
                if item["status"] == "met":
                    assert item["evidence"] and all(e["page"] >= 1 and e["quote"] for e in item["evidence"])


def test_samples_are_reproducible(tmp_path):
    subprocess.run([sys.executable, str(SAMPLES / "make_samples.py"), str(tmp_path)], check=True,
                   capture_output=True)
    for bundle_id in EXPECTED:
        generated = tmp_path / bundle_path(bundle_id).name
        committed = bundle_path(bundle_id)
        if committed.is_dir():
            comparison = filecmp.dircmp(generated, committed)
            assert not comparison.diff_files and not comparison.left_only and not comparison.right_only
        else:
            assert generated.read_bytes() == committed.read_bytes()
