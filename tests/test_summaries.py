"""Each criterion and check opens with one sentence, the finding and the rule, worded from the
messages file; the reasons below it add to it and do not say it again."""

from __future__ import annotations

import pytest

from compliance_docs.evaluate import load_ruleset
from compliance_docs.evaluate.policy import bundled_tests, evaluate_case, load_cases
from compliance_docs.extract import Extraction
from compliance_docs.types import Evidence, Fact

RULESETS = ("permenko-11-2020", "permenko-3-2020")
PROVINCES_20 = [f"Provinsi {i}" for i in range(20)]


def coverage_of(provinces: list[str], language: str):
    from compliance_docs.evaluate import evaluate

    listed = Fact("provinces", provinces, [Evidence("cakupan.pdf", 1, "Aceh, Bali, ...")], 0.9,
                  "province-table", "coverage_statement")
    criteria, _ = evaluate([], Extraction([listed], [listed]), load_ruleset("permenko-11-2020"),
                           language=language)
    return next(c for c in criteria if c.id == "national_coverage")


@pytest.mark.parametrize("language, sentence", [
    ("id", "20 provinsi tercantum; aturan mensyaratkan 26 dari 38."),
    ("en", "20 provinces listed; the rule needs 26 of 38."),
])
def test_a_coverage_shortfall_is_said_once_with_the_threshold(language, sentence):
    result = coverage_of(PROVINCES_20, language)
    assert result.status == "not_met"
    assert result.summary == sentence
    # "Users listed in 20 provinces" and "Fewer than 26 provinces" said it already
    assert result.details == []
    assert len(result.reasons) == 2  # the JSON keeps every reason for its readers


def case_results():
    for ruleset_id in RULESETS:
        ruleset = load_ruleset(ruleset_id)
        for case in load_cases(bundled_tests(ruleset)):
            for language in ("id", "en"):
                criteria, checks = evaluate_case(case, ruleset, language=language)
                for result in criteria + checks:
                    yield f"{ruleset_id}: {case.name} ({language}) {result.id}", result


def test_every_result_of_the_policy_cases_opens_with_a_sentence_from_the_data():
    for where, result in case_results():
        assert result.summary_code in result.reason_codes, where
        assert result.summary and result.summary not in result.details, where
        assert set(result.details) <= set(result.reasons), where


def test_the_summary_states_the_rule_not_only_the_finding():
    for where, result in case_results():
        if result.status in ("not_met", "needs_review", "missing") and result.id in (
                "national_coverage", "it_system", "open_marketplace", "training_partners"):
            assert ";" in result.summary, (where, result.summary)


@pytest.fixture(scope="module")
def arunika():
    """PT Arunika Kreasi Edukasi: a coverage statement without provinces, a system description
    of two aspects, one partner without a competency basis, a platform closed to others."""
    from compliance_docs import screen_path

    from conftest import ROOT

    return screen_path(ROOT / "samples/pt-arunika-kreasi-edukasi").to_dict()


def test_the_reports_open_each_criterion_with_its_sentence_and_end_with_the_letter(arunika):
    import json

    import jsonschema

    from compliance_docs.data import data_path
    from compliance_docs.report.render import md_escape, render

    jsonschema.validate(arunika, json.loads(data_path("report.schema.json").read_text("utf-8")))
    results = arunika["criteria"] + arunika["checks"]
    markdown, html = render(arunika, "md"), render(arunika, "html")
    for result in results:
        assert markdown.count(md_escape(result["summary"])) == 1, result["id"]
    assert html.count('<p class="finding">') == len(results)
    assert "**Alasan**" not in markdown  # the reasons are the summary and the other findings
    it_system = next(c for c in results if c["id"] == "it_system")
    assert it_system["summary"] == ("Integrasi dengan Kartu Prakerja sebagai metode pembayaran tidak "
                                    "dibahas; aturan mensyaratkan integrasi itu.")
    letter = markdown.split("## Permintaan kelengkapan", 1)[1].split("\n## ", 1)[0]
    assert "Kepada: Direksi **PT Arunika Kreasi Edukasi**" in letter and "NIB: 1902240061593" in letter
    assert [line[:2] for line in letter.splitlines() if line[:1].isdigit()] == ["1.", "2.", "3.", "4.", "5."]
    section = html.split('<section id="requests"', 1)[1].split("</section>", 1)[0]
    assert section.count("<li>") == 5 and "PT Arunika Kreasi Edukasi" in section
