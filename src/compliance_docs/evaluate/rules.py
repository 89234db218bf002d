"""One evaluator per rule id; each reads facts and parameters and explains its status."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..types import CriterionResult, DocumentInfo, Evidence, Fact
from .filenames import speaks_to, types_from_name
from .messages import Texts
from .wording import word

if TYPE_CHECKING:
    from ..extract import Extraction


@dataclass
class Context:
    documents: list[DocumentInfo]  # metadata only: evaluation never reads a document
    found: Extraction
    texts: Texts

    def docs(self, *types: str) -> list[DocumentInfo]:
        return [d for d in self.documents if d.type in types]

    def names(self, *types: str) -> str:
        return ", ".join(d.path for d in self.docs(*types))

    def unread(self, *, criterion: str | None = None, types: tuple[str, ...] = ()) -> list[DocumentInfo]:
        """Files that could not be read whose name says what they are ("05_Deskripsi_Sistem.pages"),
        of one of `types` or speaking to `criterion`: the evidence may be in them."""
        found = []
        for d in self.documents:
            if d.readable and d.type != "unreadable":
                continue
            kinds = types_from_name(d.path)
            if any(k in types or criterion in speaks_to().get(k, ()) for k in kinds):
                found.append(d)
        return found

    @property
    def ownership(self) -> str | None:
        return self.found.value("ownership")


class Result:
    """Builder for a CriterionResult: status, reasons and evidence gathered as we go."""

    def __init__(self, ctx: Context, criterion) -> None:
        self.ctx, self.criterion = ctx, criterion
        self.reasons: list[str] = []
        self.codes: list[str] = []
        self.evidence: list[Evidence] = []
        # every reason with its values, and the rule's own (a threshold): what the summary
        # and the requests are worded from
        self.said: list[tuple[str, dict]] = []
        self.rule_values: dict = {}

    def say(self, key: str, **params) -> Result:
        # the message key is the stable reason code: remediation and policy tests key on it
        code = f"{self.criterion.id}.{key}"
        if code not in self.codes:
            self.codes.append(code)
        reason = self.ctx.texts.reason(key, **params)
        if reason not in self.reasons:  # two statements signed by one director: one line
            self.reasons.append(reason)
        self.said.append((key, params))
        return self

    def say_first(self, key: str, **params) -> Result:
        """A reason put before those already said (a verdict reached after the findings)."""
        self.codes.insert(0, f"{self.criterion.id}.{key}")
        self.reasons.insert(0, self.ctx.texts.reason(key, **params))
        self.said.insert(0, (key, params))
        return self

    def given(self, **values) -> Result:
        """Values of the rule (a threshold, a minimum) that the summary and requests may cite."""
        self.rule_values.update(values)
        return self

    def cite(self, *facts: Fact | None) -> Result:
        for fact in facts:
            if fact is not None:
                self.evidence.extend(e for e in fact.evidence if e not in self.evidence)
        return self

    def done(self, status: str) -> CriterionResult:
        if status == "missing":
            unread = self.ctx.unread(criterion=self.criterion.id)
            if unread:  # nothing read speaks to it, but a file meant to could not be read
                status = "needs_review"
                self.say("source_unreadable", documents=", ".join(d.path for d in unread))
        if status == "met" and not self.evidence:
            # never met without evidence: the evaluator found no quote to show
            status = "needs_review"
            self.say("no_quote")
        if not self.said:
            self.say("no_source")
        title = self.ctx.texts.pick(self.criterion.title)
        wording = word(self.ctx.texts, self.criterion.id, status, self.said,
                       given=self.rule_values, citation=self.criterion.citation, title=title)
        return CriterionResult(
            id=self.criterion.id,
            title=title,
            citation=self.criterion.citation,
            status=status,
            reasons=self.reasons,
            reason_codes=self.codes,
            evidence=self.evidence[:12],
            looked_for=self.ctx.texts.looked_for(self.criterion.id),
            summary=wording.summary,
            summary_code=wording.summary_code,
            details=wording.details,
            requests=wording.requests,
        )


Rule = Callable[[Context, Result, dict], CriterionResult]
RULES: dict[str, Rule] = {}


def rule(name: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES[name] = fn
        return fn

    return register


DEEDS = ("deed_of_establishment", "deed_amendment")


@rule("legal_entity")
def legal_entity(ctx: Context, r: Result, p: dict) -> CriterionResult:
    f = ctx.found
    form, ownership, name = f.get("entity_form"), f.get("ownership"), f.get("company_name")
    if form is None:
        if ctx.docs(*DEEDS, "government_decree"):
            return r.say("form_unrecognised", documents=ctx.names(*DEEDS, "government_decree")).done("needs_review")
        return r.done("missing")
    own = ownership.value if ownership else "private"
    r.cite(name or form).say(
        "form_found", form=form.value, ownership=ctx.texts.value("ownership", own),
        name=name.value if name else "-",
    )
    if form.value == "OTHER":
        return r.say("form_other").done("needs_review")
    allowed = any(form.value == a["form"] and own in a["ownership"] for a in p["allowed"])
    if not allowed:
        refused = p.get("refused", {})
        why = refused.get(own) if own != "private" else None
        why = why or refused.get(form.value) or refused.get("other", {})
        r.cite(ownership)
        return r.say("form_refused", why=ctx.texts.pick(why)).done("not_met")
    r.say("form_allowed", form=form.value, ownership=ctx.texts.value("ownership", own),
          citation=r.criterion.citation)
    if form.value == "GOVERNMENT_AGENCY":
        if not ctx.docs("government_decree"):
            return r.say("decree_missing").done("needs_review")
        return r.say("decree_found", documents=ctx.names("government_decree")).done("met")
    decree_instead = own in ("bumn", "bumd") and ctx.docs("government_decree")
    if not ctx.docs(*DEEDS) and not decree_instead:
        return r.say("deed_missing").done("needs_review")
    if form.value in p.get("requires_ahu", []) and not decree_instead:
        ahu = f.get("ahu_number")
        if ahu is None:
            return r.say("ahu_missing").done("needs_review")
        r.cite(ahu).say("ahu_found", ahu=ahu.value)
        other = _approves_another_deed(ctx, ahu)
        if other is not None:
            return r.cite(other).say("ahu_for_another_deed", ahu=ahu.value, number=other.value["number"],
                                     date=other.value["date"] or "-").done("needs_review")
        latest = f.get("deed_date")
        codes = p.get("amendment_approvals")
        if (codes and latest is not None and latest.document_type == "deed_amendment"
                and not any(code in ahu.value for code in codes) and _older_than(ahu, latest)):
            deed = latest.evidence[0].document if latest.evidence else "-"
            return r.cite(latest).say("ahu_not_for_amendment", deed=deed, ahu=ahu.value).done("needs_review")
    return r.done("met")


def _older_than(ahu, deed) -> bool:
    """Whether the approval is from a year before the deed's: a CV turned into a PT gets a
    founding approval (AH.01.01) for its conversion deed, in the deed's own year."""
    approved = ahu.act_year()
    dated = re.match(r"(\d{4})-", str(deed.value))
    return bool(approved and dated) and approved < int(dated.group(1))


