#!/usr/bin/env python3
"""Generate the held-out corpus "heldout-d": 8 fictional Kartu Prakerja
digital-platform applicant bundles plus expected.yaml (ground truth).

Written from shared/domain/BRIEF.md ("Screening rules v1", read literally) and
shared/spec/report-contract.md only.  Focus: ambiguity and conflict.

Deterministic: fixed seeds, reportlab invariant=1, fixed PDF/DOCX/ZIP
metadata and timestamps.  Run with /work/main/.venv/bin/python.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
import textwrap
import zipfile
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = dt.datetime(2024, 8, 12, 9, 0, 0, tzinfo=dt.UTC)
ZIP_DT = (2024, 8, 12, 9, 0, 0)

# ---------------------------------------------------------------------------
# Provinces (38 canonical names)
# ---------------------------------------------------------------------------
CANON = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
    "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung",
    "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta",
    "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
    "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo",
    "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
    "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya",
    "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
]
ALIAS = {
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Kepri": "Kepulauan Riau",
    "Sumsel": "Sumatera Selatan", "Babel": "Kepulauan Bangka Belitung",
    "Jakarta": "DKI Jakarta", "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah",
    "DIY": "DI Yogyakarta", "Jatim": "Jawa Timur", "NTB": "Nusa Tenggara Barat",
    "NTT": "Nusa Tenggara Timur", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kalsel": "Kalimantan Selatan",
    "Kaltim": "Kalimantan Timur", "Kaltara": "Kalimantan Utara",
    "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah", "Sulbar": "Sulawesi Barat",
    "Sulsel": "Sulawesi Selatan", "Sultra": "Sulawesi Tenggara", "Malut": "Maluku Utara",
    "Pabar": "Papua Barat", "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
    "Nanggroe Aceh Darussalam": "Aceh", "Bangka Belitung": "Kepulauan Bangka Belitung",
}


def canon(label: str) -> str:
    if label in CANON:
        return label
    return ALIAS[label]


def rupiah_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def coverage_rows(labels, zero, seed, total=None, lo=1500, hi=60000, floor=500):
    """Rows (label, users) for a coverage table; labels in `zero` get 0 users.
    If `total` is given, the non-zero rows sum exactly to it."""
    rng = random.Random(seed)
    vals = {}
    for lab in labels:
        vals[lab] = 0 if lab in zero else rng.randint(lo, hi)
    if total is not None:
        nz = [lab for lab in labels if lab not in zero]
        s = sum(vals[lab] for lab in nz)
        scaled = {lab: max(floor, vals[lab] * total // s) for lab in nz}
        diff = total - sum(scaled.values())
        biggest = max(nz, key=lambda lab: scaled[lab])
        scaled[biggest] += diff
        vals.update(scaled)
    rows = [(lab, vals[lab]) for lab in labels]
    provinces = sorted({canon(lab) for lab, v in rows if v > 0})
    return rows, provinces, sum(v for _, v in rows)


# ---------------------------------------------------------------------------
# Indonesian dates in words
# ---------------------------------------------------------------------------
_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
          "sembilan", "sepuluh", "sebelas"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def words(n: int) -> str:
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return words(n - 10) + " belas"
    if n < 100:
        return (words(n // 10) + " puluh" + (" " + words(n % 10) if n % 10 else ""))
    if n < 200:
        return "seratus" + (" " + words(n - 100) if n - 100 else "")
    if n < 1000:
        return words(n // 100) + " ratus" + (" " + words(n % 100) if n % 100 else "")
    if n < 2000:
        return "seribu" + (" " + words(n - 1000) if n - 1000 else "")
    return words(n // 1000) + " ribu" + (" " + words(n % 1000) if n % 1000 else "")


def date_words(d: dt.date) -> str:
    return f"{words(d.day)} {MONTHS[d.month - 1]} {words(d.year)}"


def date_long(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------
# Renderers.  A document is a list of blocks:
#   ("title", s) ("center", s) ("h", s) ("p", s) ("small", s)
#   ("kv", [(k, v), ...]) ("list", [s, ...]) ("table", header, rows)
#   ("sig", place_date, name, title, meterai, stamp_text) ("pagebreak",)
# ---------------------------------------------------------------------------

def render_txt(path: Path, blocks, width=78, dashes=False):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "center"):
            out.append(b[1].center(width).rstrip())
        elif kind == "h":
            out.append("")
            out.append(b[1])
        elif kind in ("p", "small"):
            lines = textwrap.wrap(b[1], width, break_long_words=False, break_on_hyphens=False)
            if dashes and lines:
                last = lines[-1] + " "
                lines[-1] = last + "-" * max(3, width - len(last))
            out.extend(lines)
            out.append("")
        elif kind == "kv":
            kw = max(len(k) for k, _ in b[1])
            for k, v in b[1]:
                out.append(f"{k.ljust(kw)} : {v}")
            out.append("")
        elif kind == "list":
            for item in b[1]:
                lines = textwrap.wrap(item, width - 3, break_long_words=False, break_on_hyphens=False)
                out.append(" - " + lines[0])
                out.extend("   " + ln for ln in lines[1:])
            out.append("")
        elif kind == "table":
            header, rows = b[1], b[2]
            allrows = [header] + [[str(c) for c in r] for r in rows]
            ws = [max(len(r[i]) for r in allrows) for i in range(len(header))]
            sep = "+".join("-" * (w + 2) for w in ws)
            out.append("+" + sep + "+")
            for j, r in enumerate(allrows):
                out.append("| " + " | ".join(c.ljust(ws[i]) for i, c in enumerate(r)) + " |")
                if j == 0:
                    out.append("+" + sep + "+")
            out.append("+" + sep + "+")
            out.append("")
        elif kind == "sig":
            _, place_date, name, title, meterai, _stamp = b
            out.append(place_date)
            if meterai:
                out.append("[Meterai Rp10.000 - ditandatangani]")
            else:
                out.append("[ditandatangani]")
            out.append("")
            out.append(name)
            out.append(title)
            out.append("")
        elif kind == "pagebreak":
            out.append("\f")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


# --- reportlab --------------------------------------------------------------
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_reportlab(path: Path, blocks, *, title, author, header=None, footer=None,
                     serif=False, dashes=False, encrypt=None):
    base = "DejaVuSerif" if serif else "DejaVu"
    bold = base + "-Bold"
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=13, leading=17, alignment=TA_CENTER,
                                spaceAfter=4),
        "center": ParagraphStyle("c", fontName=base, fontSize=10.5, leading=14,
                                 alignment=TA_CENTER, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=14, spaceBefore=8,
                            spaceAfter=3),
        "p": ParagraphStyle("p", fontName=base, fontSize=10, leading=14, alignment=TA_JUSTIFY,
                            spaceAfter=5),
        "small": ParagraphStyle("s", fontName=base, fontSize=8.5, leading=11, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=9, leading=11),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=9, leading=11),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "center", "h", "small"):
            story.append(Paragraph(_esc(b[1]), st[kind]))
        elif kind == "p":
            text = _esc(b[1]) + (" " + "-" * 12 if dashes else "")
            story.append(Paragraph(text, st["p"]))
        elif kind == "kv":
            data = [[Paragraph(_esc(k), st["cell"]), Paragraph(":", st["cell"]),
                     Paragraph(_esc(v), st["cell"])] for k, v in b[1]]
            t = Table(data, colWidths=[5 * cm, 0.4 * cm, 10.6 * cm], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "list":
            for item in b[1]:
                story.append(Paragraph("\u2022 " + _esc(item), st["p"]))
        elif kind == "table":
            trow, rows = b[1], b[2]
            data = [[Paragraph(_esc(h), st["cellb"]) for h in trow]]
            data += [[Paragraph(_esc(str(c)), st["cell"]) for c in r] for r in rows]
            lens = [max(len(str(r[i])) for r in [trow] + list(rows)) for i in
                    range(len(trow))]
            total_w = 16.4 * cm
            ws = [max(1.0 * cm, total_w * n / sum(lens)) for n in lens]
            ws = [w * total_w / sum(ws) for w in ws]
            t = Table(data, colWidths=ws, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            _, place_date, name, ttl, meterai, _stamp = b
            story.append(Spacer(1, 6))
            story.append(Paragraph(_esc(place_date), st["p"]))
            if meterai:
                story.append(Paragraph("[Meterai Rp10.000]", st["small"]))
            story.append(Spacer(1, 34))
            story.append(Paragraph("<u>" + _esc(name) + "</u>", st["p"]))
            story.append(Paragraph(_esc(ttl), st["p"]))
        elif kind == "pagebreak":
            story.append(PageBreak())

    def on_page(c, doc):
        c.saveState()
        if header:
            c.setFont(bold, 8.5)
            c.drawString(2 * cm, A4[1] - 1.3 * cm, header)
            c.setLineWidth(0.5)
            c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        c.setFont(base, 8)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Halaman {doc.page}")
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer)
        c.restoreState()

    kw = dict(pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
              bottomMargin=2 * cm, title=title, author=author, subject=title,
              creator="heldout-d generator", invariant=1)
    if encrypt is not None:
        kw["encrypt"] = encrypt
    doc = SimpleDocTemplate(str(path), **kw)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --- fpdf2 ------------------------------------------------------------------
from fpdf import FPDF  # noqa: E402


class _FPDF(FPDF):
    hdr: str | None = None
    ftr: str | None = None

    def header(self):
        if self.hdr:
            self.set_font("DejaVu", "B", 8.5)
            self.cell(0, 5, self.hdr, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        if self.ftr:
            self.cell(0, 5, self.ftr, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, f"Halaman {self.page_no()}", align="R")


def render_fpdf(path: Path, blocks, *, title, author, header=None, footer=None):
    pdf = _FPDF(format="A4")
    pdf.hdr, pdf.ftr = header, footer
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("heldout-d generator")
    pdf.set_producer("fpdf2")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(W, 6.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "center":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(W, 5.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(W, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "small"):
            pdf.set_font("DejaVu", "", 9.5 if kind == "p" else 8)
            pdf.multi_cell(W, 5.2, b[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "kv":
            pdf.set_font("DejaVu", "", 9.5)
            for k, v in b[1]:
                pdf.cell(60, 5.5, k)
                pdf.cell(4, 5.5, ":")
                pdf.multi_cell(W - 64, 5.5, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "list":
            pdf.set_font("DejaVu", "", 9.5)
            for item in b[1]:
                pdf.multi_cell(W, 5.2, "- " + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            trow, rows = b[1], b[2]
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(text_align="LEFT", line_height=5.2) as t:
                r = t.row()
                for h in trow:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(3)
        elif kind == "sig":
            _, place_date, name, ttl, meterai, _stamp = b
            pdf.set_font("DejaVu", "", 9.5)
            pdf.ln(2)
            pdf.cell(0, 5.5, place_date, new_x="LMARGIN", new_y="NEXT")
            if meterai:
                pdf.set_font("DejaVu", "", 7.5)
                pdf.cell(0, 5, "[Meterai Rp10.000]", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DejaVu", "", 9.5)
            pdf.ln(12)
            pdf.cell(0, 5.5, name, new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 5.5, ttl, new_x="LMARGIN", new_y="NEXT")
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(str(path))


# --- python-docx --------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402


def _normalize_zip(path: Path):
    """Rewrite a zip container (docx) with fixed timestamps and order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def render_docx(path: Path, blocks, *, title, author, header=None, footer=None):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.runs[0].bold = True
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif kind == "center":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "p":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "small":
            p = d.add_paragraph()
            p.add_run(b[1]).font.size = Pt(8.5)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=3)
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = k, ":", v
            d.add_paragraph()
        elif kind == "list":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            header_, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header_))
            t.style = "Table Grid"
            for i, h in enumerate(header_):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph()
        elif kind == "sig":
            _, place_date, name, ttl, meterai, _stamp = b
            d.add_paragraph(place_date)
            if meterai:
                d.add_paragraph("[Meterai Rp10.000]")
            d.add_paragraph()
            p = d.add_paragraph()
            p.add_run(name).underline = True
            d.add_paragraph(ttl)
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(path))
    _normalize_zip(path)


