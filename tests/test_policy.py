"""Rulesets as a PMO edits them: validated with the line and field of every mistake, and
checked by policy tests (given facts -> statuses and reason codes) before they screen anyone."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance_docs.cli import main
from compliance_docs.errors import InvalidDataFile
from compliance_docs.evaluate import load_ruleset
from compliance_docs.evaluate.policy import bundled_tests, load_cases, run_cases

DATA = Path(__file__).resolve().parent.parent / "src" / "compliance_docs" / "data" / "rulesets"

# "Screening rules v1" of the domain brief: every status each criterion can take under each
# ruleset. The shipped policy tests must expect each of them at least once.
RULES_TABLE = {
    "permenko-3-2020": {
        "legal_entity": {"met", "not_met", "needs_review", "missing"},
        "business_license": {"met", "not_applicable", "needs_review", "missing"},
        "national_coverage": {"met", "needs_review", "missing"},
        "it_system": {"met", "needs_review", "missing"},
        "online_portal": {"met", "missing"},
        "training_partners": {"met", "needs_review", "not_met", "missing"},
        "open_marketplace": {"met", "not_met", "needs_review", "missing"},
    },
    "permenko-11-2020": {
        "legal_entity": {"met", "not_met", "needs_review", "missing"},
        "business_license": {"met", "not_applicable", "needs_review", "missing"},
        "national_coverage": {"met", "not_met", "needs_review", "missing"},
        "it_system": {"met", "needs_review", "not_met", "missing"},
        "online_portal": {"met", "missing"},
        "training_partners": {"met", "needs_review", "not_met", "missing"},
        "open_marketplace": {"met", "not_met", "needs_review", "missing"},
    },
}
# the operators and forms each ruleset admits or refuses: each has a case of its own
FORMS = {
    "permenko-3-2020": {"PT", "PERUM", "PERUMDA", "GOVERNMENT_AGENCY", "CV", "FIRMA", "YAYASAN",
                        "KOPERASI", "PERKUMPULAN"},
    "permenko-11-2020": {"PT", "PERUM", "PERUMDA", "GOVERNMENT_AGENCY", "CV", "FIRMA", "YAYASAN",
                         "KOPERASI", "PERKUMPULAN"},
}


@pytest.mark.parametrize("ruleset", sorted(RULES_TABLE))
def test_the_shipped_rulesets_are_valid_against_the_schema(ruleset):
    # shipped rulesets skip the schema at run time (it costs a resumed batch a fifth of a second)
    from compliance_docs.data import load_validated

    path = DATA / f"{ruleset}.yaml"
    assert load_validated(path.read_text(encoding="utf-8"), str(path), "ruleset.schema.json")["id"] == ruleset


@pytest.mark.parametrize("ruleset", sorted(RULES_TABLE))
def test_the_shipped_policy_tests_pass(ruleset):
    cases = load_cases(bundled_tests(load_ruleset(ruleset)))
    failures = [(r.case.name, r.failures) for r in run_cases(cases, load_ruleset(ruleset)) if not r.passed]
    assert failures == []


@pytest.mark.parametrize("ruleset", sorted(RULES_TABLE))
def test_the_shipped_policy_tests_cover_every_cell_of_the_rules_table(ruleset):
    cases = load_cases(bundled_tests(load_ruleset(ruleset)))
    seen: dict[str, set[str]] = {}
    forms = set()
    for case in cases:
        for key, want in case.expect.items():
            status = want["status"] if isinstance(want, dict) else want
            seen.setdefault(key, set()).add(status)
        if "legal_entity" in case.expect and "entity_form" in case.facts:
            forms.add(case.facts["entity_form"])
    for criterion, statuses in RULES_TABLE[ruleset].items():
        assert statuses <= seen.get(criterion, set()), criterion
    assert FORMS[ruleset] <= forms


def test_a_wrong_expectation_fails_with_what_was_expected_and_what_came(tmp_path):
    tests = tmp_path / "wrong.tests.yaml"
    tests.write_text(
        "cases:\n"
        "  - name: twenty provinces said to be enough\n"
        "    documents: [coverage_statement]\n"
        "    facts: {stated_province_count: 20}\n"
        "    expect: {national_coverage: met}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", "permenko-11-2020", str(tests)])
    assert result.exit_code == 1
    assert "FAIL  twenty provinces said to be enough" in result.output
    assert "national_coverage: expected met, got not_met" in result.output
    assert "0/1 policy tests pass, 1 fail" in result.output


def test_a_pmo_amends_the_threshold_in_its_own_copy_and_tests_it(tmp_path):
    own = tmp_path / "pmo-2026.yaml"
    text = (DATA / "permenko-11-2020.yaml").read_text(encoding="utf-8")
    text = text.replace("id: permenko-11-2020", "id: pmo-2026\namends: permenko-11-2020 v1", 1)
    text = text.replace('version: "1"', 'version: "2026.1"', 1).replace("threshold: 2/3", "threshold: 3/4")
    own.write_text(text, encoding="utf-8")
    tests = (DATA / "permenko-11-2020.tests.yaml").read_text(encoding="utf-8")
    (tmp_path / "pmo-2026.tests.yaml").write_text(tests, encoding="utf-8")
    runner = CliRunner()
    before = runner.invoke(main, ["rules", "test", str(own)])
    # 26 provinces met 2/3 of 38; 3/4 needs 29: the copied tests say what changed
    assert before.exit_code == 1
    assert "national_coverage: expected met, got not_met" in before.output
    shown = runner.invoke(main, ["rules", "show", str(own)])
    assert shown.exit_code == 0 and "pmo-2026 v2026.1" in shown.output and "amends permenko-11-2020" in shown.output


@pytest.mark.parametrize("mistake, message", [
    (("threshold: 2/3", "threshold: two thirds"), "line {threshold}: criteria[2].params.threshold: 'two thirds' is not a share"),
    (("claim_suffices: false", "claim_sufices: false"), "line {claim}: criteria[2].params.claim_sufices: unknown field"),
    (("min_aspects: 3", "min_aspects: 9"), "line {aspects}: criteria[3].params.min_aspects: 9 is greater than the maximum of 4"),
    (('version: "1"\n', ""), "line {top}: top level: 'version' is a required property"),
    (("- id: online_portal", "- id: portal"), "line {portal}: criteria[4].id: 'portal' is not one of"),
])
def test_a_broken_ruleset_names_the_file_line_and_field(tmp_path, mistake, message):
    text = (DATA / "permenko-11-2020.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()

    def line_of(needle: str) -> int:
        return next(i for i, x in enumerate(lines, 1) if needle in x)

    where = {"threshold": line_of("threshold: 2/3"), "claim": line_of("claim_suffices:"),
             "aspects": line_of("min_aspects:"), "portal": line_of("- id: online_portal"), "top": line_of("id: permenko-11-2020")}
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace(*mistake), encoding="utf-8")
    with pytest.raises(InvalidDataFile) as caught:
        load_ruleset(str(broken))
    assert str(broken) in str(caught.value)
    assert message.format(**where) in str(caught.value)
    result = CliRunner().invoke(main, ["screen", "samples/kemnaker-sipelatih", "--ruleset", str(broken)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_broken_policy_test_file_names_its_line(tmp_path):
    tests = tmp_path / "bad.tests.yaml"
    tests.write_text("cases:\n  - name: no expectation\n    facts: {}\n    expect: {legal_entity: fine}\n",
                     encoding="utf-8")
    with pytest.raises(InvalidDataFile, match=r"bad.tests.yaml line 4: cases\[0\].expect.legal_entity"):
        load_cases(tests)


def test_criteria_stays_an_alias_of_rules_show():
    runner = CliRunner()
    a = runner.invoke(main, ["criteria", "--ruleset", "permenko-3-2020", "--lang", "en"])
    b = runner.invoke(main, ["rules", "show", "permenko-3-2020", "--lang", "en"])
    assert a.exit_code == b.exit_code == 0 and a.output == b.output
    assert "legal_entity" in a.output and "effective 2020-03" in a.output
