"""Screen bundles into report files: one bundle (`screen`) or an intake folder (`batch`).

A batch runs bundles in worker processes that build the spaCy pipeline once each, here or on
a Dask cluster (`cluster.py`): workers return report data and only this process writes files.
A bundle that crashes its worker or overruns the time limit gets a report saying so, and the
batch goes on. Reports are written atomically, and a bundle whose content, tool version,
ruleset and language are unchanged since its last report is not screened again.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BundleNotFound, ComplianceDocsError
from .evaluate.rulesets import load_ruleset
from .ingest.bundle import bundle_hash, bundle_id
from .report import render_all, render_index, safe_stem, summary_csv, write_atomic
from .report.decision import recorded_decision
from .report.model import Report, fingerprint, generated_at

log = logging.getLogger(__name__)
DEFAULT_TIME_LIMIT = 600.0


@dataclass(frozen=True)
class Options:
    ruleset: str
    formats: tuple[str, ...]
    output_dir: Path
    language: str = "id"
    mask: bool = True


# What an executor yields for each bundle: its path, then the report data or why there is none.
Outcome = tuple[Path, "dict[str, Any] | None", "str | None"]


def write_reports(report: Report, options: Options) -> dict[str, Any]:
    """Write every requested format of one report; returns the bundle's row for the index."""
    return write_data(report.to_dict(mask=options.mask), options)


def write_data(data: dict[str, Any], options: Options) -> dict[str, Any]:
    """Write every requested format of one report's data; returns its row for the index."""
    stem = safe_stem(data["bundle"]["id"])
    texts = render_all(data, options.formats)  # the JSON first: the HTML carries its hash
    written = [write_atomic(options.output_dir, f"{stem}.{fmt}", texts[fmt]) for fmt in options.formats]
    if "json" not in options.formats:  # the resume check and the index read the JSON
        write_atomic(options.output_dir, f".{stem}.json", texts["json"])
    return row_of(data, stem, [str(p) for p in written])


def row_of(data: dict[str, Any], stem: str, files: list[str]) -> dict[str, Any]:
    warnings = len(data.get("warnings", [])) + sum(len(d["warnings"]) for d in data["documents"])
    company = next((f["value"] for f in data["facts"] if f["name"] == "company_name"), "")
    return {
        "id": data["bundle"]["id"],
        "company": company if isinstance(company, str) else "",
        "overall": data["overall"],
        "criteria": {c["id"]: c["status"] for c in data["criteria"]},
        "warnings": warnings,
        "report": f"{stem}.html",
        "files": files,
        "pages": sum(d["pages"] for d in data["documents"]),
    }


def screen_to_files(path: Path, options: Options) -> dict[str, Any]:
    """Screen one bundle and write its reports; an unexpected failure still gets a report."""
    return write_data(screen_to_data(path, options), options)


def screen_to_data(path: Path, options: Options) -> dict[str, Any]:
    """Screen one bundle into report data (what a worker returns); writes nothing."""
    from .pipeline import screen_path  # spaCy and the readers load only when a bundle is screened

    try:
        report = screen_path(path, ruleset=options.ruleset, language=options.language)
    except BundleNotFound:
        raise
    except ComplianceDocsError as exc:
        report = _failed(path, options, str(exc))
    except Exception as exc:  # a defect or a hostile file must not stop the batch
        log.exception("screening %s failed", path)
        report = _failed(path, options, f"{type(exc).__name__}: {exc}")
    return report.to_dict(mask=options.mask)


def _failed(path: Path, options: Options, problem: str) -> Report:
    from .pipeline import failed_report

    return failed_report(path, ruleset=options.ruleset, language=options.language, problem=problem)


def bundles_in(intake: Path) -> list[Path]:
    """Each folder or .zip directly inside the intake folder is one applicant's bundle."""
    if not intake.is_dir():
        raise BundleNotFound(f"{intake}: no such intake folder")
    return sorted(
        p for p in intake.iterdir()
        if not p.name.startswith(".") and not p.is_symlink() and (p.is_dir() or p.suffix.lower() == ".zip")
    )


