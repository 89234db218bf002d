"""A batch run again over an unchanged intake answers from the state the last run left, reading
no bundle, report or register; any change (a document, a report, a decision file, the
register, the settings) sends it down the usual path."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance_docs.batchstate import STATE
from compliance_docs.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ("pt-sinar-akademi-digital", "cv-cahaya-ilmu-mandiri")


def batch(intake: Path, out: Path, register: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["batch", str(intake), "--output-dir", str(out), "--quiet",
                                       "--jobs", "2", "--no-pictures", "--register", str(register),
                                       *extra])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def screened(tmp_path):
    intake = tmp_path / "intake"
    for name in SAMPLES:
        shutil.copytree(ROOT / "samples" / name, intake / name)
    out, register = tmp_path / "reports", tmp_path / "register.sqlite3"
    assert "2 screened, 0 unchanged" in batch(intake, out, register)
    return intake, out, register


def stamps(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_an_unchanged_rerun_reads_nothing_and_writes_nothing(screened):
    intake, out, register = screened
    state = json.loads((out / STATE).read_text(encoding="utf-8"))
    state["bundles"].reverse()  # kept in the order the workers finished, not the intake's
    (out / STATE).write_text(json.dumps(state), encoding="utf-8")
    before = stamps(out)
    code = ("import sys\n"
            "from compliance_docs.cli import main\n"
            "try:\n"
            f"    main(['batch', {str(intake)!r}, '--output-dir', {str(out)!r}, '--quiet',\n"
            f"          '--no-pictures', '--register', {str(register)!r}])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print([m for m in ('spacy', 'sqlalchemy', 'jinja2', 'pypdfium2') if m in sys.modules])\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "2 bundles: 0 screened, 2 unchanged" in run.stdout
    assert run.stdout.strip().endswith("[]")  # nothing heavy imported: nothing read
    assert stamps(out) == before


def test_a_changed_document_is_screened_again(screened):
    intake, out, register = screened
    letter = intake / SAMPLES[0] / "Surat_Permohonan.txt"
    letter.write_text(letter.read_text(encoding="utf-8") + "\nTambahan.\n", encoding="utf-8")
    assert "1 screened, 1 unchanged" in batch(intake, out, register)
    assert "0 screened, 2 unchanged" in batch(intake, out, register)


def test_a_removed_report_a_new_decision_file_or_another_ruleset_go_the_usual_way(screened):
    intake, out, register = screened
    (out / f"{SAMPLES[1]}.md").unlink()
    assert "1 screened, 1 unchanged" in batch(intake, out, register)

    index = (out / "index.html").stat().st_mtime_ns
    decision = {"schema": "compliance-docs/decision/1", "overall": "reject",
                "verifier": {"name": "Budi Santoso"}, "decided_at": "2026-12-07T08:00:00Z",
                "report": {"report_sha256": "0" * 64}}
    (out / f"{SAMPLES[1]}.decision.json").write_text(json.dumps(decision), encoding="utf-8")
    assert "0 screened, 2 unchanged" in batch(intake, out, register)
    assert (out / "index.html").stat().st_mtime_ns != index  # written again, with the decision
    assert "Budi Santoso" in (out / "index.html").read_text(encoding="utf-8")

    assert "2 screened" in batch(intake, out, register, "--ruleset", "permenko-3-2020")


def test_a_register_replaced_since_is_filled_again(screened):
    intake, out, register = screened
    for path in register.parent.glob(register.name + "*"):
        path.unlink()
    # the reports are current, but the new register does not know them: screened again
    assert "2 screened, 0 unchanged" in batch(intake, out, register)


def test_a_bundle_that_failed_leaves_no_state(screened, monkeypatch):
    from compliance_docs import pipeline

    intake, out, register = screened
    real = pipeline.screen_path

    def failing(path, **kwargs):
        if Path(path).name == SAMPLES[0]:
            raise RuntimeError("a defect met on this bundle")
        return real(path, **kwargs)

    monkeypatch.setattr(pipeline, "screen_path", failing)  # the worker forks with it
    assert "2 screened" in batch(intake, out, register, "--force")
    assert not (out / STATE).exists()
    monkeypatch.setattr(pipeline, "screen_path", real)
    assert "1 screened, 1 unchanged" in batch(intake, out, register)  # the failed one again
    assert (out / STATE).exists()
