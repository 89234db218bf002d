"""Batch progress on stderr: a bar on a terminal, plain lines elsewhere, nothing when quiet."""

from __future__ import annotations

import sys
import time
from typing import Any

import click


class Progress:
    def __init__(self, total: int, *, quiet: bool = False) -> None:
        self.total, self.quiet = total, quiet
        self.done = self.pages = 0
        self.started = time.monotonic()
        self.bar = None
        if not quiet and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="screening", file=sys.stderr,
                                         show_eta=True, item_show_func=lambda item: item)
            self.bar.__enter__()

    def update(self, row: dict[str, Any]) -> None:
        self.done += 1
        if not row.get("skipped"):
            self.pages += row.get("pages", 0)
        from .report.render import terminal_text

        name = terminal_text(row["id"])
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.pages / elapsed
        if self.bar is not None:
            self.bar.update(1, f"{name} {row['overall']} · {rate:.1f} pages/s")
        elif not self.quiet:
            note = " (unchanged, skipped)" if row.get("skipped") else ""
            click.echo(f"[{self.done}/{self.total}] {name}: {row['overall']}{note} "
                       f"· {rate:.1f} pages/s", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
