"""Batch progress on stderr: a bar on a terminal, plain lines elsewhere, nothing when quiet.

The rate is the current one: pages per second over the last few bundles screened, not an
average since the start (which a batch that begins with unchanged bundles would drag down). The
ETA divides the bundles still to screen by the bundles per second of that same window. An
unchanged bundle, whose report is reused, says "unchanged" and counts in neither.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, TextIO

WINDOW = 8  # screened bundles the current rate is measured over
BAR_WIDTH = 24


def duration(seconds: float) -> str:
    """12 s -> '12s', 65 s -> '1m05s', 3725 s -> '1h02m'."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def summary_line(rows: Iterable[dict[str, Any]]) -> str:
    """'8 bundles: 0 screened, 8 unchanged': what the batch did, each kind counted apart."""
    rows = list(rows)
    unchanged = sum(1 for r in rows if r.get("skipped"))
    return f"{len(rows)} bundles: {len(rows) - unchanged} screened, {unchanged} unchanged"


class Progress:
    def __init__(self, total: int, *, quiet: bool = False, stream: TextIO | None = None,
                 tty: bool | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.total, self.quiet = total, quiet
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.clock = clock
        self.done = 0
        self.started = clock()
        self.last = self.started  # when the latest bundle finished (or the batch started)
        self.window: deque[tuple[float, float, int]] = deque(maxlen=WINDOW)  # (since, until, pages)

    def rate(self) -> tuple[float, float] | None:
        """(pages/s, bundles/s) over the last screened bundles; None before the first."""
        if not self.window:
            return None
        elapsed = max(self.window[-1][1] - self.window[0][0], 1e-6)
        return sum(p for _, _, p in self.window) / elapsed, len(self.window) / elapsed

    def line(self, row: dict[str, Any]) -> str:
        """What is said of a finished bundle, without the counter."""
        from .plaintext import terminal_text  # a bundle's name is the applicant's to choose

        head = f"{terminal_text(row['id'])}: {row['overall']}"
        if row.get("skipped"):
            return f"{head} · unchanged"
        parts = [head, f"{row.get('pages', 0)} pages"]
        rate = self.rate()
        if rate is not None:
            pages_per_s, bundles_per_s = rate
            parts.append(f"{pages_per_s:.1f} pages/s")
            left = self.total - self.done
            if left:
                parts.append(f"ETA {duration(left / bundles_per_s)}")
        return " · ".join(parts)

    def update(self, row: dict[str, Any]) -> None:
        now = self.clock()
        self.done += 1
        if not row.get("skipped"):
            self.window.append((self.last, now, int(row.get("pages", 0))))
            self.last = now
        else:
            self.last = now  # a reused report costs nothing: the next bundle's time starts here
        if self.quiet:
            return
        counter = f"[{self.done}/{self.total}]"
        if self.tty:
            filled = round(BAR_WIDTH * self.done / max(self.total, 1))
            bar = f"{'#' * filled}{'-' * (BAR_WIDTH - filled)} {counter} {self.line(row)}"
            width = max(shutil.get_terminal_size((100, 20)).columns - 1, 20)
            self.stream.write("\r" + bar[:width].ljust(width))  # one line, redrawn in place
        else:
            self.stream.write(f"{counter} {self.line(row)}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and not self.quiet and self.done:
            self.stream.write("\n")
            self.stream.flush()
