"""What the fuzzers feed: one file's bytes to the reader of one format, as a bundle holds it.

`check(target, data)` raises `Crash` when reading ends in an unexpected error (a defect: the
reader turns it into a warning in a report, which a fuzzer would never see), and lets every
other outcome pass. Shared by the Atheris harness (`harness.py`) and by the test that replays
every crash found (`tests/hostile/test_fuzz_regressions.py`).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

TARGETS = {"pdf": "dokumen.pdf", "docx": "dokumen.docx", "xlsx": "mitra.xlsx",
           "image": "pindaian.png", "zip": "berkas.zip"}
ROOT = Path(__file__).resolve().parent


def without_ocr() -> None:
    """For the fuzzing process only: the parsers are what is fuzzed, and OCR would spend
    seconds on every image that decodes; the readers' own log lines are silenced too."""
    os.environ["PATH"] = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                                         if not (Path(p) / "tesseract").exists())
    logging.getLogger("compliance_docs").setLevel(logging.CRITICAL)


class Crash(Exception):
    """Reading a file ended in an unexpected error."""


def check(target: str, data: bytes) -> None:
    from compliance_docs.ingest import read_bundle, read_document
    from compliance_docs.ingest.bundle import BundleFile

    if target == "zip":
        with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
            path = Path(folder) / TARGETS["zip"]
            path.write_bytes(data)
            bundle = read_bundle(path)
            documents = bundle.documents
    else:
        documents = [read_document(BundleFile(TARGETS[target], data))]
    for doc in documents:
        for warning in doc.warnings:
            if "unexpected error" in warning:
                raise Crash(f"{doc.path}: {warning}")


def seeds(target: str) -> list[bytes]:
    """Small real files of the target's kind: the samples' documents and the hostile corpus."""
    import sys

    sys.path.insert(0, str(ROOT.parent / "tests" / "hostile"))
    import hostile_corpus as corpus

    suffixes = {"pdf": (".pdf",), "docx": (".docx",), "xlsx": (".xlsx", ".ods"),
                "image": (".png", ".jpg", ".jpeg", ".tif", ".tiff"), "zip": (".zip",)}[target]
    found = [p.read_bytes() for p in sorted((ROOT.parent / "samples").rglob("*"))
             if p.suffix.lower() in suffixes and p.stat().st_size < 300_000]
    made = {"pdf": [corpus.text_pdf(corpus.DEED.splitlines()), corpus.huge_image_pdf(),
                    corpus.pdf_stream_bomb(8)],
            "docx": [corpus.docx_of(corpus.DEED.splitlines()), corpus.billion_laughs_docx()],
            "xlsx": [corpus.xlsx_bomb(2)],
            "image": [corpus.png_bomb(300, 200)],
            "zip": [corpus.zip_of({"akta.txt": corpus.DEED.encode()}),
                    corpus.zip_with_symlink(corpus.DEED.encode())]}[target]
    return found[:12] + made
