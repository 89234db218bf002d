"""What the tool writes and prints when the input is hostile: safe, unique file names inside
the output folder, one clear line for an output folder it cannot write, and no traceback on
the terminal unless --debug asks for one."""

from __future__ import annotations

import csv
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance_docs.cli import main

STATEMENT = "SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna kami tersebar di 30 (tiga puluh) provinsi.\n"
HOSTILE_IDS = ["pt\nbaris-baru", "a..b", "CON", "nul.pdf", "index", "summary", "PT Maju (Persero)",
               "PT_Maju_Persero", "a" * 240, "pt-\x1b[31mmerah", "pt-sama"]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _intake(root: Path) -> Path:
    intake = root / "intake"
    intake.mkdir()
    for name in HOSTILE_IDS:
        folder = intake / name
        folder.mkdir()
        (folder / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    import zipfile

    with zipfile.ZipFile(intake / "pt-sama.zip", "w") as z:  # the same id as the folder
        z.writestr("cakupan.txt", STATEMENT)
    return intake


def test_hostile_bundle_names_get_safe_unique_files_inside_the_output_folder(tmp_path):
    intake = _intake(tmp_path)
    out = tmp_path / "out"
    result = run("batch", str(intake), "--output-dir", str(out), "--jobs", "1", "--quiet")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert all(p.resolve().parent == out.resolve() for p in out.iterdir())
    assert not list(tmp_path.glob("*.json")) and not (tmp_path / "etc").exists()
    reports = [n for n in names if n.endswith(".json")]
    bundles = len([p for p in intake.iterdir()])
    assert len(reports) == bundles  # one report each: no two bundles share a name
    for name in names:
        assert "\n" not in name and "\x1b" not in name and len(name.encode()) < 200
        assert name.split(".")[0].lower() not in {"con", "nul"}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "index.html" in names and "summary.csv" in names
    rows = list(csv.reader((out / "summary.csv").open(encoding="utf-8")))
    assert len(rows) == bundles + 1
    for stem in (n[:-5] for n in reports):  # every report is linked from the index
        assert f"{stem}.html" in index
    assert "\x1b" not in result.output


def test_a_full_output_folder_is_one_line_and_exit_1(tmp_path, monkeypatch):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    out = tmp_path / "out"

    def full(fd, *args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = CliRunner().invoke(main, ["screen", str(folder), "--output-dir", str(out)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: cannot write {out / 'b.html'}: No space left on device"]
    assert not out.exists() or list(out.iterdir()) == []  # no half report, no temporary file


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    blocker = tmp_path / "berkas"
    blocker.write_text("a file where the folder should be")
    result = CliRunner().invoke(main, ["screen", str(folder), "--output-dir", str(blocker / "out")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot write") and "Traceback" not in result.output


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "COMPLIANCE_DOCS_DEBUG"}
    return subprocess.run([sys.executable, "-m", "compliance_docs.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


def test_a_bundle_with_a_symlink_loop_prints_no_traceback(tmp_path):
    folder = tmp_path / "pt-tautan"
    folder.mkdir()
    (folder / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    os.symlink("putaran", folder / "putaran")
    os.symlink("b", folder / "a")
    os.symlink("a", folder / "b")
    done = _cli("screen", str(folder), "--output-dir", str(tmp_path / "out"), "--format", "json",
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    report = json.loads((tmp_path / "out" / "pt-tautan.json").read_text())
    assert "putaran: tautan rusak atau tautan melingkar, tidak dibaca" in report["warnings"]
    assert report["documents"][0]["path"] == "cakupan.txt"


BROKEN_READER = """
import sys
from compliance_docs.ingest import office
def broken(data, *, markdown=False):
    raise KeyError("\\x1b[2Jmerusak layar")
office.read_text = broken
import compliance_docs.ingest as ingest
ingest.read_text = broken
from compliance_docs.cli import main
sys.exit(main())
"""


@pytest.mark.parametrize("debug", [False, True])
def test_an_unexpected_error_is_one_line_and_a_traceback_only_with_debug(tmp_path, debug):
    folder = tmp_path / "pt-cacat"
    folder.mkdir()
    (folder / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    script = tmp_path / "broken.py"
    script.write_text(BROKEN_READER)
    args = [sys.executable, str(script), *(["--debug"] if debug else []), "screen", str(folder),
            "--output-dir", str(tmp_path / "out"), "--format", "json"]
    env = {k: v for k, v in os.environ.items() if k != "COMPLIANCE_DOCS_DEBUG"}
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "out" / "pt-cacat.json").read_text())
    assert report["documents"][0]["warnings"] == [
        "tidak dapat dibaca (galat tak terduga: KeyError)"]
    assert "\x1b" not in done.stderr
    if debug:
        assert "Traceback" in done.stderr
    else:
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(
            "compliance-docs: cakupan.txt: cannot be read (KeyError: ")
