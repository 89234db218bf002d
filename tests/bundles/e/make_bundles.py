#!/usr/bin/env python3
"""Generate the held-out corpus "heldout-e": 8 fictional Kartu Prakerja
digital-platform applicant bundles plus expected.yaml (ground truth).

Written from shared/domain/BRIEF.md ("Screening rules v1", read literally) and
shared/spec/report-contract.md only, without reference to the tool's source,
samples or tests. Focus: TYPICAL applicants, each written by a different
"author" (document order, headings, letterheads, numbering, tone, formats).

Every company, person, address and number is fictional.

Deterministic: fixed random seeds, reportlab invariant=1, fixed PDF and DOCX
metadata, fixed ZIP timestamps inside DOCX files, no temporary paths. Writes
beside itself:  python make_bundles.py
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.fonts import FontFace
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = dt.datetime(2025, 3, 3, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2025, 3, 3, 9, 0, 0)

# --------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------
RL_FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-Bold": "DejaVuSans-Bold.ttf",
    "Sans-Italic": "DejaVuSans-Oblique.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Serif-Italic": "DejaVuSerif-Italic.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-Bold": "DejaVuSansCondensed-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
}
for _name, _file in RL_FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

# --------------------------------------------------------------------------
# Indonesian words for numbers and dates
# --------------------------------------------------------------------------
_SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
           "delapan", "sembilan", "sepuluh", "sebelas"]
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
         "Agustus", "September", "Oktober", "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTH_EN = ["", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"]


def terbilang(n: int) -> str:
    """Indonesian number words (lower case)."""
    if n < 12:
        return _SATUAN[n] if n else "nol"
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    if n < 100:
        rest = n % 10
        return f"{_SATUAN[n // 10]} puluh" + (f" {_SATUAN[rest]}" if rest else "")
    if n < 200:
        rest = n - 100
        return "seratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 1000:
        rest = n % 100
        return f"{_SATUAN[n // 100]} ratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 2000:
        rest = n - 1000
        return "seribu" + (f" {terbilang(rest)}" if rest else "")
    if n < 1_000_000:
        rest = n % 1000
        return f"{terbilang(n // 1000)} ribu" + (f" {terbilang(rest)}" if rest else "")
    if n < 1_000_000_000:
        rest = n % 1_000_000
        return f"{terbilang(n // 1_000_000)} juta" + (f" {terbilang(rest)}" if rest else "")
    rest = n % 1_000_000_000
    return f"{terbilang(n // 1_000_000_000)} miliar" + (f" {terbilang(rest)}" if rest else "")


def tgl_words(d: dt.date) -> str:
    """'tujuh belas Juni dua ribu dua puluh'."""
    return f"{terbilang(d.day)} {BULAN[d.month]} {terbilang(d.year)}"


def tgl(d: dt.date) -> str:
    """'17 Juni 2020'."""
    return f"{d.day} {BULAN[d.month]} {d.year}"


def hari(d: dt.date) -> str:
    return HARI[d.weekday()]


def en_date(d: dt.date) -> str:
    return f"{MONTH_EN[d.month]} {d.day}, {d.year}"


def rp(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def fmt_id(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def fmt_en(n: int) -> str:
    return f"{n:,}"


def npwp15(d: str) -> str:
    assert len(d) == 15 and d.isdigit()
    return f"{d[0:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:15]}"


def cap_words(n: int) -> str:
    return terbilang(n)


# --------------------------------------------------------------------------
# Provinces (canonical, BPS order)
# --------------------------------------------------------------------------
PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi",
    "Sumatera Selatan", "Bengkulu", "Lampung", "Kepulauan Bangka Belitung",
    "Kepulauan Riau", "DKI Jakarta", "Jawa Barat", "Jawa Tengah",
    "DI Yogyakarta", "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
    "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan",
    "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat", "Maluku",
    "Maluku Utara", "Papua Barat", "Papua Barat Daya", "Papua",
    "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
]
assert len(PROVINCES) == 38
OLD_34 = [p for p in PROVINCES if p not in (
    "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan")]
assert len(OLD_34) == 34

# rough weights so that the numbers look plausible (Java heavy)
_WEIGHT = {
    "DKI Jakarta": 9, "Jawa Barat": 14, "Jawa Tengah": 11, "Jawa Timur": 12,
    "Banten": 6, "DI Yogyakarta": 3, "Sumatera Utara": 6, "Sumatera Selatan": 4,
    "Lampung": 4, "Sulawesi Selatan": 4, "Riau": 3, "Sumatera Barat": 3,
    "Bali": 2.5, "Kalimantan Timur": 2.5, "Kalimantan Barat": 2.5,
}


def user_counts(provs: list[str], total_scale: int, seed: int) -> dict[str, int]:
    rnd = random.Random(seed)
    out = {}
    for p in provs:
        w = _WEIGHT.get(p, 1.0)
        out[p] = int(total_scale * w / 100 * rnd.uniform(0.75, 1.25)) + rnd.randint(11, 97)
    return out


# display variants a typical author uses
DISPLAY_VARIANT = {
    "DI Yogyakarta": "D.I. Yogyakarta",
    "Kepulauan Bangka Belitung": "Kep. Bangka Belitung",
}


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def write_txt(path: Path, text: str, crlf: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.strip("\n") + "\n"
    if crlf:
        data = data.replace("\n", "\r\n")
    path.write_bytes(data.encode("utf-8"))


def _normalize_zip(raw: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed timestamps and sorted order-preserving entries."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


class Docx:
    """Small wrapper around python-docx with header/footer/table helpers."""

    def __init__(self, *, font="Calibri", size=11, margins_cm=2.5,
                 header: list[str] | None = None, footer: list[str] | None = None,
                 author="Admin", title=""):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, side, Cm(margins_cm))
        if header:
            hp = sec.header.paragraphs[0]
            hp.text = header[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if hp.runs:
                hp.runs[0].bold = True
            for line in header[1:]:
                p = sec.header.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.font.size = Pt(8.5)
        if footer:
            fp = sec.footer.paragraphs[0]
            fp.text = footer[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in fp.runs:
                r.font.size = Pt(8)
            for line in footer[1:]:
                p = sec.footer.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.font.size = Pt(8)
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED_DT.replace(tzinfo=None)
        cp.modified = FIXED_DT.replace(tzinfo=None)
        cp.last_printed = FIXED_DT.replace(tzinfo=None)
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""

    def title(self, text, size=13, bold=True, underline=False, space_after=4):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.underline = underline
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def heading(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def bold_line(self, text, center=False):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def para(self, text, justify=True, indent_cm=0.0, center=False, italic=False,
             size=None, right=False):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent_cm:
            p.paragraph_format.left_indent = Cm(indent_cm)
        p.paragraph_format.space_after = Pt(4)
        return p

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.doc.add_paragraph(it, style=style)

    def numbered(self, items):
        for it in items:
            self.doc.add_paragraph(it, style="List Number")

    def table(self, rows, widths_cm=None, header=True, style="Table Grid",
              size=10, align_right_cols=()):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                par = cell.paragraphs[0]
                run = par.add_run(str(val))
                run.font.size = Pt(size)
                if header and i == 0:
                    run.bold = True
                if j in align_right_cols and i > 0:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if widths_cm:
                    cell.width = Cm(widths_cm[j])
        self.doc.add_paragraph()
        return t

    def page_break(self):
        self.doc.add_page_break()

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        self.doc.save(buf)
        path.write_bytes(_normalize_zip(buf.getvalue()))


# ---- reportlab --------------------------------------------------------------
def rl_styles(base="Serif", size=10.5, leading=None):
    leading = leading or size * 1.45
    bold = base + "-Bold"
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 3,
                                leading=(size + 3) * 1.3, alignment=TA_CENTER,
                                spaceAfter=4),
        "center": ParagraphStyle("center", fontName=base, fontSize=size,
                                 leading=leading, alignment=TA_CENTER),
        "centerb": ParagraphStyle("centerb", fontName=bold, fontSize=size,
                                  leading=leading, alignment=TA_CENTER,
                                  spaceBefore=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 0.5,
                            leading=leading, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=leading,
                            alignment=TA_JUSTIFY, spaceAfter=3),
        "pl": ParagraphStyle("pl", fontName=base, fontSize=size, leading=leading,
                             alignment=TA_LEFT, spaceAfter=2),
        "pi": ParagraphStyle("pi", fontName=base, fontSize=size, leading=leading,
                             alignment=TA_JUSTIFY, leftIndent=18,
                             firstLineIndent=-14, spaceAfter=2),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 2,
                                leading=(size - 2) * 1.35, alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1,
                               leading=(size - 1) * 1.3, alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3, alignment=TA_LEFT),
        "right": ParagraphStyle("right", fontName=base, fontSize=size,
                                leading=leading, alignment=TA_RIGHT),
    }


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def dash_fill(text: str, font: str, size: float, width: float) -> str:
    """Append notarial line-filling dashes so the last line reaches the margin."""
    lines = simpleSplit(text, font, size, width)
    last = lines[-1] if lines else ""
    free = width - pdfmetrics.stringWidth(last + " ", font, size)
    n = int(free / pdfmetrics.stringWidth("-", font, size)) - 3
    if n < 3:
        return text + " " + "-" * 3
    return text + " " + "-" * n


def _nlines(markup: str, style, avail: float) -> int:
    para = Paragraph(markup, style)
    para.wrap(avail, 1e6)
    return len(para.blPara.lines)


def dash_paragraph(text: str, style, avail: float) -> Paragraph:
    """Paragraph whose last line is filled with notarial dashes up to the margin
    (largest dash run that does not add a line; frame padding included in avail)."""
    body = esc(text)
    n0 = _nlines(body, style, avail)
    lo, hi = 0, 220
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _nlines(body + " " + "-" * mid, style, avail) == n0:
            lo = mid
        else:
            hi = mid - 1
    k = lo - 1
    return Paragraph(body + (" " + "-" * k if k >= 3 else ""), style)


def rl_table(rows, col_widths, st, header=True, repeat=1, zebra=False,
             grid=0.5, align_right=(), font_size=None):
    cs = st["cell"]
    if font_size:
        cs = ParagraphStyle("c2", parent=cs, fontSize=font_size, leading=font_size * 1.3)
    csb = ParagraphStyle("cb2", parent=cs, fontName=st["cellb"].fontName)
    csr = ParagraphStyle("cr2", parent=cs, alignment=TA_RIGHT)
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, v in enumerate(row):
            if header and i == 0:
                out.append(Paragraph(esc(str(v)), csb))
            elif j in align_right:
                out.append(Paragraph(esc(str(v)), csr))
            else:
                out.append(Paragraph(esc(str(v)), cs))
        data.append(out)
    t = Table(data, colWidths=col_widths, repeatRows=repeat if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), grid, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")))
    if zebra:
        for r in range(1, len(rows)):
            if r % 2 == 0:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(cmds))
    return t


def rl_build(path: Path, story, *, title, author, subject="", on_page=None,
             margins=(2.5 * cm, 2.5 * cm, 2.5 * cm, 2.2 * cm)):
    path.parent.mkdir(parents=True, exist_ok=True)
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=left, rightMargin=right,
        topMargin=top, bottomMargin=bottom, title=title, author=author,
        subject=subject, creator="Microsoft Word", producer="ReportLab PDF Library",
        invariant=1,
    )
    cb = on_page or (lambda c, d: None)
    doc.build(story, onFirstPage=cb, onLaterPages=cb)


# ---- fpdf2 --------------------------------------------------------------------
class FDoc(FPDF):
    """fpdf2 document with optional letterhead and page-number footer."""

    def __init__(self, *, letterhead=None, footer_text=None, page_numbers=True,
                 base="DejaVu", title="", author="", line_under_header=True,
                 header_every_page=True):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.add_font("DejaVuSerif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
        self.add_font("DejaVuSerif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
        self.add_font("DejaVuSerif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
        self.add_font("DejaVuCond", "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
        self.add_font("DejaVuCond", "B", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf"))
        self.base = base
        self.letterhead = letterhead
        self.footer_text = footer_text
        self.page_numbers = page_numbers
        self.line_under_header = line_under_header
        self.header_every_page = header_every_page
        self.set_creation_date(FIXED_DT)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Microsoft Word")
        self.set_producer("fpdf2")
        self.set_margins(22, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_font(base, "", 10.5)

    def header(self):
        if not self.letterhead or (not self.header_every_page and self.page_no() > 1):
            return
        lh = self.letterhead
        self.set_font(self.base, "B", lh.get("size", 14))
        self.set_text_color(*lh.get("color", (20, 40, 90)))
        self.cell(0, 7, lh["name"], align=lh.get("align", "C"),
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(self.base, "", 8.5)
        for line in lh.get("lines", []):
            self.multi_cell(0, 4.2, line, align=lh.get("align", "C"),
                            new_x="LMARGIN", new_y="NEXT")
        if self.line_under_header:
            y = self.get_y() + 1.5
            self.set_line_width(0.6)
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)
            self.line(self.l_margin, y + 0.9, self.w - self.r_margin, y + 0.9)
        self.ln(6)
        self.set_font(self.base, "", 10.5)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.base, "", 7.5)
        self.set_text_color(90, 90, 90)
        if self.footer_text:
            self.cell(0, 4, self.footer_text, align="L")
            self.set_x(self.l_margin)
        if self.page_numbers:
            self.cell(0, 4, f"Halaman {self.page_no()} dari {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # convenience
    def title_line(self, text, size=12.5, style="B", gap=1.5):
        self.set_font(self.base, style, size)
        self.multi_cell(0, 6.2, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)
        self.set_font(self.base, "", 10.5)

    def heading(self, text, size=11, gap_before=2.5):
        self.ln(gap_before)
        self.set_font(self.base, "B", size)
        self.multi_cell(0, 5.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)
        self.set_font(self.base, "", 10.5)

    def p(self, text, align="J", size=10.5, lh=5.4, indent=0.0, gap=1.6, style=""):
        self.set_font(self.base, style, size)
        if indent:
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.w - self.r_margin - self.l_margin - indent, lh,
                            text, align=align, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)
        self.set_font(self.base, "", 10.5)

    def kv(self, pairs, key_w=52, size=10.5, lh=5.6, indent=0.0):
        self.set_font(self.base, "", size)
        for k, v in pairs:
            self.set_x(self.l_margin + indent)
            self.cell(key_w, lh, k)
            self.cell(4, lh, ":")
            self.multi_cell(0, lh, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def ruled_table(self, rows, col_widths, size=9.5, lh=5.6, align=None,
                    heading_fill=(217, 226, 243)):
        self.set_font(self.base, "", size)
        style = FontFace(emphasis="BOLD", fill_color=heading_fill)
        with self.table(col_widths=col_widths, line_height=lh,
                        headings_style=style, text_align=align or "LEFT",
                        width=sum(col_widths)) as t:
            for row in rows:
                r = t.row()
                for v in row:
                    r.cell(str(v))
        self.ln(3)
        self.set_font(self.base, "", 10.5)

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.alias_nb_pages()
        self.output(str(path))


# --------------------------------------------------------------------------
# Notarial deeds: content as a list of parts, rendered by three writers
# --------------------------------------------------------------------------
# part kinds: ("title", s) ("center", s) ("p", s) ("art", title, label)
#             ("item", s) ("table", rows, widths_frac) ("sig", [lines]) ("gap",)

def _person(f: dict) -> str:
    born = f["born"]
    return (f"{f['honor']} {f['name'].upper()}, lahir di {f['pob']}, pada tanggal "
            f"{born.day} {BULAN[born.month]} {born.year} ({tgl_words(born)}), "
            f"Warga Negara Indonesia, {f['job']}, bertempat tinggal di {f['addr']}, "
            f"pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan (NIK): "
            f"{f['nik']}")


def deed_opening(c: dict) -> list:
    d = c["date"]
    parts = [("title", c.get("deed_title", "AKTA PENDIRIAN PERSEROAN TERBATAS")),
             ("title", c["name"].upper())]
    parts.append(("center", f"Nomor : {c['number']}"))
    parts.append(("gap",))
    if c.get("date_style") == "words":
        head = (f"Pada hari ini, {hari(d)}, tanggal {tgl_words(d)}, pukul "
                f"{c['time']} ({c['time_words']}).")
    elif c.get("date_style") == "mixed":
        head = (f"Pada hari ini, {hari(d)}, tanggal {d.day:02d} ({terbilang(d.day)}) "
                f"{BULAN[d.month]} {d.year} ({terbilang(d.year)}), pukul {c['time']} "
                f"({c['time_words']}).")
    else:
        head = (f"Pada hari ini, {hari(d)}, tanggal {d.day:02d}-{d.month:02d}-{d.year} "
                f"({tgl_words(d)}), pukul {c['time']} ({c['time_words']}).")
    parts.append(("p", head))
    parts.append(("p", f"Berhadapan dengan saya, {c['notary'].upper()}, "
                       f"{c['notary_titles']}, Notaris di {c['notary_city']}, dengan "
                       "dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan "
                       "disebutkan nama-namanya pada bagian akhir akta ini:"))
    roman = ["I", "II", "III", "IV", "V"]
    for i, f in enumerate(c["founders"]):
        parts.append(("item", f"{roman[i]}. {_person(f)}."))
    parts.append(("p", "Para penghadap telah dikenal oleh saya, Notaris."))
    parts.append(("p", "Para penghadap menerangkan dengan ini telah sepakat untuk "
                       "bersama-sama mendirikan suatu perseroan terbatas dengan "
                       "anggaran dasar sebagaimana termuat dalam akta pendirian ini "
                       "(selanjutnya cukup disebut \"Anggaran Dasar\") sebagai berikut:"))
    return parts


def deed_articles(c: dict, long: bool = True, label_fmt="Pasal {n}") -> list:
    """Standard articles of association (anggaran dasar)."""
    P = []
    n = [0]

    def art(title):
        n[0] += 1
        P.append(("art", title, label_fmt.format(n=n[0])))

    nom = c["nominal"]
    dasar = c["shares_auth"]
    placed = sum(f["shares"] for f in c["founders"])
    art("NAMA DAN TEMPAT KEDUDUKAN")
    P.append(("item", f"1. Perseroan Terbatas ini bernama {c['name']} (selanjutnya "
                      "dalam anggaran dasar ini cukup disingkat dengan \"Perseroan\"), "
                      f"berkedudukan di {c['seat']}."))
    P.append(("item", "2. Perseroan dapat membuka kantor cabang atau kantor perwakilan, "
                      "baik di dalam maupun di luar wilayah Republik Indonesia "
                      "sebagaimana ditetapkan oleh Direksi."))
    art("JANGKA WAKTU BERDIRINYA PERSEROAN")
    P.append(("p", "Perseroan didirikan untuk jangka waktu yang tidak terbatas."))
    art("MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA")
    P.append(("item", f"1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang "
                      f"{c['purpose']}."))
    P.append(("item", "2. Untuk mencapai maksud dan tujuan tersebut di atas, Perseroan "
                      "dapat melaksanakan kegiatan usaha sebagai berikut:"))
    letters = "abcdefgh"
    for i, (code, title, desc) in enumerate(c["kbli"]):
        P.append(("item", f"   {letters[i]}. {title} (KBLI {code}); {desc}"))
    art("MODAL")
    P.append(("item", f"1. Modal dasar Perseroan berjumlah Rp{rp(dasar * nom)},00 "
                      f"({terbilang(dasar * nom)} rupiah), terbagi atas {rp(dasar)} "
                      f"({terbilang(dasar)}) saham, masing-masing saham bernilai nominal "
                      f"Rp{rp(nom)},00 ({terbilang(nom)} rupiah)."))
    P.append(("item", f"2. Dari modal dasar tersebut telah ditempatkan dan disetor "
                      f"{round(placed * 100 / dasar)}% ({terbilang(round(placed * 100 / dasar))} persen) atau "
                      f"sejumlah {rp(placed)} ({terbilang(placed)}) saham dengan nilai "
                      f"nominal seluruhnya sebesar Rp{rp(placed * nom)},00 "
                      f"({terbilang(placed * nom)} rupiah) oleh para pendiri yang telah "
                      "mengambil bagian saham dan rincian serta nilai nominal saham "
                      "yang disebutkan pada akhir akta."))
    P.append(("item", "3. Pengeluaran saham lebih lanjut yang dilakukan setiap kali untuk "
                      "menambah modal yang ditempatkan harus disetor penuh dan "
                      "dilakukan dengan persetujuan Rapat Umum Pemegang Saham "
                      "(selanjutnya disebut \"RUPS\")."))
    art("SAHAM")
    P.append(("item", "1. Saham-saham Perseroan adalah saham atas nama."))
    P.append(("item", "2. Perseroan hanya mengakui seorang atau satu badan hukum sebagai "
                      "pemilik satu saham."))
    P.append(("item", "3. Bukti pemilikan saham dapat berupa surat saham atau surat "
                      "kolektif saham yang ditandatangani oleh anggota Direksi dan "
                      "anggota Dewan Komisaris."))
    if long:
        art("PEMINDAHAN HAK ATAS SAHAM")
        P.append(("item", "1. Pemindahan hak atas saham harus berdasarkan akta pemindahan "
                          "hak yang ditandatangani oleh yang memindahkan dan yang "
                          "menerima pemindahan atau kuasanya yang sah."))
        P.append(("item", "2. Pemegang saham yang hendak memindahkan hak atas saham wajib "
                          "menawarkan terlebih dahulu kepada pemegang saham lain dengan "
                          "menyebutkan harga serta persyaratan penjualan."))
        P.append(("item", "3. Pemindahan hak atas saham hanya diperkenankan apabila semua "
                          "persyaratan dalam anggaran dasar telah dipenuhi dan "
                          "dicatat dalam Daftar Pemegang Saham."))
    art("RAPAT UMUM PEMEGANG SAHAM")
    P.append(("item", "1. RUPS dalam Perseroan adalah: a. RUPS tahunan; b. RUPS "
                      "lainnya, yang dalam anggaran dasar ini disebut juga RUPS luar "
                      "biasa."))
    P.append(("item", "2. RUPS tahunan wajib diadakan dalam waktu paling lambat 6 (enam) "
                      "bulan setelah tahun buku ditutup; dalam RUPS tahunan Direksi "
                      "menyampaikan laporan tahunan yang telah ditelaah oleh Dewan "
                      "Komisaris."))
    P.append(("item", "3. RUPS dapat dilangsungkan melalui media telekonferensi, video "
                      "konferensi atau sarana media elektronik lainnya yang "
                      "memungkinkan semua peserta saling melihat dan mendengar secara "
                      "langsung serta berpartisipasi dalam rapat."))
    if long:
        art("TEMPAT, PEMANGGILAN DAN PIMPINAN RUPS")
        P.append(("item", "1. RUPS diadakan di tempat kedudukan Perseroan atau di tempat "
                          "Perseroan melakukan kegiatan usahanya yang utama di wilayah "
                          "Negara Republik Indonesia."))
        P.append(("item", "2. Pemanggilan RUPS dilakukan oleh Direksi dengan surat "
                          "tercatat dan/atau dengan iklan dalam surat kabar dalam "
                          "jangka waktu paling lambat 14 (empat belas) hari sebelum "
                          "tanggal RUPS diadakan."))
        P.append(("item", "3. RUPS dipimpin oleh anggota Dewan Komisaris yang ditunjuk oleh "
                          "Dewan Komisaris."))
        art("KUORUM, HAK SUARA DAN KEPUTUSAN RUPS")
        P.append(("item", "1. RUPS dapat dilangsungkan jika dalam RUPS lebih dari 1/2 "
                          "(satu per dua) bagian dari jumlah seluruh saham dengan hak "
                          "suara hadir atau diwakili."))
        P.append(("item", "2. Keputusan RUPS diambil berdasarkan musyawarah untuk mufakat; "
                          "dalam hal keputusan berdasarkan musyawarah untuk mufakat "
                          "tidak tercapai, keputusan adalah sah jika disetujui lebih "
                          "dari 1/2 (satu per dua) bagian dari jumlah suara yang "
                          "dikeluarkan."))
        P.append(("item", "3. Pemegang saham dapat juga mengambil keputusan yang mengikat "
                          "di luar RUPS dengan syarat semua pemegang saham dengan hak "
                          "suara menyetujui secara tertulis dengan menandatangani usul "
                          "yang bersangkutan."))
    dir_art = n[0] + 1
    art("DIREKSI")
    P.append(("item", "1. Perseroan diurus dan dipimpin oleh Direksi yang terdiri dari "
                      "1 (satu) orang anggota Direksi atau lebih. Apabila diangkat lebih "
                      "dari 1 (satu) orang anggota Direksi, maka seorang di antaranya "
                      "dapat diangkat sebagai Direktur Utama."))
    P.append(("item", "2. Anggota Direksi diangkat oleh RUPS untuk jangka waktu 5 (lima) "
                      "tahun terhitung sejak tanggal pengangkatannya, dengan tidak "
                      "mengurangi hak RUPS untuk memberhentikannya sewaktu-waktu."))
    art("TUGAS DAN WEWENANG DIREKSI")
    P.append(("item", "1. Direksi berhak mewakili Perseroan di dalam dan di luar "
                      "Pengadilan tentang segala hal dan dalam segala kejadian, "
                      "mengikat Perseroan dengan pihak lain dan pihak lain dengan "
                      "Perseroan, serta menjalankan segala tindakan, baik yang "
                      "mengenai kepengurusan maupun kepemilikan."))
    P.append(("item", "2. a. Direktur Utama berhak dan berwenang bertindak untuk dan atas "
                      "nama Direksi serta mewakili Perseroan. b. Dalam hal Direktur "
                      "Utama tidak hadir atau berhalangan karena sebab apapun juga, hal "
                      "mana tidak perlu dibuktikan kepada pihak ketiga, maka salah "
                      "seorang anggota Direksi lainnya berhak dan berwenang bertindak "
                      "untuk dan atas nama Direksi serta mewakili Perseroan."))
    kom_art = n[0] + 1
    art("DEWAN KOMISARIS")
    P.append(("item", "1. Dewan Komisaris terdiri dari 1 (satu) orang anggota Dewan "
                      "Komisaris atau lebih. Apabila diangkat lebih dari 1 (satu) orang "
                      "anggota Dewan Komisaris, maka seorang di antaranya dapat "
                      "diangkat sebagai Komisaris Utama."))
    P.append(("item", "2. Dewan Komisaris melakukan pengawasan atas kebijakan pengurusan "
                      "Perseroan yang dilakukan oleh Direksi serta memberikan nasihat "
                      "kepada Direksi."))
    art("TAHUN BUKU")
    P.append(("item", "1. Tahun buku Perseroan berjalan dari tanggal 1 (satu) Januari "
                      "sampai dengan tanggal 31 (tiga puluh satu) Desember. Pada akhir "
                      "bulan Desember tiap tahun, buku Perseroan ditutup."))
    P.append(("item", "2. Direksi menyusun laporan tahunan dan menyediakannya di kantor "
                      "Perseroan untuk dapat diperiksa oleh para pemegang saham."))
    if long:
        art("PENGGUNAAN LABA DAN PEMBAGIAN DIVIDEN")
        P.append(("item", "1. Laba bersih Perseroan dalam suatu tahun buku seperti "
                          "tercantum dalam neraca dan perhitungan laba rugi yang telah "
                          "disahkan oleh RUPS tahunan dibagi menurut cara penggunaannya "
                          "yang ditentukan oleh RUPS."))
        P.append(("item", "2. Dalam hal perhitungan laba rugi pada suatu tahun buku "
                          "menunjukkan kerugian yang tidak dapat ditutup dengan dana "
                          "cadangan, maka kerugian itu akan tetap dicatat."))
    art("KETENTUAN PENUTUP")
    P.append(("p", "Segala sesuatu yang tidak atau belum cukup diatur dalam anggaran "
                   "dasar ini, maka akan diputus dalam RUPS dengan memperhatikan "
                   "Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas "
                   "beserta perubahannya."))
    c["_dir_art"], c["_kom_art"] = dir_art, kom_art
    return P


def deed_closing(c: dict, board_table: bool = False) -> list:
    P = []
    nom = c["nominal"]
    placed = sum(f["shares"] for f in c["founders"])
    P.append(("p", "Akhirnya, para penghadap bertindak dalam kedudukannya sebagaimana "
                   "tersebut di atas menerangkan bahwa:"))
    P.append(("item", "a. Modal yang telah ditempatkan tersebut telah diambil bagian oleh "
                      "para pendiri, yaitu:"))
    for i, f in enumerate(c["founders"], 1):
        P.append(("item", f"   {i}. {f['honor']} {f['name'].upper()}, sebanyak "
                          f"{rp(f['shares'])} ({terbilang(f['shares'])}) saham, dengan "
                          f"nilai nominal seluruhnya sebesar Rp{rp(f['shares'] * nom)},00 "
                          f"({terbilang(f['shares'] * nom)} rupiah);"))
    P.append(("item", f"   sehingga seluruhnya berjumlah {rp(placed)} ({terbilang(placed)}) "
                      f"saham, dengan nilai nominal seluruhnya sebesar "
                      f"Rp{rp(placed * nom)},00 ({terbilang(placed * nom)} rupiah)."))
    P.append(("item", "b. 100% (seratus persen) dari nilai nominal setiap saham yang "
                      "telah ditempatkan tersebut telah disetor penuh kepada Perseroan "
                      "oleh masing-masing pendiri."))
    P.append(("item", f"c. Menyimpang dari ketentuan Pasal {c['_dir_art']} dan Pasal "
                      f"{c['_kom_art']} anggaran dasar ini mengenai tata cara "
                      "pengangkatan anggota Direksi dan Dewan Komisaris, telah diangkat "
                      "untuk pertama kalinya sebagai anggota Direksi dan anggota Dewan "
                      "Komisaris Perseroan, yaitu:"))
    if board_table:
        rows = [["No.", "Jabatan", "Nama", "NIK"]]
        for i, (role, honor, name, nik) in enumerate(c["board"], 1):
            rows.append([f"{i}.", role, f"{honor} {name.upper()}", nik])
        P.append(("table", rows, [0.07, 0.25, 0.38, 0.30]))
    else:
        P.append(("item", "   Direksi:"))
        for role, honor, name, _nik in c["board"]:
            if "Komisaris" not in role:
                P.append(("item", f"   - {role} : {honor} {name.upper()};"))
        P.append(("item", "   Dewan Komisaris:"))
        for role, honor, name, _nik in c["board"]:
            if "Komisaris" in role:
                P.append(("item", f"   - {role} : {honor} {name.upper()};"))
    P.append(("item", "   Pengangkatan anggota Direksi dan anggota Dewan Komisaris "
                      "tersebut telah diterima oleh masing-masing yang bersangkutan."))
    P.append(("item", f"d. Para penghadap memberi kuasa kepada {c['proxy']}, dengan hak "
                      "substitusi, untuk memohon pengesahan atas akta pendirian ini dari "
                      "Menteri Hukum dan Hak Asasi Manusia Republik Indonesia dan untuk "
                      "membuat pengubahan dan/atau tambahan dalam bentuk yang "
                      "bagaimanapun yang diperlukan untuk memperoleh pengesahan "
                      "tersebut."))
    P.append(("centerb", "DEMIKIANLAH AKTA INI"))
    w1, w2 = c["witnesses"]
    P.append(("p", f"Dibuat sebagai minuta dan dilangsungkan di {c['notary_city']}, pada "
                   "hari dan tanggal serta jam sebagaimana disebutkan pada bagian awal "
                   f"akta ini, dengan dihadiri oleh: 1. {w1}; 2. {w2}; keduanya "
                   "karyawan kantor Notaris, sebagai saksi-saksi."))
    P.append(("p", "Segera setelah akta ini dibacakan oleh saya, Notaris, kepada para "
                   "penghadap dan para saksi, maka akta ini ditandatangani oleh para "
                   "penghadap, para saksi dan saya, Notaris."))
    P.append(("p", "Dilangsungkan dengan tanpa perubahan."))
    P.append(("p", "Minuta akta ini telah ditandatangani dengan sempurna."))
    P.append(("p", "Diberikan sebagai SALINAN yang sama bunyinya."))
    P.append(("sig", [f"Notaris di {c['notary_city']},", "", "(cap dan tanda tangan)", "",
                      c["notary_sig"]]))
    if c.get("ahu_note"):
        P.append(("gap",))
        P.append(("p", c["ahu_note"]))
    return P


def render_deed_rl(parts: list, path: Path, *, title: str, author: str,
                   base="Serif", size=10.5, dashes=True, header_text="SALINAN",
                   footer_fmt="- {n} -", table_grid=0.6):
    st = rl_styles(base, size)
    width = A4[0] - 5.0 * cm
    story = []
    for part in parts:
        k = part[0]
        if k == "title":
            story.append(Paragraph(esc(part[1]), st["title"]))
        elif k == "center":
            story.append(Paragraph(esc(part[1]), st["center"]))
        elif k == "centerb":
            story.append(Paragraph(esc(part[1]), st["centerb"]))
        elif k == "gap":
            story.append(Spacer(1, 6))
        elif k == "art":
            story.append(KeepTogether([Paragraph(esc(part[1]), st["centerb"]),
                                       Paragraph(esc(part[2]), st["center"])]))
        elif k in ("p", "item"):
            s = st["p"] if k == "p" else st["pi"]
            story.append(dash_paragraph(part[1], s, width - 12) if dashes
                         else Paragraph(esc(part[1]), s))
        elif k == "table":
            rows, fr = part[1], part[2]
            story.append(Spacer(1, 3))
            story.append(rl_table(rows, [f * (width - 20) for f in fr], st,
                                  grid=table_grid))
            story.append(Spacer(1, 4))
        elif k == "sig":
            story.append(Spacer(1, 8))
            for line in part[1]:
                story.append(Paragraph(esc(line) if line else "&nbsp;",
                                       ParagraphStyle("sg", parent=st["pl"],
                                                      leftIndent=width * 0.55)))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(base, 8.5)
        if header_text:
            canv.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.5 * cm, header_text)
        canv.drawCentredString(A4[0] / 2, 1.3 * cm, footer_fmt.format(n=doc.page))
        canv.restoreState()

    rl_build(path, story, title=title, author=author, on_page=on_page)


def render_deed_fpdf(parts: list, path: Path, *, title: str, author: str,
                     base="DejaVuSerif", dashes=True, footer_text=None, size=10.2):
    pdf = FDoc(base=base, title=title, author=author, footer_text=footer_text)
    pdf.set_margins(25, 20, 22)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def fill(text, w):
        if not dashes:
            return text
        pdf.set_font(base, "", size)
        lines = pdf.multi_cell(w, 5.2, text, dry_run=True, output="LINES")
        last = lines[-1] if lines else ""
        free = w - pdf.get_string_width(last + " ") - 2
        n = int(free / pdf.get_string_width("-")) - 2
        return text + " " + "-" * n if n >= 3 else text

    for part in parts:
        k = part[0]
        if k == "title":
            pdf.set_font(base, "B", 12.5)
            pdf.multi_cell(0, 6.5, part[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "center":
            pdf.set_font(base, "", size)
            pdf.multi_cell(0, 5.5, part[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "centerb":
            pdf.ln(2)
            pdf.set_font(base, "B", size)
            pdf.multi_cell(0, 5.5, part[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(3)
        elif k == "art":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(base, "B", size)
            pdf.multi_cell(0, 5.5, part[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(base, "", size)
            pdf.multi_cell(0, 5.5, part[2], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "item"):
            ind = 6 if k == "item" else 0
            t = fill(part[1], width - ind)
            pdf.set_font(base, "", size)
            pdf.set_x(pdf.l_margin + ind)
            pdf.multi_cell(width - ind, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif k == "table":
            rows, fr = part[1], part[2]
            pdf.ln(1)
            pdf.ruled_table(rows, [f * (width - 6) for f in fr], size=9)
            pdf.set_font(base, "", size)
        elif k == "sig":
            pdf.ln(3)
            pdf.set_font(base, "", size)
            for line in part[1]:
                pdf.set_x(pdf.l_margin + width * 0.55)
                pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.save(path)


def render_deed_docx(parts: list, path: Path, *, title: str, author: str,
                     header=None, footer=None, font="Times New Roman", size=11.5,
                     dashes=True, line_chars=86):
    d = Docx(font=font, size=size, header=header, footer=footer, author=author,
             title=title, margins_cm=2.8)

    def fill(text, indent=0):
        if not dashes:
            return text
        per = line_chars - indent
        rest = per - (len(text) % per)
        if rest < 4:
            rest += per
        return text + " " + "-" * max(rest - 2, 3)

    for part in parts:
        k = part[0]
        if k == "title":
            d.title(part[1], size=13)
        elif k == "center":
            d.para(part[1], center=True)
        elif k == "centerb":
            d.bold_line(part[1], center=True)
        elif k == "gap":
            d.para("")
        elif k == "art":
            d.bold_line(part[1], center=True)
            d.para(part[2], center=True)
        elif k == "p":
            d.para(fill(part[1]))
        elif k == "item":
            d.para(fill(part[1], 6), indent_cm=0.8)
        elif k == "table":
            rows, fr = part[1], part[2]
            d.table(rows, widths_cm=[f * 15 for f in fr], size=10)
        elif k == "sig":
            for line in part[1]:
                d.para(line, justify=False, indent_cm=9)
    d.save(path)


# --------------------------------------------------------------------------
# Ministry of Law approval (SK AHU) and NIB prints
# --------------------------------------------------------------------------
def ahu_sk_lines(c: dict) -> list:
    """Lines of an SK Menkumham. c: name, ahu, sk_date, deed_no, deed_date,
    notary_sig, seat, kind ('pendirian'|'perubahan'), reg_no, daftar."""
    name = c["name"].upper()
    if c["kind"] == "pendirian":
        about = f"PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS {name}"
        menimbang_a = (f"bahwa berdasarkan permohonan Notaris {c['notary_sig']} sesuai "
                       f"salinan Akta Nomor {c['deed_no']} Tanggal {tgl(c['deed_date'])} "
                       f"yang dibuat oleh Notaris tersebut, tentang pendirian {name}, "
                       f"yang berkedudukan di {c['seat'].upper()}, telah sesuai dengan "
                       "persyaratan pengesahan badan hukum Perseroan;")
        kesatu = (f"Mengesahkan pendirian badan hukum {name} dengan Nomor Pendaftaran "
                  f"{c['reg_no']} tanggal {tgl(c['sk_date'])}.")
    else:
        about = f"PERSETUJUAN PERUBAHAN ANGGARAN DASAR PERSEROAN TERBATAS {name}"
        menimbang_a = (f"bahwa berdasarkan permohonan Notaris {c['notary_sig']} sesuai "
                       f"salinan Akta Nomor {c['deed_no']} Tanggal {tgl(c['deed_date'])} "
                       f"yang dibuat oleh Notaris tersebut, tentang perubahan anggaran "
                       f"dasar {name}{c.get('formerly', '')}, yang berkedudukan di "
                       f"{c['seat'].upper()}, telah sesuai dengan persyaratan "
                       "persetujuan perubahan anggaran dasar Perseroan;")
        kesatu = (f"Menyetujui perubahan anggaran dasar {name} dengan Nomor Pendaftaran "
                  f"{c['reg_no']} tanggal {tgl(c['sk_date'])}{c.get('change_note', '')}.")
    return [
        ("title", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA"),
        ("title", "REPUBLIK INDONESIA"),
        ("center", f"NOMOR {c['ahu']}"),
        ("center", "TENTANG"),
        ("title", about),
        ("gap",),
        ("center", "DENGAN RAHMAT TUHAN YANG MAHA ESA"),
        ("center", "MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA,"),
        ("gap",),
        ("kv", "Menimbang", "a. " + menimbang_a),
        ("kv", "", "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf "
                   "a, perlu menetapkan Keputusan Menteri Hukum dan Hak Asasi Manusia "
                   f"tentang {about.title().replace('Pt ', 'PT ')};"),
        ("kv", "Mengingat", "1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan "
                            "Terbatas sebagaimana telah diubah dengan Undang-Undang "
                            "Nomor 11 Tahun 2020 tentang Cipta Kerja;"),
        ("kv", "", "2. Peraturan Pemerintah Nomor 43 Tahun 2011 tentang Tata Cara "
                   "Pengajuan dan Pemakaian Nama Perseroan Terbatas;"),
        ("kv", "", "3. Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 4 Tahun 2014 "
                   "tentang Tata Cara Pengajuan Permohonan Pengesahan Badan Hukum dan "
                   "Persetujuan Perubahan Anggaran Dasar serta Penyampaian "
                   "Pemberitahuan Perubahan Anggaran Dasar dan Perubahan Data "
                   "Perseroan Terbatas;"),
        ("gap",),
        ("center", "MEMUTUSKAN:"),
        ("kv", "Menetapkan", f"KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA TENTANG "
                             f"{about}."),
        ("kv", "KESATU", kesatu),
        ("kv", "KEDUA", "Anggaran Dasar Perseroan sebagaimana dimaksud dalam Diktum "
                        "KESATU tercantum dalam salinan akta yang disimpan dalam "
                        "database Sistem Administrasi Badan Hukum."),
        ("kv", "KETIGA", "Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan."),
        ("gap",),
        ("sig", ["Ditetapkan di Jakarta,", f"pada tanggal {tgl(c['sk_date'])}.", "",
                 "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA",
                 "REPUBLIK INDONESIA",
                 "DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM,", "",
                 "(ditandatangani secara elektronik)"]),
        ("gap",),
        ("small", f"DICETAK PADA TANGGAL {tgl(c['sk_date']).upper()}"),
        ("small", c["daftar"]),
    ]


def render_lines_fpdf(lines: list, path: Path, *, title: str, author: str,
                      base="DejaVu", size=10, letterhead=None, footer_text=None,
                      key_w=28):
    pdf = FDoc(base=base, title=title, author=author, letterhead=letterhead,
               footer_text=footer_text)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for ln in lines:
        k = ln[0]
        if k == "title":
            pdf.set_font(base, "B", size + 1.5)
            pdf.multi_cell(0, 6, ln[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "center":
            pdf.set_font(base, "", size)
            pdf.multi_cell(0, 5.4, ln[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(3)
        elif k == "kv":
            pdf.set_font(base, "", size)
            pdf.cell(key_w, 5.2, ln[1])
            pdf.cell(4, 5.2, ":" if ln[1] else "")
            pdf.multi_cell(width - key_w - 4, 5.2, ln[2], align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif k == "p":
            pdf.p(ln[1], size=size)
        elif k == "sig":
            pdf.ln(2)
            pdf.set_font(base, "", size)
            for s in ln[1]:
                pdf.set_x(pdf.l_margin + width * 0.45)
                pdf.cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
        elif k == "small":
            pdf.set_font(base, "", size - 2)
            pdf.multi_cell(0, 4.4, ln[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "table":
            pdf.ruled_table(ln[1], ln[2], size=size - 1)
    pdf.save(path)


def render_lines_rl(lines: list, path: Path, *, title: str, author: str,
                    base="Sans", size=9.8, on_page=None, key_w=2.6 * cm):
    st = rl_styles(base, size)
    width = A4[0] - 5.0 * cm
    story = []
    for ln in lines:
        k = ln[0]
        if k == "title":
            story.append(Paragraph(esc(ln[1]), st["title"]))
        elif k == "center":
            story.append(Paragraph(esc(ln[1]), st["center"]))
        elif k == "gap":
            story.append(Spacer(1, 8))
        elif k == "kv":
            t = Table([[Paragraph(esc(ln[1]), st["pl"]),
                        Paragraph(":" if ln[1] else "", st["pl"]),
                        Paragraph(esc(ln[2]), st["p"])]],
                      colWidths=[key_w, 0.4 * cm, width - key_w - 0.4 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
        elif k == "p":
            story.append(Paragraph(esc(ln[1]), st["p"]))
        elif k == "sig":
            for s in ln[1]:
                story.append(Paragraph(esc(s) if s else "&nbsp;",
                                       ParagraphStyle("sg", parent=st["pl"],
                                                      leftIndent=width * 0.45)))
        elif k == "small":
            story.append(Paragraph(esc(ln[1]), st["small"]))
        elif k == "table":
            ws = [w * mm for w in ln[2]]  # widths are given in mm
            f = min(1.0, width / sum(ws))
            story.append(rl_table(ln[1], [w * f for w in ws], st))
            story.append(Spacer(1, 6))
    rl_build(path, story, title=title, author=author, on_page=on_page)


def nib_lines(c: dict, style="rba") -> list:
    """NIB print. c: nib, name, addr, phone, email (opt), npwp_print, kbli,
    issued, printed, boilerplate (bool)."""
    L = [("title", "PEMERINTAH REPUBLIK INDONESIA")]
    if style == "rba":
        L += [("title", "PERIZINAN BERUSAHA BERBASIS RISIKO"),
              ("title", f"NOMOR INDUK BERUSAHA: {c['nib']}"), ("gap",),
              ("p", "Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan "
                    "Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 "
                    "tentang Cipta Kerja menjadi Undang-Undang, Pemerintah Republik "
                    "Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:")]
    else:
        L += [("title", "NOMOR INDUK BERUSAHA (NIB)"),
              ("center", c["nib"]), ("gap",),
              ("p", "Berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018 tentang "
                    "Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, "
                    "Lembaga OSS menerbitkan NIB kepada:")]
    kv = [("1. Nama Pelaku Usaha", c["name"].upper()),
          ("2. Alamat Kantor", c["addr"]),
          ("3. Nomor Telepon", c["phone"])]
    n = 4
    if c.get("email"):
        kv.append((f"{n}. Email", c["email"]))
        n += 1
    kv.append((f"{n}. NPWP", c["npwp_print"]))
    n += 1
    kv.append((f"{n}. Status Penanaman Modal", "PMDN"))
    n += 1
    kv.append((f"{n}. Skala Usaha", c.get("scale", "Usaha Kecil")))
    for k, v in kv:
        L.append(("kv", k, v))
    L.append(("gap",))
    rows = [["No.", "KBLI", "Judul KBLI", "Tingkat Risiko"]]
    for i, (code, title, _d) in enumerate(c["kbli"], 1):
        rows.append([f"{i}", code, title, "Rendah"])
    L.append(("table", rows, c.get("kbli_widths", [12, 20, 100, 30])))
    if c.get("boilerplate", True) and style == "rba":
        L.append(("p", "NIB ini berlaku di seluruh wilayah Republik Indonesia selama "
                       "menjalankan kegiatan usaha dan berlaku sebagai identitas "
                       "berusaha, Angka Pengenal Importir (API), hak akses kepabeanan, "
                       "serta pendaftaran kepesertaan jaminan sosial kesehatan dan "
                       "jaminan sosial ketenagakerjaan."))
    issuer = (["Menteri Investasi/", "Kepala Badan Koordinasi Penanaman Modal,"]
              if style == "rba" else
              ["Lembaga Pengelola dan", "Penyelenggara OSS,"])
    L.append(("sig", [f"Diterbitkan di Jakarta, tanggal: {tgl(c['issued'])}"] + issuer
              + ["", "ttd.", "", "(ditandatangani secara elektronik)"]))
    L.append(("small", f"Dicetak tanggal: {tgl(c['printed'])}"))
    if style != "rba":
        L.append(("p", "NIB sekaligus berlaku sebagai Tanda Daftar Perusahaan (TDP), "
                       "Angka Pengenal Importir (API) dan hak akses kepabeanan."))
    L.append(("small", "Dokumen ini diterbitkan sistem OSS berdasarkan data dari "
                       "Pelaku Usaha, tersimpan dalam sistem OSS, yang menjadi "
                       "tanggung jawab Pelaku Usaha."))
    return L


# --------------------------------------------------------------------------
# Shared KBLI rows (code, title, description used in deeds)
# --------------------------------------------------------------------------
K_63122 = ("63122", "Portal Web dan/atau Platform Digital Dengan Tujuan Komersial",
           "kelompok ini mencakup pengoperasian situs web yang menggunakan mesin "
           "pencari dan/atau platform digital untuk memfasilitasi transaksi antara "
           "penyedia dan pengguna jasa dengan tujuan komersial.")
K_62019 = ("62019", "Aktivitas Pemrograman Komputer Lainnya",
           "kelompok ini mencakup konsultasi, analisis dan pemrograman aplikasi "
           "komputer yang tidak diklasifikasikan di tempat lain.")
K_85499 = ("85499", "Pendidikan Lainnya Swasta YTDL",
           "kelompok ini mencakup kegiatan pendidikan nonformal yang dikelola swasta "
           "yang belum tercakup dalam kelompok lainnya.")
K_63111 = ("63111", "Aktivitas Pengolahan Data",
           "kelompok ini mencakup pengolahan dan tabulasi semua jenis data.")
K_62090 = ("62090", "Aktivitas Teknologi Informasi dan Jasa Komputer Lainnya",
           "kelompok ini mencakup kegiatan teknologi informasi dan jasa komputer "
           "lainnya yang terkait dengan komputer.")
K_70209 = ("70209", "Aktivitas Konsultasi Manajemen Lainnya",
           "kelompok ini mencakup pemberian bantuan nasihat, bimbingan dan "
           "operasional usaha.")
K_73100 = ("73100", "Periklanan",
           "kelompok ini mencakup penyediaan jasa periklanan, termasuk periklanan "
           "melalui media daring.")


def prov_display(p: str, variants: bool) -> str:
    return DISPLAY_VARIANT.get(p, p) if variants else p


# --------------------------------------------------------------------------
# Expected-status helper
# --------------------------------------------------------------------------
CRITERIA = ["legal_entity", "business_license", "national_coverage", "it_system",
            "online_portal", "training_partners", "open_marketplace"]
CHECKS = ["bundle_complete", "identity_consistent", "signatory_authorized",
          "document_quality"]


def ruleset(crit: dict | None = None, checks: dict | None = None) -> dict:
    cr = {k: "met" for k in CRITERIA}
    cr.update(crit or {})
    ch = {k: "met" for k in CHECKS}
    ch.update(checks or {})
    vals = list(cr.values())
    if "not_met" in vals:
        overall = "not_met"
    elif "missing" in vals:
        overall = "incomplete"
    elif "needs_review" in vals or "needs_review" in ch.values():
        overall = "needs_review"
    else:
        overall = "met"
    return {"criteria": cr, "checks": ch, "overall": overall}


EXPECTED: dict = {}
COMMENTS: dict = {}


def expect(bid: str, comment: str, facts: dict, r11: dict, r3: dict) -> None:
    COMMENTS[bid] = comment
    EXPECTED[bid] = {"facts": facts,
                     "rulesets": {"permenko-11-2020": r11, "permenko-3-2020": r3}}


def signature_block_lines(city_date: str, company: str, name: str, role: str,
                          meterai=True, nik=None) -> list[str]:
    out = [city_date, "Yang membuat pernyataan,", company]
    if meterai:
        out += ["", "[METERAI TEMPEL Rp10.000]", "(tanda tangan dan cap perusahaan)", ""]
    else:
        out += ["", "(tanda tangan dan cap perusahaan)", ""]
    out += [name, role]
    if nik:
        out.append(f"NIK {nik}")
    return out


# ==========================================================================
# he01  PT Arunika Kelas Digital: everything met; deed names board in a table
# ==========================================================================
def he01(root: Path) -> None:
    bid = "he01-arunika-kelas-digital"
    out = root / bid
    name = "PT Arunika Kelas Digital"
    nib, npwp = "9120103847261", "934182756423000"
    addr = ("Jalan Cikutra Baru Nomor 118, Kelurahan Neglasari, Kecamatan Cibeunying "
            "Kaler, Kota Bandung 40124")
    deed = {
        "name": name, "seat": "Kota Bandung", "number": "27",
        "date": dt.date(2020, 6, 17), "time": "10.00 WIB",
        "time_words": "sepuluh Waktu Indonesia Barat",
        "notary": "Hendra Wibisana", "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kota Bandung", "notary_sig": "HENDRA WIBISANA, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi, Aktivitas Profesional, Ilmiah dan Teknis, "
                   "serta Pendidikan",
        "kbli": [K_63122, K_62019, K_85499, K_70209],
        "nominal": 1_000_000, "shares_auth": 12_000,
        "founders": [
            {"honor": "Tuan", "name": "Aditya Pramudya Wardhana", "pob": "Bandung",
             "born": dt.date(1986, 5, 3), "job": "Karyawan Swasta",
             "addr": "Kota Bandung, Jalan Sukaluyu Nomor 7, Rukun Tetangga 004, Rukun "
                     "Warga 007, Kelurahan Cihaurgeulis, Kecamatan Cibeunying Kaler",
             "nik": "3273010305860004", "shares": 1500},
            {"honor": "Nyonya", "name": "Salsabila Kusuma Ningrum", "pob": "Cimahi",
             "born": dt.date(1989, 11, 21), "job": "Wiraswasta",
             "addr": "Kota Cimahi, Jalan Encep Kartawiria Nomor 45, Rukun Tetangga 002, "
                     "Rukun Warga 011, Kelurahan Citeureup, Kecamatan Cimahi Utara",
             "nik": "3277026111890002", "shares": 1000},
            {"honor": "Tuan", "name": "Rudy Hartono Sitompul", "pob": "Medan",
             "born": dt.date(1979, 8, 14), "job": "Wiraswasta",
             "addr": "Kota Bandung, Komplek Setiabudi Regency Blok C-12, Rukun Tetangga "
                     "001, Rukun Warga 005, Kelurahan Gegerkalong, Kecamatan Sukasari",
             "nik": "1271021408790005", "shares": 500},
        ],
        "board": [("Direktur Utama", "Tuan", "Aditya Pramudya Wardhana", "3273010305860004"),
                  ("Direktur", "Nyonya", "Salsabila Kusuma Ningrum", "3277026111890002"),
                  ("Komisaris", "Tuan", "Rudy Hartono Sitompul", "1271021408790005")],
        "proxy": "Nyonya SALSABILA KUSUMA NINGRUM tersebut di atas",
        "witnesses": ["Nyonya Ratih Purnamasari, Sarjana Hukum",
                      "Tuan Dimas Eka Saputra, Sarjana Hukum"],
    }
    parts = deed_opening(deed) + deed_articles(deed, long=True) + deed_closing(deed, board_table=True)
    render_deed_rl(parts, out / "01_Akta_Pendirian_PT_Arunika_Kelas_Digital.pdf",
                   title="Akta Pendirian PT Arunika Kelas Digital", author="Kantor Notaris Hendra Wibisana")

    ahu = "AHU-0031874.AH.01.01.TAHUN 2020"
    sk = ahu_sk_lines({"name": name, "ahu": ahu, "sk_date": dt.date(2020, 6, 22),
                       "deed_no": "27", "deed_date": deed["date"],
                       "notary_sig": deed["notary_sig"], "seat": "Kota Bandung",
                       "kind": "pendirian", "reg_no": "4020062231802794",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0104318.AH.01.11.TAHUN 2020 "
                                 "TANGGAL 22 JUNI 2020"})
    render_lines_fpdf(sk, out / "02_SK_Pengesahan_AHU.pdf", title="SK Pengesahan",
                      author="SABH", footer_text="SK Pengesahan Badan Hukum - AHU Online")

    nibc = {"nib": nib, "name": name, "addr": addr + ", Provinsi Jawa Barat",
            "phone": "022-87241190", "npwp_print": npwp15(npwp),
            "kbli": deed["kbli"], "issued": dt.date(2021, 9, 14),
            "printed": dt.date(2025, 1, 20), "scale": "Usaha Kecil"}
    render_lines_fpdf(nib_lines(nibc), out / "03_NIB.pdf", title="NIB", author="OSS",
                      footer_text="OSS - Perizinan Berusaha Berbasis Risiko", key_w=58)

    # coverage statement (docx)
    excl = {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
            "Maluku Utara", "Sulawesi Barat", "Kalimantan Utara", "Gorontalo"}
    provs = [p for p in PROVINCES if p not in excl]
    assert len(provs) == 30
    uc = user_counts(provs, 460_000, seed=101)
    total = sum(uc.values())
    d = Docx(font="Calibri", size=11,
             header=["PT ARUNIKA KELAS DIGITAL",
                     addr + "  |  Telp. (022) 8724 1190  |  www.arunika.id"],
             footer=["Arunika - Belajar Terampil, Kerja Lebih Siap"],
             author="Arunika Legal", title="Surat Pernyataan Cakupan Nasional")
    d.title("SURAT PERNYATAAN CAKUPAN NASIONAL", underline=True)
    d.para("Nomor: 014/AKD-DIR/II/2025", center=True)
    d.para("Yang bertanda tangan di bawah ini:", justify=False)
    d.table([["Nama", ": Aditya Pramudya Wardhana"],
             ["Jabatan", ": Direktur Utama"],
             ["Bertindak untuk dan atas nama", f": {name}"],
             ["Alamat", ": " + addr],
             ["NIB", f": {nib}"],
             ["NPWP", f": {npwp15(npwp)}"]], widths_cm=[5.5, 10.5], header=False,
            style="Normal Table")
    d.para(f"dengan ini menyatakan dengan sebenarnya bahwa platform digital Arunika yang "
           f"dikelola oleh {name} dan dapat diakses melalui www.arunika.id memiliki "
           f"cakupan layanan berskala nasional. Per tanggal 31 Januari 2025, jumlah "
           f"pengguna terdaftar Arunika adalah {fmt_id(total)} orang yang tersebar di 30 "
           f"(tiga puluh) provinsi, dengan rincian sebagai berikut:")
    rows = [["No", "Provinsi", "Jumlah Pengguna Terdaftar"]]
    for i, p in enumerate(provs, 1):
        rows.append([str(i), p, fmt_id(uc[p])])
    rows.append(["", "Jumlah", fmt_id(total)])
    d.table(rows, widths_cm=[1.3, 8.0, 5.5], size=10, align_right_cols=(2,))
    d.para("Data di atas bersumber dari basis data pengguna Arunika dan dapat "
           "diverifikasi oleh Manajemen Pelaksana Program Kartu Prakerja sewaktu-waktu.")
    d.para("Demikian surat pernyataan ini kami buat dengan sebenar-benarnya dan penuh "
           "tanggung jawab, untuk dipergunakan sebagai kelengkapan pendaftaran Platform "
           "Digital Program Kartu Prakerja.")
    for line in signature_block_lines("Bandung, 10 Februari 2025", name,
                                      "Aditya Pramudya Wardhana", "Direktur Utama"):
        d.para(line, justify=False, indent_cm=9)
    d.save(out / "04_Surat_Pernyataan_Cakupan_Nasional.docx")

    # system description (reportlab, Indonesian, four classic headings)
    st = rl_styles("Sans", 10)
    story = [Paragraph("DESKRIPSI SISTEM INFORMASI PLATFORM ARUNIKA", st["title"]),
             Paragraph("Dokumen Pendukung Pendaftaran Platform Digital Program Kartu "
                       "Prakerja — Versi 2.1, Februari 2025", st["center"]),
             Spacer(1, 10)]

    def sec(h, paras, bullets=None):
        story.append(Paragraph(esc(h), st["h"]))
        for t in paras:
            story.append(Paragraph(esc(t), st["p"]))
        for b in bullets or []:
            story.append(Paragraph("•&nbsp;&nbsp;" + esc(b), st["pi"]))

    sec("Ringkasan", [f"Arunika adalah platform digital milik {name} yang mempertemukan "
                      "peserta pelatihan dengan lembaga pelatihan mitra. Platform dapat "
                      "diakses melalui situs www.arunika.id dan aplikasi web kelas daring "
                      "di https://kelas.arunika.id. Dokumen ini menjelaskan kesiapan "
                      "sistem informasi dan teknologi Arunika dalam mendukung Program "
                      "Kartu Prakerja."])
    sec("1. Infrastruktur", ["Seluruh layanan Arunika berjalan di atas infrastruktur "
                             "komputasi awan dengan region Jakarta (dua availability "
                             "zone) dan pusat data cadangan di Batam. Arsitektur aplikasi "
                             "menggunakan pola microservices berbasis container "
                             "(Kubernetes), basis data PostgreSQL dengan replikasi, "
                             "serta CDN untuk konten video pelatihan."],
        ["Web server dan API gateway di belakang load balancer.",
         "Object storage untuk materi pelatihan dan sertifikat.",
         "Lingkungan terpisah untuk development, staging, dan production."])
    sec("2. Keamanan Informasi", ["Arunika telah menerapkan Sistem Manajemen Keamanan "
                                  "Informasi dan memperoleh sertifikat ISO/IEC 27001:2013 "
                                  "(nomor sertifikat ISMS-0871-2023). Seluruh lalu lintas "
                                  "data dienkripsi menggunakan TLS 1.2 atau lebih tinggi, "
                                  "data pribadi peserta dienkripsi saat disimpan "
                                  "(AES-256), dan uji penetrasi oleh pihak ketiga "
                                  "dilakukan setiap tahun."])
    sec("3. Ketersediaan Layanan", ["Target ketersediaan layanan (SLA) adalah 99,9% per "
                                    "bulan. Pada tahun 2024 realisasi ketersediaan "
                                    "mencapai 99,95%. Sistem dirancang untuk melayani "
                                    "hingga 50.000 pengguna aktif bersamaan dengan "
                                    "autoscaling, dan pencadangan (backup) basis data "
                                    "dilakukan setiap hari dengan masa simpan 30 hari."])
    sec("4. Integrasi Sistem", ["Arunika menyediakan REST API dan webhook bagi mitra. "
                                "Platform telah terhubung dengan sistem pembayaran Program "
                                "Kartu Prakerja, sehingga peserta dapat membeli pelatihan "
                                "menggunakan saldo Kartu Prakerja, dan status penyelesaian "
                                "pelatihan serta sertifikat dikirimkan kembali ke sistem "
                                "Kartu Prakerja secara otomatis melalui API."])
    story.append(Spacer(1, 14))
    story.append(Paragraph("Bandung, 10 Februari 2025", st["pl"]))
    story.append(Paragraph("Aditya Pramudya Wardhana — Direktur Utama", st["pl"]))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#F47C20"))
        canv.rect(0, A4[1] - 1.2 * cm, A4[0], 1.2 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-Bold", 11)
        canv.drawString(2.5 * cm, A4[1] - 0.8 * cm, "ARUNIKA")
        canv.setFont("Sans", 8)
        canv.drawRightString(A4[0] - 2.5 * cm, A4[1] - 0.8 * cm, "www.arunika.id")
        canv.setFillColor(colors.black)
        canv.drawString(2.5 * cm, 1.2 * cm, f"{name} — Deskripsi Sistem")
        canv.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, f"Hal. {doc.page}")
        canv.restoreState()

    rl_build(out / "05_Deskripsi_Sistem_Informasi.pdf", story,
             title="Deskripsi Sistem Informasi", author="Arunika Tech", on_page=on_page)

    # partner list (txt, fixed-width; one institution appears twice)
    partners = [
        ("LPK Cipta Karya Mandiri", "Pemasaran Digital untuk UMKM", "SKKNI Pemasaran"),
        ("LKP Nusa Bahasa Bandung", "Bahasa Inggris untuk Pramuniaga", "SKKNI Bahasa Inggris"),
        ("LPK Cipta Karya Mandiri", "Admin Media Sosial", "SKKNI Komunikasi"),
        ("LPK Teknika Prima", "Teknisi Pendingin Ruangan (AC) Residensial", "SKKNI Refrigerasi"),
        ("Balai Kursus Griya Rasa", "Pengolahan Roti dan Kue", "SKKNI Pastry"),
        ("LPK Kencana Administrasi", "Staf Administrasi Perkantoran", "SKKNI Administrasi"),
    ]
    lines = ["DAFTAR LEMBAGA PELATIHAN MITRA PLATFORM ARUNIKA",
             f"{name}", "Per 31 Januari 2025", "",
             "Seluruh program di bawah ini merupakan pelatihan berbasis kompetensi yang "
             "mengacu pada Standar Kompetensi Kerja Nasional Indonesia (SKKNI). Platform "
             "Arunika terbuka bagi setiap lembaga pelatihan yang lolos kurasi.", "",
             f"{'No':<4}{'Lembaga Pelatihan':<30}{'Program Pelatihan':<45}{'Acuan Kompetensi'}",
             "-" * 100]
    for i, (lp, prog, acu) in enumerate(partners, 1):
        lines.append(f"{str(i) + '.':<4}{lp:<30}{prog:<45}{acu}")
    lines += ["-" * 100, "",
              "Jumlah lembaga pelatihan mitra: 5 (lima) lembaga; jumlah program: 6 (enam).",
              "", "Bandung, 10 Februari 2025",
              "Aditya Pramudya Wardhana", "Direktur Utama"]
    write_txt(out / "06_Daftar_Mitra_Lembaga_Pelatihan.txt", "\n".join(lines))

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "27", "deed_date": "2020-06-17",
             "notary_name": "Hendra Wibisana", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 30,
             "registered_users": total,
             "portal_urls": ["https://kelas.arunika.id", "https://www.arunika.id"],
             "training_partner_count": 5, "payment_integration": True}
    expect(bid, "Typical complete PT bundle, long 6-page deed (all articles, dashes) "
                "whose first Direksi/Dewan Komisaris are given in a ruled table; "
                "separate SK AHU (with the AH.01.11 register number beside the AH.01.01 "
                "approval); 30 provinces 'tersebar di' in a DOCX table; Indonesian "
                "system description with the four classic headings and 'terhubung "
                "dengan sistem pembayaran Program Kartu Prakerja'; txt partner list "
                "with one institution listed twice (5 distinct).",
           facts, ruleset(), ruleset())


# ==========================================================================
# he02  PT Sinergi Cakap Nusantara: 24 provinces (fails 2/3 threshold)
# ==========================================================================
def he02(root: Path) -> None:
    bid = "he02-sinergi-cakap-nusantara"
    out = root / bid
    name = "PT Sinergi Cakap Nusantara"
    nib, npwp = "8120015930274", "915273648609000"
    addr = ("Gedung Graha Pena Lantai 9, Jalan Ahmad Yani Nomor 88, Kelurahan Gayungan, "
            "Kecamatan Gayungan, Kota Surabaya 60234")
    ahu = "AHU-0054621.AH.01.01.TAHUN 2019"
    deed = {
        "name": name, "seat": "Kota Surabaya", "number": "41",
        "date": dt.date(2019, 9, 30), "time": "13.30 WIB",
        "time_words": "tiga belas lewat tiga puluh menit Waktu Indonesia Barat",
        "date_style": "mixed",
        "notary": "Indah Permatasari", "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kota Surabaya", "notary_sig": "INDAH PERMATASARI, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi serta Pendidikan",
        "kbli": [K_63122, K_85499, K_62090],
        "nominal": 500_000, "shares_auth": 20_000,
        "founders": [
            {"honor": "Tuan", "name": "Fajar Nugroho Santoso", "pob": "Sidoarjo",
             "born": dt.date(1984, 2, 9), "job": "Wiraswasta",
             "addr": "Kota Surabaya, Jalan Raya Darmo Permai III Nomor 21, Rukun "
                     "Tetangga 003, Rukun Warga 002, Kelurahan Pradahkalikendal, "
                     "Kecamatan Dukuhpakis",
             "nik": "3578010902840003", "shares": 3000},
            {"honor": "Nyonya", "name": "Dewi Kartika Sari", "pob": "Malang",
             "born": dt.date(1987, 12, 30), "job": "Karyawan Swasta",
             "addr": "Kabupaten Sidoarjo, Perumahan Pondok Tjandra Indah, Jalan Delima "
                     "V Nomor 14, Rukun Tetangga 006, Rukun Warga 009, Desa Tambakrejo, "
                     "Kecamatan Waru",
             "nik": "3515077012870001", "shares": 2000},
        ],
        "board": [("Direktur Utama", "Tuan", "Fajar Nugroho Santoso", ""),
                  ("Direktur", "Nyonya", "Dewi Kartika Sari", ""),
                  ("Komisaris", "Tuan", "Bambang Eko Prasetyo", "")],
        "proxy": "saya, Notaris",
        "witnesses": ["Nona Yuliana Rahayu", "Tuan Arif Setiawan, Sarjana Hukum"],
        "ahu_note": ("Catatan: Akta ini telah memperoleh pengesahan dari Menteri Hukum dan "
                     "Hak Asasi Manusia Republik Indonesia berdasarkan Keputusan Nomor "
                     "AHU-0054621.AH.01.01.Tahun 2019 tanggal 4 Oktober 2019 tentang "
                     "Pengesahan Pendirian Badan Hukum Perseroan Terbatas "
                     "PT SINERGI CAKAP NUSANTARA."),
    }
    parts = deed_opening(deed) + deed_articles(deed, long=False, label_fmt="PASAL {n}") \
        + deed_closing(deed)
    render_deed_docx(parts, out / "Lampiran_1_Akta_Pendirian.docx",
                     title="Akta Pendirian", author="Notaris Indah Permatasari",
                     header=["NOTARIS INDAH PERMATASARI, S.H., M.Kn.",
                             "SK Menteri Hukum dan HAM RI Nomor AHU-00412.AH.02.01.Tahun 2015 "
                             "- Jalan Kertajaya Indah Timur Nomor 5, Surabaya"],
                     footer=["Salinan Akta Nomor 41 tanggal 30 September 2019"])

    nib_txt = f"""PEMERINTAH REPUBLIK INDONESIA
