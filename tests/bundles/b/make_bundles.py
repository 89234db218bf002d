#!/usr/bin/env python3
"""Generate held-out test corpus B (8 fictional Kartu Prakerja platform applicant bundles).

Run with the project's virtualenv (reportlab, fpdf2, python-docx, Pillow):
    .venv/bin/python tests/bundles/b/make_bundles.py

Writes the bundles next to this script and expected.yaml (ground truth).
All companies, people, numbers and decrees are fictional.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # reproducible reportlab output

OUT = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = str(FONT_DIR / "DejaVuSans.ttf")
SANS_B = str(FONT_DIR / "DejaVuSans-Bold.ttf")
SERIF = str(FONT_DIR / "DejaVuSerif.ttf")
SERIF_B = str(FONT_DIR / "DejaVuSerif-Bold.ttf")
MONO = str(FONT_DIR / "DejaVuSansMono.ttf")
FIXED_DATE = dt.datetime(2024, 7, 1, 9, 0, 0, tzinfo=dt.UTC)
ZIP_DATE = (2024, 7, 1, 9, 0, 0)

pdfmetrics.registerFont(TTFont("DVSerif", SERIF))
pdfmetrics.registerFont(TTFont("DVSerif-Bold", SERIF_B))
pdfmetrics.registerFont(TTFont("DVSans", SANS))
pdfmetrics.registerFont(TTFont("DVSans-Bold", SANS_B))

DASH = "-" * 12
LONGDASH = "-" * 24

# ---------------------------------------------------------------------------
# Provinces (our own mapping, used only to derive the expected facts)
# ---------------------------------------------------------------------------
CANONICAL = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
    "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
    "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat",
    "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
    "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku",
    "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
    "Papua Pegunungan",
]
ALIAS = {
    "NAD": "Aceh", "Nanggroe Aceh Darussalam": "Aceh", "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat",
    "Kepri": "Kepulauan Riau", "Sumsel": "Sumatera Selatan", "Babel": "Kepulauan Bangka Belitung",
    "Bangka Belitung": "Kepulauan Bangka Belitung", "Jakarta": "DKI Jakarta",
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta", "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah",
    "DIY": "DI Yogyakarta", "Daerah Istimewa Yogyakarta": "DI Yogyakarta", "Jatim": "Jawa Timur",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur", "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah", "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sulbar": "Sulawesi Barat", "Sulsel": "Sulawesi Selatan", "Sultra": "Sulawesi Tenggara",
    "Malut": "Maluku Utara", "Pabar": "Papua Barat",
}
ALIAS.update({c: c for c in CANONICAL})
assert len(CANONICAL) == 38


def coverage_facts(rows: list[tuple[str, int]]) -> tuple[list[str], int, int]:
    provs = sorted({ALIAS[label] for label, users in rows if users > 0})
    labels = [ALIAS[label] for label, _ in rows]
    assert len(labels) == len(set(labels)), "duplicate province row"
    total = sum(u for _, u in rows)
    return provs, len(provs), total


# ---------------------------------------------------------------------------
# Indonesian words for numbers and dates
# ---------------------------------------------------------------------------
_SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
           "sebelas"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def terbilang(n: int) -> str:
    def tail(rest: int) -> str:
        return (" " + terbilang(rest)) if rest else ""
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return terbilang(n // 10) + " puluh" + tail(n % 10)
    if n < 200:
        return "seratus" + tail(n - 100)
    if n < 1000:
        return terbilang(n // 100) + " ratus" + tail(n % 100)
    if n < 2000:
        return "seribu" + tail(n - 1000)
    if n < 1_000_000:
        return terbilang(n // 1000) + " ribu" + tail(n % 1000)
    return terbilang(n // 1_000_000) + " juta" + tail(n % 1_000_000)


def tgl_words(d: dt.date) -> str:
    return f"{terbilang(d.day)} {BULAN[d.month - 1]} {terbilang(d.year)}"


def tgl(d: dt.date) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def hari(d: dt.date) -> str:
    return HARI[d.weekday()]


def ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def write_txt(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.strip("\n") + "\n", encoding="utf-8")


def txt_table(headers: list[str], rows: list[list[str]]) -> str:
    cols = list(zip(headers, *rows, strict=False))
    widths = [max(len(str(c)) for c in col) for col in cols]
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=False)) + " |"
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule, line(headers), rule.replace("-", "=")]
    out += [line(r) for r in rows]
    out.append(rule)
    return "\n".join(out)


def normalize_zip(path: Path) -> None:
    """Rewrite a zip container (docx) with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zout.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)


def write_docx(path: Path, blocks: list, header: str | None = None, footer: str | None = None,
               font: str = "Times New Roman", size: int = 11) -> None:
    """blocks: ("h", text, level) | ("p", text) | ("b", text) bold paragraph | ("table", headers, rows)."""
    doc = Document()
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.author = "Admin"
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "b":
            doc.add_paragraph().add_run(b[1]).bold = True
        elif kind == "table":
            headers, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for i, h in enumerate(headers):
                t.rows[0].cells[i].text = h
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


# --- reportlab -------------------------------------------------------------
RL_BODY = ParagraphStyle("body", fontName="DVSerif", fontSize=10, leading=13.5, spaceAfter=4)
RL_SMALL = ParagraphStyle("small", parent=RL_BODY, fontSize=9, leading=11.5, spaceAfter=3)
RL_TITLE = ParagraphStyle("title", parent=RL_BODY, fontName="DVSerif-Bold", fontSize=11.5, leading=15,
                          alignment=1, spaceAfter=2)
RL_HEAD = ParagraphStyle("head", parent=RL_BODY, fontName="DVSerif-Bold", spaceBefore=5)


def rl_flow(blocks: list, style=RL_BODY, title_style=RL_TITLE) -> list:
    """blocks: ("t", text) centered title | ("h", text) | ("p", text) | ("sp", h) | ("table", headers, rows, widths)."""
    out = []
    for b in blocks:
        k = b[0]
        if k == "t":
            out.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), title_style))
        elif k == "h":
            out.append(Paragraph(escape(b[1]), ParagraphStyle("h2", parent=style, fontName="DVSerif-Bold",
                                                              spaceBefore=5)))
        elif k == "p":
            out.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), style))
        elif k == "sp":
            out.append(Spacer(1, b[1]))
        elif k == "fb":
            out.append(FrameBreak())
        elif k == "table":
            headers, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            cell = ParagraphStyle("cell", parent=style, fontSize=8.5, leading=10.5, spaceAfter=0)
            data = [[Paragraph(escape(str(c)), cell) for c in headers]]
            data += [[Paragraph(escape(str(c)), cell) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 6))
        else:
            raise ValueError(k)
    return out


def rl_hf(header_left: str | None, header_right: str | None, footer: str | None, letterhead: list[str] | None = None):
    def draw(canv, doc):
        w, h = A4
        canv.saveState()
        if letterhead:
            canv.setFont("DVSans-Bold", 12)
            canv.drawString(20 * mm, h - 16 * mm, letterhead[0])
            canv.setFont("DVSans", 8)
            for i, line in enumerate(letterhead[1:]):
                canv.drawString(20 * mm, h - (21 + 4 * i) * mm, line)
            y = h - (21 + 4 * len(letterhead[1:])) * mm
            canv.setLineWidth(1.2)
            canv.line(20 * mm, y, w - 20 * mm, y)
        else:
            canv.setFont("DVSans", 8)
            if header_left:
                canv.drawString(20 * mm, h - 12 * mm, header_left)
            if header_right:
                canv.drawRightString(w - 20 * mm, h - 12 * mm, header_right)
            canv.setLineWidth(0.4)
            canv.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
        canv.setFont("DVSans", 8)
        if footer:
            canv.drawString(20 * mm, 10 * mm, footer.replace("{page}", str(doc.page)))
        canv.drawRightString(w - 20 * mm, 10 * mm, f"- {doc.page} -")
        canv.restoreState()
    return draw


def rl_pdf(path: Path, blocks: list, header_left=None, header_right=None, footer=None, letterhead=None,
           top_margin=25 * mm, title: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=top_margin, bottomMargin=20 * mm, title=title, author="")
    hf = rl_hf(header_left, header_right, footer, letterhead)
    doc.build(rl_flow(blocks), onFirstPage=hf, onLaterPages=hf)


def rl_pdf_two_column(path: Path, title_blocks: list, body_blocks: list, footer: str) -> None:
    """Title across the page, then the body in two columns (as many scanned deeds look)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    w, h = A4
    lm, rm, tm, bm, gut = 18 * mm, 18 * mm, 18 * mm, 18 * mm, 8 * mm
    colw = (w - lm - rm - gut) / 2
    title_h = 38 * mm
    first = [Frame(lm, h - tm - title_h, w - lm - rm, title_h, id="title"),
             Frame(lm, bm, colw, h - tm - title_h - bm, id="c1"),
             Frame(lm + colw + gut, bm, colw, h - tm - title_h - bm, id="c2")]
    later = [Frame(lm, bm, colw, h - tm - bm, id="l1"), Frame(lm + colw + gut, bm, colw, h - tm - bm, id="l2")]
    hf = rl_hf(None, None, footer)
    doc = BaseDocTemplate(str(path), pagesize=A4, title="", author="")
    doc.addPageTemplates([PageTemplate("first", frames=first, onPage=hf),
                          PageTemplate("later", frames=later, onPage=hf)])
    small = ParagraphStyle("b2", parent=RL_SMALL, alignment=4)
    story = rl_flow(title_blocks) + [NextPageTemplate("later"), FrameBreak()] + rl_flow(body_blocks, style=small)
    doc.build(story)


# --- fpdf2 -----------------------------------------------------------------
class Fp(FPDF):
    def __init__(self, header_lines=None, footer_text=None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_lines = header_lines or []
        self.footer_text = footer_text
        self.add_font("DV", "", SANS)
        self.add_font("DV", "B", SANS_B)
        self.add_font("DVS", "", SERIF)
        self.add_font("DVS", "B", SERIF_B)
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)

    def header(self):
        if not self.header_lines:
            return
        self.set_font("DV", "B", 12)
        self.cell(0, 6, self.header_lines[0], new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8)
        for line in self.header_lines[1:]:
            self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.6)
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        if self.footer_text:
            self.cell(0, 5, self.footer_text.replace("{page}", str(self.page_no())), align="L")
        self.set_x(20)
        self.cell(0, 5, f"Halaman {self.page_no()}/{{nb}}", align="R")


def fp_blocks(pdf: Fp, blocks: list, family="DVS", size=10) -> None:
    for b in blocks:
        k = b[0]
        if k == "t":
            pdf.set_font(family, "B", size + 1)
            pdf.multi_cell(0, 5.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font(family, "B", size)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font(family, "", size)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "sp":
            pdf.ln(b[1])
        elif k == "table":
            headers, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            pdf.set_font(family, "", size - 1.5)
            with pdf.table(col_widths=widths, line_height=5, first_row_as_headings=True,
                           text_align="LEFT") as table:
                r = table.row()
                for c in headers:
                    r.cell(str(c))
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        else:
            raise ValueError(k)


def fp_pdf(path: Path, blocks: list, header_lines=None, footer=None, family="DVS", size=10) -> None:
    pdf = Fp(header_lines, footer)
    pdf.add_page()
    fp_blocks(pdf, blocks, family, size)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def fp_pdf_two_column(path: Path, title_blocks: list, column_paragraphs: list[str], tail_blocks: list,
                      footer=None) -> None:
    pdf = Fp(None, footer)
    pdf.add_page()
    fp_blocks(pdf, title_blocks)
    pdf.set_font("DVS", "", 9)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
        for para in column_paragraphs:
            cols.write(text=para + "\n")
            cols.ln()
    fp_blocks(pdf, tail_blocks)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --- scans -----------------------------------------------------------------

def render_scan_pages(pages: list[list[str]], seed: int, angle_seq: list[float], dpi: int = 200,
                      font_path: str = SERIF, font_px: int = 30) -> list[Image.Image]:
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    font = ImageFont.truetype(font_path, font_px)
    bold = ImageFont.truetype(SERIF_B, font_px)
    out = []
    for pi, lines in enumerate(pages):
        img = Image.new("L", (W, H), 246)
        d = ImageDraw.Draw(img)
        x0, y = int(0.9 * dpi), int(0.8 * dpi)
        step = int(font_px * 1.5)
        for line in lines:
            f = bold if line.startswith("**") else font
            text = line[2:] if line.startswith("**") else line
            if text.startswith("^"):  # centred
                text = text[1:]
                tw = d.textlength(text, font=f)
                d.text(((W - tw) / 2, y), text, fill=rnd.randint(15, 40), font=f)
            else:
                d.text((x0, y), text, fill=rnd.randint(15, 40), font=f)
            y += step
        # a faint round stamp in the lower right, away from the text
        cx, cy, r = W - int(1.9 * dpi), H - int(1.6 * dpi), int(0.55 * dpi)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=150, width=5)
        d.ellipse((cx - r + 18, cy - r + 18, cx + r - 18, cy + r - 18), outline=170, width=3)
        # speckles
        for _ in range(1400):
            px, py = rnd.randrange(W), rnd.randrange(H)
            d.point((px, py), fill=rnd.randint(60, 160))
        # low-frequency grain
        nw, nh = W // 3, H // 3
        noise = Image.frombytes("L", (nw, nh), rnd.randbytes(nw * nh)).resize((W, H), Image.NEAREST)
        img = Image.blend(img, noise, 0.07)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(angle_seq[pi % len(angle_seq)], resample=Image.BICUBIC, expand=False, fillcolor=235)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=55)
        buf.seek(0)
        out.append(Image.open(buf).convert("L"))
    return out


def save_scan_pdf(path: Path, imgs: list[Image.Image], dpi=200) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    imgs[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                 creationDate=time.gmtime(FIXED_DATE.timestamp()), modDate=time.gmtime(FIXED_DATE.timestamp()))


def save_scan_jpeg(path: Path, img: Image.Image, dpi=200) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), "JPEG", quality=60, dpi=(dpi, dpi))


def wrap_lines(text: str, width: int = 78) -> list[str]:
    import textwrap
    lines: list[str] = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        prefix = ""
        if para.startswith("**") or para.startswith("^"):
            lines.append(para)
            continue
        lines.extend(textwrap.wrap(para, width=width) or [""])
    return [prefix + x for x in lines]


# ---------------------------------------------------------------------------
# Expected ground truth collected here
# ---------------------------------------------------------------------------
EXPECTED: dict = {}
COMMENTS: dict = {}
CRITERIA = ["legal_entity", "business_license", "national_coverage", "it_system", "online_portal",
            "training_partners", "open_marketplace"]
CHECKS = ["bundle_complete", "identity_consistent", "signatory_authorized", "document_quality"]
STATUSES = {"met", "not_met", "needs_review", "missing", "not_applicable"}


def overall(crit: dict, checks: dict) -> str:
    cs = [crit[c] for c in CRITERIA]
    if "not_met" in cs:
        return "not_met"
    if "missing" in cs:
        return "incomplete"
    if "needs_review" in cs or "needs_review" in checks.values():
        return "needs_review"
    return "met"


def expect(bundle_id: str, comment: str, kind: str, facts: dict, r11: dict, r3: dict,
           overall11: str, overall3: str) -> None:
    """r11/r3: {criterion_or_check: status} for all 7 criteria and 4 checks."""
    rs = {}
    for rid, r, ov in (("permenko-11-2020", r11, overall11), ("permenko-3-2020", r3, overall3)):
        crit = {c: r[c] for c in CRITERIA}
        chk = {c: r[c] for c in CHECKS}
        assert set(r) == set(CRITERIA) | set(CHECKS), (bundle_id, set(r) ^ (set(CRITERIA) | set(CHECKS)))
        assert set(r.values()) <= STATUSES
        assert overall(crit, chk) == ov, (bundle_id, rid, overall(crit, chk), ov)
        rs[rid] = {"criteria": crit, "checks": chk, "overall": ov}
    EXPECTED[bundle_id] = {"bundle": bundle_id + (".zip" if kind == "zip" else "/"), "facts": facts,
                           "rulesets": rs}
    COMMENTS[bundle_id] = comment


ALL_MET = {c: "met" for c in CRITERIA + CHECKS}


def with_(base: dict, **kw) -> dict:
    d = dict(base)
    d.update(kw)
    return d


def fresh(bundle_id: str) -> Path:
    p = OUT / bundle_id
    if p.exists():
        shutil.rmtree(p)
    z = OUT / f"{bundle_id}.zip"
    if z.exists():
        z.unlink()
    p.mkdir(parents=True)
    return p


# ===========================================================================
# B1  Ministry platform (central government), decree instead of deed
# ===========================================================================
def bundle_kemenperin() -> None:
    bid = "kemenperin-siapkerja"
    d = fresh(bid)
    portal = "https://siapkerja.kemenperin.go.id"
    app = "https://play.google.com/store/apps/details?id=id.go.kemenperin.siapkerja"
    users = 1204880
    signer = "Dr. Ir. Ratna Sekarwati Hadinoto, M.Sc."

    rl_pdf(d / "01_Permenperin_17_2021_SIAPKerja.pdf", [
        ("t", "MENTERI PERINDUSTRIAN\nREPUBLIK INDONESIA"),
        ("sp", 6),
        ("t", "PERATURAN MENTERI PERINDUSTRIAN REPUBLIK INDONESIA"),
        ("t", "NOMOR 17 TAHUN 2021"),
        ("t", "TENTANG"),
        ("t", "SISTEM INFORMASI PELATIHAN INDUSTRI BERBASIS DARING (SIAPKERJA INDUSTRI)"),
        ("sp", 6),
        ("t", "DENGAN RAHMAT TUHAN YANG MAHA ESA"),
        ("t", "MENTERI PERINDUSTRIAN REPUBLIK INDONESIA,"),
        ("p", "Menimbang : a. bahwa untuk meningkatkan kompetensi sumber daya manusia industri diperlukan "
              "penyelenggaraan pelatihan yang dapat diakses secara daring oleh masyarakat di seluruh wilayah "
              "Indonesia; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
              "Peraturan Menteri Perindustrian tentang Sistem Informasi Pelatihan Industri Berbasis Daring "
              "(SIAPKerja Industri);"),
        ("p", "Mengingat : 1. Undang-Undang Nomor 3 Tahun 2014 tentang Perindustrian; 2. Peraturan Presiden "
              "tentang Kementerian Perindustrian; 3. Peraturan Menteri Perindustrian tentang Organisasi dan Tata "
              "Kerja Kementerian Perindustrian;"),
        ("t", "MEMUTUSKAN:"),
        ("p", "Menetapkan : PERATURAN MENTERI PERINDUSTRIAN TENTANG SISTEM INFORMASI PELATIHAN INDUSTRI "
              "BERBASIS DARING (SIAPKERJA INDUSTRI)."),
        ("t", "BAB I\nKETENTUAN UMUM"),
        ("t", "Pasal 1"),
        ("p", "Dalam Peraturan Menteri ini yang dimaksud dengan:\n"
              "1. Sistem Informasi Pelatihan Industri Berbasis Daring yang selanjutnya disebut SIAPKerja Industri "
              "adalah platform digital milik Kementerian Perindustrian yang menyediakan layanan pencarian, "
              "pembelian, dan pelaksanaan pelatihan kerja secara daring.\n"
              "2. Kementerian adalah Kementerian Perindustrian.\n"
              "3. Lembaga Pelatihan adalah lembaga pelatihan kerja pemerintah, swasta, atau perusahaan yang "
              "memenuhi persyaratan untuk menyelenggarakan pelatihan kerja.\n"
              "4. Pusdiklat Industri adalah Pusat Pendidikan dan Pelatihan Industri pada Badan Pengembangan "
              "Sumber Daya Manusia Industri."),
        ("t", "BAB II\nPENYELENGGARAAN"),
        ("t", "Pasal 2"),
        ("p", "(1) Kementerian menyelenggarakan SIAPKerja Industri sebagai platform digital pelatihan.\n"
              f"(2) SIAPKerja Industri dapat diakses melalui laman {portal} dan aplikasi bergerak pada "
              f"{app}"),
        ("t", "Pasal 3"),
        ("p", "(1) Penyelenggaraan SIAPKerja Industri dilaksanakan oleh Pusdiklat Industri.\n"
              "(2) Kepala Pusdiklat Industri bertindak selaku penanggung jawab platform dan berwenang "
              "menandatangani perjanjian kerja sama serta surat pernyataan yang berkaitan dengan penyelenggaraan "
              "SIAPKerja Industri."),
        ("t", "Pasal 4"),
        ("p", "SIAPKerja Industri terbuka bagi Lembaga Pelatihan pemerintah maupun swasta untuk menawarkan "
              "program pelatihan berbasis kompetensi yang mengacu pada Standar Kompetensi Kerja Nasional "
              "Indonesia (SKKNI), setelah melalui proses kurasi oleh Pusdiklat Industri."),
        ("t", "BAB III\nKETENTUAN PENUTUP"),
        ("t", "Pasal 5"),
        ("p", "Peraturan Menteri ini mulai berlaku pada tanggal diundangkan. Agar setiap orang mengetahuinya, "
              "memerintahkan pengundangan Peraturan Menteri ini dengan penempatannya dalam Berita Negara "
              "Republik Indonesia."),
        ("sp", 8),
        ("p", "Ditetapkan di Jakarta\npada tanggal 9 Agustus 2021\nMENTERI PERINDUSTRIAN\nREPUBLIK INDONESIA,\n\n"
              "ttd.\n\nBUDI HARSONO WIRATMOKO"),
        ("p", "Diundangkan di Jakarta\npada tanggal 12 Agustus 2021"),
    ], header_left="BERITA NEGARA REPUBLIK INDONESIA", header_right="No. 812, 2021",
        footer="Salinan sesuai dengan aslinya - Kepala Biro Hukum Kementerian Perindustrian")

    write_txt(d / "02_Kepmenperin_Pengangkatan_Kapusdiklat.txt", f"""
                         MENTERI PERINDUSTRIAN
                          REPUBLIK INDONESIA

              KEPUTUSAN MENTERI PERINDUSTRIAN REPUBLIK INDONESIA
                      NOMOR 1123/M-IND/Kep/10/2023
                                TENTANG
       PENGANGKATAN KEPALA PUSAT PENDIDIKAN DAN PELATIHAN INDUSTRI
            SELAKU PENANGGUNG JAWAB PLATFORM SIAPKERJA INDUSTRI

                 DENGAN RAHMAT TUHAN YANG MAHA ESA
               MENTERI PERINDUSTRIAN REPUBLIK INDONESIA,

