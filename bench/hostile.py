"""Bounded cost on hostile input: every file of the hostile corpus (tests/hostile) screened
alone, each in a fresh worker process as a batch runs it (readers imported, spaCy built), with
its wall time and the worker's peak resident memory (VmHWM from /proc/self/status).

Every file must be handled in under 5 s and 500 MB; the exit status says whether it was.
Part of `make bench`; `python bench/hostile.py --only sistem.docx lampiran.pdf` for a few.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from hostile_corpus import make_corpus  # noqa: E402

MAX_SECONDS, MAX_MB = 5.0, 500.0

WORKER = r"""
import json, sys, time
from pathlib import Path

def peak_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

from compliance_docs.batch import Options, preload, screen_to_data
preload(rendering=True)  # as a batch worker starts: the pipeline built before the first bundle
ready = peak_mb()
started = time.perf_counter()
data = screen_to_data(Path(sys.argv[1]), Options("permenko-11-2020", ("json",), Path(".")))
seconds = time.perf_counter() - started
docs = {d["path"]: d for d in data["documents"]}
doc = docs.get(sys.argv[2]) if sys.argv[2] else None
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "ready_mb": ready,
                  "type": doc["type"] if doc else None,
                  "warnings": (doc["warnings"] if doc else data["warnings"]),
                  "others": [d["type"] for p, d in docs.items() if p != sys.argv[2]]}))
"""


def measure(bundle: Path, document: str) -> dict:
    done = subprocess.run([sys.executable, "-c", WORKER, str(bundle), document],
                          capture_output=True, text=True, timeout=120,
                          env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
                               "COMPLIANCE_DOCS_CACHE": tempfile.gettempdir() + "/hostile-bench-cache"})
    if done.returncode != 0:
        return {"seconds": float("nan"), "peak_mb": float("nan"), "error": done.stderr[-500:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="file names of the corpus to measure")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostile-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        cases = make_corpus(corpus)
        print(f"{'file':<34} {'seconds':>8} {'peak MB':>8}  outcome")
        failures, seen = 0, set()
        for case in cases:
            if args.only and case.path not in args.only and case.bundle not in args.only:
                continue
            source = corpus / case.bundle
            if not source.exists():
                source = corpus / f"{case.bundle}.zip"
            if case.path and source.is_dir() and (source / case.path).is_file():
                # the file alone in a bundle, beside the deed: the others must still be screened
                bundle = work / "alone" / f"{case.bundle}-{Path(case.path).stem}"
                bundle.mkdir(parents=True)
                shutil.copy(source / case.path, bundle / case.path)
                if case.path != "akta.txt":
                    (bundle / "akta.txt").write_bytes((corpus / "pt-bom-office" / "akta.txt").read_bytes())
                document = case.path
            else:
                bundle, document = source, case.path if case.type else ""
            if (bundle, document) in seen:
                continue
            seen.add((bundle, document))
            result = measure(bundle, document)
            ok = result["seconds"] < MAX_SECONDS and result["peak_mb"] < MAX_MB and "error" not in result
            failures += not ok
            said = "; ".join(result.get("warnings") or [])[:90] or result.get("error", "")[:90]
            if result.get("others"):
                said += f" [also screened: {', '.join(result['others'])}]"
            name = f"{case.bundle}/{case.path or '(bundle)'}"
            print(f"{name[-34:]:<34} {result['seconds']:8.2f} {result['peak_mb']:8.0f}  "
                  f"{result.get('type') or '-'}: {said}{'' if ok else '  <-- OVER'}")
        print(f"\nlimits: {MAX_SECONDS:g} s and {MAX_MB:g} MB peak RSS per file "
              f"(the worker with spaCy built starts near {result.get('ready_mb', 0):.0f} MB); "
              f"{'all within' if not failures else f'{failures} over'}")
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
