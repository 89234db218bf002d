"""`make profile` (bench/hotspots.py): where the time of the text path goes, in one process.

Does a batch worker's whole job for each bundle of the bench corpus (or of a folder) under
cProfile: screen, pictures, and the rendered HTML, Markdown and JSON, with the batch's default
options. Prints the functions with the most time, after building the spaCy pipeline, so the
start-up is not in the figures.

    python bench/hotspots.py [--bundles N] [--intake DIR] [--top 25] [--out FILE.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=int, default=39)
    parser.add_argument("--intake", type=Path, help="screen the bundles of this folder instead")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, help="also keep the raw profile here")
    args = parser.parse_args()

    from compliance_docs.batch import Options, bundles_in, preload, screen_to_rendered
    from compliance_docs.evaluate.rulesets import DEFAULT_RULESET
    from compliance_docs.report import FORMATS

    intake = args.intake
    if intake is None:
        from corpus import make_corpus

        intake = Path(tempfile.mkdtemp(prefix="cd-profile-")) / "intake"
        make_corpus(intake, args.bundles)
    bundles = bundles_in(intake)
    preload(rendering=True)  # as a batch worker: it renders its reports too
    options = Options(DEFAULT_RULESET, FORMATS, Path(tempfile.mkdtemp(prefix="cd-profile-out-")))
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    pages = 0
    for path in bundles:
        data, _ = screen_to_rendered(path, options)
        pages += sum(d["pages"] for d in data["documents"])
    profile.disable()
    seconds = time.perf_counter() - started
    print(f"{len(bundles)} bundles, {pages} pages in {seconds:.2f} s under the profiler "
          f"({pages / seconds:.0f} pages/s)\n")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(args.top)
        print(f"--- by {order} ---")
        print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))
    if args.out:
        profile.dump_stats(args.out)


if __name__ == "__main__":
    main()
