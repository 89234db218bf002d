"""Batch on a Dask distributed cluster: the same per-bundle screening, run as tasks.

The client sends each bundle's bytes (workers need no shared file system) and gets report data
back; only the client writes reports, the index and the summary (see `batch.run_batch`). On a
worker, each bundle runs in a child process kept for the worker's life, so the spaCy pipeline is
built once, a time limit can stop a bundle, and a crash takes only that child. A worker that
dies mid-bundle is the scheduler's to handle: it runs the bundle on another worker, and after
`distributed.scheduler.allowed-failures` deaths the bundle is reported as failed.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path, PurePosixPath
from typing import Any

from .batch import Options, Outcome, _worker_init, screen_to_data
from .errors import ComplianceDocsError

# One bundle as sent to a worker: its folder or file name, then (path inside, bytes) per file;
# a .zip bundle is one entry with an empty path.
Packed = tuple[str, list[tuple[str, bytes]]]

_pool = None
_pool_lock = threading.Lock()


def pack(path: Path) -> Packed:
    """A bundle's files as bytes. Symbolic links are not followed: they could leave the bundle."""
    if path.is_file():
        return path.name, [("", path.read_bytes())]
    files = [(f.relative_to(path).as_posix(), f.read_bytes())
             for f in sorted(path.rglob("*")) if not f.is_symlink() and f.is_file()]
    return path.name, files


def unpack(packed: Packed, root: Path) -> Path:
    """Write a packed bundle under `root`; no entry can land outside it."""
    name, files = packed
    if name in ("", ".", "..") or "/" in name or "\\" in name:
        raise ComplianceDocsError(f"{name!r}: not a bundle name")
    target = root / name
    if len(files) == 1 and files[0][0] == "":
        target.write_bytes(files[0][1])
        return target
    target.mkdir()
    for inside, data in files:
        parts = PurePosixPath(inside).parts
        if not parts or inside.startswith("/") or ".." in parts:
            continue
        dest = target.joinpath(*parts)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    return target


def _child_pool():
    """This worker's screening process, started on its first bundle and kept."""
    global _pool
    from pebble import ProcessPool

    with _pool_lock:
        if _pool is None:
            # spawn, not fork: a Dask worker runs threads, and forking those is unsafe
            _pool = ProcessPool(max_workers=1, initializer=_worker_init,
                                initargs=(max(1, os.cpu_count() or 1),),
                                context=multiprocessing.get_context("spawn"))
            atexit.register(stop_child_pool)
        return _pool


def stop_child_pool() -> None:
    """A worker shutting down stops its screening process instead of waiting for it."""
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.stop()
            _pool.join(timeout=5)
            _pool = None


def _stopper():
    from distributed import WorkerPlugin

    class StopChildPool(WorkerPlugin):
        name = "compliance-docs-stop-child-pool"

        def teardown(self, worker) -> None:
            stop_child_pool()

    return StopChildPool()


def screen_packed(packed: Packed, options: Options,
                  time_limit: float) -> tuple[dict[str, Any] | None, str | None]:
    """The task a worker runs: report data for one bundle, or why there is none."""
    from pebble import ProcessExpired

    with tempfile.TemporaryDirectory(prefix="compliance-docs-") as tmp:
        try:
            path = unpack(packed, Path(tmp))
        except (OSError, ComplianceDocsError) as exc:
            return None, f"the bundle could not be unpacked on the worker ({exc})"
        future = _child_pool().schedule(screen_to_data, (path, options), timeout=time_limit)
        try:
            return future.result(), None
        except FutureTimeout:
            return None, f"time limit of {time_limit:g} s exceeded"
        except ProcessExpired as exc:
            return None, f"worker process died ({exc})"
        except Exception as exc:  # noqa: BLE001 - one bundle never stops the batch
            return None, f"{type(exc).__name__}: {exc}"


def _daemonic() -> bool:
    return bool(multiprocessing.current_process().daemon)


def _check_workers(client) -> None:
    """Workers start a screening process each, which a daemonic process may not."""
    if not client.nthreads():
        client.wait_for_workers(1, timeout=60)
    daemonic = sorted(w for w, d in client.run(_daemonic).items() if d)
    if daemonic:
        raise ComplianceDocsError(
            f"the Dask workers {', '.join(daemonic)} run as daemon processes and cannot start "
            "a screening process: start them with DASK_DISTRIBUTED__WORKER__DAEMON=False")


def cluster_outcomes(todo: list[Path], options: Options, *, scheduler: str,
                     time_limit: float) -> Iterator[Outcome]:
    """Screen bundles on the cluster at `scheduler`, as they finish. A few bundles per worker
    thread are in flight at a time, so a large intake is never all in memory."""
    try:
        from distributed import Client, as_completed
        from distributed.scheduler import KilledWorker
    except ImportError as exc:
        raise ComplianceDocsError(
            "--scheduler needs Dask distributed: pip install 'compliance-docs[cluster]'") from exc
    try:
        client = Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s by default)
    except (OSError, TimeoutError) as exc:
        raise ComplianceDocsError(f"no Dask scheduler answers at {scheduler} ({exc})") from exc
    with client:
        _check_workers(client)
        client.register_plugin(_stopper())
        waiting = iter(todo)
        paths: dict[Any, Path] = {}
        failed: list[Outcome] = []

        def submit(path: Path):
            try:
                packed = pack(path)
            except OSError as exc:
                failed.append((path, None, f"the bundle could not be read ({exc})"))
                return None
            future = client.submit(screen_packed, packed, options, time_limit, pure=False)
            paths[future] = path
            return future

        window = max(2, 2 * sum(client.nthreads().values()))
        running = as_completed()

        def fill() -> None:
            while running.count() < window:
                path = next(waiting, None)
                if path is None:
                    return
                future = submit(path)
                if future is not None:
                    running.add(future)

        fill()
        yield from failed
        for future in running:
            failed.clear()
            path = paths.pop(future)
            try:
                data, problem = future.result()
            except KilledWorker as exc:
                data, problem = None, f"the workers screening it died ({exc})"
            except Exception as exc:  # noqa: BLE001 - one bundle never stops the batch
                data, problem = None, f"{type(exc).__name__}: {exc}"
            yield path, data, problem
            fill()
            yield from failed
