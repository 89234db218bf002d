"""What to ask the applicant for: every reason code the shipped rulesets can give a criterion
or check that is not met has its request in messages.yaml (or is declared to ask nothing),
in Bahasa Indonesia and English."""

from __future__ import annotations

import ast
import json
import re
import string
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from compliance_docs.evaluate import load_ruleset, ruleset_ids
from compliance_docs.evaluate.policy import bundled_tests, evaluate_case, load_cases
from compliance_docs.evaluate.wording import OPEN

EVALUATE = Path(__file__).resolve().parent.parent / "src" / "compliance_docs" / "evaluate"
MESSAGES = yaml.safe_load(files("compliance_docs.data").joinpath("messages.yaml").read_text("utf-8"))
# said by Result.done for any criterion (no evidence, nothing found) and by a failed screening
EVERY_RULE = {"no_quote", "no_source", "screening_failed"}


def said_by_rule() -> dict[str, set[str]]:
    """Rule name -> the reason keys its function says, read from the source: literal keys,
    both branches of `"a" if x else "b"`, and, where the key is computed (a tamper signal's
    kind), every key of the messages file with that rule's prefix."""
    keys: dict[str, set[str]] = {}
    for module in ("rules.py", "checks.py", "integrity.py"):
        tree = ast.parse((EVALUATE / module).read_text(encoding="utf-8"))
        for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
            names = [d.args[0].value for d in fn.decorator_list
                     if isinstance(d, ast.Call) and getattr(d.func, "id", "") == "rule"]
            if not names:
                continue
            found = set(EVERY_RULE)
            for call in ast.walk(fn):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") in ("say", "say_first"):
                    literal = [c.value for c in ast.walk(call.args[0])
                               if isinstance(c, ast.Constant) and isinstance(c.value, str)]
                    found |= set(literal) or {k for k in MESSAGES["reasons"] if k.startswith("integrity_")}
            keys[names[0]] = found
    return keys


def emitted_codes() -> set[str]:
    """Every <criterion>.<reason> the shipped rulesets can give, and the codes their policy
    tests expect (a cross-check that reading the source missed none)."""
    by_rule = said_by_rule()
    codes = set()
    for ruleset_id in ruleset_ids():
        ruleset = load_ruleset(ruleset_id)
        for item in ruleset.criteria + ruleset.checks:
            codes |= {f"{item.id}.{key}" for key in by_rule[item.rule]}
        for case in load_cases(bundled_tests(ruleset)):
            for criterion, want in case.expect.items():
                for code in want.get("codes", []) if isinstance(want, dict) else []:
                    codes.add(code if "." in code else f"{criterion}.{code}")
    return codes


def entry(code: str):
    criterion, key = code.split(".")
    requests = MESSAGES["requests"]
    return requests[code] if code in requests else requests.get(key, KeyError)


def test_the_source_is_read_for_the_codes_policy_tests_know():
    codes = emitted_codes()
    assert "national_coverage.below_threshold" in codes
    assert "document_integrity.integrity_signature_invalid" in codes
    assert "bundle_complete.documents_missing" in codes
    assert len(codes) > 100


def test_every_reason_code_has_a_request_or_is_declared_to_ask_nothing():
    without = sorted(code for code in emitted_codes() if entry(code) is KeyError)
    assert without == [], f"no request in messages.yaml for: {', '.join(without)}"


def test_every_request_is_worded_in_both_languages_with_the_same_values():
    for name, texts in MESSAGES["requests"].items():
        if texts is None:
            continue
        fields = {lang: {f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f}
                  for lang in ("id", "en")}
        assert fields["id"] == fields["en"], name
        assert texts["id"].startswith(("Mohon", "Dokumen", "Pemohon", "Berkas", "Surat", "Tanda",
                                       "Teks", "Nama", "Jumlah", "Total", "Pernyataan", "{")), name


def test_every_criterion_missing_asks_in_its_own_words():
    for ruleset_id in ruleset_ids():
        ruleset = load_ruleset(ruleset_id)
        for item in ruleset.criteria + ruleset.checks:
            assert MESSAGES["requests"].get(f"{item.id}.no_source"), item.id
            assert f"{item.id}.no_source" in MESSAGES["summaries"], item.id


def open_results():
    for ruleset_id in ruleset_ids():
        ruleset = load_ruleset(ruleset_id)
        for case in load_cases(bundled_tests(ruleset)):
            for language in ("id", "en"):
                criteria, checks = evaluate_case(case, ruleset, language=language)
                for result in criteria + checks:
                    yield f"{ruleset_id}: {case.name} ({language}): {result.id}", result


def test_every_criterion_not_met_asks_for_something_and_a_met_one_for_nothing():
    counted = 0
    for where, result in open_results():
        if result.status in OPEN:
            counted += 1
            assert result.requests, f"{where} is {result.status} and asks for nothing"
            assert all(r["code"] in result.reason_codes and r["text"] for r in result.requests), where
        else:
            assert result.requests == [], where
    assert counted > 100


