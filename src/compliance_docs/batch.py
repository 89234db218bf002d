"""Screen bundles into report files: one bundle (`screen`) or an intake folder (`batch`).

A batch runs bundles in worker processes forked after this process built the spaCy pipeline
(where the platform forks; elsewhere each builds its own), or on a Dask cluster
(`cluster.py`): workers return report data and only this process writes files.
A bundle that crashes its worker or overruns the time limit gets a report saying so, and the
batch goes on. Reports are written atomically, and a bundle whose content, tool version,
ruleset and language are unchanged since its last report is not screened again.
"""

from __future__ import annotations

import gc
import json
import logging
import os
from collections.abc import Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BundleNotFound, ComplianceDocsError
from .evaluate.rulesets import load_ruleset
from .ingest.bundle import bundle_hash, bundle_id
from .intake import bundles_in  # noqa: F401 - part of this module's interface
from .report import render_all, render_index, safe_stem, summary_csv, write_atomic
from .report.decision import recorded_decision, registered_decision
from .report.model import Report, fingerprint, generated_at
from .report.render import pictures_dir, write_report_files
from .report.requests import SUFFIX as REQUESTS
from .report.requests import render_requests

log = logging.getLogger(__name__)
DEFAULT_TIME_LIMIT = 600.0


@dataclass(frozen=True)
class Options:
    ruleset: str
    formats: tuple[str, ...]
    output_dir: Path
    language: str = "id"
    mask: bool = True
    pictures: bool = True  # evidence pictures in the HTML (rendered where the bundle is screened)
    requests: bool = False  # <stem>.requests.md, the draft request for completion, where one is due


# What an executor yields for each bundle: its path, then the report data or why there is none.
# A local worker also returns the rendered files (a tuple of data and files).
Outcome = tuple[Path, "dict[str, Any] | tuple[dict[str, Any], dict[str, str]] | None", "str | None"]


def write_reports(report: Report, options: Options) -> dict[str, Any]:
    """Write every requested format of one report; returns the bundle's row for the index."""
    return write_data(report.to_dict(mask=options.mask), options)


def rendered_files(data: dict[str, Any], options: Options, stem: str | None = None) -> dict[str, str]:
    """Every file of one report by name: the requested formats, and the JSON the resume check
    and the index read even when it was not asked for."""
    stem = stem or safe_stem(data["bundle"]["id"])
    data = {k: v for k, v in data.items() if k != "sheet"}
    texts = render_all(data, options.formats)  # the JSON first: the HTML carries its hash
    files = {f"{stem}.{fmt}": texts[fmt] for fmt in options.formats}
    if "json" not in options.formats:
        files[f".{stem}.json"] = texts["json"]
    letter = render_requests(data) if options.requests else None
    if letter is not None:  # a bundle that is met, or asks for nothing, gets no letter
        files[f"{stem}{REQUESTS}"] = letter
    return files


def write_data(data: dict[str, Any], options: Options, files: dict[str, str] | None = None,
               stem: str | None = None) -> dict[str, Any]:
    """Write every requested format of one report's data (`files`, when a worker already
    rendered them) under `stem` (unique in the batch); returns its row for the index.

    The JSON, which the resume check reads, is written last: a run killed before it leaves a
    bundle that the next run screens again, never one it takes for done."""
    default = safe_stem(data["bundle"]["id"])
    stem = stem or default
    if files is None:
        files = rendered_files(data, options, stem)
    elif stem != default:  # a worker named them after the id; the batch gave another name
        files = {(f".{stem}" + name[len(default) + 1:] if name.startswith(".") else
                  stem + name[len(default):]): text for name, text in files.items()}
        if f"{stem}.md" in files:  # its links name the pictures' folder after the report
            files[f"{stem}.md"] = files[f"{stem}.md"].replace(
                f"]({pictures_dir(default)}/", f"]({pictures_dir(stem)}/")
    pictures = None
    if f"{stem}.md" in files and data.get("pictures"):
        from .report.picturefiles import picture_files

        pictures = picture_files(options.output_dir, stem, data)  # placed before the reports
    # all flushed to disk together, and the JSON named last
    written = write_report_files(
        options.output_dir, {n: t.encode("utf-8") for n, t in files.items() if not n.endswith(".json")},
        last={n: t.encode("utf-8") for n, t in files.items() if n.endswith(".json")}, pictures=pictures)
    shown = [str(written[f"{stem}.{fmt}"]) for fmt in options.formats if f"{stem}.{fmt}" in written]
    if options.requests:
        letter = f"{stem}{REQUESTS}"
        if letter in written:
            shown.append(str(written[letter]))
        else:  # an earlier screening's letter would ask for what this one no longer does
            (options.output_dir / letter).unlink(missing_ok=True)
    return row_of(data, stem, shown)


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
        "reusable": bool(data.get("fingerprint")),  # a failed screening is never reused
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
        from .limits import debug_enabled

        log.error("screening %s failed (%s: %s)", path, type(exc).__name__, exc,
                  exc_info=debug_enabled())
        report = _failed(path, options, f"{type(exc).__name__}: {exc}")
    data = report.to_dict(mask=options.mask)
    data["sheet"] = report.sheet_dict(mask=options.mask)  # for the register; never rendered
    if options.pictures:
        from .report.pictures import attach_pictures

        # data["pictures"]: shown by the HTML, left out of the JSON; NIKs masked as in the text
        attach_pictures(data, path, mask=options.mask)
    return data


