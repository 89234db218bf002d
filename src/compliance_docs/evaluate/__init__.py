"""Evaluate: facts + ruleset -> a status with reasons and evidence for each criterion and check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import CriterionResult, Document, DocumentInfo
from .rulesets import DEFAULT_RULESET, Ruleset, load_ruleset, ruleset_ids

if TYPE_CHECKING:
    from ..extract import Extraction

__all__ = ["evaluate", "overall", "load_ruleset", "ruleset_ids", "DEFAULT_RULESET", "Ruleset"]


def evaluate(
    documents: list[DocumentInfo] | list[Document], found: Extraction, ruleset: Ruleset, *, language: str = "id"
) -> tuple[list[CriterionResult], list[CriterionResult]]:
    """Statuses from facts and the documents' metadata alone: a stored screening (its
    FactSheet) evaluates again under another ruleset without its documents."""
    # the rules (and rapidfuzz) load here: a resumed batch that screens nothing never needs them
    from . import checks as _checks  # noqa: F401  (registers the check rules)
    from .messages import Texts
    from .rules import RULES, Context, Result

    infos = [d if isinstance(d, DocumentInfo) else DocumentInfo.of(d) for d in documents]
    ctx = Context(infos, found, Texts(language))
    criteria = [RULES[c.rule](ctx, Result(ctx, c), c.params) for c in ruleset.criteria]
    checks = [RULES[c.rule](ctx, Result(ctx, c), c.params) for c in ruleset.checks]
    return criteria, checks


def overall(criteria: list[CriterionResult], checks: list[CriterionResult]) -> str:
    """As the contract defines it: not_met, then incomplete, then needs_review, else met. A
    check that fails (two companies' documents, a required document absent) asks for review: it
    never leaves a bundle `met`."""
    statuses = {c.status for c in criteria}
    if "not_met" in statuses:
        return "not_met"
    if "missing" in statuses:
        return "incomplete"
    if "needs_review" in statuses or any(c.status in ("needs_review", "not_met") for c in checks):
        return "needs_review"
    return "met"