# --- page images (scans) ------------------------------------------------------

def render_images(blocks, *, dpi=300, seed=0, header=None, rotate=0.0, noise=True):
    """Lay blocks out on A4 page images (grayscale 'L')."""
    rng = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = lambda pt: int(round(pt * dpi / 72))  # noqa: E731
    f_reg = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), px(11))
    f_bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), px(11.5))
    f_title = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), px(14))
    f_small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), px(8))
    margin = int(0.95 * dpi)
    maxw = W - 2 * margin
    pages = []
    state = {}

    def new_page():
        img = Image.new("L", (W, H), 255)
        state["img"], state["draw"], state["y"] = img, ImageDraw.Draw(img), margin
        pages.append(img)
        if header:
            state["draw"].text((margin, int(0.5 * dpi)), header, font=f_small, fill=60)
            state["draw"].line((margin, int(0.5 * dpi) + px(11), W - margin,
                                int(0.5 * dpi) + px(11)), fill=80, width=2)

    def ensure(h):
        if state["y"] + h > H - margin:
            new_page()

    def wrap(text, font, width):
        out, line = [], ""
        for w in text.split():
            cand = (line + " " + w).strip()
            if font.getlength(cand) <= width:
                line = cand
            else:
                out.append(line)
                line = w
        if line:
            out.append(line)
        return out

    def write_lines(lines, font, align="left", lead=1.45, x0=None):
        lh = int(font.size * lead)
        for ln in lines:
            ensure(lh)
            if align == "center":
                x = (W - font.getlength(ln)) / 2
            else:
                x = margin if x0 is None else x0
            state["draw"].text((x, state["y"]), ln, font=font, fill=15)
            state["y"] += lh

    def signature(x, y):
        d = state["draw"]
        pts = []
        cx, cy = x, y
        for _ in range(18):
            cx += rng.randint(8, 22) * dpi / 300
            cy = y + rng.randint(-30, 30) * dpi / 300
            pts.append((cx, cy))
        d.line(pts, fill=40, width=max(2, dpi // 120), joint="curve")

    new_page()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            write_lines(wrap(b[1], f_title, maxw), f_title, "center")
            state["y"] += px(3)
        elif kind == "center":
            write_lines(wrap(b[1], f_reg, maxw), f_reg, "center")
        elif kind == "h":
            state["y"] += px(5)
            write_lines(wrap(b[1], f_bold, maxw), f_bold)
        elif kind in ("p", "small"):
            f = f_reg if kind == "p" else f_small
            write_lines(wrap(b[1], f, maxw), f)
            state["y"] += px(5)
        elif kind == "kv":
            kw = max(f_reg.getlength(k) for k, _ in b[1]) + px(8)
            for k, v in b[1]:
                vl = wrap(v, f_reg, maxw - kw - px(12))
                lh = int(f_reg.size * 1.45)
                ensure(lh * len(vl))
                state["draw"].text((margin, state["y"]), k, font=f_reg, fill=15)
                state["draw"].text((margin + kw, state["y"]), ":", font=f_reg, fill=15)
                write_lines(vl, f_reg, x0=margin + kw + px(12))
            state["y"] += px(5)
        elif kind == "list":
            for item in b[1]:
                write_lines(wrap("- " + item, f_reg, maxw), f_reg)
            state["y"] += px(4)
        elif kind == "table":
            header_, rows = b[1], b[2]
            allrows = [header_] + [[str(c) for c in r] for r in rows]
            colw = [max(f_reg.getlength(r[i]) for r in allrows) + px(14)
                    for i in range(len(header_))]
            lh = int(f_reg.size * 1.6)
            for j, r in enumerate(allrows):
                ensure(lh)
                x = margin
                font = f_bold if j == 0 else f_reg
                for i, c in enumerate(r):
                    state["draw"].text((x + px(4), state["y"] + px(2)), c, font=font, fill=15)
                    x += colw[i]
                state["draw"].line((margin, state["y"] + lh - 2, margin + sum(colw),
                                    state["y"] + lh - 2), fill=120, width=1)
                state["y"] += lh
            state["y"] += px(8)
        elif kind == "sig":
            _, place_date, name, ttl, meterai, stamp = b
            need = px(110)
            ensure(need)
            write_lines([place_date], f_reg)
            y0 = state["y"]
            if meterai:
                d = state["draw"]
                d.rectangle((margin + px(150), y0 + px(4), margin + px(205), y0 + px(40)),
                            outline=110, width=2)
                d.text((margin + px(155), y0 + px(10)), "METERAI", font=f_small, fill=110)
                d.text((margin + px(155), y0 + px(22)), "10000", font=f_small, fill=110)
            signature(margin + px(10), y0 + px(24))
            if stamp:
                d = state["draw"]
                cx, cy, r = margin + px(260), y0 + px(26), px(26)
                d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=150, width=3)
                d.text((cx - f_small.getlength(stamp) / 2, cy - px(4)), stamp, font=f_small,
                       fill=150)
            state["y"] = y0 + px(52)
            write_lines([name], f_bold)
            write_lines([ttl], f_reg)
        elif kind == "pagebreak":
            new_page()
    out = []
    for img in pages:
        if noise:
            d = ImageDraw.Draw(img)
            for _ in range(350):
                x, y = rng.randrange(W), rng.randrange(H)
                d.point((x, y), fill=rng.randint(120, 200))
        if rotate:
            img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=255)
        out.append(img)
    return out


def images_to_pdf(path: Path, images, *, title, author, dpi):
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("heldout-d generator (scanned)")
    for img in images:
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def to_bilevel(img):
    return img.point(lambda p: 255 if p > 165 else 0, mode="1")


# ---------------------------------------------------------------------------
# Shared document templates
# ---------------------------------------------------------------------------

