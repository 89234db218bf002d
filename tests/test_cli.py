"""The command line as the intake batch and a verifier use it (click's CliRunner)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from compliance_docs.cli import main
from compliance_docs.data import data_path

from conftest import ROOT, make_docx, make_reportlab_pdf

SCHEMA = json.loads(data_path("report.schema.json").read_text(encoding="utf-8"))

DEED = [
    "AKTA PENDIRIAN PERSEROAN TERBATAS",
    "Nomor : 12",
    "Pada hari ini, Selasa, tanggal 14-04-2020 (empat belas April dua ribu dua puluh).",
    "Berhadapan dengan saya, SITI RAHMAWATI, Sarjana Hukum, Magister Kenotariatan, Notaris di Jakarta.",
    "Tuan BUDI SANTOSO, pemegang Nomor Induk Kependudukan 3174051203850002, selaku Direktur Utama.",
    "Perseroan Terbatas ini bernama PT BELAJAR NUSANTARA DIGITAL, berkedudukan di Jakarta Selatan.",
    "Direktur Utama : Tuan BUDI SANTOSO",
    "Pengesahan Menteri Hukum dan Hak Asasi Manusia Nomor AHU-0012345.AH.01.01.Tahun 2020.",
]


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "intake" / "pt-belajar"
    folder.mkdir(parents=True)
    make_reportlab_pdf(folder / "akta.pdf", [DEED])
    make_docx(folder / "sistem.docx", [
        "DESKRIPSI SISTEM",
        "Arsitektur layanan mikro di pusat data Tier III; keamanan ISO/IEC 27001 dengan enkripsi.",
        "Ketersediaan 99,9% (SLA); integrasi melalui REST API.",
        "Sistem telah terintegrasi dengan Kartu Prakerja <script>alert('x')</script> sebagai metode"
        " pembayaran pelatihan.",
        "Situs: https://www.belajarnusantara.id",
    ])
    return folder


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def validate(report: dict) -> None:
    jsonschema.validate(report, SCHEMA)


def test_screen_writes_three_formats_that_match_the_schema(bundle, tmp_path):
    out = tmp_path / "reports"
    result = run("screen", str(bundle), "--output-dir", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "pt-belajar.html", "pt-belajar.json", "pt-belajar.md"]
    report = json.loads((out / "pt-belajar.json").read_text())
    validate(report)
    # the pictures the Markdown links, in a folder beside it
    assert [p.name for p in out.iterdir() if p.is_dir()] in ([], ["pt-belajar.pictures"])
    assert report["bundle"]["id"] == "pt-belajar" and report["ruleset"]["id"] == "permenko-11-2020"
    html = (out / "pt-belajar.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html  # document text is escaped
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)  # self-contained
    everything = "".join(p.read_text() for p in out.iterdir() if p.is_file())
    assert "3174051203850002" not in everything  # NIK masked by default
    assert "3174********0002" in everything


def test_show_nik_and_english(bundle, tmp_path):
    out = tmp_path / "r"
    assert run("screen", str(bundle), "--output-dir", str(out), "--format", "json", "--show-nik",
               "--lang", "en").exit_code == 0
    report = json.loads((out / "pt-belajar.json").read_text())
    validate(report)
    assert "3174051203850002" in json.dumps(report)
    assert report["language"] == "en"
    assert report["criteria"][0]["title"] == "Allowed operator and legal form"


def test_screen_a_zip_bundle(bundle, tmp_path):
    import shutil

    archive = shutil.make_archive(str(tmp_path / "pt-zip"), "zip", bundle)
    out = tmp_path / "r"
    result = run("screen", archive, "--output-dir", str(out), "--format", "md")
    assert result.exit_code == 0 and (out / "pt-zip.md").is_file()


@pytest.mark.parametrize("args, message", [
    (["screen", "/no/such/bundle"], "no such folder or .zip file"),
    (["screen", ".", "--ruleset", "permenko-99"], "unknown ruleset 'permenko-99'"),
    (["batch", "/no/such/intake"], "no such intake folder"),
    (["criteria", "--ruleset", "nope"], "unknown ruleset"),
])
def test_usage_errors_are_one_line_and_exit_2(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_batch_writes_index_summary_and_resumes(bundle, tmp_path):
    intake = bundle.parent
    (intake / "kosong").mkdir()  # an empty bundle still gets a report
    (intake / "rusak.zip").write_bytes(b"not a zip at all")
    out = tmp_path / "reports"
    first = run("batch", str(intake), "--output-dir", str(out), "--jobs", "2")
    assert first.exit_code == 0, first.output
    assert "3 bundles: 3 screened, 0 unchanged" in first.output
    for stem in ("pt-belajar", "kosong", "rusak"):
        validate(json.loads((out / f"{stem}.json").read_text()))
    summary = (out / "summary.csv").read_text().splitlines()
    assert summary[0].startswith("bundle,legal_entity,business_license") and len(summary) == 4
    index = (out / "index.html").read_text()
    assert "pt-belajar.html" in index and "<script src" not in index
    second = run("batch", str(intake), "--output-dir", str(out))
    assert "3 bundles: 0 screened, 3 unchanged" in second.output
    (bundle / "catatan.txt").write_text("Surat pengantar.", encoding="utf-8")
    third = run("batch", str(intake), "--output-dir", str(out), "--quiet")
    assert "3 bundles: 1 screened, 2 unchanged" in third.output
    assert "3 bundles: 3 screened, 0 unchanged" in run("batch", str(intake), "--output-dir", str(out),
                                                      "--force", "--quiet").output


def test_criteria_lists_citations():
    result = run("criteria", "--ruleset", "permenko-3-2020")
    assert result.exit_code == 0
    assert "national_coverage" in result.output and "Permenko 3/2020 Pasal 47 ayat (3) huruf a" in result.output


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        result = run(name, "--help")
        assert result.exit_code == 0 and "Example" in result.output
        assert f"compliance-docs {name}" in readme


def test_hostile_bundle_names_stay_inside_the_output_folder(tmp_path):
    from compliance_docs.report import safe_stem

    assert safe_stem("pt-belajar-nusantara-digital") == "pt-belajar-nusantara-digital"
    assert re.fullmatch(r"etc_passwd-[0-9a-f]{8}", safe_stem("../../etc/passwd"))
    assert re.fullmatch(r"index-bundle-[0-9a-f]{8}", safe_stem("index"))
    assert re.fullmatch(r"PT_Maju_Persero-[0-9a-f]{8}", safe_stem("PT Maju (Persero)"))
    assert safe_stem("PT Maju") != safe_stem("PT_Maju")  # cleaned names stay apart
    assert re.fullmatch(r"CON-bundle-[0-9a-f]{8}", safe_stem("CON"))
    assert re.fullmatch(r"nul-bundle.pdf-[0-9a-f]{8}", safe_stem("nul.pdf"))
    assert "\n" not in safe_stem("pt\nbaru") and "/" not in safe_stem("a/../b")
    long = safe_stem("Ä" * 300)
    assert len(long.encode()) <= 110 and long != safe_stem("Ä" * 301)
