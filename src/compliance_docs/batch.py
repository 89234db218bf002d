"""Screen bundles into report files: one bundle (`screen`) or an intake folder (`batch`)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BundleNotFound, ComplianceDocsError, ReportWriteError
from .evaluate import load_ruleset
from .pipeline import failed_report, screen_path
from .report import render, render_index, safe_stem, summary_csv, write_atomic
from .report.model import generated_at

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    ruleset: str
    formats: tuple[str, ...]
    output_dir: Path
    language: str = "id"
    mask: bool = True


def screen_to_files(path: Path, options: Options) -> dict[str, Any]:
    """Screen one bundle and write its reports; returns the bundle's row for the index."""
    try:
        report = screen_path(path, ruleset=options.ruleset, language=options.language)
    except BundleNotFound:
        raise
    except ComplianceDocsError as exc:
        report = failed_report(path, ruleset=options.ruleset, language=options.language, problem=str(exc))
    except Exception as exc:  # a defect or a hostile file must not stop the batch
        log.exception("screening %s failed", path)
        problem = f"{type(exc).__name__}: {exc}"
        report = failed_report(path, ruleset=options.ruleset, language=options.language, problem=problem)
    data = report.to_dict(mask=options.mask)
    stem = safe_stem(report.bundle_id)
    written = [write_atomic(options.output_dir, f"{stem}.{fmt}", render(data, fmt)) for fmt in options.formats]
    warnings = len(data["warnings"]) + sum(len(d["warnings"]) for d in data["documents"])
    return {
        "id": report.bundle_id,
        "overall": data["overall"],
        "criteria": {c["id"]: c["status"] for c in data["criteria"]},
        "warnings": warnings,
        "report": f"{stem}.html",
        "files": [str(p) for p in written],
    }


def bundles_in(intake: Path) -> list[Path]:
    """Each folder or .zip directly inside the intake folder is one applicant's bundle."""
    if not intake.is_dir():
        raise BundleNotFound(f"{intake}: no such intake folder")
    return sorted(
        p for p in intake.iterdir()
        if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() == ".zip")
    )


def _screen_one(args: tuple[Path, Options]) -> dict[str, Any]:
    path, options = args
    try:
        return screen_to_files(path, options)
    except BundleNotFound as exc:  # vanished between listing and reading
        report = failed_report(path, ruleset=options.ruleset, language=options.language, problem=str(exc))
        data = report.to_dict()
        stem = safe_stem(report.bundle_id)
        for fmt in options.formats:
            write_atomic(options.output_dir, f"{stem}.{fmt}", render(data, fmt))
        return {"id": report.bundle_id, "overall": data["overall"], "criteria": {},
                "warnings": 1, "report": f"{stem}.html", "files": []}


def run_batch(bundles: Iterable[Path], options: Options, *, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Rows in the order the bundles finish; a worker builds the spaCy pipeline once."""
    work = [(p, options) for p in bundles]
    if jobs <= 1 or len(work) <= 1:
        yield from map(_screen_one, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_screen_one, work)


def write_index(rows: list[dict[str, Any]], options: Options) -> tuple[Path, Path]:
    rules = load_ruleset(options.ruleset)
    criteria = [{"id": c.id, "title": c.title.get(options.language, c.title["id"])} for c in rules.criteria]
    ruleset = {"id": rules.id, "title": rules.title.get(options.language, rules.title["id"]),
               "citation": rules.citation}
    rows = sorted(rows, key=lambda r: r["id"])
    index = write_atomic(options.output_dir, "index.html",
                         render_index(rows, criteria, ruleset, generated_at(), options.language))
    summary = write_atomic(options.output_dir, "summary.csv", summary_csv(rows, criteria))
    return index, summary


__all__ = ["Options", "screen_to_files", "bundles_in", "run_batch", "write_index", "ReportWriteError"]
