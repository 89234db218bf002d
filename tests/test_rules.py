"""Every cell of the "Screening rules v1" table, for both rulesets, on facts as extracted."""

from __future__ import annotations

import pytest

from compliance_docs.evaluate import evaluate, load_ruleset, overall
from compliance_docs.extract import Extraction
from compliance_docs.types import CriterionResult, Document, Evidence, Fact, Page

R3, R11 = "permenko-3-2020", "permenko-11-2020"
PROVINCES_30 = [f"Provinsi {i}" for i in range(30)]


def doc(kind: str, name: str | None = None) -> Document:
    d = Document(path=name or f"{kind}.pdf", sha256="0" * 64, size=10,
                 pages=[Page(1, f"{kind} text", "text_layer")])
    d.type = kind
    return d


def fact(name: str, value, document: str = "akta.pdf", kind: str = "deed_of_establishment",
         rule: str = "test") -> Fact:
    return Fact(name, value, [Evidence(document, 1, f"quote for {name}")], 0.9, rule, kind)


def run(ruleset: str, facts: list[Fact], docs: list[Document]) -> dict[str, CriterionResult]:
    found = Extraction(candidates=facts, facts=_single(facts))
    criteria, checks = evaluate(docs, found, load_ruleset(ruleset))
    return {c.id: c for c in criteria + checks}


def _single(facts: list[Fact]) -> list[Fact]:
    seen: dict[str, Fact] = {}
    for f in facts:
        seen.setdefault(f.name, f)
    return list(seen.values())


def entity(form: str, ownership: str, name: str = "PT Contoh Digital") -> list[Fact]:
    return [fact("company_name", name), fact("entity_form", form), fact("ownership", ownership)]


AHU = fact("ahu_number", "AHU-0012345.AH.01.01.TAHUN 2019", "sk.pdf", "ministry_approval")
DEED_DOCS = [doc("deed_of_establishment", "akta.pdf"), doc("ministry_approval", "sk.pdf")]
DECREE_DOCS = [doc("government_decree", "kepmen.pdf")]


@pytest.mark.parametrize(
    "ruleset, form, ownership, with_ahu, docs, expected",
    [
        (R3, "PT", "private", True, DEED_DOCS, "met"),
        (R3, "PT", "bumn", True, DEED_DOCS, "met"),
        (R3, "PT", "bumd", True, DEED_DOCS, "met"),
        (R3, "PERUM", "bumn", False, DECREE_DOCS, "met"),
        (R3, "PERUMDA", "bumd", False, DECREE_DOCS, "met"),
        (R3, "GOVERNMENT_AGENCY", "government", False, DECREE_DOCS, "met"),
        (R3, "CV", "private", False, DEED_DOCS, "not_met"),
        (R3, "FIRMA", "private", False, DEED_DOCS, "not_met"),
        (R3, "YAYASAN", "private", False, DEED_DOCS, "not_met"),
        (R3, "KOPERASI", "private", False, DEED_DOCS, "not_met"),
        (R3, "PERKUMPULAN", "private", False, DEED_DOCS, "not_met"),
        (R3, "PT", "private", False, DEED_DOCS[:1], "needs_review"),
        (R11, "PT", "private", True, DEED_DOCS, "met"),
        (R11, "PT", "bumn", True, DEED_DOCS, "met"),
        (R11, "GOVERNMENT_AGENCY", "government", False, DECREE_DOCS, "met"),
        (R11, "PT", "bumd", True, DEED_DOCS, "not_met"),
        (R11, "PERUMDA", "bumd", False, DECREE_DOCS, "not_met"),
        (R11, "PERUM", "bumn", False, DECREE_DOCS, "not_met"),
        (R11, "CV", "private", False, DEED_DOCS, "not_met"),
        (R11, "YAYASAN", "private", False, DEED_DOCS, "not_met"),
        (R11, "KOPERASI", "private", False, DEED_DOCS, "not_met"),
        (R11, "PT", "private", False, DEED_DOCS[:1], "needs_review"),
    ],
)
def test_legal_entity(ruleset, form, ownership, with_ahu, docs, expected):
    facts = entity(form, ownership) + ([AHU] if with_ahu else [])
    result = run(ruleset, facts, docs)["legal_entity"]
    assert result.status == expected, result.reasons
    assert result.reasons


@pytest.mark.parametrize("ruleset", [R3, R11])
def test_legal_entity_missing_without_any_deed_or_decree(ruleset):
    result = run(ruleset, [], [doc("coverage_statement")])["legal_entity"]
    assert result.status == "missing"
    assert result.looked_for


@pytest.mark.parametrize(
    "ruleset, ownership, with_nib, expected",
    [
        (R3, "private", True, "met"),
        (R3, "private", False, "missing"),
        (R3, "bumn", False, "not_applicable"),
        (R3, "bumd", False, "not_applicable"),
        (R3, "government", False, "not_applicable"),
        (R11, "private", True, "met"),
        (R11, "bumn", True, "met"),
        (R11, "bumn", False, "missing"),
        (R11, "bumd", False, "not_applicable"),
        (R11, "government", False, "not_applicable"),
    ],
)
def test_business_license(ruleset, ownership, with_nib, expected):
    facts = entity("PT", ownership)
    if with_nib:
        facts.append(fact("nib", "9120001234567", "nib.pdf", "business_license"))
    assert run(ruleset, facts, DEED_DOCS)["business_license"].status == expected


