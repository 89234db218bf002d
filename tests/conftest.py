"""Fixtures that build real files (PDF from two producers, DOCX, zip) in a temporary folder."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _register_in_tmp(tmp_path_factory, monkeypatch):
    """No test records into the real user data folder: each test gets its own register."""
    path = tmp_path_factory.mktemp("register") / "register.sqlite3"
    monkeypatch.setenv("COMPLIANCE_DOCS_REGISTER", str(path))
    return path


def make_reportlab_pdf(path: Path, pages: list[list[str]], *, header: str = "", encrypt: str = "") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt or None)
    for lines in pages:
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(72, 815, header)
        c.setFont("Helvetica", 10)
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        c.showPage()
    c.save()
    return path


def make_fpdf_pdf(path: Path, text: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, text)
    pdf.output(str(path))
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
              header: str = "") -> Path:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    document.save(str(path))
    return path


@pytest.fixture
def files():
    return sys.modules[__name__]


@pytest.fixture(autouse=True, scope="session")
def _ocr_cache(tmp_path_factory):
    """OCR results cached per test session, not in the developer's home."""
    import os

    os.environ["COMPLIANCE_DOCS_CACHE"] = str(tmp_path_factory.mktemp("cache"))


def make_mixed_pdf(path: Path, text_lines: list[str], scan) -> Path:
    """Page 1 with a text layer, page 2 an image only (a scan), as office scanners combine them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780
    for line in text_lines:
        c.drawString(72, y, line)
        y -= 14
    c.showPage()
    c.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path