Menimbang : bahwa untuk mengisi jabatan pimpinan tinggi pratama yang lowong
            dan untuk kelancaran penyelenggaraan SIAPKerja Industri, perlu
            menetapkan Keputusan Menteri tentang Pengangkatan Kepala Pusat
            Pendidikan dan Pelatihan Industri;

Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;
            2. Peraturan Menteri Perindustrian Nomor 17 Tahun 2021 tentang
               Sistem Informasi Pelatihan Industri Berbasis Daring
               (SIAPKerja Industri);

                               MEMUTUSKAN:

Menetapkan :
KESATU    : Mengangkat {signer}
            NIP 19720314 199803 2 001, Pembina Utama Muda (IV/c),
            dalam jabatan Kepala Pusat Pendidikan dan Pelatihan Industri,
            Badan Pengembangan Sumber Daya Manusia Industri, Kementerian
            Perindustrian.
KEDUA     : Pejabat sebagaimana dimaksud dalam Diktum KESATU bertindak selaku
            penanggung jawab SIAPKerja Industri sebagaimana dimaksud dalam
            Pasal 3 Peraturan Menteri Perindustrian Nomor 17 Tahun 2021, dan
            berwenang menandatangani surat pernyataan, dokumen permohonan,
            serta perjanjian kerja sama dengan Manajemen Pelaksana Program
            Kartu Prakerja untuk dan atas nama Kementerian Perindustrian.
KETIGA    : Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan.

                                          Ditetapkan di Jakarta
                                          pada tanggal 2 Oktober 2023
                                          MENTERI PERINDUSTRIAN
                                          REPUBLIK INDONESIA,

                                                    ttd.

                                          BUDI HARSONO WIRATMOKO

Salinan Keputusan Menteri ini disampaikan kepada:
1. Sekretaris Jenderal Kementerian Perindustrian;
2. Kepala Badan Kepegawaian Negara;
3. Yang bersangkutan.
""")

    fp_pdf(d / "03_Surat_Pernyataan_Cakupan_Layanan.pdf", [
        ("t", "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL"),
        ("t", "Nomor: 412/BPSDMI/Pusdiklat/VII/2024"),
        ("sp", 4),
        ("p", "Yang bertanda tangan di bawah ini:"),
        ("p", f"Nama       : {signer}\nNIP        : 19720314 199803 2 001\n"
              "Jabatan    : Kepala Pusat Pendidikan dan Pelatihan Industri, selaku penanggung jawab platform "
              "SIAPKerja Industri\nInstansi   : Kementerian Perindustrian"),
        ("p", "dengan ini menyatakan bahwa:"),
        ("p", f"1. Platform SIAPKerja Industri ({portal}) memiliki cakupan layanan berskala nasional dan telah "
              "digunakan oleh pengguna terdaftar yang berdomisili di 38 (tiga puluh delapan) provinsi di "
              "Indonesia."),
        ("p", f"2. Jumlah pengguna terdaftar per 30 Juni 2024 adalah {ribuan(users)} ({terbilang(users)}) orang."),
        ("p", "3. Rincian sebaran pengguna per provinsi tersedia pada dasbor pemantauan SIAPKerja Industri dan "
              "dapat diperiksa oleh Manajemen Pelaksana Program Kartu Prakerja sewaktu-waktu."),
        ("p", "Demikian surat pernyataan ini dibuat dengan sebenar-benarnya untuk dipergunakan sebagai "
              "kelengkapan permohonan kemitraan platform digital Program Kartu Prakerja."),
        ("sp", 6),
        ("p", f"Jakarta, 15 Juli 2024\nKepala Pusat Pendidikan dan Pelatihan Industri,\n\n\n"
              f"{signer}\nNIP 19720314 199803 2 001"),
    ], header_lines=["KEMENTERIAN PERINDUSTRIAN REPUBLIK INDONESIA",
                     "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA INDUSTRI",
                     "PUSAT PENDIDIKAN DAN PELATIHAN INDUSTRI",
                     "Jl. Jend. Gatot Subroto Kav. 52-53, Jakarta Selatan 12950 - Telp. (021) 525 5509"])

    write_docx(d / "04_Deskripsi_Sistem_SIAPKerja.docx", [
        ("h", "DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI PLATFORM SIAPKERJA INDUSTRI", 1),
        ("p", "Dokumen ini menjelaskan sistem informasi dan teknologi yang mendukung penyelenggaraan SIAPKerja "
              f"Industri ({portal}) sebagai platform digital Program Kartu Prakerja."),
        ("h", "1. Arsitektur dan Infrastruktur", 2),
        ("p", "SIAPKerja Industri dibangun dengan arsitektur layanan mikro (microservices) berbasis kontainer "
              "yang dijalankan di Pusat Data Nasional, dengan pusat data pemulihan bencana (disaster recovery "
              "center) di Batam. Komponen utama: portal web, aplikasi Android, layanan katalog pelatihan, layanan "
              "transaksi, layanan sertifikat, dan gudang data."),
        ("h", "2. Keamanan Informasi", 2),
        ("p", "Sistem manajemen keamanan informasi Pusdiklat Industri telah tersertifikasi ISO/IEC 27001:2013. "
              "Seluruh lalu lintas data dienkripsi dengan TLS 1.3 dan data pribadi peserta disimpan terenkripsi "
              "AES-256. Uji penetrasi (penetration test) dilakukan setiap semester bersama Badan Siber dan Sandi "
              "Negara."),
        ("h", "3. Ketersediaan dan Kapasitas", 2),
        ("p", "Target ketersediaan layanan (SLA) adalah 99,5% per bulan. Uji beban terakhir membuktikan kapasitas "
              "50.000 pengguna bersamaan (concurrent users). Sistem menggunakan penskalaan otomatis "
              "(auto-scaling) dan pencadangan data harian."),
        ("h", "4. Integrasi dan API", 2),
        ("p", "Tersedia REST API terdokumentasi (OpenAPI 3.0) untuk integrasi dengan lembaga pelatihan mitra, "
              "layanan Single Sign-On, dan sistem eksternal lainnya."),
        ("h", "5. Integrasi Pembayaran Program Kartu Prakerja", 2),
        ("p", "SIAPKerja Industri telah terintegrasi dengan sistem Kartu Prakerja sebagai metode pembayaran "
              "pelatihan: peserta menggunakan saldo bantuan pelatihan Kartu Prakerja pada halaman pembayaran, dan "
              "setiap transaksi dikonfirmasi melalui API pembayaran (penukaran kode voucher) Manajemen "
              "Pelaksana."),
        ("p", f"Jakarta, 15 Juli 2024\nKepala Pusat Pendidikan dan Pelatihan Industri,\n\n{signer}"),
    ], header="Kementerian Perindustrian - Pusdiklat Industri", footer="Dokumen Deskripsi Sistem SIAPKerja Industri")

    partners = [
        ["1", "LPK Teknik Mandiri Cikarang", "Kab. Bekasi", "SKKNI Bidang Pengelasan", "PKS-031/PI/2023"],
        ["2", "LPK Prima Otomasi Industri", "Kota Batam", "SKKNI Otomasi Industri, sertifikasi BNSP",
         "PKS-032/PI/2023"],
        ["3", "Lembaga Pelatihan Kerja Garmen Sejahtera", "Kota Semarang", "berbasis kompetensi (SKKNI Garmen)",
         "PKS-040/PI/2023"],
        ["4", "LPK Mutu Pangan Nusantara", "Kab. Sidoarjo", "SKKNI Industri Makanan dan Minuman",
         "PKS-044/PI/2024"],
        ["5", "LPK Digital Manufaktur Indonesia", "Kota Bandung", "SKKNI Industri 4.0", "PKS-051/PI/2024"],
    ]
    write_txt(d / "05_Daftar_Lembaga_Pelatihan_Mitra.txt", f"""
KEMENTERIAN PERINDUSTRIAN - PUSAT PENDIDIKAN DAN PELATIHAN INDUSTRI

DAFTAR LEMBAGA PELATIHAN MITRA SIAPKERJA INDUSTRI
Per 30 Juni 2024

Seluruh lembaga pelatihan mitra di bawah ini menawarkan program pelatihan
berbasis kompetensi pada platform SIAPKerja Industri berdasarkan perjanjian
kerja sama dengan Pusdiklat Industri.

{txt_table(["No", "Nama Lembaga Pelatihan", "Kedudukan", "Dasar Kompetensi", "No. PKS"], partners)}

Jakarta, 15 Juli 2024
Kepala Pusat Pendidikan dan Pelatihan Industri,


