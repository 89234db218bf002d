"""Batch progress as an intake clerk reads it: the current rate and an ETA, unchanged bundles
called unchanged, and a last line that counts screened and unchanged bundles apart."""

from __future__ import annotations

import io

import pytest

from compliance_docs.progress import Progress, duration, summary_line


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def row(bundle: str, overall: str = "met", pages: int = 0, skipped: bool = False) -> dict:
    return {"id": bundle, "overall": overall, "pages": pages, "skipped": skipped}


def test_plain_lines_off_a_terminal_with_the_current_rate_and_an_eta():
    clock, out = Clock(), io.StringIO()
    progress = Progress(5, stream=out, tty=False, clock=clock)
    progress.update(row("pt-lama", skipped=True))  # its report is reused: no time, no pages
    clock.now += 2.0
    progress.update(row("pt-arunika", "not_met", pages=20))
    clock.now += 2.0
    progress.update(row("pt-borneo", pages=10))
    clock.now += 10.0  # a slow bundle: the rate follows it, it is not an average since the start
    progress.update(row("pt-samudra", pages=10))
    lines = out.getvalue().splitlines()
    assert lines == [
        "[1/5] pt-lama: met · unchanged",
        "[2/5] pt-arunika: not_met · 20 pages · 10.0 pages/s · ETA 6s",
        "[3/5] pt-borneo: met · 10 pages · 7.5 pages/s · ETA 4s",
        "[4/5] pt-samudra: met · 10 pages · 2.9 pages/s · ETA 5s",
    ]
    assert "pages/s" not in lines[0]  # an unchanged bundle shows no rate


def test_the_rate_is_measured_over_the_last_bundles_only():
    clock, out = Clock(), io.StringIO()
    progress = Progress(40, stream=out, tty=False, clock=clock)
    for i in range(10):  # ten slow bundles, then ten fast ones
        clock.now += 10.0
        progress.update(row(f"lambat-{i}", pages=10))
    for i in range(10):
        clock.now += 1.0
        progress.update(row(f"cepat-{i}", pages=10))
    assert out.getvalue().splitlines()[-1] == "[20/40] cepat-9: met · 10 pages · 10.0 pages/s · ETA 20s"


def test_a_bar_on_a_terminal_redrawn_in_place():
    clock, out = Clock(), io.StringIO()
    progress = Progress(2, stream=out, tty=True, clock=clock)
    progress.update(row("pt-lama", skipped=True))
    clock.now += 4.0
    progress.update(row("pt-baru", "needs_review", pages=8))
    progress.close()
    drawn = out.getvalue()
    assert "\n" not in drawn[:-1] and drawn.endswith("\n")  # one line, then the summary below it
    first, second = drawn.rstrip("\n").split("\r")[1:]
    assert first.startswith("#" * 12 + "-" * 12 + " [1/2] pt-lama: met · unchanged")
    assert second.startswith("#" * 24 + " [2/2] pt-baru: needs_review · 8 pages · 2.0 pages/s")
    assert "ETA" not in second  # nothing left to screen


def test_quiet_says_nothing():
    out = io.StringIO()
    progress = Progress(1, quiet=True, stream=out, tty=True)
    progress.update(row("pt-a", pages=3))
    progress.close()
    assert out.getvalue() == ""


@pytest.mark.parametrize("rows, line", [
    ([row("a", skipped=True)] * 8, "8 bundles: 0 screened, 8 unchanged"),
    ([row("a"), row("b", skipped=True), row("c")], "3 bundles: 2 screened, 1 unchanged"),
    ([], "0 bundles: 0 screened, 0 unchanged"),
])
def test_the_last_line_counts_screened_and_unchanged_apart(rows, line):
    assert summary_line(rows) == line


@pytest.mark.parametrize("seconds, text", [(0, "0s"), (12.4, "12s"), (65, "1m05s"), (3725, "1h02m")])
def test_durations(seconds, text):
    assert duration(seconds) == text
