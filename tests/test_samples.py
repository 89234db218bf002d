"""Whole bundles screen to the statuses and facts their documents warrant: the samples
(samples/expected.yaml) and five corpora written apart from the extractors, with other phrasing,
producers, scans and layouts (tests/bundles/a to e, each with its expected.yaml)."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from compliance_docs import screen_path
from compliance_docs.data import data_path
from expectations import CONTRACT_FACTS, RULESETS, bundle_path, load_expected, normal

from conftest import ROOT

CORPORA = {"samples": ROOT / "samples", **{k: ROOT / "tests/bundles" / k for k in "abcde"}}
GENERATORS = {"samples": "make_samples.py", **{k: "make_bundles.py" for k in "abcde"}}
EXPECTED = {name: load_expected(root / "expected.yaml") for name, root in CORPORA.items()}
CASES = [(corpus, bundle_id) for corpus in CORPORA for bundle_id in sorted(EXPECTED[corpus])]
IDS = [f"{c}/{b}" for c, b in CASES]
SCHEMA = json.loads(data_path("report.schema.json").read_text(encoding="utf-8"))

_reports: dict[tuple[str, str, str], dict] = {}


def report(corpus: str, bundle_id: str, ruleset: str) -> dict:
    key = (corpus, bundle_id, ruleset)
    if key not in _reports:
        _reports[key] = screen_path(bundle_path(CORPORA[corpus], bundle_id), ruleset=ruleset).to_dict()
    return _reports[key]


@pytest.mark.parametrize("ruleset", RULESETS)
@pytest.mark.parametrize("corpus, bundle_id", CASES, ids=IDS)
def test_statuses(corpus, bundle_id, ruleset):
    got = report(corpus, bundle_id, ruleset)
    jsonschema.validate(got, SCHEMA)
    want = dict(EXPECTED[corpus][bundle_id][ruleset])
    overall = want.pop("overall")
    statuses = {c["id"]: c["status"] for c in got["criteria"] + got["checks"]}
    assert {k: statuses[k] for k in want} == want
    assert got["overall"] == overall


@pytest.mark.parametrize("corpus, bundle_id", CASES, ids=IDS)
def test_facts(corpus, bundle_id):
    facts = {f["name"]: f["value"] for f in report(corpus, bundle_id, RULESETS[0])["facts"]}
    want = EXPECTED[corpus][bundle_id]["facts"]
    assert {k: normal(facts.get(k)) for k in want} == {k: normal(v) for k, v in want.items()}
    stated_nowhere = [k for k in CONTRACT_FACTS if k not in want and k in facts]
    assert stated_nowhere == []


def test_every_met_has_evidence_with_a_page():
    for corpus, bundle_id in CASES:
        for ruleset in RULESETS:
            for item in report(corpus, bundle_id, ruleset)["criteria"]:
                if item["status"] == "met":
                    assert item["evidence"] and all(e["page"] >= 1 and e["quote"] for e in item["evidence"])


FONTS = Path("/usr/share/fonts/truetype/dejavu")  # the corpora's scans are drawn in DejaVu


@pytest.mark.parametrize("corpus", CORPORA)
def test_bundles_are_reproducible(corpus, tmp_path):
    if corpus != "samples" and not FONTS.is_dir():
        pytest.skip("fonts-dejavu-core is not installed (make test installs it)")
    root = CORPORA[corpus]
    if corpus == "samples":
        out = tmp_path
        subprocess.run([sys.executable, str(root / GENERATORS[corpus]), str(out)], check=True, capture_output=True)
    else:  # these generators write beside themselves: run a copy
        out = tmp_path / corpus
        out.mkdir()
        (out / GENERATORS[corpus]).write_bytes((root / GENERATORS[corpus]).read_bytes())
        subprocess.run([sys.executable, str(out / GENERATORS[corpus])], check=True, capture_output=True)
    for bundle_id in EXPECTED[corpus]:
        generated, committed = out / bundle_path(root, bundle_id).name, bundle_path(root, bundle_id)
        if committed.is_dir():
            comparison = filecmp.dircmp(generated, committed)
            assert not comparison.diff_files and not comparison.left_only and not comparison.right_only
        else:
            assert generated.read_bytes() == committed.read_bytes()
    if corpus != "samples":  # these write their expectations too: the script and the file agree
        assert (out / "expected.yaml").read_bytes() == (root / "expected.yaml").read_bytes()
