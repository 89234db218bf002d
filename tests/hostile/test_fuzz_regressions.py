"""Every input the fuzzers (fuzz/, `make fuzz`) found a crash with, read again: each must now
be read or refused with a reason, quickly."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
sys.path.insert(0, str(FUZZ))

import targets  # noqa: E402

FOUND = sorted(p for p in (FUZZ / "regressions").glob("*/*") if p.is_file())


@pytest.mark.parametrize("path", FOUND, ids=[f"{p.parent.name}/{p.name}" for p in FOUND])
def test_a_crash_the_fuzzer_found_stays_fixed(path):
    started = time.perf_counter()
    targets.check(path.parent.name, path.read_bytes())
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("target", sorted(targets.TARGETS))
def test_the_fuzzers_seeds_are_read_without_unexpected_errors(target):
    for seed in targets.seeds(target):
        targets.check(target, seed)


def test_an_unexpected_error_is_what_the_fuzzers_call_a_crash(monkeypatch):
    from compliance_docs.ingest import pdf

    def broken(data):
        raise IndexError("a defect in a reader")

    monkeypatch.setattr(pdf, "read_pdf", broken)
    with pytest.raises(targets.Crash, match="unexpected error: IndexError"):
        targets.check("pdf", b"%PDF-1.7\n")