def screen_to_rendered(path: Path, options: Options) -> tuple[dict[str, Any], dict[str, str]]:
    """Screen one bundle and render its report files (what a local worker returns): the
    rendering runs in parallel with the other workers' screening, and the parent only writes."""
    data = screen_to_data(path, options)
    data["bundle"]["path"] = str(path)
    return data, rendered_files(data, options)


def _failed(path: Path, options: Options, problem: str) -> Report:
    from .pipeline import failed_report

    return failed_report(path, ruleset=options.ruleset, language=options.language, problem=problem)


def output_stems(bundles: list[Path]) -> dict[Path, str]:
    """The file name stem of each bundle's reports, unique within the batch: a folder and a
    zip of the same name (or names equal but for case) do not overwrite each other."""
    stems: dict[Path, str] = {}
    taken: set[str] = set()
    for path in sorted(bundles, key=lambda p: (p.suffix.lower() == ".zip", p.name)):
        stem = safe_stem(bundle_id(path))
        if stem.lower() in taken:
            from hashlib import sha256

            stem = f"{stem}-{sha256(path.name.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
        taken.add(stem.lower())
        stems[path] = stem
    return stems


def up_to_date(path: Path, options: Options, stem: str | None = None) -> dict[str, Any] | None:
    """The existing report's row when the bundle and everything the report depends on are
    unchanged and every requested format is on disk; None when it must be screened."""
    stem = stem or safe_stem(bundle_id(path))
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
    files = [str(folder / f"{stem}.{f}") for f in options.formats]
    if options.requests and render_requests(data) is not None:
        if not (folder / f"{stem}{REQUESTS}").is_file():
            return None  # screened before without --requests: its letter is still to be written
        files.append(str(folder / f"{stem}{REQUESTS}"))
    return row_of(data, stem, files)


def preload(*, rendering: bool = False) -> None:
    """Import the readers and build the spaCy pipeline in this process, and the template
    engine for workers that render (a batch's do; `screen`'s and a cluster's do not).

    Called in the batch parent before the workers fork, so that every worker starts with the
    pipeline built (and its memory shared) instead of building its own."""
    from . import pipeline  # noqa: F401
    from .extract.nlp import get_nlp

    if rendering:
        from .report import jinjaenv  # noqa: F401
    get_nlp()


def _worker_init(ocr_workers: int, rendering: bool = False) -> None:
    os.environ["COMPLIANCE_DOCS_OCR_WORKERS"] = str(ocr_workers)
    preload(rendering=rendering)  # nothing left to do after a fork; a spawned worker builds its own


