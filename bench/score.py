"""Score screenings against hand-written expectations, per criterion and per fact.

    python bench/score.py CORPUS_DIR [--verbose]

CORPUS_DIR holds bundles (folders or .zip) and an expected.yaml in the format of
samples/expected.yaml. Prints, for every criterion, check and contract fact, how many bundles
agree, then each disagreement. Not a test: it measures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from compliance_docs import screen_path

CONTRACT_FACTS = ("company_name", "entity_form", "ownership", "listed", "deed_number", "deed_date",
                  "notary_name", "ahu_number", "nib", "npwp", "provinces", "province_count",
                  "registered_users", "portal_urls", "training_partner_count", "payment_integration")
RULESETS = ("permenko-11-2020", "permenko-3-2020")


def normal(value):
    if isinstance(value, str):
        return " ".join(value.lower().split())
    if isinstance(value, list):
        return sorted(normal(v) for v in value)
    return value


def bundle_path(root: Path, bundle_id: str) -> Path:
    folder = root / bundle_id
    return folder if folder.is_dir() else root / f"{bundle_id}.zip"


def load_expected(path: Path) -> dict:
    """samples/expected.yaml's shape, or {bundles: {id: {facts, rulesets: {id: {criteria,
    checks, overall}}}}}, as {id: {facts, <ruleset>: {criterion: status, checks, overall}}}."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "bundles" not in raw:
        return raw
    out = {}
    for bundle_id, want in raw["bundles"].items():
        entry = {"facts": want.get("facts", {})}
        for ruleset, statuses in want.get("rulesets", {}).items():
            entry[ruleset] = {**statuses.get("criteria", {}), "checks": statuses.get("checks", {}),
                              "overall": statuses.get("overall")}
        out[bundle_id] = entry
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print the reasons of each wrong status")
    args = parser.parse_args()
    expected = load_expected(args.corpus / "expected.yaml")
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    for bundle_id, want in sorted(expected.items()):
        path = bundle_path(args.corpus, bundle_id)
        if not path.exists():
            wrong.append(f"{bundle_id}: no such bundle")
            continue
        for ruleset in RULESETS:
            if ruleset not in want:
                continue
            got = screen_path(path, ruleset=ruleset).to_dict()
            items = {c["id"]: c for c in got["criteria"] + got["checks"]}
            expect = dict(want[ruleset])
            expect.update(expect.pop("checks", {}) or {})
            for key, status in expect.items():
                actual = got["overall"] if key == "overall" else items.get(key, {}).get("status")
                label = f"{ruleset}:{key}"
                total[label] += 1
                if actual == status:
                    right[label] += 1
                else:
                    line = f"{bundle_id} {label}: got {actual}, want {status}"
                    if args.verbose and key in items:
                        line += "\n      " + "\n      ".join(items[key]["reasons"])
                    wrong.append(line)
            if ruleset != RULESETS[0]:
                continue
            facts = {f["name"]: f["value"] for f in got["facts"]}
            wanted = want.get("facts", {}) or {}
            for name in CONTRACT_FACTS:
                if name not in wanted and name not in facts:
                    continue
                label = f"fact:{name}"
                total[label] += 1
                if normal(facts.get(name)) == normal(wanted.get(name)):
                    right[label] += 1
                else:
                    wrong.append(f"{bundle_id} {label}: got {facts.get(name)!r}, want {wanted.get(name)!r}")
    for label in sorted(total):
        print(f"{label:<44} {right[label]:>3}/{total[label]:<3}")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"{'all':<44} {all_right:>3}/{all_total:<3} ({all_right / max(all_total, 1):.3f})\n")
    print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
