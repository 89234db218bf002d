"""Score screenings against hand-written expectations, per criterion and per fact.

    python bench/score.py CORPUS_DIR [--verbose] [--confusion]

CORPUS_DIR holds bundles (folders or .zip) and an expected.yaml in a format that
tests/expectations.py reads (samples/ and tests/bundles/a and b have one each). Prints, for every criterion, check and contract fact, how many bundles
agree, then each disagreement. Not a test: it measures.

--confusion adds, per criterion, per check and for `overall`, a table of expected status (rows)
by got status (columns) over all bundles and both rulesets, and a last line with the overall
agreement as a ratio and the number of false `met` (got met where anything else was expected).
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
    parser.add_argument("--confusion", action="store_true",
                        help="print expected x got status tables per criterion, check and overall")
    args = parser.parse_args()
    expected = load_expected(args.corpus / "expected.yaml")
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    # key (criterion, check or "overall") -> Counter of (expected status, got status)
    confusion: dict[str, Counter[tuple[str, str]]] = {}
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
                confusion.setdefault(key, Counter())[(str(status), str(actual))] += 1
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
    if args.confusion:
        print_confusion(confusion)
    return 0


STATUS_ORDER = ("met", "not_met", "needs_review", "missing", "not_applicable", "incomplete")


def print_confusion(confusion: dict[str, Counter[tuple[str, str]]]) -> None:
    """One expected x got table per key, in expected.yaml order (criteria, checks), overall last."""
    print("\nConfusion (rows: expected, columns: got; both rulesets)")
    keys = [k for k in confusion if k != "overall"] + (["overall"] if "overall" in confusion else [])
    for key in keys:
        cells = confusion[key]
        seen = {s for pair in cells for s in pair}
        order = [s for s in STATUS_ORDER if s in seen] + sorted(seen - set(STATUS_ORDER))
        width = max(12, *(len(s) for s in order)) + 1
        agree = sum(n for (e, g), n in cells.items() if e == g)
        print(f"\n{key}  ({agree}/{sum(cells.values())} agree)")
        corner = "expected \\ got"
        print(f"  {corner:<{width}}" + "".join(f"{s:>{width}}" for s in order))
        for e in order:
            if not any(pe == e for pe, _ in cells):
                continue
            print(f"  {e:<{width}}" + "".join(f"{cells[(e, g)] or '.':>{width}}" for g in order))
    overall = confusion.get("overall", Counter())
    agree = sum(n for (e, g), n in overall.items() if e == g)
    n = sum(overall.values())
    false_met = sum(c for (e, g), c in overall.items() if g == "met" and e != "met")
    print(f"\noverall agreement {agree}/{n} ({agree / max(n, 1):.3f}); false met: {false_met}")


if __name__ == "__main__":
    sys.exit(main())