def run_batch(
    bundles: list[Path],
    options: Options,
    *,
    jobs: int = 1,
    time_limit: float = DEFAULT_TIME_LIMIT,
    force: bool = False,
    scheduler: str | None = None,
    recorder: Any = None,
) -> Iterator[dict[str, Any]]:
    """Rows as bundles finish (skipped ones first). Each row says whether it was `skipped`.

    Bundles run in local worker processes, or on the Dask cluster at `scheduler`; either way
    the reports, and anything else shared, are written here. With a `recorder`
    (register.Recorder) each screening is recorded here too, one transaction per bundle after
    its reports are written; skipped bundles are not recorded again.

    Local workers get the bundles without an up-to-date report before the register is first
    used, so that a recorder that opens the register on first use (as the CLI's does) has it
    opened and migrated while they screen."""
    from .report.render import remove_stale_temporaries

    remove_stale_temporaries(options.output_dir)  # left by a batch that was killed mid-write
    stems = output_stems(bundles)
    done = {} if force else {p: row for p in bundles if (row := up_to_date(p, options, stems[p])) is not None}
    # the largest first: the last bundles to finish are then small ones, and no worker waits
    # long for another to end the batch
    todo = sorted((path for path in bundles if path not in done), key=bundle_bytes, reverse=True)
    with ExitStack() as stack:
        local = None
        if not scheduler and (todo or (done and recorder is not None)):
            local = stack.enter_context(LocalWorkers(min(jobs, len(bundles)), options, time_limit))
            local.submit(todo)
        if recorder is not None:
            _ = recorder.register  # opened now, if it was not: a bad register stops the batch here
        for path, row in done.items():
            if recorder is not None and not recorder.recorded(options, stems[path]):
                todo.append(path)  # its report was written but the run died before recording it
                if local is not None:
                    local.submit([path])
            else:
                yield {**row, "skipped": True}
        if not todo:
            return
        if local is not None:
            outcomes = local.outcomes()
        else:
            from .cluster import cluster_outcomes

            outcomes = cluster_outcomes(todo, options, scheduler=scheduler or "", time_limit=time_limit)
        for path, result, problem in outcomes:
            yield _written(path, result, problem, options, stems[path], recorder)


def _written(path: Path, result: Any, problem: str | None, options: Options, stem: str,
             recorder: Any) -> dict[str, Any]:
    """One bundle's outcome written (and recorded): its row."""
    files = None
    if result is None:
        data = _failed(path, options, problem or "no result").to_dict(mask=options.mask)
    elif isinstance(result, tuple):  # rendered by a local worker
        data, files = result
    else:
        data = result
        data["bundle"]["path"] = str(path)  # where the bundle is here, not on a worker
    if recorder is not None and with_previous(data, options, recorder):
        files = None  # a re-submission: rendered again here, with what changed since
    row = write_data(data, options, files, stem)
    if recorder is not None:
        row["screening"] = recorder(data, options, stem)
    return {**row, "skipped": False}


def bundle_bytes(path: Path) -> int:
    """The size of a bundle's files (a folder walked, links not followed), 0 if unreadable."""
    try:
        if not path.is_dir():
            return os.stat(path, follow_symlinks=False).st_size
        total = 0
        for folder, _, names in os.walk(path):
            total += sum(os.stat(os.path.join(folder, n), follow_symlinks=False).st_size for n in names)
        return total
    except OSError:
        return 0


def with_previous(data: dict[str, Any], options: Options, recorder: Any) -> bool:
    """Add the applicant's earlier screening and last decision from the register to a new
    report's data; whether there was one. Only the process writing the reports reads the
    register for this, so workers stay free of shared state."""
    previous = recorder.previous(data, options)
    if previous is None:
        return False
    data["previous_screening"] = previous
    return True


def screen_one(path: Path, options: Options, recorder: Any = None,
               time_limit: float = DEFAULT_TIME_LIMIT) -> dict[str, Any]:
    """`screen`: one bundle screened in a worker process, written (and recorded) here, as a
    batch's bundles are; its row. The worker is forked at once and builds the spaCy pipeline
    itself while this process opens the register, so that the one waits less for the other."""
    from .ingest.bundle import check_bundle_path

    check_bundle_path(path)  # a usage error, not a report saying so
    # rendered here, not in the worker: nothing runs beside it, and a re-submission is
    # rendered here anyway, with what changed since its earlier screening
    with LocalWorkers(1, options, time_limit, preload=False, render=False) as local:
        local.submit([path])
        if recorder is not None:
            _ = recorder.register  # opened now, if it was not, while the worker screens
        from .report.render import prepare

        prepare(options.formats, options.language)  # so is the rendering, for when it is done
        _, result, problem = next(local.outcomes())
        return _written(path, result, problem, options, safe_stem(bundle_id(path)), recorder)