NOMOR INDUK BERUSAHA (NIB)
{nib}

Berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan Perizinan
Berusaha Terintegrasi Secara Elektronik, Lembaga OSS menerbitkan NIB kepada:

  Nama Perusahaan       : PT SINERGI CAKAP NUSANTARA
  Alamat                : {addr}, Provinsi Jawa Timur
  Nomor Telepon         : 031-82513370
  NPWP                  : {npwp15(npwp)}
  Status Penanaman Modal: PMDN
  KBLI                  : 63122, 85499, 62090

NIB sekaligus berlaku sebagai Tanda Daftar Perusahaan (TDP), Angka Pengenal
Importir (API-U) dan hak akses kepabeanan.

Diterbitkan di Jakarta, tanggal 14 Oktober 2019
Lembaga Pengelola dan Penyelenggara OSS
(ditandatangani secara elektronik)

Dicetak tanggal 3 Februari 2025
"""
    write_txt(out / "Lampiran_2_NIB_OSS.txt", nib_txt)

    # coverage (fpdf2, ruled table of the 24 provinces only)
    excl = {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
            "Papua Barat", "Papua", "Maluku Utara", "Maluku", "Sulawesi Barat",
            "Gorontalo", "Sulawesi Tenggara", "Kalimantan Utara", "Kalimantan Tengah",
            "Bengkulu"}
    provs = [p for p in PROVINCES if p not in excl]
    assert len(provs) == 24
    uc = user_counts(provs, 210_000, seed=202)
    total = sum(uc.values())
    lh = {"name": "PT SINERGI CAKAP NUSANTARA",
          "lines": [addr, "Telp. 031-8251 3370  •  www.sinergicakap.com"],
          "color": (0, 90, 60)}
    pdf = FDoc(letterhead=lh, title="Surat Pernyataan Jangkauan Layanan",
               author="Sinergi Cakap", footer_text="SCN/SP/007/I/2025")
    pdf.add_page()
    pdf.title_line("SURAT PERNYATAAN\nJANGKAUAN LAYANAN PLATFORM SINERGI CAKAP")
    pdf.p("No. SCN/SP/007/I/2025", align="C")
    pdf.p("Saya yang bertanda tangan di bawah ini:")
    pdf.kv([("Nama", "Fajar Nugroho Santoso"), ("Jabatan", "Direktur Utama"),
            ("Perusahaan", name), ("NIB", nib), ("NPWP", npwp15(npwp))], key_w=35,
           indent=6)
    pdf.p(f"menyatakan bahwa hingga 31 Desember 2024 Platform Sinergi Cakap telah "
          f"menjangkau pengguna di 24 (dua puluh empat) provinsi, dengan total "
          f"{fmt_id(total)} pengguna terdaftar. Sebaran pengguna per provinsi adalah "
          f"sebagai berikut:")
    rows = [["No.", "Provinsi", "Pengguna Terdaftar"]]
    for i, p in enumerate(provs, 1):
        rows.append([f"{i}.", prov_display(p, True), fmt_id(uc[p])])
    rows.append(["", "TOTAL", fmt_id(total)])
    pdf.ruled_table(rows, [14, 90, 45], size=9.5, lh=5.4)
    pdf.p("Perseroan berkomitmen untuk terus memperluas jangkauan layanan ke provinsi "
          "lainnya pada tahun 2025 melalui kerja sama dengan lembaga pelatihan daerah.")
    pdf.p("Demikian pernyataan ini dibuat dengan sebenarnya untuk digunakan sebagaimana "
          "mestinya.")
    pdf.ln(2)
    for s in signature_block_lines("Surabaya, 20 Januari 2025", name,
                                   "Fajar Nugroho Santoso", "Direktur Utama"):
        pdf.set_x(pdf.l_margin + 95)
        pdf.cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
    pdf.save(out / "Lampiran_3_Surat_Pernyataan_Jangkauan_Layanan.pdf")

    # system description (docx, English)
    d = Docx(font="Arial", size=10.5, header=["Sinergi Cakap — Platform System Overview"],
             footer=["Confidential. Prepared for the Kartu Prakerja Project Management "
                     "Office."], author="SCN Engineering", title="Platform System Overview")
    d.title("PLATFORM SYSTEM OVERVIEW", size=15)
    d.para("Document owner: Head of Engineering  |  Version 1.4  |  January 2025",
           center=True, size=9)
    d.heading("1. Platform and access", 2)
    d.para("Sinergi Cakap is a learning marketplace operated by PT Sinergi Cakap "
           "Nusantara. Learners reach the platform at https://www.sinergicakap.com and "
           "through the learner dashboard at app.sinergicakap.com.")
    d.heading("2. Architecture and hosting", 2)
    d.para("The platform is a set of containerised services (learner portal, catalogue, "
           "checkout, course player, certificate service) deployed on a public cloud "
           "region in Jakarta, with a secondary region in Singapore for disaster "
           "recovery. Video content is delivered through a CDN.")
    d.heading("3. Security", 2)
    d.bullets(["ISO/IEC 27001:2022 certified information security management system "
               "(certificate valid until 2026).",
               "TLS 1.3 in transit, AES-256 at rest; secrets kept in a managed key vault.",
               "Annual third-party penetration test; last test completed November 2024.",
               "Role-based access control and audit logging for back-office users."])
    d.heading("4. Availability and capacity", 2)
    d.table([["Metric", "Target", "2024 actual"],
             ["Monthly uptime", "99.9%", "99.93%"],
             ["Peak concurrent learners", "30,000", "18,450"],
             ["Recovery time objective", "4 hours", "tested quarterly"],
             ["Database backup", "daily, 35-day retention", "verified monthly"]],
            widths_cm=[6, 4.5, 4.5])
    d.heading("5. Integration", 2)
    d.para("Partner training institutions publish courses through a REST API and "
           "receive enrolment webhooks. The checkout service is integrated with the "
           "Kartu Prakerja payment system as the payment method for training, and "
           "course completion data is reported back to the programme through its API.")
    d.save(out / "Lampiran_4_Deskripsi_Sistem.docx")

    # partners (reportlab ruled table)
    st = rl_styles("Sans", 9.5)
    partners = [
        ("LPK Sinar Karya Surabaya", "Operator Komputer Perkantoran", "SKKNI, sertifikasi BNSP"),
        ("LKP Rumah Jahit Malang", "Penjahit Busana Muslim", "SKKNI"),
        ("LPK Mandala Logistik", "Staf Gudang dan Inventori", "SKKNI"),
        ("LPK Graha Digital Kediri", "Desain Grafis Muda", "SKKNI, sertifikasi BNSP"),
    ]
    rows = [["No.", "Nama Lembaga Pelatihan", "Contoh Program", "Dasar Kompetensi"]]
    for i, (a, b, c_) in enumerate(partners, 1):
        rows.append([str(i), a, b, c_])
    story = [Paragraph("LAMPIRAN 5", st["center"]),
             Paragraph("DAFTAR LEMBAGA PELATIHAN MITRA", st["title"]),
             Paragraph(name, st["center"]), Spacer(1, 10),
             Paragraph("Seluruh lembaga pelatihan mitra menyelenggarakan pelatihan yang "
                       "mengacu pada SKKNI dan sebagian telah tersertifikasi BNSP.", st["p"]),
             Spacer(1, 6),
             rl_table(rows, [1.2 * cm, 5.5 * cm, 5.2 * cm, 4.2 * cm], st),
             Spacer(1, 14),
             Paragraph("Surabaya, 20 Januari 2025", st["pl"]),
             Paragraph("Fajar Nugroho Santoso, Direktur Utama", st["pl"])]
    rl_build(out / "Lampiran_5_Mitra_Pelatihan.pdf", story, title="Daftar Mitra",
             author="Sinergi Cakap")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "41", "deed_date": "2019-09-30",
             "notary_name": "Indah Permatasari", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 24,
             "registered_users": total,
             "portal_urls": ["https://app.sinergicakap.com", "https://www.sinergicakap.com"],
             "training_partner_count": 4, "payment_integration": True}
    expect(bid, "Users in only 24 provinces ('menjangkau pengguna di 24 provinsi', "
                "24-row ruled table) and no national-scale claim anywhere: 11/2020 "
                "national_coverage not_met; 3/2020 needs_review (list below 26, no "
                "claim). AHU number only as the notary's note at the end of the DOCX "
                "deed ('...Tahun 2019'); NIB is a plain-text OSS print; English system "
                "overview (4 aspects + Prakerja payment).",
           facts, ruleset({"national_coverage": "not_met"}),
           ruleset({"national_coverage": "needs_review"}))


# ==========================================================================
# he03  PT Kriya Talenta Indonesia: coverage table over two pages (27 of 38
#       rows with users); system description covers only 2 IT aspects
# ==========================================================================
def he03(root: Path) -> None:
    bid = "he03-kriya-talenta-indonesia"
    out = root / bid
    name = "PT Kriya Talenta Indonesia"
    nib, npwp = "1201210034587", "427068153036000"
    addr = ("Rukan Green Ville Blok AZ Nomor 6, Jalan Mangga Besar Raya, Kelurahan Duri "
            "Kepa, Kecamatan Kebon Jeruk, Kota Administrasi Jakarta Barat 11510")
    deed = {
        "name": name, "seat": "Kota Administrasi Jakarta Barat", "number": "3",
        "date": dt.date(2021, 1, 11), "time": "09.00 WIB",
        "time_words": "sembilan Waktu Indonesia Barat",
        "notary": "Yosef Hadiwijaya", "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kota Administrasi Jakarta Barat",
        "notary_sig": "YOSEF HADIWIJAYA, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi serta Aktivitas Profesional, Ilmiah dan Teknis",
        "kbli": [K_63122, K_62019, K_73100],
        "nominal": 100_000, "shares_auth": 100_000,
        "founders": [
            {"honor": "Tuan", "name": "Kevin Adrianus Halim", "pob": "Jakarta",
             "born": dt.date(1990, 7, 2), "job": "Wiraswasta",
             "addr": "Kota Administrasi Jakarta Barat, Jalan Taman Kebon Jeruk Blok A2 "
                     "Nomor 9, Rukun Tetangga 007, Rukun Warga 002, Kelurahan "
                     "Srengseng, Kecamatan Kembangan",
             "nik": "3173050207900008", "shares": 15000},
            {"honor": "Tuan", "name": "Stevanus Wirawan Gunadi", "pob": "Pontianak",
             "born": dt.date(1988, 3, 19), "job": "Karyawan Swasta",
             "addr": "Kota Tangerang, Jalan Gading Serpong Boulevard Nomor 12, Rukun "
                     "Tetangga 001, Rukun Warga 004, Kelurahan Pakulonan Barat, "
                     "Kecamatan Kelapa Dua",
             "nik": "3603281903880002", "shares": 10000},
        ],
        "board": [("Direktur Utama", "Tuan", "Kevin Adrianus Halim", ""),
                  ("Komisaris", "Tuan", "Stevanus Wirawan Gunadi", "")],
        "proxy": "Tuan KEVIN ADRIANUS HALIM tersebut di atas",
        "witnesses": ["Tuan Hendrik Sulaiman", "Nyonya Melati Puspitasari"],
    }
    parts = deed_opening(deed) + deed_articles(deed, long=False) + deed_closing(deed)
    render_deed_fpdf(parts, out / "AKTA_PENDIRIAN_KRIYA_TALENTA.pdf", title="AKTA",
                     author="Notaris Yosef Hadiwijaya",
                     footer_text="Salinan Akta No. 3 / 11-01-2021")

    ahu = "AHU-0002197.AH.01.01.TAHUN 2021"
    sk = ahu_sk_lines({"name": name, "ahu": ahu, "sk_date": dt.date(2021, 1, 13),
                       "deed_no": "3", "deed_date": deed["date"],
                       "notary_sig": deed["notary_sig"], "seat": deed["seat"],
                       "kind": "pendirian", "reg_no": "4021011331022615",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0006120.AH.01.11.TAHUN 2021 "
                                 "TANGGAL 13 JANUARI 2021"})
    render_lines_rl(sk, out / "SK_KEMENKUMHAM.pdf", title="SK", author="AHU Online")

    nibc = {"nib": nib, "name": name, "addr": addr + ", DKI Jakarta",
            "phone": "021-29517764", "npwp_print": npwp15(npwp), "kbli": deed["kbli"],
            "issued": dt.date(2021, 10, 4), "printed": dt.date(2025, 2, 3)}
    render_lines_rl(nib_lines(nibc), out / "NIB_KRIYA_TALENTA.pdf", title="NIB",
                    author="OSS", key_w=5.2 * cm)

    # coverage statement: 38 rows, header repeated on the second page
    zero = {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
            "Maluku Utara", "Sulawesi Barat", "Kalimantan Utara", "Gorontalo",
            "Bengkulu", "Papua Barat", "Kalimantan Tengah"}
    provs = [p for p in PROVINCES if p not in zero]
    assert len(provs) == 27
    uc = user_counts(provs, 330_000, seed=303)
    total = sum(uc.values())
    st = rl_styles("Sans", 10.5)
    story = [Paragraph("SURAT PERNYATAAN", st["title"]),
             Paragraph("CAKUPAN LAYANAN PLATFORM KRIYA TALENTA", st["title"]),
             Paragraph("Nomor: 021/KTI/LGL/II/2025", st["center"]), Spacer(1, 10),
             Paragraph("Yang bertanda tangan di bawah ini:", st["p"])]
    kv = Table([[Paragraph(a, st["pl"]), Paragraph(":", st["pl"]), Paragraph(esc(b), st["pl"])]
                for a, b in [("Nama", "Kevin Adrianus Halim"), ("Jabatan", "Direktur Utama"),
                             ("Nama Perusahaan", name), ("Alamat", addr),
                             ("NIB", nib), ("NPWP", npwp15(npwp))]],
               colWidths=[4 * cm, 0.4 * cm, 11.6 * cm])
    kv.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [kv, Spacer(1, 6),
              Paragraph(f"bertindak untuk dan atas nama {name}, dengan ini menyatakan "
                        f"bahwa Platform Kriya Talenta (kriyatalenta.co.id) telah "
                        f"digunakan oleh peserta dari 27 (dua puluh tujuh) provinsi di "
                        f"Indonesia dengan jumlah pengguna terdaftar sebanyak "
                        f"{fmt_id(total)} orang per 31 Januari 2025.", st["p"]),
              Paragraph("Rincian jumlah pengguna terdaftar pada setiap provinsi "
                        "disajikan pada tabel berikut. Provinsi yang belum memiliki "
                        "pengguna tetap dicantumkan dengan angka 0 (nol).", st["p"]),
              Spacer(1, 6)]
    rows = [["No.", "Provinsi", "Pengguna Terdaftar", "Keterangan"]]
    for i, p in enumerate(PROVINCES, 1):
        n = uc.get(p, 0)
        rows.append([str(i), p, fmt_id(n), "aktif" if n else "belum ada pengguna"])
    rows.append(["", "JUMLAH", fmt_id(total), ""])
    t = rl_table(rows, [1.3 * cm, 5.8 * cm, 3.9 * cm, 5.0 * cm], st, repeat=1,
                 zebra=True, align_right=(2,), font_size=10)
    story += [t, Spacer(1, 10),
              Paragraph("Demikian surat pernyataan ini dibuat dengan sebenar-benarnya "
                        "dan dapat dipertanggungjawabkan.", st["p"]), Spacer(1, 8)]
    sig = [Paragraph(esc(s) if s else "&nbsp;",
                     ParagraphStyle("sg", parent=st["pl"], leftIndent=9 * cm))
           for s in signature_block_lines("Jakarta, 12 Februari 2025", name,
                                          "Kevin Adrianus Halim", "Direktur Utama")]
    story.append(KeepTogether(sig))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#5B2C83"))
        canv.rect(2.5 * cm, A4[1] - 1.9 * cm, 1.0 * cm, 1.0 * cm, fill=1, stroke=0)
        canv.setFont("Sans-Bold", 12)
        canv.drawString(3.8 * cm, A4[1] - 1.35 * cm, "PT KRIYA TALENTA INDONESIA")
        canv.setFillColor(colors.black)
        canv.setFont("Sans", 7.5)
        canv.drawString(3.8 * cm, A4[1] - 1.75 * cm,
                        "Jakarta Barat  |  Telp. 021-2951 7764  |  kriyatalenta.co.id")
        canv.setLineWidth(0.8)
        canv.line(2.5 * cm, A4[1] - 2.1 * cm, A4[0] - 2.5 * cm, A4[1] - 2.1 * cm)
        canv.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, f"Halaman {doc.page}")
        canv.restoreState()

    rl_build(out / "SURAT_PERNYATAAN_CAKUPAN.pdf", story, title="Surat Pernyataan Cakupan",
             author="Kriya Talenta", on_page=on_page,
             margins=(2.5 * cm, 2.5 * cm, 2.8 * cm, 2.2 * cm))

    sysd = f"""DESKRIPSI SISTEM
