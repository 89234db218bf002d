"""Score screenings against hand-written expectations, per criterion and per fact.

    python bench/score.py CORPUS_DIR [--verbose]

CORPUS_DIR holds bundles (folders or .zip) and an expected.yaml in a format that
tests/expectations.py reads (samples/ and tests/bundles/a and b have one each). Prints, for every criterion, check and contract fact, how many bundles
agree, then each disagreement. Not a test: it measures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from compliance_docs import screen_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from expectations import CONTRACT_FACTS, RULESETS, bundle_path, load_expected, normal  # noqa: E402

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
            expect = want[ruleset]
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