def test_business_license_needs_review_when_licence_document_has_no_number():
    result = run(R11, entity("PT", "private"), [doc("business_license")])["business_license"]
    assert result.status == "needs_review"


def coverage(listed: int | None = None, stated: int | None = None, claim: bool | str | None = None):
    """`claim`: True or a kind ("scale": "berskala nasional", "all": "seluruh provinsi",
    "idiom": "dari Sabang sampai Merauke"), False for a denial."""
    facts = []
    if listed is not None:
        facts.append(fact("provinces", PROVINCES_30[:listed], "cakupan.pdf", "coverage_statement"))
    if stated is not None:
        facts.append(fact("stated_province_count", stated, "cakupan.pdf", "coverage_statement"))
    if claim is not None:
        kind = claim if isinstance(claim, str) else "scale"
        facts.append(fact("national_claim", claim is not False, "cakupan.pdf", "coverage_statement",
                          rule=f"national-claim-{kind}"))
    return facts


@pytest.mark.parametrize(
    "ruleset, listed, stated, claim, expected",
    [
        (R3, None, None, True, "met"),            # explicit national claim
        (R3, 26, None, None, "met"),              # users in at least 26 provinces
        (R3, 30, None, True, "met"),
        (R3, 18, None, None, "needs_review"),     # list below 26, no claim
        (R3, 18, None, "all", "needs_review"),    # "seluruh provinsi" contradicted by the list
        (R3, 18, None, "scale", "needs_review"),  # "berskala nasional" contradicted by 18 listed
        (R3, None, 18, "scale", "needs_review"),  # ... or by 18 stated as a number
        (R3, None, None, "idiom", "needs_review"),  # "dari Sabang sampai Merauke"
        (R11, None, None, "idiom", "needs_review"),
        (R3, None, None, False, "not_met"),       # explicit statement: not national
        (R3, None, None, None, "missing"),
        (R11, 26, None, None, "met"),             # threshold is 26 of 38
        (R11, None, 31, None, "met"),             # stated as a number
        (R11, 25, None, None, "not_met"),
        (R11, 18, None, True, "not_met"),
        (R11, None, 20, None, "not_met"),
        (R11, None, None, True, "needs_review"),  # only a qualitative claim
        (R11, None, None, None, "missing"),
        (R11, 10, 30, None, "needs_review"),      # list and stated number disagree
    ],
)
def test_national_coverage(ruleset, listed, stated, claim, expected):
    result = run(ruleset, coverage(listed, stated, claim), [doc("coverage_statement", "cakupan.pdf")])
    assert result["national_coverage"].status == expected, result["national_coverage"].reasons


def test_threshold_is_a_ruleset_parameter():
    rules = load_ruleset(R11)
    params = next(c for c in rules.criteria if c.id == "national_coverage").params
    assert params["province_total"] == 38
    assert params["province_total"] * params["threshold"] > 25


def system(aspects: list[str], payment: bool | None = None, general_payment: bool = False):
    facts = [fact("it_aspect", a, "sistem.pdf", "system_description") for a in aspects]
    if payment is not None:
        facts.append(fact("payment_integration", payment, "sistem.pdf", "system_description"))
    if general_payment:
        facts.append(fact("payment_mentioned", True, "sistem.pdf", "system_description"))
    return facts


FOUR = ["infrastructure", "security", "availability", "integration"]


@pytest.mark.parametrize(
    "ruleset, aspects, payment, expected",
    [
        (R3, FOUR, None, "met"),
        (R3, FOUR[:3], None, "met"),
        (R3, FOUR[:2], None, "needs_review"),
        (R3, FOUR[:1], None, "needs_review"),
        (R3, [], None, "missing"),
        (R11, FOUR, True, "met"),
        (R11, FOUR[:3], True, "met"),
        (R11, FOUR, None, "needs_review"),   # payment integration not spoken to
        (R11, FOUR, False, "not_met"),       # payment integration denied
        (R11, FOUR[:2], True, "needs_review"),
        (R11, [], None, "missing"),
    ],
)
def test_it_system(ruleset, aspects, payment, expected):
    docs = [doc("system_description", "sistem.pdf")] if aspects else []
    result = run(ruleset, system(aspects, payment), docs)["it_system"]
    assert result.status == expected, result.reasons


def test_it_system_general_payment_is_not_programme_integration():
    result = run(R11, system(FOUR, general_payment=True), [doc("system_description")])["it_system"]
    assert result.status == "needs_review"


@pytest.mark.parametrize("ruleset", [R3, R11])
def test_online_portal(ruleset):
    met = run(ruleset, [fact("portal_urls", ["belajar.id"], "sistem.pdf", "system_description")], [])
    assert met["online_portal"].status == "met"
    assert run(ruleset, [], [doc("system_description")])["online_portal"].status == "missing"


