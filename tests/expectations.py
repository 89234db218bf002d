"""Hand-written expectations for whole bundles (samples/ and tests/bundles/), read the same way
by the tests and by bench/score.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

CONTRACT_FACTS = ("company_name", "entity_form", "ownership", "listed", "deed_number", "deed_date",
                  "notary_name", "ahu_number", "nib", "npwp", "provinces", "province_count",
                  "registered_users", "portal_urls", "training_partner_count", "payment_integration")
RULESETS = ("permenko-11-2020", "permenko-3-2020")


def load_expected(path: Path) -> dict[str, Any]:
    """{bundle id: {facts, <ruleset>: {criterion or check: status, overall}}}.

    samples/expected.yaml has that shape already (checks nested under `checks`); the corpora in
    tests/bundles/ write {bundles: {id: {facts, rulesets: {id: {criteria, checks, overall}}}}}."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    if "bundles" not in raw:
        for bundle_id, want in raw.items():
            entry = {"facts": want.get("facts", {})}
            for ruleset in RULESETS:
                statuses = dict(want[ruleset])
                statuses.update(statuses.pop("checks", {}) or {})
                entry[ruleset] = statuses
            out[bundle_id] = entry
        return out
    for bundle_id, want in raw["bundles"].items():
        entry = {"facts": want.get("facts", {}) or {}}
        for ruleset, statuses in want.get("rulesets", {}).items():
            entry[ruleset] = {**statuses.get("criteria", {}), **statuses.get("checks", {}),
                              "overall": statuses.get("overall")}
        out[bundle_id] = entry
    return out


def bundle_path(root: Path, bundle_id: str) -> Path:
    folder = root / bundle_id
    return folder if folder.is_dir() else root / f"{bundle_id}.zip"


def normal(value):
    """Names compare case-insensitively with spacing normalized (deeds write them in capitals);
    lists compare as sets."""
    if isinstance(value, str):
        return " ".join(value.lower().split())
    if isinstance(value, list):
        return sorted(normal(v) for v in value)
    return value