{signer}
""")

    facts = {
        "company_name": "Kementerian Perindustrian",
        "entity_form": "GOVERNMENT_AGENCY",
        "ownership": "government",
        "listed": False,  # not a public company (Tbk): a true statement of any agency
        "province_count": 38,
        "registered_users": users,
        "portal_urls": sorted([portal, app]),
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    both = with_(ALL_MET, business_license="not_applicable")
    expect(bid, "central-government ministry: Permen establishing the platform + appointment decree for the "
                "signing official, no deed/NIB; coverage stated only as '38 provinsi' (no list)",
           "dir", facts, both, both, "met", "met")


# ===========================================================================
# B2  BUMD PT ... (Perseroda) established by a Perda; scanned appointment decree (JPEG)
# ===========================================================================
def bundle_perseroda() -> None:
    bid = "pt-surya-kreasi-perseroda"
    d = fresh(bid)
    name = "PT Surya Kreasi Digital (Perseroda)"
    nib = "0220001847362"
    npwp = "94.215.738.6-609.000"
    portal = "https://akademi.suryakreasidigital.co.id"
    rows = [("Jatim", 48210), ("Jateng", 22105), ("Jabar", 30422), ("DKI Jakarta", 18300), ("DIY", 6120),
            ("Bali", 5230), ("NTB", 3310), ("NTT", 2870), ("Sumut", 9400), ("Sumbar", 3120), ("Sumsel", 4210),
            ("Riau", 3980), ("Kepri", 2100), ("Lampung", 4820), ("Banten", 7310), ("Kalbar", 2450),
            ("Kalsel", 3020), ("Kaltim", 3660), ("Kaltara", 610), ("Sulsel", 8120), ("Sulut", 1980),
            ("Sulteng", 1450), ("Gorontalo", 720), ("Maluku", 980), ("Malut", 540), ("Papua", 1120),
            ("Babel", 1390), ("Aceh", 0), ("Bengkulu", 0), ("Papua Selatan", 0), ("Papua Pegunungan", 0)]
    provs, pcount, total = coverage_facts(rows)
    assert pcount == 27

    col_paras = [
        "Menimbang: a. bahwa dalam rangka meningkatkan pendapatan asli daerah dan memperluas akses masyarakat "
        "terhadap pelatihan kerja berbasis teknologi, Pemerintah Daerah perlu mendirikan badan usaha milik "
        "daerah; b. bahwa berdasarkan Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan Usaha Milik Daerah, "
        "pendirian perusahaan perseroan daerah ditetapkan dengan Peraturan Daerah; c. bahwa berdasarkan "
        "pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Daerah tentang "
        "Pendirian Perseroan Terbatas Surya Kreasi Digital (Perseroda);",
        "Mengingat: 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas; 2. Undang-Undang Nomor 23 "
        "Tahun 2014 tentang Pemerintahan Daerah; 3. Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan Usaha "
        "Milik Daerah;",
        "Dengan Persetujuan Bersama DEWAN PERWAKILAN RAKYAT DAERAH KOTA SURABAYA dan WALI KOTA SURABAYA",
        "MEMUTUSKAN: Menetapkan: PERATURAN DAERAH TENTANG PENDIRIAN PERSEROAN TERBATAS SURYA KREASI DIGITAL "
        "(PERSERODA).",
        "BAB I KETENTUAN UMUM. Pasal 1. Dalam Peraturan Daerah ini yang dimaksud dengan: 1. Daerah adalah Kota "
        "Surabaya. 2. Pemerintah Daerah adalah Wali Kota sebagai unsur penyelenggara Pemerintahan Daerah. "
        "3. Perseroda adalah Perseroan Terbatas Surya Kreasi Digital (Perseroda), badan usaha milik daerah yang "
        "berbentuk perseroan terbatas yang modalnya terbagi dalam saham yang seluruhnya dimiliki oleh Pemerintah "
        "Daerah.",
        "BAB II PENDIRIAN. Pasal 2. (1) Dengan Peraturan Daerah ini didirikan PT Surya Kreasi Digital "
        "(Perseroda). (2) Perseroda berkedudukan dan berkantor pusat di Kota Surabaya.",
        "Pasal 3. Maksud dan tujuan Perseroda adalah menyelenggarakan usaha portal web dan/atau platform digital "
        "dengan tujuan komersial (KBLI 63122) dan pelatihan kerja (KBLI 85499), termasuk platform digital "
        "pelatihan yang terbuka bagi lembaga pelatihan.",
        "BAB III MODAL. Pasal 4. (1) Modal dasar Perseroda ditetapkan sebesar Rp50.000.000.000,00 (lima puluh "
        "miliar rupiah). (2) Seluruh saham Perseroda dimiliki oleh Pemerintah Daerah.",
        "BAB IV ORGAN. Pasal 5. (1) Organ Perseroda terdiri atas RUPS, Direksi, dan Dewan Komisaris. (2) Wali "
        "Kota bertindak selaku RUPS. (3) Anggota Direksi diangkat dan diberhentikan oleh Wali Kota selaku RUPS.",
        "BAB V KETENTUAN PENUTUP. Pasal 6. Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
    ]
    fp_pdf_two_column(d / "Perda_Kota_Surabaya_No7_2021.pdf", [
        ("t", "WALI KOTA SURABAYA\nPROVINSI JAWA TIMUR"),
        ("sp", 3),
        ("t", "PERATURAN DAERAH KOTA SURABAYA\nNOMOR 7 TAHUN 2021\nTENTANG\nPENDIRIAN PERSEROAN TERBATAS SURYA "
              "KREASI DIGITAL (PERSERODA)"),
        ("sp", 2),
        ("t", "DENGAN RAHMAT TUHAN YANG MAHA ESA\nWALI KOTA SURABAYA,"),
        ("sp", 2),
    ], col_paras, [
        ("sp", 4),
        ("p", "Ditetapkan di Surabaya\npada tanggal 23 Maret 2021\nWALI KOTA SURABAYA,\n\nttd.\n\nADI SASMITO"),
        ("p", "Diundangkan di Surabaya pada tanggal 24 Maret 2021. LEMBARAN DAERAH KOTA SURABAYA TAHUN 2021 "
              "NOMOR 7."),
    ], footer="Salinan sesuai dengan aslinya - Kepala Bagian Hukum Sekretariat Daerah Kota Surabaya")

    sk = """**^WALI KOTA SURABAYA
^KEPUTUSAN WALI KOTA SURABAYA
^SELAKU RAPAT UMUM PEMEGANG SAHAM
^PT SURYA KREASI DIGITAL (PERSERODA)
^NOMOR: 188.45/212/436.1.2/2023
^TENTANG
^PENGANGKATAN ANGGOTA DIREKSI PT SURYA KREASI DIGITAL (PERSERODA)
^MASA JABATAN 2023-2028

**^WALI KOTA SURABAYA,
Menimbang : bahwa berdasarkan Pasal 5 Peraturan Daerah Kota Surabaya Nomor 7 Tahun 2021, anggota Direksi Perseroda diangkat oleh Wali Kota selaku RUPS;
Mengingat : 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas; 2. Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan Usaha Milik Daerah; 3. Peraturan Daerah Kota Surabaya Nomor 7 Tahun 2021.

**^MEMUTUSKAN:
KESATU : Mengangkat Sdr. HENDRA WIJAYAKUSUMA, S.T., M.M. sebagai Direktur Utama PT Surya Kreasi Digital (Perseroda).
KEDUA : Mengangkat Sdri. LESTARI AYUNINGTYAS, S.E. sebagai Direktur Keuangan dan Umum PT Surya Kreasi Digital (Perseroda).
KETIGA : Direktur Utama berwenang mewakili Perseroda di dalam dan di luar pengadilan, termasuk menandatangani surat pernyataan dan perjanjian kerja sama dengan Manajemen Pelaksana Program Kartu Prakerja.
KEEMPAT : Keputusan ini berlaku sejak tanggal ditetapkan.

Ditetapkan di Surabaya
pada tanggal 2 Januari 2023
WALI KOTA SURABAYA,

ttd.

ADI SASMITO
"""
    img = render_scan_pages([wrap_lines(sk, 74)], seed=202, angle_seq=[1.4])[0]
    save_scan_jpeg(d / "SK_Walikota_Pengangkatan_Direksi_scan.jpg", img)

    write_txt(d / "NIB_OSS_SuryaKreasi.txt", f"""
PEMERINTAH REPUBLIK INDONESIA
PERIZINAN BERUSAHA BERBASIS RISIKO

NOMOR INDUK BERUSAHA: {nib}

Berdasarkan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan
Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja
menjadi Undang-Undang, Pemerintah Republik Indonesia menerbitkan Nomor Induk
Berusaha (NIB) kepada:

1. Nama Pelaku Usaha        : PT SURYA KREASI DIGITAL (PERSERODA)
2. Alamat Kantor            : Jl. Raya Darmo No. 118, Kel. Keputran,
                              Kec. Tegalsari, Kota Surabaya, Jawa Timur 60265
3. Status Penanaman Modal   : PMDN
4. Kode Klasifikasi Baku Lapangan Usaha Indonesia (KBLI): 63122, 85499
5. Nomor Pokok Wajib Pajak  : {npwp}
6. Skala Usaha              : Usaha Besar

NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan
kegiatan usaha sesuai ketentuan peraturan perundang-undangan.

Diterbitkan di Jakarta, tanggal: 14 Juni 2021
Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal
Dokumen ini diterbitkan sistem OSS berdasarkan data dari Pelaku Usaha,
tersimpan dalam sistem OSS, yang menjadi tanggung jawab Pelaku Usaha.
""")

    table_rows = [[str(i + 1), label, ribuan(u)] for i, (label, u) in enumerate(rows)]
    write_docx(d / "Surat_Pernyataan_Cakupan_Nasional.docx", [
        ("b", "SURAT PERNYATAAN CAKUPAN NASIONAL"),
        ("p", "Nomor: 045/SKD-DIR/VII/2024"),
        ("p", "Yang bertanda tangan di bawah ini:"),
        ("p", "Nama\t\t: Hendra Wijayakusuma, S.T., M.M.\nJabatan\t\t: Direktur Utama\n"
              f"Bertindak untuk dan atas nama {name}, NIB {nib}, NPWP {npwp},"),
        ("p", f"dengan ini menyatakan dengan sebenarnya bahwa platform Akademi Surya Kreasi ({portal}) telah "
              f"memiliki pengguna terdaftar di {pcount} dari 38 provinsi di Indonesia, dengan jumlah pengguna "
              f"terdaftar sebanyak {ribuan(total)} orang per 30 Juni 2024, dengan rincian sebagai berikut:"),
        ("table", ["No", "Provinsi", "Jumlah Pengguna Terdaftar"], table_rows + [["", "JUMLAH", ribuan(total)]]),
        ("p", "Provinsi dengan jumlah pengguna 0 (nol) dicantumkan sebagai wilayah sasaran perluasan tahun 2025."),
        ("p", "Demikian surat pernyataan ini dibuat dengan sebenar-benarnya dan dapat dipertanggungjawabkan."),
        ("p", "Surabaya, 8 Juli 2024\n\n[METERAI TEMPEL 10000]\n\nHendra Wijayakusuma, S.T., M.M.\nDirektur Utama"),
    ], header=f"{name.upper()} - Badan Usaha Milik Daerah Kota Surabaya - Jl. Raya Darmo No. 118 Surabaya 60265",
        footer="Surat Pernyataan Cakupan Nasional - Akademi Surya Kreasi")

    write_txt(d / "Deskripsi_Sistem_Informasi.txt", f"""
DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI
PLATFORM AKADEMI SURYA KREASI - {name.upper()}
======================================================================

A. INFRASTRUKTUR
   Platform berjalan di atas cloud privat yang ditempatkan pada pusat data
   co-location di Surabaya, dengan arsitektur aplikasi web tiga lapis
   (presentasi, aplikasi, basis data) dan jaringan pengiriman konten (CDN)
   untuk video pelatihan.

B. KEAMANAN
   - Sertifikasi ISO/IEC 27001:2022 (sertifikat No. ISMS-SKD-0192).
   - Firewall aplikasi web (WAF), enkripsi TLS 1.3, enkripsi basis data.
   - Uji penetrasi oleh pihak ketiga independen setiap tahun.

C. KETERSEDIAAN DAN KAPASITAS
   Uptime tercatat 99,7% selama 12 bulan terakhir; kapasitas teruji 20.000
   pengguna bersamaan; replikasi basis data ke lokasi cadangan di Sidoarjo.

D. INTEGRASI
   API REST/JSON dan webhook tersedia bagi lembaga pelatihan mitra untuk
   sinkronisasi jadwal, presensi, dan nilai peserta.

E. PEMBAYARAN PROGRAM KARTU PRAKERJA
   Platform terhubung dengan sistem Kartu Prakerja sehingga saldo bantuan
   pelatihan Prakerja dapat digunakan sebagai metode pembayaran pelatihan
   (integrasi API penukaran kode voucher Prakerja).

Surabaya, 8 Juli 2024
Hendra Wijayakusuma, S.T., M.M. - Direktur Utama
""")

    partners = [["1", "LPK Bina Kriya Mandiri", "Kota Malang", "Tata Boga", "Skema sertifikasi BNSP Juru Masak"],
                ["2", "LPK Cipta Nusa Komputer", "Kota Surabaya", "Administrasi Perkantoran",
                 "Skema sertifikasi BNSP Operator Komputer"],
                ["3", "LPK Arunika Bahasa", "Kab. Gresik", "Bahasa Inggris Kerja", "Mengacu SKKNI"],
                ["4", "LPK Samudra Teknik Las", "Kab. Lamongan", "Pengelasan", "Skema sertifikasi BNSP Welder"]]
    write_txt(d / "Daftar_Mitra_LPK.txt", f"""
{name}
DAFTAR LEMBAGA PELATIHAN MITRA PLATFORM AKADEMI SURYA KREASI

{txt_table(["No", "Lembaga Pelatihan Kerja", "Kota/Kab.", "Bidang", "Basis Kompetensi"], partners)}

Seluruh program pelatihan mitra dirancang berbasis kompetensi dan dilengkapi
uji kompetensi oleh Lembaga Sertifikasi Profesi berlisensi BNSP.

