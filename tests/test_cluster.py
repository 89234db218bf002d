"""Batch on a Dask cluster: the same screening as a local batch, resumed the same way, and a
worker killed mid-bundle loses no bundle. Clusters here are real: worker processes on this
machine, started by `distributed.LocalCluster` or by the `dask` command line as a PMO would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from compliance_docs.batch import Options, bundles_in, run_batch, write_index
from compliance_docs.errors import ComplianceDocsError

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

SAMPLES = Path(__file__).parent.parent / "samples"
FORMATS = ("json", "html")


def _batch(output: Path, scheduler: str | None = None, jobs: int = 2) -> list[dict]:
    options = Options("permenko-11-2020", FORMATS, output)
    rows = list(run_batch(bundles_in(SAMPLES), options, jobs=jobs, scheduler=scheduler))
    write_index(rows, options)
    return rows


def _statuses(rows: list[dict]) -> dict[str, tuple]:
    return {r["id"]: (r["overall"], tuple(sorted(r["criteria"].items()))) for r in rows}


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("local")
    return out, _batch(out)


@pytest.fixture(scope="module")
def cluster():
    # workers start a screening process each: they must not be daemons; a worker killed once
    # has its bundle run elsewhere, a second death reports the bundle as failed
    with dask.config.set({"distributed.worker.daemon": False,
                          "distributed.scheduler.allowed-failures": 1}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as c:
            yield c


def test_cluster_batch_gives_the_local_summary_and_statuses(local, cluster, tmp_path):
    local_out, local_rows = local
    rows = _batch(tmp_path, scheduler=cluster.scheduler_address)
    assert _statuses(rows) == _statuses(local_rows)
    assert (tmp_path / "summary.csv").read_text() == (local_out / "summary.csv").read_text()
    for row in rows:  # reports written by the client, naming where the bundle is here
        assert (tmp_path / f"{row['id']}.html").is_file()
    report = (tmp_path / "pt-belajar-nusantara-digital.json").read_text()
    assert str(SAMPLES / "pt-belajar-nusantara-digital") in report


def test_cluster_batch_resumes_like_a_local_one(local, cluster, tmp_path):
    first = _batch(tmp_path, scheduler=cluster.scheduler_address)
    assert not any(r["skipped"] for r in first)
    again = _batch(tmp_path, scheduler=cluster.scheduler_address)
    assert all(r["skipped"] for r in again) and len(again) == len(first)
    # a local batch over the cluster's reports finds them up to date too
    assert all(r["skipped"] for r in _batch(tmp_path))


def test_a_worker_killed_mid_bundle_loses_no_bundle(local, cluster, tmp_path):
    client = distributed.Client(cluster.scheduler_address)
    pids = client.run(os.getpid)
    killed: list[str] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            busy = [w for w, keys in client.processing().items() if keys and w in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    try:
        rows = _batch(tmp_path, scheduler=cluster.scheduler_address)
    finally:
        killer.join()
        client.close()
    assert killed, "no worker was busy to kill"
    assert _statuses(rows) == _statuses(local[1])
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in local[1])


def test_daemon_workers_are_refused_with_a_clear_message(tmp_path):
    with dask.config.set({"distributed.worker.daemon": True}):
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as c:
            with pytest.raises(ComplianceDocsError, match="DASK_DISTRIBUTED__WORKER__DAEMON=False"):
                _batch(tmp_path, scheduler=c.scheduler_address)


def test_no_scheduler_at_the_address_is_one_clear_error(tmp_path):
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), \
            pytest.raises(ComplianceDocsError, match="no Dask scheduler answers"):
        list(run_batch(bundles_in(SAMPLES), Options("permenko-11-2020", FORMATS, tmp_path),
                       scheduler="tcp://127.0.0.1:9"))


def test_batch_against_a_scheduler_and_workers_started_from_the_command_line(local, tmp_path):
    """As the README tells a PMO: `dask scheduler`, `dask worker`, then `batch --scheduler`."""
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    address_file = tmp_path / "scheduler.json"
    bin_dir = Path(sys.executable).parent
    scheduler = subprocess.Popen(
        [str(bin_dir / "dask"), "scheduler", "--port", "0", "--no-dashboard",
         "--scheduler-file", str(address_file)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = None
    try:
        deadline = time.monotonic() + 60
        while not address_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = subprocess.Popen(
            [str(bin_dir / "dask"), "worker", "--nworkers", "2", "--nthreads", "1",
             "--no-dashboard", "--scheduler-file", str(address_file)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import json

        address = json.loads(address_file.read_text())["address"]
        with distributed.Client(address) as client:
            client.wait_for_workers(2, timeout=60)
        out = tmp_path / "reports"
        done = subprocess.run(
            [str(bin_dir / "compliance-docs"), "batch", str(SAMPLES), "--output-dir", str(out),
             "--format", "json", "--format", "html", "--quiet", "--scheduler", address],
            env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert (out / "summary.csv").read_text() == (local[0] / "summary.csv").read_text()
    finally:
        for process in (workers, scheduler):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()


def test_the_cluster_example_of_batch_help_runs_against_a_real_scheduler(local, cluster, tmp_path,
                                                                         monkeypatch):
    """`compliance-docs batch --help` shows a batch on a cluster: it runs as shown, with the
    address of a running scheduler in place of tcp://SCHEDULER:8786."""
    from click.testing import CliRunner

    from compliance_docs.cli import main

    from examples import help_examples

    help_text = CliRunner().invoke(main, ["batch", "--help"]).output
    shown = [args for args in help_examples(help_text) if "--scheduler" in args]
    assert len(shown) == 1 and "tcp://SCHEDULER:8786" in shown[0]
    args = [cluster.scheduler_address if a == "tcp://SCHEDULER:8786" else a for a in shown[0]]
    (tmp_path / "samples").symlink_to(SAMPLES.resolve(), target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "8 bundles: 8 screened, 0 unchanged" in result.output
    out = tmp_path / args[args.index("--output-dir") + 1]
    assert (out / "summary.csv").read_text() == (local[0] / "summary.csv").read_text()
