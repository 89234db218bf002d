#!/usr/bin/env python3
"""Generate the held-out test corpus "heldout-a" for the Kartu Prakerja
document-screening tool.

Eight fictional applicant bundles (companies, people and numbers are
invented) are written to this script's folder, one sub-folder per bundle,
plus ``expected.yaml`` with the ground truth (facts, per-ruleset criterion
and check statuses, overall).  Written from the domain brief and the report
contract only, without reference to the tool's own code or samples.

Run with the venv that has reportlab, fpdf2, python-docx, pyyaml, pillow:

    .venv/bin/python tests/bundles/a/make_bundles.py

The clean (pre-scan) renderings of the scanned documents are written to
a temporary folder so that the intake folder holds bundles only.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import textwrap
from pathlib import Path

import yaml
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # reproducible reportlab output (fixed dates/ids)

HERE = Path(__file__).resolve().parent
SOURCES = Path(tempfile.gettempdir()) / "compliance-docs-bundles-a-sources"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
FONT_SERIF = FONT_DIR / "DejaVuSerif.ttf"
FONT_MONO = FONT_DIR / "DejaVuSansMono.ttf"
FIXED_DATE = dt.datetime(2024, 6, 1, 9, 0, 0, tzinfo=dt.UTC)

pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_BOLD)))
pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_SERIF)))

# --------------------------------------------------------------------------
# Provinces (canonical names from the domain brief)
# --------------------------------------------------------------------------

PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau",
    "Jambi", "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu",
    "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
    "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
    "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
    "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara",
    "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
    "Papua Tengah", "Papua Pegunungan",
]
assert len(PROVINCES) == 38

# display alias -> canonical name (only the aliases used in the corpus)
ALIAS = {
    "NAD": "Aceh", "Nanggroe Aceh Darussalam": "Aceh",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat",
    "Kepri": "Kepulauan Riau", "Sumsel": "Sumatera Selatan",
    "Babel": "Kepulauan Bangka Belitung",
    "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Jakarta": "DKI Jakarta",
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah",
    "DIY": "DI Yogyakarta", "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
    "Jatim": "Jawa Timur", "NTB": "Nusa Tenggara Barat",
    "NTT": "Nusa Tenggara Timur", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kalsel": "Kalimantan Selatan",
    "Kaltim": "Kalimantan Timur", "Kaltara": "Kalimantan Utara",
    "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sulbar": "Sulawesi Barat", "Sulsel": "Sulawesi Selatan",
    "Sultra": "Sulawesi Tenggara", "Malut": "Maluku Utara",
    "Pabar": "Papua Barat",
}


def canon(name: str) -> str:
    if name in PROVINCES:
        return name
    return ALIAS[name]


def provinces_with_users(rows: list[tuple[str, int]]) -> list[str]:
    """Canonical, sorted province names of rows with at least one user."""
    out = sorted({canon(n) for n, users in rows if users > 0})
    return out


def rupiah_int(n: int) -> str:
    """1234567 -> '1.234.567' (Indonesian thousands separator)."""
    return f"{n:,}".replace(",", ".")


# --------------------------------------------------------------------------
# Indonesian dates and numbers in words
# --------------------------------------------------------------------------

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
         "Agustus", "September", "Oktober", "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_SATUAN = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
           "delapan", "sembilan", "sepuluh", "sebelas"]


def terbilang(n: int) -> str:
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    if n < 100:
        rest = f" {terbilang(n % 10)}" if n % 10 else ""
        return f"{_SATUAN[n // 10]} puluh{rest}"
    if n < 200:
        rest = f" {terbilang(n - 100)}" if n - 100 else ""
        return f"seratus{rest}"
    if n < 1000:
        rest = f" {terbilang(n % 100)}" if n % 100 else ""
        return f"{terbilang(n // 100)} ratus{rest}"
    if n < 2000:
        rest = f" {terbilang(n - 1000)}" if n - 1000 else ""
        return f"seribu{rest}"
    if n < 1_000_000:
        rest = f" {terbilang(n % 1000)}" if n % 1000 else ""
        return f"{terbilang(n // 1000)} ribu{rest}"
    rest = f" {terbilang(n % 1_000_000)}" if n % 1_000_000 else ""
    return f"{terbilang(n // 1_000_000)} juta{rest}"


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def hari(day: dt.date) -> str:
    return HARI[day.weekday()]


def tgl_long(day: dt.date) -> str:
    """'15 Juli 2019'"""
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def tgl_words(day: dt.date) -> str:
    """'lima belas Juli dua ribu sembilan belas'"""
    return f"{terbilang(day.day)} {BULAN[day.month - 1]} {terbilang(day.year)}"


def tgl_dash(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def tgl_slash(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def dashes(text: str, width: int = 78) -> str:
    """Notarial line filling: pad each wrapped line with dashes."""
    lines = textwrap.wrap(text, width=width - 2)
    out = []
    for ln in lines:
        pad = width - len(ln) - 1
        out.append(ln + " " + "-" * max(pad, 3))
    return "\n".join(out)


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).strip("\n") + "\n", encoding="utf-8")


def write_docx(path: Path, blocks: list, *, header: str | None = None,
               footer: str | None = None, font: str = "Times New Roman",
               size: int = 11) -> None:
    """blocks: str (paragraph), ("h", text, level), ("c", text) centred bold,
    ("table", [header...], [[row...], ...]), ("b", text) bold paragraph,
    ("pb",) page break, ("sig", [lines]) right-aligned signature block."""
    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = "Pemohon"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "Pemohon"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for blk in blocks:
        if isinstance(blk, str):
            p = doc.add_paragraph(blk)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif blk[0] == "h":
            doc.add_heading(blk[1], level=blk[2])
        elif blk[0] == "c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            r.bold = True
        elif blk[0] == "b":
            p = doc.add_paragraph()
            p.add_run(blk[1]).bold = True
        elif blk[0] == "pb":
            doc.add_page_break()
        elif blk[0] == "sig":
            for ln in blk[1]:
                p = doc.add_paragraph(ln)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif blk[0] == "table":
            head, rows = blk[1], blk[2]
            t = doc.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for i, h in enumerate(head):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(str(h)).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
            doc.add_paragraph("")
        else:
            raise ValueError(f"unknown block {blk[0]!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrite a DOCX with fixed member timestamps (byte-reproducible)."""
    import io
    import zipfile
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 1, 9, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            dst.writestr(new, src.read(info.filename))
    src.close()
    path.write_bytes(buf.getvalue())


# ---- reportlab -------------------------------------------------------------

_ss = getSampleStyleSheet()
RL_BODY = ParagraphStyle("body", parent=_ss["Normal"], fontName="DejaVuSerif",
                         fontSize=10, leading=14, alignment=TA_JUSTIFY,
                         spaceAfter=5)
RL_SANS = ParagraphStyle("sans", parent=RL_BODY, fontName="DejaVu")
RL_CENTER = ParagraphStyle("center", parent=RL_BODY, fontName="DejaVu-Bold",
                           alignment=TA_CENTER, fontSize=11, leading=15)
RL_H = ParagraphStyle("h", parent=RL_BODY, fontName="DejaVu-Bold",
                      fontSize=11, leading=15, spaceBefore=6)
RL_SMALL = ParagraphStyle("small", parent=RL_SANS, fontSize=8.5, leading=11)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_pdf(path: Path, blocks: list, *, header: str | None = None,
           footer: str | None = None, title: str = "",
           body: ParagraphStyle = RL_BODY) -> None:
    """blocks like write_docx; header/footer may contain {page}."""
    story = []
    for blk in blocks:
        if isinstance(blk, str):
            story.append(Paragraph(_esc(blk), body))
        elif blk[0] == "c":
            story.append(Paragraph(_esc(blk[1]), RL_CENTER))
        elif blk[0] in ("h", "b"):
            story.append(Paragraph(_esc(blk[1]), RL_H))
        elif blk[0] == "pb":
            story.append(PageBreak())
        elif blk[0] == "sp":
            story.append(Spacer(1, blk[1]))
        elif blk[0] == "sig":
            for ln in blk[1]:
                story.append(Paragraph(_esc(ln), ParagraphStyle(
                    "sig", parent=body, alignment=2, spaceAfter=1)))
        elif blk[0] == "small":
            story.append(Paragraph(_esc(blk[1]), RL_SMALL))
        elif blk[0] == "table":
            head, rows = blk[1], blk[2]
            widths = blk[3] if len(blk) > 3 else None
            data = [list(head)] + [[str(c) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
                ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
        else:
            raise ValueError(blk[0])

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm,
                              header.format(page=doc.page))
            canvas.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm,
                        A4[1] - 1.35 * cm)
        if footer:
            canvas.drawCentredString(A4[0] / 2, 1.0 * cm,
                                     footer.format(page=doc.page))
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm,
                            rightMargin=2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title=title,
                            author="", creator="", producer="ReportLab")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---- fpdf2 -----------------------------------------------------------------


class _FPDF(FPDF):
    header_text: str | None = None
    footer_text: str | None = None

    def header(self):
        if self.header_text:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, self.header_text.format(page=self.page_no()),
                      align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin,
                      self.get_y())
            self.ln(4)

    def footer(self):
        if self.footer_text:
            self.set_y(-14)
            self.set_font("DejaVu", size=8)
            self.cell(0, 8, self.footer_text.format(page=self.page_no(),
                                                    pages="{nb}"),
                      align="C")


def fpdf_pdf(path: Path, blocks: list, *, header: str | None = None,
             footer: str | None = None, title: str = "",
             size: float = 10.5) -> None:
    pdf = _FPDF(format="A4")
    pdf.header_text = header
    pdf.footer_text = footer
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_producer("PyFPDF/fpdf2")
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.add_font("DejaVuSerif", "", str(FONT_SERIF))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for blk in blocks:
        if isinstance(blk, str):
            pdf.set_font("DejaVuSerif", size=size)
            pdf.multi_cell(w, size * 0.52, blk, align="J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif blk[0] == "c":
            pdf.set_font("DejaVu", "B", size + 0.5)
            pdf.multi_cell(w, size * 0.55, blk[1], align="C",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif blk[0] in ("h", "b"):
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(w, size * 0.55, blk[1], new_x="LMARGIN",
                           new_y="NEXT")
            pdf.ln(1)
        elif blk[0] == "pb":
            pdf.add_page()
        elif blk[0] == "sp":
            pdf.ln(blk[1])
        elif blk[0] == "sig":
            pdf.set_font("DejaVu", size=size)
            for ln in blk[1]:
                pdf.cell(w, size * 0.55, ln, align="R", new_x="LMARGIN",
                         new_y="NEXT")
        elif blk[0] == "mono":
            pdf.set_font("DejaVu", size=size - 1)
            pdf.multi_cell(w, size * 0.5, blk[1], new_x="LMARGIN",
                           new_y="NEXT")
        elif blk[0] == "table":
            head, rows = blk[1], blk[2]
            widths = blk[3] if len(blk) > 3 else None
            pdf.set_font("DejaVu", size=size - 1.5)
            with pdf.table(col_widths=widths, text_align="LEFT",
                           line_height=size * 0.55) as table:
                r = table.row()
                for h in head:
                    r.cell(str(h))
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(3)
        else:
            raise ValueError(blk[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---- scans -----------------------------------------------------------------


def _render_page(lines: list[str], *, dpi: int = 200, pt: float = 10.5,
                 bold_first: int = 0) -> Image.Image:
    w_px, h_px = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w_px, h_px), 255)
    draw = ImageDraw.Draw(img)
    px = int(pt / 72 * dpi)
    f = ImageFont.truetype(str(FONT_SERIF), px)
    fb = ImageFont.truetype(str(FONT_BOLD), px)
    x0, y = int(1.0 * dpi), int(0.9 * dpi)
    for i, ln in enumerate(lines):
        font = fb if i < bold_first else f
        if ln.startswith("^"):  # centred line
            ln = ln[1:]
            tw = draw.textlength(ln, font=fb)
            draw.text(((w_px - tw) / 2, y), ln, fill=20, font=fb)
        else:
            draw.text((x0, y), ln, fill=25, font=font)
        y += int(px * 1.45)
    return img


def _degrade(img: Image.Image, *, angle: float, seed: int,
             noise: int = 18, blur: float = 0.6,
             stamp: tuple[int, int] | None = None) -> Image.Image:
    rnd = random.Random(seed)
    if stamp:  # a round company stamp, drawn before rotation
        draw = ImageDraw.Draw(img)
        cx, cy = stamp
        for r in (120, 112, 70):
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=150,
                         width=4)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False,
                     fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 40):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = px[x, y] + rnd.randint(-noise, noise)
        px[x, y] = max(0, min(255, v))
    # a few specks and a faint scanner edge shadow
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.randint(1, 3)
        draw.ellipse((x, y, x + r, y + r), fill=rnd.randint(60, 140))
    draw.rectangle((0, 0, 14, h), fill=205)
    return img


def scan_pages(pages: list[list[str]], *, angle: float, seed: int,
               bold_first: int = 0, stamp_last: bool = True):
    out = []
    for i, lines in enumerate(pages):
        img = _render_page(lines, bold_first=bold_first if i == 0 else 0)
        stamp = (1150, int(0.9 * 200) + int(10.5 / 72 * 200 * 1.45)
                 * (len(lines) - 4)) if (stamp_last and i == len(pages) - 1) \
            else None
        out.append(_degrade(img, angle=angle + 0.15 * i, seed=seed + i,
                            stamp=stamp))
    return out