def worker_pool(workers: int, *, preload_here: bool = True, rendering: bool = True):
    """Worker processes that start with the spaCy pipeline built: forked from this process
    after it built it, where the platform forks (unless not `preload_here`); otherwise each
    builds its own. Workers `rendering` their reports get the template engine imported too."""
    import multiprocessing

    from pebble import ProcessPool

    cores = os.cpu_count() or 1
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork" and preload_here:
        preload(rendering=rendering)
        # what the pipeline built is kept out of the garbage collector's rounds: the workers
        # neither scan it nor, by touching it, copy its memory pages
        gc.freeze()
    return ProcessPool(max_workers=workers, initializer=_worker_init,
                       initargs=(max(1, cores // max(workers, 1)), rendering), context=context)


class LocalWorkers:
    """Worker processes on this machine: bundles submitted at any time, outcomes as they
    finish. Leaving it on an error stops the workers rather than letting them finish."""

    def __init__(self, workers: int, options: Options, time_limit: float, *,
                 preload: bool = True, render: bool = True) -> None:
        self.workers, self.options, self.time_limit = max(1, workers), options, time_limit
        self.preload = preload  # the pipeline built here before the workers fork
        self.render = render
        self.task = screen_to_rendered if render else screen_to_data  # the files too, or data
        self.pool: Any = None
        self.futures: dict[Any, Path] = {}
        self.stopping: Any = None  # the thread that stops the workers once all are done

    def __enter__(self) -> LocalWorkers:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if self.pool is None:
            return
        if self.stopping is not None:
            self.stopping.join()
            return
        if kind is None and not all(f.done() for f in self.futures):
            self.pool.close()  # let them finish
        else:  # an error, or nothing left to do: idle workers need not be waited for
            self.pool.stop()
        self.pool.join()

    def _stop_in_background(self) -> None:
        """Stop the idle workers while the last outcome is written: pebble's join waits for
        its loops, which poll every 0.1 s, and then for the workers to exit."""
        import threading

        self.pool.stop()
        self.stopping = threading.Thread(target=self.pool.join, name="stop-workers", daemon=True)
        self.stopping.start()

    def submit(self, paths: list[Path]) -> None:
        if paths and self.pool is None:
            self.pool = worker_pool(self.workers, preload_here=self.preload, rendering=self.render)
        for path in paths:
            future = self.pool.schedule(self.task, (path, self.options), timeout=self.time_limit)
            self.futures[future] = path

    def outcomes(self) -> Iterator[Outcome]:
        from pebble import ProcessExpired

        left = len(self.futures)
        for future in as_completed(self.futures):
            path = self.futures[future]
            left -= 1
            if not left:  # the workers are idle from here: their stop overlaps the last writing
                self._stop_in_background()
            try:
                yield path, future.result(), None
            except FutureTimeout:
                yield path, None, f"time limit of {self.time_limit:g} s exceeded"
            except ProcessExpired as exc:
                yield path, None, f"worker process died ({exc})"
            except BundleNotFound as exc:
                yield path, None, str(exc)
            except Exception as exc:  # noqa: BLE001 - one bundle never stops the batch
                yield path, None, f"{type(exc).__name__}: {exc}"


def write_index(rows: list[dict[str, Any]], options: Options,
                decisions: dict[str, dict[str, Any]] | None = None) -> tuple[Path, Path]:
    """index.html and summary.csv of the batch; `decisions`: the register's newest decision
    per bundle id (Register.latest_decisions), shown before any decision file."""
    rules = load_ruleset(options.ruleset)
    criteria = [{"id": c.id, "title": c.title.get(options.language, c.title["id"])} for c in rules.criteria]
    ruleset = {"id": rules.id, "title": rules.title.get(options.language, rules.title["id"]),
               "citation": rules.citation}
    def decision(row: dict[str, Any]) -> dict[str, Any] | None:
        stem = row["report"][:-5]
        entry = (decisions or {}).get(row["id"])
        if entry is not None:
            return registered_decision(entry, options.output_dir, stem)
        return recorded_decision(options.output_dir, stem)

    rows = sorted(({**r, "decision": decision(r)} for r in rows), key=lambda r: r["id"])
    index = write_atomic(options.output_dir, "index.html",
                         render_index(rows, criteria, ruleset, generated_at(), options.language))
    summary = write_atomic(options.output_dir, "summary.csv", summary_csv(rows, criteria))
    return index, summary
