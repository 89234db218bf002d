"""Batch throughput on a Dask cluster against the local batch, measured in the same run:
local --jobs 1 and 2, then a LocalCluster of 1 and 2 worker processes on this machine.
Not a test: it prints figures, it asserts nothing.

Without evidence pictures: every run shares one cache folder (the Dask workers are started
once, with it), and the pictures the first run rendered would be found in it by every later
one. A first local run fills the other caches (compiled patterns and templates) before any
figure is taken.

    python bench/cluster.py [--bundles N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=int, default=40)
    args = parser.parse_args()
    import dask
    from distributed import LocalCluster

    from compliance_docs.batch import Options, bundles_in, run_batch

    from corpus import make_corpus

    work = Path(tempfile.mkdtemp(prefix="cd-cluster-"))
    os.environ["COMPLIANCE_DOCS_CACHE"] = str(work / "cache")
    intake = work / "intake"
    make_corpus(intake, args.bundles)
    bundles = bundles_in(intake)

    def rate(label: str, **where) -> float:
        options = Options("permenko-11-2020", ("json", "html"), work / label, pictures=False)
        started = time.perf_counter()
        rows = list(run_batch(bundles, options, force=True, **where))
        seconds = time.perf_counter() - started
        pages = sum(r["pages"] for r in rows)
        print(f"{label:<28} {len(rows):>4} bundles {pages:>6} pages {pages / seconds:>8.1f} pages/s")
        return pages / seconds

    print(f"{os.cpu_count()} cores; {len(bundles)} text bundles")
    rate("warm-up local", jobs=2)
    local1 = rate("local --jobs 1", jobs=1)
    local2 = rate("local --jobs 2", jobs=2)
    figures = {}
    with dask.config.set({"distributed.worker.daemon": False}):
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster:
                rate(f"warm-up {workers}", scheduler=cluster.scheduler_address)  # children start
                figures[workers] = rate(f"dask {workers} worker(s)", scheduler=cluster.scheduler_address)
    print(f"\ndask 2 workers / dask 1 worker: {figures[2] / figures[1]:.2f}x")
    print(f"dask 1 worker / local --jobs 1: {figures[1] / local1:.2f}x")
    print(f"dask 2 workers / local --jobs 2: {figures[2] / local2:.2f}x")


if __name__ == "__main__":
    main()