def deed_blocks(co, *, words_only=False, include_ahu_page=False):
    d = co["deed_date"]
    day = DAYS[d.weekday()]
    if words_only:
        opening = (f"Pada hari ini, {day}, tanggal {date_words(d)}, pukul 10.00 WIB (sepuluh "
                   f"Waktu Indonesia Barat).")
    else:
        opening = (f"Pada hari ini, {day}, tanggal {d.strftime('%d-%m-%Y')} ({date_words(d)}), "
                   f"pukul 10.00 WIB (sepuluh Waktu Indonesia Barat).")
    legal = co["legal_name_deed"]
    if co["form"] == "CV":
        title = "AKTA PENDIRIAN PERSEKUTUAN KOMANDITER"
    else:
        title = "AKTA PENDIRIAN PERSEROAN TERBATAS"
    b = [("title", title), ("title", legal.upper()), ("center", f"Nomor: {co['deed_number']}"),
         ("p", opening),
         ("p", f"Berhadapan dengan saya, {co['notary_full']}, Notaris di {co['notary_city']}, "
               f"dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan disebutkan "
               f"nama-namanya pada bagian akhir akta ini:")]
    for i, (hon, nm, born, nik, job) in enumerate(co["founders"], 1):
        b.append(("p", f"{i}. {hon} {nm.upper()}, lahir di {born}, {job}, Warga Negara "
                       f"Indonesia, bertempat tinggal di {co['city']}, pemegang Kartu Tanda "
                       f"Penduduk dengan Nomor Induk Kependudukan {nik};"))
    if co["form"] == "CV":
        b += [("p", "Para penghadap telah saya, Notaris, kenal. Para penghadap menerangkan "
                    "dengan ini mendirikan suatu persekutuan komanditer dengan anggaran dasar "
                    "sebagai berikut:"),
              ("h", "NAMA DAN TEMPAT KEDUDUKAN"), ("h", "Pasal 1"),
              ("p", f"Persekutuan Komanditer ini bernama {legal.upper()} (selanjutnya disebut "
                    f"\"Persekutuan\"), berkedudukan di {co['city']}."),
              ("h", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA"), ("h", "Pasal 3"),
              ("p", "Maksud dan tujuan Persekutuan ialah berusaha dalam bidang informasi dan "
                    "komunikasi serta pendidikan. Untuk mencapai maksud dan tujuan tersebut "
                    "Persekutuan melaksanakan kegiatan usaha sebagai berikut:"),
              ("list", co["kbli"]),
              ("h", "MODAL"), ("h", "Pasal 4"),
              ("p", co["capital"]),
              ("h", "PENGURUSAN"), ("h", "Pasal 6"),
              ("p", co["management_text"])]
    else:
        b += [("p", "Para penghadap telah saya, Notaris, kenal. Para penghadap menerangkan "
                    "dengan ini mendirikan suatu perseroan terbatas dengan anggaran dasar "
                    "sebagai berikut:"),
              ("h", "NAMA DAN TEMPAT KEDUDUKAN"), ("h", "Pasal 1"),
              ("p", f"1. Perseroan Terbatas ini bernama {legal.upper()} (selanjutnya dalam "
                    f"anggaran dasar ini cukup disingkat dengan \"Perseroan\"), berkedudukan di "
                    f"{co['city']}."),
              ("p", "2. Perseroan dapat membuka kantor cabang atau kantor perwakilan, baik di "
                    "dalam maupun di luar wilayah Republik Indonesia sebagaimana ditetapkan "
                    "oleh Direksi."),
              ("h", "JANGKA WAKTU BERDIRINYA PERSEROAN"), ("h", "Pasal 2"),
              ("p", "Perseroan didirikan untuk jangka waktu yang tidak terbatas."),
              ("h", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA"), ("h", "Pasal 3"),
              ("p", "1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang informasi dan "
                    "komunikasi serta pendidikan."),
              ("p", "2. Untuk mencapai maksud dan tujuan tersebut di atas, Perseroan dapat "
                    "melaksanakan kegiatan usaha sebagai berikut:"),
              ("list", co["kbli"]),
              ("h", "MODAL"), ("h", "Pasal 4"),
              ("p", co["capital"]),
              ("h", "DIREKSI DAN DEWAN KOMISARIS"), ("h", "Pasal 11"),
              ("p", "Akhirnya para penghadap bertindak dalam kedudukannya sebagaimana tersebut "
                    "di atas menerangkan bahwa untuk pertama kalinya telah diangkat sebagai "
                    "anggota Direksi dan Dewan Komisaris Perseroan, dengan masa jabatan sampai "
                    "dengan penutupan Rapat Umum Pemegang Saham Tahunan yang kelima, yaitu:"),
              ("kv", co["organs"])]
    b += [("p", f"DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di "
                f"{co['notary_city']}, pada hari dan tanggal tersebut pada bagian awal akta "
                f"ini, dengan dihadiri oleh saksi-saksi yang dikenal oleh saya, Notaris."),
          ("p", "Segera setelah akta ini dibacakan oleh saya, Notaris, kepada para penghadap "
                "dan saksi-saksi, maka akta ini ditandatangani oleh para penghadap, "
                "saksi-saksi dan saya, Notaris."),
          ("p", "Dilangsungkan dengan tanpa perubahan. Minuta akta ini telah ditandatangani "
                "dengan sempurna. Diberikan sebagai SALINAN yang sama bunyinya."),
          ("p", f"Notaris di {co['notary_city']},"),
          ("p", co["notary_sig"])]
    if include_ahu_page:
        b += [("pagebreak",)] + ahu_blocks(co)
    return b


def ahu_blocks(co):
    d = co["ahu_date"]
    legal = co["legal_name_deed"].upper()
    return [
        ("title", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"),
        ("center", f"NOMOR {co['ahu_print']}"),
        ("center", "TENTANG"),
        ("title", f"PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS {legal}"),
        ("center", "DENGAN RAHMAT TUHAN YANG MAHA ESA"),
        ("center", "MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA,"),
        ("p", f"Menimbang: a. bahwa berdasarkan permohonan Notaris {co['notary_sig']} sesuai "
              f"salinan Akta Nomor {co['deed_number']} tanggal {date_long(co['deed_date'])} "
              f"yang dibuat oleh Notaris {co['notary_sig']}, yang disampaikan melalui Sistem "
              f"Administrasi Badan Hukum, telah sesuai dengan persyaratan pengesahan badan "
              f"hukum perseroan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam "
              f"huruf a, perlu menetapkan Keputusan Menteri Hukum dan Hak Asasi Manusia tentang "
              f"Pengesahan Pendirian Badan Hukum Perseroan Terbatas {legal};"),
        ("p", "Mengingat: Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas "
              "beserta perubahannya, dan peraturan pelaksanaannya;"),
        ("center", "MEMUTUSKAN:"),
        ("p", f"KESATU: Mengesahkan pendirian badan hukum Perseroan Terbatas {legal}, "
              f"berkedudukan di {co['city']}, karena telah sesuai dengan data isian Format "
              f"Pendirian yang disimpan di dalam Sistem Administrasi Badan Hukum."),
        ("p", "KEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan."),
        ("p", f"Ditetapkan di Jakarta, tanggal {date_long(d)}."),
        ("p", "a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA, DIREKTUR JENDERAL "
              "ADMINISTRASI HUKUM UMUM"),
        ("small", "Dicetak dari Sistem Administrasi Badan Hukum. Dokumen ini merupakan "
                  "lampiran akta pendirian."),
    ]


def nib_blocks(co):
    return [
        ("title", "PEMERINTAH REPUBLIK INDONESIA"),
        ("title", "PERIZINAN BERUSAHA BERBASIS RISIKO"),
        ("center", f"NOMOR INDUK BERUSAHA: {co['nib_print']}"),
        ("p", "Berdasarkan ketentuan peraturan perundang-undangan di bidang perizinan "
              "berusaha, Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) "
              "kepada:"),
        ("kv", [("1. Nama Pelaku Usaha", co["nib_name"]),
                ("2. Alamat Kantor", co["address"]),
                ("3. Nomor Telepon", co["phone"]),
                ("4. NPWP", co["npwp_print"]),
                ("5. Status Penanaman Modal", "PMDN"),
                ("6. Kode KBLI", ", ".join(k.split(" ")[1].strip("()") for k in co["kbli"])),
                ("7. Skala Usaha", "Usaha Kecil")]),
        ("p", "NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan "
              "kegiatan usaha dan berlaku sebagai Angka Pengenal Impor (API) serta hak akses "
              "kepabeanan sesuai ketentuan peraturan perundang-undangan."),
        ("p", f"Diterbitkan di Jakarta, tanggal: {date_long(co['nib_date'])}"),
        ("p", "Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal, ditandatangani "
              "secara elektronik."),
        ("small", "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat "
                  "elektronik. Dicetak oleh pelaku usaha."),
    ]


def signer_kv(co, signer, nomor):
    return [("center", f"Nomor: {nomor}"),
            ("p", "Yang bertanda tangan di bawah ini:"),
            ("kv", [("Nama", signer[0]), ("Jabatan", signer[1]),
                    ("Bertindak untuk dan atas nama", co["stmt_name"]),
                    ("Nomor Induk Berusaha (NIB)", co["nib_print"]),
                    ("Alamat", co["address"])])]


def partner_table(partners):
    return ("table", ["No", "Nama Lembaga Pelatihan", "Bidang Pelatihan",
                      "Nomor Perjanjian Kerja Sama"],
            [[str(i), p[0], p[1], p[2]] for i, p in enumerate(partners, 1)])


def coverage_table(rows, label="Jumlah Pengguna Terdaftar"):
    return ("table", ["No", "Provinsi", label],
            [[str(i), lab, rupiah_int(v)] for i, (lab, v) in enumerate(rows, 1)])


def sysdesc_en(co, *, payment_section, extra_overview=""):
    """English system description covering all four aspects."""
    name = co["brand"]
    b = [("title", f"System Description - {name} Learning Platform"),
         ("center", co["stmt_name"]),
         ("h", "1. Overview"),
         ("p", f"{name} is an online learning platform. {co['portal_sentence_en']} "
               f"{extra_overview}".strip()),
         ("h", "2. Architecture and infrastructure"),
         ("p", "The platform runs as containerised microservices on a managed Kubernetes "
               "cluster. The primary environment is hosted in a Tier III certified data "
               f"centre in {co['dc_primary']}; a disaster-recovery site in {co['dc_dr']} "
               "receives asynchronous database replication (RPO 15 minutes, RTO 4 hours). "
               "Static content is served through a CDN. PostgreSQL is the system of record; "
               "Redis is used for sessions and queues."),
         ("h", "3. Security"),
         ("p", "The information security management system is certified to ISO/IEC 27001:2013. "
               "All traffic uses TLS 1.2 or higher; personal data are encrypted at rest with "
               "AES-256. A web application firewall protects public endpoints, administrator "
               "access requires multi-factor authentication, and an independent penetration "
               "test is performed every year; findings are tracked to closure."),
         ("h", "4. Availability and capacity"),
         ("p", "The service level objective is 99.5% monthly uptime, monitored 24x7. "
               "Horizontal autoscaling is configured for all web and API services; the most "
               "recent load test sustained 40,000 concurrent learners with a median response "
               "time under 400 ms."),
         ("h", "5. Integration and APIs"),
         ("p", "A documented REST API (OpenAPI 3.0) secured with OAuth 2.0 client credentials "
               "exposes catalogue, enrolment and completion data. Webhooks notify partners of "
               "enrolments; training partners can connect their own LMS via the API or upload "
               "content through the partner dashboard.")]
    b += payment_section
    return b


PAY_EN_YES = [("h", "6. Payment integration with Kartu Prakerja"),
              ("p", "The platform is integrated with the Kartu Prakerja system as the payment "
                    "method for training: participants pay for a course with their Kartu "
                    "Prakerja training balance at checkout, and redemption and completion "
                    "status are reported back to the programme system through its API.")]

PAY_ID_YES = [("h", "6. Integrasi Pembayaran Kartu Prakerja"),
              ("p", "Platform telah terintegrasi dengan sistem Kartu Prakerja sebagai metode "
                    "pembayaran pelatihan: peserta membayar pelatihan menggunakan saldo "
                    "pelatihan Kartu Prakerja pada saat checkout, dan status penebusan serta "
                    "penyelesaian pelatihan dilaporkan kembali ke sistem Kartu Prakerja melalui "
                    "API.")]


def sysdesc_id(co, *, payment_section):
    """Indonesian system description covering all four aspects."""
    name = co["brand"]
    return [("title", "DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI"),
            ("center", f"Platform {name} - {co['stmt_name']}"),
            ("h", "1. Gambaran Umum"),
            ("p", f"{name} adalah platform pembelajaran daring. {co['portal_sentence_id']}"),
            ("h", "2. Arsitektur dan Infrastruktur"),
            ("p", "Aplikasi dibangun dengan arsitektur microservices yang berjalan di klaster "
                  "Kubernetes. Lingkungan produksi ditempatkan di pusat data bersertifikat "
                  f"Tier III di {co['dc_primary']}, dengan pusat pemulihan bencana (DRC) di "
                  f"{co['dc_dr']} yang menerima replikasi basis data secara berkala."),
            ("h", "3. Keamanan Informasi"),
            ("p", "Sistem manajemen keamanan informasi telah tersertifikasi ISO/IEC 27001:2013. "
                  "Seluruh lalu lintas data dienkripsi dengan TLS 1.2 atau lebih tinggi, data "
                  "pribadi dienkripsi saat disimpan (AES-256), dan uji penetrasi oleh pihak "
                  "independen dilakukan setiap tahun."),
            ("h", "4. Ketersediaan dan Kapasitas"),
            ("p", "Target ketersediaan layanan (SLA) 99,5% per bulan dengan pemantauan 24x7. "
                  "Autoscaling horizontal diterapkan pada layanan web dan API; uji beban "
                  "terakhir mampu melayani 35.000 pengguna bersamaan."),
            ("h", "5. Integrasi dan API"),
            ("p", "Tersedia REST API terdokumentasi (OpenAPI 3.0) dengan otentikasi OAuth 2.0 "
                  "untuk data katalog, pendaftaran dan penyelesaian kelas, serta webhook untuk "
                  "notifikasi kepada lembaga pelatihan mitra.")] + payment_section


# ---------------------------------------------------------------------------
# Bundles
# ---------------------------------------------------------------------------
EXPECTED: dict = {}
COMMENTS: dict = {}

M, NM, NR, MI, NA = "met", "not_met", "needs_review", "missing", "not_applicable"


def compute_overall(criteria: dict, checks: dict) -> str:
    vals = list(criteria.values())
    if NM in vals:
        return NM
    if MI in vals:
        return "incomplete"
    if NR in vals or NR in checks.values():
        return NR
    return M


def record(bid, comment, facts, r11, r3):
    COMMENTS[bid] = comment
    rs = {}
    for rid, (crit, chk) in (("permenko-11-2020", r11), ("permenko-3-2020", r3)):
        rs[rid] = {"criteria": dict(crit), "checks": dict(chk),
                   "overall": compute_overall(crit, chk)}
    EXPECTED[bid] = {"facts": facts, "rulesets": rs}


def crit(legal=M, lic=M, cov=M, it=M, portal=M, partners=M, market=M):
    return {"legal_entity": legal, "business_license": lic, "national_coverage": cov,
            "it_system": it, "online_portal": portal, "training_partners": partners,
            "open_marketplace": market}


def checks(complete=M, identity=M, signer=M, quality=M):
    return {"bundle_complete": complete, "identity_consistent": identity,
            "signatory_authorized": signer, "document_quality": quality}


def digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def base_facts(co, *, provinces=None, users=None, portals=None, partners=None, pay=None):
    f = {"company_name": co["company_name"], "entity_form": co["form"],
         "ownership": "private", "listed": False,
         "deed_number": co["deed_number"], "deed_date": co["deed_date"].isoformat(),
         "notary_name": co["notary_name"]}
    if co.get("ahu_norm"):
        f["ahu_number"] = co["ahu_norm"]
    f["nib"] = digits(co["nib_print"])
    f["npwp"] = digits(co["npwp_print"])
    if provinces is not None:
        f["provinces"] = provinces
        f["province_count"] = len(provinces)
    if users is not None:
        f["registered_users"] = users
    f["portal_urls"] = sorted(portals)
    f["training_partner_count"] = partners
    if pay is not None:
        f["payment_integration"] = pay
    return f


def fresh(bid: str) -> Path:
    p = OUT / bid
    if p.exists():
        shutil.rmtree(p)
    p.mkdir(parents=True)
    return p


COMPETENCY_ID = ("Seluruh program pelatihan yang ditawarkan oleh lembaga pelatihan mitra "
                 "disusun berbasis kompetensi dengan mengacu pada Standar Kompetensi Kerja "
                 "Nasional Indonesia (SKKNI) pada bidang masing-masing.")
MARKET_ID = ("Platform kami merupakan marketplace pelatihan yang terbuka: setiap lembaga "
             "pelatihan yang memenuhi persyaratan kurasi dapat mendaftar dan menawarkan "
             "program pelatihannya kepada pengguna.")


# --- hd01 -------------------------------------------------------------------
def hd01():
    bid = "hd01-cipta-kelas-mandiri"
    out = fresh(bid)
    co = dict(
        company_name="PT Cipta Kelas Mandiri", legal_name_deed="PT Cipta Kelas Mandiri",
        form="PT", brand="Cipta Kelas", stmt_name="PT Cipta Kelas Mandiri",
        nib_name="PT CIPTA KELAS MANDIRI INDONESIA",
        deed_number="17", deed_date=dt.date(2020, 7, 9),
        notary_full="DEWI ANGGRAINI, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="DEWI ANGGRAINI, S.H., M.Kn.", notary_name="Dewi Anggraini",
        notary_city="Kota Bandung", city="Kota Bandung",
        ahu_print="AHU-0041275.AH.01.01.Tahun 2020",
        ahu_norm="AHU-0041275.AH.01.01.TAHUN 2020", ahu_date=dt.date(2020, 7, 13),
        nib_print="9120407315862", nib_date=dt.date(2020, 8, 3),
        npwp_print="93.518.264.7-424.000",
        address="Jl. Cihampelas No. 214, Kota Bandung 40131",
        phone="022-20531877",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta;",
              "KBLI (62019) Aktivitas Pemrograman Komputer Lainnya."],
        capital="Modal dasar Perseroan berjumlah Rp4.000.000.000,00 (empat miliar Rupiah), "
                "terbagi atas 4.000 (empat ribu) saham, masing-masing saham bernilai nominal "
                "Rp1.000.000,00 (satu juta Rupiah). Dari modal dasar tersebut telah ditempatkan "
                "dan disetor penuh sebesar 25% (dua puluh lima persen) atau sejumlah 1.000 "
                "(seribu) saham dengan nilai nominal seluruhnya sebesar Rp1.000.000.000,00 "
                "(satu miliar Rupiah).",
        founders=[("Tuan", "Rangga Prasetya Wibowo", "Bandung, 12-03-1985", "3273011203850004",
                   "Karyawan Swasta"),
                  ("Tuan", "Hendro Susilo", "Semarang, 02-11-1970", "3374020211700007", "Wiraswasta")],
        organs=[("Direktur Utama", "Tuan RANGGA PRASETYA WIBOWO"),
                ("Direktur", "Nyonya MEILANI KARTIKA SARI"),
                ("Komisaris Utama", "Tuan HENDRO SUSILO"),
                ("Komisaris", "Nyonya YULIANA PERMATASARI")],
        dc_primary="Jakarta", dc_dr="Batam",
        portal_sentence_en="The public portal is https://www.ciptakelas.id and learners "
                           "study in the learning space at belajar.ciptakelas.id (web and "
                           "mobile browser).",
    )
    # 1) deed as an image-only scan, misleading name
    imgs = render_images(deed_blocks(co), dpi=250, seed=101,
                         header="SALINAN - Kantor Notaris Dewi Anggraini, S.H., M.Kn.")
    images_to_pdf(out / "scan001.pdf", imgs, title="scan001", author="scanner", dpi=250)
    # 2) AHU approval
    render_reportlab(out / "02_SK_Pengesahan_Kemenkumham.pdf", ahu_blocks(co),
                     title="SK Pengesahan Badan Hukum", author="SABU", serif=True)
    # 3) NIB print: name differs from the deed
    render_fpdf(out / "03_NIB_OSS.pdf", nib_blocks(co), title="NIB", author="OSS")
    # 4) coverage statement (docx): 30 rows, 28 with users; Kepri/Riau, Papua traps
    labels = ["Aceh", "Sumut", "Sumbar", "Riau", "Kepri", "Jambi", "Sumsel", "Babel",
              "Bengkulu", "Lampung", "DKI Jakarta", "Jabar", "Banten", "Jateng", "DIY",
              "Jatim", "Bali", "NTB", "NTT", "Kalbar", "Kalsel", "Kaltim", "Sulut",
              "Sulteng", "Sulsel", "Gorontalo", "Maluku", "Papua", "Papua Barat",
              "Papua Barat Daya"]
    rows, provs, total = coverage_rows(labels, {"Riau", "Papua"}, seed=11)
    assert len(provs) == 28
    signer = ("Rangga Prasetya Wibowo", "Direktur Utama")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")]
    blocks += signer_kv(co, signer, "014/CKM-DIR/VIII/2024")
    blocks += [
        ("p", "dengan ini menyatakan dengan sebenar-benarnya bahwa:"),
        ("p", "1. Platform digital Cipta Kelas (www.ciptakelas.id) yang kami kelola memiliki "
              "cakupan layanan berskala nasional, dengan pengguna terdaftar yang berdomisili "
              "di 28 (dua puluh delapan) provinsi sebagaimana tercantum pada tabel di bawah."),
        ("p", f"2. Jumlah pengguna terdaftar per 30 Juni 2024 adalah {rupiah_int(total)} "
              f"pengguna."),
        ("p", "3. Provinsi yang pada tabel tercatat 0 (nol) pengguna belum kami layani secara "
              "aktif dan tidak kami hitung sebagai provinsi dengan pengguna."),
        coverage_table(rows),
        ("p", "Demikian surat pernyataan ini kami buat dengan sebenarnya untuk dipergunakan "
              "sebagai persyaratan pendaftaran Platform Digital Program Kartu Prakerja."),
        ("sig", "Bandung, 5 Agustus 2024", signer[0], signer[1], True, "CIPTA KELAS"),
    ]
    render_docx(out / "04_Surat_Pernyataan_Cakupan_Nasional.docx", blocks,
                title="Surat Pernyataan Cakupan Nasional", author="PT Cipta Kelas Mandiri",
                header="PT CIPTA KELAS MANDIRI | Jl. Cihampelas No. 214, Kota Bandung 40131",
                footer="Dokumen pendaftaran Platform Digital Program Kartu Prakerja")
    # 5) system description, misleading name lampiran_1.pdf
    render_reportlab(out / "lampiran_1.pdf", sysdesc_en(co, payment_section=PAY_EN_YES),
                     title="Lampiran 1", author="PT Cipta Kelas Mandiri",
                     header="Lampiran 1", footer="PT Cipta Kelas Mandiri - confidential")
    # 6) partner list (txt)
    partners = [("LPK Mitra Cendekia Bandung", "Teknologi Informasi", "PKS/CKM/021/2023"),
                ("LKP Griya Busana Priangan", "Tata Busana", "PKS/CKM/022/2023"),
                ("Akademi Digital Parahyangan", "Pemasaran Digital", "PKS/CKM/027/2023"),
                ("LPK Sentra Boga Nusantara", "Tata Boga", "PKS/CKM/031/2024")]
    render_txt(out / "06_Daftar_Lembaga_Pelatihan_Mitra.txt", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "PT Cipta Kelas Mandiri"),
        partner_table(partners),
        ("p", COMPETENCY_ID), ("p", MARKET_ID),
        ("sig", "Bandung, 5 Agustus 2024", signer[0], signer[1], False, None)])
    facts = base_facts(co, provinces=provs, users=total,
                       portals=["https://www.ciptakelas.id", "https://belajar.ciptakelas.id"],
                       partners=len(partners), pay=True)
    c = crit()
    k = checks(identity=NR)
    record(bid, "Deed says 'PT Cipta Kelas Mandiri', NIB print says '... Indonesia' "
                "(identity_consistent needs_review); deed is an image-only scan named "
                "scan001.pdf, system description named lampiran_1.pdf; table traps Kepri "
                "(users) vs Riau (0), Papua Barat Daya (users) vs Papua (0); 28 provinces.",
           facts, (c, k), (c, k))


