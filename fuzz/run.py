"""`make fuzz`: every harness target for its share of FUZZ_SECONDS (default 600 in all).

Each target starts from a corpus of seeds (fuzz/corpus/TARGET, kept between runs); libFuzzer
stops a run at a crash, a time-out (10 s per input) or 1.5 GB of memory, and writes the input
under fuzz/crashes/. Every crash input is copied to fuzz/regressions/TARGET/, which
tests/hostile/test_fuzz_regressions.py replays in `make test`: fix it, keep the file.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import targets  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("targets", nargs="*", default=list(targets.TARGETS))
    args = parser.parse_args()
    share = max(int(args.seconds / len(args.targets)), 5)
    found = 0
    for target in args.targets:
        corpus = ROOT / "corpus" / target
        corpus.mkdir(parents=True, exist_ok=True)
        for seed in targets.seeds(target):
            (corpus / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
        crashes = ROOT / "crashes"
        crashes.mkdir(exist_ok=True)
        started = time.monotonic()
        done = subprocess.run([sys.executable, str(ROOT / "harness.py"), target, str(corpus),
                               f"-max_total_time={share}", "-timeout=10", "-rss_limit_mb=1536",
                               "-max_len=400000", f"-artifact_prefix={crashes}/{target}-",
                               "-print_final_stats=1"], capture_output=True, text=True)
        runs = [line for line in done.stderr.splitlines() if "stat::number_of_executed_units" in line]
        print(f"{target}: {time.monotonic() - started:.0f} s, "
              f"{runs[-1].split(':')[-1].strip() if runs else '?'} inputs, exit {done.returncode}")
        for crash in sorted(crashes.glob(f"{target}-*")):
            keep = ROOT / "regressions" / target / crash.name
            keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(crash), keep)
            print(f"  crash kept as {keep.relative_to(ROOT.parent)}")
            found += 1
        if done.returncode not in (0,) and not runs:
            print(done.stderr[-2000:])
    print(f"{found} crash(es) found" + ("; replayed by make test" if found else ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