@pytest.mark.parametrize("language, text", [
    ("id", "Mohon kirimkan data pengguna per provinsi yang menunjukkan layanan di paling sedikit "
           "26 dari 38 provinsi (yang tercantum saat ini: 20)."),
    ("en", "Please send users per province showing service in at least 26 of 38 provinces "
           "(listed now: 20)."),
])
def test_a_coverage_shortfall_asks_for_the_provinces_the_rule_needs(language, text):
    from test_summaries import PROVINCES_20, coverage_of

    result = coverage_of(PROVINCES_20, language)
    assert result.requests == [{"code": "national_coverage.below_threshold", "text": text}]


# --- the request for completion as a file of its own: batch --requests ---

def intake_of(tmp_path: Path, *samples: str) -> Path:
    import shutil

    from conftest import ROOT

    intake = tmp_path / "intake"
    for name in samples:
        shutil.copytree(ROOT / "samples" / name, intake / name)
    return intake


def test_batch_writes_a_letter_for_the_bundle_that_is_not_met_and_none_for_the_met_one(tmp_path):
    from click.testing import CliRunner

    from compliance_docs.cli import main

    intake = intake_of(tmp_path, "pt-arunika-kreasi-edukasi", "pt-belajar-nusantara-digital")
    out = tmp_path / "reports"
    result = CliRunner().invoke(main, ["batch", str(intake), "--output-dir", str(out), "--format",
                                       "json", "--jobs", "1", "--no-pictures", "--no-register",
                                       "--requests"])
    assert result.exit_code == 0, result.output
    letter = (out / "pt-arunika-kreasi-edukasi.requests.md").read_text(encoding="utf-8")
    assert not (out / "pt-belajar-nusantara-digital.requests.md").exists()  # met: nothing to ask
    assert "Kepada: Direksi **PT Arunika Kreasi Edukasi**" in letter
    assert "NIB: 1902240061593" in letter
    assert ("1. Mohon lengkapi pernyataan cakupan nasional dengan daftar atau tabel pengguna per "
            "provinsi (paling sedikit 26 dari 38 provinsi). *Dasar: Permenko 11/2020 Pasal 36 ayat "
            "(3) huruf a.*") in letter
    report = json.loads((out / "pt-arunika-kreasi-edukasi.json").read_text(encoding="utf-8"))
    asked = [r["text"] for c in report["criteria"] + report["checks"] for r in c["requests"]]
    numbered = [line for line in letter.splitlines() if line[:1].isdigit()]
    assert len(numbered) == len(set(asked)) == 5
    assert not list(out.glob(".*.tmp"))  # written through the atomic writer


def test_a_letter_no_longer_due_is_removed_and_a_missing_one_is_written(tmp_path):
    from compliance_docs.batch import Options, bundles_in, run_batch

    intake = intake_of(tmp_path, "pt-arunika-kreasi-edukasi", "pt-belajar-nusantara-digital")
    options = Options("permenko-11-2020", ("md",), tmp_path / "out", pictures=False)
    list(run_batch(bundles_in(intake), options, jobs=1))  # without --requests: no letter
    assert not list(options.output_dir.glob("*.requests.md"))
    stale = options.output_dir / "pt-belajar-nusantara-digital.requests.md"
    stale.write_text("asks for what an earlier screening missed", encoding="utf-8")
    with_letters = Options("permenko-11-2020", ("md",), options.output_dir, pictures=False, requests=True)
    rows = {r["id"]: r for r in run_batch(bundles_in(intake), with_letters, jobs=1, force=True)}
    assert (options.output_dir / "pt-arunika-kreasi-edukasi.requests.md").is_file()
    assert not stale.exists()
    assert str(options.output_dir / "pt-arunika-kreasi-edukasi.requests.md") in rows["pt-arunika-kreasi-edukasi"]["files"]
    (options.output_dir / "pt-arunika-kreasi-edukasi.requests.md").unlink()
    rows = {r["id"]: r for r in run_batch(bundles_in(intake), with_letters, jobs=1)}
    assert rows["pt-belajar-nusantara-digital"]["skipped"]
    assert not rows["pt-arunika-kreasi-edukasi"]["skipped"]  # its letter was still to be written
    assert (options.output_dir / "pt-arunika-kreasi-edukasi.requests.md").is_file()