def save_scan_pdf(path: Path, images: list[Image.Image]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # PIL writes L-mode pages as DCT (JPEG) streams: an image-only PDF.
    import time
    fixed = time.gmtime(FIXED_DATE.timestamp())
    images[0].save(str(path), "PDF", resolution=200.0, save_all=True,
                   append_images=images[1:], quality=72,
                   creationDate=fixed, modDate=fixed, producer="Scanner")


def save_scan_png(path: Path, image: Image.Image) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG", dpi=(200, 200), optimize=True)


def unreadable_scan(lines: list[str], seed: int) -> Image.Image:
    """A copy of a copy of a fax: tiny, smeared, low contrast."""
    img = _render_page(lines, pt=7)
    w, h = img.size
    img = img.resize((w // 7, h // 7), Image.BILINEAR)
    img = img.resize((w, h), Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(4))
    img = img.point(lambda v: 170 + v // 4)  # washed out: 170..233
    return _degrade(img, angle=2.4, seed=seed, noise=60, blur=1.5)


def wrap_lines(text: str, width: int = 88) -> list[str]:
    out: list[str] = []
    for para in textwrap.dedent(text).strip("\n").split("\n"):
        if not para.strip():
            out.append("")
            continue
        if para.startswith("^"):
            out.append(para)
            continue
        indent = len(para) - len(para.lstrip())
        out.extend(textwrap.wrap(para, width=width,
                                 subsequent_indent=" " * indent) or [""])
    return out


def paginate(lines: list[str], per_page: int = 52) -> list[list[str]]:
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


# --------------------------------------------------------------------------
# Expected results
# --------------------------------------------------------------------------

CRITERIA = ["legal_entity", "business_license", "national_coverage",
            "it_system", "online_portal", "training_partners",
            "open_marketplace"]
CHECKS = ["bundle_complete", "identity_consistent", "signatory_authorized",
          "document_quality"]
RULESETS = ["permenko-11-2020", "permenko-3-2020"]


def overall(criteria: dict[str, str], checks: dict[str, str]) -> str:
    """The contract's rule, read literally: checks only matter through
    needs_review."""
    cs = criteria.values()
    if "not_met" in cs:
        return "not_met"
    if "missing" in cs:
        return "incomplete"
    if "needs_review" in cs or "needs_review" in checks.values():
        return "needs_review"
    return "met"


BUNDLES: list[dict] = []


def register(bundle_id: str, comment: str, facts: dict,
             r11: dict[str, str], r3: dict[str, str],
             checks11: dict[str, str], checks3: dict[str, str] | None = None,
             notes: list[str] | None = None) -> None:
    checks3 = dict(checks3 or checks11)
    checks11 = dict(checks11)
    for r in (r11, r3):
        assert list(r) == CRITERIA, (bundle_id, list(r))
    for c in (checks11, checks3):
        assert list(c) == CHECKS, (bundle_id, list(c))
    BUNDLES.append({
        "id": bundle_id,
        "comment": comment,
        "data": {
            "facts": facts,
            "rulesets": {
                "permenko-11-2020": {
                    "criteria": r11, "checks": checks11,
                    "overall": overall(r11, checks11)},
                "permenko-3-2020": {
                    "criteria": r3, "checks": checks3,
                    "overall": overall(r3, checks3)},
            },
            **({"notes": notes} if notes else {}),
        },
    })


def crit(legal_entity, business_license, national_coverage, it_system,
         online_portal, training_partners, open_marketplace):
    return dict(legal_entity=legal_entity, business_license=business_license,
                national_coverage=national_coverage, it_system=it_system,
                online_portal=online_portal,
                training_partners=training_partners,
                open_marketplace=open_marketplace)


def chk(bundle_complete, identity_consistent, signatory_authorized,
        document_quality):
    return dict(bundle_complete=bundle_complete,
                identity_consistent=identity_consistent,
                signatory_authorized=signatory_authorized,
                document_quality=document_quality)


def bdir(bundle_id: str) -> Path:
    p = HERE / bundle_id
    if p.exists():
        shutil.rmtree(p)
    p.mkdir(parents=True)
    return p


# ==========================================================================
# Bundle 1: private PT, fully meets both rulesets
# ==========================================================================


def bundle_01():
    bid = "ha01-arunika-kelas-digital"
    out = bdir(bid)
    name = "PT Arunika Kelas Digital"
    deed_no, deed_day = "27", d("2019-07-15")
    notary = "Rina Kusumawardhani"
    ahu = "AHU-0036721.AH.01.01.Tahun 2019"
    nib = "9120107345826"
    npwp = "93.482.615.7-014.000"
    web = "https://www.arunika.id"
    play = "https://play.google.com/store/apps/details?id=id.arunika.kelas"
    dirut, dirut_nik = "Bagas Pradipta Wicaksono", "3174051203850007"
    dir2, dir2_nik = "Nadia Larasati Putri", "3171046708900002"
    kom, kom_nik = "Haryo Setiadi", "3275021109680004"

    # ---- 01 deed (reportlab, 3 pages, header/footer carry the deed number)
    hdr = f"Salinan Akta Pendirian {name} — Nomor {deed_no} tanggal {tgl_dash(deed_day)}"
    ftr = "Akta Nomor " + deed_no + " · halaman {page}"
    blocks = [
        ("c", "AKTA PENDIRIAN PERSEROAN TERBATAS"),
        ("c", "PT ARUNIKA KELAS DIGITAL"),
        ("c", f"Nomor: {deed_no}"),
        ("sp", 8),
        f"Pada hari ini, {hari(deed_day)}, tanggal {tgl_dash(deed_day)} "
        f"({tgl_words(deed_day)}), pukul 10.00 WIB (sepuluh Waktu Indonesia "
        "Barat). ------------------------------------------------",
        f"Berhadapan dengan saya, {notary.upper()}, Sarjana Hukum, Magister "
        "Kenotariatan, Notaris di Kota Administrasi Jakarta Selatan, dengan "
        "dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan "
        "disebut nama-namanya pada bagian akhir akta ini: -------------",
        f"I. Tuan {dirut.upper()}, lahir di Semarang, pada tanggal "
        "12-03-1985 (dua belas Maret seribu sembilan ratus delapan puluh "
        "lima), Warga Negara Indonesia, Wiraswasta, bertempat tinggal di "
        "Kota Administrasi Jakarta Selatan, Jalan Bangka XI Nomor 7, Rukun "
        "Tetangga 008, Rukun Warga 003, Kelurahan Pela Mampang, Kecamatan "
        "Mampang Prapatan, pemegang Kartu Tanda Penduduk dengan Nomor Induk "
        f"Kependudukan (NIK) {dirut_nik}; ---------------------------",
        f"II. Nyonya {dir2.upper()}, lahir di Bandung, pada tanggal "
        "27-08-1990 (dua puluh tujuh Agustus seribu sembilan ratus sembilan "
        "puluh), Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal "
        "di Kota Administrasi Jakarta Pusat, Jalan Cikini Raya Nomor 41, "
        "Rukun Tetangga 001, Rukun Warga 005, Kelurahan Cikini, Kecamatan "
        f"Menteng, pemegang NIK {dir2_nik}; ---------------------------",
        f"III. Tuan {kom.upper()}, lahir di Bogor, pada tanggal 11-09-1968 "
        "(sebelas September seribu sembilan ratus enam puluh delapan), "
        "Warga Negara Indonesia, Pensiunan, bertempat tinggal di Kota Bogor, "
        "Jalan Pajajaran Nomor 150, pemegang NIK "
        f"{kom_nik}; ----------------------------------------------------",
        "Para penghadap telah saya, Notaris, kenal. -------------------",
        "Para penghadap menerangkan dengan ini telah sepakat untuk "
        "mendirikan suatu perseroan terbatas dengan anggaran dasar sebagai "
        "berikut: -------------------------------------------------------",
        ("c", "NAMA DAN TEMPAT KEDUDUKAN"),
        ("c", "Pasal 1"),
        f"1. Perseroan Terbatas ini bernama {name} (selanjutnya dalam "
        "anggaran dasar ini cukup disingkat dengan \"Perseroan\"), "
        "berkedudukan di Kota Administrasi Jakarta Selatan. -----------",
        "2. Perseroan dapat membuka kantor cabang atau kantor perwakilan, "
        "baik di dalam maupun di luar wilayah Republik Indonesia "
        "sebagaimana ditetapkan oleh Direksi. -------------------------",
        ("c", "JANGKA WAKTU BERDIRINYA PERSEROAN"),
        ("c", "Pasal 2"),
        "Perseroan didirikan untuk jangka waktu yang tidak terbatas. ---",
        ("c", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA"),
        ("c", "Pasal 3"),
        "1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang "
        "Informasi dan Komunikasi serta Pendidikan. -------------------",
        "2. Untuk mencapai maksud dan tujuan tersebut di atas, Perseroan "
        "dapat melaksanakan kegiatan usaha sebagai berikut: -----------",
        "a. Portal Web dan/atau Platform Digital Dengan Tujuan Komersial "
        "(KBLI 63122), mencakup pengoperasian situs web dan aplikasi yang "
        "mempertemukan penyedia dan pengguna jasa pelatihan; ----------",
        "b. Aktivitas Pemrograman Komputer Lainnya (KBLI 62019); -------",
        "c. Pendidikan Lainnya Swasta (KBLI 85499), termasuk penyelenggaraan "
        "kursus dan pelatihan keterampilan secara daring. -------------",
        ("c", "MODAL"),
        ("c", "Pasal 4"),
        "1. Modal dasar Perseroan berjumlah Rp 12.000.000.000,00 (dua belas "
        "miliar Rupiah), terbagi atas 12.000 (dua belas ribu) saham, "
        "masing-masing saham bernilai nominal Rp 1.000.000,00 (satu juta "
        "Rupiah). ------------------------------------------------------",
        "2. Dari modal dasar tersebut telah ditempatkan dan disetor 25% "
        "(dua puluh lima persen) atau sejumlah 3.000 (tiga ribu) saham "
        "dengan nilai nominal seluruhnya sebesar Rp 3.000.000.000,00 (tiga "
        "miliar Rupiah) oleh para pendiri yang telah mengambil bagian "
        "saham dan rincian serta nilai nominal saham yang disebutkan pada "
        "akhir akta. ---------------------------------------------------",
        ("c", "DIREKSI"),
        ("c", "Pasal 11"),
        "1. Perseroan diurus dan dipimpin oleh Direksi yang terdiri dari "
        "sekurang-kurangnya 2 (dua) orang anggota Direksi, seorang di "
        "antaranya dapat diangkat sebagai Direktur Utama. -------------",
        "2. Anggota Direksi diangkat oleh Rapat Umum Pemegang Saham untuk "
        "jangka waktu 5 (lima) tahun dengan tidak mengurangi hak Rapat Umum "
        "Pemegang Saham untuk memberhentikannya sewaktu-waktu. ---------",
        ("c", "TUGAS DAN WEWENANG DIREKSI"),
        ("c", "Pasal 12"),
        "1. Direksi berhak mewakili Perseroan di dalam dan di luar "
        "Pengadilan tentang segala hal dan dalam segala kejadian. -------",
        "2. Direktur Utama berhak dan berwenang bertindak untuk dan atas "
        "nama Direksi serta mewakili Perseroan; dalam hal Direktur Utama "
        "tidak hadir atau berhalangan, maka seorang anggota Direksi "
        "lainnya berhak dan berwenang bertindak untuk dan atas nama "
        "Direksi serta mewakili Perseroan. ----------------------------",
        ("c", "DEWAN KOMISARIS"),
        ("c", "Pasal 14"),
        "Dewan Komisaris terdiri atas 1 (satu) orang anggota Dewan "
        "Komisaris atau lebih. Apabila diangkat lebih dari 1 (satu) orang, "
        "maka seorang di antaranya dapat diangkat sebagai Komisaris "
        "Utama. --------------------------------------------------------",
        ("c", "KETENTUAN PENUTUP"),
        "Akhirnya, para penghadap bertindak dalam kedudukannya sebagaimana "
        "tersebut di atas menerangkan bahwa: --------------------------",
        "1. Dari modal yang telah ditempatkan tersebut telah diambil bagian "
        f"dan disetor penuh oleh: Tuan {dirut.upper()} sebanyak 1.800 "
        "(seribu delapan ratus) saham; Nyonya "
        f"{dir2.upper()} sebanyak 900 (sembilan ratus) saham; dan Tuan "
        f"{kom.upper()} sebanyak 300 (tiga ratus) saham. -------------",
        "2. Menyimpang dari ketentuan dalam Pasal 11 dan Pasal 14 anggaran "
        "dasar ini, untuk pertama kalinya telah diangkat sebagai anggota "
        "Direksi dan Dewan Komisaris Perseroan: -----------------------",
        ("b", "Direksi:"),
        f"- Direktur Utama : Tuan {dirut.upper()};",
        f"- Direktur : Nyonya {dir2.upper()};",
        ("b", "Dewan Komisaris:"),
        f"- Komisaris : Tuan {kom.upper()}.",
        "3. Para penghadap memberi kuasa kepada saya, Notaris, untuk "
        "mengajukan permohonan pengesahan badan hukum Perseroan kepada "
        "Menteri Hukum dan Hak Asasi Manusia Republik Indonesia melalui "
        "Sistem Administrasi Badan Hukum. -----------------------------",
        ("c", "DEMIKIANLAH AKTA INI"),
        "Dibuat sebagai minuta dan dilangsungkan di Kota Administrasi "
        "Jakarta Selatan, pada hari dan tanggal serta jam sebagaimana "
        "disebutkan pada bagian awal akta ini, dengan dihadiri oleh Nona "
        "Sinta Maharani dan Tuan Dodi Kurniawan, keduanya pegawai kantor "
        "Notaris, sebagai saksi-saksi. ---------------------------------",
        "Segera setelah akta ini dibacakan oleh saya, Notaris, kepada para "
        "penghadap dan saksi-saksi, maka ditandatanganilah akta ini oleh "
        "para penghadap, saksi-saksi dan saya, Notaris. ---------------",
        "Dilangsungkan dengan tanpa perubahan. ------------------------",
        "Minuta akta ini telah ditandatangani dengan sempurna. ---------",
        "DIBERIKAN SEBAGAI SALINAN YANG SAMA BUNYINYA. -----------------",
        ("sp", 10),
        ("sig", ["Notaris di Kota Administrasi Jakarta Selatan,",
                 "[cap dan tanda tangan]",
                 f"{notary.upper()}, S.H., M.Kn."]),
    ]
    rl_pdf(out / "01_Akta_Pendirian_No27_2019.pdf", blocks, header=hdr,
           footer=ftr, title=f"Akta Pendirian {name}")

    # ---- 02 Ministry approval (fpdf2)
    reg_no = "4019071531204578"  # Nomor Pendaftaran: 16 digits, not a NIK
    ahu_day = d("2019-07-16")
    fpdf_pdf(out / "02_SK_Pengesahan_Kemenkumham.pdf", [
        ("c", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA"),
        ("c", f"NOMOR {ahu.upper()}"),
        ("c", "TENTANG"),
        ("c", "PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS\nPT ARUNIKA KELAS DIGITAL"),
        ("sp", 3),
        ("b", "Menimbang :"),
        "a. bahwa berdasarkan permohonan Notaris RINA KUSUMAWARDHANI, "
        "S.H., M.Kn. sesuai salinan Akta Nomor 27 Tanggal 15 Juli 2019 "
        "yang dibuat oleh Notaris RINA KUSUMAWARDHANI, S.H., M.Kn. tentang "
        "Pendirian PT ARUNIKA KELAS DIGITAL, Nomor Pendaftaran "
        f"{reg_no} tanggal 16 Juli 2019 telah sesuai dengan persyaratan "
        "pengesahan badan hukum Perseroan;",
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf "
        "a, perlu menetapkan Keputusan Menteri Hukum dan Hak Asasi Manusia "
        "tentang Pengesahan Pendirian Badan Hukum Perseroan Terbatas PT "
        "ARUNIKA KELAS DIGITAL;",
        ("b", "Mengingat :"),
        "1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas;\n"
        "2. Peraturan Pemerintah Nomor 29 Tahun 2016 tentang Perubahan "
        "Modal Dasar Perseroan Terbatas;\n"
        "3. Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 4 Tahun "
        "2014 tentang Tata Cara Pengajuan Permohonan Pengesahan Badan Hukum "
        "dan Persetujuan Perubahan Anggaran Dasar serta Penyampaian "
        "Pemberitahuan Perubahan Anggaran Dasar dan Perubahan Data "
        "Perseroan Terbatas;",
        ("c", "MEMUTUSKAN:"),
        ("b", "Menetapkan :"),
        "KESATU : Mengesahkan pendirian badan hukum PT ARUNIKA KELAS "
        "DIGITAL, berkedudukan di KOTA ADMINISTRASI JAKARTA SELATAN, "
        "karena telah sesuai dengan data isian Format Pendirian yang "
        "disimpan di dalam Sistem Administrasi Badan Hukum berdasarkan "
        "salinan Akta Nomor 27 Tanggal 15 Juli 2019 yang dibuat oleh "
        "Notaris RINA KUSUMAWARDHANI, S.H., M.Kn.",
        "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ("sp", 4),
        ("sig", ["Ditetapkan di Jakarta,",
                 f"Pada tanggal {tgl_long(ahu_day)}.",
                 "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA",
                 "REPUBLIK INDONESIA",
                 "DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM,",
                 "",
                 "Dr. Ardiansyah Pranata, S.H., LL.M."]),
        ("sp", 4),
        ("mono", "DICETAK PADA TANGGAL 16 Juli 2019\n"
                 "DAFTAR PERSEROAN NOMOR AHU-0112458.AH.01.11.TAHUN 2019 "
                 "TANGGAL 16 Juli 2019"),
    ], title=ahu)

    # ---- 03 NIB (plain text printout, PP 24/2018 era)
    write_text(out / "03_NIB_OSS.txt", f"""
        PEMERINTAH REPUBLIK INDONESIA
        NOMOR INDUK BERUSAHA (NIB)
        {nib}

        Berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018 tentang Pelayanan
        Perizinan Berusaha Terintegrasi Secara Elektronik, Pemerintah Republik
        Indonesia c.q. Lembaga Pengelola dan Penyelenggara OSS menerbitkan Nomor
        Induk Berusaha (NIB) kepada:

        Nama Perusahaan        : PT ARUNIKA KELAS DIGITAL
        Alamat Kantor          : Jl. Kemang Raya No. 18, Bangka, Mampang Prapatan,
                                 Kota Adm. Jakarta Selatan, DKI Jakarta 12730
        Nomor Telepon          : 021-7590-1234
        Email                  : legal@arunika.id
        NPWP Perusahaan        : {npwp}
        Status Penanaman Modal : PMDN
        KBLI                   : 63122 - Portal Web dan/atau Platform Digital
                                 dengan Tujuan Komersial
                                 62019 - Aktivitas Pemrograman Komputer Lainnya
                                 85499 - Pendidikan Lainnya Swasta

        NIB ini berlaku sebagai Tanda Daftar Perusahaan (TDP), Angka Pengenal
        Importir (API-U), dan Hak Akses Kepabeanan.

        Diterbitkan di Jakarta, tanggal 02 Agustus 2019
        Lembaga Pengelola dan Penyelenggara OSS

        Dokumen ini diterbitkan sistem OSS berdasarkan data dari Pelaku Usaha,
        tersimpan dalam sistem OSS, yang menjadi tanggung jawab Pelaku Usaha.
        Dalam hal terjadi kekeliruan isi dokumen ini akan dilakukan perbaikan
        sebagaimana mestinya.
        """)

    # ---- 04 coverage statement with real table (reportlab)
    rows = [
        ("Nanggroe Aceh Darussalam", 4210), ("Sumatera Utara", 21884),
        ("Sumatera Barat", 9120), ("Riau", 8455), ("Kepri", 6302),
        ("Jambi", 3870), ("Sumatera Selatan", 11045), ("Babel", 1980),
        ("Bengkulu", 0), ("Lampung", 10112), ("DKI Jakarta", 88430),
        ("Jabar", 102566), ("Banten", 35221), ("Jawa Tengah", 64907),
        ("DIY", 18334), ("Jawa Timur", 79015), ("Bali", 12480),
        ("NTB", 5667), ("NTT", 2904), ("Kalimantan Barat", 4388),
        ("Kalimantan Tengah", 0), ("Kalimantan Selatan", 5102),
        ("Kalimantan Timur", 7846), ("Sulawesi Utara", 3215),
        ("Gorontalo", 1088), ("Sulawesi Tengah", 2731), ("Sulsel", 15992),
        ("Sulawesi Tenggara", 2140), ("Maluku", 1477), ("Papua", 1905),
        ("Papua Barat", 1023),
    ]
    total = sum(u for _, u in rows)
    provs = provinces_with_users(rows)
    assert len(provs) == 29
    stmt_day = d("2020-04-20")
    table_rows = [(i + 1, n, rupiah_int(u)) for i, (n, u) in enumerate(rows)]
    table_rows.append(("", "JUMLAH", rupiah_int(total)))
    rl_pdf(out / "04_Surat_Pernyataan_Cakupan_Nasional.pdf", [
        ("small", "PT ARUNIKA KELAS DIGITAL · Jl. Kemang Raya No. 18, Jakarta "
                  "Selatan 12730 · Telp. (021) 7590 1234 · " + web),
        ("sp", 6),
        ("c", "SURAT PERNYATAAN CAKUPAN NASIONAL"),
        ("c", "No. 014/AKD/DIR/IV/2020"),
        ("sp", 6),
        "Yang bertanda tangan di bawah ini:",
        f"Nama : {dirut}",
        "Jabatan : Direktur Utama",
        f"Bertindak untuk dan atas nama : {name}",
        f"NIB : {nib}",
        f"NPWP : {npwp}",
        f"dengan ini menyatakan dengan sebenarnya bahwa platform digital "
        f"Arunika yang dapat diakses melalui {web} dan aplikasi Android "
        f"({play}) telah memiliki {rupiah_int(total)} pengguna terdaftar "
        "yang tersebar di 29 (dua puluh sembilan) provinsi di Indonesia, "
        "dengan rincian per provinsi sebagai berikut (data sistem per 31 "
        "Maret 2020):",
        ("table", ["No.", "Provinsi", "Jumlah Pengguna Terdaftar"],
         table_rows, [1.3 * cm, 8 * cm, 5 * cm]),
        "Provinsi yang tidak tercantum dalam tabel di atas belum memiliki "
        "pengguna terdaftar. Data di atas bersumber dari basis data "
        "pengguna Perseroan dan dapat diverifikasi oleh Manajemen "
        "Pelaksana Program Kartu Prakerja.",
        "Demikian surat pernyataan ini dibuat dengan sebenar-benarnya untuk "
        "dipergunakan sebagaimana mestinya.",
        ("sp", 8),
        ("sig", [f"Jakarta, {tgl_long(stmt_day)}", name, "",
                 "[METERAI TEMPEL 6000 — 5AJX034567891]", "",
                 dirut, "Direktur Utama"]),
    ], title="Surat Pernyataan Cakupan Nasional", body=RL_SANS)

    # ---- 05 system description (English, Markdown)
    write_text(out / "05_System_Description_Arunika.md", f"""
        # Arunika Learning Platform — System Description

        *Prepared by {name} for the Kartu Prakerja Project Management Office.
        Document version 2.1, 18 April 2020.*

        ## 1. Overview

        Arunika ({web}) is a digital learning marketplace. Training
        institutions publish their own courses on Arunika; learners search,
        compare, purchase and attend the courses on the web or in the
        Android app ({play}). Arunika does not produce courses itself.

        ## 2. Architecture and infrastructure

        - Microservice architecture (Go and Python services) orchestrated with
          Kubernetes; PostgreSQL 12 (primary/replica) and Redis for sessions.
        - Primary hosting in a Tier III certified co-location data centre in
          Cikarang; a warm disaster-recovery site in Surabaya with hourly
          database replication (RPO 1 hour, RTO 4 hours).
        - Video lessons are delivered through a CDN with edge nodes in Jakarta,
          Surabaya, Medan and Makassar.

        ## 3. Information security

        - ISO/IEC 27001:2013 certified (certificate IS 728114, scope: platform
          operations and software development).
        - TLS 1.2+ for all traffic; AES-256 encryption of personal data at rest;
          NIK and phone numbers are stored tokenised.
        - External penetration test twice a year (latest: February 2020, no
          open high-severity findings); web application firewall and DDoS
          protection in front of all public endpoints.
        - Role-based access control and audit logging for back-office users.

        ## 4. Availability and capacity

        - Service-level target: 99.9 % monthly availability (measured 99.95 %
          over the last 12 months).
        - Horizontal autoscaling; load-tested at 60,000 concurrent learners and
          1,200 checkout transactions per minute.
        - 24x7 on-call operations team with a 15-minute response target for
          severity-1 incidents.

        ## 5. Integration and APIs

        - Documented REST/JSON APIs secured with OAuth 2.0 client credentials
          and signed webhooks.
        - **Kartu Prakerja payment integration:** the checkout accepts the
          Kartu Prakerja training balance as a payment method. Arunika
          integrates with the Kartu Prakerja system to validate the
          participant, charge the training fee against the participant's
          balance, and report course completion and certificates back through
          the programme API. The integration was tested end-to-end in the
          PMO sandbox on 15 April 2020.
        - Other payment channels (virtual accounts, e-wallets) run through a
          licensed payment gateway.

        ## 6. Contact

        Technical contact: {dir2}, Director (Technology) — tech@arunika.id,
        +62 811 9087 6612.
        """)

    # ---- 06 partner list (docx table)
    partners = [
        ("LPK Mitra Cipta Kerja", "Jakarta Timur", "Administrasi perkantoran",
         "SKKNI No. 216 Tahun 2016", "PKS/AKD/2020/031"),
        ("PT Tiga Pilar Edukasi", "Kota Bekasi", "Pemasaran digital",
         "SKKNI No. 55 Tahun 2018", "PKS/AKD/2020/034"),
        ("LPK Kreasi Boga Nusantara", "Kota Yogyakarta", "Tata boga",
         "SKKNI No. 82 Tahun 2019", "PKS/AKD/2020/037"),
        ("Lembaga Kursus dan Pelatihan Bahasa Global Talenta", "Kota Malang",
         "Bahasa Inggris kerja", "Kompetensi kerja (KKNI level II)",
         "PKS/AKD/2020/040"),
        ("LPK Teknik Otomotif Prima", "Kota Surabaya", "Perawatan sepeda motor",
         "SKKNI No. 153 Tahun 2016", "PKS/AKD/2020/041"),
        ("CV Garda Kompetensi Indonesia", "Kota Medan", "Desain grafis",
         "SKKNI No. 75 Tahun 2019", "PKS/AKD/2020/044"),
    ]
    write_docx(out / "06_Daftar_Lembaga_Pelatihan_Mitra.docx", [
        ("c", "DAFTAR LEMBAGA PELATIHAN MITRA"),
        ("c", f"{name}"),
        "Berikut kami sampaikan daftar lembaga pelatihan yang telah "
        "menandatangani perjanjian kerja sama (PKS) dengan Perseroan dan "
        "menawarkan program pelatihannya melalui platform Arunika. Seluruh "
        "program pelatihan yang ditawarkan adalah pelatihan berbasis "
        "kompetensi yang mengacu pada Standar Kompetensi Kerja Nasional "
        "Indonesia (SKKNI).",
        ("table", ["No", "Nama Lembaga Pelatihan", "Domisili", "Bidang",
                   "Acuan Kompetensi", "Nomor PKS"],
         [(i + 1, *p) for i, p in enumerate(partners)]),
        "Platform Arunika bersifat terbuka: setiap lembaga pelatihan yang "
        "memenuhi syarat dapat mendaftar dan memasarkan kelasnya melalui "
        "platform.",
        ("sig", [f"Jakarta, {tgl_long(d('2020-04-20'))}",
                 "Hormat kami,", name, "", "", dirut, "Direktur Utama"]),
    ])

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "private",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0036721.AH.01.01.TAHUN 2019", "nib": nib,
        "npwp": "934826157014000", "provinces": provs,
        "province_count": len(provs), "registered_users": total,
        "portal_urls": sorted([web, play]),
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    register(
        bid,
        "Private PT that fully meets both rulesets: 29 of 31 table rows have "
        "users (Bengkulu, Kalteng = 0), aliases, NIK trap, header/footer deed.",
        facts,
        r11=crit("met", "met", "met", "met", "met", "met", "met"),
        r3=crit("met", "met", "met", "met", "met", "met", "met"),
        checks11=chk("met", "met", "met", "met"),
    )

# ==========================================================================
# Bundle 2: PT Tbk, amendment deed (AH.01.02 approval is the latest),
#           26 provinces inline with aliases, unreadable attachment
# ==========================================================================


def bundle_02():
    bid = "ha02-cakrawala-vidya-tbk"
    out = bdir(bid)
    old_name = "PT Cakrawala Vidya Nusantara"
    name = "PT Cakrawala Vidya Nusantara Tbk"
    nib = "8120016273549"
    npwp = "02.417.835.2-609.000"
    web = "https://www.cakrawalavidya.co.id"
    ios = "https://apps.apple.com/id/app/cakrawala-vidya/id1498765432"
    notary = "Fransiska Dewi Anggraeni"
    deed_no, deed_day = "112", d("2020-02-21")
    ahu = "AHU-0014482.AH.01.02.Tahun 2020"
    kevin, kevin_nik = "Kevin Hartanto Wijaya", "3578011508880003"
    maria, maria_nik = "Maria Clarissa Sutanto", "3578054404840001"
    ilham = "Ilham Ramadhan Siregar"
    hendra, hendra_nik = "Hendra Wijaya", "3578010202590002"

    # ---- 01 original deed 2012 (plain text, line-filling dashes)
    od = d("2012-04-16")
    write_text(out / "01_Akta_Pendirian_No08_2012.txt", "\n".join([
        "                       AKTA PENDIRIAN",
        "               PERSEROAN TERBATAS PT CAKRAWALA VIDYA NUSANTARA",
        "                          Nomor : 08",
        "",
        dashes(f"Pada hari ini, {hari(od)}, tanggal enam belas April dua ribu "
               "dua belas (16-04-2012), pukul 09.00 WIB."),
        dashes("Menghadap kepada saya, LIEM SWIE HWA, Sarjana Hukum, Notaris "
               "di Surabaya, dengan dihadiri oleh saksi-saksi yang akan "
               "disebutkan pada akhir akta ini:"),
        dashes(f"1. Tuan {hendra.upper()}, lahir di Malang, pada tanggal "
               "02-02-1959, Warga Negara Indonesia, Pengusaha, bertempat "
               "tinggal di Kota Surabaya, Jalan Darmo Permai III Nomor 21, "
               f"pemegang Kartu Tanda Penduduk Nomor {hendra_nik};"),
        dashes(f"2. Nyonya {maria.upper()}, lahir di Surabaya, pada tanggal "
               "04-04-1984, Warga Negara Indonesia, Karyawan Swasta, "
               "bertempat tinggal di Kota Surabaya, Jalan Raya Gubeng Nomor "
               f"60, pemegang Kartu Tanda Penduduk Nomor {maria_nik};"),
        dashes("Para penghadap menerangkan dengan ini mendirikan suatu "
               "perseroan terbatas dengan anggaran dasar sebagai berikut:"),
        "                            Pasal 1",
        dashes(f"Perseroan Terbatas ini bernama {old_name}, berkedudukan di "
               "Kota Surabaya."),
        "                            Pasal 3",
        dashes("Maksud dan tujuan Perseroan ialah berusaha dalam bidang jasa "
               "pendidikan nonformal, penerbitan dan teknologi informasi."),
        "                            Pasal 4",
        dashes("Modal dasar Perseroan berjumlah Rp 2.000.000.000,00 (dua "
               "miliar Rupiah) terbagi atas 2.000 (dua ribu) saham, "
               "masing-masing saham bernilai nominal Rp 1.000.000,00."),
        dashes("Untuk pertama kalinya diangkat sebagai: Direktur Utama: Tuan "
               f"{hendra.upper()}; Direktur: Nyonya {maria.upper()}; "
               "Komisaris: Nyonya LILIANA GUNAWAN."),
        dashes("Demikianlah akta ini dibuat sebagai minuta dan dilangsungkan "
               "di Surabaya pada hari dan tanggal tersebut di atas."),
        "",
        "Catatan: Akta ini telah mendapat pengesahan dari Menteri Hukum dan Hak",
        "Asasi Manusia Republik Indonesia dengan Keputusan Nomor",
        "AHU-21437.AH.01.01.Tahun 2012 tanggal 23 April 2012.",
        "",
        "                                   Diberikan sebagai SALINAN.",
        "                                   Notaris di Surabaya,",
        "                                   LIEM SWIE HWA, S.H.",
    ]))

    # ---- 02 amendment deed (docx)
    words_day = "dua puluh satu"
    blocks = [
        ("c", "PERNYATAAN KEPUTUSAN RAPAT UMUM PEMEGANG SAHAM LUAR BIASA"),
        ("c", "PT CAKRAWALA VIDYA NUSANTARA"),
        ("c", f"Nomor : {deed_no}."),
        f"-Pada hari ini, {hari(deed_day)}, tanggal {deed_day.day} "
        f"({words_day}) Februari 2020 (dua ribu dua puluh), pukul 14.30 WIB "
        "(empat belas lewat tiga puluh menit Waktu Indonesia Barat). ------",
        f"-Menghadap kepada saya, {notary.upper()}, S.H., M.Kn., Notaris di "
        "Kota Surabaya, dengan dihadiri oleh saksi-saksi yang saya, "
        "Notaris, kenal dan akan disebut nama-namanya pada bagian akhir "
        "akta ini: -------------------------------------------------------",
        f"-Tuan {kevin.upper()}, lahir di Surabaya, pada tanggal 15-08-1988 "
        "(lima belas Agustus seribu sembilan ratus delapan puluh delapan), "
        "Warga Negara Indonesia, Swasta, bertempat tinggal di Kota Surabaya, "
        "Jalan Raya Darmo Permai II Nomor 8, Rukun Tetangga 002, Rukun Warga "
        "004, Kelurahan Pradahkalikendal, Kecamatan Dukuhpakis, pemegang "
        f"Kartu Tanda Penduduk Nomor Induk Kependudukan {kevin_nik}; -------",
        "-menurut keterangannya dalam hal ini bertindak berdasarkan kuasa "
        "yang diberikan oleh Rapat Umum Pemegang Saham Luar Biasa PT "
        "CAKRAWALA VIDYA NUSANTARA, berkedudukan di Kota Surabaya, yang "
        "anggaran dasarnya dimuat dalam akta tanggal 16-04-2012 Nomor 08, "
        "dibuat di hadapan LIEM SWIE HWA, Sarjana Hukum, Notaris di "
        "Surabaya, yang telah mendapat pengesahan dari Menteri Hukum dan Hak "
        "Asasi Manusia Republik Indonesia berdasarkan Surat Keputusan Nomor "
        "AHU-21437.AH.01.01.Tahun 2012 tanggal 23 April 2012 (selanjutnya "
        "disebut \"Perseroan\"). ----------------------------------------",
        "-Penghadap telah dikenal oleh saya, Notaris. -------------------",
        "-Penghadap bertindak dalam kedudukannya tersebut di atas terlebih "
        "dahulu menerangkan bahwa pada hari Rabu, tanggal 19 (sembilan "
        "belas) Februari 2020 (dua ribu dua puluh), bertempat di Hotel "
        "Majapahit, Jalan Tunjungan Nomor 65, Kota Surabaya, telah "
        "diselenggarakan Rapat Umum Pemegang Saham Luar Biasa Perseroan "
        "(selanjutnya disebut \"Rapat\"), yang dihadiri oleh pemegang "
        "saham yang mewakili 2.000 (dua ribu) saham atau 100% (seratus "
        "persen) dari seluruh saham yang telah dikeluarkan oleh Perseroan, "
        "sebagaimana ternyata dari Risalah Rapat yang dibuat di bawah "
        "tangan dan bermeterai cukup, yang aslinya dilekatkan pada minuta "
        "akta ini. ------------------------------------------------------",
        "-Bahwa Rapat telah mengambil keputusan dengan suara bulat sebagai "
        "berikut: -------------------------------------------------------",
        "1. Menyetujui perubahan status Perseroan dari Perseroan Tertutup "
        "menjadi Perseroan Terbuka serta perubahan nama Perseroan menjadi "
        f"{name}; -------------------------------------------------------",
        "2. Menyetujui rencana Perseroan untuk melakukan Penawaran Umum "
        "Perdana Saham kepada masyarakat dan mencatatkan saham Perseroan "
        "pada Bursa Efek Indonesia; --------------------------------------",
        "3. Menyetujui perubahan seluruh ketentuan Anggaran Dasar Perseroan "
        "dalam rangka perubahan status Perseroan menjadi Perseroan Terbuka, "
        "termasuk perubahan maksud dan tujuan serta peningkatan modal "
        "dasar, dan menyusun kembali seluruh ketentuan Anggaran Dasar; -----",
        "4. Memberhentikan dengan hormat seluruh anggota Direksi dan Dewan "
        "Komisaris Perseroan dengan memberikan pembebasan dan pelunasan "
        "sepenuhnya (acquit et de charge), dan mengangkat anggota Direksi "
        "dan Dewan Komisaris Perseroan yang baru; -----------------------",
        "5. Memberikan kuasa kepada Direksi Perseroan dengan hak substitusi "
        "untuk menyatakan keputusan Rapat dalam akta Notaris. ------------",
        ("c", "ANGGARAN DASAR"),
        ("c", "NAMA DAN TEMPAT KEDUDUKAN"),
        ("c", "Pasal 1"),
        f"1. Perseroan Terbatas ini bernama {name} (selanjutnya dalam "
        "Anggaran Dasar ini cukup disingkat dengan \"Perseroan\"), "
        "berkedudukan di Kota Surabaya. ---------------------------------",
        "2. Perseroan dapat membuka cabang atau perwakilan di tempat lain, "
        "baik di dalam maupun di luar wilayah Republik Indonesia "
        "sebagaimana ditetapkan oleh Direksi dengan persetujuan Dewan "
        "Komisaris. -----------------------------------------------------",
        ("c", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA"),
        ("c", "Pasal 3"),
        "1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang "
        "aktivitas platform digital dan pendidikan. --------------------",
        "2. Untuk mencapai maksud dan tujuan tersebut di atas, Perseroan "
        "dapat melaksanakan kegiatan usaha utama: Portal Web dan/atau "
        "Platform Digital Dengan Tujuan Komersial (KBLI 63122); serta "
        "kegiatan usaha penunjang: Penerbitan Piranti Lunak (Software) "
        "(KBLI 58200) dan Pendidikan Lainnya Swasta (KBLI 85499). --------",
        ("c", "MODAL"),
        ("c", "Pasal 4"),
        "1. Modal dasar Perseroan berjumlah Rp 80.000.000.000,00 (delapan "
        "puluh miliar Rupiah) terbagi atas 800.000.000 (delapan ratus juta) "
        "saham, masing-masing saham bernilai nominal Rp 100,00 (seratus "
        "Rupiah). -------------------------------------------------------",
        "2. Dari modal dasar tersebut telah ditempatkan dan disetor penuh "
        "sebesar 25% (dua puluh lima persen) atau sejumlah 200.000.000 (dua "
        "ratus juta) saham dengan nilai nominal seluruhnya sebesar "
        "Rp 20.000.000.000,00 (dua puluh miliar Rupiah). -----------------",
        ("c", "DIREKSI"),
        ("c", "Pasal 14"),
        "1. Direksi terdiri dari sekurang-kurangnya 3 (tiga) orang, seorang "
        "di antaranya diangkat sebagai Presiden Direktur dan seorang "
        "sebagai Direktur Independen. -----------------------------------",
        ("c", "Pasal 15"),
        "Presiden Direktur berhak dan berwenang bertindak untuk dan atas "
        "nama Direksi serta mewakili Perseroan. Dalam hal Presiden Direktur "
        "tidak hadir atau berhalangan, 2 (dua) orang anggota Direksi "
        "lainnya secara bersama-sama berhak mewakili Perseroan. ---------",
        ("c", "SUSUNAN DIREKSI DAN DEWAN KOMISARIS"),
        "-Sehubungan dengan keputusan Rapat angka 4, susunan anggota "
        "Direksi dan Dewan Komisaris Perseroan terhitung sejak ditutupnya "
        "Rapat adalah sebagai berikut: ----------------------------------",
        ("b", "DIREKSI"),
        f"Presiden Direktur : Tuan {kevin.upper()};",
        f"Direktur : Nyonya {maria.upper()};",
        f"Direktur Independen : Tuan {ilham.upper()};",
        ("b", "DEWAN KOMISARIS"),
        f"Presiden Komisaris : Tuan {hendra.upper()};",
        "Komisaris Independen : Tuan Profesor Doktor BAMBANG WIDJANARKO.",
        "-Akhirnya penghadap menerangkan bahwa keputusan Rapat tersebut di "
        "atas memerlukan persetujuan Menteri Hukum dan Hak Asasi Manusia "
        "Republik Indonesia. --------------------------------------------",
        ("c", "DEMIKIANLAH AKTA INI"),
        "-dibuat sebagai minuta dan dilangsungkan di Kota Surabaya, pada "
        "hari dan tanggal serta jam sebagaimana disebutkan pada awal akta "
        "ini, dengan dihadiri oleh Nyonya Endang Susilowati dan Tuan Agus "
        "Salim, keduanya karyawan kantor Notaris, sebagai saksi-saksi. ----",
        "-Segera setelah akta ini dibacakan oleh saya, Notaris, kepada "
        "penghadap dan saksi-saksi, maka ditandatanganilah akta ini oleh "
        "penghadap, para saksi dan saya, Notaris. -----------------------",
        "-Dilangsungkan dengan tanpa perubahan. -------------------------",
        ("sig", ["DIBERIKAN SEBAGAI SALINAN YANG SAMA BUNYINYA.",
                 "Notaris di Kota Surabaya,", "[cap/tanda tangan]",
                 f"{notary.upper()}, S.H., M.Kn."]),
    ]
    write_docx(out / "02_Akta_PKR_RUPSLB_No112_2020.docx", blocks,
               header=f"Salinan Akta Nomor {deed_no} tanggal 21-02-2020",
               footer="Notaris Fransiska Dewi Anggraeni, S.H., M.Kn. — "
                      "Jl. Raya Darmo No. 77, Surabaya — Telp. (031) 567 8901")

    # ---- 03 approval of the amendment (fpdf2)
    ap = d("2020-02-24")
    fpdf_pdf(out / "03_Persetujuan_Perubahan_AD_Kemenkumham.pdf", [
        ("c", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA"),
        ("c", f"NOMOR {ahu.upper()}"),
        ("c", "TENTANG\nPERSETUJUAN PERUBAHAN ANGGARAN DASAR PERSEROAN TERBATAS\n"
              "PT CAKRAWALA VIDYA NUSANTARA TBK"),
        ("sp", 3),
        "Menimbang : a. bahwa berdasarkan permohonan Notaris FRANSISKA DEWI "
        "ANGGRAENI, S.H., M.Kn. sesuai salinan Akta Nomor 112 Tanggal 21 "
        "Februari 2020 yang dibuat oleh Notaris FRANSISKA DEWI ANGGRAENI, "
        "S.H., M.Kn. tentang Perubahan Anggaran Dasar PT CAKRAWALA VIDYA "
        "NUSANTARA TBK, Nomor Pendaftaran 6020022423118907 tanggal 24 "
        "Februari 2020 telah sesuai dengan persyaratan persetujuan "
        "perubahan anggaran dasar Perseroan; b. bahwa berdasarkan "
        "pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
        "Keputusan Menteri Hukum dan Hak Asasi Manusia tentang Persetujuan "
        "Perubahan Anggaran Dasar Perseroan Terbatas PT CAKRAWALA VIDYA "
        "NUSANTARA TBK;",
        "Mengingat : 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan "
        "Terbatas; 2. Peraturan Pemerintah Nomor 43 Tahun 2011 tentang Tata "
        "Cara Pengajuan dan Pemakaian Nama Perseroan Terbatas;",
        ("c", "MEMUTUSKAN:"),
        "Menetapkan : KESATU : Menyetujui perubahan anggaran dasar PT "
        "CAKRAWALA VIDYA NUSANTARA TBK, berkedudukan di KOTA SURABAYA, "
        "karena telah sesuai dengan data isian Format Perubahan yang "
        "disimpan di dalam Sistem Administrasi Badan Hukum berdasarkan "
        "salinan Akta Nomor 112 Tanggal 21 Februari 2020 yang dibuat oleh "
        "Notaris FRANSISKA DEWI ANGGRAENI, S.H., M.Kn.",
        "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ("sp", 4),
        ("sig", ["Ditetapkan di Jakarta,", f"pada tanggal {tgl_long(ap)}.",
                 "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA",
                 "REPUBLIK INDONESIA",
                 "DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM,", "",
                 "Dr. Ardiansyah Pranata, S.H., LL.M."]),
        ("sp", 3),
        ("mono", "DAFTAR PERSEROAN NOMOR AHU-0033716.AH.01.11.TAHUN 2020 "
                 "TANGGAL 24 Februari 2020"),
    ], title=ahu, header="Sistem Administrasi Badan Hukum — Direktorat "
                         "Jenderal Administrasi Hukum Umum")

    # ---- 04 NIB (reportlab)
    rl_pdf(out / "04_NIB_8120016273549.pdf", [
        ("c", "PEMERINTAH REPUBLIK INDONESIA"),
        ("c", "NOMOR INDUK BERUSAHA: 8120016273549"),
        "Berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018 tentang "
        "Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik, "
        "Lembaga OSS menerbitkan NIB kepada:",
        ("table", ["Data", "Keterangan"], [
            ("Nama Perusahaan", "PT CAKRAWALA VIDYA NUSANTARA TBK"),
            ("Alamat", "Jl. Raya Darmo No. 112, Kota Surabaya, Jawa Timur 60264"),
            ("NPWP", npwp),
            ("No. Telepon", "031-5612-3344"),
            ("Status Penanaman Modal", "PMDN"),
            ("KBLI", "63122; 58200; 85499"),
        ], [5 * cm, 10.5 * cm]),
        "NIB ini berlaku sebagai Tanda Daftar Perusahaan, Angka Pengenal "
        "Importir (API-U) dan hak akses kepabeanan.",
        ("sig", ["Diterbitkan di Jakarta", "Tanggal terbit: 09 Maret 2020",
                 "Lembaga Pengelola dan Penyelenggara OSS"]),
    ], title="NIB", body=RL_SANS)

    # ---- 05 coverage statement (docx, bilingual, inline alias list of 26)
    inline = ["Aceh", "Sumut", "Sumbar", "Riau", "Kepri", "Jambi", "Sumsel",
              "Babel", "Lampung", "DKI Jakarta", "Jabar", "Banten", "Jateng",
              "DIY", "Jatim", "Bali", "NTB", "NTT", "Kalbar", "Kalsel",
              "Kaltim", "Sulut", "Sulteng", "Sulsel", "Maluku", "Papua"]
    provs = sorted({canon(p) for p in inline})
    assert len(provs) == 26
    users = 2418530
    write_docx(out / "05_Statement_of_National_Coverage.docx", [
        ("c", "SURAT PERNYATAAN CAKUPAN NASIONAL\nSTATEMENT OF NATIONAL COVERAGE"),
        "Saya yang bertanda tangan di bawah ini / I, the undersigned:",
        f"Nama / Name: {kevin}",
        "Jabatan / Position: President Director (Presiden Direktur)",
        f"Perusahaan / Company: {name}",
        f"NIB: {nib}    NPWP: {npwp}",
        "menyatakan bahwa layanan platform Cakrawala Vidya berskala "
        "nasional / declare that the services of the Cakrawala Vidya "
        "platform are national in scale.",
        f"Per 31 Maret 2020, platform kami ({web}; iOS: {ios}) memiliki "
        f"{rupiah_int(users)} pengguna terdaftar dengan pengguna aktif di "
        "26 provinsi, yaitu: " + ", ".join(inline) + ". / As of 31 March "
        f"2020 the platform has {users:,} registered users, with active "
        "users in the 26 provinces listed above.",
        "Demikian pernyataan ini dibuat dengan sebenarnya. / This statement "
        "is made truthfully.",
        ("sig", ["Surabaya, 27/04/2020", name, "[meterai 6000 & cap perusahaan]",
                 "", kevin, "President Director"]),
    ], font="Calibri")

    # ---- 06 system description (fpdf2, English)
    fpdf_pdf(out / "06_System_Description.pdf", [
        ("c", "CAKRAWALA VIDYA PLATFORM\nInformation System Description"),
        ("h", "1. Platform architecture"),
        "Cakrawala Vidya runs as a set of containerised services on a "
        "private cloud in two Tier III data centres (Surabaya and Jakarta) "
        "in active-passive configuration. Core components: identity service, "
        "course catalogue, order and payment service, learning delivery "
        "(HLS video), assessment engine and certificate service.",
        ("h", "2. Security"),
        "The information security management system is certified to "
        "ISO/IEC 27001:2013. All data in transit is protected with TLS 1.3; "
        "databases and backups are encrypted (AES-256). Independent "
        "penetration tests are performed annually and after every major "
        "release; a bug bounty programme has run since 2019.",
        ("h", "3. Availability and capacity"),
        "Contractual SLA 99.9 %. The platform is dimensioned for 100,000 "
        "concurrent users with automatic horizontal scaling; daily backups "
        "are retained for 35 days and restore drills run quarterly.",
        ("h", "4. Integration"),
        "Public REST APIs (OpenAPI 3.0) for training providers (course "
        "upload, schedule, attendance) and for programme partners. For the "
        "Kartu Prakerja programme the platform supports the Prakerja "
        "redemption flow: the participant pays for a course with the "
        "Kartu Prakerja balance, and Cakrawala Vidya exchanges voucher, "
        "payment and completion data with the Prakerja system through the "
        "integration API. Payment integration with Kartu Prakerja is in "
        "place.",
        ("sp", 6),
        ("sig", ["Surabaya, 20 April 2020", "", kevin, "President Director"]),
    ], title="System Description", footer="Cakrawala Vidya · confidential · page {page}/{pages}")

    # ---- 07 partners (Markdown prose)
    partners = ["LPK Adhikarya Surabaya", "LKP Salon Ayu Rupawan",
                "Akademi Barista Kopi Kita", "LPK Jahit Busana Citra",
                "Pusat Pelatihan Logistik Gemilang"]
    write_text(out / "07_Mitra_Lembaga_Pelatihan.md", f"""
        # Kerja Sama dengan Lembaga Pelatihan

        {name} menjalankan pasar digital (marketplace) pelatihan yang terbuka
        bagi lembaga pelatihan mana pun yang memenuhi syarat kurasi. Saat ini
        lima lembaga pelatihan telah bermitra dan menjual kelasnya di platform
        Cakrawala Vidya, yaitu **{partners[0]}** (keterampilan teknik listrik),
        **{partners[1]}** (tata rias), **{partners[2]}** (barista),
        **{partners[3]}** (menjahit busana) dan **{partners[4]}**
        (pergudangan dan logistik).

        Seluruh program yang ditawarkan kelima mitra tersebut merupakan
        pelatihan berbasis kompetensi; materi dan uji kompetensinya disusun
        mengacu pada Standar Kompetensi Kerja Nasional Indonesia (SKKNI) di
        bidang masing-masing.

        Kontak kemitraan: partnership@cakrawalavidya.co.id, telepon
        +62 31 5612 3344 (ext. 210).
        """)

    # ---- 08 unreadable attachment (image-only scan)
    lines = wrap_lines(f"""
        ^STRUKTUR ORGANISASI {name.upper()}
        Presiden Direktur: {kevin}
        Direktur Keuangan: {maria}
        Direktur Independen: {ilham}
        Divisi Teknologi, Divisi Kemitraan, Divisi Operasional, Divisi Keuangan
        """)
    img = unreadable_scan(lines * 3, seed=202)
    save_scan_pdf(out / "08_Lampiran_Struktur_Organisasi_scan.pdf", [img])

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "private",
        "listed": True, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0014482.AH.01.02.TAHUN 2020", "nib": nib,
        "npwp": "024178352609000", "provinces": provs,
        "province_count": len(provs), "registered_users": users,
        "portal_urls": sorted([web, ios]),
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    register(
        bid,
        "PT Tbk whose latest deed is an RUPSLB amendment (AH.01.02 approval); "
        "exactly 26 provinces as inline aliases; signer appointed only in the "
        "amendment (President Director); one unreadable scanned attachment.",
        facts,
        r11=crit("met", "met", "met", "met", "met", "met", "met"),
        r3=crit("met", "met", "met", "met", "met", "met", "met"),
        checks11=chk("met", "met", "met", "needs_review"),
        notes=["identity_consistent met: the 2012 deed carries the pre-Tbk "
               "name, changed by the latest amendment; all current documents "
               "agree on name, NIB and NPWP.",
               "document_quality needs_review: 08_Lampiran_Struktur_Organisasi_"
               "scan.pdf is an image-only page with no usable text."],
    )

# ==========================================================================
# Bundle 3: BUMN PT (Persero), PP + deed with embedded approval, directors
#           re-appointed by a Minister of SOE decree (scanned), coverage as a
#           number only
# ==========================================================================


def bundle_03():
    bid = "ha03-wahana-kompetensi-persero"
    out = bdir(bid)
    name = "PT Wahana Kompetensi Indonesia (Persero)"
    deed_no, deed_day = "3", d("2018-03-05")
    notary = "Yohanes Baptista Siahaan"
    ahu = "AHU-0011234.AH.01.01.Tahun 2018"
    nib = "9120304218765"
    npwp = "01.887.204.5-073.000"
    web = "https://www.wahanakompetensi.co.id"
    old_dirut, new_dirut = "Surya Darmawan Hadi", "Ratna Sari Dewi Lubis"
    dir2 = "Meilani Kartika Sari"

    # ---- 01 Government Regulation establishing the Persero
    write_text(out / "01_PP_Pendirian_Persero.txt", f"""
        SALINAN

                          PERATURAN PEMERINTAH REPUBLIK INDONESIA
                                 NOMOR 58 TAHUN 2017
                                     TENTANG
                 PENDIRIAN PERUSAHAAN PERSEROAN (PERSERO) PT WAHANA
                                KOMPETENSI INDONESIA

                    DENGAN RAHMAT TUHAN YANG MAHA ESA
                       PRESIDEN REPUBLIK INDONESIA,

        Menimbang : bahwa dalam rangka mendukung peningkatan kompetensi angkatan
                    kerja melalui layanan pelatihan berbasis teknologi, perlu
                    mendirikan Perusahaan Perseroan (Persero) di bidang
                    platform pelatihan digital;

        Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik
                       Indonesia Tahun 1945;
                    2. Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha
                       Milik Negara;
                    3. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan
                       Terbatas;

                                   MEMUTUSKAN:
        Menetapkan : PERATURAN PEMERINTAH TENTANG PENDIRIAN PERUSAHAAN PERSEROAN
                     (PERSERO) PT WAHANA KOMPETENSI INDONESIA.

                                     Pasal 1
        Dengan Peraturan Pemerintah ini didirikan Perusahaan Perseroan (Persero)
        dengan nama {name}, yang selanjutnya disebut
        Perusahaan Perseroan (Persero).

                                     Pasal 2
        (1) Modal Perusahaan Perseroan (Persero) sebagaimana dimaksud dalam
            Pasal 1 berasal dari kekayaan negara yang dipisahkan.
        (2) Seluruh saham Perusahaan Perseroan (Persero) dimiliki oleh Negara
            Republik Indonesia.

                                     Pasal 3
        Pelaksanaan pendirian Perusahaan Perseroan (Persero) dilakukan sesuai
        dengan ketentuan Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan
        Terbatas.

                                     Pasal 4
        Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan.

                                            Ditetapkan di Jakarta
                                            pada tanggal 28 Desember 2017
                                            PRESIDEN REPUBLIK INDONESIA,
                                                      ttd.

        Diundangkan di Jakarta pada tanggal 29 Desember 2017
        LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2017 NOMOR 301

        Salinan sesuai dengan aslinya
        KEMENTERIAN SEKRETARIAT NEGARA REPUBLIK INDONESIA
        Asisten Deputi Bidang Perekonomian,
        Deputi Bidang Hukum dan Perundang-undangan,
                 ttd.
        Lestari Widyaningrum
        """)

    # ---- 02 deed (fpdf2, multi-page, approval embedded at the end)
    blocks = [
        ("c", "AKTA PENDIRIAN\nPERUSAHAAN PERSEROAN (PERSERO)\n"
              "PT WAHANA KOMPETENSI INDONESIA"),
        ("c", f"Nomor {deed_no}."),
        ("sp", 3),
        f"-Pada hari ini, {hari(deed_day)}, tanggal lima Maret dua ribu "
        "delapan belas (05-03-2018), pukul 13.00 (tiga belas) Waktu "
        "Indonesia Barat. ------------------------------------------------",
        f"-Menghadap kepada saya, Doktor {notary.upper()}, Sarjana Hukum, "
        "Magister Kenotariatan, Notaris di Jakarta, dengan dihadiri oleh "
        "saksi-saksi yang telah saya, Notaris, kenal dan akan disebutkan "
        "nama-namanya pada bagian akhir akta ini: ------------------------",
        "-Tuan ARIEF BUDIMAN SANTOSO, Sarjana Ekonomi, lahir di Yogyakarta, "
        "pada tanggal 03-06-1969, Warga Negara Indonesia, Pegawai Negeri "
        "Sipil, bertempat tinggal di Kota Administrasi Jakarta Selatan, "
        "Jalan Tebet Timur Dalam VI Nomor 12, pemegang Kartu Tanda Penduduk "
        "Nomor Induk Kependudukan 3174020306690005; ----------------------",
        "-menurut keterangannya dalam hal ini bertindak dalam jabatannya "
        "selaku Deputi Bidang Usaha Jasa Kementerian Badan Usaha Milik "
        "Negara, berdasarkan Surat Kuasa Menteri Badan Usaha Milik Negara "
        "Nomor SKU-12/MBU/03/2018 tanggal 1 Maret 2018, dari dan oleh "
        "karena itu untuk dan atas nama Negara Republik Indonesia. --------",
        "-Penghadap terlebih dahulu menerangkan bahwa berdasarkan Peraturan "
        "Pemerintah Nomor 58 Tahun 2017 tentang Pendirian Perusahaan "
        "Perseroan (Persero) PT Wahana Kompetensi Indonesia, Negara Republik "
        "Indonesia mendirikan suatu perseroan terbatas dengan anggaran "
        "dasar sebagai berikut: -------------------------------------------",
        ("c", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        f"1. Perusahaan Perseroan (Persero) ini bernama {name}, "
        "selanjutnya dalam Anggaran Dasar ini cukup disingkat dengan "
        "\"Perseroan\", berkedudukan dan berkantor pusat di Jakarta Pusat. -",
        "2. Perseroan dapat membuka kantor cabang atau kantor perwakilan di "
        "tempat lain, baik di dalam maupun di luar wilayah Negara Republik "
        "Indonesia, yang ditetapkan oleh Direksi dengan persetujuan Dewan "
        "Komisaris. ------------------------------------------------------",
        ("c", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3"),
        "1. Maksud dan tujuan Perseroan adalah melakukan usaha di bidang "
        "penyediaan platform pelatihan dan sertifikasi kompetensi berbasis "
        "teknologi informasi, serta optimalisasi pemanfaatan sumber daya "
        "Perseroan untuk menghasilkan jasa yang bermutu tinggi dan berdaya "
        "saing kuat. ------------------------------------------------------",
        "2. Untuk mencapai maksud dan tujuan tersebut, Perseroan dapat "
        "melaksanakan kegiatan usaha utama: a. Portal Web dan/atau Platform "
        "Digital Dengan Tujuan Komersial (KBLI 63122); b. Aktivitas "
        "Pengolahan Data (KBLI 63111); c. Pendidikan Lainnya Swasta (KBLI "
        "85499). ---------------------------------------------------------",
        ("c", "MODAL\nPasal 4"),
        "1. Modal dasar Perseroan ditetapkan sebesar Rp 400.000.000.000,00 "
        "(empat ratus miliar Rupiah) terbagi atas 400.000 (empat ratus ribu) "
        "saham, masing-masing saham bernilai nominal Rp 1.000.000,00 (satu "
        "juta Rupiah). ----------------------------------------------------",
        "2. Dari modal dasar tersebut telah ditempatkan dan disetor penuh "
        "oleh Negara Republik Indonesia sebesar 25% (dua puluh lima persen) "
        "atau sejumlah 100.000 (seratus ribu) saham dengan nilai nominal "
        "seluruhnya sebesar Rp 100.000.000.000,00 (seratus miliar Rupiah). -",
        ("c", "DIREKSI\nPasal 10"),
        "1. Direksi terdiri dari sekurang-kurangnya 2 (dua) orang anggota "
        "Direksi, seorang di antaranya diangkat sebagai Direktur Utama. ---",
        "2. Anggota Direksi diangkat dan diberhentikan oleh Rapat Umum "
        "Pemegang Saham. Dalam hal Menteri Badan Usaha Milik Negara "
        "mewakili Negara Republik Indonesia selaku pemegang seluruh saham, "
        "pengangkatan dan pemberhentian anggota Direksi ditetapkan dengan "
        "Keputusan Menteri Badan Usaha Milik Negara. ----------------------",
        "3. Direktur Utama berhak dan berwenang bertindak untuk dan atas "
        "nama Direksi serta mewakili Perseroan. ---------------------------",
        ("c", "DEWAN KOMISARIS\nPasal 13"),
        "Dewan Komisaris terdiri dari sekurang-kurangnya 2 (dua) orang "
        "anggota, seorang di antaranya diangkat sebagai Komisaris Utama. --",
        ("c", "KETENTUAN PENUTUP"),
        "-Akhirnya, penghadap bertindak dalam kedudukannya sebagaimana "
        "tersebut di atas menerangkan bahwa untuk pertama kalinya telah "
        "diangkat sebagai anggota Direksi dan Dewan Komisaris Perseroan, "
        "berdasarkan Keputusan Menteri Badan Usaha Milik Negara Nomor "
        "SK-41/MBU/02/2018 tanggal 26 Februari 2018: ----------------------",
        f"Direktur Utama : Tuan {old_dirut.upper()};\n"
        f"Direktur : Nyonya {dir2.upper()};\n"
        "Komisaris Utama : Tuan HADI PURNOMO SUKARNA;\n"
        "Komisaris : Nyonya RAHMAWATI ZAINAL.",
        ("c", "DEMIKIAN AKTA INI"),
        "-dibuat sebagai minuta dan dilangsungkan di Jakarta, pada hari dan "
        "tanggal serta jam sebagaimana disebutkan pada bagian awal akta "
        "ini, dengan dihadiri oleh Tuan Rudy Hartono dan Nona Fitri "
        "Anggraini, keduanya karyawan kantor Notaris, sebagai saksi-saksi. -",
        "-Setelah akta ini saya, Notaris, bacakan kepada penghadap dan "
        "saksi-saksi, maka segera penghadap, saksi-saksi dan saya, Notaris, "
        "menandatangani akta ini. Dilangsungkan dengan tanpa perubahan. ----",
        ("sig", ["Diberikan sebagai SALINAN yang sama bunyinya.",
                 "Notaris di Jakarta,", "",
                 f"Dr. {notary}, S.H., M.Kn."]),
        ("pb",),
        ("c", "PENGESAHAN BADAN HUKUM"),
        "Salinan akta ini dilampiri Keputusan Menteri Hukum dan Hak Asasi "
        f"Manusia Republik Indonesia Nomor: {ahu} tanggal 7 Maret 2018 "
        "tentang Pengesahan Pendirian Badan Hukum Perseroan Terbatas "
        "PT WAHANA KOMPETENSI INDONESIA (PERSERO), berkedudukan di Jakarta "
        "Pusat, sebagaimana tercatat dalam Daftar Perseroan Nomor "
        "AHU-0031877.AH.01.11.Tahun 2018 tanggal 7 Maret 2018.",
        "Nomor Pendaftaran: 4018030723400981.",
        ("sig", ["Ditetapkan di Jakarta, tanggal 7 Maret 2018",
                 "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA",
                 "REPUBLIK INDONESIA",
                 "DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM"]),
    ]
    fpdf_pdf(out / "02_Akta_Pendirian_Persero_No3_2018.pdf", blocks,
             title="Akta Pendirian PT Wahana Kompetensi Indonesia (Persero)",
             footer="Akta Nomor 3 tanggal 5 Maret 2018 — hal. {page} dari {pages}")

    # ---- 03 SK Menteri BUMN (scanned, image-only PDF, 2 pages)
    sk_text = f"""
        ^SALINAN
        ^KEPUTUSAN MENTERI BADAN USAHA MILIK NEGARA
        ^SELAKU RAPAT UMUM PEMEGANG SAHAM
        ^PERUSAHAAN PERSEROAN (PERSERO) PT WAHANA KOMPETENSI INDONESIA
        ^NOMOR SK-215/MBU/07/2021
        ^TENTANG
        ^PEMBERHENTIAN DAN PENGANGKATAN ANGGOTA DIREKSI
        ^PERUSAHAAN PERSEROAN (PERSERO) PT WAHANA KOMPETENSI INDONESIA

        ^MENTERI BADAN USAHA MILIK NEGARA,

        Menimbang : a. bahwa berdasarkan Pasal 10 Anggaran Dasar Perusahaan Perseroan
            (Persero) PT Wahana Kompetensi Indonesia, anggota Direksi diangkat dan
            diberhentikan oleh Rapat Umum Pemegang Saham;
            b. bahwa dalam rangka penyegaran susunan Direksi, perlu memberhentikan
            dan mengangkat anggota Direksi Perusahaan Perseroan (Persero)
            PT Wahana Kompetensi Indonesia;
        Mengingat : 1. Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik
            Negara; 2. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas;
            3. Peraturan Pemerintah Nomor 58 Tahun 2017 tentang Pendirian
            Perusahaan Perseroan (Persero) PT Wahana Kompetensi Indonesia;

        ^MEMUTUSKAN:
        Menetapkan : KEPUTUSAN MENTERI BADAN USAHA MILIK NEGARA SELAKU RAPAT UMUM
            PEMEGANG SAHAM PERUSAHAAN PERSEROAN (PERSERO) PT WAHANA KOMPETENSI
            INDONESIA TENTANG PEMBERHENTIAN DAN PENGANGKATAN ANGGOTA DIREKSI.

        KESATU : Memberhentikan dengan hormat Sdr. {old_dirut} sebagai
            Direktur Utama, dengan ucapan terima kasih atas sumbangan tenaga dan
            pikiran yang diberikan selama menjabat.
        KEDUA : Mengangkat Sdri. {new_dirut} sebagai Direktur Utama
            Perusahaan Perseroan (Persero) PT Wahana Kompetensi Indonesia.
        KETIGA : Menegaskan bahwa Sdri. {dir2} tetap menjabat sebagai
            Direktur, sehingga susunan Direksi menjadi:
            1. Direktur Utama : {new_dirut}
            2. Direktur       : {dir2}
        KEEMPAT : Masa jabatan anggota Direksi sebagaimana dimaksud dalam diktum
            KEDUA adalah 5 (lima) tahun terhitung sejak tanggal ditetapkannya
            Keputusan ini.
        KELIMA : Keputusan ini mulai berlaku pada tanggal ditetapkan.

                                          Ditetapkan di Jakarta
                                          pada tanggal 12 Juli 2021
                                          MENTERI BADAN USAHA MILIK NEGARA,
                                                     ttd.

        Salinan sesuai dengan aslinya
        Kepala Biro Hukum,

        Gunawan Setiabudi
        NIP 197604122002121003
        """
    lines = wrap_lines(sk_text, width=86)
    pages = paginate(lines, per_page=40)
    write_text(SOURCES / bid / "03_SK_Menteri_BUMN_Direksi.txt", sk_text)
    imgs = scan_pages(pages, angle=1.3, seed=303)
    save_scan_pdf(out / "03_SK_Menteri_BUMN_Pengangkatan_Direksi_scan.pdf", imgs)

    # ---- 04 NIB (OSS RBA, Markdown export)
    write_text(out / "04_NIB_OSS_RBA.md", f"""
        # PERIZINAN BERUSAHA BERBASIS RISIKO

        **NOMOR INDUK BERUSAHA: {nib}**

        Berdasarkan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja,
        Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB)
        kepada:

        | | |
        |---|---|
        | Nama Pelaku Usaha | {name.upper()} |
        | Alamat Kantor | Gedung Wahana, Jl. Medan Merdeka Selatan No. 9, Gambir, Kota Adm. Jakarta Pusat, DKI Jakarta 10110 |
        | Nomor Telepon | (021) 3500 7788 |
        | Email | korsek@wahanakompetensi.co.id |
        | NPWP | {npwp} |
        | Status Penanaman Modal | PMDN |
        | Skala Usaha | Usaha Besar |
        | KBLI | 63122, 63111, 85499 |

        NIB ini berlaku sebagai identitas berusaha dan bukti pemenuhan
        persyaratan pelaksanaan kegiatan berusaha.

        Dikeluarkan tanggal: 18 Agustus 2021

        *Dokumen ini diterbitkan oleh sistem OSS berdasarkan data dari Pelaku
        Usaha dan telah ditandatangani secara elektronik menggunakan
        sertifikat elektronik yang diterbitkan oleh BSrE-BSSN.*
        """)

    # ---- 05 coverage statement (plain text, number only)
    users = 1020455
    write_text(out / "05_Surat_Pernyataan_Cakupan_Nasional.txt", f"""
        KOP SURAT: {name.upper()}
        Gedung Wahana, Jl. Medan Merdeka Selatan No. 9, Jakarta 10110
        Telp. (021) 3500 7788 | {web}

        Nomor    : WKI/DIR/SP/0917/2021
        Lampiran : -
        Perihal  : Pernyataan Cakupan Layanan Nasional

        Kepada Yth.
        Direktur Eksekutif Manajemen Pelaksana Program Kartu Prakerja
        di Jakarta

        Dengan hormat,

        Yang bertanda tangan di bawah ini, {new_dirut}, Direktur Utama
        {name}, berdasarkan Keputusan Menteri BUMN Nomor SK-215/MBU/07/2021,
        dengan ini menyatakan bahwa layanan platform pelatihan digital
        Wahana Kompetensi berskala nasional. Sampai dengan tanggal 31
        Agustus 2021, platform telah memiliki {rupiah_int(users)} pengguna
        terdaftar yang berdomisili di 34 (tiga puluh empat) provinsi,
        yaitu seluruh provinsi di Indonesia.

        Rekapitulasi pengguna per provinsi dapat kami sampaikan apabila
        diperlukan dalam proses verifikasi.

        Demikian pernyataan ini kami buat dengan sebenar-benarnya.

                                              Jakarta, 17 September 2021
                                              {name}

                                              [meterai 10000 / 10000-2A1F8C3B]

                                              {new_dirut}
                                              Direktur Utama
        """)

    # ---- 06 system description (docx, Indonesian)
    write_docx(out / "06_Deskripsi_Sistem_Informasi.docx", [
        ("h", "Deskripsi Sistem Informasi dan Teknologi", 1),
        ("h", "Platform Pelatihan Digital Wahana Kompetensi", 2),
        ("h", "1. Arsitektur dan Infrastruktur", 2),
        "Platform dibangun dengan arsitektur berbasis layanan (service "
        "oriented architecture) dan dijalankan di atas infrastruktur "
        "komputasi awan privat milik Perseroan. Pusat Data Utama berada di "
        "Jakarta Timur (sertifikasi Tier III Uptime Institute), sedangkan "
        "Pusat Pemulihan Bencana (Disaster Recovery Center) berada di Kota "
        "Batam, Kepulauan Riau, dengan replikasi data sinkron.",
        ("h", "2. Keamanan Informasi", 2),
        "Perseroan telah memperoleh sertifikasi ISO/IEC 27001:2013 dan "
        "menerapkan enkripsi data saat transmisi (TLS 1.2) maupun saat "
        "disimpan (AES-256). Uji penetrasi (penetration test) dilakukan "
        "oleh pihak independen setiap semester, dan Security Operation "
        "Center beroperasi 24 jam.",
        ("h", "3. Ketersediaan dan Kapasitas", 2),
        "Tingkat ketersediaan layanan (SLA) 99,9% per bulan. Sistem mampu "
        "melayani hingga 150.000 pengguna bersamaan (concurrent users) "
        "dengan penskalaan otomatis.",
        ("h", "4. Integrasi", 2),
        "Platform menyediakan antarmuka pemrograman aplikasi (API) "
        "berbasis REST untuk lembaga pelatihan dan mitra. Sistem telah "
        "mendukung integrasi dengan sistem Kartu Prakerja sebagai metode "
        "pembayaran pelatihan, termasuk validasi peserta, pemotongan saldo "
        "pelatihan, dan pelaporan penyelesaian pelatihan ke Manajemen "
        "Pelaksana.",
        ("sig", ["Jakarta, 17 September 2021", name, "", "",
                 new_dirut, "Direktur Utama"]),
    ])

    # ---- 07 partner list (plain text table)
    partners = [
        ("BLK Komunitas Al-Hikmah", "Kab. Bogor", "SKKNI Teknisi Jaringan"),
        ("LPK Mandala Keterampilan", "Kota Depok", "SKKNI Operator Komputer"),
        ("LKP Dapur Rasa Bunda", "Kota Tangerang", "SKKNI Tata Boga"),
        ("PT Sinergi Talenta Indonesia", "Jakarta Selatan", "SKKNI Digital Marketing"),
        ("LPK Bahari Nusa Pelaut", "Kota Semarang", "SKKNI Kepelautan"),
        ("Lembaga Pelatihan Kerja Cahaya Mekanik", "Kota Medan", "SKKNI Otomotif"),
        ("LKP Busana Mutiara", "Kota Makassar", "SKKNI Garmen"),
        ("LPK Wira Logistik", "Kota Surabaya", "SKKNI Pergudangan"),
    ]
    width = max(len(p[0]) for p in partners)
    tbl = ["+----+-" + "-" * width + "-+-----------------+-------------------------+",
           "| No | " + "Nama Lembaga Pelatihan".ljust(width)
           + " | Lokasi          | Dasar Kompetensi        |",
           "+----+-" + "-" * width + "-+-----------------+-------------------------+"]
    for i, (n, loc, comp) in enumerate(partners, 1):
        tbl.append(f"| {i:>2} | {n.ljust(width)} | {loc.ljust(15)} | {comp.ljust(23)} |")
    tbl.append(tbl[0])
    write_text(out / "07_Daftar_Mitra_Lembaga_Pelatihan.txt",
               "DAFTAR LEMBAGA PELATIHAN MITRA\n"
               f"{name}\n\n"
               "Lembaga pelatihan berikut telah terikat perjanjian kerja sama dan\n"
               "memasarkan program pelatihan berbasis kompetensi (mengacu SKKNI)\n"
               "melalui platform Wahana Kompetensi:\n\n"
               + "\n".join(tbl) +
               "\n\nPlatform terbuka bagi lembaga pelatihan lain yang memenuhi\n"
               "persyaratan kurasi Perseroan.\n\n"
               f"Jakarta, 17 September 2021\n{new_dirut}\nDirektur Utama\n")

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "bumn",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0011234.AH.01.01.TAHUN 2018", "nib": nib,
        "npwp": "018872045073000",
        "province_count": 34, "registered_users": users,
        "portal_urls": [web],
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    register(
        bid,
        "BUMN PT (Persero) with PP + deed (approval embedded); signer appointed "
        "by a scanned Minister of SOE decree (NIP trap); coverage as a number "
        "only (34 provinces); business licence not_applicable under 3/2020.",
        facts,
        r11=crit("met", "met", "met", "met", "met", "met", "met"),
        r3=crit("met", "not_applicable", "met", "met", "met", "met", "met"),
        checks11=chk("met", "met", "met", "met"),
        notes=["provinces omitted (no list); province_count 34 is stated as a "
               "number.",
               "signatory_authorized met via the scanned SK-215/MBU/07/2021, "
               "not via the deed (which names the former Direktur Utama)."],
    )

# ==========================================================================
# Bundle 4: Yayasan (not_met legal entity), date in words only, table with
#           zero-user rows for Kepri and Papua Barat Daya
# ==========================================================================


def bundle_04():
    bid = "ha04-yayasan-cendekia-digital"
    out = bdir(bid)
    name = "Yayasan Cendekia Digital Mandiri"
    deed_no, deed_day = "5", d("2019-05-23")
    notary = "Ahmad Fauzi Harahap"
    ahu = "AHU-0009876.AH.01.04.Tahun 2019"
    nib = "9120008813452"
    npwp = "92.551.038.4-113.000"
    web = "https://cendekiadigital.or.id"
    ketua, ketua_nik = "Rahmat Hidayat Nasution", "1271031406780002"

    # ---- 01 deed (docx), date in words only
    write_docx(out / "01_Akta_Pendirian_Yayasan.docx", [
        ("c", "AKTA PENDIRIAN YAYASAN"),
        ("c", "YAYASAN CENDEKIA DIGITAL MANDIRI"),
        ("c", f"Nomor: {deed_no}"),
        f"Pada hari ini, {hari(deed_day)}, tanggal {tgl_words(deed_day)}, "
        "pukul sebelas lewat tiga puluh menit Waktu Indonesia Barat. ------",
        f"Menghadap kepada saya, {notary.upper()}, Sarjana Hukum, Notaris di "
        "Kota Medan, dengan dihadiri oleh saksi-saksi yang saya, Notaris, "
        "kenal dan akan disebutkan pada bagian akhir akta ini: -----------",
        "1. Tuan Haji ZULKARNAIN DAULAY, lahir di Padangsidimpuan, pada "
        "tanggal sembilan Januari seribu sembilan ratus lima puluh enam, "
        "Warga Negara Indonesia, Pensiunan Pegawai Negeri Sipil, bertempat "
        "tinggal di Kota Medan, Jalan Sei Batang Hari Nomor 40, pemegang "
        "Kartu Tanda Penduduk Nomor 1271010901560001; --------------------",
        f"2. Tuan {ketua.upper()}, lahir di Medan, pada tanggal empat belas "
        "Juni seribu sembilan ratus tujuh puluh delapan, Warga Negara "
        "Indonesia, Dosen, bertempat tinggal di Kota Medan, Jalan Dr. "
        "Mansyur Nomor 88, Kelurahan Padang Bulan Selayang I, Kecamatan "
        f"Medan Selayang, pemegang Kartu Tanda Penduduk Nomor {ketua_nik}; -",
        "3. Nyonya SITI AISYAH LUBIS, lahir di Binjai, pada tanggal dua "
        "puluh Maret seribu sembilan ratus delapan puluh tiga, Warga Negara "
        "Indonesia, Guru, bertempat tinggal di Kota Binjai, Jalan Sudirman "
        "Nomor 17, pemegang Kartu Tanda Penduduk Nomor 1275036003830004; --",
        "Para penghadap menerangkan bahwa mereka dengan ini mendirikan "
        "suatu yayasan dengan memisahkan kekayaan berupa uang tunai sebesar "
        "Rp 50.000.000,00 (lima puluh juta Rupiah) sebagai kekayaan awal "
        "yayasan, dengan Anggaran Dasar sebagai berikut: -----------------",
        ("c", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        f"1. Yayasan ini bernama {name}, selanjutnya dalam Anggaran Dasar "
        "ini cukup disingkat dengan \"Yayasan\", berkedudukan di Kota "
        "Medan. ----------------------------------------------------------",
        "2. Yayasan dapat membuka kantor cabang atau perwakilan di tempat "
        "lain di wilayah Negara Republik Indonesia berdasarkan keputusan "
        "Pengurus dengan persetujuan Pembina. ----------------------------",
        ("c", "MAKSUD DAN TUJUAN\nPasal 2"),
        "Yayasan mempunyai maksud dan tujuan di bidang sosial, kemanusiaan "
        "dan keagamaan. --------------------------------------------------",
        ("c", "KEGIATAN\nPasal 3"),
        "Untuk mencapai maksud dan tujuan tersebut, Yayasan menjalankan "
        "kegiatan di bidang sosial: menyelenggarakan pendidikan nonformal, "
        "pelatihan keterampilan kerja, serta layanan pembelajaran daring "
        "bagi masyarakat. ------------------------------------------------",
        ("c", "ORGAN YAYASAN\nPasal 6"),
        "Yayasan mempunyai organ yang terdiri dari Pembina, Pengurus dan "
        "Pengawas. -------------------------------------------------------",
        ("c", "PENGURUS\nPasal 14"),
        "1. Pengurus adalah organ Yayasan yang melaksanakan kepengurusan "
        "Yayasan, terdiri dari seorang Ketua, seorang Sekretaris dan "
        "seorang Bendahara. ----------------------------------------------",
        "2. Pengurus berhak mewakili Yayasan di dalam dan di luar "
        "Pengadilan tentang segala hal dan dalam segala kejadian; Ketua "
        "bersama-sama dengan salah seorang anggota Pengurus lainnya berhak "
        "dan berwenang bertindak untuk dan atas nama Pengurus serta "
        "mewakili Yayasan. -----------------------------------------------",
        ("c", "KETENTUAN PENUTUP"),
        "Menyimpang dari ketentuan Anggaran Dasar, untuk pertama kali telah "
        "diangkat susunan organ Yayasan sebagai berikut: -----------------",
        "Pembina : Tuan Haji ZULKARNAIN DAULAY;",
        f"Pengurus: Ketua : Tuan {ketua.upper()}; Sekretaris : Nyonya SITI "
        "AISYAH LUBIS; Bendahara : Tuan DARWIN SIMANJUNTAK;",
        "Pengawas : Nyonya ROSMAWATI SIREGAR.",
        "DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di "
        "Kota Medan, pada hari, tanggal dan jam sebagaimana tersebut pada "
        "bagian awal akta ini, dengan dihadiri oleh Nona Putri Ramadhani "
        "dan Tuan Ilyas Tanjung, keduanya karyawan kantor Notaris, sebagai "
        "saksi-saksi. ----------------------------------------------------",
        ("sig", ["Diberikan sebagai SALINAN yang sama bunyinya,",
                 "Notaris di Kota Medan,", "",
                 f"{notary.upper()}, Sarjana Hukum"]),
    ], header="Kantor Notaris Ahmad Fauzi Harahap, S.H. — Jl. Imam Bonjol No. 21, "
              "Medan — Telp. (061) 455 6677")

    # ---- 02 SK pengesahan yayasan (reportlab)
    rl_pdf(out / "02_SK_Pengesahan_Badan_Hukum_Yayasan.pdf", [
        ("c", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"),
        ("c", f"NOMOR {ahu.upper()}"),
        ("c", "TENTANG"),
        ("c", f"PENGESAHAN PENDIRIAN BADAN HUKUM YAYASAN {name.upper()}"),
        "Menimbang: a. bahwa berdasarkan permohonan Notaris AHMAD FAUZI "
        "HARAHAP sesuai salinan Akta Nomor 5 Tanggal 23 Mei 2019 yang "
        f"dibuat oleh Notaris AHMAD FAUZI HARAHAP, tentang pendirian {name.upper()}, "
        "Nomor Pendaftaran 5019052712345678 tanggal 27 Mei 2019 telah sesuai "
        "dengan persyaratan pengesahan badan hukum Yayasan;",
        "Mengingat: 1. Undang-Undang Nomor 16 Tahun 2001 tentang Yayasan "
        "sebagaimana telah diubah dengan Undang-Undang Nomor 28 Tahun 2004; "
        "2. Peraturan Pemerintah Nomor 63 Tahun 2008 tentang Pelaksanaan "
        "Undang-Undang tentang Yayasan;",
        ("c", "MEMUTUSKAN:"),
        f"Menetapkan: KESATU: Mengesahkan pendirian badan hukum {name.upper()}, "
        "berkedudukan di KOTA MEDAN, karena telah sesuai dengan data isian "
        "Format Pendirian yang disimpan di dalam Sistem Administrasi Badan "
        "Hukum. KEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ("sp", 8),
        ("sig", ["Ditetapkan di Jakarta, tanggal 27 Mei 2019",
                 "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA",
                 "REPUBLIK INDONESIA",
                 "DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM,", "",
                 "Dr. Ardiansyah Pranata, S.H., LL.M."]),
    ], title=ahu)

    # ---- 03 NIB (plain text)
    write_text(out / "03_NIB_Yayasan.txt", f"""
        NOMOR INDUK BERUSAHA : {nib}

        Nama             : {name.upper()}
        Bentuk           : Yayasan
        Alamat           : Jl. Dr. Mansyur No. 88, Padang Bulan Selayang I,
                           Medan Selayang, Kota Medan, Sumatera Utara 20122
        NPWP             : {npwp}
        Telepon          : 0812-6543-2109
        KBLI             : 85499 Pendidikan Lainnya Swasta
                           63122 Portal Web dan/atau Platform Digital dengan
                           Tujuan Komersial
        Tanggal terbit   : 11/03/2020

        Diterbitkan oleh Lembaga Pengelola dan Penyelenggara OSS
        """)

    # ---- 04 coverage (docx table with zero rows)
    rows = [
        ("Aceh", 812), ("Sumut", 14950), ("Sumbar", 2210), ("Riau", 1904),
        ("Kepri", 0), ("Jambi", 733), ("Sumsel", 1288), ("Bengkulu", 402),
        ("Lampung", 955), ("DKI Jakarta", 3120), ("Jabar", 4410),
        ("Banten", 1007), ("Jateng", 2876), ("DIY", 1150), ("Jatim", 3301),
        ("Bali", 540), ("NTB", 388), ("Kalbar", 610), ("Kalsel", 475),
        ("Kaltim", 698), ("Kaltara", 121), ("Sulut", 336),
        ("Gorontalo", 97), ("Sulsel", 1420), ("Sultra", 260),
        ("Maluku", 144), ("Malut", 88), ("Papua", 203),
        ("Papua Barat Daya", 0), ("Papua Pegunungan", 0),
    ]
    provs = provinces_with_users(rows)
    assert len(provs) == 27, len(provs)
    total = sum(u for _, u in rows)
    write_docx(out / "04_Surat_Pernyataan_Cakupan_Nasional.docx", [
        ("c", "SURAT PERNYATAAN\nCAKUPAN LAYANAN BERSKALA NASIONAL"),
        "Yang bertanda tangan di bawah ini:",
        f"Nama\t\t: {ketua}",
        "Jabatan\t\t: Ketua Pengurus",
        f"Lembaga\t\t: {name}",
        "Alamat\t\t: Jl. Dr. Mansyur No. 88, Kota Medan, Sumatera Utara",
        "Telepon\t\t: 0812-6543-2109",
        "menyatakan bahwa platform pembelajaran Cendekia Digital "
        f"({web}) melayani peserta pelatihan berskala nasional, dengan "
        "sebaran pengguna terdaftar per provinsi per 31 Oktober 2023 "
        "sebagai berikut:",
        ("table", ["No", "Provinsi", "Pengguna"],
         [(i + 1, n, rupiah_int(u)) for i, (n, u) in enumerate(rows)]
         + [("", "Total", rupiah_int(total))]),
        "Demikian pernyataan ini dibuat dengan sebenarnya.",
        ("sig", ["Medan, 14 November 2023", name, "[meterai 10000]", "",
                 ketua, "Ketua Pengurus"]),
    ])

    # ---- 05 system description (plain text, Indonesian)
    write_text(out / "05_Deskripsi_Sistem.txt", f"""
        DESKRIPSI SISTEM TEKNOLOGI INFORMASI
        Platform Cendekia Digital ({web})

        A. Infrastruktur
           Aplikasi web berbasis Laravel dan aplikasi Android, dijalankan pada
           layanan komputasi awan (cloud) region Jakarta dengan arsitektur
           tiga lapis (web, aplikasi, basis data) dan load balancer.

        B. Keamanan
           Seluruh koneksi menggunakan HTTPS (TLS 1.2). Kata sandi disimpan
           dengan hash bcrypt, data pribadi peserta dienkripsi, dan uji
           penetrasi dilakukan oleh konsultan keamanan independen setiap
           tahun (terakhir Agustus 2023).

        C. Ketersediaan dan Kapasitas
           Target ketersediaan 99,5% per bulan; pencadangan data harian;
           kapasitas teruji 20.000 pengguna bersamaan.

        D. Integrasi
           Tersedia REST API bagi lembaga pelatihan mitra untuk mengunggah
           kelas dan jadwal. Sistem pembayaran platform telah terintegrasi
           dengan sistem Kartu Prakerja sehingga peserta dapat membayar
           pelatihan menggunakan saldo Kartu Prakerja.

        Medan, 14 November 2023
        {ketua}
        Ketua Pengurus
        """)

    # ---- 06 partners (Markdown prose)
    partners = ["LPK Tunas Karya Deli", "LKP Komputer Bina Insani",
                "Lembaga Pelatihan Kerja Pariwisata Danau Toba"]
    write_text(out / "06_Mitra_Lembaga_Pelatihan.md", f"""
        ## Lembaga Pelatihan Mitra

        Platform Cendekia Digital merupakan pasar daring (marketplace) yang
        terbuka bagi lembaga pelatihan. Hingga November 2023 terdapat tiga
        lembaga pelatihan mitra yang menawarkan kelasnya di platform:

        1. {partners[0]} — pelatihan pengelasan dan fabrikasi logam;
        2. {partners[1]} — pelatihan operator komputer dan administrasi
           perkantoran;
        3. {partners[2]} — pelatihan pemandu wisata dan tata graha.

        Seluruh program mitra merupakan pelatihan berbasis kompetensi dan
        ditutup dengan uji kompetensi kerja.
        """)

    facts = {
        "company_name": name, "entity_form": "YAYASAN", "ownership": "private",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0009876.AH.01.04.TAHUN 2019", "nib": nib,
        "npwp": "925510384113000", "provinces": provs,
        "province_count": len(provs), "registered_users": total,
        "portal_urls": [web],
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    register(
        bid,
        "Yayasan applicant: legal_entity not_met under both rulesets; deed date "
        "in words only; table with 0-user rows (Kepri, Papua Barat Daya, Papua "
        "Pegunungan) next to Riau and Papua.",
        facts,
        r11=crit("not_met", "met", "met", "met", "met", "met", "met"),
        r3=crit("not_met", "met", "met", "met", "met", "met", "met"),
        checks11=chk("met", "met", "met", "met"),
        notes=["business_license met: a yayasan is a private operator and "
               "shows an NIB (the criterion applies to private operators).",
               "signatory_authorized met: the signer is the Ketua Pengurus "
               "named in the deed (the yayasan's management organ, its "
               "equivalent of a director). Soft call."],
    )

# ==========================================================================
# Bundle 5: PT in Kota Bandung, Jawa Barat; coverage only "seluruh
#           Indonesia"; 16-digit NPWP; payment integration not spoken to;
#           no partner list (incomplete)
# ==========================================================================


def bundle_05():
    bid = "ha05-sinar-ilmu-parahyangan"
    out = bdir(bid)
    name = "PT Sinar Ilmu Parahyangan"
    deed_no, deed_day = "19", d("2020-03-02")
    notary = "Dewi Sartika Rahayu"
    ahu = "AHU-0019283.AH.01.01.Tahun 2020"
    nib = "0220003517864"
    npwp16 = "0812445670423000"
    web = "https://sinarilmu.id"
    play = "https://play.google.com/store/apps/details?id=id.sinarilmu.app"
    dirut, dirut_nik = "Dimas Arya Kusumah", "3273011707870003"
    dir2, dir2_nik = "Ratih Purnamasari", "3273025912890001"

    # ---- 01 deed (fpdf2, 2+ pages)
    blocks = [
        ("c", "AKTA PENDIRIAN PERSEROAN TERBATAS\nPT SINAR ILMU PARAHYANGAN"),
        ("c", f"NOMOR : {deed_no}"),
        f"Pada hari ini, {hari(deed_day)}, tanggal {tgl_dash(deed_day)} "
        f"({tgl_words(deed_day)}), pukul 09.30 WIB. ----------------------",
        f"Berhadapan dengan saya, {notary.upper()}, S.H., M.Kn., Notaris di "
        "Kota Bandung, dengan dihadiri oleh saksi-saksi yang saya, Notaris, "
        "kenal dan akan disebutkan pada bagian akhir akta ini: -----------",
        f"1. Tuan {dirut.upper()}, lahir di Bandung, pada tanggal 17-07-1987 "
        "(tujuh belas Juli seribu sembilan ratus delapan puluh tujuh), Warga "
        "Negara Indonesia, Wiraswasta, bertempat tinggal di Kota Bandung, "
        "Jalan Ir. H. Juanda Nomor 201, Rukun Tetangga 003, Rukun Warga 007, "
        "Kelurahan Dago, Kecamatan Coblong, Provinsi Jawa Barat, pemegang "
        f"Kartu Tanda Penduduk Nomor Induk Kependudukan {dirut_nik}; -----",
        f"2. Nona {dir2.upper()}, lahir di Cimahi, pada tanggal 19-12-1989 "
        "(sembilan belas Desember seribu sembilan ratus delapan puluh "
        "sembilan), Warga Negara Indonesia, Karyawan Swasta, bertempat "
        "tinggal di Kota Bandung, Jalan Sukajadi Nomor 45, pemegang Kartu "
        f"Tanda Penduduk Nomor Induk Kependudukan {dir2_nik}; -------------",
        "3. Tuan ASEP SUNANDAR, lahir di Garut, pada tanggal 02-02-1970, "
        "Warga Negara Indonesia, Pengusaha, bertempat tinggal di Kabupaten "
        "Bandung Barat, Jalan Raya Lembang Nomor 12, pemegang Kartu Tanda "
        "Penduduk Nomor Induk Kependudukan 3217080202700006; --------------",
        "Para penghadap telah dikenal oleh saya, Notaris. Para penghadap "
        "dengan ini menerangkan telah sepakat untuk mendirikan suatu "
        "Perseroan Terbatas dengan Anggaran Dasar sebagai berikut: -------",
        ("c", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        f"1. Perseroan Terbatas ini bernama {name} (selanjutnya cukup "
        "disingkat \"Perseroan\"), berkedudukan di Kota Bandung. ---------",
        "2. Perseroan dapat membuka kantor cabang atau perwakilan di tempat "
        "lain, baik di dalam maupun di luar wilayah Republik Indonesia. --",
        ("c", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3"),
        "1. Maksud dan tujuan Perseroan ialah berusaha di bidang informasi "
        "dan komunikasi. -------------------------------------------------",
        "2. Untuk mencapai maksud dan tujuan tersebut, Perseroan dapat "
        "melaksanakan kegiatan usaha: Portal Web dan/atau Platform Digital "
        "Dengan Tujuan Komersial (63122); Aktivitas Pemrograman Komputer "
        "Lainnya (62019); Aktivitas Pengolahan Data (63111). -------------",
        ("c", "MODAL\nPasal 4"),
        "1. Modal dasar Perseroan berjumlah Rp 5.000.000.000,00 (lima miliar "
        "Rupiah), terbagi atas 5.000 (lima ribu) saham, masing-masing "
        "saham bernilai nominal Rp 1.000.000,00 (satu juta Rupiah). ------",
        "2. Dari modal dasar tersebut telah ditempatkan dan disetor 50% "
        "(lima puluh persen) atau sejumlah 2.500 (dua ribu lima ratus) "
        "saham dengan nilai nominal seluruhnya sebesar Rp 2.500.000.000,00 "
        "(dua miliar lima ratus juta Rupiah). ----------------------------",
        ("c", "DIREKSI\nPasal 11"),
        "Direksi terdiri dari 1 (satu) orang Direktur Utama dan 1 (satu) "
        "orang Direktur atau lebih. Direktur Utama berhak dan berwenang "
        "bertindak untuk dan atas nama Direksi serta mewakili Perseroan. -",
        ("c", "PENUTUP"),
        "Akhirnya para penghadap menerangkan bahwa untuk pertama kalinya "
        "telah diangkat sebagai: -----------------------------------------",
        f"Direktur Utama : Tuan {dirut.upper()};\n"
        f"Direktur : Nona {dir2.upper()};\n"
        "Komisaris : Tuan ASEP SUNANDAR.",
        "Dari modal yang telah ditempatkan tersebut telah diambil bagian "
        f"oleh: Tuan {dirut.upper()} sebanyak 1.500 saham; Nona "
        f"{dir2.upper()} sebanyak 500 saham; Tuan ASEP SUNANDAR sebanyak "
        "500 saham. ------------------------------------------------------",
        "DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di "
        "Kota Bandung pada hari, tanggal dan jam tersebut dalam kepala akta "
        "ini, dengan dihadiri oleh Nyonya Lina Herlina dan Tuan Ujang "
        "Suherman, keduanya pegawai kantor Notaris, sebagai saksi-saksi. --",
        ("sig", ["Diberikan sebagai salinan yang sama bunyinya.",
                 "Notaris di Kota Bandung,", "[cap]",
                 f"{notary.upper()}, S.H., M.Kn."]),
    ]
    fpdf_pdf(out / "01_Akta_Pendirian.pdf", blocks,
             header="Notaris Dewi Sartika Rahayu, S.H., M.Kn. · Jl. Riau No. 55, "
                    "Kota Bandung · Telp. (022) 420 1188",
             title="Akta Pendirian PT Sinar Ilmu Parahyangan", size=11)

    # ---- 02 AHU (reportlab); the deed date is given as 02-03-2020 here
    rl_pdf(out / "02_Pengesahan_Badan_Hukum.pdf", [
        ("c", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"),
        # double space on purpose: the normalized value has single spaces
        ("c", "NOMOR AHU-0019283.AH.01.01.Tahun  2020"),
        ("c", "TENTANG PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS "
              "PT SINAR ILMU PARAHYANGAN"),
        "Menimbang: a. bahwa berdasarkan permohonan Notaris DEWI SARTIKA "
        "RAHAYU, S.H., M.Kn. sesuai salinan Akta Nomor 19 Tanggal "
        "02-03-2020 tentang Pendirian PT SINAR ILMU PARAHYANGAN, Nomor "
        "Pendaftaran 4020030331990521 tanggal 03 Maret 2020, telah sesuai "
        "dengan persyaratan pengesahan badan hukum Perseroan;",
        "MEMUTUSKAN: KESATU: Mengesahkan pendirian badan hukum PT SINAR "
        "ILMU PARAHYANGAN, berkedudukan di KOTA BANDUNG. KEDUA: Keputusan "
        "ini mulai berlaku pada tanggal ditetapkan.",
        ("sig", ["Ditetapkan di Jakarta, tanggal 03 Maret 2020",
                 "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA",
                 "DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM"]),
    ], title=ahu, body=RL_SANS)

    # ---- 03 NIB 2024 with 16-digit NPWP
    write_text(out / "03_NIB_OSS_2024.txt", f"""
        PERIZINAN BERUSAHA BERBASIS RISIKO
        NOMOR INDUK BERUSAHA: {nib}

        Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan
        Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja
        menjadi Undang-Undang, Pemerintah Republik Indonesia menerbitkan NIB
        kepada:

        1. Nama Pelaku Usaha      : PT SINAR ILMU PARAHYANGAN
        2. Alamat Kantor          : Jl. Ir. H. Juanda No. 201, Dago, Coblong,
                                    Kota Bandung, Provinsi Jawa Barat 40135
        3. Nomor Telepon          : +62 22 2500 917
        4. NPWP                   : {npwp16}
        5. Status Penanaman Modal : PMDN
        6. KBLI                   : 63122, 62019, 63111

        Diterbitkan tanggal 14/05/2024 (perubahan ke-2).
        """)

    # ---- 04 coverage statement (Markdown): national claim, no numbers
    write_text(out / "04_Surat_Pernyataan_Cakupan.md", f"""
        **{name.upper()}**
        Jl. Ir. H. Juanda No. 201, Kota Bandung, Jawa Barat 40135 · NPWP {npwp16}

        # SURAT PERNYATAAN CAKUPAN LAYANAN

        Yang bertanda tangan di bawah ini:

        - Nama: {dirut}
        - Jabatan: Direktur Utama
        - Mewakili: {name}

        menyatakan bahwa layanan platform pelatihan daring Sinar Ilmu
        ({web}, juga tersedia di Google Play: {play}) telah digunakan oleh
        peserta di seluruh Indonesia, dari Sabang sampai Merauke, sehingga
        cakupan layanan kami berskala nasional.

        Demikian pernyataan ini kami buat dengan sebenar-benarnya.

        Bandung, 14/05/2024

        *(meterai 10000, tanda tangan dan cap perusahaan)*

        **{dirut}**
        Direktur Utama
        """)

    # ---- 05 system overview (docx, English): 3 of 4 aspects, no payment
    write_docx(out / "05_System_Overview_SinarIlmu.docx", [
        ("h", "Sinar Ilmu — Technology Overview", 1),
        "Sinar Ilmu is an open marketplace for online training: any "
        "registered training provider can open a storefront, publish its "
        "courses and sell them to learners on the platform.",
        ("h", "Infrastructure", 2),
        "The platform runs on a managed public cloud (Jakarta region, three "
        "availability zones) with containerised services, a managed MySQL "
        "cluster and object storage for course media.",
        ("h", "Security", 2),
        "TLS everywhere, a web application firewall, encrypted storage, "
        "two-factor authentication for provider accounts and an annual "
        "third-party penetration test.",
        ("h", "Availability", 2),
        "Target availability 99.5 % per month, automated backups every six "
        "hours, auto-scaling for traffic peaks of up to 25,000 concurrent "
        "learners.",
        ("sig", ["Bandung, 14 May 2024", "", dirut, "CEO"]),
    ], font="Arial")

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "private",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0019283.AH.01.01.TAHUN 2020", "nib": nib,
        "npwp": npwp16,
        "portal_urls": sorted([web, play]),
    }
    register(
        bid,
        "PT domiciled in Kota Bandung, Jawa Barat with coverage only 'seluruh "
        "Indonesia' (no numbers), 16-digit NPWP, NIB with leading zero, "
        "payment not spoken to, no partner list.",
        facts,
        r11=crit("met", "met", "needs_review", "needs_review", "met",
                 "missing", "met"),
        r3=crit("met", "met", "met", "met", "met", "missing", "met"),
        checks11=chk("not_met", "met", "met", "met"),
        notes=["No province is a fact: 'Jawa Barat' appears only in addresses.",
               "it_system: infrastructure, security, availability (3 of 4) "
               "-> met under 3/2020; payment integration not spoken to -> "
               "needs_review under 11/2020.",
               "open_marketplace met on the explicit open-marketplace sentence "
               "in the system overview; training_partners missing (no partner "
               "named, no document).",
               "bundle_complete not_met: no training-partner document."],
    )

# ==========================================================================
# Bundle 6: PT in Yogyakarta, 18 provinces listed (no national claim),
#           only own courses, statement signed by a non-director shareholder
# ==========================================================================


def bundle_06():
    bid = "ha06-gerbang-ilmu-teknologi"
    out = bdir(bid)
    name = "PT Gerbang Ilmu Teknologi"
    deed_no, deed_day = "41", d("2020-04-14")
    notary = "Bernadeta Wulan Prameswari"
    ahu = "AHU-0024517.AH.01.01.Tahun 2020"
    nib = "1306230045192"
    npwp = "41.226.903.1-541.000"
    web = "https://gerbangilmu.id"
    dirut, dir2, yudha = "Galih Santoso", "Anindya Kirana", "Yudha Prasetya"

    # ---- 01 deed + approval (docx)
    write_docx(out / "01_Akta_Pendirian_dan_SK_Kemenkumham.docx", [
        ("c", "AKTA PENDIRIAN"),
        ("c", "PERSEROAN TERBATAS PT GERBANG ILMU TEKNOLOGI"),
        ("c", f"No. {deed_no}"),
        f"Pada hari ini, {hari(deed_day)}, tanggal 14 April 2020 (empat "
        "belas April dua ribu dua puluh), pukul 10.15 WIB. ---------------",
        f"Menghadap kepada saya, {notary.upper()}, Sarjana Hukum, Magister "
        "Kenotariatan, Notaris di Kabupaten Sleman, dengan wilayah jabatan "
        "Daerah Istimewa Yogyakarta, dengan dihadiri oleh saksi-saksi yang "
        "akan disebut pada akhir akta ini: -------------------------------",
        f"1. Tuan {dirut.upper()}, lahir di Klaten, tanggal 05-05-1986, "
        "Warga Negara Indonesia, Wiraswasta, bertempat tinggal di Kota "
        "Yogyakarta, Jalan Kaliurang Kilometer 5 Nomor 23, pemegang Kartu "
        "Tanda Penduduk Nomor 3471050505860001; ---------------------------",
        f"2. Nyonya {dir2.upper()}, lahir di Yogyakarta, tanggal 21-10-1991, "
        "Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal di "
        "Kabupaten Sleman, Perumahan Griya Taman Asri Blok C-7, pemegang "
        "Kartu Tanda Penduduk Nomor 3404016110910003; ---------------------",
        f"3. Tuan {yudha.upper()}, lahir di Magelang, tanggal 30-01-1990, "
        "Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal di "
        "Kabupaten Bantul, Jalan Parangtritis Kilometer 7, pemegang Kartu "
        "Tanda Penduduk Nomor 3402013001900002; ---------------------------",
        "4. Tuan BUDI HARTONO, lahir di Solo, tanggal 12-12-1962, Warga "
        "Negara Indonesia, Pengusaha, bertempat tinggal di Kota Surakarta, "
        "Jalan Slamet Riyadi Nomor 300, pemegang Kartu Tanda Penduduk Nomor "
        "3372011212620004. -----------------------------------------------",
        "Para penghadap menerangkan dengan ini mendirikan sebuah perseroan "
        "terbatas dengan anggaran dasar sebagai berikut: -----------------",
        ("c", "Pasal 1 — Nama dan Tempat Kedudukan"),
        f"Perseroan Terbatas ini bernama {name}, selanjutnya disebut "
        "\"Perseroan\", berkedudukan di Kota Yogyakarta. Perseroan dapat "
        "membuka kantor cabang atau kantor perwakilan di tempat lain, baik "
        "di dalam maupun di luar wilayah Republik Indonesia. -------------",
        ("c", "Pasal 3 — Maksud dan Tujuan serta Kegiatan Usaha"),
        "Maksud dan tujuan Perseroan ialah berusaha dalam bidang pendidikan "
        "dan teknologi informasi, dengan kegiatan usaha: Pendidikan Lainnya "
        "Swasta (KBLI 85499); Portal Web dan/atau Platform Digital Dengan "
        "Tujuan Komersial (KBLI 63122); Penerbitan Piranti Lunak (KBLI "
        "58200). ---------------------------------------------------------",
        ("c", "Pasal 4 — Modal"),
        "Modal dasar Perseroan berjumlah Rp 1.000.000.000,00 (satu miliar "
        "Rupiah) terbagi atas 1.000 (seribu) saham, masing-masing bernilai "
        "nominal Rp 1.000.000,00. Dari modal dasar tersebut telah "
        "ditempatkan dan disetor sebanyak 400 (empat ratus) saham dengan "
        "nilai nominal seluruhnya Rp 400.000.000,00, yang diambil bagian "
        f"oleh: Tuan {dirut.upper()} 160 saham; Nyonya {dir2.upper()} 100 "
        f"saham; Tuan {yudha.upper()} 60 saham; Tuan BUDI HARTONO 80 "
        "saham. ----------------------------------------------------------",
        ("c", "Pasal 10 — Direksi"),
        "Direksi terdiri dari seorang Direktur Utama dan seorang Direktur. "
        "Direktur Utama berhak mewakili Perseroan di dalam dan di luar "
        "Pengadilan. -----------------------------------------------------",
        ("c", "Ketentuan Penutup"),
        "Untuk pertama kalinya diangkat sebagai anggota Direksi dan Dewan "
        "Komisaris Perseroan: --------------------------------------------",
        f"Direktur Utama : Tuan {dirut.upper()}",
        f"Direktur : Nyonya {dir2.upper()}",
        "Komisaris : Tuan BUDI HARTONO",
        "Demikianlah akta ini dibuat dan dilangsungkan di Kabupaten Sleman "
        "pada hari dan tanggal tersebut di atas, dengan dihadiri oleh Nona "
        "Maria Ulfah dan Tuan Heru Wibowo sebagai saksi-saksi. ------------",
        ("sig", ["Salinan sesuai aslinya,", "Notaris di Kabupaten Sleman,",
                 "", f"{notary}, S.H., M.Kn."]),
        ("pb",),
        ("c", "LAMPIRAN"),
        ("c", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK "
              f"INDONESIA NOMOR {ahu.upper()}"),
        ("c", "TENTANG PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS "
              "PT GERBANG ILMU TEKNOLOGI"),
        "KESATU: Mengesahkan pendirian badan hukum PT GERBANG ILMU "
        "TEKNOLOGI, berkedudukan di KOTA YOGYAKARTA, berdasarkan salinan "
        "Akta Nomor 41 Tanggal 14 April 2020 yang dibuat oleh Notaris "
        "BERNADETA WULAN PRAMESWARI, S.H., M.Kn. KEDUA: Keputusan ini "
        "mulai berlaku pada tanggal ditetapkan.",
        "Ditetapkan di Jakarta, tanggal 15 April 2020.",
    ], header="Notaris & PPAT Bernadeta Wulan Prameswari, S.H., M.Kn. — "
              "Jl. Magelang Km 6, Sleman — (0274) 861 234")

    # ---- 02 NIB (reportlab) - licence validity sentence is not coverage
    rl_pdf(out / "02_NIB_Perizinan_Berusaha.pdf", [
        ("c", "PERIZINAN BERUSAHA BERBASIS RISIKO"),
        ("c", f"NOMOR INDUK BERUSAHA: {nib}"),
        "Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja, "
        "Pemerintah Republik Indonesia menerbitkan NIB kepada:",
        ("table", ["", ""], [
            ("Nama Pelaku Usaha", name.upper()),
            ("Alamat Kantor", "Jl. Kaliurang Km 5 No. 23, Caturtunggal, Depok, "
                              "Kab. Sleman, DI Yogyakarta 55281"),
            ("NPWP", npwp),
            ("Nomor Telepon", "0274-889-1020"),
            ("Status Penanaman Modal", "PMDN"),
            ("KBLI", "85499, 63122, 58200"),
        ], [5 * cm, 10.5 * cm]),
        "NIB ini berlaku di seluruh wilayah Republik Indonesia selama "
        "menjalankan kegiatan usaha dan berlaku sebagai hak akses "
        "kepabeanan, pendaftaran kepesertaan jaminan sosial kesehatan dan "
        "jaminan sosial ketenagakerjaan.",
        ("sig", ["Diterbitkan di Jakarta, tanggal: 23 Juni 2023",
                 "Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal",
                 "(ditandatangani secara elektronik)"]),
    ], title="NIB", body=RL_SANS)

    # ---- 03 coverage statement (plain text), signed by a non-director
    listed = ["Aceh", "Sumatera Utara", "Kepulauan Riau", "Sumatera Selatan",
              "Bengkulu", "Lampung", "Banten", "Jawa Barat", "Jawa Tengah",
              "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
              "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Selatan",
              "Maluku", "Papua Barat Daya"]
    provs = sorted(canon(p) for p in listed)
    assert len(set(provs)) == 18
    users = 86420
    numbered = "\n".join(f"          {i:>2}. {p}" for i, p in enumerate(listed, 1))
    write_text(out / "03_Surat_Pernyataan_Cakupan_Layanan.txt", f"""
        {name.upper()}
        Kantor Pusat : Jl. Kaliurang Km 5 No. 23, Sleman, D.I. Yogyakarta
        Kantor Perwakilan : Jl. Tebet Raya No. 5, Jakarta Selatan
        Telp. 0274-889-1020 / WA 0813-2877-4410 | {web}

                     SURAT PERNYATAAN CAKUPAN LAYANAN
                         No. 027/GIT/VIII/2023

        Saya yang bertanda tangan di bawah ini:
          Nama      : {yudha}
          Jabatan   : Kepala Divisi Operasional
          Perusahaan: {name}

        menyatakan bahwa per 31 Juli 2023 platform Gerbang Ilmu ({web})
        memiliki {rupiah_int(users)} pengguna terdaftar yang berasal dari 18
        (delapan belas) provinsi berikut:
{numbered}

        Pada tahun 2024 Perseroan berencana memperluas layanan ke Kalimantan
        dan membuka kelas tatap muka di kantor perwakilan Jakarta.

        Demikian surat pernyataan ini dibuat untuk dipergunakan sebagaimana
        mestinya.

                                          Sleman, 10 Agustus 2023
                                          [meterai 10000]

                                          {yudha}
                                          Kepala Divisi Operasional
        """)

    # ---- 04 system description (Markdown, Indonesian): 2 aspects only
    write_text(out / "04_Deskripsi_Sistem_Gerbang_Ilmu.md", f"""
        # Deskripsi Sistem Platform Gerbang Ilmu

        ## Infrastruktur
        Aplikasi web Gerbang Ilmu ({web}) dibangun dengan framework Django dan
        dijalankan pada dua server virtual (VPS) yang disewa dari penyedia
        hosting lokal dengan lokasi server di Jakarta. Basis data PostgreSQL
        berada di server yang sama dengan aplikasi.

        ## Keamanan
        Situs menggunakan sertifikat SSL (HTTPS) dan kata sandi pengguna
        disimpan dalam bentuk hash. Akses ke server dibatasi dengan kunci SSH.

        Sleman, 10 Agustus 2023
        {dirut}
        Direktur Utama
        """)

    # ---- 05 partnership statement: no external partners, own courses only
    write_text(out / "05_Pernyataan_Kemitraan_Lembaga_Pelatihan.txt", f"""
        SURAT PERNYATAAN KEMITRAAN LEMBAGA PELATIHAN

        Yang bertanda tangan di bawah ini, {dirut}, Direktur Utama
        {name}, menyatakan bahwa:

        1. Seluruh kelas yang tersedia di platform Gerbang Ilmu disusun,
           diproduksi dan diajarkan oleh tim pengajar internal Perseroan.
        2. Sampai dengan tanggal surat ini, Perseroan tidak bermitra dengan
           lembaga pelatihan lain dan tidak menerima kelas dari lembaga
           pelatihan pihak ketiga.
        3. Perseroan terdaftar sebagai lembaga kursus dan pelatihan pada Dinas
           Pendidikan setempat.

        Sleman, 10 Agustus 2023

        {dirut}
        Direktur Utama
        """)

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "private",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0024517.AH.01.01.TAHUN 2020", "nib": nib,
        "npwp": "412269031541000", "provinces": provs,
        "province_count": len(provs), "registered_users": users,
        "portal_urls": [web],
        "training_partner_count": 0,
    }
    register(
        bid,
        "PT with an 18-province list and no national claim (Kepri without "
        "Riau, Papua Barat Daya without Papua, 'Kalimantan' and Jakarta "
        "office as traps), own courses only, coverage signed by a "
        "non-director shareholder.",
        facts,
        r11=crit("met", "met", "not_met", "needs_review", "met", "not_met",
                 "not_met"),
        r3=crit("met", "met", "needs_review", "needs_review", "met", "not_met",
                "not_met"),
        checks11=chk("met", "met", "not_met", "met"),
        notes=["The NIB sentence 'berlaku di seluruh wilayah Republik "
               "Indonesia' is licence validity, not a national coverage "
               "claim.",
               "it_system: only infrastructure and security (2 aspects) -> "
               "needs_review in both rulesets.",
               "training_partners not_met on the explicit statement that the "
               "company has no partner training institutions; "
               "training_partner_count 0.",
               "signatory_authorized not_met: Yudha Prasetya is a founding "
               "shareholder in the deed but not a director."],
    )

# ==========================================================================
# Bundle 7: PT in Makassar; payment integration explicitly denied; fpdf2
#           table of 28 provinces; scanned NIB (PNG); NIB typo in a letterhead
# ==========================================================================


def bundle_07():
    bid = "ha07-lentera-karya-edukasi"
    out = bdir(bid)
    name = "PT Lentera Karya Edukasi"
    deed_no, deed_day = "9", d("2018-10-09")
    notary = "Sri Wahyuni Latief"
    ahu = "AHU-0047733.AH.01.01.Tahun 2018"
    nib, nib_typo = "8120215340987", "8120215340978"
    npwp = "86.312.450.9-805.000"
    web = "https://lenterakarya.id"
    dirut, dirut_nik = "Andi Nurhaeni Pawelloi", "7371114503750001"
    rizal, rizal_nik = "Muhammad Rizal Syamsuddin", "7371092208880004"

    # ---- 01 deed (plain text with line filling)
    W = 80
    deed = [
        "SALINAN".center(W), "",
        "AKTA PENDIRIAN".center(W),
        "PERSEROAN TERBATAS".center(W),
        "\"PT LENTERA KARYA EDUKASI\"".center(W),
        f"Nomor : {deed_no}".center(W), "",
        dashes(f"Pada hari ini, {hari(deed_day)}, tanggal 9 (sembilan) "
               "Oktober 2018 (dua ribu delapan belas), pukul 11.00 WITA "
               "(sebelas Waktu Indonesia Tengah).", W),
        dashes(f"Menghadap kepada saya, Hajjah {notary.upper()}, Sarjana "
               "Hukum, Magister Kenotariatan, Notaris di Kota Makassar, "
               "dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal "
               "dan akan disebut namanya pada akhir akta ini:", W),
        dashes(f"1. Nyonya Hajjah {dirut.upper()}, Sarjana Ekonomi, lahir "
               "di Watampone, pada tanggal 05-03-1975, Warga Negara "
               "Indonesia, Wiraswasta, bertempat tinggal di Kota Makassar, "
               "Jalan Boulevard Panakkukang Blok A2 Nomor 9, Rukun Tetangga "
               "002, Rukun Warga 005, Kelurahan Masale, Kecamatan "
               "Panakkukang, pemegang Kartu Tanda Penduduk Nomor Induk "
               f"Kependudukan {dirut_nik};", W),
        dashes(f"2. Tuan {rizal.upper()}, Sarjana Komputer, lahir di "
               "Parepare, pada tanggal 22-08-1988, Warga Negara Indonesia, "
               "Karyawan Swasta, bertempat tinggal di Kota Makassar, Jalan "
               "Hertasning Baru Nomor 77, pemegang Kartu Tanda Penduduk "
               f"Nomor Induk Kependudukan {rizal_nik};", W),
        dashes("3. Tuan ANDI BAU MAHMUD, lahir di Sengkang, pada tanggal "
               "11-11-1960, Warga Negara Indonesia, Pensiunan, bertempat "
               "tinggal di Kabupaten Gowa, Jalan Poros Malino Nomor 3, "
               "pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan "
               "7306011111600002.", W),
        dashes("Para penghadap dengan ini menerangkan telah sepakat untuk "
               "mendirikan suatu Perseroan Terbatas dengan anggaran dasar "
               "sebagai berikut:", W),
        "Pasal 1".center(W),
        "NAMA DAN TEMPAT KEDUDUKAN".center(W),
        dashes(f"1. Perseroan Terbatas ini bernama {name}, selanjutnya "
               "disebut \"Perseroan\", berkedudukan di Kota Makassar.", W),
        "Pasal 3".center(W),
        "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA".center(W),
        dashes("Maksud dan tujuan Perseroan ialah berusaha dalam bidang "
               "informasi dan komunikasi serta jasa pendidikan. Untuk "
               "mencapai maksud dan tujuan tersebut Perseroan dapat "
               "melaksanakan kegiatan usaha: Portal Web dan/atau Platform "
               "Digital Dengan Tujuan Komersial (KBLI 63122); Pendidikan "
               "Lainnya Swasta (KBLI 85499).", W),
        "Pasal 4".center(W),
        "MODAL".center(W),
        dashes("Modal dasar Perseroan berjumlah Rp 4.000.000.000,00 (empat "
               "miliar Rupiah) terbagi atas 4.000 (empat ribu) saham, "
               "masing-masing saham bernilai nominal Rp 1.000.000,00 (satu "
               "juta Rupiah); dari modal dasar tersebut telah ditempatkan "
               "dan disetor 1.000 (seribu) saham atau sebesar Rp "
               "1.000.000.000,00 (satu miliar Rupiah).", W),
        "Pasal 11".center(W),
        "DIREKSI".center(W),
        dashes("Direksi terdiri dari seorang Direktur Utama dan seorang "
               "Direktur. Direktur Utama atau Direktur masing-masing berhak "
               "dan berwenang bertindak untuk dan atas nama Direksi serta "
               "mewakili Perseroan.", W),
        "KETENTUAN PENUTUP".center(W),
        dashes("Menyimpang dari ketentuan anggaran dasar ini, untuk pertama "
               "kali diangkat sebagai anggota Direksi dan Dewan Komisaris:", W),
        f"    DIREKSI: Direktur Utama : Nyonya Hajjah {dirut.upper()}, S.E.",
        f"             Direktur       : Tuan {rizal.upper()}, S.Kom.",
        "    DEWAN KOMISARIS: Komisaris : Tuan ANDI BAU MAHMUD",
        dashes("DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan "
               "di Kota Makassar pada hari dan tanggal tersebut pada kepala "
               "akta ini, dengan dihadiri oleh Nona Nurul Hikmah dan Tuan "
               "Syahrul Ramadhan, keduanya pegawai kantor Notaris, sebagai "
               "saksi-saksi.", W),
        "",
        "                                   Diberikan sebagai SALINAN,",
        "                                   Notaris di Kota Makassar,",
        "",
        f"                                   Hj. {notary.upper()}, S.H., M.Kn.",
        "",
        "-" * W,
        "CATATAN PENGESAHAN:",
        "Pendirian Perseroan ini telah disahkan dengan Keputusan Menteri Hukum",
        f"dan Hak Asasi Manusia Republik Indonesia Nomor {ahu}",
        "tanggal 10 Oktober 2018 tentang Pengesahan Pendirian Badan Hukum",
        "Perseroan Terbatas PT LENTERA KARYA EDUKASI.",
    ]
    write_text(out / "01_Akta_Pendirian_Lentera_Karya_Edukasi.txt",
               "\n".join(deed))

    # ---- 02 NIB (scanned PNG)
    nib_text = f"""
        ^PEMERINTAH REPUBLIK INDONESIA
        ^PERIZINAN BERUSAHA BERBASIS RISIKO
        ^NOMOR INDUK BERUSAHA: {nib}

        Berdasarkan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja,
        Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB)
        kepada:

        1. Nama Pelaku Usaha      : PT LENTERA KARYA EDUKASI
        2. Alamat Kantor          : Jl. A.P. Pettarani No. 45, Kota Makassar,
                                    Sulawesi Selatan 90222
        3. Nomor Telepon          : (0411) 452 8890
        4. NPWP                   : {npwp}
        5. Status Penanaman Modal : PMDN
        6. KBLI                   : 63122, 85499
        7. Skala Usaha            : Usaha Kecil

        NIB ini berlaku sebagai identitas berusaha dan bukti pemenuhan
        persyaratan pelaksanaan kegiatan berusaha.

                                       Diterbitkan di Jakarta
                                       tanggal 21 Maret 2022
                                       Menteri Investasi/Kepala BKPM
                                       (ditandatangani secara elektronik)
        """
    write_text(SOURCES / bid / "02_NIB.txt", nib_text)
    lines = wrap_lines(nib_text, width=84)
    img = scan_pages([lines], angle=-1.6, seed=707)[0]
    save_scan_png(out / "02_NIB_scan.png", img)

    # ---- 03 coverage statement (fpdf2, real table)
    rows = [
        ("NAD", 1840), ("Sumut", 6210), ("Sumbar", 2034), ("Riau", 2877),
        ("Kepri", 1503), ("Jambi", 930), ("Sumsel", 3320), ("Babel", 611),
        ("Bengkulu", 702), ("Lampung", 2455), ("DKI Jakarta", 9870),
        ("Jabar", 12045), ("Banten", 4210), ("Jateng", 8120),
        ("DIY", 2290), ("Jatim", 10115), ("Bali", 1980), ("NTB", 1402),
        ("NTT", 988), ("Kalsel", 1230), ("Kaltim", 1876), ("Sulut", 1144),
        ("Sulteng", 1309), ("Sulbar", 655), ("Sulsel", 18760),
        ("Sultra", 2101), ("Papua", 845), ("Papua Barat Daya", 412),
    ]
    provs = provinces_with_users(rows)
    assert len(provs) == 28, len(provs)
    total = sum(u for _, u in rows)
    fpdf_pdf(out / "03_Pernyataan_Cakupan_Nasional.pdf", [
        ("b", f"{name.upper()}\nJl. A.P. Pettarani No. 45, Makassar 90222 · "
              f"(0411) 452 8890 · {web}\nNIB {nib_typo} · NPWP {npwp}"),
        ("sp", 4),
        ("c", "SURAT PERNYATAAN CAKUPAN NASIONAL"),
        "Saya yang bertanda tangan di bawah ini, "
        f"{rizal}, S.Kom., selaku Direktur {name}, menyatakan bahwa "
        f"platform Lentera Karya ({web}) telah melayani {rupiah_int(total)} "
        "pengguna terdaftar di 28 provinsi dengan rincian sebagai berikut "
        "(posisi 31 Januari 2024):",
        ("table", ["No", "Provinsi", "Jumlah Pengguna"],
         [(i + 1, n, rupiah_int(u)) for i, (n, u) in enumerate(rows)]
         + [("", "TOTAL", rupiah_int(total))], (12, 90, 50)),
        "Demikian pernyataan ini dibuat dengan sebenarnya dan dapat "
        "dipertanggungjawabkan.",
        ("sig", ["Makassar, 05 Februari 2024", "[meterai 10000 – tanda tangan]",
                 f"{rizal}, S.Kom.", "Direktur"]),
    ], title="Surat Pernyataan Cakupan Nasional")

    # ---- 04 system description (reportlab, English) - payment denied
    rl_pdf(out / "04_System_Description_Lentera_Karya.pdf", [
        ("c", "LENTERA KARYA LEARNING PLATFORM"),
        ("c", "System Description"),
        ("h", "Architecture"),
        "Lentera Karya is a three-tier web application (React front end, "
        "Node.js API layer, PostgreSQL) deployed on a managed Kubernetes "
        "cluster in a Tier III data centre in Jakarta, with a disaster "
        "recovery site in Balikpapan.",
        ("h", "Security"),
        "ISO/IEC 27001:2022 certification is held for platform operations. "
        "Data is encrypted in transit (TLS 1.3) and at rest; quarterly "
        "vulnerability scans and an annual external penetration test are "
        "performed.",
        ("h", "Availability and capacity"),
        "Monthly availability target 99.8 %; load tests have validated "
        "30,000 concurrent sessions. Backups are taken every four hours and "
        "replicated off-site.",
        ("h", "Integration"),
        "Training providers use a REST API and SSO (OpenID Connect) to "
        "publish courses and synchronise attendance.",
        ("h", "Payments"),
        "Learners pay by bank transfer, virtual account or e-wallet through "
        "our payment gateway. The platform is not yet integrated with the "
        "Kartu Prakerja system and does not support Kartu Prakerja as a "
        "payment method for training at this time.",
        ("sp", 8),
        ("sig", ["Makassar, 5 February 2024", "", f"{rizal}, S.Kom.",
                 "Director"]),
    ], title="System Description", body=RL_SANS)

    # ---- 05 partners (docx table)
    partners = [
        ("LPK Celebes Mandiri", "Kota Makassar", "Barista dan tata boga"),
        ("LKP Mutiara Timur", "Kota Kendari", "Tata rias"),
        ("BLK Komunitas Pesantren Darul Ilmi", "Kab. Maros", "Teknisi listrik"),
        ("LPK Pelaut Bahari Losari", "Kota Makassar", "Kepelautan dasar"),
        ("LKP Andalan Komputer", "Kota Palu", "Operator komputer"),
        ("PT Talenta Digital Sulawesi", "Kota Manado", "Digital marketing"),
        ("LPK Griya Jahit Bugis", "Kab. Bone", "Menjahit"),
    ]
    write_docx(out / "05_Daftar_Mitra_Lembaga_Pelatihan.docx", [
        ("c", "DAFTAR LEMBAGA PELATIHAN MITRA PLATFORM LENTERA KARYA"),
        "Lentera Karya adalah marketplace pelatihan yang terbuka bagi "
        "lembaga pelatihan. Tujuh lembaga pelatihan berikut telah bermitra; "
        "seluruh programnya berbasis kompetensi dan mengacu pada SKKNI "
        "masing-masing bidang:",
        ("table", ["No", "Lembaga Pelatihan", "Kota/Kabupaten", "Program"],
         [(i + 1, *p) for i, p in enumerate(partners)]),
        ("sig", ["Makassar, 5 Februari 2024", f"{rizal}, S.Kom.", "Direktur"]),
    ])

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "private",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0047733.AH.01.01.TAHUN 2018", "nib": nib,
        "npwp": "863124509805000", "provinces": provs,
        "province_count": len(provs), "registered_users": total,
        "portal_urls": [web],
        "training_partner_count": len(partners),
        "payment_integration": False,
    }
    register(
        bid,
        "PT whose system description explicitly denies Kartu Prakerja payment "
        "integration; 28-province fpdf2 table with aliases; scanned NIB (PNG); "
        "letterhead NIB with transposed digits; Hj. notary and S.Kom. signer.",
        facts,
        r11=crit("met", "met", "met", "not_met", "met", "met", "met"),
        r3=crit("met", "met", "met", "met", "met", "met", "met"),
        checks11=chk("met", "needs_review", "met", "met"),
        notes=["identity_consistent needs_review: the coverage statement "
               f"letterhead shows NIB {nib_typo}, the NIB document {nib}; the "
               "nib fact carries the licence document's value.",
               "signatory_authorized met: the signer is the Direktur named in "
               "the deed (degree S.Kom. and honorifics are not part of the "
               "name)."],
    )

# ==========================================================================
# Bundle 8: BUMD PT (Perseroda) in Semarang, Jawa Tengah; met under
#           3/2020, legal_entity not_met under 11/2020
# ==========================================================================


def bundle_08():
    bid = "ha08-sarana-pintar-jateng-perseroda"
    out = bdir(bid)
    name = "PT Sarana Pintar Jawa Tengah (Perseroda)"
    deed_no, deed_day = "14", d("2019-09-04")
    notary = "Bambang Sutrisno Adi"
    ahu = "AHU-0045612.AH.01.01.Tahun 2019"
    nib = "9120405583021"
    npwp = "93.701.442.6-503.000"
    web = "https://www.saranapintar.co.id"
    dirut, dir2 = "Wahyu Hidayat Nugroho", "Sekar Ayu Lestari"

    # ---- 01 Perda (plain text)
    write_text(out / "01_Perda_Provinsi_Jateng_Pendirian_Perseroda.txt", f"""
        GUBERNUR JAWA TENGAH

        PERATURAN DAERAH PROVINSI JAWA TENGAH
        NOMOR 7 TAHUN 2019
        TENTANG
        PENDIRIAN PERUSAHAAN PERSEROAN DAERAH
        PT SARANA PINTAR JAWA TENGAH (PERSERODA)

        DENGAN RAHMAT TUHAN YANG MAHA ESA
        GUBERNUR JAWA TENGAH,

        Menimbang : bahwa untuk meningkatkan kompetensi tenaga kerja dan
        pendapatan asli daerah melalui layanan pelatihan berbasis teknologi
        informasi, perlu membentuk Badan Usaha Milik Daerah berbentuk
        perusahaan perseroan daerah;

        Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan
        Daerah; 2. Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan
        Usaha Milik Daerah;

        Dengan Persetujuan Bersama
        DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI JAWA TENGAH
        dan
        GUBERNUR JAWA TENGAH

        MEMUTUSKAN:
        Menetapkan : PERATURAN DAERAH TENTANG PENDIRIAN PERUSAHAAN PERSEROAN
        DAERAH PT SARANA PINTAR JAWA TENGAH (PERSERODA).

        Pasal 2
        (1) Dengan Peraturan Daerah ini didirikan Perusahaan Perseroan Daerah
            dengan nama {name}.
        (2) Perseroda berkedudukan dan berkantor pusat di Kota Semarang.

        Pasal 5
        Saham Perseroda dimiliki oleh Pemerintah Provinsi Jawa Tengah sebesar
        99% (sembilan puluh sembilan persen) dan PT Bank Pembangunan Daerah
        Jawa Tengah sebesar 1% (satu persen).

        Ditetapkan di Semarang
        pada tanggal 12 Juli 2019
        GUBERNUR JAWA TENGAH,
        ttd.

        Diundangkan di Semarang pada tanggal 12 Juli 2019
        SEKRETARIS DAERAH PROVINSI JAWA TENGAH,
        ttd.
        LEMBARAN DAERAH PROVINSI JAWA TENGAH TAHUN 2019 NOMOR 7
        NOREG PERATURAN DAERAH PROVINSI JAWA TENGAH: (7-116/2019)
        """)

    # ---- 02 deed (fpdf2, header/footer with the deed number, 2+ pages)
    blocks = [
        ("c", "AKTA PENDIRIAN\nPERSEROAN TERBATAS\nPT SARANA PINTAR JAWA TENGAH (PERSERODA)"),
        ("c", f"Nomor : {deed_no}\nTanggal : {tgl_slash(deed_day)}"),
        f"-Pada hari ini, {hari(deed_day)}, tanggal {tgl_words(deed_day)}, "
        "pukul 10.00 (sepuluh) Waktu Indonesia Barat. ---------------------",
        f"-Menghadap kepada saya, {notary.upper()}, Sarjana Hukum, Magister "
        "Kenotariatan, Notaris di Kota Semarang, dengan dihadiri oleh "
        "saksi-saksi yang saya, Notaris, kenal dan akan disebutkan pada "
        "bagian akhir akta ini: ------------------------------------------",
        "I. Tuan Doktor Insinyur HERU SASONGKO, Magister Sains, lahir di "
        "Purwokerto, pada tanggal 17-08-1965, Warga Negara Indonesia, "
        "Pegawai Negeri Sipil, bertempat tinggal di Kota Semarang, Jalan "
        "Pahlawan Nomor 9, pemegang Kartu Tanda Penduduk Nomor Induk "
        "Kependudukan 3374101708650003; -- menurut keterangannya dalam hal "
        "ini bertindak dalam jabatannya selaku Sekretaris Daerah Provinsi "
        "Jawa Tengah berdasarkan Surat Kuasa Gubernur Jawa Tengah Nomor "
        "180/0425 tanggal 2 September 2019, sebagai demikian untuk dan atas "
        "nama Pemerintah Provinsi Jawa Tengah; ----------------------------",
        "II. Tuan AGUS PRIYANTO, Sarjana Ekonomi, lahir di Kudus, pada "
        "tanggal 03-03-1970, Warga Negara Indonesia, Karyawan BUMD, "
        "bertempat tinggal di Kota Semarang, Jalan Gajahmada Nomor 110, "
        "pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan "
        "3374120303700001; -- menurut keterangannya dalam hal ini bertindak "
        "untuk dan atas nama PT Bank Pembangunan Daerah Jawa Tengah. ------",
        "-Para penghadap menerangkan bahwa berdasarkan Peraturan Daerah "
        "Provinsi Jawa Tengah Nomor 7 Tahun 2019, para penghadap dengan ini "
        "mendirikan suatu perseroan terbatas dengan anggaran dasar sebagai "
        "berikut: --------------------------------------------------------",
        ("c", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        f"1. Perseroan Terbatas ini bernama {name}, selanjutnya dalam "
        "anggaran dasar ini disebut \"Perseroda\", berkedudukan dan "
        "berkantor pusat di Kota Semarang, Provinsi Jawa Tengah. ---------",
        ("c", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3"),
        "1. Maksud dan tujuan Perseroda ialah menyelenggarakan usaha di "
        "bidang teknologi informasi dan jasa pelatihan. -------------------",
        "2. Kegiatan usaha: Portal Web dan/atau Platform Digital Dengan "
        "Tujuan Komersial (KBLI 63122); Aktivitas Pemrograman Komputer "
        "Lainnya (KBLI 62019); Pendidikan Lainnya Swasta (KBLI 85499). ----",
        ("c", "MODAL\nPasal 4"),
        "1. Modal dasar Perseroda berjumlah Rp 50.000.000.000,00 (lima puluh "
        "miliar Rupiah) terbagi atas 50.000 (lima puluh ribu) saham, "
        "masing-masing saham bernilai nominal Rp 1.000.000,00. -----------",
        "2. Dari modal dasar tersebut telah ditempatkan dan disetor "
        "sejumlah 12.500 (dua belas ribu lima ratus) saham dengan nilai "
        "nominal seluruhnya Rp 12.500.000.000,00 oleh: Pemerintah Provinsi "
        "Jawa Tengah 12.375 saham dan PT Bank Pembangunan Daerah Jawa "
        "Tengah 125 saham. -----------------------------------------------",
        ("c", "DIREKSI\nPasal 10"),
        "1. Direksi terdiri dari seorang Direktur Utama dan seorang Direktur "
        "yang diangkat oleh Rapat Umum Pemegang Saham; pengangkatan anggota "
        "Direksi ditetapkan dengan Keputusan Gubernur selaku wakil "
        "Pemerintah Daerah sebagai pemegang saham. ------------------------",
        "2. Direktur Utama berhak dan berwenang bertindak untuk dan atas "
        "nama Direksi serta mewakili Perseroda. ---------------------------",
        ("c", "KETENTUAN PENUTUP"),
        "-Untuk pertama kalinya telah diangkat, berdasarkan Keputusan "
        "Gubernur Jawa Tengah Nomor 539/41 Tahun 2019, sebagai: ----------",
        f"Direktur Utama : Tuan Insinyur {dirut.upper()}, Magister Teknik;\n"
        f"Direktur : Nyonya {dir2.upper()}, Sarjana Ekonomi;\n"
        "Komisaris Utama : Tuan Doktorandus SUHARNO WIDODO;\n"
        "Komisaris : Nyonya RETNO PALUPI.",
        ("c", "DEMIKIANLAH AKTA INI"),
        "-dibuat sebagai minuta dan dilangsungkan di Kota Semarang, pada "
        "hari dan tanggal sebagaimana tersebut pada awal akta ini, dengan "
        "dihadiri oleh Nyonya Tri Wulandari dan Tuan Anton Setiawan, "
        "keduanya karyawan kantor Notaris, sebagai saksi-saksi. ----------",
        ("sig", ["Diberikan sebagai SALINAN yang sama bunyinya.",
                 "Notaris di Kota Semarang,", "[cap jabatan]",
                 f"{notary.upper()}, S.H., M.Kn."]),
    ]
    fpdf_pdf(out / "02_Akta_Pendirian_No14_2019.pdf", blocks,
             header=f"Salinan Akta Nomor {deed_no} tanggal {tgl_slash(deed_day)}"
                    " — PT Sarana Pintar Jawa Tengah (Perseroda)",
             footer="Akta No. 14 · halaman {page} dari {pages}",
             title="Akta Pendirian", size=11)

    # ---- 03 AHU (plain text)
    write_text(out / "03_SK_Pengesahan_AHU.txt", f"""
        KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA
        REPUBLIK INDONESIA
        NOMOR {ahu.upper()}
        TENTANG
        PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS
        PT SARANA PINTAR JAWA TENGAH (PERSERODA)

        MEMUTUSKAN:
        KESATU : Mengesahkan pendirian badan hukum PT SARANA PINTAR JAWA TENGAH
                 (PERSERODA), berkedudukan di KOTA SEMARANG, berdasarkan salinan
                 Akta Nomor 14 Tanggal 04 September 2019 yang dibuat oleh Notaris
                 BAMBANG SUTRISNO ADI, S.H., M.Kn., Nomor Pendaftaran
                 4019090532118806.
        KEDUA  : Keputusan ini mulai berlaku pada tanggal ditetapkan.

        Ditetapkan di Jakarta, tanggal 05 September 2019
        a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
        DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM
        """)

    # ---- 04 Governor decree appointing the directors (reportlab, NIP)
    rl_pdf(out / "04_Keputusan_Gubernur_Pengangkatan_Direksi.pdf", [
        ("c", "GUBERNUR JAWA TENGAH"),
        ("c", "KEPUTUSAN GUBERNUR JAWA TENGAH\nNOMOR 539/41 TAHUN 2019"),
        ("c", "TENTANG\nPENGANGKATAN DIREKSI PT SARANA PINTAR JAWA TENGAH (PERSERODA)"),
        "Menimbang : bahwa berdasarkan Peraturan Daerah Provinsi Jawa Tengah "
        "Nomor 7 Tahun 2019 dan hasil uji kelayakan dan kepatutan, perlu "
        "mengangkat anggota Direksi PT Sarana Pintar Jawa Tengah (Perseroda);",
        ("c", "MEMUTUSKAN:"),
        f"KESATU : Mengangkat Sdr. Ir. {dirut}, M.T. sebagai Direktur Utama "
        f"dan Sdri. {dir2}, S.E. sebagai Direktur PT Sarana Pintar Jawa "
        "Tengah (Perseroda) untuk masa jabatan 5 (lima) tahun.",
        "KEDUA : Keputusan Gubernur ini mulai berlaku pada tanggal ditetapkan.",
        ("sig", ["Ditetapkan di Semarang", "pada tanggal 28 Agustus 2019",
                 "GUBERNUR JAWA TENGAH,", "ttd."]),
        ("sp", 10),
        "Salinan sesuai dengan aslinya",
        "KEPALA BIRO HUKUM SETDA PROVINSI JAWA TENGAH,",
        "Sri Mulyaningsih, S.H., M.Hum.",
        "Pembina Utama Muda",
        "NIP 19680517 199303 2 007",
    ], title="Keputusan Gubernur")

    # ---- 05 NIB (docx)
    write_docx(out / "05_NIB.docx", [
        ("c", "NOMOR INDUK BERUSAHA"),
        ("c", nib),
        ("table", ["Uraian", "Data"], [
            ("Nama Perusahaan", name.upper()),
            ("Alamat", "Jl. Pemuda No. 130, Sekayu, Semarang Tengah, Kota "
                       "Semarang, Jawa Tengah 50132"),
            ("NPWP", npwp),
            ("Telepon", "(024) 3548 900"),
            ("KBLI", "63122; 62019; 85499"),
            ("Tanggal terbit", "30 September 2019"),
        ]),
        "Diterbitkan oleh Lembaga Pengelola dan Penyelenggara OSS "
        "berdasarkan Peraturan Pemerintah Nomor 24 Tahun 2018.",
    ])

    # ---- 06 coverage (Markdown table)
    rows = [
        ("Aceh", 488), ("Sumut", 2930), ("Sumbar", 701), ("Riau", 1123),
        ("Jambi", 402), ("Sumsel", 1350), ("Lampung", 1642),
        ("Daerah Khusus Ibukota Jakarta", 7410), ("Jabar", 9220),
        ("Banten", 2315), ("Jateng", 48870),
        ("Daerah Istimewa Yogyakarta", 6025), ("Jatim", 11480),
        ("Bali", 930), ("NTB", 611), ("NTT", 344), ("Kalbar", 520),
        ("Kalteng", 466), ("Kalsel", 705), ("Kaltim", 1011), ("Sulut", 238),
        ("Sulteng", 190), ("Sulsel", 1288), ("Sultra", 205),
        ("Maluku", 97), ("Papua", 152), ("Pabar", 64),
    ]
    provs = provinces_with_users(rows)
    assert len(provs) == 27, len(provs)
    total = sum(u for _, u in rows)
    md_rows = "\n".join(f"| {i} | {n} | {rupiah_int(u)} |"
                        for i, (n, u) in enumerate(rows, 1))
    write_text(out / "06_Pernyataan_Cakupan_Pengguna.md", f"""
        # SURAT PERNYATAAN CAKUPAN NASIONAL

        Nomor: 045/SPJT/DIR/III/2021

        Yang bertanda tangan di bawah ini **{dirut}**, Direktur Utama
        {name}, berkantor di Jl. Pemuda No. 130, Kota Semarang, Jawa Tengah,
        menyatakan bahwa platform Sarana Pintar ({web}) memiliki pengguna di
        27 (dua puluh tujuh) provinsi, dengan rincian sebagai berikut:

        | No | Provinsi | Pengguna terdaftar |
        |---:|---|---:|
{textwrap.indent(md_rows, "        ")}
        | | **Jumlah** | **{rupiah_int(total)}** |

        Semarang, 15 Maret 2021

        {name}

        (meterai 10000, tanda tangan, cap)

        **{dirut}**
        Direktur Utama
        """)

    # ---- 07 system description (docx, Indonesian)
    write_docx(out / "07_Deskripsi_Sistem_Sarana_Pintar.docx", [
        ("c", "DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI\nPLATFORM SARANA PINTAR"),
        ("b", "1. Infrastruktur"),
        "Sistem berjalan di pusat data Pemerintah Provinsi Jawa Tengah "
        "(Tier III) di Kota Semarang dengan cadangan pada penyedia cloud "
        "nasional. Arsitektur berbasis microservices dengan orkestrasi "
        "Kubernetes.",
        ("b", "2. Keamanan"),
        "Penerapan SMKI sesuai ISO/IEC 27001, enkripsi TLS 1.2 dan AES-256, "
        "uji penetrasi tahunan oleh BSSN dan konsultan independen.",
        ("b", "3. Ketersediaan"),
        "SLA 99,7%; pemantauan 24/7; kapasitas teruji 40.000 pengguna "
        "bersamaan.",
        ("b", "4. Integrasi dan Pembayaran"),
        "API REST untuk lembaga pelatihan. Platform telah terintegrasi dan "
        "mendukung Kartu Prakerja sebagai metode pembayaran pelatihan.",
        ("sig", ["Semarang, 15 Maret 2021", "", dirut, "Direktur Utama"]),
    ])

    # ---- 08 partners (plain text prose)
    partners = ["LPK Batik Pesisir Pekalongan", "LKP Mekatronika Solo",
                "BLK Komunitas Ponpes Al-Falah Demak",
                "LPK Kuliner Nusantara Semarang", "LKP Bahasa Jepang Sakura Jepara"]
    write_text(out / "08_Kerja_Sama_Lembaga_Pelatihan.txt", f"""
        KERJA SAMA DENGAN LEMBAGA PELATIHAN

        Sarana Pintar adalah marketplace pelatihan daring yang terbuka bagi
        lembaga pelatihan. Sampai Maret 2021 Perseroda telah menandatangani
        perjanjian kerja sama dengan {partners[0]}, {partners[1]},
        {partners[2]}, {partners[3]} dan {partners[4]}. Program
        pelatihan kelima mitra tersebut berbasis kompetensi kerja dan mengacu
        pada SKKNI.

        Semarang, 15 Maret 2021
        {dirut}
        Direktur Utama
        """)

    facts = {
        "company_name": name, "entity_form": "PT", "ownership": "bumd",
        "listed": False, "deed_number": deed_no,
        "deed_date": deed_day.isoformat(), "notary_name": notary,
        "ahu_number": "AHU-0045612.AH.01.01.TAHUN 2019", "nib": nib,
        "npwp": "937014426503000", "provinces": provs,
        "province_count": len(provs), "registered_users": total,
        "portal_urls": [web],
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    register(
        bid,
        "BUMD PT (Perseroda): legal_entity met under 3/2020 but not_met under "
        "11/2020; business licence not_applicable in both; Perda + deed with "
        "header/footer; Governor decree with NIP; long-form province names.",
        facts,
        r11=crit("not_met", "not_applicable", "met", "met", "met", "met",
                 "met"),
        r3=crit("met", "not_applicable", "met", "met", "met", "met", "met"),
        checks11=chk("met", "met", "met", "met"),
        notes=["business_license not_applicable in both rulesets although an "
               "NIB is present (3/2020: private only; 11/2020: private and "
               "BUMN only)."],
    )


# ==========================================================================
# expected.yaml
# ==========================================================================

HEADER = """\
# Held-out corpus "heldout-a": ground truth for 8 fictional applicant bundles.
# Written from shared/domain/BRIEF.md ("Screening rules v1", read literally)
# and shared/spec/report-contract.md, without reference to the tool's code,
# samples or tests. Generated by make_heldout.py; do not edit by hand.
#
# facts: contract fact names with normalized values. A fact the bundle does
#   not state is omitted. Compare person/company names case-insensitively
#   (deeds print names in capitals). `listed` and `ownership` are given for
#   every bundle (derived from the legal name/form).
# rulesets.<id>.criteria / checks: expected status per id.
# overall: the contract's rule, read literally: not_met if any criterion is
#   not_met; else incomplete if any criterion is missing; else needs_review if
#   any criterion or check is needs_review, or any check is not_met; else met
#   (the contract as amended in 2026).
"""


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str_rep(dumper, data):
    # Quote digit strings (NIB, NPWP, deed numbers, dates) so that no YAML
    # reader turns them into numbers or drops a leading zero.
    style = "'" if data[:1].isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_NoAliasDumper.add_representer(str, _str_rep)


def write_expected() -> None:
    out = [HEADER, "bundles:"]
    for b in BUNDLES:
        out.append(f"  # {b['comment']}")
        out.append(f"  {b['id']}:")
        body = yaml.dump(b["data"], Dumper=_NoAliasDumper, sort_keys=False,
                         allow_unicode=True,
                         width=100, default_flow_style=False)
        out.extend("    " + ln for ln in body.splitlines())
    text = "\n".join(out) + "\n"
    (HERE / "expected.yaml").write_text(text, encoding="utf-8")
    loaded = yaml.safe_load(text)
    assert len(loaded["bundles"]) == len(BUNDLES)


def main() -> None:
    random.seed(0)
    if SOURCES.exists():
        shutil.rmtree(SOURCES)
    SOURCES.mkdir(parents=True)
    for fn in (bundle_01, bundle_02, bundle_03, bundle_04, bundle_05,
               bundle_06, bundle_07, bundle_08):
        fn()
    write_expected()
    for b in BUNDLES:
        r = b["data"]["rulesets"]
        print(f"{b['id']:40s} 11/2020={r['permenko-11-2020']['overall']:13s}"
              f" 3/2020={r['permenko-3-2020']['overall']}")


if __name__ == "__main__":
    main()