def _approves_another_deed(ctx: Context, ahu):
    """The deed the approval decree cites ("sesuai salinan Akta Nomor 5 tanggal 2 Januari 2017"),
    when no deed in the bundle has that number or that date; else None. Either one agreeing is
    enough: a scanned deed's number or date may be misread, not both."""
    decree = ahu.evidence[0].document if ahu.evidence else None
    cited = [c for c in ctx.found.all("approved_deed") if c.evidence and c.evidence[0].document == decree]
    if not cited:
        return None
    deeds: dict[str, dict[str, str]] = {}
    for name in ("deed_number", "deed_date"):
        for c in ctx.found.all(name):
            if c.document_type in DEEDS and c.evidence:
                deeds.setdefault(c.evidence[0].document, {})[name] = str(c.value)
    if not deeds:
        return None

    def fits(c, deed: dict[str, str]) -> bool:
        number = deed.get("deed_number", "").lstrip("0") or "0"
        date = deed.get("deed_date")
        return number == c.value["number"] or bool(date and date == c.value["date"])

    if any(fits(c, deed) for c in cited for deed in deeds.values()):
        return None
    return cited[0]


@rule("business_license")
def business_license(ctx: Context, r: Result, p: dict) -> CriterionResult:
    own = ctx.ownership
    if own is not None and own not in p["applies_to"]:
        return r.say("not_applicable_operator", citation=r.criterion.citation,
                     applies=", ".join(ctx.texts.value("ownership", a) for a in p["applies_to"]),
                     ownership=ctx.texts.value("ownership", own)).done("not_applicable")
    nib = ctx.found.get("nib")
    inactive = ctx.found.get("licence_inactive")
    if inactive is not None:  # the licence's own document says it is frozen or ended
        if nib is not None:
            r.cite(nib)
        where = inactive.evidence[0] if inactive.evidence else None
        return r.cite(inactive).say("licence_inactive", quote=where.quote if where else "-",
                                    document=where.document if where else "-").done("needs_review")
    if nib is not None:
        return r.cite(nib).say("nib_found", nib=nib.value).done("met")
    licence = ctx.found.get("business_licence")
    if licence is not None:
        return r.cite(licence).say("licence_named", quote=licence.value).done("met")
    if ctx.docs("business_license"):
        return r.say("licence_doc_without_number", documents=ctx.names("business_license")).done("needs_review")
    return r.done("missing")