Surabaya, 8 Juli 2024
Hendra Wijayakusuma, S.T., M.M.
Direktur Utama
""")

    facts = {
        "company_name": name,
        "entity_form": "PT",
        "ownership": "bumd",
        "listed": False,
        "nib": nib,
        "npwp": digits(npwp),
        "provinces": provs,
        "province_count": pcount,
        "registered_users": total,
        "portal_urls": [portal],
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    r3 = with_(ALL_MET, business_license="not_applicable")
    r11 = with_(ALL_MET, business_license="not_applicable", legal_entity="not_met")
    expect(bid, "BUMD PT (Perseroda) established by a Perda (two-column fpdf2 PDF), no deed; scanned JPEG "
                "appointment decree names the signer; Word-table coverage '27 dari 38 provinsi' with aliases "
                "and 0-user rows", "dir", facts, r11, r3, "not_met", "met")


# ===========================================================================
# B3  Perum established by a PP; truncated PDF + empty file alongside
# ===========================================================================
def bundle_perum() -> None:
    bid = "perum-sarana-kerja-nusantara"
    d = fresh(bid)
    nib = "8120009934561"
    npwp = "0943762154087000"
    portal = "https://kerjanusantara.co.id"
    app = "https://apps.apple.com/id/app/kerja-nusantara/id1587204311"
    rows = [("NAD", 2310), ("Sumut", 8120), ("Sumbar", 3050), ("Riau", 4110), ("Kepri", 1870), ("Jambi", 1960),
            ("Sumsel", 4420), ("Babel", 990), ("Bengkulu", 1130), ("Lampung", 3890), ("DKI Jakarta", 21450),
            ("Jawa Barat", 30210), ("Banten", 9020), ("Jawa Tengah", 19870), ("DIY", 5230),
            ("Jawa Timur", 24980), ("Bali", 4050), ("NTB", 2670), ("NTT", 2210), ("Kalbar", 2030),
            ("Kalteng", 1440), ("Kalsel", 2510), ("Kaltim", 3330), ("Kaltara", 420), ("Sulut", 1760),
            ("Sulsel", 6980), ("Sultra", 1240), ("Maluku", 730), ("Malut", 380), ("Pabar", 510),
            ("Gorontalo", 0), ("Sulbar", 0), ("Papua", 0), ("Papua Barat Daya", 0)]
    provs, pcount, total = coverage_facts(rows)
    assert pcount == 30

    rl_pdf(d / "PP_41_2019_Perum_Sarana_Kerja_Nusantara.pdf", [
        ("t", "PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 41 TAHUN 2019\nTENTANG\nPERUSAHAAN UMUM (PERUM) "
              "SARANA KERJA NUSANTARA"),
        ("sp", 6),
        ("t", "DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,"),
        ("p", "Menimbang : a. bahwa untuk memperluas akses angkatan kerja terhadap layanan pelatihan dan "
              "penempatan kerja berbasis teknologi informasi, perlu mendirikan badan usaha milik negara yang "
              "bertujuan untuk kemanfaatan umum; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf "
              "a, perlu menetapkan Peraturan Pemerintah tentang Perusahaan Umum (Perum) Sarana Kerja Nusantara;"),
        ("p", "Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945; "
              "2. Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik Negara; 3. Peraturan Pemerintah "
              "Nomor 45 Tahun 2005 tentang Pendirian, Pengurusan, Pengawasan, dan Pembubaran Badan Usaha Milik "
              "Negara;"),
        ("t", "MEMUTUSKAN:"),
        ("p", "Menetapkan : PERATURAN PEMERINTAH TENTANG PERUSAHAAN UMUM (PERUM) SARANA KERJA NUSANTARA."),
        ("t", "BAB I\nPENDIRIAN"),
        ("t", "Pasal 1"),
        ("p", "(1) Dengan Peraturan Pemerintah ini didirikan Perusahaan Umum (Perum) Sarana Kerja Nusantara, yang "
              "selanjutnya dalam Peraturan Pemerintah ini disebut Perum.\n(2) Perum sebagaimana dimaksud pada "
              "ayat (1) merupakan badan usaha milik negara yang seluruh modalnya dimiliki negara dan tidak "
              "terbagi atas saham."),
        ("t", "Pasal 2"),
        ("p", "Perum berkedudukan dan berkantor pusat di Jakarta Pusat dan dapat membuka kantor cabang atau "
              "kantor perwakilan di seluruh wilayah Negara Kesatuan Republik Indonesia."),
        ("t", "BAB II\nMAKSUD, TUJUAN, DAN KEGIATAN USAHA"),
        ("t", "Pasal 3"),
        ("p", "(1) Maksud dan tujuan Perum adalah menyelenggarakan kemanfaatan umum berupa penyediaan layanan "
              "pelatihan dan penempatan kerja yang bermutu melalui platform digital.\n(2) Untuk mencapai maksud "
              "dan tujuan sebagaimana dimaksud pada ayat (1), Perum menyelenggarakan kegiatan usaha portal web "
              "dan/atau platform digital dengan tujuan komersial (KBLI 63122), penyaluran tenaga kerja, dan "
              "kemitraan dengan lembaga pelatihan kerja."),
        ("t", "BAB III\nMODAL"),
        ("t", "Pasal 4"),
        ("p", "Modal Perum berasal dari kekayaan negara yang dipisahkan dari Anggaran Pendapatan dan Belanja "
              "Negara sebesar Rp250.000.000.000,00 (dua ratus lima puluh miliar rupiah)."),
        ("t", "BAB IV\nORGAN PERUM"),
        ("t", "Pasal 5"),
        ("p", "(1) Organ Perum terdiri atas Menteri, Direksi, dan Dewan Pengawas.\n(2) Anggota Direksi diangkat "
              "dan diberhentikan oleh Menteri Badan Usaha Milik Negara.\n(3) Direktur Utama mewakili Perum di "
              "dalam dan di luar pengadilan."),
        ("t", "Pasal 6"),
        ("p", "Peraturan Pemerintah ini mulai berlaku pada tanggal diundangkan."),
        ("sp", 8),
        ("p", "Ditetapkan di Jakarta\npada tanggal 3 Juni 2019\nPRESIDEN REPUBLIK INDONESIA,\n\nttd.\n\n"
              "Diundangkan di Jakarta pada tanggal 5 Juni 2019\nLEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2019 "
              "NOMOR 118"),
    ], header_left="PRESIDEN REPUBLIK INDONESIA", header_right="SALINAN",
        footer="Salinan sesuai dengan aslinya - Kementerian Sekretariat Negara Republik Indonesia")

    write_txt(d / "Kepmen_BUMN_SK-87-MBU-04-2022.txt", """
SALINAN
KEPUTUSAN MENTERI BADAN USAHA MILIK NEGARA
SELAKU ORGAN PERUSAHAAN UMUM (PERUM) SARANA KERJA NUSANTARA
NOMOR SK-87/MBU/04/2022
TENTANG
PEMBERHENTIAN DAN PENGANGKATAN ANGGOTA-ANGGOTA DIREKSI
PERUSAHAAN UMUM (PERUM) SARANA KERJA NUSANTARA
----------------------------------------------------------------------
MENTERI BADAN USAHA MILIK NEGARA,

Menimbang : bahwa sesuai Pasal 5 Peraturan Pemerintah Nomor 41 Tahun 2019
            tentang Perusahaan Umum (Perum) Sarana Kerja Nusantara, anggota
            Direksi Perum diangkat dan diberhentikan oleh Menteri;

MEMUTUSKAN:
Menetapkan :
PERTAMA : Memberhentikan dengan hormat Sdr. Sutrisno Hadiprojo sebagai
          Direktur Utama Perum Sarana Kerja Nusantara.
KEDUA   : Mengangkat:
          1. Sdr. Arief Prasetyo Nugroho sebagai Direktur Utama;
          2. Sdri. Dewi Kartikasari sebagai Direktur Operasional dan Teknologi;
          3. Sdr. Yusuf Maulana Ibrahim sebagai Direktur Keuangan dan
             Manajemen Risiko;
          Perusahaan Umum (Perum) Sarana Kerja Nusantara, masing-masing untuk
          masa jabatan 5 (lima) tahun.
KETIGA  : Keputusan ini berlaku sejak tanggal ditetapkan.

Ditetapkan di Jakarta
pada tanggal 21 April 2022
MENTERI BADAN USAHA MILIK NEGARA,
ttd.

Salinan sesuai dengan aslinya
Sekretaris Kementerian BUMN
""")

    fp_pdf(d / "NIB_Perum_SKN.pdf", [
        ("t", "PEMERINTAH REPUBLIK INDONESIA\nPERIZINAN BERUSAHA BERBASIS RISIKO"),
        ("sp", 3),
        ("t", f"NOMOR INDUK BERUSAHA: {nib}"),
        ("sp", 3),
        ("p", "Pemerintah Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:"),
        ("table", ["Uraian", "Data Pelaku Usaha"], [
            ["Nama Pelaku Usaha", "PERUSAHAAN UMUM (PERUM) SARANA KERJA NUSANTARA"],
            ["Alamat Kantor", "Jl. Medan Merdeka Timur No. 9, Gambir, Kota Adm. Jakarta Pusat 10110"],
            ["NPWP", npwp],
            ["Status Penanaman Modal", "PMDN"],
            ["KBLI", "63122 Portal Web dan/atau Platform Digital dengan Tujuan Komersial; 78101 Aktivitas "
                     "Penyeleksian dan Penempatan Tenaga Kerja Dalam Negeri"],
            ["Skala Usaha", "Usaha Besar"],
        ], (45, 125)),
        ("p", "Diterbitkan di Jakarta, tanggal: 2 September 2021\nMenteri Investasi/Kepala Badan Koordinasi "
              "Penanaman Modal"),
    ], footer="Dokumen ini diterbitkan sistem OSS dan tidak memerlukan tanda tangan basah", family="DV", size=9.5)

    fp_pdf(d / "Pernyataan_Cakupan_Nasional.pdf", [
        ("t", "SURAT PERNYATAAN CAKUPAN NASIONAL\nNo. 118/SKN/DIR/VI/2024"),
        ("p", "Saya yang bertanda tangan di bawah ini, Arief Prasetyo Nugroho, Direktur Utama Perum Sarana Kerja "
              f"Nusantara (NIB {nib}), menyatakan bahwa layanan platform Kerja Nusantara ({portal}) berskala "
              f"nasional, dengan pengguna terdaftar di {pcount} provinsi dan jumlah pengguna terdaftar "
              f"{ribuan(total)} orang per 31 Mei 2024, dengan rincian:"),
        ("table", ["No", "Provinsi", "Pengguna"],
         [[str(i + 1), lab, ribuan(u)] for i, (lab, u) in enumerate(rows)] + [["", "Total", ribuan(total)]],
         (15, 95, 60)),
        ("p", "Demikian pernyataan ini dibuat dengan sebenarnya."),
        ("p", "Jakarta, 14 Juni 2024\nMETERAI 10000\n\nArief Prasetyo Nugroho\nDirektur Utama"),
    ], header_lines=["PERUM SARANA KERJA NUSANTARA", "Jl. Medan Merdeka Timur No. 9, Jakarta Pusat 10110"],
        footer="Perum Sarana Kerja Nusantara - dokumen permohonan platform digital Kartu Prakerja")

    write_txt(d / "Deskripsi_Sistem.txt", f"""
DESKRIPSI SISTEM INFORMASI - PLATFORM KERJA NUSANTARA
Perum Sarana Kerja Nusantara

1) Arsitektur: aplikasi tiga lapis (web/mobile, layanan aplikasi, basis data
   PostgreSQL terkluster) yang di-hosting pada cloud publik region Jakarta
   dengan dua availability zone.
2) Keamanan: ISO/IEC 27001:2013; enkripsi data saat transit dan saat disimpan;
   penetration test berkala oleh konsultan independen; kebijakan pelindungan
   data pribadi sesuai UU 27/2022.
3) Ketersediaan dan kapasitas: SLA 99,9%; uji beban 35.000 pengguna
   bersamaan; pemantauan 24x7 oleh Network Operation Center.
4) Integrasi/API: API gateway dengan REST API untuk lembaga pelatihan mitra
   dan sistem informasi ketenagakerjaan.
5) Pembayaran: platform mendukung pembayaran pelatihan menggunakan Kartu
   Prakerja melalui integrasi API dengan sistem Manajemen Pelaksana
   (redeem voucher dan rekonsiliasi transaksi harian).

Aplikasi: {portal} dan {app}

Jakarta, 14 Juni 2024
Dewi Kartikasari, Direktur Operasional dan Teknologi
""")

    partner_names = ["LPK Karya Prima Mandiri", "Lembaga Pelatihan Kerja Insan Cendekia",
                     "LPK Bahari Nusantara", "LPK Griya Busana Indonesia"]
    write_docx(d / "Lembaga_Pelatihan_Mitra.docx", [
        ("h", "DAFTAR LEMBAGA PELATIHAN MITRA", 1),
        ("p", "Perum Sarana Kerja Nusantara bekerja sama dengan 4 (empat) lembaga pelatihan yang "
              "menyelenggarakan pelatihan berbasis kompetensi mengacu pada SKKNI, yaitu:"),
    ] + [("p", f"{i + 1}. {n} - program pelatihan berbasis kompetensi") for i, n in enumerate(partner_names)] + [
        ("p", "Platform Kerja Nusantara terbuka bagi lembaga pelatihan lain yang memenuhi persyaratan kurasi."),
        ("p", "Jakarta, 14 Juni 2024\nArief Prasetyo Nugroho\nDirektur Utama"),
    ])

    # an attachment nobody needs, but broken: truncated PDF, plus an empty file
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(rl_flow([
        ("t", "LAMPIRAN FOTO KANTOR CABANG"),
        ("p", "Kantor Cabang Surabaya, Kantor Cabang Medan, Kantor Cabang Makassar. " * 30),
        ("p", "Keterangan foto kantor cabang Perum Sarana Kerja Nusantara. " * 40),
    ]))
    data = buf.getvalue()
    (d / "Lampiran_Foto_Kantor_Cabang.pdf").write_bytes(data[: int(len(data) * 0.42)])
    (d / "Lampiran_Struktur_Organisasi.txt").write_bytes(b"")

    facts = {
        "company_name": "Perum Sarana Kerja Nusantara",
        "entity_form": "PERUM",
        "ownership": "bumn",
        "listed": False,
        "nib": nib,
        "npwp": npwp,
        "provinces": provs,
        "province_count": pcount,
        "registered_users": total,
        "portal_urls": sorted([portal, app]),
        "training_partner_count": len(partner_names),
        "payment_integration": True,
    }
    r3 = with_(ALL_MET, business_license="not_applicable", document_quality="needs_review")
    r11 = with_(ALL_MET, legal_entity="not_met", document_quality="needs_review")
    expect(bid, "Perum (BUMN, not a PT) established by a PP, appointment decree from Menteri BUMN; 16-digit NPWP; "
                "coverage table with NAD/Babel/Kaltara/Malut/Pabar and 0-user Papua rows; truncated PDF and "
                "0-byte file alongside", "dir", facts, r11, r3, "not_met", "needs_review")


# ===========================================================================
# B4  CV (persekutuan komanditer); qualitative coverage; payment denied; no competency basis
# ===========================================================================
def bundle_cv() -> None:
    bid = "cv-cahaya-ilmu-mandiri"
    d = fresh(bid)
    nib = "9120102736458"
    npwp = "73.845.219.4-423.000"
    portal = "https://cahayailmu.id"
    deed_date = dt.date(2016, 2, 11)

    write_docx(d / "Akta_Pendirian_CV_No27.docx", [
        ("b", "AKTA PENDIRIAN PERSEKUTUAN KOMANDITER"),
        ("b", "CV CAHAYA ILMU MANDIRI"),
        ("b", "Nomor : 27"),
        ("p", LONGDASH * 2),
        ("p", f"Pada hari ini, {hari(deed_date)}, tanggal {deed_date:%d-%m-%Y} ({tgl_words(deed_date)}), pukul "
              f"13.00 WIB (tiga belas Waktu Indonesia Barat). {LONGDASH}"),
        ("p", "Berhadapan dengan saya, YULIANA HARTONO PUTRI, Sarjana Hukum, Magister Kenotariatan, Notaris di "
              "Kota Bandung, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan disebutkan pada "
              f"bagian akhir akta ini: {LONGDASH}"),
        ("p", "I.  Tuan AGUS SALIM FIRMANSYAH, lahir di Bandung, pada tanggal 25-05-1980 (dua puluh lima Mei "
              "seribu sembilan ratus delapan puluh), Warga Negara Indonesia, Wiraswasta, bertempat tinggal di Kota "
              "Bandung, Jalan Cihampelas Nomor 210, Rukun Tetangga 003, Rukun Warga 007, pemegang Kartu Tanda "
              f"Penduduk dengan Nomor Induk Kependudukan 3273012505800007; {DASH}"),
        ("p", "II. Nyonya MAYA SARI DEWI, lahir di Garut, pada tanggal 27-08-1983 (dua puluh tujuh Agustus seribu "
              "sembilan ratus delapan puluh tiga), Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal di "
              "Kota Bandung, Jalan Dago Asri Nomor 14, pemegang Kartu Tanda Penduduk dengan Nomor Induk "
              f"Kependudukan 3273046708830002; {DASH}"),
        ("p", "Para penghadap telah saya, Notaris, kenal. Para penghadap menerangkan dengan ini telah sepakat "
              "untuk mendirikan suatu persekutuan komanditer (commanditaire vennootschap) dengan anggaran dasar "
              f"sebagai berikut: {LONGDASH}"),
        ("b", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        ("p", "Persekutuan ini bernama CV CAHAYA ILMU MANDIRI (selanjutnya disebut \"Persekutuan\"), berkedudukan "
              f"di Kota Bandung, dengan cabang-cabang di tempat lain yang ditetapkan para persero. {DASH}"),
        ("b", "WAKTU\nPasal 2"),
        ("p", f"Persekutuan ini didirikan untuk waktu yang tidak ditentukan lamanya. {LONGDASH}"),
        ("b", "MAKSUD DAN TUJUAN\nPasal 3"),
        ("p", "Maksud dan tujuan Persekutuan ialah menjalankan usaha di bidang: a. portal web dan/atau platform "
              "digital dengan tujuan komersial (KBLI 63122); b. pendidikan lainnya swasta, termasuk kursus dan "
              f"pelatihan non formal (KBLI 85499). {DASH}"),
        ("b", "MODAL\nPasal 4"),
        ("p", "Modal Persekutuan ditetapkan sebesar Rp500.000.000,00 (lima ratus juta rupiah), yang disetor oleh: "
              "Tuan AGUS SALIM FIRMANSYAH sebesar Rp300.000.000,00 (tiga ratus juta rupiah) dan Nyonya MAYA SARI "
              f"DEWI sebesar Rp200.000.000,00 (dua ratus juta rupiah). {DASH}"),
        ("b", "PENGURUSAN\nPasal 5"),
        ("p", "1. Tuan AGUS SALIM FIRMANSYAH adalah persero pengurus (persero aktif) yang menjabat sebagai "
              "Direktur, berhak mewakili Persekutuan di dalam dan di luar pengadilan serta menandatangani segala "
              "surat dan perjanjian atas nama Persekutuan. 2. Nyonya MAYA SARI DEWI adalah persero komanditer "
              "(persero diam) yang hanya memasukkan modal dan tidak turut mengurus Persekutuan. "
              f"{DASH}"),
        ("b", "PEMBAGIAN KEUNTUNGAN\nPasal 6"),
        ("p", "Keuntungan dan kerugian Persekutuan dibagi di antara para persero menurut perbandingan modal "
              f"masing-masing. {LONGDASH}"),
        ("p", "DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kota Bandung, pada hari dan tanggal "
              "tersebut pada bagian awal akta ini, dengan dihadiri oleh saksi-saksi. Segera setelah akta ini saya, "
              "Notaris, bacakan kepada para penghadap dan saksi-saksi, maka ditandatanganilah akta ini. "
              "Dilangsungkan dengan tanpa perubahan. Minuta akta ini telah ditandatangani dengan sempurna. "
              f"{DASH}"),
        ("p", "Diberikan sebagai SALINAN yang sama bunyinya. Akta ini telah didaftarkan di Kepaniteraan Pengadilan "
              "Negeri Bandung di bawah Nomor 112/CV/2016/PN.Bdg tanggal 19-02-2016."),
        ("p", "Notaris di Kota Bandung,\n\nYULIANA HARTONO PUTRI, S.H., M.Kn."),
    ], footer="Salinan Akta Nomor 27 - Notaris Yuliana Hartono Putri, S.H., M.Kn.")

    write_txt(d / "NIB_CV_Cahaya_Ilmu.txt", f"""
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib}