def up_to_date(path: Path, options: Options) -> dict[str, Any] | None:
    """The existing report's row when the bundle and everything the report depends on are
    unchanged and every requested format is on disk; None when it must be screened."""
    stem = safe_stem(bundle_id(path))
    folder = options.output_dir
    json_path = folder / f"{stem}.json" if "json" in options.formats else folder / f".{stem}.json"
    if not json_path.is_file() or not all((folder / f"{stem}.{f}").is_file() for f in options.formats):
        return None
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
        expected = fingerprint(bundle_hash(path), load_ruleset(options.ruleset).sha256,
                               options.language, options.mask)
    except (OSError, ValueError, ComplianceDocsError):
        return None
    if data.get("fingerprint") != expected:
        return None
    return row_of(data, stem, [str(folder / f"{stem}.{f}") for f in options.formats])


def preload() -> None:
    """Import the readers and build the spaCy pipeline in this process.

    Called in the batch parent before the workers fork, so that every worker starts with the
    pipeline built (and its memory shared) instead of building its own."""
    from . import pipeline  # noqa: F401
    from .extract.nlp import get_nlp

    get_nlp()


def _worker_init(ocr_workers: int) -> None:
    os.environ["COMPLIANCE_DOCS_OCR_WORKERS"] = str(ocr_workers)
    preload()  # nothing left to do after a fork; a spawned worker builds its own


def run_batch(
    bundles: list[Path],
    options: Options,
    *,
    jobs: int = 1,
    time_limit: float = DEFAULT_TIME_LIMIT,
    force: bool = False,
    on_skip: Callable[[Path], None] | None = None,
    scheduler: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Rows as bundles finish (skipped ones first). Each row says whether it was `skipped`.

    Bundles run in local worker processes, or on the Dask cluster at `scheduler`; either way
    the reports, and anything else shared, are written here."""
    todo = []
    for path in bundles:
        row = None if force else up_to_date(path, options)
        if row is not None:
            yield {**row, "skipped": True}
        else:
            todo.append(path)
    if not todo:
        return
    if scheduler:
        from .cluster import cluster_outcomes

        outcomes = cluster_outcomes(todo, options, scheduler=scheduler, time_limit=time_limit)
    else:
        outcomes = local_outcomes(todo, options, jobs=jobs, time_limit=time_limit)
    for path, data, problem in outcomes:
        if data is None:
            data = _failed(path, options, problem or "no result").to_dict(mask=options.mask)
        else:
            data["bundle"]["path"] = str(path)  # where the bundle is here, not on a worker
        yield {**write_data(data, options), "skipped": False}


def worker_pool(workers: int):
    """Worker processes that start with the spaCy pipeline built: forked from this process
    after it built it, where the platform forks; otherwise each builds its own."""
    import multiprocessing

    from pebble import ProcessPool

    cores = os.cpu_count() or 1
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        preload()
    return ProcessPool(max_workers=workers, initializer=_worker_init,
                       initargs=(max(1, cores // max(workers, 1)),), context=context)


def local_outcomes(todo: list[Path], options: Options, *, jobs: int,
                   time_limit: float) -> Iterator[Outcome]:
    """Screen bundles in worker processes on this machine, as they finish."""
    from pebble import ProcessExpired

    with worker_pool(min(jobs, len(todo))) as pool:
        futures = {pool.schedule(screen_to_data, (path, options), timeout=time_limit): path
                   for path in todo}
        for future in as_completed(futures):
            path = futures[future]
            try:
                yield path, future.result(), None
            except FutureTimeout:
                yield path, None, f"time limit of {time_limit:g} s exceeded"
            except ProcessExpired as exc:
                yield path, None, f"worker process died ({exc})"
            except BundleNotFound as exc:
                yield path, None, str(exc)
            except Exception as exc:  # noqa: BLE001 - one bundle never stops the batch
                yield path, None, f"{type(exc).__name__}: {exc}"


def write_index(rows: list[dict[str, Any]], options: Options) -> tuple[Path, Path]:
    rules = load_ruleset(options.ruleset)
    criteria = [{"id": c.id, "title": c.title.get(options.language, c.title["id"])} for c in rules.criteria]
    ruleset = {"id": rules.id, "title": rules.title.get(options.language, rules.title["id"]),
               "citation": rules.citation}
    rows = sorted(({**r, "decision": recorded_decision(options.output_dir, r["report"][:-5])}
                   for r in rows), key=lambda r: r["id"])
    index = write_atomic(options.output_dir, "index.html",
                         render_index(rows, criteria, ruleset, generated_at(), options.language))
    summary = write_atomic(options.output_dir, "summary.csv", summary_csv(rows, criteria))
    return index, summary