def test_document_text_in_the_letter_cannot_open_markdown():
    from compliance_docs.report.requests import render_requests

    hostile = "PT Jahat <img src=x onerror=alert(1)> [klik](http://evil.example) # judul"
    report = {
        "language": "id", "overall": "not_met", "generated_at": "2026-12-07T09:00:00+00:00",
        "bundle": {"id": "pt-jahat", "path": "pt-jahat"},
        "ruleset": {"id": "permenko-11-2020", "title": "Permenko 11/2020"},
        "facts": [{"name": "company_name", "value": hostile}, {"name": "nib", "value": "1234567890123"}],
        "criteria": [{"id": "business_license", "status": "needs_review", "citation": "Pasal 36",
                      "requests": [{"code": "business_license.licence_doc_without_number",
                                    "text": "Dokumen perizinan yang dikirim (<b>nib</b>.pdf) ..."}]}],
        "checks": [],
    }
    letter = render_requests(report)
    unescaped = re.compile(r"(?<!\\)(<|\]\(|^#+ judul)", re.M)  # a tag, a link, a heading
    assert unescaped.findall(letter) == []
    assert "Kepada: Direksi **PT Jahat \\<img src=x onerror=alert(1)\\>" in letter
    report["overall"] = "met"
    assert render_requests(report) is None


# --- every sign of editing: summarised, and the original asked for ---

def signal_for(key: str, document: str):
    """The Signal ingest records for the integrity reason `key`, with a value for every
    placeholder of the reason's message."""
    from compliance_docs.types import Signal

    names = {f for _, f, _, _ in string.Formatter().parse(MESSAGES["reasons"][key]["en"]) if f}
    values = {n: "3" for n in names - {"document", "page"}}
    kind = key.removeprefix("integrity_")
    if kind == "incremental_after_signature":
        kind = "incremental_update"
    elif kind.startswith("modified_after_"):
        kind, values["finding"] = "metadata_dates", kind
    return Signal(kind, document, 1, "detail", "why", values=tuple(values.items()))


SIGNS = sorted(k for k in MESSAGES["reasons"] if k.startswith("integrity_") and k not in (
    "integrity_clean", "integrity_no_pdf", "integrity_not_pdf", "integrity_created_before_deed",
    "integrity_signature_untrusted", "integrity_text_layer_unchecked"))


@pytest.mark.parametrize("key", SIGNS)
@pytest.mark.parametrize("language", ["id", "en"])
def test_every_sign_of_editing_opens_the_check_and_asks_for_the_original(key, language):
    from compliance_docs.evaluate import evaluate
    from compliance_docs.extract import Extraction
    from compliance_docs.types import DocumentInfo

    deed = DocumentInfo("01-akta.pdf", "0" * 64, 10, "deed_of_establishment", "given", 1,
                        "text_layer", [], [signal_for(key, "01-akta.pdf")], {1: "AKTA PENDIRIAN"})
    _, checks = evaluate([deed], Extraction([], []), load_ruleset("permenko-11-2020"), language=language)
    check = next(c for c in checks if c.id == "document_integrity")
    assert check.status == "needs_review"
    assert check.summary_code == f"document_integrity.{key}"
    assert check.summary.startswith("01-akta.pdf") and check.summary not in check.details
    assert [r["code"] for r in check.requests] == [f"document_integrity.{key}"]
    assert "01-akta.pdf" in check.requests[0]["text"]


def test_every_summary_entry_is_a_reason_worded_in_both_languages():
    reasons = set(MESSAGES["reasons"])
    for name, entry in MESSAGES["summaries"].items():
        key = name.rpartition(".")[2]
        assert key in reasons, name
        assert set(entry) <= {"id", "en", "restates", "keep", "status"}, name
        assert set(entry.get("restates", [])) <= reasons, name
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("id", "en")]
        assert fields[0] == fields[1], name


def test_a_bundle_that_could_not_be_screened_is_asked_for_again_once():
    from compliance_docs.pipeline import failed_report
    from compliance_docs.report.requests import request_letter

    report = failed_report("pt-rusak.zip", ruleset="permenko-11-2020", language="en",
                           problem="not a zip file").to_dict()
    assert {c["summary"] for c in report["criteria"]} == {"Screening failed: not a zip file"}
    items = request_letter(report)["items"]
    assert [i["citations"] for i in items] == [["Permenko 11/2020 Pasal 36"]]  # not twelve articles
    assert items[0]["text"].startswith("The application files could not be checked")


def test_a_batch_rerun_with_requests_writes_the_letters_an_unchanged_intake_still_lacks(tmp_path):
    from click.testing import CliRunner

    from compliance_docs.cli import main

    intake = intake_of(tmp_path, "pt-arunika-kreasi-edukasi")
    out = tmp_path / "reports"
    args = ["batch", str(intake), "--output-dir", str(out), "--format", "md", "--jobs", "1",
            "--no-pictures", "--no-register", "--quiet"]
    letter = out / "pt-arunika-kreasi-edukasi.requests.md"
    assert CliRunner().invoke(main, args).exit_code == 0 and not letter.exists()
    assert CliRunner().invoke(main, [*args, "--requests"]).exit_code == 0  # a run key of its own
    assert letter.is_file()
    letter.unlink()  # an unchanged intake, but a letter gone: not answered from the last state
    assert CliRunner().invoke(main, [*args, "--requests"]).exit_code == 0
    assert letter.is_file()