# --- hd02 -------------------------------------------------------------------
def hd02():
    bid = "hd02-lintas-ilmu-nusantara"
    out = fresh(bid)
    co = dict(
        company_name="PT Lintas Ilmu Nusantara", legal_name_deed="PT Lintas Ilmu Nusantara",
        form="PT", brand="Lintas Ilmu", stmt_name="PT Lintas Ilmu Nusantara",
        nib_name="PT LINTAS ILMU NUSANTARA",
        deed_number="23", deed_date=dt.date(2019, 10, 23),
        notary_full="YOHANES BAPTISTA SIREGAR, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="YOHANES BAPTISTA SIREGAR, S.H., M.Kn.",
        notary_name="Yohanes Baptista Siregar",
        notary_city="Kota Medan", city="Kota Medan",
        ahu_print="AHU-0057312.AH.01.01.Tahun 2019",
        ahu_norm="AHU-0057312.AH.01.01.TAHUN 2019", ahu_date=dt.date(2019, 10, 28),
        nib_print="8120019274631", nib_date=dt.date(2019, 11, 11),
        npwp_print="0817264935121000",
        address="Jl. Gatot Subroto No. 77, Kota Medan 20112", phone="061-45172093",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta."],
        capital="Modal dasar Perseroan berjumlah Rp2.000.000.000,00 (dua miliar Rupiah), "
                "terbagi atas 2.000 (dua ribu) saham, masing-masing bernilai nominal "
                "Rp1.000.000,00 (satu juta Rupiah). Telah ditempatkan dan disetor penuh "
                "sebanyak 500 (lima ratus) saham atau sebesar Rp500.000.000,00 (lima ratus "
                "juta Rupiah).",
        founders=[("Tuan", "Dimas Aryo Saputra", "Medan, 14-06-1988", "1271011406880003",
                   "Karyawan Swasta"),
                  ("Tuan", "Halim Rusli", "Pematangsiantar, 30-01-1969", "1272013001690001",
                   "Wiraswasta")],
        organs=[("Direktur Utama", "Tuan DIMAS ARYO SAPUTRA"),
                ("Direktur", "Nyonya PUTRI AYUNINGTYAS"),
                ("Komisaris Utama", "Tuan HALIM RUSLI")],
        dc_primary="Jakarta", dc_dr="Surabaya",
        portal_sentence_id="Portal dapat diakses di https://lintasilmu.id serta melalui "
                           "aplikasi Android di https://play.google.com/store/apps/"
                           "details?id=id.lintasilmu.app.",
    )
    render_reportlab(out / "01_Akta_Pendirian_No23_2019.pdf", deed_blocks(co, words_only=True),
                     title="Akta Pendirian", author="Notaris Yohanes Baptista Siregar",
                     serif=True, dashes=True,
                     header="Kantor Notaris Yohanes Baptista Siregar, S.H., M.Kn. - Kota Medan")
    render_txt(out / "02_SK_Kemenkumham_AHU.txt", ahu_blocks(co))
    render_docx(out / "03_NIB_OSS.docx", nib_blocks(co), title="NIB", author="OSS",
                header="Lembaga OSS - Perizinan Berusaha Berbasis Risiko",
                footer="Dokumen elektronik; dicetak oleh pelaku usaha")
    # coverage: claims 38 provinces, table shows 22 rows / 19 with users
    labels = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi",
              "Sumatera Selatan", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten",
              "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Kalimantan Barat",
              "Kalimantan Timur", "Sulawesi Selatan", "Sulawesi Utara", "Sulawesi Barat",
              "Maluku Utara", "Nusa Tenggara Barat", "Papua Pegunungan"]
    rows, provs, total = coverage_rows(labels, {"Sulawesi Barat", "Maluku Utara",
                                                "Papua Pegunungan"}, seed=22,
                                       total=1_200_000)
    assert len(provs) == 19 and total == 1_200_000
    signer = ("Putri Ayuningtyas", "Direktur")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN")]
    blocks += signer_kv(co, signer, "LIN/SP/031/2024")
    blocks += [
        ("p", "dengan ini menyatakan bahwa:"),
        ("p", "1. Layanan platform Lintas Ilmu telah menjangkau seluruh Indonesia, yaitu 38 "
              "provinsi, dengan total 1,2 juta pengguna terdaftar."),
        ("p", "2. Sebaran pengguna terdaftar per provinsi per 30 Juni 2024 adalah sebagai "
              "berikut:"),
        coverage_table(rows),
        ("p", "Demikian pernyataan ini dibuat untuk keperluan pendaftaran sebagai Platform "
              "Digital Program Kartu Prakerja."),
        ("sig", "Medan, 1 Juli 2024", signer[0], signer[1], True, "LINTAS ILMU"),
    ]
    render_fpdf(out / "04_Surat_Pernyataan_Cakupan.pdf", blocks,
                title="Surat Pernyataan Cakupan", author="PT Lintas Ilmu Nusantara",
                header="PT LINTAS ILMU NUSANTARA")
    render_docx(out / "05_Deskripsi_Sistem.docx", sysdesc_id(co, payment_section=PAY_ID_YES),
                title="Deskripsi Sistem", author="PT Lintas Ilmu Nusantara",
                header="PT Lintas Ilmu Nusantara - Deskripsi Sistem",
                footer="Rahasia - hanya untuk Manajemen Pelaksana Program Kartu Prakerja")
    partners = [("LPK Karya Mandiri Medan", "Teknologi Informasi", "PKS/LIN/004/2022"),
                ("LKP Bahasa Horas", "Bahasa Inggris", "PKS/LIN/009/2022"),
                ("Balai Kursus Akuntansi Deli", "Akuntansi", "PKS/LIN/015/2023")]
    render_txt(out / "06_Mitra_Lembaga_Pelatihan.txt", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "PT Lintas Ilmu Nusantara"),
        partner_table(partners), ("p", COMPETENCY_ID), ("p", MARKET_ID)])
    # encrypted attachment (user password required to open)
    from reportlab.lib.pdfencrypt import StandardEncryption
    enc = StandardEncryption("lintas2024", ownerPassword="owner-lin-2024", canPrint=0,
                             canModify=0, canCopy=0, canAnnotate=0, strength=128)
    render_reportlab(out / "07_Profil_Perusahaan.pdf", [
        ("title", "PROFIL PERUSAHAAN"), ("center", "PT Lintas Ilmu Nusantara"),
        ("p", "Lintas Ilmu didirikan di Kota Medan pada tahun 2019 dan mengembangkan kelas "
              "daring untuk pencari kerja dan pekerja."),
        ("p", "Dokumen ini dilindungi kata sandi.")],
        title="Profil Perusahaan", author="PT Lintas Ilmu Nusantara", encrypt=enc)
    facts = base_facts(co, provinces=provs, users=1_200_000,
                       portals=["https://lintasilmu.id",
                                "https://play.google.com/store/apps/details?id=id.lintasilmu.app"],
                       partners=len(partners), pay=True)
    c = crit(cov=NR)
    k = checks(quality=NR)
    record(bid, "Coverage statement claims 'seluruh Indonesia, yaitu 38 provinsi' but its own "
                "table has 19 provinces with users (3 rows at 0): contradiction -> "
                "needs_review in both rulesets; '1,2 juta pengguna'; deed date in words only; "
                "password-protected profile PDF -> document_quality needs_review.",
           facts, (c, k), (c, k))