Pemerintah Republik Indonesia berdasarkan Peraturan Pemerintah Nomor 5 Tahun
2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko menerbitkan
NIB kepada:

Nama Pelaku Usaha      : CV CAHAYA ILMU MANDIRI
Bentuk Usaha           : Persekutuan Komanditer (CV)
Alamat Kantor          : Jl. Cihampelas No. 210, Kel. Cipaganti, Kec. Coblong,
                         Kota Bandung, Jawa Barat 40131
NPWP                   : {npwp}
KBLI                   : 63122 - Portal Web dan/atau Platform Digital dengan
                         Tujuan Komersial; 85499 - Pendidikan Lainnya Swasta
Skala Usaha            : Usaha Kecil

Diterbitkan tanggal 3 Agustus 2021 melalui sistem OSS.
""")

    write_txt(d / "Surat_Pernyataan_Cakupan.txt", f"""
CV CAHAYA ILMU MANDIRI
Jl. Cihampelas No. 210 Bandung - info@cahayailmu.id

                    SURAT PERNYATAAN CAKUPAN NASIONAL

Yang bertanda tangan di bawah ini:
  Nama     : Agus Salim Firmansyah
  Jabatan  : Direktur
  Mewakili : CV Cahaya Ilmu Mandiri, NIB {nib}, NPWP {npwp}

menyatakan bahwa layanan platform Cahaya Ilmu ({portal}) berskala nasional
dan telah dimanfaatkan oleh peserta pelatihan dari seluruh Indonesia, dari
Sabang sampai Merauke.

Demikian surat pernyataan ini kami buat untuk dipergunakan sebagaimana
mestinya.

Bandung, 2 Juli 2024
[meterai 10000]

Agus Salim Firmansyah
Direktur
""")

    rl_pdf(d / "Deskripsi_Sistem_Cahaya_Ilmu.pdf", [
        ("t", "DESKRIPSI SISTEM PLATFORM CAHAYA ILMU"),
        ("h", "1. Arsitektur dan Infrastruktur"),
        ("p", "Platform Cahaya Ilmu berupa aplikasi web monolitik (Laravel) dengan basis data MySQL yang berjalan "
              "pada dua server virtual di penyedia cloud lokal, ditambah penyimpanan objek untuk materi video."),
        ("h", "2. Keamanan"),
        ("p", "Akses menggunakan HTTPS (TLS 1.2), kata sandi di-hash dengan bcrypt, akses administrator dengan "
              "otentikasi dua faktor, serta pemindaian kerentanan setiap bulan."),
        ("h", "3. Ketersediaan dan Kapasitas"),
        ("p", "Uptime rata-rata 99,2% dalam enam bulan terakhir; server mampu melayani sekitar 3.000 pengguna "
              "bersamaan; pencadangan basis data dilakukan setiap malam."),
        ("h", "4. Integrasi"),
        ("p", "Tersedia API REST sederhana untuk sinkronisasi jadwal kelas dengan lembaga mitra."),
        ("h", "5. Metode Pembayaran"),
        ("p", "Saat ini platform belum terintegrasi dengan sistem Kartu Prakerja dan tidak dapat digunakan sebagai "
              "metode pembayaran pelatihan Kartu Prakerja. Pembayaran kelas hanya dapat dilakukan melalui transfer "
              "bank manual ke rekening CV Cahaya Ilmu Mandiri."),
        ("sp", 8),
        ("p", "Bandung, 2 Juli 2024\nAgus Salim Firmansyah\nDirektur"),
    ], header_left="CV Cahaya Ilmu Mandiri", header_right="Dokumen Deskripsi Sistem")

    partners = [["1", "LPK Mitra Karya Parahyangan", "Kota Bandung", "Menjahit dan Tata Busana", "6"],
                ["2", "LPK Insan Terampil", "Kota Cimahi", "Servis Sepeda Motor", "4"],
                ["3", "LKP Aksara Digital", "Kab. Garut", "Desain Grafis dan Media Sosial", "9"]]
    write_docx(d / "Daftar_Mitra_Pelatihan.docx", [
        ("b", "DAFTAR MITRA LEMBAGA PELATIHAN - PLATFORM CAHAYA ILMU"),
        ("p", "Lembaga pelatihan berikut menawarkan kelasnya sendiri secara mandiri di platform Cahaya Ilmu:"),
        ("table", ["No", "Nama Lembaga", "Alamat", "Bidang Pelatihan", "Jumlah Kelas"], partners),
        ("p", "Bandung, 2 Juli 2024\nAgus Salim Firmansyah, Direktur"),
    ])

    facts = {
        "company_name": "CV Cahaya Ilmu Mandiri",
        "entity_form": "CV",
        "ownership": "private",
        "listed": False,
        "deed_number": "27",
        "deed_date": deed_date.isoformat(),
        "notary_name": "Yuliana Hartono Putri",
        "nib": nib,
        "npwp": digits(npwp),
        "portal_urls": [portal],
        "training_partner_count": len(partners),
        "payment_integration": False,
    }
    r3 = with_(ALL_MET, legal_entity="not_met", training_partners="needs_review")
    r11 = with_(ALL_MET, legal_entity="not_met", training_partners="needs_review",
                national_coverage="needs_review", it_system="not_met")
    expect(bid, "CV (not a PT) registered at a district court, no AHU; only qualitative 'seluruh Indonesia' "
                "coverage (Sabang/Merauke, address in Jawa Barat as traps); payment integration explicitly denied; "
                "partners in a Word table without any competency basis", "dir", facts, r11, r3,
           "not_met", "not_met")


# ===========================================================================
# B5  PT deed (two-column, date in words only) without any AHU approval; no partner list at all
# ===========================================================================
def bundle_no_ahu() -> None:
    bid = "pt-gemilang-karya-edukasi"
    d = fresh(bid)
    nib = "9120203847561"
    npwp = "53.221.908.7-614.000"
    portal = "https://gemilangkarya.co.id"
    deed_date = dt.date(2021, 3, 23)
    rows = [("Jawa Timur", 15220), ("Jawa Tengah", 9310), ("Jawa Barat", 11840), ("DKI Jakarta", 7260),
            ("Banten", 3110), ("DI Yogyakarta", 2240), ("Bali", 1980), ("Nusa Tenggara Barat", 1330),
            ("Nusa Tenggara Timur", 1020), ("Aceh", 880), ("Sumatera Utara", 3350), ("Sumatera Barat", 1410),
            ("Riau", 1560), ("Kepulauan Riau", 720), ("Jambi", 690), ("Sumatera Selatan", 1830),
            ("Kepulauan Bangka Belitung", 410), ("Bengkulu", 390), ("Lampung", 1690), ("Kalimantan Barat", 940),
            ("Kalimantan Tengah", 610), ("Kalimantan Selatan", 1010), ("Kalimantan Timur", 1290),
            ("Sulawesi Utara", 660), ("Gorontalo", 240), ("Sulawesi Tengah", 580), ("Sulawesi Selatan", 2730),
            ("Sulawesi Tenggara", 520), ("Maluku", 310), ("Papua", 450), ("Papua Barat", 180),
            ("Sulawesi Barat", 0), ("Papua Tengah", 0), ("Papua Pegunungan", 0), ("Papua Selatan", 0)]
    provs, pcount, total = coverage_facts(rows)
    assert pcount == 31

    title = [("t", "AKTA PENDIRIAN PERSEROAN TERBATAS"), ("t", "PT GEMILANG KARYA EDUKASI"),
             ("t", "Nomor : 08"), ("p", "-" * 90)]
    body = [
        ("p", f"Pada hari ini, {hari(deed_date)}, tanggal {tgl_words(deed_date)}, pukul sepuluh lewat tiga puluh "
              f"menit Waktu Indonesia Barat. {LONGDASH}"),
        ("p", "Menghadap kepada saya, BAMBANG SUTRISNO ADIWIJAYA, S.H., M.Kn., Notaris berkedudukan di Kota "
              "Surabaya, dengan dihadiri oleh saksi-saksi yang telah saya, Notaris, kenal dan nama-namanya akan "
              f"disebutkan pada bagian akhir akta ini: {DASH}"),
        ("p", "1. Tuan RIZKY ANGGARA PUTRA, lahir di Surabaya, pada tanggal dua Desember seribu sembilan ratus "
              "delapan puluh tujuh, Warga Negara Indonesia, Wiraswasta, bertempat tinggal di Kota Surabaya, Jalan "
              "Manyar Kertoarjo Nomor 45, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan "
              f"3578010212870003; {DASH}"),
        ("p", "2. Nyonya FITRI HANDAYANI, lahir di Malang, pada tanggal lima belas Juni seribu sembilan ratus "
              "sembilan puluh, Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal di Kota Surabaya, Jalan "
              "Dharmahusada Indah Nomor 12, pemegang Kartu Tanda Penduduk dengan Nomor Induk Kependudukan "
              f"3578025506900001; {DASH}"),
        ("p", "3. Tuan SOENARTO HADI, lahir di Kediri, pada tanggal sembilan Januari seribu sembilan ratus enam "
              "puluh dua, Warga Negara Indonesia, Pensiunan, bertempat tinggal di Kabupaten Sidoarjo, pemegang "
              f"Kartu Tanda Penduduk dengan Nomor Induk Kependudukan 3515010901620002. {DASH}"),
        ("p", "Para penghadap menerangkan bahwa dengan akta ini mereka telah sepakat untuk bersama-sama mendirikan "
              "suatu perseroan terbatas dengan anggaran dasar sebagaimana dimuat dalam akta ini, selanjutnya "
              f"disebut \"Anggaran Dasar\": {LONGDASH}"),
        ("h", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        ("p", "1. Perseroan Terbatas ini bernama PT GEMILANG KARYA EDUKASI (selanjutnya dalam Anggaran Dasar ini "
              "cukup disingkat dengan \"Perseroan\"), berkedudukan di Kota Surabaya. 2. Perseroan dapat membuka "
              "kantor cabang atau kantor perwakilan di tempat lain, baik di dalam maupun di luar wilayah Republik "
              f"Indonesia. {DASH}"),
        ("h", "JANGKA WAKTU BERDIRINYA PERSEROAN\nPasal 2"),
        ("p", f"Perseroan didirikan untuk jangka waktu yang tidak terbatas. {LONGDASH}"),
        ("h", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3"),
        ("p", "1. Maksud dan tujuan Perseroan ialah berusaha di bidang informasi dan komunikasi serta pendidikan. "
              "2. Untuk mencapai maksud dan tujuan tersebut Perseroan dapat melaksanakan kegiatan usaha: a. Portal "
              "Web dan/atau Platform Digital dengan Tujuan Komersial (KBLI 63122); b. Aktivitas Pemrograman "
              f"Komputer Lainnya (KBLI 62019); c. Pendidikan Lainnya Swasta (KBLI 85499). {DASH}"),
        ("h", "MODAL\nPasal 4"),
        ("p", "1. Modal dasar Perseroan berjumlah Rp4.000.000.000,00 (empat miliar rupiah), terbagi atas 4.000 "
              "(empat ribu) saham, masing-masing saham bernilai nominal Rp1.000.000,00 (satu juta rupiah). 2. Dari "
              "modal dasar tersebut telah ditempatkan dan disetor 25% (dua puluh lima persen) atau sejumlah 1.000 "
              "(seribu) saham dengan nilai nominal seluruhnya sebesar Rp1.000.000.000,00 (satu miliar rupiah). "
              f"{DASH}"),
        ("h", "DIREKSI\nPasal 11"),
        ("p", "1. Perseroan diurus dan dipimpin oleh suatu Direksi yang terdiri dari seorang Direktur Utama dan "
              "seorang Direktur atau lebih. 2. Direktur Utama berhak dan berwenang bertindak untuk dan atas nama "
              f"Direksi serta mewakili Perseroan. {DASH}"),
        ("h", "KETENTUAN PENUTUP"),
        ("p", "Akhirnya, para penghadap bertindak dalam kedudukannya sebagaimana tersebut di atas menerangkan "
              "bahwa: a. modal yang ditempatkan telah diambil bagian oleh: Tuan RIZKY ANGGARA PUTRA 600 saham, "
              "Nyonya FITRI HANDAYANI 250 saham, Tuan SOENARTO HADI 150 saham; b. menyimpang dari ketentuan "
              "tentang pengangkatan anggota Direksi dan Dewan Komisaris, untuk pertama kalinya diangkat: Direktur "
              "Utama: Tuan RIZKY ANGGARA PUTRA; Direktur: Nyonya FITRI HANDAYANI; Komisaris: Tuan SOENARTO HADI. "
              f"{DASH}"),
        ("p", "Para penghadap memberi kuasa kepada saya, Notaris, dengan hak substitusi, untuk mengajukan "
              "permohonan pengesahan atas akta pendirian ini kepada Menteri Hukum dan Hak Asasi Manusia Republik "
              f"Indonesia serta melakukan perubahan yang diminta dalam rangka permohonan tersebut. {DASH}"),
        ("p", "DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kota Surabaya pada hari dan tanggal "
              "sebagaimana tersebut pada kepala akta ini, dengan dihadiri oleh saksi-saksi. Segera setelah akta "
              "ini saya, Notaris, bacakan kepada para penghadap dan saksi-saksi, maka akta ini ditandatangani. "
              f"Minuta akta ini telah ditandatangani dengan sempurna. {DASH}"),
        ("p", "Diberikan sebagai SALINAN yang sama bunyinya.\nNotaris di Kota Surabaya,\n\n"
              "BAMBANG SUTRISNO ADIWIJAYA, S.H., M.Kn."),
    ]
    rl_pdf_two_column(d / "Akta_Pendirian_PT_Gemilang_No08.pdf", title, body,
                      footer="SALINAN - Akta Nomor 08 - Notaris Bambang Sutrisno Adiwijaya, S.H., M.Kn.")

    write_txt(d / "NIB_Gemilang.txt", f"""
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA : {nib}
Nama Pelaku Usaha    : PT GEMILANG KARYA EDUKASI
Alamat               : Jl. Manyar Kertoarjo No. 45, Kota Surabaya
NPWP                 : {npwp}
KBLI                 : 63122, 62019, 85499
Status PM            : PMDN
Diterbitkan tanggal  : 6 Mei 2021 - Lembaga OSS
""")

    letter = ["PT GEMILANG KARYA EDUKASI", "Jl. Manyar Kertoarjo No. 45, Surabaya 60116 - Telp. (031) 599 1020",
              f"NIB {nib} - NPWP {npwp}"]
    fp_pdf(d / "Surat_Pernyataan_Cakupan_Nasional.pdf", [
        ("t", "SURAT PERNYATAAN CAKUPAN NASIONAL"),
        ("p", "Yang bertanda tangan di bawah ini Rizky Anggara Putra, selaku Direktur Utama PT Gemilang Karya "
              f"Edukasi, menyatakan bahwa platform Gemilang Belajar ({portal}) telah digunakan oleh "
              f"{ribuan(total)} pengguna terdaftar di {pcount} provinsi, sebagai berikut:"),
        ("table", ["No", "Provinsi", "Pengguna Terdaftar"],
         [[str(i + 1), lab, ribuan(u)] for i, (lab, u) in enumerate(rows)], (15, 100, 55)),
        ("p", "Demikian pernyataan ini dibuat dengan sebenar-benarnya."),
        ("p", "Surabaya, 10 Juli 2024\nMETERAI TEMPEL\n\nRizky Anggara Putra\nDirektur Utama"),
    ], header_lines=letter, footer="PT Gemilang Karya Edukasi")

    write_docx(d / "Deskripsi_Sistem_GKE.docx", [
        ("h", "Deskripsi Sistem Teknologi Informasi - Gemilang Belajar", 1),
        ("p", f"Platform pembelajaran daring Gemilang Belajar dapat diakses di {portal}."),
        ("h", "Arsitektur", 2),
        ("p", "Arsitektur layanan mikro di atas Kubernetes pada cloud publik region Jakarta; basis data "
              "PostgreSQL dengan replika baca; penyimpanan objek untuk video."),
        ("h", "Keamanan", 2),
        ("p", "Enkripsi TLS 1.3 dan AES-256, Web Application Firewall, uji penetrasi tahunan, dan proses "
              "sertifikasi ISO/IEC 27001 yang telah selesai pada Februari 2024."),
        ("h", "Ketersediaan dan Kapasitas", 2),
        ("p", "SLA 99,5%, penskalaan horizontal otomatis, kapasitas teruji 15.000 pengguna bersamaan."),
        ("h", "Integrasi", 2),
        ("p", "REST API dan webhook untuk integrasi sistem pihak ketiga; SSO berbasis OAuth 2.0."),
        ("h", "Pembayaran Kartu Prakerja", 2),
        ("p", "Gemilang Belajar dapat diintegrasikan dengan sistem Kartu Prakerja sebagai metode pembayaran "
              "pelatihan; modul penukaran voucher Prakerja telah diuji pada lingkungan sandbox."),
        ("p", "Surabaya, 10 Juli 2024 - Fitri Handayani, Direktur"),
    ])

    facts = {
        "company_name": "PT Gemilang Karya Edukasi",
        "entity_form": "PT",
        "ownership": "private",
        "listed": False,
        "deed_number": "08",
        "deed_date": deed_date.isoformat(),
        "notary_name": "Bambang Sutrisno Adiwijaya",
        "nib": nib,
        "npwp": digits(npwp),
        "provinces": provs,
        "province_count": pcount,
        "registered_users": total,
        "portal_urls": [portal],
        "payment_integration": True,
    }
    # a required document absent: the documents show the bundle is not complete
    r = with_(ALL_MET, legal_entity="needs_review", training_partners="missing", open_marketplace="missing",
              bundle_complete="not_met")
    expect(bid, "PT deed (two-column reportlab PDF, date in words only, 'Menghadap kepada saya ... Notaris "
                "berkedudukan di Kota Surabaya', deed no. '08') with no AHU approval anywhere (only a power of "
                "attorney to apply for it); no partner list at all -> incomplete", "dir", facts, r, r,
           "incomplete", "incomplete")


# ===========================================================================
# B6  PT with old SIUP instead of NIB; scanned deed (image-only PDF); 22 provinces, no national claim
# ===========================================================================
def bundle_siup() -> None:
    bid = "pt-wahana-cipta-talenta"
    d = fresh(bid)
    npwp = "81.447.203.5-017.000"
    portal = "https://wahanatalenta.com"
    deed_date = dt.date(2017, 3, 8)
    ahu = "AHU-0021873.AH.01.01.Tahun 2017"
    rows = [("DKI Jakarta", 12840), ("Jawa Barat", 10420), ("Banten", 4210), ("Jawa Tengah", 6630),
            ("DI Yogyakarta", 1980), ("Jawa Timur", 7710), ("Bali", 1260), ("Sumatera Utara", 2880),
            ("Sumatera Barat", 940), ("Riau", 1130), ("Kepulauan Riau", 860), ("Sumatera Selatan", 1240),
            ("Lampung", 1020), ("Jambi", 410), ("Kalimantan Barat", 530), ("Kalimantan Timur", 990),
            ("Kalimantan Selatan", 620), ("Sulawesi Selatan", 1570), ("Sulawesi Utara", 380),
            ("Nusa Tenggara Barat", 450), ("Nusa Tenggara Timur", 310), ("Maluku", 140),
            ("Papua", 0), ("Gorontalo", 0)]
    provs, pcount, total = coverage_facts(rows)
    assert pcount == 22

    p1 = f"""**^SALINAN
