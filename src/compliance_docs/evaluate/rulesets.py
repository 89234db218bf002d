"""Rulesets as data: YAML files of criteria with citations and parameters, validated on load."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from ..data import YAML_LOADER, load_validated
from ..errors import InvalidDataFile, UnknownRuleset

DEFAULT_RULESET = "permenko-11-2020"
CRITERION_IDS = ("legal_entity", "business_license", "national_coverage", "it_system",
                 "online_portal", "training_partners", "open_marketplace")
CHECK_IDS = ("bundle_complete", "identity_consistent", "signatory_authorized", "document_quality",
             "document_integrity")


@dataclass(frozen=True)
class Criterion:
    id: str
    rule: str
    title: dict[str, str]
    citation: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Ruleset:
    id: str
    title: dict[str, str]
    citation: str
    criteria: tuple[Criterion, ...]
    checks: tuple[Criterion, ...]
    sha256: str = ""  # of the ruleset file, so a changed ruleset re-screens a batch
    version: str = ""
    effective: str = ""  # when the regulation took effect: YYYY-MM-DD, YYYY-MM or YYYY
    amends: str = ""  # the ruleset this one amends, for a PMO's own amended copy
    source: str = ""  # the file it was read from


def _folder():
    return files("compliance_docs.data").joinpath("rulesets")


def ruleset_ids() -> list[str]:
    # the policy tests beside each ruleset (<id>.tests.yaml) are no ruleset
    return sorted(p.name[:-5] for p in _folder().iterdir()
                  if p.name.endswith(".yaml") and not p.name.endswith(".tests.yaml"))


@cache
def load_ruleset(ruleset_id: str) -> Ruleset:
    """A shipped ruleset by id, or a ruleset YAML file by path."""
    if ruleset_id.endswith((".yaml", ".yml")) and Path(ruleset_id).is_file():
        source, text = ruleset_id, Path(ruleset_id).read_text(encoding="utf-8")
    else:
        entry = _folder().joinpath(f"{ruleset_id}.yaml")
        if not entry.is_file():
            known = ", ".join(ruleset_ids())
            raise UnknownRuleset(f"unknown ruleset '{ruleset_id}' (known: {known})")
        source, text = f"{ruleset_id}.yaml", entry.read_text(encoding="utf-8")
    if source == ruleset_id:  # a file of the user's: every mistake named by line and field
        raw = load_validated(text, source, "ruleset.schema.json")
    else:  # a shipped ruleset, validated against the same schema by the test suite
        raw = yaml.load(text, Loader=YAML_LOADER)
    return _parse(raw, source, hashlib.sha256(text.encode()).hexdigest())


def _parse(raw: Any, source: str, sha256: str = "") -> Ruleset:
    from . import checks as _checks  # noqa: F401  (registers the check rules)
    from .rules import RULES

    def need(mapping: Any, key: str, where: str) -> Any:
        if not isinstance(mapping, dict) or key not in mapping:
            raise InvalidDataFile(f"{source}: {where}: missing field '{key}'")
        return mapping[key]

    def items(key: str, allowed: tuple[str, ...]) -> tuple[Criterion, ...]:
        out = []
        for i, item in enumerate(need(raw, key, "top level")):
            where = f"{key}[{i}]"
            cid = need(item, "id", where)
            rule = need(item, "rule", where)
            if cid not in allowed:
                raise InvalidDataFile(f"{source}: {where}: unknown id '{cid}'")
            if rule not in RULES:
                raise InvalidDataFile(f"{source}: {where}: unknown rule '{rule}'")
            title = need(item, "title", where)
            if not isinstance(title, dict) or not {"id", "en"} <= title.keys():
                raise InvalidDataFile(f"{source}: {where}: title needs 'id' and 'en'")
            params = item.get("params") or {}
            if "threshold" in params:
                try:
                    params["threshold"] = Fraction(str(params["threshold"]))
                except (ValueError, ZeroDivisionError) as exc:
                    raise InvalidDataFile(f"{source}: {where}: threshold: {exc}") from exc
            out.append(Criterion(cid, rule, title, str(need(item, "citation", where)), params))
        return tuple(out)

    title = need(raw, "title", "top level")
    return Ruleset(
        id=str(need(raw, "id", "top level")),
        title=title if isinstance(title, dict) else {"id": str(title), "en": str(title)},
        citation=str(need(raw, "citation", "top level")),
        criteria=items("criteria", CRITERION_IDS),
        checks=items("checks", CHECK_IDS),
        sha256=sha256,
        version=str(raw.get("version", "")),
        effective=str(raw.get("effective", "")),
        amends=str(raw.get("amends", "")),
        source=source,
    )