# --- hd03 -------------------------------------------------------------------
def hd03():
    bid = "hd03-gemilang-talenta-andalas"
    out = fresh(bid)
    co = dict(
        company_name="PT Gemilang Talenta Andalas", legal_name_deed="PT Gemilang Talenta Andalas",
        form="PT", brand="Gemilang Talenta", stmt_name="PT Gemilang Talenta Andalas",
        nib_name="PT GEMILANG TALENTA ANDALAS",
        deed_number="41", deed_date=dt.date(2018, 3, 5),
        notary_full="RAHMAT HIDAYATULLAH, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="RAHMAT HIDAYATULLAH, S.H., M.Kn.", notary_name="Rahmat Hidayatullah",
        notary_city="Kota Jambi", city="Kota Jambi",
        ahu_print="AHU-0013672.AH.01.01.TAHUN 2018",
        ahu_norm="AHU-0013672.AH.01.01.TAHUN 2018", ahu_date=dt.date(2018, 3, 9),
        nib_print="9120001843275", nib_date=dt.date(2018, 9, 17),
        npwp_print="85.204.173.6-331.000",
        address="Jl. Sultan Thaha No. 45, Kota Jambi 36113", phone="0741-7553210",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta;",
              "KBLI (62019) Aktivitas Pemrograman Komputer Lainnya."],
        capital="Modal dasar Perseroan berjumlah Rp1.200.000.000,00 (satu miliar dua ratus "
                "juta Rupiah), terbagi atas 1.200 (seribu dua ratus) saham, masing-masing "
                "bernilai nominal Rp1.000.000,00. Telah ditempatkan dan disetor penuh 300 (tiga "
                "ratus) saham atau sebesar Rp300.000.000,00 (tiga ratus juta Rupiah).",
        founders=[("Tuan", "Andreas Kurniawan", "Jambi, 08-08-1983", "1571010808830002",
                   "Karyawan Swasta"),
                  ("Tuan", "Zulfikar Anwar Lubis", "Padang, 21-04-1975", "1371012104750005",
                   "Wiraswasta")],
        organs=[("Direktur Utama", "Tuan ANDREAS KURNIAWAN"),
                ("Direktur", "Nyonya SITI MAESAROH"),
                ("Komisaris Utama", "Tuan ZULFIKAR ANWAR LUBIS")],
        dc_primary="Jakarta", dc_dr="Batam",
        portal_sentence_en="It is available at https://www.gemilangtalenta.com.",
    )
    render_docx(out / "01_Akta_Pendirian_No41.docx", deed_blocks(co), title="Akta Pendirian",
                author="Notaris Rahmat Hidayatullah",
                header="KANTOR NOTARIS RAHMAT HIDAYATULLAH, S.H., M.Kn. - KOTA JAMBI",
                footer="Salinan akta - halaman ini merupakan bagian yang tidak terpisahkan")
    render_fpdf(out / "02_SK_AHU.pdf", ahu_blocks(co), title="SK AHU", author="SABU")
    render_txt(out / "03_NIB.txt", nib_blocks(co))
    # coverage statement: multi-page TIFF scan, 27 provinces with users
    labels = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
              "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung",
              "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta",
              "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Kalimantan Barat",
              "Kalimantan Selatan", "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Tengah",
              "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Papua"]
    rows, provs, total = coverage_rows(labels, set(), seed=33, lo=1200, hi=25000)
    assert len(provs) == 27
    signer = ("Andreas Kurniawan", "Direktur Utama")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")]
    blocks += signer_kv(co, signer, "GTA/DIR/SP-07/2024")
    blocks += [
        ("p", "dengan ini menyatakan dengan sebenarnya bahwa platform Gemilang Talenta "
              "memiliki cakupan layanan berskala nasional, dengan pengguna terdaftar di 27 "
              "(dua puluh tujuh) provinsi, dengan jumlah pengguna terdaftar seluruhnya "
              f"{rupiah_int(total)} pengguna per 30 Juni 2024, sebagaimana rincian pada "
              "lampiran tabel di halaman berikut."),
        ("p", "Demikian surat pernyataan ini dibuat untuk dipergunakan sebagai persyaratan "
              "pendaftaran Platform Digital Program Kartu Prakerja."),
        ("sig", "Jambi, 8 Juli 2024", signer[0], signer[1], True, "GEMILANG"),
        ("pagebreak",),
        ("h", "Lampiran: Sebaran Pengguna Terdaftar per Provinsi"),
        coverage_table(rows),
        ("p", "Catatan: pengguna di Provinsi Jambi terutama berasal dari Kota Jambi; pengguna "
              "di Provinsi Bengkulu sebagian besar berasal dari Kabupaten Bengkulu Utara."),
    ]
    imgs = render_images(blocks, dpi=300, seed=303, rotate=0.35)
    bil = [to_bilevel(i) for i in imgs]
    bil[0].save(out / "04_Pernyataan_Cakupan_Nasional_scan.tif", save_all=True,
                append_images=bil[1:], compression="group4", dpi=(300, 300))
    pay = [("h", "6. Payments"),
           ("p", "Course purchases are processed through our licensed payment gateway "
                 "partner, which supports bank virtual accounts, debit and credit cards, QRIS "
                 "and the major e-wallets. Payment notifications are received by callback and "
                 "reconciled automatically every night; refunds are handled through the same "
                 "gateway.")]
    blocks = sysdesc_en(co, payment_section=pay) + [
        ("sig", "Jambi, 8 July 2024", "Andreas Kurniawan", "President Director", False, None)]
    render_reportlab(out / "05_System_Description.pdf", blocks, title="System Description",
                     author="PT Gemilang Talenta Andalas",
                     header="PT Gemilang Talenta Andalas - System Description")
    partners = [("LPK Andalas Cipta Kerja", "Teknologi Informasi", "PKS-GTA-001/2023"),
                ("LKP Tata Rias Melati", "Tata Rias", "PKS-GTA-002/2023"),
                ("Akademi Barista Sumatera", "Perhotelan dan Kopi", "PKS-GTA-005/2023"),
                ("LPK Teknik Otomotif Batanghari", "Otomotif", "PKS-GTA-008/2024"),
                ("Balai Kursus Komputer Sentosa", "Perkantoran", "PKS-GTA-011/2024")]
    render_docx(out / "06_Daftar_Mitra_Lembaga_Pelatihan.docx", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "PT Gemilang Talenta Andalas"),
        partner_table(partners), ("p", COMPETENCY_ID), ("p", MARKET_ID),
        ("sig", "Jambi, 8 Juli 2024", signer[0], signer[1], False, None)],
        title="Daftar Mitra", author="PT Gemilang Talenta Andalas",
        header="PT GEMILANG TALENTA ANDALAS", footer="Daftar mitra per 30 Juni 2024")
    facts = base_facts(co, provinces=provs, users=total,
                       portals=["https://www.gemilangtalenta.com"], partners=len(partners),
                       pay=None)
    k = checks()
    record(bid, "System description covers all four IT aspects and describes a payment "
                "gateway / e-wallets but never the Kartu Prakerja payment method -> it_system "
                "needs_review under 11/2020 only; coverage statement is a 2-page bilevel TIFF "
                "scan (27 provinces, 'Kota Jambi' / 'Kabupaten Bengkulu Utara' notes); "
                "system description signed as 'President Director'.",
           facts, (crit(it=NR), k), (crit(), k))