**^AKTA PENDIRIAN PERSEROAN TERBATAS
**^PT WAHANA CIPTA TALENTA
**^Nomor: 14
------------------------------------------------------------------
Pada hari ini, {hari(deed_date)}, tanggal {deed_date:%d-%m-%Y} ({tgl_words(deed_date)}), pukul 09.00 WIB (sembilan Waktu Indonesia Barat). -----------------------------------
Berhadapan dengan saya, HERLINA MARGARETHA SIMANJUNTAK, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Administrasi Jakarta Selatan, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan disebutkan pada bagian akhir akta ini: -----------
1. Tuan YOHANES BUDIMAN SANTOSO, lahir di Semarang, pada tanggal 14-09-1979, Warga Negara Indonesia, Wiraswasta, bertempat tinggal di Jakarta Selatan, Jalan Kemang Raya Nomor 8, Nomor Induk Kependudukan 3174011409790004; ---------------
2. Nyonya ANISA RAHMAWATI, lahir di Bogor, pada tanggal 03-11-1986, Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal di Kota Depok, Nomor Induk Kependudukan 3276024311860001; ---------------
Para penghadap menerangkan dengan ini mendirikan suatu perseroan terbatas dengan anggaran dasar sebagai berikut: -----------------
**^NAMA DAN TEMPAT KEDUDUKAN
**^Pasal 1
Perseroan Terbatas ini bernama PT WAHANA CIPTA TALENTA, berkedudukan di Jakarta Selatan. ----------
**^MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA
**^Pasal 3
Maksud dan tujuan Perseroan ialah berusaha dalam bidang Portal Web dan/atau Platform Digital dengan Tujuan Komersial (KBLI 63122) serta Pendidikan Lainnya Swasta (KBLI 85499). -----------
"""
    p2 = """**^MODAL
**^Pasal 4
1. Modal dasar Perseroan berjumlah Rp2.000.000.000,00 (dua miliar rupiah), terbagi atas 2.000 (dua ribu) saham, masing-masing bernilai nominal Rp1.000.000,00 (satu juta rupiah). ------------
2. Dari modal dasar tersebut telah ditempatkan dan disetor 50% (lima puluh persen) atau sejumlah 1.000 (seribu) saham dengan nilai nominal seluruhnya Rp1.000.000.000,00 (satu miliar rupiah). ------------
**^DIREKSI
**^Pasal 11
Perseroan diurus dan dipimpin oleh Direksi yang terdiri dari seorang Direktur Utama dan seorang Direktur. ------------
Menyimpang dari ketentuan tentang pengangkatan anggota Direksi dan Dewan Komisaris, untuk pertama kalinya diangkat sebagai: ------------
- Direktur Utama : Tuan YOHANES BUDIMAN SANTOSO; ----------
- Direktur       : Nyonya ANISA RAHMAWATI; -------------
- Komisaris      : Tuan MARTINUS HALOHO. ------------------
DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Jakarta Selatan, pada hari dan tanggal tersebut pada kepala akta ini. Minuta akta ini telah ditandatangani dengan sempurna. ----------
Diberikan sebagai SALINAN yang sama bunyinya.
Notaris di Kota Administrasi Jakarta Selatan,

HERLINA MARGARETHA SIMANJUNTAK, S.H., M.Kn.
"""
    imgs = render_scan_pages([wrap_lines(p1, 76), wrap_lines(p2, 76)], seed=606, angle_seq=[-1.2, 1.7])
    save_scan_pdf(d / "Akta_Pendirian_No14_scan.pdf", imgs)

    rl_pdf(d / "SK_Menkumham_AHU-0021873.pdf", [
        ("t", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA"),
        ("t", f"NOMOR {ahu.upper()}"),
        ("t", "TENTANG\nPENGESAHAN PENDIRIAN BADAN HUKUM\nPERSEROAN TERBATAS PT WAHANA CIPTA TALENTA"),
        ("sp", 6),
        ("p", "Menimbang : a. bahwa berdasarkan permohonan Notaris HERLINA MARGARETHA SIMANJUNTAK sesuai salinan "
              f"Akta Nomor 14 Tanggal {tgl(deed_date)} yang dibuat oleh Notaris "
              "tersebut, telah sesuai dengan persyaratan pengesahan badan hukum Perseroan; b. bahwa sesuai data "
              "isian pendirian Perseroan yang disimpan di dalam Sistem Administrasi Badan Hukum, perlu "
              "menetapkan Keputusan Menteri;"),
        ("p", "Mengingat : 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas; 2. Peraturan "
              "Pemerintah Nomor 29 Tahun 2016;"),
        ("t", "MEMUTUSKAN:"),
        ("p", "Menetapkan : KESATU : Mengesahkan pendirian badan hukum Perseroan PT WAHANA CIPTA TALENTA, "
              "berkedudukan di KOTA ADMINISTRASI JAKARTA SELATAN, karena telah sesuai dengan data isian Format "
              "Pendirian yang disimpan di dalam Sistem Administrasi Badan Hukum. KEDUA : Keputusan ini berlaku "
              "sejak tanggal ditetapkan."),
        ("p", "Ditetapkan di Jakarta, tanggal 10 Maret 2017.\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM"),
    ], header_left="Sistem Administrasi Badan Hukum", header_right="Dicetak dari SABH",
        footer="Nomor " + ahu)

    write_txt(d / "SIUP_TDP_Wahana.txt", f"""
PEMERINTAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU

                 SURAT IZIN USAHA PERDAGANGAN (SIUP) MENENGAH
              NOMOR: 1129/24.1PM.7/31.74/-1.824.27/e/2017

NAMA PERUSAHAAN           : PT. WAHANA CIPTA TALENTA
NAMA PENANGGUNG JAWAB     : YOHANES BUDIMAN SANTOSO
ALAMAT PERUSAHAAN         : Jl. Kemang Raya No. 8, Bangka, Mampang Prapatan,
                            Jakarta Selatan
NOMOR TELEPON             : (021) 7199 2281
NPWP                      : {npwp}
KEKAYAAN BERSIH PERUSAHAAN: Rp 1.000.000.000,-
KELEMBAGAAN               : Pedagang eceran / penyedia jasa berbasis elektronik
KEGIATAN USAHA (KBLI)     : 63122, 85499
BARANG/JASA DAGANGAN UTAMA: Jasa platform digital kursus dan pelatihan

SIUP ini berlaku selama perusahaan menjalankan kegiatan usahanya.
Dikeluarkan di Jakarta, tanggal 21 April 2017

----------------------------------------------------------------------
                      TANDA DAFTAR PERUSAHAAN (TDP)
                   PERSEROAN TERBATAS - NOMOR TDP 09.03.1.63.41287
Berlaku s/d 21 April 2022
""")

    write_txt(d / "Surat_Pernyataan_Cakupan_Wilayah.txt", f"""
PT WAHANA CIPTA TALENTA

SURAT PERNYATAAN CAKUPAN WILAYAH LAYANAN

Saya, Yohanes Budiman Santoso, Direktur Utama PT Wahana Cipta Talenta,
menyatakan bahwa platform Wahana Talenta ({portal}) per 30 Juni 2024
telah memiliki {ribuan(total)} pengguna terdaftar yang tersebar di provinsi
berikut:

{txt_table(["No", "Provinsi", "Jumlah Pengguna"], [[str(i + 1), lab, ribuan(u)] for i, (lab, u) in enumerate(rows)])}

Jakarta, 5 Juli 2024
Meterai 10000

Yohanes Budiman Santoso
Direktur Utama
""")

    fp_pdf(d / "Deskripsi_Sistem_Wahana.pdf", [
        ("t", "DESKRIPSI SISTEM TEKNOLOGI INFORMASI\nPLATFORM WAHANA TALENTA"),
        ("h", "Arsitektur dan Infrastruktur"),
        ("p", "Aplikasi berbasis layanan mikro pada cloud publik (region Jakarta) dengan basis data terkelola dan "
              "CDN untuk video."),
        ("h", "Keamanan"),
        ("p", "ISO/IEC 27001:2013, enkripsi end-to-end untuk data pribadi, uji penetrasi setiap tahun."),
        ("h", "Ketersediaan dan Kapasitas"),
        ("p", "Ketersediaan 99,5% sesuai SLA; kapasitas 10.000 pengguna bersamaan."),
        ("h", "Integrasi dan Pembayaran"),
        ("p", "REST API untuk lembaga pelatihan mitra. Platform telah terintegrasi dengan sistem pembayaran "
              "Kartu Prakerja sebagai metode pembayaran pelatihan melalui API penukaran voucher."),
        ("p", "Jakarta, 5 Juli 2024\nAnisa Rahmawati, Direktur"),
    ])

    partners = [["1", "LPK Cakrawala Kompetensi", "Jakarta Timur", "Pemasaran Digital", "SKKNI Pemasaran Digital"],
                ["2", "LPK Tunas Bangsa Terampil", "Kota Bogor", "Teknisi AC", "SKKNI Refrigerasi"],
                ["3", "LPK Sinar Busana", "Kota Bekasi", "Menjahit", "kompetensi kerja menjahit (SKKNI)"],
                ["4", "LPK Mentari Hospitality", "Kota Tangerang", "Perhotelan", "SKKNI Perhotelan"],
                ["5", "LPK Nusa Data Analitika", "Kota Depok", "Analisis Data", "SKKNI Data Science"]]
    write_txt(d / "Daftar_Lembaga_Pelatihan.txt", f"""