Platform Kriya Talenta - {name}

A. Gambaran Umum
Kriya Talenta adalah platform pelatihan daring yang dapat diakses melalui
https://kriyatalenta.co.id. Peserta dapat mencari, membeli, dan mengikuti pelatihan
dari lembaga pelatihan mitra, baik dalam bentuk video maupun webinar.

B. Infrastruktur
1. Aplikasi web dibangun dengan arsitektur microservices dan dijalankan pada layanan
   komputasi awan (cloud) region Jakarta.
2. Basis data utama PostgreSQL; file materi pelatihan disimpan di object storage.
3. Server aplikasi dikelola dengan container dan pipeline CI/CD.

C. Keamanan Informasi
1. Seluruh koneksi menggunakan HTTPS (TLS 1.2).
2. Kata sandi pengguna disimpan dalam bentuk hash (bcrypt); akses admin memakai
   autentikasi dua faktor.
3. Uji penetrasi dilakukan oleh konsultan independen pada Oktober 2024.
4. Penerapan ISO/IEC 27001 sedang dalam proses dan ditargetkan selesai pada tahun 2025.

Jakarta, 12 Februari 2025
Kevin Adrianus Halim
Direktur Utama
"""
    write_txt(out / "DESKRIPSI_SISTEM.txt", sysd, crlf=True)

    d = Docx(font="Cambria", size=11, header=["PT KRIYA TALENTA INDONESIA"],
             footer=["Daftar Lembaga Pelatihan Mitra — per Januari 2025"],
             author="Kriya Talenta", title="Daftar Lembaga Pelatihan")
    d.title("DAFTAR LEMBAGA PELATIHAN MITRA")
    d.para("Berikut lembaga pelatihan yang bekerja sama dengan Platform Kriya Talenta. "
           "Seluruh pelatihan yang dipasarkan adalah pelatihan berbasis kompetensi yang "
           "disusun mengacu pada SKKNI dan dilengkapi uji kompetensi akhir.")
    d.table([["No", "Lembaga Pelatihan", "Kota", "Bidang Pelatihan"],
             ["1", "LPK Dharma Boga Nusantara", "Jakarta Barat", "Tata Boga"],
             ["2", "LPK Cakra Otomotif", "Bekasi", "Perawatan Sepeda Motor"],
             ["3", "LKP Citra Busana", "Bogor", "Tata Busana"],
             ["4", "LPK Solusi Akuntansi Terapan", "Depok", "Akuntansi UMKM"]],
            widths_cm=[1.2, 6.5, 3.5, 4.5])
    d.para("Jakarta, 12 Februari 2025", justify=False)
    d.para("Kevin Adrianus Halim\nDirektur Utama", justify=False)
    d.save(out / "DAFTAR_LEMBAGA_PELATIHAN.docx")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "3", "deed_date": "2021-01-11",
             "notary_name": "Yosef Hadiwijaya", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 27,
             "registered_users": total,
             "portal_urls": ["https://kriyatalenta.co.id"],
             "training_partner_count": 4}
    expect(bid, "Coverage table of all 38 provinces (27 with users, 11 rows at 0) "
                "spanning two PDF pages with the header row repeated, 'telah "
                "digunakan oleh peserta dari 27 provinsi'; the txt system description "
                "(CRLF) covers only infrastructure and security (no availability, no "
                "integration, no payment) -> it_system needs_review in both rulesets; "
                "payment_integration omitted.",
           facts, ruleset({"it_system": "needs_review"}),
           ruleset({"it_system": "needs_review"}))


# ==========================================================================
# he04  PT Lentera Ilmu Semesta: latest amendment changed the name; NIB print
#       still carries the old name
# ==========================================================================
def he04(root: Path) -> None:
    bid = "he04-lentera-ilmu-semesta"
    out = root / bid
    old, new = "PT Lentera Kursus Semesta", "PT Lentera Ilmu Semesta"
    nib, npwp = "8120009127453", "812405937014000"
    addr = ("Gedung Menara Duta Lantai 5, Jalan H.R. Rasuna Said Kaveling B-9, Kelurahan "
            "Kuningan Timur, Kecamatan Setiabudi, Kota Administrasi Jakarta Selatan 12910")
    holders = [
        {"honor": "Tuan", "name": "Harimurti Prasetyo Nugroho", "pob": "Yogyakarta",
         "born": dt.date(1982, 4, 27), "job": "Karyawan Swasta",
         "addr": "Kota Administrasi Jakarta Selatan, Jalan Kemang Timur Raya Nomor 33, "
                 "Rukun Tetangga 005, Rukun Warga 003, Kelurahan Bangka, Kecamatan "
                 "Mampang Prapatan",
         "nik": "3174052704820006", "shares": 6000},
        {"honor": "Tuan", "name": "Lukman Hakim Surbakti", "pob": "Binjai",
         "born": dt.date(1975, 10, 5), "job": "Wiraswasta",
         "addr": "Kota Depok, Jalan Margonda Raya Gang Kenari Nomor 4, Rukun Tetangga "
                 "002, Rukun Warga 010, Kelurahan Kemiri Muka, Kecamatan Beji",
         "nik": "3276020510750003", "shares": 3000},
        {"honor": "Nyonya", "name": "Clara Widjaja", "pob": "Semarang",
         "born": dt.date(1985, 1, 16), "job": "Wiraswasta",
         "addr": "Kota Administrasi Jakarta Utara, Jalan Pluit Karang Indah Timur Nomor "
                 "18, Rukun Tetangga 010, Rukun Warga 016, Kelurahan Pluit, Kecamatan "
                 "Penjaringan",
         "nik": "3172015601850004", "shares": 1000},
    ]
    base = {"seat": "Kota Administrasi Jakarta Selatan", "nominal": 100_000,
            "shares_auth": 40_000, "founders": holders,
            "purpose": "Pendidikan serta Informasi dan Komunikasi"}

    # A1: deed of establishment 2018 (old name, short, reportlab, no dashes)
    d1 = dict(base, name=old, number="5", date=dt.date(2018, 8, 6), time="10.30 WIB",
              time_words="sepuluh lewat tiga puluh menit Waktu Indonesia Barat",
              notary="Bambang Sutrisno Adi", notary_titles="Sarjana Hukum",
              notary_city="Jakarta", notary_sig="BAMBANG SUTRISNO ADI, S.H.",
              kbli=[("85499", "Pendidikan Lainnya Swasta",
                     "kelompok ini mencakup kursus dan pelatihan nonformal."),
                    ("62019", "Aktivitas Pemrograman Komputer Lainnya", "")],
              board=[("Direktur Utama", "Tuan", "Harimurti Prasetyo Nugroho", ""),
                     ("Komisaris", "Tuan", "Lukman Hakim Surbakti", "")],
              proxy="Tuan HARIMURTI PRASETYO NUGROHO tersebut di atas",
              witnesses=["Tuan Yusuf Maulana", "Nona Fitri Handayani"],
              ahu_note="Akta ini telah memperoleh pengesahan Menteri Hukum dan Hak Asasi "
                       "Manusia Republik Indonesia dengan Keputusan Nomor "
                       "AHU-0036512.AH.01.01.Tahun 2018 tanggal 9 Agustus 2018.")
    d1["kbli"] = [(c, t, x or "kelompok ini mencakup pembuatan perangkat lunak.")
                  for c, t, x in d1["kbli"]]
    parts1 = deed_opening(d1) + deed_articles(d1, long=False) + deed_closing(d1)
    render_deed_rl(parts1, out / "A1_Akta_Pendirian_2018.pdf", title="Akta Pendirian 2018",
                   author="Notaris Bambang Sutrisno Adi", dashes=False, base="Serif",
                   size=10.5, header_text="SALINAN AKTA NO. 5")

    # A2: amendment 2021 (new name, restates all articles, fpdf2, dashes)
    d2 = dict(base, name=new, number="14", date=dt.date(2021, 3, 9), time="14.00 WIB",
              time_words="empat belas Waktu Indonesia Barat", date_style="mixed",
              notary="Maria Goretti Simanjuntak",
              notary_titles="Sarjana Hukum, Magister Kenotariatan",
              notary_city="Kota Administrasi Jakarta Selatan",
              notary_sig="MARIA GORETTI SIMANJUNTAK, S.H., M.Kn.",
              kbli=[K_63122, K_85499, K_62019, K_63111])
    h = holders[0]
    dd = d2["date"]
    parts2 = [("title", "PERNYATAAN KEPUTUSAN PARA PEMEGANG SAHAM"),
              ("title", "PT LENTERA ILMU SEMESTA"),
              ("center", "(dahulu bernama PT LENTERA KURSUS SEMESTA)"),
              ("center", "Nomor : 14"), ("gap",),
              ("p", f"Pada hari ini, {hari(dd)}, tanggal {dd.day:02d} ({terbilang(dd.day)}) "
                    f"{BULAN[dd.month]} {dd.year} ({terbilang(dd.year)}), pukul 14.00 WIB "
                    "(empat belas Waktu Indonesia Barat)."),
              ("p", "Berhadapan dengan saya, MARIA GORETTI SIMANJUNTAK, Sarjana Hukum, "
                    "Magister Kenotariatan, Notaris di Kota Administrasi Jakarta Selatan, "
                    "dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan "
                    "disebutkan pada bagian akhir akta ini:"),
              ("item", f"{_person(h)}; menurut keterangannya dalam hal ini bertindak "
                       "dalam kedudukannya selaku Direktur Utama Perseroan dan selaku "
                       "kuasa dari para pemegang saham berdasarkan Keputusan Sirkuler "
                       "Para Pemegang Saham sebagai Pengganti Rapat Umum Pemegang Saham "
                       "Luar Biasa tertanggal 1 Maret 2021, yang dibuat di bawah tangan "
                       "dan bermeterai cukup, yang aslinya dilekatkan pada minuta akta "
                       "ini, dari dan oleh karena itu sah mewakili PT LENTERA KURSUS "
                       "SEMESTA, berkedudukan di Kota Administrasi Jakarta Selatan, yang "
                       "anggaran dasarnya dimuat dalam akta tanggal 6 Agustus 2018 Nomor "
                       "5, dibuat di hadapan BAMBANG SUTRISNO ADI, Sarjana Hukum, Notaris "
                       "di Jakarta, yang telah memperoleh pengesahan dari Menteri Hukum "
                       "dan Hak Asasi Manusia Republik Indonesia berdasarkan Keputusan "
                       "Nomor AHU-0036512.AH.01.01.Tahun 2018 tanggal 9 Agustus 2018 "
                       "(selanjutnya disebut \"Perseroan\")."),
              ("p", "Penghadap telah dikenal oleh saya, Notaris."),
              ("p", "Penghadap, bertindak dalam kedudukannya sebagaimana tersebut di atas, "
                    "menerangkan bahwa para pemegang saham Perseroan telah mengambil "
                    "keputusan yang sah dan mengikat sebagai berikut:"),
              ("item", "1. Menyetujui perubahan nama Perseroan yang semula bernama PT "
                       "LENTERA KURSUS SEMESTA menjadi PT LENTERA ILMU SEMESTA, sehingga "
                       "mengubah ketentuan Pasal 1 anggaran dasar Perseroan;"),
              ("item", "2. Menyetujui penyesuaian maksud dan tujuan serta kegiatan usaha "
                       "Perseroan dengan Klasifikasi Baku Lapangan Usaha Indonesia (KBLI) "
                       "Tahun 2020, sehingga mengubah ketentuan Pasal 3 anggaran dasar "
                       "Perseroan;"),
              ("item", "3. Menyetujui untuk menyusun kembali seluruh ketentuan anggaran "
                       "dasar Perseroan;"),
              ("item", "4. Menegaskan kembali susunan anggota Direksi dan Dewan Komisaris "
                       "Perseroan."),
              ("p", "Selanjutnya penghadap menerangkan bahwa anggaran dasar Perseroan "
                    "disusun kembali sehingga seluruhnya berbunyi sebagai berikut:")]
    arts = deed_articles(d2, long=True)
    arts = [(p[0], p[1].replace("oleh para pendiri", "oleh para pemegang saham"), *p[2:])
            for p in arts]
    parts2 += arts
    parts2 += [
        ("p", "Selanjutnya penghadap, bertindak dalam kedudukannya tersebut, menerangkan "
              "bahwa:"),
        ("item", "a. Susunan pemegang saham Perseroan adalah: Tuan HARIMURTI PRASETYO "
                 "NUGROHO sebanyak 6.000 (enam ribu) saham; Tuan LUKMAN HAKIM SURBAKTI "
                 "sebanyak 3.000 (tiga ribu) saham; dan Nyonya CLARA WIDJAJA sebanyak "
                 "1.000 (seribu) saham; seluruhnya 10.000 (sepuluh ribu) saham dengan "
                 "nilai nominal seluruhnya Rp1.000.000.000,00 (satu miliar rupiah)."),
        ("item", "b. Susunan anggota Direksi dan Dewan Komisaris Perseroan ditegaskan "
                 "kembali sebagai berikut:"),
        ("item", "   Direksi: Direktur Utama : Tuan HARIMURTI PRASETYO NUGROHO; "
                 "Direktur : Nyonya ANINDYA PARAMITHA SIREGAR;"),
        ("item", "   Dewan Komisaris: Komisaris Utama : Tuan LUKMAN HAKIM SURBAKTI; "
                 "Komisaris : Nyonya CLARA WIDJAJA;"),
        ("item", "c. Penghadap memberi kuasa kepada saya, Notaris, untuk memohon "
                 "persetujuan atas perubahan anggaran dasar ini dari Menteri Hukum dan "
                 "Hak Asasi Manusia Republik Indonesia serta memberitahukan perubahan "
                 "data Perseroan."),
        ("centerb", "DEMIKIANLAH AKTA INI"),
        ("p", "Dibuat sebagai minuta dan dilangsungkan di Kota Administrasi Jakarta "
              "Selatan, pada hari dan tanggal serta jam sebagaimana disebutkan pada "
              "bagian awal akta ini, dengan dihadiri oleh: 1. Nona Agnes Kristiani "
              "Manurung; 2. Tuan Samuel Parulian Tobing; keduanya karyawan kantor "
              "Notaris, sebagai saksi-saksi."),
        ("p", "Segera setelah akta ini dibacakan oleh saya, Notaris, kepada penghadap "
              "dan para saksi, maka akta ini ditandatangani oleh penghadap, para saksi "
              "dan saya, Notaris."),
        ("p", "Dilangsungkan dengan tanpa perubahan."),
        ("p", "Diberikan sebagai SALINAN yang sama bunyinya."),
        ("sig", ["Notaris di Kota Administrasi", "Jakarta Selatan,", "",
                 "(cap dan tanda tangan)", "", "MARIA GORETTI SIMANJUNTAK, S.H., M.Kn."]),
    ]
    render_deed_fpdf(parts2, out / "A2_Akta_Perubahan_2021.pdf",
                     title="Akta Pernyataan Keputusan Para Pemegang Saham No. 14",
                     author="Notaris Maria Goretti Simanjuntak",
                     footer_text="Salinan Akta Nomor 14 tanggal 9 Maret 2021")

    ahu = "AHU-0016483.AH.01.02.TAHUN 2021"
    sk = ahu_sk_lines({"name": new, "ahu": ahu, "sk_date": dt.date(2021, 3, 15),
                       "deed_no": "14", "deed_date": dd,
                       "notary_sig": "MARIA GORETTI SIMANJUNTAK, S.H., M.Kn.",
                       "seat": base["seat"], "kind": "perubahan",
                       "formerly": " (dahulu PT LENTERA KURSUS SEMESTA)",
                       "change_note": ", yang memuat perubahan nama Perseroan",
                       "reg_no": "4021031531077212",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0049871.AH.01.11.TAHUN 2021 "
                                 "TANGGAL 15 MARET 2021"})
    render_lines_rl(sk, out / "A3_SK_Persetujuan_Perubahan_AD.pdf", title="SK Persetujuan",
                    author="AHU Online", base="Serif")

    # B1: NIB from 2019, old name
    nibc = {"nib": nib, "name": old, "addr": addr, "phone": "021-52906618",
            "email": "admin@lenterakursus.co.id", "npwp_print": npwp15(npwp),
            "kbli": [("85499", "Pendidikan Lainnya Swasta", ""),
                     ("62019", "Aktivitas Pemrograman Komputer Lainnya", "")],
            "issued": dt.date(2019, 3, 21), "printed": dt.date(2019, 3, 21),
            "scale": "Usaha Kecil", "kbli_widths": [12, 22, 98, 30]}
    render_lines_fpdf(nib_lines(nibc, style="old"), out / "B1_NIB.pdf", title="NIB",
                      author="OSS", key_w=60)

    # C1: coverage statement (docx, new name)
    excl = {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
            "Maluku Utara", "Sulawesi Barat", "Kalimantan Utara", "Gorontalo", "Bengkulu"}
    provs = [p for p in PROVINCES if p not in excl]
    assert len(provs) == 29
    uc = user_counts(provs, 520_000, seed=404)
    total = sum(uc.values())
    d = Docx(font="Calibri", size=11,
             header=["PT LENTERA ILMU SEMESTA",
                     "Menara Duta Lt. 5, Jl. H.R. Rasuna Said Kav. B-9, Jakarta Selatan 12910"
                     "  •  www.lenterailmu.id"],
             footer=["PT Lentera Ilmu Semesta (dahulu PT Lentera Kursus Semesta)"],
             author="Lentera Ilmu", title="Surat Pernyataan")
    d.title("SURAT PERNYATAAN")
    d.title("CAKUPAN LAYANAN NASIONAL PLATFORM LENTERA ILMU", size=12)
    d.para("Yang bertanda tangan di bawah ini, Harimurti Prasetyo Nugroho, Direktur "
           f"Utama {new}, NIB {nib}, NPWP {npwp15(npwp)}, beralamat di {addr}, dengan "
           "ini menyatakan:")
    d.numbered([f"Platform Lentera Ilmu (https://www.lenterailmu.id) memiliki "
                f"{fmt_id(total)} pengguna terdaftar per 31 Januari 2025.",
                "Pengguna terdaftar tersebut berasal dari 29 (dua puluh sembilan) "
                "provinsi sebagaimana tercantum dalam tabel di bawah ini.",
                "Data pengguna dapat diaudit oleh Manajemen Pelaksana Program Kartu "
                "Prakerja."])
    rows = [["Provinsi", "Pengguna"]]
    for p in provs:
        rows.append([prov_display(p, True), fmt_id(uc[p])])
    rows.append(["Total", fmt_id(total)])
    d.table(rows, widths_cm=[9, 5], size=10, align_right_cols=(1,))
    d.para("Pernyataan ini dibuat dengan sebenarnya dan apabila di kemudian hari "
           "terbukti tidak benar, kami bersedia menerima sanksi sesuai ketentuan yang "
           "berlaku.")
    for s in signature_block_lines("Jakarta, 17 Februari 2025", new,
                                   "Harimurti Prasetyo Nugroho", "Direktur Utama"):
        d.para(s, justify=False, indent_cm=9)
    d.save(out / "C1_Pernyataan_Cakupan.docx")

    # C2: system description (reportlab, Indonesian, own headings)
    st = rl_styles("Serif", 10.5)
    story = [Paragraph("DESKRIPSI SISTEM TEKNOLOGI INFORMASI", st["title"]),
             Paragraph("Platform Lentera Ilmu — " + new, st["center"]), Spacer(1, 8)]
    secs = [
        ("I. Arsitektur dan Infrastruktur",
         "Platform Lentera Ilmu (https://www.lenterailmu.id) dibangun sebagai aplikasi "
         "web responsif dengan arsitektur tiga lapis (presentation, application, data). "
         "Server aplikasi dan basis data ditempatkan pada pusat data bersertifikat Tier "
         "III di Cikarang dengan pusat pemulihan bencana (DRC) di Surabaya."),
        ("II. Keamanan Informasi",
         "Perseroan memiliki sertifikat ISO/IEC 27001:2022. Kontrol keamanan meliputi "
         "web application firewall, enkripsi TLS, enkripsi basis data, manajemen hak "
         "akses berbasis peran, serta uji penetrasi tahunan oleh pihak independen."),
        ("III. Ketersediaan dan Kapasitas",
         "Tingkat layanan yang dijanjikan adalah 99,5% per bulan, dengan pemantauan 24/7. "
         "Uji beban terakhir (Desember 2024) menunjukkan sistem mampu melayani 25.000 "
         "pengguna bersamaan dengan waktu respons rata-rata di bawah 800 milidetik."),
        ("IV. Integrasi dan API",
         "Sistem menyediakan API bagi lembaga pelatihan mitra untuk sinkronisasi katalog "
         "dan data kelulusan. Sistem pembayaran platform mendukung penukaran saldo Kartu "
         "Prakerja sebagai metode pembayaran pelatihan, termasuk rekonsiliasi transaksi "
         "harian dengan Manajemen Pelaksana."),
    ]
    for hd, tx in secs:
        story += [Paragraph(hd, st["h"]), Paragraph(esc(tx), st["p"])]
    story += [Spacer(1, 12), Paragraph("Jakarta, 17 Februari 2025", st["pl"]),
              Paragraph("Harimurti Prasetyo Nugroho, Direktur Utama", st["pl"])]
    rl_build(out / "C2_Deskripsi_Sistem.pdf", story, title="Deskripsi Sistem",
             author="Lentera Ilmu")

    # C3: partners (docx)
    lps = ["LPK Bina Insan Kreatif", "LKP Prima Kecantikan", "LPK Mitra Teknik Listrik",
           "LPK Garuda Bahasa Jepang", "LKP Mutiara Komputer", "LPK Sentosa Perhotelan",
           "LPK Arta Keuangan Mikro"]
    progs = ["Fotografi Produk", "Tata Rias Pengantin", "Instalasi Listrik Rumah Tinggal",
             "Bahasa Jepang untuk Pemagang", "Microsoft Excel Tingkat Menengah",
             "Pramusaji Hotel dan Restoran", "Pengelolaan Koperasi Simpan Pinjam"]
    d = Docx(font="Calibri", size=11, header=["PT LENTERA ILMU SEMESTA"],
             footer=["Lampiran C3"], author="Lentera Ilmu", title="Mitra LP")
    d.title("DAFTAR LEMBAGA PELATIHAN MITRA PLATFORM LENTERA ILMU")
    d.para("Platform Lentera Ilmu merupakan pasar daring terbuka bagi lembaga pelatihan. "
           "Setiap program yang ditayangkan wajib merupakan pelatihan berbasis kompetensi "
           "dengan unit kompetensi kerja yang jelas.")
    rows = [["No.", "Lembaga Pelatihan", "Program Unggulan"]]
    for i, (a, b) in enumerate(zip(lps, progs, strict=False), 1):
        rows.append([str(i), a, b])
    d.table(rows, widths_cm=[1.2, 7, 7.5])
    d.save(out / "C3_Mitra_LP.docx")

    facts = {"company_name": new, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "14", "deed_date": "2021-03-09",
             "notary_name": "Maria Goretti Simanjuntak", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 29,
             "registered_users": total, "portal_urls": ["https://www.lenterailmu.id"],
             "training_partner_count": 7, "payment_integration": True}
    expect(bid, "Name change: establishment deed 2018 (PT Lentera Kursus Semesta, AHU "
                "AH.01.01 note) and a long 2021 amendment deed (Pernyataan Keputusan "
                "Para Pemegang Saham No. 14) that renames the company PT Lentera Ilmu "
                "Semesta and restates all articles, approved by SK AH.01.02; the 2019 "
                "NIB print still shows the old name -> identity_consistent "
                "needs_review; facts follow the latest amendment; 'mendukung "
                "penukaran saldo Kartu Prakerja'.",
           facts, ruleset(checks={"identity_consistent": "needs_review"}),
           ruleset(checks={"identity_consistent": "needs_review"}))


# ==========================================================================
# he05  PT Samudra Keterampilan Digital: generic file names; statements signed
#       by the Direktur (not the Direktur Utama); partners without any
#       competency basis
# ==========================================================================
def he05(root: Path) -> None:
    bid = "he05-samudra-keterampilan-digital"
    out = root / bid
    name = "PT Samudra Keterampilan Digital"
    nib, npwp = "9120304618275", "951632704508000"
    addr = ("Jalan Pandanaran Nomor 126, Kelurahan Mugassari, Kecamatan Semarang Selatan, "
            "Kota Semarang 50249")
    lh = {"name": "PT SAMUDRA KETERAMPILAN DIGITAL",
          "lines": [addr, "Telepon (024) 8453 9021  -  samudraskill.id"],
          "color": (0, 70, 140), "align": "L", "size": 13}

    # dokumen1.pdf: NIB (fpdf2)
    nibc = {"nib": nib, "name": name, "addr": addr + ", Jawa Tengah",
            "phone": "024-84539021", "npwp_print": npwp15(npwp),
            "kbli": [K_63122, K_85499, K_62019], "issued": dt.date(2022, 1, 18),
            "printed": dt.date(2025, 2, 4), "scale": "Usaha Menengah"}
    render_lines_fpdf(nib_lines(nibc), out / "dokumen1.pdf", title="", author="",
                      key_w=58)

    # dokumen2.pdf: system description (reportlab, English)
    st = rl_styles("Sans", 10)
    story = [Paragraph("SYSTEM DESCRIPTION", st["title"]),
             Paragraph("Samudra Skill learning platform", st["center"]), Spacer(1, 10)]
    secs = [
        ("Overview", f"Samudra Skill is operated by {name}. Learners use the web "
                     "platform at https://samudraskill.id and the learning space at "
                     "https://belajar.samudraskill.id."),
        ("Infrastructure", "Application servers run on a managed Kubernetes cluster in "
                           "a Jakarta cloud region, with a managed MySQL database "
                           "(primary and read replica) and object storage for course "
                           "media. Infrastructure is provisioned as code."),
        ("Information Security", "Data in transit is protected by TLS 1.2+, personal "
                                 "data is encrypted at rest, and administrator access "
                                 "requires single sign-on with MFA. An external "
                                 "penetration test was completed in August 2024; the "
                                 "company follows ISO/IEC 27001 controls."),
        ("Service Availability", "Target availability is 99.9% per month with 24/7 "
                                 "monitoring and on-call engineers. The platform was "
                                 "load-tested to 20,000 concurrent users; daily backups "
                                 "are kept for 30 days."),
        ("System Integration", "Training providers manage their catalogue through a "
                               "provider portal and a REST API. The platform is "
                               "integrated with the Kartu Prakerja payment method: "
                               "training purchased by card holders is paid through the "
                               "Prakerja system, and completion status is reported back "
                               "through the programme's API."),
    ]
    for hd, tx in secs:
        story += [Paragraph(hd, st["h"]), Paragraph(esc(tx), st["p"])]
    story += [Spacer(1, 10), Paragraph("Semarang, 5 February 2025", st["pl"]),
              Paragraph("Maya Lestari Purnomo, Director", st["pl"])]
    rl_build(out / "dokumen2.pdf", story, title="", author="")

    # dokumen3.pdf: deed (reportlab, long, date in words only)
    deed = {
        "name": name, "seat": "Kota Semarang", "number": "19",
        "date": dt.date(2020, 10, 22), "time": "11.00 WIB",
        "time_words": "sebelas Waktu Indonesia Barat", "date_style": "words",
        "notary": "Lukas Wibowo", "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kota Semarang", "notary_sig": "LUKAS WIBOWO, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi serta Pendidikan",
        "kbli": [K_63122, K_85499, K_62019],
        "nominal": 1_000_000, "shares_auth": 8_000,
        "founders": [
            {"honor": "Tuan", "name": "Bagus Hartanto Wicaksono", "pob": "Semarang",
             "born": dt.date(1983, 6, 11), "job": "Wiraswasta",
             "addr": "Kota Semarang, Jalan Papandayan Nomor 17, Rukun Tetangga 003, "
                     "Rukun Warga 001, Kelurahan Gajahmungkur, Kecamatan Gajahmungkur",
             "nik": "3374061106830002", "shares": 1200},
            {"honor": "Nyonya", "name": "Maya Lestari Purnomo", "pob": "Salatiga",
             "born": dt.date(1988, 9, 2), "job": "Karyawan Swasta",
             "addr": "Kota Semarang, Perumahan Graha Candi Golf Blok E-3 Nomor 8, Rukun "
                     "Tetangga 004, Rukun Warga 006, Kelurahan Jangli, Kecamatan "
                     "Candisari",
             "nik": "3374134209880001", "shares": 500},
            {"honor": "Tuan", "name": "Sutedjo Purnomo", "pob": "Kudus",
             "born": dt.date(1958, 2, 24), "job": "Pensiunan",
             "addr": "Kabupaten Kudus, Jalan Sunan Muria Nomor 50, Rukun Tetangga 002, "
                     "Rukun Warga 003, Kelurahan Glantengan, Kecamatan Kota Kudus",
             "nik": "3319022402580001", "shares": 300},
        ],
        "board": [("Direktur Utama", "Tuan", "Bagus Hartanto Wicaksono", ""),
                  ("Direktur", "Nyonya", "Maya Lestari Purnomo", ""),
                  ("Komisaris", "Tuan", "Sutedjo Purnomo", "")],
        "proxy": "Nyonya MAYA LESTARI PURNOMO tersebut di atas",
        "witnesses": ["Nyonya Retno Wulandari", "Tuan Agung Prasetya, Sarjana Hukum"],
    }
    parts = deed_opening(deed) + deed_articles(deed, long=True, label_fmt="Pasal {n}.") \
        + deed_closing(deed)
    render_deed_rl(parts, out / "dokumen3.pdf", title="", author="", base="Serif",
                   size=10.5, footer_fmt="Halaman {n}")

    # dokumen4.pdf: partners (reportlab) - no competency basis stated
    partners = [
        ("LKP Harmoni Musik Semarang", "Kursus Gitar Dasar untuk Pemula", "6 sesi"),
        ("LPK Sahabat Dapur", "Memasak Menu Katering Rumahan", "8 sesi"),
        ("LKP Bintang Kreasi", "Membuat Konten Video dengan Ponsel", "5 sesi"),
        ("LPK Rumah Wirausaha Jateng", "Memulai Usaha Daring", "4 sesi"),
    ]
    rows = [["No", "Mitra Penyelenggara", "Judul Kelas", "Durasi"]]
    for i, (a, b, c_) in enumerate(partners, 1):
        rows.append([str(i), a, b, c_])
    st = rl_styles("Sans", 10)
    story = [Paragraph("DAFTAR MITRA PENYELENGGARA PELATIHAN", st["title"]),
             Paragraph(name, st["center"]), Spacer(1, 10),
             Paragraph("Berikut adalah lembaga pelatihan yang telah menayangkan kelas di "
                       "Samudra Skill. Setiap peserta yang menyelesaikan kelas memperoleh "
                       "sertifikat penyelesaian dari lembaga penyelenggara.", st["p"]),
             Spacer(1, 6), rl_table(rows, [1.2 * cm, 5.6 * cm, 6.8 * cm, 2.4 * cm], st),
             Spacer(1, 14), Paragraph("Semarang, 5 Februari 2025", st["pl"]),
             Spacer(1, 24), Paragraph("Maya Lestari Purnomo", st["pl"]),
             Paragraph("Direktur", st["pl"])]
    rl_build(out / "dokumen4.pdf", story, title="", author="")

    # dokumen5.pdf: SK AHU (fpdf2)
    ahu = "AHU-0051937.AH.01.01.TAHUN 2020"
    sk = ahu_sk_lines({"name": name, "ahu": ahu, "sk_date": dt.date(2020, 10, 27),
                       "deed_no": "19", "deed_date": deed["date"],
                       "notary_sig": deed["notary_sig"], "seat": "Kota Semarang",
                       "kind": "pendirian", "reg_no": "4020102751309348",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0178204.AH.01.11.TAHUN 2020 "
                                 "TANGGAL 27 OKTOBER 2020"})
    render_lines_fpdf(sk, out / "dokumen5.pdf", title="", author="")

    # dokumen6.pdf: coverage statement (fpdf2), signed by the Direktur
    excl = {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
            "Maluku Utara", "Sulawesi Barat", "Kalimantan Utara"}
    provs = [p for p in PROVINCES if p not in excl]
    assert len(provs) == 31
    uc = user_counts(provs, 280_000, seed=505)
    total = sum(uc.values())
    pdf = FDoc(letterhead=lh, title="", author="")
    pdf.add_page()
    pdf.title_line("SURAT PERNYATAAN CAKUPAN LAYANAN")
    pdf.p("Nomor: 009/SKD/SP/II/2025", align="C")
    pdf.p("Kami yang bertanda tangan di bawah ini:")
    pdf.kv([("Nama", "Maya Lestari Purnomo"), ("Jabatan", "Direktur"),
            ("NIK", "3374134209880001"),
            ("Bertindak untuk dan atas nama", name), ("Alamat", addr)], key_w=58,
           indent=4)
    pdf.p(f"menyatakan bahwa layanan Samudra Skill telah diakses oleh pengguna di 31 "
          f"(tiga puluh satu) provinsi, dengan jumlah pengguna terdaftar "
          f"{fmt_id(total)} orang pada akhir Januari 2025, dengan rincian:")
    rows = [["No", "Provinsi", "Jumlah Pengguna"]]
    for i, p in enumerate(provs, 1):
        rows.append([str(i), p, fmt_id(uc[p])])
    rows.append(["", "Jumlah", fmt_id(total)])
    pdf.ruled_table(rows, [14, 95, 45], size=9, lh=4.9)
    pdf.p("Pernyataan ini ditandatangani oleh Direktur berdasarkan kewenangan anggota "
          "Direksi sebagaimana diatur dalam anggaran dasar Perseroan.")
    for s in signature_block_lines("Semarang, 5 Februari 2025", name,
                                   "Maya Lestari Purnomo", "Direktur"):
        pdf.set_x(pdf.l_margin + 95)
        pdf.cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
    pdf.save(out / "dokumen6.pdf")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "19", "deed_date": "2020-10-22",
             "notary_name": "Lukas Wibowo", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 31,
             "registered_users": total,
             "portal_urls": ["https://belajar.samudraskill.id", "https://samudraskill.id"],
             "training_partner_count": 4, "payment_integration": True}
    expect(bid, "Files named dokumen1.pdf..dokumen6.pdf in no meaningful order (NIB, "
                "system description, deed, partners, SK AHU, coverage) and PDFs without "
                "titles; long deed dated in words only; statements signed by Maya "
                "Lestari Purnomo as 'Direktur' (a director in the deed, not the "
                "Direktur Utama) -> signatory_authorized met; partner list names 4 "
                "institutions but says nothing about competency -> training_partners "
                "needs_review.",
           facts, ruleset({"training_partners": "needs_review"}),
           ruleset({"training_partners": "needs_review"}))


# ==========================================================================
# he06  PT Gerbang Mahir Indonesia: NPWP 15 digits in one document, 16 digits
#       (0 + the same 15) in the NIB print; no portal/URL anywhere; coverage
#       stated as a number in a summary table (no province named)
# ==========================================================================
def he06(root: Path) -> None:
    bid = "he06-gerbang-mahir-indonesia"
    out = root / bid
    name = "PT Gerbang Mahir Indonesia"
    nib = "1904220065318"
    npwp15d = "027183945411000"
    npwp16d = "0" + npwp15d
    addr = ("Ruko Golden Boulevard Blok K Nomor 21, Jalan Pahlawan Seribu, Kelurahan "
            "Lengkong Karya, Kecamatan Serpong Utara, Kota Tangerang Selatan 15310")
    deed = {
        "name": name, "seat": "Kota Tangerang Selatan", "number": "62",
        "date": dt.date(2019, 4, 25), "time": "15.00 WIB",
        "time_words": "lima belas Waktu Indonesia Barat",
        "notary": "Ratna Juwita Hasibuan",
        "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kabupaten Tangerang",
        "notary_sig": "RATNA JUWITA HASIBUAN, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi serta Pendidikan",
        "kbli": [K_63122, K_85499],
        "nominal": 250_000, "shares_auth": 40_000,
        "founders": [
            {"honor": "Tuan", "name": "Rizky Maulana Harahap", "pob": "Padangsidimpuan",
             "born": dt.date(1987, 1, 29), "job": "Wiraswasta",
             "addr": "Kota Tangerang Selatan, Jalan Rawa Buntu Utara Nomor 12, Rukun "
                     "Tetangga 002, Rukun Warga 008, Kelurahan Rawa Buntu, Kecamatan "
                     "Serpong",
             "nik": "3674012901870003", "shares": 6000},
            {"honor": "Nyonya", "name": "Putri Ayuningtyas", "pob": "Surakarta",
             "born": dt.date(1991, 5, 8), "job": "Karyawan Swasta",
             "addr": "Kota Tangerang Selatan, Cluster Eminent Blok B Nomor 3, Rukun "
                     "Tetangga 001, Rukun Warga 012, Kelurahan Pondok Jagung, "
                     "Kecamatan Serpong Utara",
             "nik": "3674034805910002", "shares": 4000},
        ],
        "board": [("Direktur Utama", "Tuan", "Rizky Maulana Harahap", ""),
                  ("Komisaris", "Nyonya", "Putri Ayuningtyas", "")],
        "proxy": "saya, Notaris",
        "witnesses": ["Tuan Ahmad Fauzan", "Nona Sri Mulyani, Sarjana Hukum"],
    }
    parts = deed_opening(deed) + deed_articles(deed, long=False) + deed_closing(deed)
    render_deed_docx(parts, out / "Akta_Pendirian_No_62.docx", title="Akta 62",
                     author="Staf Notaris", footer=["Salinan Akta Nomor 62 tanggal 25 April 2019"],
                     header=["SALINAN"], font="Bookman Old Style", size=11)

    ahu = "AHU-0021563.AH.01.01.TAHUN 2019"
    sk = ahu_sk_lines({"name": name, "ahu": ahu, "sk_date": dt.date(2019, 4, 29),
                       "deed_no": "62", "deed_date": deed["date"],
                       "notary_sig": deed["notary_sig"], "seat": deed["seat"],
                       "kind": "pendirian", "reg_no": "4019042931508164",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0069935.AH.01.11.TAHUN 2019 "
                                 "TANGGAL 29 APRIL 2019"})
    render_lines_rl(sk, out / "SK_AHU_Pengesahan.pdf", title="SK AHU", author="AHU Online")

    # NIB (fpdf2) printed in 2024 -> NPWP in the 16-digit form
    nibc = {"nib": nib, "name": name, "addr": addr + ", Banten", "phone": "021-53161120",
            "npwp_print": npwp16d, "kbli": deed["kbli"], "issued": dt.date(2021, 11, 2),
            "printed": dt.date(2024, 9, 12), "scale": "Usaha Kecil"}
    render_lines_fpdf(nib_lines(nibc), out / "NIB_OSS_RBA.pdf", title="NIB", author="OSS",
                      key_w=58)

    # coverage (docx): number of provinces in a summary table, NPWP 15 digits
    total = 429_777
    d = Docx(font="Calibri", size=11,
             header=["PT GERBANG MAHIR INDONESIA",
                     addr + "  -  Telp. (021) 5316 1120"],
             footer=["Dokumen ini merupakan bagian dari berkas pendaftaran Platform "
                     "Digital Program Kartu Prakerja"],
             author="Gerbang Mahir", title="Surat Pernyataan")
    d.title("SURAT PERNYATAAN")
    d.title("Cakupan Layanan Berskala Nasional", size=12, bold=False)
    d.table([["Nama", "Rizky Maulana Harahap"], ["Jabatan", "Direktur Utama"],
             ["Nama Badan Usaha", name], ["NPWP", npwp15(npwp15d)], ["NIB", nib]],
            widths_cm=[5, 10], header=False)
    d.para(f"Dengan ini menyatakan bahwa pengguna terdaftar Platform Gerbang Mahir per 31 "
           f"Desember 2024 berjumlah {fmt_id(total)} orang dan berasal dari 32 (tiga "
           f"puluh dua) provinsi. Ringkasan data pengguna adalah sebagai berikut:")
    rows = [["Uraian", "Jumlah"],
            ["Provinsi dengan pengguna terdaftar", "32"],
            ["Kabupaten/kota dengan pengguna terdaftar", "311"],
            ["Pengguna terdaftar", fmt_id(total)],
            ["Pengguna aktif bulanan (Desember 2024)", fmt_id(58_204)]]
    d.table(rows, widths_cm=[10, 5], align_right_cols=(1,))
    d.para("Rincian per provinsi tersedia dan dapat kami sampaikan apabila diminta oleh "
           "Manajemen Pelaksana.")
    for s in signature_block_lines("Tangerang Selatan, 6 Januari 2025", name,
                                   "Rizky Maulana Harahap", "Direktur Utama"):
        d.para(s, justify=False, indent_cm=9)
    d.save(out / "Surat_Pernyataan_Cakupan.docx")

    # system description (fpdf2, Indonesian) - deliberately no address of any portal
    pdf = FDoc(title="Deskripsi Sistem", author="Gerbang Mahir",
               footer_text="PT Gerbang Mahir Indonesia - Deskripsi Sistem Informasi")
    pdf.add_page()
    pdf.title_line("DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI", size=13)
    pdf.p(name, align="C")
    pdf.ln(2)
    pdf.heading("1. Infrastruktur")
    pdf.p("Sistem Gerbang Mahir dijalankan pada pusat data milik penyedia colocation di "
          "Jakarta (sertifikasi Tier III) dengan server cadangan di Batam. Arsitektur "
          "terdiri atas lapisan aplikasi, lapisan layanan (microservices), dan lapisan "
          "data (PostgreSQL dan Redis).")
    pdf.heading("2. Keamanan Informasi")
    pdf.p("Penerapan keamanan mengacu pada ISO/IEC 27001: enkripsi TLS pada seluruh "
          "koneksi, enkripsi data pribadi di basis data, pemindaian kerentanan bulanan, "
          "dan uji penetrasi tahunan oleh pihak ketiga.")
    pdf.heading("3. Ketersediaan Layanan")
    pdf.p("Target ketersediaan 99,8% per bulan. Sistem dirancang dengan klaster aktif-"
          "aktif, pencadangan harian, dan rencana pemulihan bencana yang diuji dua kali "
          "setahun. Kapasitas saat ini mencapai 15.000 pengguna bersamaan.")
    pdf.heading("4. Integrasi Sistem")
    pdf.p("Sistem menyediakan API untuk lembaga pelatihan mitra. Modul transaksi telah "
          "terhubung dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan, "
          "termasuk pengiriman data penyelesaian pelatihan kepada Manajemen Pelaksana.")
    pdf.ln(4)
    pdf.p("Tangerang Selatan, 6 Januari 2025\nRizky Maulana Harahap\nDirektur Utama",
          align="L")
    pdf.save(out / "Deskripsi_Sistem.pdf")

    partners = [("LPK Tunas Mandiri Serpong", "Barista Kopi", "SKKNI Barista"),
                ("LPK Nusantara Las", "Juru Las SMAW", "SKKNI Pengelasan"),
                ("LKP Pelita Akuntansi", "Teknisi Akuntansi Junior", "SKKNI Akuntansi"),
                ("LPK Andalan Perawat Lansia", "Pendamping Lansia", "SKKNI Caregiver"),
                ("LPK Wira Logistik", "Operator Forklift", "SKKNI Logistik")]
    lines = ["PT GERBANG MAHIR INDONESIA",
             "LEMBAGA PELATIHAN YANG BEKERJA SAMA", "",
             "Pelatihan yang ditawarkan di Platform Gerbang Mahir adalah pelatihan "
             "berbasis kompetensi yang mengacu pada SKKNI.", ""]
    for i, (a, b, c_) in enumerate(partners, 1):
        lines += [f"{i}) {a}", f"   Program : {b}", f"   Acuan   : {c_}", ""]
    lines += ["Tangerang Selatan, 6 Januari 2025", "Rizky Maulana Harahap, Direktur Utama"]
    write_txt(out / "Lembaga_Pelatihan_Mitra.txt", "\n".join(lines))

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "62", "deed_date": "2019-04-25",
             "notary_name": "Ratna Juwita Hasibuan", "ahu_number": ahu, "nib": nib,
             "npwp": npwp16d, "province_count": 32, "registered_users": total,
             "training_partner_count": 5, "payment_integration": True}
    expect(bid, "NPWP '02.718.394.5-411.000' (15 digits) in the coverage statement and "
                "'0027183945411000' (16 digits = 0 + the same 15) in the 2024 NIB print: "
                "same taxpayer, identity_consistent met, npwp fact = the 16-digit form; "
                "no URL, domain or app listing anywhere (letterheads have address and "
                "phone only) -> online_portal missing -> overall incomplete; 32 "
                "provinces stated only as a number in a summary table (provinces "
                "omitted, province_count 32); short DOCX deed.",
           facts, ruleset({"online_portal": "missing"}),
           ruleset({"online_portal": "missing"}))


# ==========================================================================
# he07  PT Cakrawala Belajar Kerja: English statements ("users in",
#       "President Director"); deed number written "05"; the system
#       description never speaks to payment integration
# ==========================================================================
def he07(root: Path) -> None:
    bid = "he07-cakrawala-belajar-kerja"
    out = root / bid
    name = "PT Cakrawala Belajar Kerja"
    nib, npwp = "9120008531764", "908351726542000"
    addr = ("Jalan Kaliurang Km 5,6 Nomor 14, Padukuhan Karangwuni, Kalurahan "
            "Caturtunggal, Kapanewon Depok, Kabupaten Sleman 55281")
    deed = {
        "name": name, "seat": "Kabupaten Sleman", "number": "05",
        "date": dt.date(2019, 7, 23), "time": "10.00 WIB",
        "time_words": "sepuluh Waktu Indonesia Barat", "date_style": "words",
        "notary": "Theresia Endang Susilowati",
        "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kabupaten Sleman",
        "notary_sig": "THERESIA ENDANG SUSILOWATI, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi, Pendidikan, serta Aktivitas Profesional, "
                   "Ilmiah dan Teknis",
        "kbli": [K_63122, K_85499, K_62019, K_70209, K_73100],
        "nominal": 1_000_000, "shares_auth": 5_000,
        "founders": [
            {"honor": "Tuan", "name": "Gilang Ramadhan Saputra", "pob": "Klaten",
             "born": dt.date(1989, 4, 17), "job": "Wiraswasta",
             "addr": "Kabupaten Sleman, Perumahan Candi Gebang Permai Blok R Nomor 9, "
                     "Rukun Tetangga 008, Rukun Warga 031, Kalurahan Wedomartani, "
                     "Kapanewon Ngemplak",
             "nik": "3404071704890003", "shares": 700},
            {"honor": "Tuan", "name": "Yohanes Bayu Kristanto", "pob": "Magelang",
             "born": dt.date(1986, 12, 3), "job": "Karyawan Swasta",
             "addr": "Kota Yogyakarta, Jalan Taman Siswa Nomor 102, Rukun Tetangga 041, "
                     "Rukun Warga 010, Kelurahan Wirogunan, Kecamatan Mergangsan",
             "nik": "3471140312860001", "shares": 400},
            {"honor": "Nyonya", "name": "Sri Wahyuningsih", "pob": "Bantul",
             "born": dt.date(1964, 8, 8), "job": "Mengurus Rumah Tangga",
             "addr": "Kabupaten Bantul, Jalan Parangtritis Km 7 Nomor 5, Rukun Tetangga "
                     "004, Kalurahan Timbulharjo, Kapanewon Sewon",
             "nik": "3402124808640002", "shares": 150},
        ],
        "board": [("Direktur Utama", "Tuan", "Gilang Ramadhan Saputra", ""),
                  ("Direktur", "Tuan", "Yohanes Bayu Kristanto", ""),
                  ("Komisaris", "Nyonya", "Sri Wahyuningsih", "")],
        "proxy": "Tuan GILANG RAMADHAN SAPUTRA tersebut di atas",
        "witnesses": ["Nyonya Maria Ignasia Wulan", "Tuan Fransiskus Adi Nugraha"],
    }
    parts = deed_opening(deed) + deed_articles(deed, long=True) + deed_closing(deed)
    render_deed_docx(parts, out / "akta_pendirian_no05_2019.docx", title="Akta Pendirian",
                     author="Kantor Notaris Theresia Endang Susilowati",
                     header=["THERESIA ENDANG SUSILOWATI, S.H., M.Kn.",
                             "NOTARIS DI KABUPATEN SLEMAN"],
                     footer=["Jalan Affandi Nomor 20, Gejayan, Sleman - Telp. "
                             "(0274) 551 209"], font="Times New Roman", size=12)

    ahu = "AHU-0038120.AH.01.01.TAHUN 2019"
    sk = ahu_sk_lines({"name": name, "ahu": ahu, "sk_date": dt.date(2019, 7, 29),
                       "deed_no": "05", "deed_date": deed["date"],
                       "notary_sig": deed["notary_sig"], "seat": "Kabupaten Sleman",
                       "kind": "pendirian", "reg_no": "4019072931612740",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0120457.AH.01.11.TAHUN 2019 "
                                 "TANGGAL 29 JULI 2019"})
    render_lines_rl(sk, out / "sk_ahu_2019.pdf", title="SK AHU", author="AHU Online")

    nibc = {"nib": nib, "name": name, "addr": addr + ", Daerah Istimewa Yogyakarta",
            "phone": "0274-4469031", "email": "legal@cakrawalakerja.id",
            "npwp_print": npwp15(npwp), "kbli": deed["kbli"],
            "issued": dt.date(2021, 8, 30), "printed": dt.date(2025, 1, 28)}
    render_lines_fpdf(nib_lines(nibc), out / "nib_oss_rba.pdf", title="NIB", author="OSS",
                      key_w=58, base="DejaVuCond")

    # coverage statement (fpdf2, English)
    excl = {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
            "Kalimantan Utara"}
    provs = [p for p in PROVINCES if p not in excl]
    assert len(provs) == 33
    uc = user_counts(provs, 390_000, seed=707)
    total = sum(uc.values())
    lh = {"name": "CAKRAWALA", "lines": [name, addr, "learn.cakrawalakerja.id"],
          "color": (170, 30, 40)}
    pdf = FDoc(letterhead=lh, title="National Coverage Statement", author="Cakrawala",
               header_every_page=False)
    pdf.add_page()
    pdf.title_line("STATEMENT OF NATIONAL COVERAGE")
    pdf.p("Ref. CBK/PMO/2025/004", align="C")
    pdf.p("I, the undersigned,")
    pdf.kv([("Name", "Gilang Ramadhan Saputra"), ("Title", "President Director"),
            ("Company", name), ("Business ID (NIB)", nib),
            ("Tax ID (NPWP)", npwp15(npwp))], key_w=45, indent=4)
    pdf.p(f"hereby state that, as of 31 January 2025, the Cakrawala platform has "
          f"{fmt_en(total)} registered users in 33 (thirty-three) provinces of Indonesia. "
          f"The number of users in each province is shown below.")
    rows = [["#", "Province", "Registered users"]]
    for i, p in enumerate(provs, 1):
        rows.append([str(i), p, fmt_en(uc[p])])
    rows.append(["", "Total", fmt_en(total)])
    pdf.ruled_table(rows, [12, 95, 45], size=9, lh=4.9)
    pdf.p("This statement is made truthfully and may be verified by the Kartu Prakerja "
          "Project Management Office.")
    pdf.ln(2)
    for s in [f"Sleman, {en_date(dt.date(2025, 2, 7))}", "For and on behalf of", name,
              "", "[duty stamp Rp10.000, signed]", "", "Gilang Ramadhan Saputra",
              "President Director"]:
        pdf.set_x(pdf.l_margin + 95)
        pdf.cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
    pdf.save(out / "national_coverage_statement.pdf")

    # system description (docx, English) - no word on payment
    d = Docx(font="Segoe UI", size=10.5, header=["Cakrawala — System Description"],
             footer=["PT Cakrawala Belajar Kerja  |  Internal / for PMO review"],
             author="Cakrawala Engineering", title="System Description")
    d.title("SYSTEM DESCRIPTION", size=15)
    d.para("Cakrawala learning platform — version 3.0 — February 2025", center=True)
    d.heading("Access", 2)
    d.para("The platform is available at https://cakrawalakerja.id (catalogue) and at "
           "learn.cakrawalakerja.id (course player and learner dashboard).")
    d.heading("Infrastructure and architecture", 2)
    d.para("Cakrawala runs on a public cloud (Jakarta region) using managed Kubernetes, "
           "PostgreSQL with streaming replication, Redis caching and an S3-compatible "
           "object store for video. A separate disaster-recovery environment is kept in "
           "a second availability zone.")
    d.heading("Security", 2)
    d.bullets(["ISO/IEC 27001:2022 certification obtained in 2024.",
               "Encryption in transit (TLS 1.2+) and at rest (AES-256).",
               "Annual external penetration testing and quarterly vulnerability scans.",
               "Personal data processed in line with Law No. 27 of 2022 on Personal "
               "Data Protection."])
    d.heading("Availability and capacity", 2)
    d.para("Monthly availability target 99.9% (2024 average: 99.96%). Horizontal "
           "autoscaling has been load-tested at 40,000 concurrent learners. Backups run "
           "every six hours; recovery point objective 6 hours, recovery time objective "
           "2 hours.")
    d.heading("Integration", 2)
    d.para("Training providers integrate through a documented REST API (course "
           "publishing, schedules, enrolment and completion webhooks) and single sign-on "
           "(OpenID Connect) for their instructors. Completion certificates carry a QR "
           "code that can be verified online.")
    d.save(out / "system_description.docx")

    partners = [("LPK Wiyata Mandiri Yogyakarta", "Web Developer Junior"),
                ("LKP Sekar Batik Jogja", "Pembatik Tulis"),
                ("LPK Mitra Perhotelan Indonesia", "Housekeeping Attendant"),
                ("LPK Dinamika Teknik Klaten", "Mekanik Sepeda Motor Injeksi"),
                ("LPK Surya Bahasa Korea", "Bahasa Korea untuk Pekerja Migran"),
                ("LKP Cendana Salon", "Penata Rambut")]
    lines = ["TRAINING PARTNERS / LEMBAGA PELATIHAN MITRA",
             "Cakrawala platform - PT Cakrawala Belajar Kerja", "",
             "All programmes listed are competency-based training aligned with SKKNI "
             "(Standar Kompetensi Kerja Nasional Indonesia); learners may continue to "
             "certification by an LSP licensed by BNSP.", ""]
    for i, (a, b) in enumerate(partners, 1):
        lines.append(f"{i}. {a} -- {b}")
    lines += ["", "Cakrawala is an open marketplace: any licensed training institution "
                  "may apply to list its programmes.", "",
              "Sleman, 7 February 2025", "Gilang Ramadhan Saputra, President Director"]
    write_txt(out / "training_partners.txt", "\n".join(lines))

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "05", "deed_date": "2019-07-23",
             "notary_name": "Theresia Endang Susilowati", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 33,
             "registered_users": total,
             "portal_urls": ["https://cakrawalakerja.id", "https://learn.cakrawalakerja.id"],
             "training_partner_count": 6}
    expect(bid, "English coverage statement ('registered users in 33 provinces', "
                "English thousands separators) signed by the 'President Director' "
                "(= Direktur Utama in the deed); long DOCX deed 'Nomor : 05' dated in "
                "words only; English system description covers all four aspects but "
                "never speaks to payment integration -> it_system needs_review under "
                "11/2020, met under 3/2020; payment_integration omitted.",
           facts, ruleset({"it_system": "needs_review"}), ruleset())


# ==========================================================================
# he08  PT Nalar Karya Mandiri: one external training partner besides the
#       company's own classes; 34 (old) provinces as a running list;
#       "redeem voucher Prakerja"
# ==========================================================================
def he08(root: Path) -> None:
    bid = "he08-nalar-karya-mandiri"
    out = root / bid
    name = "PT Nalar Karya Mandiri"
    nib, npwp = "9120102735590", "936150429801000"
    addr = ("Jalan Boulevard Panakkukang Nomor 27, Kelurahan Masale, Kecamatan "
            "Panakkukang, Kota Makassar 90231")
    deed = {
        "name": name, "seat": "Kota Makassar", "number": "11",
        "date": dt.date(2020, 2, 12), "time": "09.30 WITA",
        "time_words": "sembilan lewat tiga puluh menit Waktu Indonesia Tengah",
        "notary": "Nurhayati Rahman", "notary_titles": "Sarjana Hukum, Magister Kenotariatan",
        "notary_city": "Kota Makassar", "notary_sig": "NURHAYATI RAHMAN, S.H., M.Kn.",
        "purpose": "Informasi dan Komunikasi serta Pendidikan",
        "kbli": [K_63122, K_85499],
        "nominal": 1_000_000, "shares_auth": 2_000,
        "founders": [
            {"honor": "Tuan", "name": "Muhammad Iqbal Hasanuddin", "pob": "Makassar",
             "born": dt.date(1985, 3, 21), "job": "Wiraswasta",
             "addr": "Kota Makassar, Jalan Pengayoman Blok F5 Nomor 11, Rukun Tetangga "
                     "002, Rukun Warga 004, Kelurahan Masale, Kecamatan Panakkukang",
             "nik": "7371112103850004", "shares": 350},
            {"honor": "Nyonya", "name": "Aisyah Rahmawati", "pob": "Parepare",
             "born": dt.date(1987, 10, 14), "job": "Dosen",
             "addr": "Kota Makassar, Jalan Perintis Kemerdekaan Km 10, Kompleks "
                     "Dosen Nomor 7, Rukun Tetangga 001, Rukun Warga 003, Kelurahan "
                     "Tamalanrea, Kecamatan Tamalanrea",
             "nik": "7371095410870001", "shares": 150},
        ],
        "board": [("Direktur Utama", "Tuan", "Muhammad Iqbal Hasanuddin", ""),
                  ("Komisaris", "Nyonya", "Aisyah Rahmawati", "")],
        "proxy": "Tuan MUHAMMAD IQBAL HASANUDDIN tersebut di atas",
        "witnesses": ["Tuan Andi Muh. Syahrul", "Nona Hasnah, Sarjana Hukum"],
    }
    parts = deed_opening(deed) + deed_articles(deed, long=False) + deed_closing(deed)
    render_deed_rl(parts, out / "01. Akta Pendirian.pdf", title="Akta Pendirian",
                   author="Notaris Nurhayati Rahman", base="Sans", size=10,
                   footer_fmt="Halaman {n}", header_text="")

    ahu = "AHU-0009871.AH.01.01.TAHUN 2020"
    sk = ahu_sk_lines({"name": name, "ahu": ahu, "sk_date": dt.date(2020, 2, 17),
                       "deed_no": "11", "deed_date": deed["date"],
                       "notary_sig": deed["notary_sig"], "seat": "Kota Makassar",
                       "kind": "pendirian", "reg_no": "4020021731205567",
                       "daftar": "DAFTAR PERSEROAN NOMOR AHU-0029561.AH.01.11.TAHUN 2020 "
                                 "TANGGAL 17 FEBRUARI 2020"})
    render_lines_fpdf(sk, out / "02. SK Menkumham.pdf", title="SK", author="AHU Online")

    nibc = {"nib": nib, "name": name, "addr": addr + ", Sulawesi Selatan",
            "phone": "0411-4662017", "npwp_print": npwp15(npwp), "kbli": deed["kbli"],
            "issued": dt.date(2021, 12, 6), "printed": dt.date(2025, 1, 15)}
    render_lines_rl(nib_lines(nibc), out / "03. NIB.pdf", title="NIB", author="OSS",
                    key_w=5.2 * cm)

    # coverage statement (reportlab): running list of the 34 pre-2022 provinces
    provs = list(OLD_34)
    uc = user_counts(provs, 150_000, seed=808)
    total = sum(uc.values())
    st = rl_styles("Serif", 11)
    listing = ", ".join(prov_display(p, True) for p in provs[:-1]) + \
        f", dan {provs[-1]}"
    story = [Paragraph("PT NALAR KARYA MANDIRI", st["title"]),
             Paragraph(esc(addr) + " — www.nalarkarya.id", st["center"]),
             Spacer(1, 16),
             Paragraph("<u>SURAT PERNYATAAN</u>", st["title"]),
             Spacer(1, 8),
             Paragraph("Saya yang bertanda tangan di bawah ini, Muhammad Iqbal "
                       f"Hasanuddin, selaku Direktur Utama {name}, NIB {nib}, NPWP "
                       f"{npwp15(npwp)}, dengan ini menyatakan bahwa:", st["p"]),
             Paragraph(f"1. Platform Nalar (www.nalarkarya.id) memiliki "
                       f"{fmt_id(total)} pengguna terdaftar per 31 Januari 2025.", st["pi"]),
             Paragraph("2. Pengguna Platform tersebar di 34 (tiga puluh empat) provinsi, "
                       f"yaitu: {esc(listing)}.", st["pi"]),
             Paragraph("3. Data sebaran pengguna per provinsi bersumber dari alamat "
                       "domisili yang diisi pengguna saat pendaftaran akun.", st["pi"]),
             Spacer(1, 6),
             Paragraph("Demikian surat pernyataan ini saya buat dengan sebenarnya.", st["p"]),
             Spacer(1, 10)]
    for s in signature_block_lines("Makassar, 3 Februari 2025", name,
                                   "Muhammad Iqbal Hasanuddin", "Direktur Utama",
                                   nik="7371112103850004"):
        story.append(Paragraph(esc(s) if s else "&nbsp;",
                               ParagraphStyle("sg", parent=st["pl"], leftIndent=8.5 * cm)))
    rl_build(out / "04. Surat Pernyataan Cakupan Nasional.pdf", story,
             title="Surat Pernyataan", author="Nalar Karya")

    # system description (docx, Indonesian, the four headings)
    d = Docx(font="Calibri", size=11, header=["PT NALAR KARYA MANDIRI"],
             footer=["www.nalarkarya.id"], author="Nalar", title="Deskripsi Sistem")
    d.title("DESKRIPSI SISTEM PLATFORM NALAR")
    d.heading("Infrastruktur", 2)
    d.para("Platform Nalar di www.nalarkarya.id berjalan di layanan cloud region Jakarta "
           "dengan arsitektur monolit modular (Laravel) di belakang load balancer, basis "
           "data MySQL terkelola, dan penyimpanan objek untuk video.")
    d.heading("Keamanan Informasi", 2)
    d.para("HTTPS/TLS pada seluruh halaman, enkripsi kolom data pribadi, autentikasi dua "
           "faktor bagi admin, dan uji penetrasi tahunan. Perseroan sedang menyiapkan "
           "sertifikasi ISO/IEC 27001.")
    d.heading("Ketersediaan Layanan", 2)
    d.para("Target uptime 99,5%. Pencadangan basis data harian dan pemantauan 24 jam. "
           "Kapasitas teruji 8.000 pengguna bersamaan.")
    d.heading("Integrasi Sistem", 2)
    d.para("Platform mendukung redeem voucher Prakerja: peserta memasukkan kode voucher "
           "Prakerja di halaman pembayaran, sistem memvalidasi kode ke sistem Kartu "
           "Prakerja melalui API, lalu status penyelesaian pelatihan dilaporkan kembali "
           "secara otomatis.")
    d.save(out / "05. Deskripsi Sistem.docx")

    # partner statement (fpdf2): one external institution + own classes
    pdf = FDoc(letterhead={"name": "PT NALAR KARYA MANDIRI", "lines": [addr],
                           "color": (10, 110, 120)},
               title="Surat Keterangan Kerja Sama", author="Nalar")
    pdf.add_page()
    pdf.title_line("SURAT KETERANGAN KERJA SAMA LEMBAGA PELATIHAN")
    pdf.p("Nomor: 017/NKM/II/2025", align="C")
    pdf.p(f"Dengan ini {name} menerangkan bahwa Perseroan telah menjalin kerja sama "
          "dengan LPK Bintang Timur Makassar berdasarkan Perjanjian Kerja Sama Nomor "
          "PKS-004/NKM-LPKBT/VIII/2024 tanggal 12 Agustus 2024 untuk menyelenggarakan "
          "pelatihan berbasis kompetensi melalui Platform Nalar.")
    pdf.p("Program yang diselenggarakan LPK Bintang Timur Makassar:")
    pdf.ruled_table([["No.", "Program", "Acuan"],
                     ["1", "Teknisi Telepon Seluler", "SKKNI"],
                     ["2", "Operator Mesin Jahit Industri", "SKKNI"],
                     ["3", "Juru Masak Hidangan Nusantara", "SKKNI"]], [14, 100, 40])
    pdf.p("Selain program tersebut, Platform Nalar juga menayangkan kelas-kelas yang "
          "disusun oleh tim internal Perseroan, antara lain kelas literasi digital dan "
          "persiapan wawancara kerja.")
    pdf.ln(2)
    for s in ["Makassar, 3 Februari 2025", name, "", "(tanda tangan dan cap)", "",
              "Muhammad Iqbal Hasanuddin", "Direktur Utama"]:
        pdf.set_x(pdf.l_margin + 95)
        pdf.cell(0, 5.2, s, new_x="LMARGIN", new_y="NEXT")
    pdf.save(out / "06. Surat Keterangan Kerja Sama LP.pdf")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private",
             "listed": False, "deed_number": "11", "deed_date": "2020-02-12",
             "notary_name": "Nurhayati Rahman", "ahu_number": ahu, "nib": nib,
             "npwp": npwp, "provinces": sorted(provs), "province_count": 34,
             "registered_users": total, "portal_urls": ["https://www.nalarkarya.id"],
             "training_partner_count": 1, "payment_integration": True}
    expect(bid, "Only one external training institution (LPK Bintang Timur Makassar, "
                "competency-based, SKKNI) besides the company's own in-house classes: "
                "training_partners met, open_marketplace needs_review (neither >= 2 "
                "providers nor 'only its own courses'); coverage as a running list of "
                "the 34 pre-2022 provinces (aliases D.I. Yogyakarta, Kep. Bangka "
                "Belitung); 'redeem voucher Prakerja'; file names with '01. ' prefixes "
                "and spaces.",
           facts, ruleset({"open_marketplace": "needs_review"}),
           ruleset({"open_marketplace": "needs_review"}))


# --------------------------------------------------------------------------
# expected.yaml
# --------------------------------------------------------------------------
HEADER = """\
# Held-out corpus "heldout-e": ground truth for 8 fictional Kartu Prakerja
# digital-platform applicant bundles (focus: TYPICAL applicants, each written
# by a different "author"). Written from shared/domain/BRIEF.md ("Screening
# rules v1", read literally) and shared/spec/report-contract.md only.
# Generated by make_bundles.py (deterministic); do not edit by hand.
#
# facts: contract fact names with normalized values; a fact the bundle does not
#   state is omitted. Compare person/company names case-insensitively (deeds
#   print names in capitals). entity_form, ownership, listed given for all.
# overall: contract formula (not_met if any criterion not_met; else incomplete
#   if any criterion missing; else needs_review if any criterion or check is
#   needs_review; else met).
#
# Judgement calls:
# - he02: 24 provinces and no national-scale claim anywhere (the NIB print in
#   this bundle has no "seluruh wilayah" boilerplate; names such as
#   "Nusantara", SKKNI/BNSP are not coverage claims) -> 3/2020 needs_review,
#   11/2020 not_met. The notary's letterhead in the DOCX header carries the
#   notary's own appointment number (AHU-00412.AH.02.01.Tahun 2015); it is not
#   the company's approval. ahu_number is the AH.01.01 approval in the
#   notary's note at the end of the deed.
# - Every separate SK AHU print (all bundles but he02) carries both the
#   approval number (AH.01.01 / AH.01.02) and the company-register number
#   "DAFTAR PERSEROAN NOMOR AHU-....AH.01.11"; ahu_number is the approval.
# - Deeds print appearers' birth dates ("lahir ... pada tanggal 3 Mei 1986")
#   and 16-digit NIKs; neither is the deed date nor an NPWP.
# - he04: the latest deed is the 2021 amendment (Pernyataan Keputusan Para
#   Pemegang Saham No. 14), which renames the company and restates all
#   articles; its approval AHU-0016483.AH.01.02.TAHUN 2021 is the ahu_number
#   (the 2018 establishment approval AH.01.01 also appears in both deeds).
#   The 2019 NIB print shows the old name -> identity_consistent needs_review
#   (NIB and NPWP themselves agree everywhere). The establishment deed is
#   still in the bundle; deed facts follow the amendment ("the latest counts").
# - he05: the deed (Pasal on Direksi) lets any director act when the Direktur
#   Utama does not; the signer Maya Lestari Purnomo is "Direktur" in the deed
#   -> signatory_authorized met. No competency wording anywhere in the
#   bundle -> training_partners needs_review.
# - he06: NPWP 02.718.394.5-411.000 (15 digits) and 0027183945411000 (16
#   digits) are the same taxpayer: the 16-digit NPWP of a non-individual
#   taxpayer is "0" + the 15-digit number. identity_consistent met; the npwp
#   fact is given in the current 16-digit form (a reader that keeps the
#   15-digit form 027183945411000 should be treated as equivalent). No URL,
#   domain or app-store listing appears in any document; "Platform Gerbang
#   Mahir" and the KBLI title "Portal Web dan/atau Platform Digital" are not a
#   portal -> online_portal missing (not needs_review). Coverage is a stated
#   number (32) in a summary table (no province named): provinces omitted,
#   province_count 32 (the 311 kabupaten/kota is not a province count).
# - he07: deed number printed "Nomor : 05" -> deed_number '05' (string as
#   written). Payment is not spoken to at all -> 11/2020 it_system
#   needs_review; 3/2020 met (four aspects). The NIB email
#   legal@cakrawalakerja.id is not a portal URL.
# - he08: one external institution plus the company's own (unnamed) in-house
#   classes -> training_partner_count 1, open_marketplace needs_review (not
#   met: fewer than 2 providers and no open-marketplace statement; not not_met:
#   not only its own courses).
# - Emails (e.g. admin@lenterakursus.co.id in the he04 NIB) are never portal
#   URLs. portal_urls get https:// where the document omits the scheme.
# - registered_users is the total stated in the coverage statement (equal to
#   the table sum). Total/Jumlah rows are not provinces; rows with 0 users
#   (he03) are not provinces with users; towns in addresses (Batam, Jakarta
#   Barat, Surabaya, ...) are not provinces with users.
"""


def write_expected(path: Path) -> None:
    lines = [HEADER.rstrip("\n"), "bundles:"]
    for bid in sorted(EXPECTED):
        lines.append(f"  # {COMMENTS[bid]}")
        lines.append(f"  {bid}:")
        body = yaml.safe_dump(EXPECTED[bid], sort_keys=False, allow_unicode=True,
                              default_flow_style=False, width=10_000, indent=2)
        for b in body.rstrip("\n").split("\n"):
            lines.append("    " + b)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    for child in HERE.iterdir():
        if child.is_dir() and child.name.startswith("he0"):
            shutil.rmtree(child)
    for fn in (he01, he02, he03, he04, he05, he06, he07, he08):
        fn(HERE)
    write_expected(HERE / "expected.yaml")
    # sanity: the YAML parses and every digit string stayed a string
    data = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
    for bid, b in data["bundles"].items():
        for k in ("deed_number", "nib", "npwp", "deed_date"):
            if k in b["facts"]:
                assert isinstance(b["facts"][k], str), (bid, k)
    print(f"wrote {len(EXPECTED)} bundles and expected.yaml to {HERE}")


if __name__ == "__main__":
    main()