# --- hd04 -------------------------------------------------------------------
def hd04():
    bid = "hd04-prima-vokasi-digital"
    out = fresh(bid)
    co = dict(
        company_name="PT Prima Vokasi Digital", legal_name_deed="PT Prima Vokasi Digital",
        form="PT", brand="Prima Vokasi", stmt_name="PT Prima Vokasi Digital",
        nib_name="PT PRIMA VOKASI DIGITAL",
        deed_number="8", deed_date=dt.date(2021, 2, 15),
        notary_full="KADEK SURYANI PRATIWI, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="KADEK SURYANI PRATIWI, S.H., M.Kn.", notary_name="Kadek Suryani Pratiwi",
        notary_city="Kota Denpasar", city="Kota Denpasar",
        ahu_print="AHU-0011946.AH.01.01.Tahun 2021",
        ahu_norm="AHU-0011946.AH.01.01.TAHUN 2021", ahu_date=dt.date(2021, 2, 18),
        nib_print="1302210047583", nib_date=dt.date(2021, 3, 2),
        npwp_print="42.618.395.2-901.000",
        address="Jl. Teuku Umar No. 120, Kota Denpasar 80113", phone="0361-4712280",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta."],
        capital="Modal dasar Perseroan berjumlah Rp5.000.000.000,00 (lima miliar Rupiah), "
                "terbagi atas 5.000 (lima ribu) saham, masing-masing bernilai nominal "
                "Rp1.000.000,00. Telah ditempatkan dan disetor penuh 1.250 (seribu dua ratus "
                "lima puluh) saham atau sebesar Rp1.250.000.000,00.",
        founders=[("Tuan", "I Gede Wirawan Putra", "Denpasar, 17-05-1986", "5171011705860006",
                   "Karyawan Swasta"),
                  ("Tuan", "Made Suarjana", "Gianyar, 09-09-1972", "5104010909720003", "Wiraswasta")],
        organs=[("Direktur Utama", "Tuan I GEDE WIRAWAN PUTRA"),
                ("Direktur", "Nyonya NI LUH AYU KARTINI"),
                ("Komisaris Utama", "Tuan MADE SUARJANA")],
        dc_primary="Jakarta", dc_dr="Surabaya",
        portal_sentence_id="Portal dapat diakses di primavokasi.id.",
    )
    # deed with the AHU approval printed as its last page (no separate file)
    render_fpdf(out / "01_Akta_Pendirian_dan_Pengesahan.pdf",
                deed_blocks(co, include_ahu_page=True), title="Akta Pendirian",
                author="Notaris Kadek Suryani Pratiwi",
                header="Kantor Notaris Kadek Suryani Pratiwi, S.H., M.Kn.",
                footer="Salinan")
    render_reportlab(out / "02_NIB_OSS_RBA.pdf", nib_blocks(co), title="NIB", author="OSS")
    labels = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
              "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung",
              "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta",
              "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
              "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan",
              "Kalimantan Timur", "Sulawesi Utara", "Gorontalo", "Sulawesi Selatan",
              "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat"]
    rows, provs, _ = coverage_rows(labels, {"Gorontalo", "Maluku Utara"}, seed=44,
                                   total=10000, lo=4000, hi=60000, floor=25)
    assert len(provs) == 29 and sum(v for _, v in rows) == 10000
    # shares in percent with two decimals (basis points / 100), summing to 100,00
    pct_rows = [[str(i), lab, f"{v // 100},{v % 100:02d}"] for i, (lab, v) in
                enumerate(rows, 1)]
    signer = ("I Gede Wirawan Putra", "Direktur Utama")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")]
    blocks += signer_kv(co, signer, "PVD/SP/2024/019")
    blocks += [
        ("p", "dengan ini menyatakan bahwa platform Prima Vokasi (primavokasi.id) memiliki "
              "cakupan layanan berskala nasional dengan ±850.000 pengguna terdaftar yang "
              "tersebar di 29 (dua puluh sembilan) provinsi. Persentase sebaran pengguna "
              "terdaftar per provinsi per 30 Juni 2024 adalah sebagai berikut:"),
        ("table", ["No", "Provinsi", "Persentase Pengguna (%)"], pct_rows),
        ("p", "Provinsi Gorontalo dan Maluku Utara belum memiliki pengguna terdaftar."),
        ("sig", "Denpasar, 10 Juli 2024", signer[0], signer[1], True, None),
    ]
    render_txt(out / "03_Surat_Pernyataan_Cakupan.txt", blocks)
    pay = [("h", "6. Integrasi Pembayaran"),
           ("p", "Integrasi dengan sistem Kartu Prakerja sebagai metode pembayaran pelatihan "
                 "saat ini masih dalam tahap pengembangan dan belum tersedia. Sampai integrasi "
                 "tersebut selesai, pembayaran kelas dilakukan melalui payment gateway "
                 "(virtual account dan kartu).")]
    render_docx(out / "04_Deskripsi_Sistem.docx", sysdesc_id(co, payment_section=pay),
                title="Deskripsi Sistem", author="PT Prima Vokasi Digital",
                header="PT PRIMA VOKASI DIGITAL", footer="Deskripsi Sistem - versi 2024.2")
    partners = [("LPK Bali Hospitality Center", "Perhotelan", "PKS/PVD/01/2023"),
                ("LKP Dharma Bahasa", "Bahasa Asing", "PKS/PVD/02/2023"),
                ("LPK Teknisi Listrik Bhakti", "Kelistrikan", "PKS/PVD/05/2023"),
                ("Akademi Desain Grafis Kreasi", "Desain Grafis", "PKS/PVD/07/2023"),
                ("LPK Seni Kuliner Nusa Dua", "Tata Boga", "PKS/PVD/09/2024"),
                ("Balai Kursus Administrasi Perkantoran Widya", "Administrasi",
                 "PKS/PVD/12/2024")]
    render_reportlab(out / "05_Daftar_Mitra_Lembaga_Pelatihan.pdf", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "PT Prima Vokasi Digital"),
        partner_table(partners), ("p", COMPETENCY_ID), ("p", MARKET_ID),
        ("sig", "Denpasar, 10 Juli 2024", signer[0], signer[1], False, None)],
        title="Daftar Mitra", author="PT Prima Vokasi Digital")
    facts = base_facts(co, provinces=provs, users=850_000, portals=["https://primavokasi.id"],
                       partners=len(partners), pay=False)
    k = checks()
    record(bid, "Payment integration with Kartu Prakerja 'masih dalam tahap pengembangan dan "
                "belum tersedia' (denied -> it_system not_met under 11/2020; 3/2020 has no "
                "payment test); AHU approval printed as the last page of the deed PDF; "
                "'±850.000 pengguna'; 29 provinces, Riau and Kepulauan Riau both with users.",
           facts, (crit(it=NM), k), (crit(), k))


# --- hd05 -------------------------------------------------------------------
def hd05():
    bid = "hd05-bina-karya-daring"
    out = fresh(bid)
    co = dict(
        company_name="PT Bina Karya Daring", legal_name_deed="PT Bina Karya Daring",
        form="PT", brand="Bina Karya Daring", stmt_name="PT Bina Karya Daring",
        nib_name="PT BINA KARYA DARING",
        deed_number="56", deed_date=dt.date(2019, 5, 20),
        notary_full="HENDRA GUNAWAN SAPUTRA, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="HENDRA GUNAWAN SAPUTRA, S.H., M.Kn.",
        notary_name="Hendra Gunawan Saputra",
        notary_city="Kota Administrasi Jakarta Selatan",
        city="Kota Administrasi Jakarta Selatan",
        ahu_print="AHU-0025418.AH.01.01.Tahun 2019",
        ahu_norm="AHU-0025418.AH.01.01.TAHUN 2019", ahu_date=dt.date(2019, 5, 24),
        nib_print="8120214560397", nib_date=dt.date(2019, 6, 10),
        npwp_print="91.402.573.8-015.000",
        address="Jl. Warung Buncit Raya No. 18, Jakarta Selatan 12740", phone="021-79183346",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta."],
        capital="Modal dasar Perseroan berjumlah Rp3.000.000.000,00 (tiga miliar Rupiah), "
                "terbagi atas 3.000 (tiga ribu) saham, masing-masing bernilai nominal "
                "Rp1.000.000,00. Telah ditempatkan dan disetor penuh 750 (tujuh ratus lima "
                "puluh) saham atau sebesar Rp750.000.000,00.",
        founders=[("Tuan", "Fajar Nugroho", "Yogyakarta, 03-02-1984", "3174050302840009",
                   "Karyawan Swasta"),
                  ("Tuan", "Bambang Sutrisno Hadi", "Solo, 19-12-1966", "3174041912660002",
                   "Pensiunan")],
        organs=[("Direktur Utama", "Tuan FAJAR NUGROHO"),
                ("Direktur", "Nyonya LESTARI HANDAYANI"),
                ("Komisaris Utama", "Tuan BAMBANG SUTRISNO HADI"),
                ("Komisaris", "Nyonya RATNA DEWI ANGGRAENI")],
        dc_primary="Cikarang", dc_dr="Batam",
        portal_sentence_id="Portal dapat diakses di https://www.binakaryadaring.co.id.",
    )
    render_txt(out / "01_Akta_Pendirian_No56.txt", deed_blocks(co), dashes=True)
    render_docx(out / "02_SK_Pengesahan_AHU.docx", ahu_blocks(co), title="SK AHU",
                author="SABU", header="Kementerian Hukum dan Hak Asasi Manusia",
                footer="Dicetak dari Sistem Administrasi Badan Hukum")
    render_fpdf(out / "03_NIB.pdf", nib_blocks(co), title="NIB", author="OSS")
    labels = ["Aceh", "Sumut", "Sumbar", "Riau", "Jambi", "Sumsel", "Bengkulu", "Lampung",
              "Babel", "Kepri", "DKI Jakarta", "Jabar", "Banten", "Jateng", "DIY", "Jatim",
              "Bali", "NTB", "NTT", "Kalbar", "Kalteng", "Kalsel", "Kaltim", "Sulsel",
              "Sulteng", "Sulut", "Maluku"]
    rows, provs, total = coverage_rows(labels, set(), seed=55, lo=2500, hi=30000)
    assert len(provs) == 27
    signer = ("Bambang Sutrisno Hadi", "Komisaris Utama")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")]
    blocks += signer_kv(co, signer, "BKD/KOM/004/2024")
    blocks += [
        ("p", "dengan ini menyatakan bahwa platform Bina Karya Daring memiliki cakupan "
              "layanan berskala nasional dengan pengguna terdaftar di 27 (dua puluh tujuh) "
              f"provinsi dan jumlah pengguna terdaftar {rupiah_int(total)} pengguna per 30 "
              "Juni 2024."),
        ("p", "Sebagian besar pengguna kami berada di Pulau Jawa; saat ini kami juga sedang "
              "memperluas kerja sama dengan pemerintah daerah di Kalimantan dan Sulawesi."),
        coverage_table(rows),
        ("sig", "Jakarta, 15 Juli 2024", signer[0], signer[1], True, "BINA KARYA"),
    ]
    render_reportlab(out / "04_Surat_Pernyataan_Cakupan_Nasional.pdf", blocks,
                     title="Surat Pernyataan Cakupan Nasional", author="PT Bina Karya Daring",
                     header="PT BINA KARYA DARING")
    render_txt(out / "05_Deskripsi_Sistem.txt", sysdesc_id(co, payment_section=PAY_ID_YES))
    partners = [("LPK Cahaya Mandiri Bekasi", "Digital Marketing untuk UMKM",
                 "PKS/BKD/003/2022"),
                ("LKP Kopi Nusantara", "Barista Dasar", "PKS/BKD/006/2022"),
                ("Akademi Kode Cemerlang", "Dasar Pemrograman Web", "PKS/BKD/010/2023"),
                ("LKP Jahit Kreatif Sejahtera", "Menjahit Pakaian", "PKS/BKD/014/2023")]
    render_docx(out / "06_Daftar_Lembaga_Pelatihan_Mitra.docx", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "PT Bina Karya Daring"),
        ("table", ["No", "Nama Lembaga Pelatihan", "Program yang Ditawarkan",
                   "Nomor Perjanjian Kerja Sama"],
         [[str(i), p[0], p[1], p[2]] for i, p in enumerate(partners, 1)]),
        ("p", "Mitra di atas menawarkan kelas daring dan luring melalui platform kami. "
              "Platform Bina Karya Daring merupakan marketplace terbuka: lembaga pelatihan "
              "lain dapat mendaftar dan menawarkan kelasnya setelah melalui proses kurasi."),
        ("sig", "Jakarta, 15 Juli 2024", "Fajar Nugroho", "Direktur Utama", False, None)],
        title="Daftar Mitra", author="PT Bina Karya Daring", header="PT BINA KARYA DARING",
        footer="Lampiran pendaftaran Platform Digital")
    facts = base_facts(co, provinces=provs, users=total,
                       portals=["https://www.binakaryadaring.co.id"], partners=len(partners),
                       pay=True)
    c = crit(partners=NR)
    k = checks(signer=NM)
    record(bid, "Four partners listed with no competency basis anywhere in the bundle "
                "(training_partners needs_review); coverage statement signed by the Komisaris "
                "Utama (signatory_authorized not_met); 'Pulau Jawa'/'Kalimantan'/'Sulawesi' "
                "narrative is not a province list; 27 provinces in the table.",
           facts, (c, k), (c, k))