DAFTAR LEMBAGA PELATIHAN MITRA - WAHANA TALENTA

Lembaga pelatihan berikut menawarkan program pelatihan berbasis kompetensi
kerja di platform Wahana Talenta:

{txt_table(["No", "Lembaga", "Kota", "Program", "Standar Kompetensi Kerja"], partners)}

Jakarta, 5 Juli 2024
Yohanes Budiman Santoso - Direktur Utama
""")

    facts = {
        "company_name": "PT Wahana Cipta Talenta",
        "entity_form": "PT",
        "ownership": "private",
        "listed": False,
        "deed_number": "14",
        "deed_date": deed_date.isoformat(),
        "notary_name": "Herlina Margaretha Simanjuntak",
        "ahu_number": "AHU-0021873.AH.01.01.TAHUN 2017",
        "npwp": digits(npwp),
        "provinces": provs,
        "province_count": pcount,
        "registered_users": total,
        "portal_urls": [portal],
        "training_partner_count": len(partners),
        "payment_integration": True,
    }
    r3 = with_(ALL_MET, national_coverage="needs_review")
    r11 = with_(ALL_MET, national_coverage="not_met")
    expect(bid, "PT with an old SIUP (+TDP) instead of a NIB; deed is a scanned image-only PDF (OCR needed); "
                "22-province list with no national claim (3/2020 needs_review, 11/2020 not_met)", "dir", facts,
           r11, r3, "not_met", "needs_review")


# ===========================================================================
# B7  ZIP bundle: PT running only its own courses; English-only system description (2 of 4 aspects)
# ===========================================================================
def bundle_own_courses() -> None:
    bid = "pt-pintar-mandiri-akademika"
    d = fresh(bid)  # staging folder, zipped and removed at the end
    nib = "9120004512873"
    npwp = "60.118.442.9-542.000"
    portal = "https://pintarmandiri.id"
    deed_date = dt.date(2021, 1, 15)
    rows = [("Aceh", 410), ("Sumut", 1820), ("Sumbar", 760), ("Riau", 690), ("Kepri", 330), ("Jambi", 280),
            ("Sumsel", 810), ("Babel", 150), ("Bengkulu", 0), ("Lampung", 720), ("DKI Jakarta", 5410),
            ("Jabar", 6830), ("Banten", 1920), ("Jateng", 4480), ("DIY", 3920), ("Jatim", 5170), ("Bali", 640),
            ("NTB", 390), ("NTT", 270), ("Kalbar", 310), ("Kalteng", 180), ("Kalsel", 350), ("Kaltim", 460),
            ("Kaltara", 0), ("Sulut", 210), ("Gorontalo", 0), ("Sulteng", 160), ("Sulbar", 0), ("Sulsel", 920),
            ("Sultra", 140), ("Maluku", 90), ("Malut", 0), ("Papua", 120), ("Pabar", 60), ("Papua Barat Daya", 0),
            ("Papua Selatan", 0), ("Papua Tengah", 0), ("Papua Pegunungan", 0)]
    provs, pcount, total = coverage_facts(rows)
    assert pcount == 29 and len(rows) == 38

    write_txt(d / "akta" / "Akta_Pendirian_No3.txt", f"""
                                  SALINAN
                              AKTA PENDIRIAN
                      PT PINTAR MANDIRI AKADEMIKA
                                 NOMOR 3
------------------------------------------------------------------------------
Pada hari ini, hari {hari(deed_date)}, tanggal {tgl_words(deed_date)},
pukul sembilan lewat lima belas menit Waktu Indonesia Barat.------------------
Hadir di hadapan saya, DWI ASTUTI NINGSIH, Sarjana Hukum, Magister
Kenotariatan, Notaris di Kabupaten Sleman, dengan dihadiri oleh saksi-saksi
yang saya, Notaris, kenal dan akan disebut pada akhir akta ini: --------------
I.  Tuan GALIH WICAKSONO PRATAMA, lahir di Yogyakarta, pada tanggal dua puluh
    satu Juli seribu sembilan ratus delapan puluh delapan, Warga Negara
    Indonesia, Wiraswasta, bertempat tinggal di Kabupaten Sleman, Nomor Induk
    Kependudukan 3404012107880003;--------------------------------------------
II. Nyonya NADIA PARAMITHA SARI, lahir di Klaten, pada tanggal empat Maret
    seribu sembilan ratus sembilan puluh satu, Warga Negara Indonesia,
    Karyawan Swasta, bertempat tinggal di Kota Yogyakarta, Nomor Induk
    Kependudukan 3471024403910002;--------------------------------------------
III.Tuan HARYANTO SOEKMONO, Warga Negara Indonesia, Pensiunan, bertempat
    tinggal di Kabupaten Bantul.----------------------------------------------
Para penghadap menerangkan bahwa mereka dengan akta ini mendirikan perseroan
terbatas dengan anggaran dasar sebagai berikut:-------------------------------
                       NAMA DAN TEMPAT KEDUDUKAN
                                 Pasal 1
1. Perseroan Terbatas ini bernama PT PINTAR MANDIRI AKADEMIKA, berkedudukan di
   Kabupaten Sleman.----------------------------------------------------------
                 MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA
                                 Pasal 3
1. Maksud dan tujuan Perseroan ialah menyelenggarakan kursus dan pelatihan
   daring yang dikembangkan sendiri oleh Perseroan.--------------------------
2. Kegiatan usaha: a. Pendidikan Lainnya Swasta (KBLI 85499); b. Portal Web
   dan/atau Platform Digital dengan Tujuan Komersial (KBLI 63122).-----------
                                  MODAL
                                 Pasal 4
1. Modal dasar Perseroan berjumlah Rp1.200.000.000,00 (satu miliar dua ratus
   juta rupiah), terbagi atas 1.200 (seribu dua ratus) saham.----------------
2. Modal ditempatkan dan disetor: 300 (tiga ratus) saham atau Rp300.000.000,00
   (tiga ratus juta rupiah).-------------------------------------------------
                                 DIREKSI
                                 Pasal 11
Direksi terdiri dari 1 (satu) orang Direktur Utama dan 1 (satu) orang
Direktur atau lebih.---------------------------------------------------------
Akhirnya para penghadap menerangkan bahwa untuk pertama kalinya diangkat:----
- Direktur Utama : Tuan GALIH WICAKSONO PRATAMA;-----------------------------
- Direktur       : Nyonya NADIA PARAMITHA SARI;------------------------------
- Komisaris      : Tuan HARYANTO SOEKMONO.----------------------------------
DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kabupaten
Sleman, pada hari dan tanggal tersebut dalam kepala akta ini.----------------
                                   Diberikan sebagai SALINAN yang sama bunyinya
                                   Notaris di Kabupaten Sleman,

                                   DWI ASTUTI NINGSIH, S.H., M.Kn.
""")

    write_txt(d / "akta" / "SK_Pengesahan_AHU.txt", f"""
KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
NOMOR AHU-0003189.AH.01.01.Tahun 2021
TENTANG
PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS
PT PINTAR MANDIRI AKADEMIKA

Menimbang : a. bahwa berdasarkan permohonan Notaris DWI ASTUTI NINGSIH,
               S.H., M.Kn. sesuai salinan Akta Nomor 3 Tanggal {tgl(deed_date)}
               yang dibuat oleh Notaris tersebut, telah sesuai dengan
               persyaratan pengesahan badan hukum Perseroan;
MEMUTUSKAN:
Menetapkan :
KESATU : Mengesahkan pendirian badan hukum Perseroan PT PINTAR MANDIRI
         AKADEMIKA, berkedudukan di KABUPATEN SLEMAN.
KEDUA  : Keputusan ini berlaku sejak tanggal ditetapkan.

Ditetapkan di Jakarta, tanggal 18 Januari 2021.
a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM
""")

    fp_pdf(d / "NIB_PintarMandiri.pdf", [
        ("t", "PERIZINAN BERUSAHA BERBASIS RISIKO"),
        ("t", f"NOMOR INDUK BERUSAHA: {nib}"),
        ("table", ["Data", "Keterangan"], [
            ["Nama Pelaku Usaha", "PT PINTAR MANDIRI AKADEMIKA"],
            ["Alamat", "Jl. Kaliurang Km 7,5 No. 22, Condongcatur, Depok, Kab. Sleman"],
            ["NPWP", npwp],
            ["KBLI", "85499, 63122"],
            ["Status Penanaman Modal", "PMDN"],
        ], (55, 115)),
        ("p", "Diterbitkan di Jakarta, tanggal 2 Februari 2021 oleh Lembaga OSS."),
    ], family="DV", size=9.5)

    rl_pdf(d / "Coverage_Statement.pdf", [
        ("t", "SURAT PERNYATAAN CAKUPAN NASIONAL / NATIONAL COVERAGE STATEMENT"),
        ("p", "Yang bertanda tangan di bawah ini / The undersigned:\nName: Galih Wicaksono Pratama\n"
              "Title: President Director\nCompany: PT Pintar Mandiri Akademika"),
        ("p", f"menyatakan bahwa platform Pintar Mandiri ({portal}) memiliki {ribuan(total)} pengguna terdaftar "
              "per 30 Juni 2024 dengan sebaran per provinsi sebagai berikut / declares the following registered "
              "users per province:"),
        ("table", ["No", "Provinsi", "Pengguna / Users"],
         [[str(i + 1), lab, ribuan(u)] for i, (lab, u) in enumerate(rows)], (12 * mm, 80 * mm, 45 * mm)),
        ("p", "Sleman, 9 Juli 2024\n[meterai 10000]\n\nGalih Wicaksono Pratama\nPresident Director"),
    ], letterhead=["PT PINTAR MANDIRI AKADEMIKA", "Jl. Kaliurang Km 7,5 No. 22, Sleman, DI Yogyakarta 55283"],
        top_margin=36 * mm, footer="PT Pintar Mandiri Akademika - Coverage Statement")

    write_docx(d / "System_Description_EN.docx", [
        ("h", "System Description - Pintar Mandiri Learning Platform", 1),
        ("p", f"This document describes the information technology behind the Pintar Mandiri learning platform "
              f"({portal})."),
        ("h", "1. Infrastructure and Architecture", 2),
        ("p", "The platform runs on four virtual machines in a co-location data centre in Jakarta. It follows a "
              "three-tier architecture: a web front end (Next.js), an application layer (Django) and a "
              "PostgreSQL 14 database. Course videos are kept in S3-compatible object storage."),
        ("h", "2. Information Security", 2),
        ("p", "Our information security management system is certified to ISO/IEC 27001:2013 (certificate "
              "IS 738112). Data is encrypted in transit (TLS 1.2 and above) and at rest (AES-256). Staff access "
              "uses role-based access control and two-factor authentication. An independent penetration test is "
              "performed once a year, most recently in March 2024."),
        ("p", "Prepared by Nadia Paramitha Sari, Director, 9 July 2024."),
    ], font="Calibri")

    courses = [["1", "Dasar Pemasaran Digital", "mengacu SKKNI Pemasaran Digital", "Tim instruktur internal"],
               ["2", "Administrasi Perkantoran Modern", "mengacu SKKNI Administrasi Perkantoran",
                "Tim instruktur internal"],
               ["3", "Desain Grafis untuk UMKM", "berbasis kompetensi", "Tim instruktur internal"],
               ["4", "Bahasa Inggris untuk Layanan Pelanggan", "-", "Tim instruktur internal"]]
    write_txt(d / "Pernyataan_Program_Pelatihan.txt", f"""
PT PINTAR MANDIRI AKADEMIKA

SURAT PERNYATAAN PROGRAM PELATIHAN DAN LEMBAGA PELATIHAN

Yang bertanda tangan di bawah ini, Galih Wicaksono Pratama, President
Director PT Pintar Mandiri Akademika, menyatakan bahwa:

1. Seluruh kelas pada platform Pintar Mandiri dikembangkan dan diajarkan oleh
   tim instruktur internal PT Pintar Mandiri Akademika.
2. PT Pintar Mandiri Akademika tidak bekerja sama dengan lembaga pelatihan
   eksternal mana pun, dan platform tidak menyediakan fitur bagi penyedia
   pelatihan lain untuk menawarkan kelasnya. Platform hanya menjual kelas
   milik PT Pintar Mandiri Akademika sendiri.
3. Kurikulum sebagian kelas disusun dengan mengacu pada SKKNI.

Daftar kelas:
{txt_table(["No", "Kelas", "Acuan", "Pengajar"], courses)}

Sleman, 9 Juli 2024

