"""The same register code on a real PostgreSQL server, which this test starts itself from
Debian's `postgresql` package: initdb in a temporary folder, pg_ctl as the unprivileged
`postgres` user (the server refuses to run as root, and the tests run as root in CI)."""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from helpers import cli as run

ROOT = Path(__file__).resolve().parents[1]
BUMD = "pt-borneo-cakap-digital-perseroda"


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        pytest.fail("PostgreSQL is not installed: `make test` installs Debian's postgresql "
                    "(scripts/debian-packages.txt)")
    return found[-1]


def _as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


@pytest.fixture(scope="module")
def postgres_url():
    # its own folder under the system's temporary one: pytest's is private to root
    base = Path(tempfile.mkdtemp(prefix="compliance-docs-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        os.chmod(base, 0o755)
        data.mkdir()
        entry = pwd.getpwnam("postgres")
        os.chown(data, entry.pw_uid, entry.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_postgres(_bin("initdb"), "-D", str(data), "-U", "register", "-A", "trust",
                                "-E", "UTF8", "--no-sync"), check=True, capture_output=True, cwd=base)
    subprocess.run(_as_postgres(_bin("pg_ctl"), "-D", str(data), "-w", "-l", str(data / "log"),
                                "-o", f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -F",
                                "start"), check=True, capture_output=True, cwd=base)
    try:
        subprocess.run(_as_postgres(_bin("createdb"), "-h", "127.0.0.1", "-p", str(port),
                                    "-U", "register", "screenings"), check=True, capture_output=True)
        yield f"postgresql://register@127.0.0.1:{port}/screenings"
    finally:
        subprocess.run(_as_postgres(_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_batch_history_rescreen_and_export_on_postgresql(postgres_url, tmp_path):
    run("batch", str(ROOT / "samples"), "--output-dir", str(tmp_path / "reports"), "--quiet",
        "--jobs", "1", "--register", postgres_url)
    found = json.loads(run("history", "1210210034871", "--json", "--register", postgres_url))
    assert [s["bundle_id"] for s in found["screenings"]] == [BUMD]
    assert "near matches: 'PT Borneo Cakap Digital (Perseroda)'" in run(
        "history", "Borneo Cakap", "--register", postgres_url, code=2)
    out = run("rescreen", "--ruleset", "permenko-3-2020", "--output-dir", str(tmp_path / "p3"),
              "--register", postgres_url)
    assert f"{BUMD}: not_met -> met" in out
    rows = json.loads(run("export", "--all", "--format", "json", "--register", postgres_url))
    assert [r["kind"] for r in rows if r["bundle_id"] == BUMD] == ["batch", "rescreen"]
    # opening it again finds the schema at its revision: nothing migrated twice
    assert len(json.loads(run("export", "--format", "json", "--register", postgres_url))) == \
        len({r["bundle_id"] for r in rows})


def test_a_resubmission_shows_the_last_decision_on_postgresql(postgres_url, tmp_path):
    from test_register_previous import exported_decision

    bundle = str(ROOT / "samples" / BUMD)
    run("screen", bundle, "--output-dir", str(tmp_path / "a"), "--no-pictures",
        "--register", postgres_url)
    html = (tmp_path / "a" / f"{BUMD}.html").read_text(encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps(exported_decision(html)), encoding="utf-8")
    run("decide", str(tmp_path / "d.json"), "--register", postgres_url)
    run("screen", bundle, "--output-dir", str(tmp_path / "b"), "--no-pictures",
        "--register", postgres_url)
    again = json.loads((tmp_path / "b" / f"{BUMD}.json").read_text(encoding="utf-8"))
    assert again["previous_screening"]["decision"]["verifier"] == "Siti Aminah"
    assert again["previous_screening"]["changes"]["documents"] == {"added": [], "removed": [],
                                                                    "changed": []}