def _threshold(p: dict) -> int:
    return math.ceil(p["province_total"] * p["threshold"])


@rule("national_coverage")
def national_coverage(ctx: Context, r: Result, p: dict) -> CriterionResult:
    f = ctx.found
    total, need = p["province_total"], _threshold(p)
    r.given(threshold=need, total=total)
    listed, stated = f.get("provinces"), f.get("stated_province_count")
    claims = f.all("national_claim")
    claim = next((c for c in claims if c.value), None)
    denial = next((c for c in claims if not c.value), None)
    n_listed = len(listed.value) if listed else None
    n_stated = stated.value if stated else None
    if listed:
        r.cite(listed).say("provinces_listed", count=n_listed, threshold=need, total=total)
    if stated:
        r.cite(stated).say("provinces_stated", count=n_stated, threshold=need, total=total)
    mismatch = f.get("users_total_mismatch")
    if mismatch:  # the table's total and its rows disagree: neither is picked silently
        r.cite(mismatch).say("users_total_mismatch", **mismatch.value)
    met = "needs_review" if mismatch else "met"
    blank = f.get("provinces_without_count")
    if blank:  # rows of a users table whose number is empty or could not be read: not counted
        r.cite(blank).say("rows_without_count", count=len(blank.value), provinces=", ".join(blank.value))
    counts = [n for n in (n_listed, n_stated) if n is not None]
    if n_listed is not None and n_stated is not None and (n_listed >= need) != (n_stated >= need):
        return r.say("list_vs_stated", listed=n_listed, stated=n_stated).done("needs_review")
    best = max(counts) if counts else None
    if best is not None and best >= need:
        return r.done(met)
    if blank and (n_listed or 0) + len(blank.value) >= need:
        # the threshold is reached only if the rows without a number have users
        return r.say("rows_without_count_decide", count=n_listed or 0, blank=len(blank.value),
                     threshold=need, total=total).done("needs_review")
    if p.get("claim_suffices"):
        if denial and not claim:
            return r.cite(denial).say("claim_denied").done("not_met")
        explicit = [c for c in claims if c.value and not c.rule.endswith("-idiom")]
        if explicit and best is not None:
            # the rules table: a claim beside a list of fewer provinces is contradicted by it
            return r.cite(explicit[0]).say("claim_contradicted", count=best).done("needs_review")
        if explicit:
            return r.cite(explicit[0]).say("claim_found").done(met)
        if claim:  # "dari Sabang sampai Merauke"
            return r.cite(claim).say("claim_idiom").done("needs_review")
        if best is not None:
            return r.say("list_below_no_claim", count=best, threshold=need).done("needs_review")
        return r.done("missing")
    if best is not None:
        return r.say("below_threshold", threshold=need, count=best).done("not_met")
    if denial and not claim:
        return r.cite(denial).say("claim_denied").done("not_met")
    if claim:
        return r.cite(claim).say("claim_only", citation=r.criterion.citation).done("needs_review")
    return r.done("missing")


ASPECTS = ("infrastructure", "security", "availability", "integration")