Galih Wicaksono Pratama
President Director
""")

    # pack as a zip bundle (id = zip stem) with fixed timestamps, then drop the staging folder
    zpath = OUT / f"{bid}.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(p for p in d.rglob("*") if p.is_file()):
            z.writestr(zipfile.ZipInfo(f.relative_to(d).as_posix(), ZIP_DATE), f.read_bytes(),
                       compress_type=zipfile.ZIP_DEFLATED)
    shutil.rmtree(d)

    facts = {
        "company_name": "PT Pintar Mandiri Akademika",
        "entity_form": "PT",
        "ownership": "private",
        "listed": False,
        "deed_number": "3",
        "deed_date": deed_date.isoformat(),
        "notary_name": "Dwi Astuti Ningsih",
        "ahu_number": "AHU-0003189.AH.01.01.TAHUN 2021",
        "nib": nib,
        "npwp": digits(npwp),
        "provinces": provs,
        "province_count": pcount,
        "registered_users": total,
        "portal_urls": [portal],
        "training_partner_count": 0,
    }
    r = with_(ALL_MET, it_system="needs_review", training_partners="not_met", open_marketplace="not_met")
    expect(bid, "ZIP bundle (with akta/ subfolder): PT that sells only its own in-house courses, stated explicitly "
                "(SKKNI mentioned for own courses as a trap); English-only system description covering 2 of 4 "
                "aspects, no payment; signer titled 'President Director'; 38-row table with 9 zero rows", "zip",
           facts, r, r, "not_met", "not_met")


# ===========================================================================
# B8  PT Tbk with a later amendment deed (PKR) + approval; NIB differs between NIB print and coverage statement
# ===========================================================================
def bundle_nib_conflict() -> None:
    bid = "pt-nusantara-edutek-tbk"
    d = fresh(bid)
    nib = "8120115093746"
    nib_wrong = "8120115093764"
    npwp = "71.903.554.2-411.000"
    portal = "https://www.edutek.co.id"
    app = "https://play.google.com/store/apps/details?id=id.co.edutek.app"
    deed_date = dt.date(2022, 6, 16)
    ahu = "AHU-0041122.AH.01.02.Tahun 2022"
    names = {"Aceh": 1210, "Sumut": 6120, "Sumbar": 2330, "Riau": 2980, "Kepri": 1540, "Jambi": 1120,
             "Sumsel": 3310, "Babel": 620, "Bengkulu": 710, "Lampung": 2950, "DKI Jakarta": 19870,
             "Jawa Barat": 24310, "Banten": 8820, "Jawa Tengah": 15640, "DI Yogyakarta": 4120,
             "Jawa Timur": 18930, "Bali": 3010, "NTB": 1870, "NTT": 1490, "Kalimantan Barat": 1660,
             "Kalimantan Tengah": 1020, "Kalimantan Selatan": 1890, "Kalimantan Timur": 2540,
             "Kalimantan Utara": 380, "Sulawesi Utara": 1310, "Gorontalo": 520, "Sulawesi Tengah": 980,
             "Sulawesi Barat": 410, "Sulawesi Selatan": 4780, "Sulawesi Tenggara": 860, "Maluku": 640,
             "Maluku Utara": 430, "Papua": 920, "Papua Barat": 350, "Papua Barat Daya": 210,
             "Papua Selatan": 0, "Papua Tengah": 0, "Papua Pegunungan": 0}
    rows = list(names.items())
    provs, pcount, total = coverage_facts(rows)
    assert pcount == 35

    write_docx(d / "01_Akta_PKR_No45_2022.docx", [
        ("b", "PERNYATAAN KEPUTUSAN RAPAT UMUM PEMEGANG SAHAM LUAR BIASA"),
        ("b", "PT NUSANTARA EDUTEK INDONESIA Tbk"),
        ("b", "Nomor: 45."),
        ("p", LONGDASH * 2),
        ("p", f"Pada hari ini, {hari(deed_date)}, tanggal {deed_date:%d-%m-%Y} ({tgl_words(deed_date)}), pukul "
              f"14.15 WIB (empat belas lewat lima belas menit Waktu Indonesia Barat). {DASH}"),
        ("p", "Berhadapan dengan saya, Ir. CHRISTINA WULANDARI SETIAWAN, S.H., M.Kn., Notaris di Kota Tangerang "
              f"Selatan, dengan dihadiri oleh saksi-saksi yang akan disebutkan pada akhir akta ini: {DASH}"),
        ("p", "Nyonya MARIA KRISTANTI HALIM, lahir di Jakarta, pada tanggal 12-04-1978, Warga Negara Indonesia, "
              "bertempat tinggal di Kota Tangerang Selatan, Nomor Induk Kependudukan 3674055204780002, menurut "
              "keterangannya dalam hal ini bertindak berdasarkan kuasa yang diberikan oleh Rapat Umum Pemegang "
              f"Saham Luar Biasa PT NUSANTARA EDUTEK INDONESIA Tbk (\"Perseroan\"). {DASH}"),
        ("p", "Penghadap menerangkan terlebih dahulu: a. bahwa Perseroan didirikan dengan nama PT NUSANTARA "
              "EDUTEK INDONESIA berdasarkan Akta Pendirian Nomor 3 tanggal 5 Mei 2015, dibuat di hadapan SUGIANTO "
              "HALIM, S.H., Notaris di Jakarta, yang telah memperoleh pengesahan dari Menteri Hukum dan Hak Asasi "
              "Manusia Republik Indonesia berdasarkan Surat Keputusan Nomor AHU-0034567.AH.01.01.Tahun 2015 "
              "tanggal 12 Mei 2015; dengan Direktur Utama pada saat itu Tuan HENDRA GUNAWAN LIM; "
              f"{DASH}"),
        ("p", "b. bahwa pada tanggal 10 Juni 2022 telah diselenggarakan Rapat Umum Pemegang Saham Luar Biasa "
              f"Perseroan yang telah mengambil keputusan sebagai berikut: {DASH}"),
        ("p", "1. Menyetujui perubahan status Perseroan dari perseroan tertutup menjadi perseroan terbuka dan "
              "perubahan nama Perseroan menjadi PT NUSANTARA EDUTEK INDONESIA Tbk; 2. Menyetujui perubahan dan "
              "penyusunan kembali seluruh anggaran dasar Perseroan dalam rangka penyesuaian dengan peraturan di "
              "bidang pasar modal; 3. Memberhentikan dengan hormat seluruh anggota Direksi dan Dewan Komisaris "
              f"lama dan mengangkat susunan yang baru. {DASH}"),
        ("b", "NAMA DAN TEMPAT KEDUDUKAN\nPasal 1"),
        ("p", "Perseroan Terbatas ini bernama PT NUSANTARA EDUTEK INDONESIA Tbk, berkedudukan di Kota Tangerang "
              f"Selatan. {DASH}"),
        ("b", "MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3"),
        ("p", "Kegiatan usaha Perseroan: Portal Web dan/atau Platform Digital dengan Tujuan Komersial (KBLI "
              f"63122) dan Pendidikan Lainnya Swasta (KBLI 85499). {DASH}"),
        ("b", "MODAL\nPasal 4"),
        ("p", "Modal dasar Perseroan berjumlah Rp400.000.000.000,00 (empat ratus miliar rupiah), terbagi atas "
              "4.000.000.000 (empat miliar) saham, masing-masing bernilai nominal Rp100,00 (seratus rupiah). "
              f"{DASH}"),
        ("b", "SUSUNAN DIREKSI DAN DEWAN KOMISARIS"),
        ("p", "Direktur Utama (President Director) : Nyonya MARIA KRISTANTI HALIM;\n"
              "Direktur (Director)                 : Tuan BONIFASIUS EKA SAPUTRA;\n"
              "Direktur (Director)                 : Tuan RAHMAT HIDAYAT SIREGAR;\n"
              "Komisaris Utama                     : Tuan SUGENG WIDODO;\n"
              "Komisaris Independen                : Nyonya LINDA MARLINA."),
        ("p", "DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Kota Tangerang Selatan pada hari "
              f"dan tanggal tersebut pada bagian awal akta ini. {DASH}"),
        ("p", "Diberikan sebagai SALINAN.\nNotaris di Kota Tangerang Selatan,\n\n"
              "Ir. CHRISTINA WULANDARI SETIAWAN, S.H., M.Kn."),
    ], header="SALINAN AKTA NOMOR 45 TANGGAL 16 JUNI 2022")

    rl_pdf(d / "02_SK_Persetujuan_Perubahan_AD.pdf", [
        ("t", "KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"),
        ("t", f"NOMOR {ahu}"),
        ("t", "TENTANG\nPERSETUJUAN PERUBAHAN ANGGARAN DASAR PERSEROAN TERBATAS\nPT NUSANTARA EDUTEK INDONESIA Tbk"),
        ("sp", 6),
        ("p", "Menimbang : a. bahwa berdasarkan permohonan Notaris CHRISTINA WULANDARI SETIAWAN sesuai salinan "
              f"Akta Nomor 45 Tanggal {tgl(deed_date)} yang dibuat oleh Notaris tersebut, telah sesuai dengan "
              "persyaratan persetujuan perubahan anggaran dasar Perseroan;"),
        ("t", "MEMUTUSKAN:"),
        ("p", "Menetapkan : KESATU : Menyetujui perubahan anggaran dasar Perseroan PT NUSANTARA EDUTEK INDONESIA "
              "Tbk, berkedudukan di KOTA TANGERANG SELATAN, karena telah sesuai dengan data perubahan anggaran "
              "dasar yang disimpan di dalam Sistem Administrasi Badan Hukum. KEDUA : Keputusan ini berlaku sejak "
              "tanggal ditetapkan."),
        ("p", "Ditetapkan di Jakarta, tanggal 20 Juni 2022.\na.n. MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK "
              "INDONESIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM"),
    ], header_left="Sistem Administrasi Badan Hukum", header_right="AHU Online")

    fp_pdf(d / "03_NIB_OSS.pdf", [
        ("t", "PEMERINTAH REPUBLIK INDONESIA\nPERIZINAN BERUSAHA BERBASIS RISIKO"),
        ("t", f"NOMOR INDUK BERUSAHA: {nib}"),
        ("p", "Berdasarkan Undang-Undang Cipta Kerja, Pemerintah Republik Indonesia menerbitkan NIB kepada:"),
        ("p", f"1. Nama Pelaku Usaha : PT NUSANTARA EDUTEK INDONESIA Tbk\n2. Alamat : Edutek Tower Lt. 9, Jl. "
              f"Pahlawan Seribu Kav. 7, BSD City, Kota Tangerang Selatan\n3. NPWP : {npwp}\n4. KBLI : 63122, "
              "85499\n5. Status Penanaman Modal : PMDN"),
        ("p", "Diterbitkan di Jakarta, tanggal: 4 Juli 2022\nMenteri Investasi/Kepala BKPM"),
    ], family="DV", size=9.5, footer="Dokumen ini telah ditandatangani secara elektronik melalui sistem OSS")

    rl_pdf(d / "04_Surat_Pernyataan_Cakupan_Nasional.pdf", [
        ("t", "SURAT PERNYATAAN CAKUPAN NASIONAL"),
        ("t", "No. 077/NEI-PD/VII/2024"),
        ("p", "Yang bertanda tangan di bawah ini:\nNama : Maria Kristanti Halim\nJabatan : President Director\n"
              f"Perusahaan : PT Nusantara Edutek Indonesia, Tbk.\nNIB : {nib_wrong}\nNPWP : {npwp}"),
        ("p", f"dengan ini menyatakan bahwa platform Edutek ({portal}; aplikasi Android {app}) telah memiliki "
              f"pengguna terdaftar di {pcount} provinsi dengan total {ribuan(total)} pengguna terdaftar per 30 "
              "Juni 2024. Perluasan layanan ke Papua Selatan, Papua Tengah dan Papua Pegunungan direncanakan "
              "pada tahun 2025. Rincian per provinsi:"),
        ("table", ["No", "Provinsi", "Pengguna terdaftar"],
         [[str(i + 1), lab, ribuan(u)] for i, (lab, u) in enumerate(rows)], (12 * mm, 85 * mm, 45 * mm)),
        ("p", "Tangerang Selatan, 11 Juli 2024\nMETERAI 10000\n\nMaria Kristanti Halim\nPresident Director"),
    ], letterhead=["PT NUSANTARA EDUTEK INDONESIA Tbk",
                   "Edutek Tower Lt. 9, Jl. Pahlawan Seribu Kav. 7, BSD City, Tangerang Selatan 15322",
                   "Telp. (021) 5316 7700 - sekretariat@edutek.co.id"],
        top_margin=38 * mm, footer="Surat Pernyataan Cakupan Nasional - PT Nusantara Edutek Indonesia Tbk")

    write_txt(d / "05_Deskripsi_Sistem.txt", f"""
DESKRIPSI SISTEM / SYSTEM DESCRIPTION - EDUTEK
PT Nusantara Edutek Indonesia Tbk

[1] Arsitektur / Architecture
    Cloud-native microservices on two public-cloud regions (Jakarta primary,
    Singapore secondary), event bus, managed PostgreSQL and Redis.
[2] Keamanan / Security
    ISO/IEC 27001:2022 and ISO/IEC 27701 certified; TLS 1.3; AES-256 at rest;
    quarterly penetration tests; bug bounty programme.
[3] Ketersediaan dan Kapasitas / Availability and capacity
    99.95% monthly uptime SLA; load-tested to 120,000 concurrent users;
    automated failover between regions.
[4] Integrasi / Integration
    Public partner API (REST, OAuth 2.0) for training providers; webhooks.
[5] Pembayaran Kartu Prakerja / Prakerja payment
    Edutek is integrated with the Kartu Prakerja system as a payment method
    for training: participants redeem their Prakerja training balance at
    checkout through the redemption API.

Portal: {portal}
App: {app}

Tangerang Selatan, 11 July 2024
Bonifasius Eka Saputra - Director
""")

    partners = [["1", "LPK Cendekia Digital Nusantara", "Digital Marketing", "SKKNI, sertifikasi BNSP"],
                ["2", "LPK Mitra Boga Indonesia", "Tata Boga", "SKKNI Kuliner"],
                ["3", "LPK Cendekia Digital Nusantara", "Analisis Data", "SKKNI, sertifikasi BNSP"],
                ["4", "LPK Tekno Otomotif Mandiri", "Otomotif", "SKKNI Otomotif"],
                ["5", "Lembaga Pelatihan Kerja Bahasa Global", "Bahasa Inggris", "berbasis kompetensi"],
                ["6", "LPK Ruang Kreatif Visual", "Desain Grafis", "SKKNI Desain Grafis"],
                ["7", "LPK Sahabat Caregiver", "Perawat Lansia", "sertifikasi BNSP"]]
    distinct = len({p[1] for p in partners})
    assert distinct == 6
    fp_pdf(d / "06_Daftar_Lembaga_Pelatihan_Mitra.pdf", [
        ("t", "DAFTAR LEMBAGA PELATIHAN MITRA EDUTEK"),
        ("p", "Edutek adalah marketplace pelatihan yang terbuka bagi lembaga pelatihan yang lolos kurasi. "
              "Program mitra berikut berbasis kompetensi:"),
        ("table", ["No", "Lembaga Pelatihan", "Program", "Dasar Kompetensi"], partners, (10, 70, 40, 50)),
        ("p", "Tangerang Selatan, 11 Juli 2024\nMaria Kristanti Halim - President Director"),
    ], family="DV", size=9.5)

    facts = {
        "company_name": "PT Nusantara Edutek Indonesia Tbk",
        "entity_form": "PT",
        "ownership": "private",
        "listed": True,
        "deed_number": "45",
        "deed_date": deed_date.isoformat(),
        "notary_name": "Christina Wulandari Setiawan",
        "ahu_number": "AHU-0041122.AH.01.02.TAHUN 2022",
        "nib": nib,
        "npwp": digits(npwp),
        "provinces": provs,
        "province_count": pcount,
        "registered_users": total,
        "portal_urls": sorted([portal, app]),
        "training_partner_count": distinct,
        "payment_integration": True,
    }
    r = with_(ALL_MET, identity_consistent="needs_review")
    expect(bid, "PT Tbk whose latest deed is an amendment (PKR No. 45, 2022) with its AH.01.02 approval; recital "
                "cites the 2015 deed/AHU (trap); NIB in coverage statement differs from NIB print; English board "
                "titles; partner list names one LPK twice (6 distinct)", "dir", facts, r, r,
           "needs_review", "needs_review")


# ===========================================================================

HEADER = """\
# Held-out test corpus B: expected facts and statuses (ground truth).
# Generated by make_heldout.py; fictional applicants. Bundle paths are relative to this file.
# facts: contract fact names with normalized values; a fact the bundle does not state is omitted.
# rulesets: per ruleset, criteria + checks statuses and overall (contract formula).
"""


class _QuotingDumper(yaml.SafeDumper):
    """Quote every string that starts with a digit (NIB '0220...', deed '08') so no YAML 1.1/1.2 reader
    turns it into a number."""


def _str_rep(dumper: yaml.SafeDumper, value: str):
    style = "'" if value[:1].isdigit() or value.lower() in {"yes", "no", "on", "off", "true", "false", "null"} \
        else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_QuotingDumper.add_representer(str, _str_rep)


def write_expected() -> None:
    out = [HEADER, "bundles:\n"]
    for bid, data in EXPECTED.items():
        out.append(f"  # {COMMENTS[bid]}\n")
        dumped = yaml.dump({bid: data}, Dumper=_QuotingDumper, sort_keys=False, allow_unicode=True, width=200)
        out.append("".join("  " + line + "\n" for line in dumped.splitlines()))
    text = "".join(out)
    assert yaml.safe_load(text)["bundles"] == EXPECTED
    (OUT / "expected.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    bundle_kemenperin()
    bundle_perseroda()
    bundle_perum()
    bundle_cv()
    bundle_no_ahu()
    bundle_siup()
    bundle_own_courses()
    bundle_nib_conflict()
    write_expected()
    print(f"wrote {len(EXPECTED)} bundles and expected.yaml to {OUT}")


if __name__ == "__main__":
    main()
