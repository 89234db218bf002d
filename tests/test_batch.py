"""Intake batches: a bundle that overruns its time limit or cannot be read still gets a report,
reports are whole files, and an unchanged batch is not screened again."""

from __future__ import annotations

import json
from pathlib import Path

from compliance_docs.batch import Options, bundles_in, run_batch, write_index

from conftest import make_reportlab_pdf

STATEMENT = "SURAT PERNYATAAN CAKUPAN NASIONAL\nPengguna kami tersebar di 30 (tiga puluh) provinsi.\n"


def intake_with_trouble(root: Path) -> Path:
    intake = root / "intake"
    for i in range(3):
        folder = intake / f"pt-ok-{i}"
        folder.mkdir(parents=True)
        (folder / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    (intake / "pt-rusak.zip").write_bytes(b"PK\x03\x04 truncated")
    slow = intake / "pt-lambat"
    slow.mkdir()
    lines = [f"Pasal {n} Direksi berhak mewakili Perseroan di dalam dan di luar Pengadilan." for n in range(50)]
    make_reportlab_pdf(slow / "akta.pdf", [lines] * 600)
    (intake / "catatan.txt").write_text("not a bundle", encoding="utf-8")
    return intake


def test_a_slow_and_a_corrupt_bundle_do_not_stop_the_batch(tmp_path):
    intake = intake_with_trouble(tmp_path)
    options = Options("permenko-11-2020", ("json", "html"), tmp_path / "out")
    bundles = bundles_in(intake)
    assert [b.name for b in bundles] == ["pt-lambat", "pt-ok-0", "pt-ok-1", "pt-ok-2", "pt-rusak.zip"]
    rows = {r["id"]: r for r in run_batch(bundles, options, jobs=2, time_limit=1.5)}
    assert set(rows) == {"pt-lambat", "pt-ok-0", "pt-ok-1", "pt-ok-2", "pt-rusak"}

    slow = json.loads((options.output_dir / "pt-lambat.json").read_text())
    assert slow["overall"] == "needs_review"
    assert "batas waktu 1.5 detik terlampaui" in slow["warnings"][0]  # in the report language
    broken = json.loads((options.output_dir / "pt-rusak.json").read_text())
    assert "bukan file zip yang dapat dibaca" in broken["warnings"][0]
    assert rows["pt-ok-0"]["criteria"]["national_coverage"] == "met"

    index, summary = write_index(list(rows.values()), options)
    assert summary.read_text().count("\n") == 6
    leftovers = [p.name for p in options.output_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []  # atomic writes leave no partial files


def test_unchanged_bundles_are_skipped_and_changed_ones_redone(tmp_path):
    intake = tmp_path / "intake"
    for i in range(2):
        (intake / f"b{i}").mkdir(parents=True)
        (intake / f"b{i}" / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    options = Options("permenko-11-2020", ("md",), tmp_path / "out")
    first = list(run_batch(bundles_in(intake), options, jobs=1))
    assert not any(r["skipped"] for r in first)
    assert (options.output_dir / ".b0.json").is_file()  # the fingerprint lives beside the reports
    (intake / "b1" / "cakupan.txt").write_text(STATEMENT + "Jawa Barat\n", encoding="utf-8")
    second = {r["id"]: r["skipped"] for r in run_batch(bundles_in(intake), options, jobs=1)}
    assert second == {"b0": True, "b1": False}
    other_ruleset = Options("permenko-3-2020", ("md",), options.output_dir)
    assert not any(r["skipped"] for r in run_batch(bundles_in(intake), other_ruleset, jobs=1))


def test_digests_are_not_masked_as_nik_and_reports_are_readable(tmp_path):
    from compliance_docs.report.model import mask_nik

    assert mask_nik("799a9c2ee96f06e443d5acc59321234567893182edef") == "799a9c2ee96f06e443d5acc59321234567893182edef"
    assert mask_nik("NIK: 3174051203850002.") == "NIK: 3174********0002."
    intake = tmp_path / "intake"
    (intake / "b0").mkdir(parents=True)
    (intake / "b0" / "cakupan.txt").write_text(STATEMENT, encoding="utf-8")
    options = Options("permenko-11-2020", ("json",), tmp_path / "out")
    for _ in range(3):  # whatever digits a fingerprint holds, the second run skips the bundle
        rows = list(run_batch(bundles_in(intake), options, jobs=1))
    assert rows[0]["skipped"]
    assert (options.output_dir / "b0.json").stat().st_mode & 0o044  # group/others may read


def _pipeline_calls_in_this_worker() -> tuple[int, int]:
    from compliance_docs.extract.nlp import get_nlp

    info = get_nlp.cache_info()
    return info.misses, info.hits


def test_workers_start_with_the_pipeline_the_batch_built():
    from compliance_docs.batch import worker_pool

    with worker_pool(2) as pool:
        futures = [pool.schedule(_pipeline_calls_in_this_worker) for _ in range(4)]
        calls = [f.result(timeout=60) for f in futures]
    # one build (the parent's), and the worker's own start-up found it built: a worker that
    # built its own would show that build as its first call, a miss, and no hit
    assert all(misses == 1 and hits >= 1 for misses, hits in calls), calls


def test_a_worker_that_does_not_render_starts_without_the_template_engine():
    import subprocess
    import sys

    code = ("import sys\n"
            "from compliance_docs.batch import worker_pool\n"
            "def loaded():\n"
            "    return [name in sys.modules for name in ('spacy', 'jinja2')]\n"
            "for rendering in (False, True):\n"
            "    with worker_pool(1, preload_here=False, rendering=rendering) as pool:\n"
            "        print(rendering, pool.schedule(loaded).result(timeout=60))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # `screen` renders in the process that writes: its worker need not import Jinja first
    assert out.stdout.splitlines() == ["False [True, False]", "True [True, True]"]


def test_screen_has_its_templates_loaded_before_its_worker_is_done(tmp_path, monkeypatch):
    import importlib

    from compliance_docs.batch import screen_to_data

    render = importlib.import_module("compliance_docs.report.render")  # the module, not render()
    sample = Path(__file__).resolve().parents[1] / "samples" / "pt-belajar-nusantara-digital"
    data = screen_to_data(sample, Options("permenko-11-2020", ("json",), tmp_path, language="en",
                                          pictures=False))
    render._environment.cache_clear()  # new engines: nothing loaded by earlier tests
    render.prepare(("html", "md", "json"), "en")

    def not_again(*args):
        raise AssertionError(f"template read while rendering: {args[1:]}")

    for autoescape in (True, False):  # the report and every partial it imports came from prepare()
        monkeypatch.setattr(render._environment(autoescape).loader, "get_source", not_again)
    data.pop("sheet", None)
    assert "<html" in render.render(data, "html") and render.render(data, "md").startswith("#")


def test_the_largest_bundles_are_screened_first_so_no_worker_waits_at_the_end(tmp_path):
    from compliance_docs.batch import bundle_bytes

    intake = tmp_path / "intake"
    for name, size in (("pt-kecil", 10), ("pt-besar", 5000), ("pt-sedang", 800)):
        (intake / name).mkdir(parents=True)
        (intake / name / "cakupan.txt").write_text(STATEMENT + " " * size, encoding="utf-8")
    assert bundle_bytes(intake / "pt-besar") > bundle_bytes(intake / "pt-sedang") > bundle_bytes(intake / "pt-kecil")
    assert bundle_bytes(intake / "absent") == 0
    options = Options("permenko-11-2020", ("json",), tmp_path / "out")
    rows = list(run_batch(bundles_in(intake), options, jobs=1))  # one worker: in the order given
    assert [r["id"] for r in rows] == ["pt-besar", "pt-sedang", "pt-kecil"]
