"""A batch killed with SIGKILL at random points and run again: every bundle ends with exactly
one complete report, the index and the summary list each bundle once, and the bundles whose
reports were complete before a run are not screened again by it."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

STATEMENT = ("SURAT PERNYATAAN CAKUPAN NASIONAL\nPT Contoh {n} melayani pengguna di 30 (tiga puluh) "
             "provinsi.\nJumlah pengguna terdaftar: {n}.000 orang.\n")
BUNDLES = [f"pt-contoh-{n:02d}" for n in range(16)]
FORMATS = ("html", "md", "json")


def _intake(root: Path) -> Path:
    intake = root / "intake"
    for n, name in enumerate(BUNDLES):
        (intake / name).mkdir(parents=True)
        (intake / name / "cakupan.txt").write_text(STATEMENT.format(n=n + 1), encoding="utf-8")
    return intake


def _batch(intake: Path, out: Path) -> subprocess.Popen:
    args = [sys.executable, "-m", "compliance_docs.cli", "batch", str(intake), "--output-dir",
            str(out), "--jobs", "1", "--quiet",
            # the files alone: with a register, a bundle killed between its JSON and its record
            # is screened again on purpose (tests/test_register_safety.py kills batches with one)
            "--no-register"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)  # its own group: the workers die with it


def _complete(out: Path) -> dict[str, int]:
    """Bundles whose reports are all there and whole, with the JSON's modification time."""
    done = {}
    for name in BUNDLES:
        try:
            data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
            html = (out / f"{name}.html").read_text(encoding="utf-8")
            md = (out / f"{name}.md").read_text(encoding="utf-8")
        except (OSError, ValueError):
            continue
        if data["bundle"]["id"] == name and html.rstrip().endswith("</html>") and md.strip():
            done[name] = (out / f"{name}.json").stat().st_mtime_ns
    return done


def _written(out: Path) -> int:
    try:
        return sum(1 for p in out.iterdir() if not p.name.startswith("."))
    except OSError:
        return 0


def test_killed_batches_resume_to_one_complete_report_per_bundle(tmp_path):
    intake, out = _intake(tmp_path), tmp_path / "out"
    rng = random.Random(14)
    kills, progress = 0, []
    for _ in range(8):
        before = _complete(out)
        if len(before) == len(BUNDLES):
            break
        process = _batch(intake, out)
        # a random point: after a random number of report files appeared, a random moment
        # later (between two formats of a bundle, inside a write, in the next bundle)
        target, delay = rng.randint(1, len(BUNDLES) * len(FORMATS) - 1), rng.uniform(0, 0.05)
        while process.poll() is None and _written(out) < target:
            time.sleep(0.002)
        time.sleep(delay)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate(timeout=60)
        after = _complete(out)
        progress.append(len(after))
        for name, mtime in before.items():  # complete before this run: not redone by it
            assert after.get(name) == mtime, name
        if len(after) == len(BUNDLES) and not any(0 < n < len(BUNDLES) for n in progress):
            # the kill came after the last bundle (a fast minute): nothing stopped midway was
            # seen yet, so again from an empty folder
            shutil.rmtree(out)
    assert kills >= 1 and any(0 < n < len(BUNDLES) for n in progress), progress  # mid-batch

    final = _batch(intake, out)
    stdout, stderr = final.communicate(timeout=300)
    assert final.returncode == 0, stderr
    before, after = _complete(out), None
    assert set(before) == set(BUNDLES)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{b}.{f}" for b in BUNDLES for f in FORMATS]
                           + ["index.html", "summary.csv", ".compliance-docs-batch.state"])
    rows = list(csv.reader((out / "summary.csv").open(encoding="utf-8")))
    assert sorted(r[0] for r in rows[1:]) == BUNDLES  # each once
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(index.count(f'data-sort="{b}"') == 1 for b in BUNDLES)

    again = _batch(intake, out)  # nothing changed: nothing is redone
    stdout, _ = again.communicate(timeout=300)
    after = _complete(out)
    assert after == before
    assert f"{len(BUNDLES)} bundles: 0 screened, {len(BUNDLES)} unchanged" in stdout.decode()