# --- hd06 (zip) ---------------------------------------------------------------
def hd06():
    bid = "hd06-ruang-terampil-indonesia"
    tmp = fresh("_build_" + bid)
    co = dict(
        company_name="PT Ruang Terampil Indonesia",
        legal_name_deed="PT Ruang Terampil Indonesia", form="PT", brand="Ruang Terampil",
        stmt_name="PT Ruang Terampil Indonesia", nib_name="PT RUANG TERAMPIL INDONESIA",
        deed_number="3", deed_date=dt.date(2020, 11, 2),
        notary_full="FITRI HANDAYANI, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="FITRI HANDAYANI, S.H., M.Kn.", notary_name="Fitri Handayani",
        notary_city="Kabupaten Sleman", city="Kabupaten Sleman",
        ahu_print="AHU-0062581.AH.01.01.Tahun 2020",
        ahu_norm="AHU-0062581.AH.01.01.TAHUN 2020", ahu_date=dt.date(2020, 11, 5),
        nib_print="9120012659034", nib_date=dt.date(2020, 11, 20),
        npwp_print="53.187.264.9-542.000",
        address="Jl. Kaliurang Km 7 No. 9, Kabupaten Sleman 55281", phone="0274-8862015",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta."],
        capital="Modal dasar Perseroan berjumlah Rp1.000.000.000,00 (satu miliar Rupiah), "
                "terbagi atas 1.000 (seribu) saham, masing-masing bernilai nominal "
                "Rp1.000.000,00. Telah ditempatkan dan disetor penuh 250 (dua ratus lima puluh) "
                "saham atau sebesar Rp250.000.000,00.",
        founders=[("Tuan", "Ahmad Fauzan Rizki", "Sleman, 25-10-1990", "3404012510900001",
                   "Karyawan Swasta"),
                  ("Tuan", "Joko Haryanto", "Klaten, 11-07-1968", "3310011107680004", "Wiraswasta")],
        organs=[("Direktur Utama", "Tuan AHMAD FAUZAN RIZKI"),
                ("Direktur", "Nyonya WULAN SEKARSARI"),
                ("Komisaris", "Tuan JOKO HARYANTO")],
        dc_primary="Jakarta", dc_dr="Yogyakarta",
        portal_sentence_en="The website is www.ruangterampil.co.id and the Android app is "
                           "listed at https://play.google.com/store/apps/details?id="
                           "id.ruangterampil.app.",
    )
    render_reportlab(tmp / "01_Akta_Pendirian.pdf", deed_blocks(co), title="Akta Pendirian",
                     author="Notaris Fitri Handayani", serif=True, dashes=True)
    render_txt(tmp / "02_SK_AHU.txt", ahu_blocks(co))
    render_docx(tmp / "03_NIB.docx", nib_blocks(co), title="NIB", author="OSS",
                header="Sistem OSS", footer="Dicetak oleh pelaku usaha")
    labels = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi",
              "Sumatera Selatan", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat",
              "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
              "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat",
              "Kalimantan Selatan", "Kalimantan Timur", "Sulawesi Utara",
              "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku",
              "Papua Barat", "Papua Selatan"]
    rows, provs, total = coverage_rows(labels, {"Papua Selatan"}, seed=66, lo=900, hi=14000)
    assert len(provs) == 26
    signer = ("Ahmad Fauzan Rizki", "Direktur Utama")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")]
    blocks += signer_kv(co, signer, "RTI/SP/2024/07")
    blocks += [
        ("p", "dengan ini menyatakan bahwa platform Ruang Terampil memiliki pengguna "
              "terdaftar di 26 (dua puluh enam) provinsi dengan jumlah pengguna terdaftar "
              f"{rupiah_int(total)} pengguna per 30 Juni 2024, dengan rincian sebagai berikut:"),
        coverage_table(rows),
        ("p", "Provinsi Papua Selatan tercatat belum memiliki pengguna terdaftar."),
        ("sig", "Sleman, 12 Juli 2024", signer[0], signer[1], True, "RUANG TERAMPIL"),
    ]
    render_docx(tmp / "04_Pernyataan_Cakupan.docx", blocks, title="Pernyataan Cakupan",
                author="PT Ruang Terampil Indonesia", header="PT RUANG TERAMPIL INDONESIA",
                footer="Pernyataan cakupan pengguna")
    render_txt(tmp / "05_System_Description.txt", sysdesc_en(co, payment_section=PAY_EN_YES))
    render_reportlab(tmp / "06_Kerja_Sama_Lembaga_Pelatihan.pdf", [
        ("title", "SURAT PERNYATAAN KERJA SAMA LEMBAGA PELATIHAN"),
        ("center", "PT Ruang Terampil Indonesia"),
        ("p", "Yang bertanda tangan di bawah ini, Ahmad Fauzan Rizki, Direktur Utama PT Ruang "
              "Terampil Indonesia, menyatakan bahwa kelas yang tersedia di platform Ruang "
              "Terampil saat ini terdiri atas kelas yang dikembangkan oleh tim internal kami "
              "dan kelas dari satu lembaga pelatihan mitra, yaitu:"),
        ("kv", [("Nama lembaga", "LPK Sentosa Kriya Mandiri"),
                ("Alamat", "Jl. Parangtritis Km 4, Kabupaten Bantul"),
                ("Perjanjian kerja sama", "PKS/RTI/001/2023 tanggal 6 Maret 2023"),
                ("Bidang pelatihan", "Kriya kayu, kriya kulit dan desain produk")]),
        ("p", "Program pelatihan LPK Sentosa Kriya Mandiri disusun berbasis kompetensi "
              "dengan mengacu pada Standar Kompetensi Kerja Nasional Indonesia (SKKNI) bidang "
              "kriya."),
        ("sig", "Sleman, 12 Juli 2024", signer[0], signer[1], False, None)],
        title="Kerja Sama Lembaga Pelatihan", author="PT Ruang Terampil Indonesia")
    (tmp / "07_Lampiran_Sertifikat_ISO27001.pdf").write_bytes(b"")
    zpath = OUT / f"{bid}.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for f in sorted(tmp.iterdir()):
            zi = zipfile.ZipInfo(f.name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, f.read_bytes())
    shutil.rmtree(tmp)
    facts = base_facts(co, provinces=provs, users=total,
                       portals=["https://www.ruangterampil.co.id",
                                "https://play.google.com/store/apps/details?id="
                                "id.ruangterampil.app"],
                       partners=1, pay=True)
    c = crit(market=NR)
    k = checks(quality=NR)
    record(bid, "Zip bundle. Exactly one external training provider plus in-house classes, "
                "no open-marketplace statement (open_marketplace needs_review: neither >=2 "
                "providers nor 'only its own courses'); zero-byte ISO certificate attachment "
                "(document_quality needs_review); exactly 26 provinces (Papua Selatan row 0).",
           facts, (c, k), (c, k))


# --- hd07 -------------------------------------------------------------------
def hd07():
    bid = "hd07-cv-sekar-ilmu-digital"
    out = fresh(bid)
    co = dict(
        company_name="CV Sekar Ilmu Digital", legal_name_deed="CV Sekar Ilmu Digital",
        form="CV", brand="Sekar Ilmu", stmt_name="CV Sekar Ilmu Digital",
        nib_name="CV SEKAR ILMU DIGITAL",
        deed_number="12", deed_date=dt.date(2021, 6, 14),
        notary_full="AGUS SALIM HARAHAP, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="AGUS SALIM HARAHAP, S.H., M.Kn.", notary_name="Agus Salim Harahap",
        notary_city="Kota Malang", city="Kota Malang",
        nib_print="1206210038419", nib_date=dt.date(2021, 6, 28),
        npwp_print="62.947.381.5-623.000",
        address="Jl. Soekarno Hatta No. 52, Kota Malang 65141", phone="0341-5520981",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta."],
        capital="Modal Persekutuan ditetapkan sebesar Rp300.000.000,00 (tiga ratus juta "
                "Rupiah), yang disetor oleh Tuan YUDHA PRATAMA sebesar Rp200.000.000,00 dan "
                "oleh Nyonya NINA MARLINA sebesar Rp100.000.000,00.",
        management_text="Tuan YUDHA PRATAMA adalah persero pengurus (sekutu aktif) dan "
                        "menjabat sebagai Direktur yang berhak mewakili Persekutuan di dalam "
                        "dan di luar pengadilan; Nyonya NINA MARLINA adalah persero "
                        "komanditer (sekutu pasif) yang hanya memasukkan modal.",
        founders=[("Tuan", "Yudha Pratama", "Malang, 04-04-1989", "3573010404890003",
                   "Karyawan Swasta"),
                  ("Nyonya", "Nina Marlina", "Batu, 15-08-1991", "3579015508910002", "Wiraswasta")],
        dc_primary="Jakarta", dc_dr="Surabaya",
        portal_sentence_id="Portal dapat diakses di https://sekarilmu.id.",
    )
    render_fpdf(out / "01_Akta_Pendirian_CV_No12.pdf", deed_blocks(co),
                title="Akta Pendirian CV", author="Notaris Agus Salim Harahap",
                header="Kantor Notaris Agus Salim Harahap, S.H., M.Kn. - Kota Malang")
    render_txt(out / "02_NIB.txt", nib_blocks(co))
    labels = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau",
              "Jambi", "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu",
              "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
              "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
              "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
              "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
              "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Papua"]
    rows, provs, total = coverage_rows(labels, set(), seed=77, lo=800, hi=22000)
    assert len(provs) == 30
    signer = ("Yudha Pratama", "Direktur")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL")]
    blocks += signer_kv(co, signer, "SID/SP/06/2024")
    blocks += [
        ("p", "dengan ini menyatakan bahwa platform Sekar Ilmu memiliki cakupan layanan "
              "berskala nasional dengan pengguna terdaftar di 30 (tiga puluh) provinsi dan "
              f"jumlah pengguna terdaftar {rupiah_int(total)} pengguna per 30 Juni 2024."),
        ("p", "Pengguna terbanyak berasal dari Jawa, disusul Sumatera dan Kalimantan; rincian "
              "per provinsi adalah sebagai berikut:"),
        coverage_table(rows),
        ("sig", "Malang, 3 Juli 2024", signer[0], signer[1], True, "SEKAR ILMU"),
    ]
    render_docx(out / "03_Surat_Pernyataan_Cakupan.docx", blocks,
                title="Surat Pernyataan Cakupan", author="CV Sekar Ilmu Digital",
                header="CV SEKAR ILMU DIGITAL - Kota Malang", footer="Surat pernyataan")
    render_reportlab(out / "04_Deskripsi_Sistem.pdf", sysdesc_id(co, payment_section=PAY_ID_YES),
                     title="Deskripsi Sistem", author="CV Sekar Ilmu Digital",
                     header="CV Sekar Ilmu Digital")
    partners = [("LPK Brawijaya Komputer", "Teknologi Informasi", "PKS/SID/01/2022"),
                ("LKP Tata Rias Arjuno", "Tata Rias", "PKS/SID/02/2022"),
                ("Akademi Fotografi Tumapel", "Fotografi", "PKS/SID/04/2023")]
    render_txt(out / "05_Daftar_Mitra.txt", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "CV Sekar Ilmu Digital"),
        partner_table(partners), ("p", COMPETENCY_ID), ("p", MARKET_ID)])
    facts = base_facts(co, provinces=provs, users=total, portals=["https://sekarilmu.id"],
                       partners=len(partners), pay=True)
    k = checks()
    record(bid, "A CV (persekutuan komanditer) that otherwise meets everything -> legal_entity "
                "not_met in both rulesets; NIB present so business_license met (private "
                "operator); 30 provinces; 'Jawa'/'Sumatera'/'Kalimantan' are islands.",
           facts, (crit(legal=NM), k), (crit(legal=NM), k))