@rule("it_system")
def it_system(ctx: Context, r: Result, p: dict) -> CriterionResult:
    aspects = ctx.found.all("it_aspect")
    found = sorted({a.value for a in aspects}, key=ASPECTS.index)
    texts = ctx.texts
    r.given(minimum=p["min_aspects"])
    if not found and not ctx.docs("system_description"):
        return r.done("missing")
    r.cite(*aspects)
    if found:
        r.say("aspects_found", aspects=", ".join(texts.value("aspect", a) for a in found),
              count=len(found), minimum=p["min_aspects"])
        absent = [a for a in ASPECTS if a not in found]
        if absent:
            r.say("aspects_missing", aspects=", ".join(texts.value("aspect", a) for a in absent))
    else:
        r.say("system_doc_without_aspects", documents=ctx.names("system_description"))
    status = "met" if len(found) >= p["min_aspects"] else "needs_review"
    if p.get("require_payment_integration"):
        payment = ctx.found.all("payment_integration")
        affirmed = [f for f in payment if f.value]
        denied = [f for f in payment if not f.value]
        if denied and not affirmed:
            return r.cite(*denied).say("payment_denied").done("not_met")
        if affirmed:
            r.cite(affirmed[0]).say("payment_yes")
        else:
            general = ctx.found.all("payment_mentioned")
            if general:
                r.cite(general[0]).say("payment_general")
            r.say("payment_silent", citation=r.criterion.citation)
            status = "needs_review"
    return r.done(status)


@rule("online_portal")
def online_portal(ctx: Context, r: Result, p: dict) -> CriterionResult:
    urls = ctx.found.get("portal_urls")
    if urls is None:
        return r.done("missing")
    return r.cite(urls).say("portal_found", urls=", ".join(urls.value)).done("met")


def _partner_count(ctx: Context) -> tuple[int, Fact | None]:
    count = ctx.found.get("training_partner_count")
    return (count.value, count) if count else (0, None)


@rule("training_partners")
def training_partners(ctx: Context, r: Result, p: dict) -> CriterionResult:
    n, count = _partner_count(ctx)
    listed = ctx.found.get("training_partners")
    competency = ctx.found.get("competency_basis")
    denied = ctx.found.get("partners_denied")
    if n == 0 and denied is not None:
        return r.cite(denied).say("partners_denied").done("not_met")
    if n == 0 and competency is None:
        return r.done("missing")
    if n:
        r.cite(listed or count).say("partners_listed" if listed else "partners_stated", count=n)
    if competency is None:
        return r.say("competency_missing").done("needs_review")
    r.cite(competency)
    if not n:
        return r.say("competency_without_partners").done("needs_review")
    return r.say("competency_found").done("met")


def external_partners(ctx: Context) -> list[str]:
    listed = ctx.found.get("training_partners")
    company = ctx.found.value("company_name", "")
    names = listed.value if listed else []
    return [n for n in names if not company or fuzz.token_set_ratio(_bare(n), _bare(company)) < 90]


def _bare(name: str) -> str:
    return re.sub(r"\b(pt|cv|tbk|persero|perseroda)\b|[^\w\s]", " ", name.lower()).strip()


@rule("open_marketplace")
def open_marketplace(ctx: Context, r: Result, p: dict) -> CriterionResult:
    statements = ctx.found.all("marketplace_open")
    own_only = [s for s in statements if s.value is False and s.rule == "own-courses-only"]
    denied = [s for s in statements if s.value is False and s.rule != "own-courses-only"]
    opened = [s for s in statements if s.value is True]
    external = external_partners(ctx)
    stated = ctx.found.get("stated_partner_count")
    minimum = p["min_external_providers"]
    r.given(minimum=minimum)
    n = len(external) or (stated.value if stated else 0)
    no_partners = ctx.found.get("partners_denied") if not n else None
    if own_only or (denied and not opened) or (no_partners and not opened):
        if own_only or denied:
            r.cite(*(own_only or denied)).say("own_courses_only" if own_only else "marketplace_denied")
        if no_partners:
            r.cite(no_partners).say("partners_denied")
        if n >= minimum or opened:
            # "only our own courses" beside a list of outside providers: the verifier decides
            r.cite(ctx.found.get("training_partners") or stated, *opened[:1])
            r.say("external_providers", count=n, minimum=minimum).say("marketplace_conflict")
            return r.done("needs_review")
        if n:
            r.say("external_providers", count=n, minimum=minimum)
        return r.done("not_met")
    if opened:
        r.cite(opened[0]).say("marketplace_statement")
    if n:
        r.cite(ctx.found.get("training_partners") or stated).say("external_providers", count=n, minimum=minimum)
    if opened or n >= minimum:
        return r.done("met")
    if n:
        return r.say("too_few_providers", count=n, minimum=minimum).done("needs_review")
    return r.done("missing")
