"""The register under a batch's hard life: two batches writing one SQLite register at once lose
nothing, and a batch killed with SIGKILL and run again leaves every finished screening recorded
once, none half-written."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def batch_command(intake: Path, out: Path, register: Path) -> list[str]:
    return [sys.executable, "-c", "from compliance_docs.cli import main; main()", "batch", str(intake), "--output-dir",
            str(out), "--register", str(register), "--jobs", "1", "--quiet", "--format", "json"]


def recorded(register: Path, query: str = "SELECT bundle_id, report_sha256, id FROM screenings"):
    try:
        with sqlite3.connect(register, timeout=30) as conn:
            return conn.execute(query).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []


def intake_of(tmp_path: Path, copies: int) -> Path:
    """The samples, `copies` times over under different folder names (each its own bundle)."""
    intake = tmp_path / "intake"
    for n in range(copies):
        for bundle in SAMPLES.iterdir():
            if bundle.is_dir():
                shutil.copytree(bundle, intake / f"{bundle.name}-{n}")
    return intake


def test_two_batches_into_one_sqlite_register_at_once_lose_nothing(tmp_path):
    intake = intake_of(tmp_path, 1)
    register = tmp_path / "register.sqlite3"
    runs = [subprocess.Popen(batch_command(intake, tmp_path / f"out{n}", register),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in (1, 2)]
    for p in runs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    bundles = sorted(p.name for p in intake.iterdir())
    rows = recorded(register)
    assert sorted(b for b, _, _ in rows) == sorted(bundles * 2)
    for n in (1, 2):  # each batch's reports are the ones it recorded
        digests = {hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in (tmp_path / f"out{n}").glob("*.json")}
        assert len(digests & {d for _, d, _ in rows}) == len(bundles)


def test_a_batch_killed_and_run_again_records_each_finished_screening_once(tmp_path):
    intake = intake_of(tmp_path, 3)
    register, out = tmp_path / "register.sqlite3", tmp_path / "out"
    bundles = sorted(p.name for p in intake.iterdir())
    first = subprocess.Popen(batch_command(intake, out, register), start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while len(recorded(register)) < 3 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.02)
    os.killpg(first.pid, signal.SIGKILL)  # the batch parent and its workers, mid-batch
    first.wait()
    before = recorded(register)
    assert 3 <= len(before) < len(bundles), "the batch was not killed mid-way"

    second = subprocess.run(batch_command(intake, out, register), capture_output=True, timeout=600)
    assert second.returncode == 0, second.stderr.decode()
    rows = recorded(register)
    assert sorted(b for b, _, _ in rows) == bundles  # every bundle once, none twice
    assert set(before) <= set(rows)  # what was finished before the kill stayed as it was
    for bundle, digest, screening in rows:
        report = (out / f"{bundle}.json").read_bytes()
        assert hashlib.sha256(report).hexdigest() == digest
        documents = recorded(register, "SELECT count(*) FROM screening_documents "
                                       f"WHERE screening_id = {int(screening)}")[0][0]
        assert documents == len(json.loads(report)["documents"])