# --- hd08 -------------------------------------------------------------------
def hd08():
    bid = "hd08-nusa-cakap-edukasi"
    out = fresh(bid)
    co = dict(
        company_name="PT Nusa Cakap Edukasi", legal_name_deed="PT Nusa Cakap Edukasi",
        form="PT", brand="Nusa Cakap", stmt_name="PT Nusa Cakap Edukasi",
        nib_name="PT NUSA CAKAP EDUKASI",
        deed_number="29", deed_date=dt.date(2020, 9, 21),
        notary_full="LUKAS WIJAYA SANTOSO, Sarjana Hukum, Magister Kenotariatan",
        notary_sig="LUKAS WIJAYA SANTOSO, S.H., M.Kn.", notary_name="Lukas Wijaya Santoso",
        notary_city="Kota Surabaya", city="Kota Surabaya",
        ahu_print="AHU-0048913.AH.01.01.Tahun 2020",
        ahu_norm="AHU-0048913.AH.01.01.TAHUN 2020", ahu_date=dt.date(2020, 9, 24),
        nib_print="9120308462715", nib_date=dt.date(2020, 10, 6),
        npwp_print="76.301.948.2-614.000",
        address="Jl. Raya Darmo No. 88, Kota Surabaya 60241", phone="031-99017724",
        kbli=["KBLI (63122) Portal Web dan/atau Platform Digital dengan Tujuan Komersial;",
              "KBLI (85499) Pendidikan Lainnya Swasta."],
        capital="Modal dasar Perseroan berjumlah Rp2.500.000.000,00 (dua miliar lima ratus "
                "juta Rupiah), terbagi atas 2.500 (dua ribu lima ratus) saham, masing-masing "
                "bernilai nominal Rp1.000.000,00. Telah ditempatkan dan disetor penuh 625 "
                "(enam ratus dua puluh lima) saham atau sebesar Rp625.000.000,00.",
        founders=[("Tuan", "Kevin Hartono Tanujaya", "Surabaya, 29-01-1987", "3578012901870005",
                   "Karyawan Swasta"),
                  ("Tuan", "Suryadi Halim", "Malang, 12-12-1965", "3578011212650001", "Wiraswasta")],
        organs=[("Direktur Utama", "Tuan KEVIN HARTONO TANUJAYA"),
                ("Direktur", "Nyonya ANISA RAHMAWATI"),
                ("Komisaris Utama", "Tuan SURYADI HALIM")],
        dc_primary="Cikarang", dc_dr="Batam",
        portal_sentence_id="Portal dapat diakses di https://nusacakap.id.",
    )
    render_docx(out / "01_Akta_Pendirian_No29.docx", deed_blocks(co), title="Akta Pendirian",
                author="Notaris Lukas Wijaya Santoso",
                header="KANTOR NOTARIS LUKAS WIJAYA SANTOSO, S.H., M.Kn.",
                footer="Salinan sesuai minuta")
    render_reportlab(out / "02_Pengesahan_AHU.pdf", ahu_blocks(co), title="Pengesahan AHU",
                     author="SABU", serif=True)
    render_fpdf(out / "03_NIB.pdf", nib_blocks(co), title="NIB", author="OSS")
    signer = ("Kevin Hartono Tanujaya", "Direktur Utama")
    blocks = [("title", "SURAT PERNYATAAN CAKUPAN LAYANAN")]
    blocks += signer_kv(co, signer, "NCE/DIR/012/2024")
    blocks += [
        ("p", "dengan ini menyatakan bahwa platform Nusa Cakap telah melayani peserta "
              "pelatihan dari Sabang sampai Merauke, dengan jumlah pengguna terdaftar sebanyak "
              "634.208 pengguna per 30 Juni 2024."),
        ("p", "Demikian surat pernyataan ini kami buat dengan sebenarnya untuk dipergunakan "
              "sebagaimana mestinya."),
        ("sig", "Surabaya, 9 Juli 2024", signer[0], signer[1], True, "NUSA CAKAP"),
    ]
    imgs = render_images(blocks, dpi=200, seed=808,
                         header="PT NUSA CAKAP EDUKASI - Jl. Raya Darmo No. 88, Kota Surabaya")
    imgs[0].save(out / "04_Surat_Pernyataan_Cakupan_scan.png", dpi=(200, 200))
    assert len(imgs) == 1
    render_fpdf(out / "05_Deskripsi_Sistem.pdf", sysdesc_id(co, payment_section=PAY_ID_YES),
                title="Deskripsi Sistem", author="PT Nusa Cakap Edukasi",
                header="PT Nusa Cakap Edukasi - Deskripsi Sistem")
    partners = [("LPK Surya Teknik Gresik", "Teknik Las", "PKS/NCE/002/2022"),
                ("LKP Bahasa Jepang Sakura Darmo", "Bahasa Jepang", "PKS/NCE/005/2023"),
                ("Akademi Animasi Rungkut", "Animasi 2D", "PKS/NCE/007/2023")]
    render_txt(out / "06_Mitra_Lembaga_Pelatihan.txt", [
        ("title", "DAFTAR LEMBAGA PELATIHAN MITRA"), ("center", "PT Nusa Cakap Edukasi"),
        partner_table(partners),
        ("p", "Seluruh program pelatihan mitra disusun berbasis kompetensi dengan mengacu "
              "pada SKKNI."),
        ("p", MARKET_ID)])
    # corrupt attachment: PDF header followed by garbage (broken download)
    rng = random.Random(888)
    garbage = bytes(rng.randrange(256) for _ in range(6000))
    (out / "07_Lampiran_Laporan_Keuangan_2023.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                                                                + garbage)
    facts = base_facts(co, users=634_208, portals=["https://nusacakap.id"],
                       partners=len(partners), pay=True)
    c = crit(cov=NR)
    k = checks(quality=NR)
    record(bid, "Only coverage wording is 'melayani peserta pelatihan dari Sabang sampai "
                "Merauke' (an idiom, no 'nasional'/'seluruh Indonesia', no numbers or list; "
                "PNG scan) -> needs_review in both rulesets; corrupt PDF attachment -> "
                "document_quality needs_review.",
           facts, (c, k), (c, k))


HEADER = """\
# Held-out corpus "heldout-d": ground truth for 8 fictional Kartu Prakerja
# digital-platform applicant bundles (focus: ambiguity and conflict).
# Written from shared/domain/BRIEF.md ("Screening rules v1", read literally)
# and shared/spec/report-contract.md only. Generated by make_bundles.py.
#
# facts: contract fact names with normalized values; a fact the bundle does not
#   state is omitted. Compare person/company names case-insensitively (deeds
#   print names in capitals). entity_form, ownership, listed given for all.
# overall: contract formula (not_met if any criterion not_met; else incomplete
#   if any criterion missing; else needs_review if any criterion or check is
#   needs_review or any check is not_met; else met). hd05 has a check that is
#   not_met and is needs_review through training_partners too.
#
# Judgement calls:
# - hd02: a stated "38 provinsi" contradicted by a table with 19 provinces with
#   users is conflicting evidence -> national_coverage needs_review under
#   11/2020 too (not not_met). provinces = the 19 table rows with users.
# - hd03: payment gateway / e-wallet text without any reference to the Kartu
#   Prakerja payment method = payment integration not spoken to
#   (payment_integration omitted).
# - hd06: one external provider is neither ">= 2 providers" (met) nor "only its
#   own courses" (not_met) -> open_marketplace needs_review.
# - hd07: a CV has no Ministry approval to submit (the AHU requirement applies
#   to a PT), so bundle_complete is met; the form itself fails legal_entity.
# - hd08: "dari Sabang sampai Merauke" is a figure of speech naming two towns,
#   not an explicit national-scale claim; read literally it is at most a
#   qualitative claim with no numbers -> needs_review in both rulesets. No
#   provinces are stated (Sabang and Merauke are towns), so provinces and
#   province_count are omitted. The NIB boilerplate "berlaku di seluruh wilayah
#   Republik Indonesia" (every NIB print here) is the licence's validity, not
#   a coverage claim.
# - Rows with 0 users are not provinces with users; island names (Jawa,
#   Kalimantan, Sumatera, Sulawesi), towns (Kota Jambi, Kabupaten Bengkulu
#   Utara, Jakarta Selatan, Batam) and data-centre locations are not provinces
#   with users.
"""


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote every digit string (NIB, NPWP, deed numbers, dates) explicitly
    if value and all(ch.isdigit() or ch in "-." for ch in value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected():
    parts = [HEADER, "bundles:\n"]
    for bid in sorted(EXPECTED):
        body = yaml.dump({bid: EXPECTED[bid]}, Dumper=_Dumper, sort_keys=False,
                         allow_unicode=True, default_flow_style=False, width=100)
        parts.append(f"  # {COMMENTS[bid]}\n")
        parts.append(textwrap.indent(body, "  "))
    text = "".join(parts)
    yaml.safe_load(text)  # must parse
    (OUT / "expected.yaml").write_text(text, encoding="utf-8")


def main():
    random.seed(0)
    for fn in (hd01, hd02, hd03, hd04, hd05, hd06, hd07, hd08):
        fn()
    write_expected()


if __name__ == "__main__":
    main()