@pytest.mark.parametrize("ruleset", [R3, R11])
@pytest.mark.parametrize(
    "partners, competency, expected",
    [(3, True, "met"), (3, False, "needs_review"), (0, False, "missing"), (0, True, "needs_review")],
)
def test_training_partners(ruleset, partners, competency, expected):
    facts = []
    if partners:
        names = [f"LPK Mitra {i}" for i in range(partners)]
        facts += [fact("training_partners", names, "mitra.pdf", "partner_list"),
                  fact("training_partner_count", partners, "mitra.pdf", "partner_list")]
    if competency:
        facts.append(fact("competency_basis", True, "mitra.pdf", "partner_list"))
    assert run(ruleset, facts, [doc("partner_list", "mitra.pdf")])["training_partners"].status == expected


@pytest.mark.parametrize("ruleset", [R3, R11])
@pytest.mark.parametrize(
    "partners, statement, expected",
    [
        (["LPK Satu Karya", "LKP Dua Mandiri"], None, "met"),
        ([], True, "met"),
        (["LPK Satu Karya"], None, "needs_review"),
        ([], "own", "not_met"),
        ([], None, "missing"),
        # the applicant itself listed as its own partner is not an external provider
        (["PT Contoh Digital", "LPK Satu Karya"], None, "needs_review"),
    ],
)
def test_open_marketplace(ruleset, partners, statement, expected):
    facts = entity("PT", "private")
    if partners:
        facts.append(fact("training_partners", partners, "mitra.pdf", "partner_list"))
    if statement is True:
        facts.append(fact("marketplace_open", True, "mitra.pdf", "partner_list", rule="marketplace-open"))
    elif statement == "own":
        facts.append(fact("marketplace_open", False, "mitra.pdf", "partner_list", rule="own-courses-only"))
    assert run(ruleset, facts, [doc("partner_list", "mitra.pdf")])["open_marketplace"].status == expected


def status(value: str) -> CriterionResult:
    return CriterionResult("x", "x", "x", value)


@pytest.mark.parametrize(
    "criteria, checks, expected",
    [
        (["met", "not_met", "missing"], ["met"], "not_met"),
        (["met", "missing", "needs_review"], ["met"], "incomplete"),
        (["met", "needs_review"], ["met"], "needs_review"),
        (["met", "met"], ["needs_review"], "needs_review"),
        (["met", "not_applicable"], ["met", "missing"], "met"),
        # the contract as amended: a failed check (two companies, a document absent) is reviewed
        (["met", "met"], ["not_met", "met"], "needs_review"),
        (["met", "missing"], ["not_met"], "incomplete"),
        (["not_met"], ["not_met"], "not_met"),
    ],
)
def test_overall(criteria, checks, expected):
    assert overall([status(s) for s in criteria], [status(s) for s in checks]) == expected


def test_met_is_never_given_without_evidence():
    facts = [Fact("portal_urls", ["x.id"], [], 0.9, "test", "system_description")]
    result = run(R11, facts, [])["online_portal"]
    assert result.status == "needs_review"


def test_signatory_must_be_a_director_not_a_commissioner():
    facts = [
        fact("officer", {"name": "Budi Santoso", "role": "direktur utama"}),
        fact("officer", {"name": "Rina Wijaya", "role": "komisaris"}),
        fact("signatory", {"name": "Budi Santoso", "role": "direktur utama"}, "cakupan.pdf", "coverage_statement"),
    ]
    assert run(R11, facts, DEED_DOCS)["signatory_authorized"].status == "met"
    facts[2] = fact("signatory", {"name": "Rina Wijaya", "role": "direktur"}, "cakupan.pdf", "coverage_statement")
    assert run(R11, facts, DEED_DOCS)["signatory_authorized"].status == "not_met"  # the deed shows it
    facts[2] = fact("signatory", {"name": "Joko Susilo", "role": "direktur"}, "cakupan.pdf", "coverage_statement")
    assert run(R11, facts, DEED_DOCS)["signatory_authorized"].status == "needs_review"  # unknown: ask


def test_identity_conflict_needs_review():
    facts = [fact("nib", "9120001234567", "nib.pdf", "business_license"),
             fact("nib", "9120001234568", "cakupan.pdf", "coverage_statement")]
    result = run(R11, facts, [])["identity_consistent"]
    assert result.status == "needs_review"
    assert "9120001234568" in " ".join(result.reasons)


def test_reason_codes_name_the_finding_and_exist_as_messages():
    from importlib.resources import files

    import yaml

    from compliance_docs.evaluate.messages import Texts  # noqa: F401  (the messages file is the vocabulary)

    keys = set(yaml.safe_load(files("compliance_docs.data").joinpath("messages.yaml").read_text())["reasons"])
    result = run(R11, coverage(20, None, None), [doc("coverage_statement", "cakupan.pdf")])
    assert result["national_coverage"].status == "not_met"
    assert "national_coverage.below_threshold" in result["national_coverage"].reason_codes
    for item in result.values():
        assert item.reason_codes, item.id
        for code in item.reason_codes:
            criterion, key = code.split(".")
            assert criterion == item.id and key in keys, code
