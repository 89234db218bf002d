#!/usr/bin/env python3
"""Held-out test corpus C: 8 fictional Kartu Prakerja digital-platform applicant bundles.

Focus: variety of wording and layout for facts that are usually present.
Written from /work/shared/domain/BRIEF.md and /work/shared/spec/report-contract.md only.

Run with the project's virtualenv (reportlab, fpdf2, python-docx, pyyaml, pillow):

    /work/main/.venv/bin/python make_bundles.py

Deterministic: fixed seeds, reportlab invariant=1, fixed PDF/DOCX metadata, fixed zip timestamps.
All companies, people, numbers and addresses are fictional.
"""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = dt.datetime(2024, 5, 6, 9, 0, 0, tzinfo=dt.UTC)
ZIP_DT = (2024, 5, 6, 9, 0, 0)

# ---------------------------------------------------------------------------
# Provinces (canonical order from the domain brief)
# ---------------------------------------------------------------------------
PROVINCES = [
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
assert len(PROVINCES) == 38

BIG = {"DKI Jakarta", "Jawa Barat", "Jawa Tengah", "Jawa Timur", "Banten",
       "Sumatera Utara", "Sulawesi Selatan"}


def user_counts(seed: int, excluded: set[str]) -> dict[str, int]:
    """Users per province (0 for excluded) in canonical order, deterministic."""
    assert excluded <= set(PROVINCES), excluded - set(PROVINCES)
    rng = random.Random(seed)
    out = {}
    for p in PROVINCES:
        if p in excluded:
            out[p] = 0
        elif p in BIG:
            out[p] = rng.randint(95_000, 410_000)
        else:
            out[p] = rng.randint(1_150, 48_000)
    return out


def with_users(counts: dict[str, int]) -> list[str]:
    return sorted(p for p, n in counts.items() if n > 0)


def fmt_id(n: int) -> str:
    """Indonesian thousands separator: 1.234.567"""
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------------------
# Indonesian / English dates
# ---------------------------------------------------------------------------
BULAN = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
         "Agustus", "September", "Oktober", "November", "Desember"]
MONTH = ["", "January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
           "sembilan", "sepuluh", "sebelas"]


def terbilang(n: int) -> str:
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{terbilang(n - 10)} belas"
    if n < 100:
        rest = n % 10
        return f"{terbilang(n // 10)} puluh" + (f" {terbilang(rest)}" if rest else "")
    if n < 200:
        rest = n - 100
        return "seratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 1000:
        rest = n % 100
        return f"{terbilang(n // 100)} ratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 2000:
        rest = n - 1000
        return "seribu" + (f" {terbilang(rest)}" if rest else "")
    if n < 1_000_000:
        rest = n % 1000
        return f"{terbilang(n // 1000)} ribu" + (f" {terbilang(rest)}" if rest else "")
    raise ValueError(n)


def d_words(d: dt.date) -> str:
    return f"{terbilang(d.day)} {BULAN[d.month]} {terbilang(d.year)}"


def d_id(d: dt.date) -> str:
    return f"{d.day} {BULAN[d.month]} {d.year}"


def d_en(d: dt.date) -> str:
    return f"{d.day} {MONTH[d.month]} {d.year}"


def hari(d: dt.date) -> str:
    return HARI[d.weekday()]


# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------
pdfmetrics.registerFont(TTFont("DVSans", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVSans-B", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSerif-B", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFontFamily("DVSans", normal="DVSans", bold="DVSans-B",
                              italic="DVSans", boldItalic="DVSans-B")
pdfmetrics.registerFontFamily("DVSerif", normal="DVSerif", bold="DVSerif-B",
                              italic="DVSerif", boldItalic="DVSerif-B")


def styles(serif: bool = False, size: float = 10):
    f = "DVSerif" if serif else "DVSans"
    fb = f + "-B"
    return {
        "body": ParagraphStyle("body", fontName=f, fontSize=size, leading=size * 1.45,
                               alignment=TA_JUSTIFY, spaceAfter=size * 0.5),
        "left": ParagraphStyle("left", fontName=f, fontSize=size, leading=size * 1.4,
                               spaceAfter=size * 0.3),
        "center": ParagraphStyle("center", fontName=f, fontSize=size, leading=size * 1.4,
                                 alignment=TA_CENTER, spaceAfter=size * 0.3),
        "title": ParagraphStyle("title", fontName=fb, fontSize=size + 3,
                                leading=(size + 3) * 1.35, alignment=TA_CENTER,
                                spaceAfter=size * 0.4),
        "h": ParagraphStyle("h", fontName=fb, fontSize=size + 0.5, leading=size * 1.5,
                            alignment=TA_CENTER, spaceBefore=size * 0.6, spaceAfter=size * 0.3),
        "hl": ParagraphStyle("hl", fontName=fb, fontSize=size + 0.5, leading=size * 1.5,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.3),
        "cell": ParagraphStyle("cell", fontName=f, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=fb, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
    }


def para(text: str, st) -> Paragraph:
    """Paragraph from plain text; '**x**' marks bold; newlines become <br/>."""
    t = escape(text)
    parts = t.split("**")
    t = "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(parts))
    return Paragraph(t.replace("\n", "<br/>"), st)


def rl_build(path: Path, story, *, title: str, author: str, header: str | None = None,
             footer: str | None = None, skip_deco_pages: set[int] | None = None,
             on_page_extra=None, margins=(22 * mm, 20 * mm, 22 * mm, 22 * mm)):
    left, right, top, bottom = margins
    skip = skip_deco_pages or set()

    def deco(canv, doc):
        pg = canv.getPageNumber()
        if on_page_extra:
            on_page_extra(canv, pg)
        if pg in skip:
            return
        canv.saveState()
        if header:
            canv.setFont("DVSans", 8)
            canv.drawRightString(A4[0] - right, A4[1] - 12 * mm, header)
            canv.setLineWidth(0.4)
            canv.line(left, A4[1] - 13.5 * mm, A4[0] - right, A4[1] - 13.5 * mm)
        if footer is not None:
            canv.setFont("DVSans", 8)
            canv.drawCentredString(A4[0] / 2, 10 * mm, footer.format(page=pg))
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, title=title, author=author,
                            subject=title, creator="Microsoft Word", producer="",
                            invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def rl_grid(rows, col_widths, st, header_rows=1, bold_last=False, align_right_cols=()):
    data = []
    for i, r in enumerate(rows):
        s = st["cellb"] if i < header_rows or (bold_last and i == len(rows) - 1) else st["cell"]
        data.append([para(str(c), s) for c in r])
    t = Table(data, colWidths=col_widths, repeatRows=header_rows)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6e6e6")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------------------
# fpdf2
# ---------------------------------------------------------------------------
class Pdf(FPDF):
    def __init__(self, title: str, author: str, header_text: str | None = None,
                 footer_text: str | None = None):
        super().__init__(format="A4")
        self.set_creation_date(FIXED_DT)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Writer")
        self.set_producer("LibreOffice 7.3")
        self.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DVS", "", str(FONT_DIR / "DejaVuSerif.ttf"))
        self.add_font("DVS", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.header_text:
            self.set_font("DV", "", 8)
            self.set_y(9)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(20, 15, 190, 15)
            self.set_y(20)

    def footer(self):
        if self.footer_text:
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")

    def p(self, text: str, size: float = 10, bold: bool = False, align: str = "J",
          serif: bool = False, h: float | None = None, after: float = 1.5):
        self.set_font("DVS" if serif else "DV", "B" if bold else "", size)
        self.multi_cell(0, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def grid(self, rows, widths, size: float = 8.5, aligns=None):
        self.set_font("DV", "", size)
        with self.table(col_widths=widths, line_height=size * 0.52, borders_layout="ALL",
                        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                        text_align=aligns or "LEFT", first_row_as_headings=True) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(str(c))
        self.ln(3)


# ---------------------------------------------------------------------------
# DOCX / text
# ---------------------------------------------------------------------------
def new_docx(author: str, title: str) -> Document:
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def docx_p(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def docx_table(d, rows, bold_header=True):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=False):
            c.text = ""
            run = c.paragraphs[0].add_run(str(v))
            run.bold = bold_header and i == 0
    return t


def save_docx(d, path: Path):
    """Save with fixed zip timestamps so the bytes are reproducible."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_text(path: Path, text: str):
    path.write_text(text.strip("\n") + "\n", encoding="utf-8", newline="\n")


def dash(s: str, width: int = 78) -> str:
    """Line-filling dashes as notaries use them."""
    s = s.rstrip()
    if len(s) >= width - 2:
        return s + " ---"
    return s + " " + "-" * (width - len(s) - 1)


# ---------------------------------------------------------------------------
# Scanned page (image-only, ~1.5 degree rotation, 200 dpi, JPEG)
# ---------------------------------------------------------------------------
def scanned_page_jpeg(lines: list[str], path: Path, seed: int, angle: float = 1.5):
    w, h = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 29)
    fontb = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 30)
    x0, y = 165, 170
    maxw = w - 2 * x0
    for line in lines:
        f = font
        center = False
        if line.startswith("#"):
            f, center, line = fontb, True, line[1:].strip()
        if not line:
            y += 22
            continue
        words, cur, wrapped = line.split(" "), "", []
        for wd in words:
            t = (cur + " " + wd).strip()
            if dr.textlength(t, font=f) <= maxw:
                cur = t
            else:
                wrapped.append(cur)
                cur = wd
        wrapped.append(cur)
        for wl in wrapped:
            if center:
                tx = (w - dr.textlength(wl, font=f)) / 2
            else:
                tx = x0
            dr.text((tx, y), wl, font=f, fill=18)
            y += 44
        y += 10
    # paraf (initials) in the right margin, notary page number
    dr.line([(1420, 2180), (1470, 2140), (1500, 2190), (1545, 2150)], fill=60, width=3)
    dr.text((w / 2 - 20, 2250), "- 2 -", font=font, fill=40)
    rng = random.Random(seed)
    px = img.load()
    for _ in range(2600):  # light scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.randint(150, 215)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.convert("RGB")
    img.save(path, "JPEG", quality=82, dpi=(200, 200), optimize=False)


# ---------------------------------------------------------------------------
# Shared bits of text
# ---------------------------------------------------------------------------
def statuses(crit: dict, checks: dict) -> dict:
    order = ["legal_entity", "business_license", "national_coverage", "it_system",
             "online_portal", "training_partners", "open_marketplace"]
    corder = ["bundle_complete", "identity_consistent", "signatory_authorized",
              "document_quality"]
    c = {k: crit[k] for k in order}
    k = {x: checks[x] for x in corder}
    vals = list(c.values())
    if "not_met" in vals:
        overall = "not_met"
    elif "missing" in vals:
        overall = "incomplete"
    elif "needs_review" in vals or {"needs_review", "not_met"} & set(k.values()):
        overall = "needs_review"
    else:
        overall = "met"
    return {"criteria": c, "checks": k, "overall": overall}


ALL_MET_CHECKS = {"bundle_complete": "met", "identity_consistent": "met",
                  "signatory_authorized": "met", "document_quality": "met"}


def all_met(**over) -> dict:
    c = {"legal_entity": "met", "business_license": "met", "national_coverage": "met",
         "it_system": "met", "online_portal": "met", "training_partners": "met",
         "open_marketplace": "met"}
    c.update(over)
    return c


def fresh(bundle_id: str) -> Path:
    p = OUT / bundle_id
    if p.exists():
        shutil.rmtree(p)
    p.mkdir(parents=True)
    return p


# ===========================================================================
# hc01: private PT, fully meets both rulesets
# ===========================================================================
def hc01():
    bid = "hc01-edukasi-kerja-nusantara"
    d = fresh(bid)
    name = "PT Edukasi Kerja Nusantara"
    deed_no, deed_date = "05", dt.date(2021, 2, 12)
    notary = "Ratna Kumalasari"
    ahu = "AHU-0009412.AH.01.01.TAHUN 2021"
    nib, npwp_f = "9120103456789", "41.872.603.5-403.000"
    dirut, dir2, kom = "Arif Budiman Santoso", "Maya Pratiwi Halim", "Haryanto Wijaya"
    excluded = {"Kalimantan Utara", "Sulawesi Barat", "Maluku Utara", "Papua Barat Daya",
                "Papua Selatan", "Papua Tengah", "Papua Pegunungan"}
    counts = user_counts(101, excluded)
    provs = with_users(counts)
    total = sum(counts.values())
    web = "https://www.kerjanusantara.id"
    play = "https://play.google.com/store/apps/details?id=id.kerjanusantara.app"
    partners = [
        ("LPK Mitra Karya Mandiri", "Jl. Raya Pajajaran No. 88, Kota Bogor, Jawa Barat",
         "Pemasaran Digital", "SKKNI Bidang Pemasaran Digital"),
        ("LPK Cipta Terampil Indonesia", "Jl. Margonda Raya No. 201, Kota Depok, Jawa Barat",
         "Administrasi Perkantoran", "SKKNI Bidang Administrasi Profesional"),
        ("Lembaga Kursus Bahasa Nusa Lingua", "Jl. Dago No. 45, Kota Bandung, Jawa Barat",
         "Bahasa Inggris Kerja", "Standar kompetensi kerja komunikasi bahasa Inggris"),
        ("LPK Dapur Juara", "Jl. Kaliurang Km 6, Kabupaten Sleman, DI Yogyakarta",
         "Tata Boga", "SKKNI Bidang Jasa Boga"),
        ("LPK Teknisi Handal Surabaya", "Jl. Ngagel Jaya Selatan No. 12, Kota Surabaya",
         "Teknisi Perangkat Seluler", "Berbasis kompetensi: unit kompetensi perbaikan telepon seluler"),
        ("LPK Kreasi Busana Medan", "Jl. Gatot Subroto No. 310, Kota Medan, Sumatera Utara",
         "Tata Busana / Menjahit", "SKKNI Bidang Garmen Apparel"),
    ]

    # --- Deed (reportlab) ---
    st = styles(serif=True, size=10)
    S = []
    S.append(para("AKTA PENDIRIAN PERSEROAN TERBATAS", st["title"]))
    S.append(para(name.upper(), st["title"]))
    S.append(para("Nomor : 05", st["center"]))
    S.append(Spacer(1, 6))
    S.append(para(dash(f"Pada hari ini, {hari(deed_date)}, tanggal {deed_date.day} "
                       f"({terbilang(deed_date.day)}) {BULAN[deed_date.month]} {deed_date.year}, "
                       "pukul 10.00 WIB (sepuluh Waktu Indonesia Barat)."), st["body"]))
    S.append(para(dash(f"Menghadap kepada saya, {notary.upper()}, S.H., M.Kn., Notaris di "
                       "Kabupaten Bogor, dengan dihadiri oleh saksi-saksi yang saya, Notaris, "
                       "kenal dan akan disebutkan nama-namanya pada bagian akhir akta ini:"),
                  st["body"]))
    S.append(para(dash(f"1. Tuan {dirut.upper()}, lahir di Bogor, pada tanggal 12-03-1985 "
                       "(dua belas Maret seribu sembilan ratus delapan puluh lima), Warga Negara "
                       "Indonesia, Karyawan Swasta, bertempat tinggal di Kabupaten Bogor, "
                       "Perumahan Griya Cibinong Indah Blok C-7, Rukun Tetangga 004, Rukun Warga "
                       "011, Kelurahan Pakansari, Kecamatan Cibinong, pemegang Kartu Tanda "
                       "Penduduk dengan Nomor Induk Kependudukan (NIK): 3201041203850007;"),
                  st["body"]))
    S.append(para(dash(f"2. Nyonya {dir2.upper()}, lahir di Jakarta, pada tanggal 05-08-1990 "
                       "(lima Agustus seribu sembilan ratus sembilan puluh), Warga Negara "
                       "Indonesia, Karyawan Swasta, bertempat tinggal di Kota Depok, Jalan "
                       "Nusantara Raya Nomor 17, pemegang Kartu Tanda Penduduk dengan NIK: "
                       "3276054508900003;"), st["body"]))
    S.append(para(dash(f"3. Tuan {kom.upper()}, lahir di Semarang, pada tanggal 21-11-1972 "
                       "(dua puluh satu November seribu sembilan ratus tujuh puluh dua), Warga "
                       "Negara Indonesia, Wiraswasta, bertempat tinggal di Kota Bogor, Jalan "
                       "Pandu Raya Nomor 9, pemegang Kartu Tanda Penduduk dengan NIK: "
                       "3271012111720002."), st["body"]))
    S.append(para(dash("Para penghadap dikenal oleh saya, Notaris. Para penghadap menerangkan "
                       "dengan ini telah sepakat untuk bersama-sama mendirikan suatu perseroan "
                       "terbatas dengan Anggaran Dasar sebagaimana termuat dalam akta ini:"),
                  st["body"]))
    S.append(para("NAMA DAN TEMPAT KEDUDUKAN\nPasal 1", st["h"]))
    S.append(para(dash(f"1. Perseroan Terbatas ini bernama {name.upper()} (selanjutnya dalam "
                       "Anggaran Dasar ini cukup disingkat dengan \"Perseroan\"), berkedudukan di "
                       "Kabupaten Bogor."), st["body"]))
    S.append(para(dash("2. Perseroan dapat membuka kantor cabang atau kantor perwakilan, baik di "
                       "dalam maupun di luar wilayah Republik Indonesia sebagaimana ditetapkan "
                       "oleh Direksi."), st["body"]))
    S.append(para("JANGKA WAKTU BERDIRINYA PERSEROAN\nPasal 2", st["h"]))
    S.append(para(dash("Perseroan didirikan untuk jangka waktu yang tidak terbatas."), st["body"]))
    S.append(para("MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3", st["h"]))
    S.append(para(dash("1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang Informasi dan "
                       "Komunikasi serta Pendidikan."), st["body"]))
    S.append(para(dash("2. Untuk mencapai maksud dan tujuan tersebut, Perseroan dapat "
                       "melaksanakan kegiatan usaha sebagai berikut: a. Portal Web dan/atau "
                       "Platform Digital dengan Tujuan Komersial (KBLI 63122); b. Aktivitas "
                       "Pemrograman Komputer Lainnya (KBLI 62019); c. Pendidikan Lainnya Swasta "
                       "(KBLI 85499)."), st["body"]))
    S.append(para("MODAL\nPasal 4", st["h"]))
    S.append(para(dash("1. Modal dasar Perseroan berjumlah Rp 10.000.000.000,00 (sepuluh miliar "
                       "Rupiah), terbagi atas 10.000 (sepuluh ribu) saham, masing-masing saham "
                       "bernilai nominal Rp 1.000.000,00 (satu juta Rupiah)."), st["body"]))
    S.append(para(dash("2. Dari modal dasar tersebut telah ditempatkan dan disetor 25% (dua "
                       "puluh lima persen) atau sejumlah 2.500 (dua ribu lima ratus) saham dengan "
                       "nilai nominal seluruhnya sebesar Rp 2.500.000.000,00 (dua miliar lima "
                       "ratus juta Rupiah)."), st["body"]))
    S.append(para("DIREKSI\nPasal 11", st["h"]))
    S.append(para(dash("1. Perseroan diurus dan dipimpin oleh Direksi yang terdiri dari 1 (satu) "
                       "orang Direktur Utama dan 1 (satu) orang Direktur atau lebih."), st["body"]))
    S.append(para(dash("2. Direktur Utama berhak dan berwenang bertindak untuk dan atas nama "
                       "Direksi serta mewakili Perseroan."), st["body"]))
    S.append(para("KETENTUAN PENUTUP", st["h"]))
    S.append(para(dash("Akhirnya, para penghadap bertindak dalam kedudukannya tersebut di atas "
                       "menerangkan bahwa untuk pertama kalinya telah diangkat sebagai anggota "
                       "Direksi dan Dewan Komisaris Perseroan:"), st["body"]))
    S.append(para(f"Direksi:\n- Direktur Utama : Tuan {dirut.upper()};\n"
                  f"- Direktur : Nyonya {dir2.upper()};\nDewan Komisaris:\n"
                  f"- Komisaris : Tuan {kom.upper()}.", st["left"]))
    S.append(para(dash("Para penghadap memberi kuasa kepada saya, Notaris, untuk mengajukan "
                       "permohonan pengesahan badan hukum Perseroan kepada Menteri Hukum dan Hak "
                       "Asasi Manusia Republik Indonesia."), st["body"]))
    S.append(para(dash("DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di "
                       "Kabupaten Bogor, pada hari dan tanggal tersebut dalam kepala akta ini, "
                       "dengan dihadiri oleh Tuan Dimas Arya Putra dan Nona Sekar Ayuningtyas, "
                       "keduanya karyawan kantor Notaris, sebagai saksi-saksi."), st["body"]))
    S.append(Spacer(1, 10))
    S.append(para(f"Notaris Kabupaten Bogor,\n\nttd.\n\n{notary}, S.H., M.Kn.", st["left"]))
    rl_build(d / "01_Akta_Pendirian_No05.pdf", S, title="Akta Pendirian No. 05",
             author="Kantor Notaris Ratna Kumalasari", footer="Halaman {page}")

    # --- AHU approval (reportlab) ---
    st = styles(size=10)
    S = [para("KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", st["title"]),
         para(f"NOMOR {ahu}", st["center"]),
         para("TENTANG\nPENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS\n" + name.upper(),
              st["h"]),
         Spacer(1, 6),
         para("Menimbang : a. bahwa berdasarkan permohonan Notaris RATNA KUMALASARI, S.H., M.Kn., "
              "sesuai salinan Akta Nomor 05 Tanggal 12 Februari 2021 yang disampaikan melalui "
              "Sistem Administrasi Badan Hukum, tertanggal 15 Februari 2021, telah sesuai dengan "
              "persyaratan pengesahan badan hukum Perseroan Terbatas; b. bahwa berdasarkan "
              "pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan "
              "Menteri Hukum dan Hak Asasi Manusia tentang Pengesahan Pendirian Badan Hukum "
              f"Perseroan Terbatas {name.upper()};", st["body"]),
         para("Mengingat : 1. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas; "
              "2. Peraturan Pemerintah Nomor 43 Tahun 2011 tentang Tata Cara Pengajuan dan "
              "Pemakaian Nama Perseroan Terbatas;", st["body"]),
         para("MEMUTUSKAN:", st["h"]),
         para(f"Menetapkan : PERTAMA : Mengesahkan pendirian badan hukum Perseroan Terbatas "
              f"{name.upper()}, berkedudukan di KABUPATEN BOGOR, karena telah sesuai dengan data "
              "isian Format Pendirian yang disimpan di dalam Sistem Administrasi Badan Hukum "
              "sebagaimana salinan Akta Nomor 05 Tanggal 12 Februari 2021 yang dibuat oleh "
              "Notaris RATNA KUMALASARI, S.H., M.Kn., berkedudukan di KABUPATEN BOGOR.",
              st["body"]),
         para("KEDUA : Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan.", st["body"]),
         Spacer(1, 12),
         para("Ditetapkan di Jakarta,\ntanggal 15 Februari 2021.\n\na.n. MENTERI HUKUM DAN HAK "
              "ASASI MANUSIA\nREPUBLIK INDONESIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM\n\n"
              "ttd. (tanda tangan elektronik)", st["left"])]
    rl_build(d / "02_SK_Pengesahan_AHU.pdf", S, title="SK Pengesahan Badan Hukum",
             author="Ditjen AHU")

    # --- NIB (fpdf2), NIB spaced digit by digit ---
    pdf = Pdf("Nomor Induk Berusaha", "OSS")
    pdf.add_page()
    pdf.p("PEMERINTAH REPUBLIK INDONESIA", 12, True, "C")
    pdf.p("PERIZINAN BERUSAHA BERBASIS RISIKO", 11, True, "C")
    pdf.p("NOMOR INDUK BERUSAHA: " + " ".join(nib), 12, True, "C", after=5)
    pdf.p("Berdasarkan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, Pemerintah "
          "Republik Indonesia menerbitkan Nomor Induk Berusaha (NIB) kepada:")
    for k, v in [("1. Nama Pelaku Usaha", name.upper()),
                 ("2. Alamat Kantor", "Jl. Tegar Beriman No. 21, Kelurahan Tengah, Kecamatan "
                                      "Cibinong, Kabupaten Bogor, Jawa Barat 16914"),
                 ("3. Status Penanaman Modal", "PMDN"),
                 ("4. Nomor Pokok Wajib Pajak", npwp_f),
                 ("5. Kode KBLI", "63122, 62019, 85499"),
                 ("6. Skala Usaha", "Usaha Menengah")]:
        pdf.set_font("DV", "", 10)
        pdf.cell(62, 6, k)
        pdf.multi_cell(0, 6, ": " + v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.p("NIB ini berlaku di seluruh wilayah Republik Indonesia selama menjalankan kegiatan "
          "usaha dan berlaku sebagai identitas berusaha, angka pengenal impor, dan hak akses "
          "kepabeanan.")
    pdf.p("Diterbitkan di Jakarta, tanggal: 3 Maret 2021\nMenteri Investasi/\nKepala Badan "
          "Koordinasi Penanaman Modal\n\nDitandatangani secara elektronik", align="L")
    pdf.output(str(d / "03_NIB_OSS.pdf"))

    # --- Coverage statement: 38-row ruled grid (reportlab) ---
    st = styles(size=9.5)
    S = [para(f"KOP SURAT {name.upper()}\nJl. Tegar Beriman No. 21, Cibinong, Kabupaten Bogor "
              "16914 | Telp. (021) 8790 2211", st["center"]),
         Spacer(1, 4),
         para("SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL", st["title"]),
         para("Nomor: 017/EKN-DIR/V/2024", st["center"]),
         para("Yang bertanda tangan di bawah ini:", st["left"]),
         para(f"Nama : {dirut}\nJabatan : Direktur Utama\nBertindak untuk dan atas nama : {name}"
              f"\nNIB : {nib}", st["left"]),
         para(f"dengan ini menyatakan dengan sebenarnya bahwa platform digital {name} yang dapat "
              f"diakses melalui {web} telah memiliki {fmt_id(total)} pengguna terdaftar yang "
              f"tersebar di {len(provs)} ({terbilang(len(provs))}) dari 38 provinsi di Indonesia, "
              "dengan rincian sebagai berikut:", st["body"])]
    rows = [["No", "Provinsi", "Jumlah Pengguna Terdaftar"]]
    for i, p in enumerate(PROVINCES, 1):
        rows.append([str(i), p, fmt_id(counts[p])])
    rows.append(["", "Jumlah", fmt_id(total)])
    S.append(rl_grid(rows, [12 * mm, 85 * mm, 55 * mm], st, bold_last=True))
    S.append(Spacer(1, 6))
    S.append(para("Data di atas bersumber dari basis data pengguna platform per 30 April 2024. "
                  "Demikian surat pernyataan ini dibuat dengan sebenar-benarnya untuk dipergunakan "
                  "sebagai persyaratan kemitraan Program Kartu Prakerja.", st["body"]))
    S.append(para(f"Kabupaten Bogor, 6 Mei 2024\nYang menyatakan,\n\n[METERAI 10000]\nttd.\n\n"
                  f"{dirut}\nDirektur Utama", st["left"]))
    rl_build(d / "04_Surat_Pernyataan_Cakupan_Nasional.pdf", S,
             title="Surat Pernyataan Cakupan Nasional", author=dirut)

    # --- System description (DOCX, English, 4 aspects + payment) ---
    doc = new_docx(dir2, "System Description")
    doc.add_heading(f"{name} — Platform System Description", level=1)
    docx_p(doc, f"Document version 2.1, prepared for the Kartu Prakerja PMO. Platform: {web} "
                f"and the Android app ({play}).")
    doc.add_heading("1. Architecture and infrastructure", level=2)
    docx_p(doc, "The platform is built as a set of containerised microservices (catalogue, "
                "learning, assessment, voucher redemption and reporting) orchestrated on "
                "Kubernetes. Production runs in a Tier III data centre in Cikarang with a "
                "secondary site in Batam; all personal data is stored in Indonesia.")
    doc.add_heading("2. Information security", level=2)
    docx_p(doc, "Our information security management system is certified to ISO/IEC "
                "27001:2013. Data in transit is protected with TLS 1.2+, data at rest with "
                "AES-256 encryption. An independent penetration test is performed twice a year; "
                "administrator access requires multi-factor authentication.")
    doc.add_heading("3. Availability and capacity", level=2)
    docx_p(doc, "The service level target is 99.9% monthly uptime. Load tests in March 2024 "
                "sustained 150,000 concurrent learners; autoscaling and daily backups with a "
                "four-hour recovery time objective are in place.")
    doc.add_heading("4. Integration and APIs", level=2)
    docx_p(doc, "Partner training providers publish courses through a documented REST API "
                "(OAuth 2.0). The platform is integrated with the Kartu Prakerja payment system: "
                "card holders redeem their training balance at checkout, and completion data is "
                "reported back to the programme through the same integration.")
    docx_p(doc, f"Prepared by: {dir2}, Director")
    save_docx(doc, d / "05_System_Description.docx")

    # --- Partner list: ruled grid (reportlab) ---
    st = styles(size=9.5)
    S = [para("DAFTAR LEMBAGA PELATIHAN MITRA", st["title"]),
         para(name, st["center"]), Spacer(1, 4),
         para("Berikut lembaga pelatihan yang telah menandatangani perjanjian kerja sama dan "
              "menyediakan program pelatihan berbasis kompetensi di platform kami:", st["body"])]
    rows = [["No", "Nama Lembaga", "Alamat", "Bidang", "Dasar Kompetensi"]]
    for i, (n, a, b, k) in enumerate(partners, 1):
        rows.append([str(i), n, a, b, k])
    S.append(rl_grid(rows, [9 * mm, 38 * mm, 50 * mm, 30 * mm, 41 * mm], st))
    S.append(Spacer(1, 8))
    S.append(para(f"Kabupaten Bogor, 6 Mei 2024\n\nttd.\n{dirut}\nDirektur Utama", st["left"]))
    rl_build(d / "06_Daftar_Lembaga_Pelatihan_Mitra.pdf", S, title="Daftar Mitra",
             author=dirut)

    # --- Cover letter (txt) ---
    write_text(d / "00_Surat_Permohonan.txt", f"""
{name.upper()}
Jl. Tegar Beriman No. 21, Cibinong, Kabupaten Bogor 16914

Nomor   : 016/EKN-DIR/V/2024
Perihal : Permohonan Menjadi Mitra Platform Digital Program Kartu Prakerja

Kepada Yth.
Manajemen Pelaksana Program Kartu Prakerja
di Jakarta

Dengan hormat,

Bersama ini kami, {name}, mengajukan permohonan untuk menjadi Platform Digital
Program Kartu Prakerja. Platform kami beroperasi sebagai marketplace terbuka yang
menampilkan program pelatihan dari banyak lembaga pelatihan mitra, dapat diakses
melalui situs {web} dan aplikasi Android
{play}.

Sebagai kelengkapan, kami lampirkan:
1. Akta Pendirian Nomor 05 beserta SK Pengesahan Menteri Hukum dan HAM;
2. Nomor Induk Berusaha (NIB);
3. Surat Pernyataan Cakupan Layanan Nasional;
4. Deskripsi Sistem (System Description);
5. Daftar Lembaga Pelatihan Mitra.

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Kabupaten Bogor, 6 Mei 2024
Hormat kami,

ttd.

{dirut}
Direktur Utama
""")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private", "listed": False,
             "deed_number": deed_no, "deed_date": deed_date.isoformat(), "notary_name": notary,
             "ahu_number": ahu, "nib": nib, "npwp": npwp_f.replace(".", "").replace("-", ""),
             "provinces": provs, "province_count": len(provs), "registered_users": total,
             "portal_urls": sorted([web, play]), "training_partner_count": len(partners),
             "payment_integration": True}
    rs = statuses(all_met(), ALL_MET_CHECKS)
    comment = ("private PT that fully meets both rulesets: deed 'Nomor : 05', date 'tanggal 12 (dua "
               "belas) Februari 2021', 'Menghadap kepada saya, ..., S.H., M.Kn., Notaris di "
               "Kabupaten Bogor', directors' NIKs in the deed; NIB spaced digit by digit; 38-row "
               "reportlab GRID coverage table with 7 zero rows (31 provinces); English DOCX system "
               "description, 4 aspects, 'integrated with the Kartu Prakerja payment system'; "
               "partner GRID table No|Nama Lembaga|Alamat|Bidang|Dasar Kompetensi")
    return bid, comment, facts, {"permenko-11-2020": rs, "permenko-3-2020": rs}


# ===========================================================================
# hc02: PT Tbk with a chain of two amendments; the latest has an AH.01.03 notice
# ===========================================================================
def hc02():
    bid = "hc02-cendekia-digital-indonesia-tbk"
    d = fresh(bid)
    name = "PT Cendekia Digital Indonesia Tbk"
    NAME = "PT CENDEKIA DIGITAL INDONESIA Tbk"
    a1_no, a1_date, a1_notary = "58", dt.date(2019, 7, 18), "Liliana Gunawan"
    a1_ahu = "AHU-0041876.AH.01.02.TAHUN 2019"
    a2_no, a2_date, a2_notary = "9", dt.date(2023, 3, 14), "Hendrik Simanjuntak"
    a2_ahu = "AHU-AH.01.03-0051247"
    nib = "8120017734552"
    npwp16 = "0017443290115000"
    old_dirut = "Bonifasius Tanujaya"
    pres_dir, dir2, dir3 = "Rahmat Hidayat Nasution", "Clara Wibisono", "Daniel Kurniawan"
    pres_kom, kom_ind = "Soetrisno Hadiwibowo", "Ayu Lestari Pane"
    excluded = {"Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
                "Maluku Utara"}
    counts = user_counts(202, excluded)
    provs = with_users(counts)
    total = sum(counts.values())
    web_bare = "www.cendekiadigital.co.id"
    app_id = "id.co.cendekiadigital.app"
    partners = [
        ("LPK Prima Kompeten", "Jakarta Timur", "Digital Marketing", "SKKNI Pemasaran Digital"),
        ("LPK Sinergi Teknik Mandiri", "Bekasi", "Teknisi AC dan Refrigerasi",
         "SKKNI Teknik Pendingin dan Tata Udara"),
        ("Lembaga Kursus Akuntansi Cermat", "Semarang", "Akuntansi UMKM",
         "SKKNI Bidang Akuntansi Teknisi"),
        ("LPK Rumah Barista Nusantara", "Malang", "Barista", "SKKNI Bidang Kopi / Barista"),
        ("LPK Wira Logistik", "Surabaya", "Administrasi Gudang", "SKKNI Pergudangan"),
        ("LPK Putra Kreatif Makassar", "Makassar", "Desain Grafis", "SKKNI Desain Grafis"),
        ("LPK Bahasa Kita", "Denpasar", "Bahasa Jepang Kerja", "Standar kompetensi JFT Basic A2"),
        ("LPK Mandala Otomotif", "Palembang", "Servis Sepeda Motor",
         "SKKNI Otomotif Sepeda Motor"),
    ]

    # --- Amendment 1 (2019, fpdf2): PKR RUPSLB, restatement for a public company ---
    pdf = Pdf(f"Akta No. {a1_no}", f"Notaris {a1_notary}", footer_text="- {page} -")
    pdf.add_page()
    pdf.p("PERNYATAAN KEPUTUSAN RAPAT\nUMUM PEMEGANG SAHAM LUAR BIASA\n" + NAME, 12, True, "C",
          serif=True)
    pdf.p(f"No. {a1_no}", 11, False, "C", serif=True, after=4)
    pdf.p(dash(f"-Pada hari ini, {hari(a1_date)}, tanggal {a1_date.strftime('%d-%m-%Y')} "
               f"({d_words(a1_date)}), pukul 14.00 WIB."), serif=True)
    pdf.p(dash(f"-Berhadapan dengan saya, {a1_notary.upper()}, Sarjana Hukum, Magister "
               "Kenotariatan, Notaris di Kota Administrasi Jakarta Selatan, dengan dihadiri "
               "saksi-saksi yang telah saya, Notaris, kenal dan akan disebut pada bagian akhir "
               "akta ini:"), serif=True)
    pdf.p(dash(f"-Tuan {old_dirut.upper()}, Direktur Utama Perseroan, bertindak berdasarkan "
               "kuasa dari Rapat Umum Pemegang Saham Luar Biasa Perseroan yang diselenggarakan "
               "pada tanggal 10 Juli 2019."), serif=True)
    pdf.p(dash("-Penghadap menerangkan bahwa Rapat telah memutuskan, antara lain, menyetujui "
               "perubahan status Perseroan dari Perseroan Tertutup menjadi Perseroan Terbuka "
               "dan perubahan nama Perseroan, serta mengubah seluruh Anggaran Dasar Perseroan "
               "untuk disesuaikan dengan peraturan di bidang Pasar Modal, sehingga berbunyi "
               "sebagai berikut:"), serif=True)
    pdf.p("NAMA DAN TEMPAT KEDUDUKAN\nPasal 1", 10.5, True, "C", serif=True)
    pdf.p(dash(f"1. Perseroan Terbatas ini bernama {NAME} (selanjutnya disebut \"Perseroan\"), "
               "berkedudukan di Kota Administrasi Jakarta Selatan."), serif=True)
    pdf.p("MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3", 10.5, True, "C", serif=True)
    pdf.p(dash("Maksud dan tujuan Perseroan ialah berusaha dalam bidang Informasi dan "
               "Komunikasi, dengan kegiatan usaha Portal Web dan/atau Platform Digital dengan "
               "Tujuan Komersial (KBLI 63122) dan Aktivitas Pengembangan Aplikasi Perdagangan "
               "Melalui Internet (e-Commerce) (KBLI 62012)."), serif=True)
    pdf.p("MODAL\nPasal 4", 10.5, True, "C", serif=True)
    pdf.p(dash("Modal dasar Perseroan berjumlah Rp 400.000.000.000,00 (empat ratus miliar "
               "Rupiah), terbagi atas 4.000.000.000 (empat miliar) saham, masing-masing saham "
               "bernilai nominal Rp 100,00 (seratus Rupiah)."), serif=True)
    pdf.p(dash("Susunan Direksi Perseroan: Direktur Utama: Tuan "
               f"{old_dirut.upper()}; Direktur: Nyonya {dir2.upper()}. Susunan Dewan "
               f"Komisaris: Komisaris Utama: Tuan {pres_kom.upper()}."), serif=True)
    pdf.p(dash("DEMIKIANLAH AKTA INI dibuat dan diselesaikan di Jakarta, pada hari dan "
               "tanggal tersebut pada bagian awal akta ini."), serif=True)
    pdf.p(f"ttd.\n{a1_notary}, S.H., M.Kn.\nNotaris di Kota Administrasi Jakarta Selatan",
          align="L", serif=True)
    pdf.output(str(d / "akta_1_PKR_RUPSLB_No58_2019.pdf"))

    # --- AH.01.02 approval of amendment 1 (fpdf2) ---
    pdf = Pdf("SK Persetujuan Perubahan", "Ditjen AHU")
    pdf.add_page()
    pdf.p("KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", 11, True, "C")
    pdf.p(f"NOMOR {a1_ahu}", 11, False, "C")
    pdf.p("TENTANG\nPERSETUJUAN PERUBAHAN ANGGARAN DASAR PERSEROAN TERBATAS\n" + NAME, 11,
          True, "C", after=4)
    pdf.p(f"Menimbang: bahwa berdasarkan permohonan Notaris {a1_notary.upper()}, S.H., M.Kn., "
          f"sesuai salinan Akta Nomor {a1_no} Tanggal {d_id(a1_date)} yang disampaikan melalui "
          "Sistem Administrasi Badan Hukum, data Perseroan telah memenuhi persyaratan "
          "persetujuan perubahan anggaran dasar.")
    pdf.p(f"MEMUTUSKAN: Menetapkan: KESATU: Menyetujui perubahan anggaran dasar Perseroan "
          f"Terbatas {NAME}, berkedudukan di KOTA ADMINISTRASI JAKARTA SELATAN, karena telah "
          "sesuai dengan data isian perubahan anggaran dasar yang disimpan di dalam Sistem "
          "Administrasi Badan Hukum. KEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    pdf.p("Ditetapkan di Jakarta, tanggal 24 Juli 2019\na.n. MENTERI HUKUM DAN HAK ASASI "
          "MANUSIA REPUBLIK INDONESIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM", align="L")
    pdf.output(str(d / "akta_1_SK_Persetujuan_AHU_2019.pdf"))

    # --- Amendment 2 (2023, reportlab): header 'Akta Nomor 9 tanggal 14 Maret 2023' ---
    st = styles(serif=True, size=10)
    hdr = f"Akta Nomor {a2_no} tanggal {d_id(a2_date)}"
    S = [para("PERNYATAAN KEPUTUSAN RAPAT\nUMUM PEMEGANG SAHAM TAHUNAN DAN LUAR BIASA", st["title"]),
         para(NAME, st["title"]), Spacer(1, 4),
         para(dash(f"Pada hari ini, hari {hari(a2_date)}, tanggal {d_words(a2_date)}, pukul "
                   "sepuluh lewat tiga puluh menit Waktu Indonesia Barat."), st["body"]),
         para(dash(f"Di hadapan saya, {a2_notary.upper()}, Sarjana Hukum, Notaris berkedudukan "
                   "di Kota Administrasi Jakarta Selatan, dengan dihadiri oleh saksi-saksi yang "
                   "saya, Notaris, kenal dan akan disebutkan pada bagian akhir akta ini:"),
              st["body"]),
         para(dash(f"Tuan {old_dirut.upper()}, Direktur Utama Perseroan, dalam hal ini "
                   "bertindak selaku kuasa Rapat Umum Pemegang Saham Tahunan dan Luar Biasa "
                   f"{NAME}, suatu perseroan terbuka yang anggaran dasarnya telah diubah "
                   f"seluruhnya dengan Akta Nomor {a1_no} tanggal {d_id(a1_date)}, dibuat di "
                   f"hadapan {a1_notary.upper()}, S.H., M.Kn., yang telah memperoleh "
                   f"persetujuan Menteri Hukum dan Hak Asasi Manusia Nomor {a1_ahu}."),
              st["body"]),
         para(dash("Penghadap menerangkan bahwa Rapat yang diselenggarakan pada tanggal 27 "
                   "Februari 2023 telah memutuskan: (i) mengubah ketentuan Pasal 14 ayat 1 "
                   "Anggaran Dasar mengenai jumlah anggota Direksi; (ii) memberhentikan dengan "
                   f"hormat Tuan {old_dirut.upper()} dari jabatannya selaku Direktur Utama; dan "
                   "(iii) menyusun kembali seluruh Anggaran Dasar Perseroan, sehingga untuk "
                   "selanjutnya berbunyi sebagai berikut:"), st["body"]),
         para("NAMA DAN TEMPAT KEDUDUKAN\nPasal 1", st["h"]),
         para(dash(f"1. Perseroan Terbatas ini bernama {NAME} (selanjutnya disebut "
                   "\"Perseroan\"), berkedudukan di Kota Administrasi Jakarta Selatan."),
              st["body"]),
         para("MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3", st["h"]),
         para(dash("Maksud dan tujuan Perseroan ialah berusaha dalam bidang Informasi dan "
                   "Komunikasi. Kegiatan usaha: Portal Web dan/atau Platform Digital dengan "
                   "Tujuan Komersial (KBLI 63122); Aktivitas Pengembangan Aplikasi Perdagangan "
                   "Melalui Internet (e-Commerce) (KBLI 62012)."), st["body"]),
         para("DIREKSI\nPasal 14", st["h"]),
         para(dash("1. Direksi terdiri dari paling sedikit 3 (tiga) orang anggota Direksi, "
                   "seorang di antaranya dapat diangkat sebagai Presiden Direktur."), st["body"]),
         para(dash("2. Presiden Direktur berhak dan berwenang bertindak untuk dan atas nama "
                   "Direksi serta mewakili Perseroan."), st["body"]),
         para(dash("Selanjutnya penghadap menerangkan bahwa terhitung sejak ditutupnya Rapat, "
                   "susunan anggota Direksi dan Dewan Komisaris Perseroan adalah sebagai berikut:"),
              st["body"]),
         para(f"DIREKSI:\nPresiden Direktur : Tuan {pres_dir.upper()};\n"
              f"Direktur : Nyonya {dir2.upper()};\nDirektur : Tuan {dir3.upper()};\n"
              f"DEWAN KOMISARIS:\nPresiden Komisaris : Tuan {pres_kom.upper()};\n"
              f"Komisaris Independen : Nyonya {kom_ind.upper()}.", st["left"]),
         para(dash("DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di Jakarta "
                   "Selatan, pada hari, tanggal dan jam sebagaimana tersebut pada bagian awal "
                   "akta ini."), st["body"]),
         Spacer(1, 8),
         para(f"Notaris di Kota Administrasi Jakarta Selatan,\n\nttd.\n\n{a2_notary}, S.H.",
              st["left"])]
    rl_build(d / "akta_2_PKR_No9_2023.pdf", S, title=hdr, author=f"Notaris {a2_notary}",
             header=hdr, footer="Halaman {page}")

    # --- AH.01.03 notice for amendment 2 (reportlab) ---
    st = styles(size=10)
    S = [para("MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", st["title"]),
         para("DIREKTORAT JENDERAL ADMINISTRASI HUKUM UMUM", st["center"]), Spacer(1, 6),
         para(f"Nomor : {a2_ahu}", st["left"]),
         para("Lampiran : -\nPerihal : Penerimaan Pemberitahuan Perubahan Anggaran Dasar " + NAME,
              st["left"]),
         para("Kepada Yth.\nNotaris HENDRIK SIMANJUNTAK, S.H.\nKota Administrasi Jakarta Selatan",
              st["left"]),
         para(f"Sesuai dengan data dalam format Perubahan yang disampaikan secara elektronik "
              f"melalui Sistem Administrasi Badan Hukum pada tanggal 20 Maret 2023 dan sesuai "
              f"salinan Akta Nomor {a2_no} Tanggal {d_id(a2_date)} yang dibuat oleh Notaris "
              f"{a2_notary.upper()}, S.H. yang berkedudukan di KOTA ADMINISTRASI JAKARTA "
              f"SELATAN, mengenai perubahan anggaran dasar Perseroan Terbatas {NAME}, "
              "berkedudukan di KOTA ADMINISTRASI JAKARTA SELATAN, telah diterima dan dicatat di "
              "dalam Sistem Administrasi Badan Hukum.", st["body"]),
         para("Perubahan anggaran dasar tersebut meliputi: Pasal 14 (Direksi).", st["body"]),
         Spacer(1, 10),
         para("Diterbitkan di Jakarta, tanggal 20 Maret 2023.\n\nDIREKTUR JENDERAL ADMINISTRASI "
              "HUKUM UMUM\n\nDicetak secara elektronik", st["left"])]
    rl_build(d / "akta_2_Penerimaan_Pemberitahuan_AHU_2023.pdf", S,
             title="Penerimaan Pemberitahuan Perubahan Anggaran Dasar", author="Ditjen AHU")

    # --- NIB (markdown), grouped digits, 16-digit NPWP ---
    write_text(d / "NIB_dan_NPWP.md", f"""
# Nomor Induk Berusaha (NIB)

**Perizinan Berusaha Berbasis Risiko — Lembaga OSS**

| | |
|---|---|
| NIB | {nib[:4]} {nib[4:8]} {nib[8:12]} {nib[12:]} |
| Nama Pelaku Usaha | {NAME} |
| Alamat | Gedung Cendekia Tower Lt. 12, Jl. TB Simatupang Kav. 18, Jakarta Selatan 12560 |
| NPWP | {npwp16[:4]} {npwp16[4:8]} {npwp16[8:12]} {npwp16[12:]} |
| Status | PMDN, Perseroan Terbuka |
| KBLI | 63122 Portal Web dan/atau Platform Digital dengan Tujuan Komersial; 62012 |

Diterbitkan pertama: 30 Oktober 2018. Perubahan ke-4: 2 April 2023.

> Catatan: sejak 2024 NPWP badan ditulis dalam format 16 digit.
""")

    # --- Coverage statement (DOCX): numbered inline list of 33 provinces ---
    label = {"Kepulauan Bangka Belitung": "Bangka Belitung",
             "DI Yogyakarta": "Daerah Istimewa Yogyakarta", "Nusa Tenggara Barat": "NTB",
             "Nusa Tenggara Timur": "NTT"}
    ordered = [p for p in PROVINCES if counts[p] > 0]
    inline = ", ".join(f"{i}) {label.get(p, p)}" for i, p in enumerate(ordered, 1))
    doc = new_docx(pres_dir, "Surat Pernyataan Cakupan Nasional")
    docx_p(doc, NAME, bold=True, center=True, size=13)
    docx_p(doc, "Gedung Cendekia Tower Lt. 12, Jl. TB Simatupang Kav. 18, Jakarta Selatan 12560",
           center=True, size=9)
    docx_p(doc, "SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL", bold=True, center=True, size=12)
    docx_p(doc, "Yang bertanda tangan di bawah ini, " + pres_dir + ", selaku Presiden Direktur "
                f"{name}, dengan ini menyatakan bahwa layanan platform kami telah digunakan oleh "
                f"{fmt_id(total)} pengguna terdaftar yang berdomisili di {len(ordered)} provinsi, "
                f"meliputi: {inline}.")
    docx_p(doc, "Jumlah pengguna per provinsi dapat kami sampaikan dalam bentuk data terpisah "
                "apabila diperlukan oleh Manajemen Pelaksana.")
    docx_p(doc, "Demikian pernyataan ini kami buat dengan sebenarnya.")
    docx_p(doc, f"Jakarta, 2 Mei 2024\n\n[meterai]\n\n{pres_dir}\nPresiden Direktur")
    save_docx(doc, d / "Surat_Pernyataan_Cakupan.docx")

    # --- System description (md, Indonesian, 4 aspects + payment) ---
    write_text(d / "Deskripsi_Sistem.md", f"""
# Deskripsi Sistem Informasi dan Teknologi
## {name}

Platform dapat diakses melalui situs {web_bare} dan aplikasi seluler
(ID aplikasi: {app_id}) di Google Play.

### 1. Arsitektur dan infrastruktur
Platform menggunakan arsitektur layanan mikro (microservices) yang berjalan di atas
cloud publik region Jakarta dan pusat data cadangan di Surabaya. Basis data
transaksional menggunakan PostgreSQL dengan replikasi.

### 2. Keamanan informasi
Sistem manajemen keamanan informasi telah tersertifikasi ISO/IEC 27001:2022.
Seluruh komunikasi dienkripsi (TLS 1.3), data sensitif dienkripsi AES-256, uji
penetrasi dilakukan setiap semester oleh pihak independen.

### 3. Ketersediaan dan kapasitas
Target ketersediaan layanan (SLA) 99,95% per bulan. Sistem mampu melayani hingga
300.000 pengguna bersamaan dengan penskalaan otomatis (autoscaling).

### 4. Integrasi dan API
Lembaga pelatihan mengunggah program melalui API REST yang terdokumentasi.
Platform telah terintegrasi dengan sistem Kartu Prakerja sebagai metode pembayaran
pelatihan, termasuk penukaran kode voucher dan pelaporan penyelesaian pelatihan.

Jakarta, 2 Mei 2024 — {pres_dir}, Presiden Direktur
""")

    # --- Partner list (DOCX table) ---
    doc = new_docx(pres_dir, "Daftar Lembaga Pelatihan Mitra")
    docx_p(doc, "DAFTAR LEMBAGA PELATIHAN MITRA", bold=True, center=True, size=12)
    docx_p(doc, f"{name} — marketplace pelatihan terbuka bagi lembaga pelatihan dari seluruh "
                "daerah. Seluruh program mitra disusun berbasis kompetensi.")
    rows = [["No", "Nama Lembaga Pelatihan", "Kota", "Program Unggulan", "Dasar Kompetensi"]]
    for i, (n, k, b, c) in enumerate(partners, 1):
        rows.append([str(i), n, k, b, c])
    docx_table(doc, rows)
    docx_p(doc, f"\nJakarta, 2 Mei 2024\n{pres_dir}\nPresiden Direktur")
    save_docx(doc, d / "Daftar_Mitra_Lembaga_Pelatihan.docx")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private", "listed": True,
             "deed_number": a2_no, "deed_date": a2_date.isoformat(), "notary_name": a2_notary,
             "ahu_number": a2_ahu, "nib": nib, "npwp": npwp16,
             "provinces": provs, "province_count": len(provs), "registered_users": total,
             "portal_urls": sorted(["https://" + web_bare, app_id]),
             "training_partner_count": len(partners), "payment_integration": True}
    rs = statuses(all_met(), ALL_MET_CHECKS)
    comment = ("PT Tbk, all-caps name in deeds, chain of two amendments: PKR No. 58 (2019, "
               "AH.01.02 approval) then 'Akta Nomor 9 tanggal 14 Maret 2023' in page headers, body "
               "date in words only, 'Di hadapan saya, ..., Sarjana Hukum, Notaris berkedudukan "
               "di ...', AHU-AH.01.03 notice (latest counts; recital cites the 2019 deed); signer "
               "Presiden Direktur appointed only in the 2023 amendment; grouped NIB, 16-digit "
               "NPWP; DOCX numbered inline list of 33 provinces with aliases; Indonesian md "
               "system description 'terintegrasi dengan sistem Kartu Prakerja sebagai metode "
               "pembayaran'; bare domain + 'ID aplikasi'; DOCX partner table")
    return bid, comment, facts, {"permenko-11-2020": rs, "permenko-3-2020": rs}


# ===========================================================================
# hc03: BUMN PT (Persero) with a PP establishing it
# ===========================================================================
def hc03():
    bid = "hc03-sarana-talenta-indonesia-persero"
    d = fresh(bid)
    name = "PT Sarana Talenta Indonesia (Persero)"
    NAME = "PT SARANA TALENTA INDONESIA (PERSERO)"
    deed_no, deed_date, notary = "112", dt.date(2016, 1, 7), "Yohana Setiawati"
    ahu = "AHU-0000871.AH.01.01.TAHUN 2016"
    nib, npwp_f = "8120002217764", "74.118.220.4-073.000"
    dirut_old, dir2 = "Gunawan Prasetyo", "Irawati Siregar"
    dirut = "Dewi Anggraini Putri"
    web = "https://www.saranatalenta.co.id"
    app_id = "id.co.saranatalenta.belajar"
    n_prov, total = 31, 874_215
    partners = ["LPK Karya Muda Bandung", "Balai Pelatihan Vokasi Mandiri Nusantara",
                "LPK Sentra Keterampilan Borneo", "Lembaga Kursus Komputer Alfa Prima",
                "LPK Samudra Wisata Bali"]

    # --- PP (reportlab) ---
    st = styles(size=10)
    S = [para("PERATURAN PEMERINTAH REPUBLIK INDONESIA\nNOMOR 61 TAHUN 2015\nTENTANG\n"
              "PENDIRIAN PERUSAHAAN PERSEROAN (PERSERO)\nPT SARANA TALENTA INDONESIA",
              st["title"]),
         para("DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,", st["center"]),
         para("Menimbang : a. bahwa dalam rangka meningkatkan kompetensi angkatan kerja "
              "melalui layanan pelatihan berbasis teknologi informasi, perlu mendirikan Badan "
              "Usaha Milik Negara berbentuk Perusahaan Perseroan (Persero); b. bahwa berdasarkan "
              "pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan "
              "Pemerintah tentang Pendirian Perusahaan Perseroan (Persero) PT Sarana Talenta "
              "Indonesia;", st["body"]),
         para("Mengingat : 1. Pasal 5 ayat (2) Undang-Undang Dasar Negara Republik Indonesia "
              "Tahun 1945; 2. Undang-Undang Nomor 19 Tahun 2003 tentang Badan Usaha Milik "
              "Negara; 3. Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas;",
              st["body"]),
         para("MEMUTUSKAN:\nMenetapkan : PERATURAN PEMERINTAH TENTANG PENDIRIAN PERUSAHAAN "
              "PERSEROAN (PERSERO) PT SARANA TALENTA INDONESIA.", st["h"]),
         para("Pasal 1", st["h"]),
         para("Dengan Peraturan Pemerintah ini didirikan Perusahaan Perseroan (Persero) dengan "
              "nama PT Sarana Talenta Indonesia (Persero), yang selanjutnya dalam Peraturan "
              "Pemerintah ini disebut Persero.", st["body"]),
         para("Pasal 2", st["h"]),
         para("(1) Modal Persero berasal dari kekayaan negara yang dipisahkan dari Anggaran "
              "Pendapatan dan Belanja Negara. (2) Seluruh saham Persero dimiliki oleh Negara "
              "Republik Indonesia.", st["body"]),
         para("Pasal 3", st["h"]),
         para("Maksud dan tujuan Persero adalah menyelenggarakan usaha di bidang layanan "
              "pelatihan kerja dan platform digital pendidikan serta optimalisasi pemanfaatan "
              "sumber daya Persero untuk menghasilkan jasa yang bermutu tinggi dan berdaya saing "
              "kuat.", st["body"]),
         para("Pasal 4", st["h"]),
         para("Pelaksanaan pendirian Persero dilakukan sesuai dengan ketentuan Undang-Undang "
              "Nomor 40 Tahun 2007 tentang Perseroan Terbatas. Peraturan Pemerintah ini mulai "
              "berlaku pada tanggal diundangkan.", st["body"]),
         Spacer(1, 8),
         para("Ditetapkan di Jakarta\npada tanggal 14 Desember 2015\nPRESIDEN REPUBLIK "
              "INDONESIA,\n\nttd.", st["left"]),
         para("LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2015 NOMOR 298", st["left"])]
    rl_build(d / "PP_61_2015_Pendirian_Persero.pdf", S, title="PP 61/2015",
             author="Sekretariat Negara", footer="{page}")

    # --- Deed (fpdf2), 'No. 112', date '07/01/2016', AHU approval embedded as last page ---
    pdf = Pdf("Akta No. 112", f"Notaris {notary}", footer_text="Hal. {page}")
    pdf.add_page()
    pdf.p("AKTA PENDIRIAN\nPERUSAHAAN PERSEROAN (PERSERO)\n" + NAME, 12, True, "C", serif=True)
    pdf.p("No. 112", 11, False, "C", serif=True, after=4)
    pdf.p(dash(f"-Pada hari ini, {hari(deed_date)}, tanggal {deed_date.strftime('%d/%m/%Y')}, "
               "pukul 09.00 WIB."), serif=True)
    pdf.p(dash(f"-Berhadapan dengan saya, {notary.upper()}, S.H., M.Kn., Notaris di Kota "
               "Administrasi Jakarta Pusat, dengan dihadiri oleh saksi-saksi yang saya, "
               "Notaris, kenal dan akan disebutkan pada bagian akhir akta ini:"), serif=True)
    pdf.p(dash("-Tuan AHMAD ZULKARNAIN, Sarjana Ekonomi, Deputi Bidang Usaha Jasa Kementerian "
               "Badan Usaha Milik Negara, dalam hal ini bertindak selaku kuasa dari Menteri "
               "Badan Usaha Milik Negara yang mewakili Negara Republik Indonesia selaku pemegang "
               "saham, berdasarkan Peraturan Pemerintah Nomor 61 Tahun 2015."), serif=True)
    pdf.p(dash("-Penghadap menerangkan bahwa dengan akta ini didirikan suatu Perusahaan "
               "Perseroan (Persero) dengan Anggaran Dasar sebagai berikut:"), serif=True)
    pdf.p("NAMA DAN TEMPAT KEDUDUKAN\nPasal 1", 10.5, True, "C", serif=True)
    pdf.p(dash(f"1. Perusahaan Perseroan (Persero) ini bernama {NAME} (selanjutnya cukup "
               "disingkat dengan \"Perseroan\"), berkedudukan dan berkantor pusat di Jakarta "
               "Pusat."), serif=True)
    pdf.p("MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA\nPasal 3", 10.5, True, "C", serif=True)
    pdf.p(dash("Maksud dan tujuan Perseroan adalah melakukan usaha di bidang jasa pelatihan "
               "kerja dan platform digital, dengan kegiatan usaha: a. Portal Web dan/atau "
               "Platform Digital dengan Tujuan Komersial (KBLI 63122); b. Pelatihan Kerja "
               "Teknik Swasta (KBLI 85493)."), serif=True)
    pdf.p("MODAL\nPasal 4", 10.5, True, "C", serif=True)
    pdf.p(dash("Modal dasar Perseroan berjumlah Rp 2.000.000.000.000,00 (dua triliun Rupiah), "
               "dari modal dasar tersebut telah ditempatkan dan disetor penuh oleh Negara "
               "Republik Indonesia sebesar 25% (dua puluh lima persen)."), serif=True)
    pdf.p(dash(f"-Untuk pertama kalinya diangkat: Direktur Utama: Tuan {dirut_old.upper()}; "
               f"Direktur: Nyonya {dir2.upper()}; Komisaris Utama: Tuan WAHYU HARJONO."),
          serif=True)
    pdf.p(dash("DEMIKIANLAH AKTA INI dibuat dan diselesaikan di Jakarta, pada hari dan tanggal "
               "tersebut pada bagian awal akta ini."), serif=True)
    pdf.p(f"ttd.\n{notary}, S.H., M.Kn.\nNotaris di Kota Administrasi Jakarta Pusat", align="L",
          serif=True)
    pdf.add_page()
    pdf.p("KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", 11, True, "C")
    pdf.p(f"NOMOR {ahu}", 11, False, "C")
    pdf.p("TENTANG\nPENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS\n" + NAME, 11, True,
          "C", after=4)
    pdf.p(f"Menimbang: bahwa berdasarkan permohonan Notaris {notary.upper()}, S.H., M.Kn. sesuai "
          "salinan Akta Nomor 112 Tanggal 07 Januari 2016 yang disampaikan melalui Sistem "
          "Administrasi Badan Hukum telah sesuai dengan persyaratan pengesahan badan hukum "
          "Perseroan Terbatas.")
    pdf.p(f"MEMUTUSKAN: Menetapkan: PERTAMA: Mengesahkan pendirian badan hukum Perseroan "
          f"Terbatas {NAME}, berkedudukan di KOTA ADMINISTRASI JAKARTA PUSAT. KEDUA: Keputusan "
          "ini mulai berlaku pada tanggal ditetapkan.")
    pdf.p("Ditetapkan di Jakarta, tanggal 11 Januari 2016\na.n. MENTERI HUKUM DAN HAK ASASI "
          "MANUSIA REPUBLIK INDONESIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM", align="L")
    pdf.output(str(d / "Akta_Pendirian_No112_dan_SK_AHU.pdf"))

    # --- Appointment decree of the current Direktur Utama (fpdf2) ---
    pdf = Pdf("SK Menteri BUMN", "Kementerian BUMN")
    pdf.add_page()
    pdf.p("SALINAN\nKEPUTUSAN MENTERI BADAN USAHA MILIK NEGARA\nSELAKU RAPAT UMUM PEMEGANG SAHAM\n"
          "PERUSAHAAN PERSEROAN (PERSERO) PT SARANA TALENTA INDONESIA", 11, True, "C")
    pdf.p("NOMOR SK-214/MBU/06/2022", 11, False, "C")
    pdf.p("TENTANG\nPEMBERHENTIAN DAN PENGANGKATAN ANGGOTA-ANGGOTA DIREKSI", 11, True, "C",
          after=4)
    pdf.p("MEMUTUSKAN: KESATU: Memberhentikan dengan hormat Sdr. "
          f"{dirut_old} sebagai Direktur Utama Perusahaan Perseroan (Persero) PT Sarana "
          "Talenta Indonesia. KEDUA: Mengangkat Sdri. "
          f"{dirut} sebagai Direktur Utama Perusahaan Perseroan (Persero) PT Sarana Talenta "
          "Indonesia, dengan masa jabatan sampai dengan ditutupnya RUPS tahunan yang kelima "
          "sejak pengangkatan. KETIGA: Menegaskan bahwa Sdri. "
          f"{dir2} tetap menjabat sebagai Direktur Keuangan dan SDM.")
    pdf.p("Ditetapkan di Jakarta pada tanggal 17 Juni 2022\nMENTERI BADAN USAHA MILIK NEGARA "
          "SELAKU RAPAT UMUM PEMEGANG SAHAM\n\nttd.", align="L")
    pdf.output(str(d / "SK_Menteri_BUMN_Pengangkatan_Direksi.pdf"))

    # --- NIB (txt) ---
    write_text(d / "NIB.txt", f"""
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib}

Nama Pelaku Usaha      : {NAME}
Status Badan Usaha     : Badan Usaha Milik Negara (Persero)
Alamat Kantor          : Menara Sarana Lt. 5, Jl. Medan Merdeka Selatan No. 11,
                         Jakarta Pusat 10110
NPWP                   : {npwp_f}
KBLI                   : 63122, 85493

Diterbitkan di Jakarta, 9 Agustus 2021
Menteri Investasi/Kepala Badan Koordinasi Penanaman Modal
""")

    # --- Coverage statement (txt): '31 provinsi' with no list ---
    write_text(d / "Surat_Pernyataan_Cakupan_Nasional.txt", f"""
{NAME}
Menara Sarana Lt. 5, Jl. Medan Merdeka Selatan No. 11, Jakarta Pusat 10110

SURAT PERNYATAAN CAKUPAN LAYANAN
Nomor: STI/DIR/118/2024

Yang bertanda tangan di bawah ini:
  Nama    : {dirut}
  Jabatan : Direktur Utama
  Mewakili: {name}

menyatakan bahwa platform pelatihan digital milik Perseroan telah memiliki
{fmt_id(total)} pengguna terdaftar. Pengguna tersebar di {n_prov} provinsi, dari
Sumatera hingga Papua, dan seluruhnya terverifikasi melalui nomor telepon seluler.

Demikian pernyataan ini dibuat dengan sebenarnya.

Jakarta, 29 April 2024
Yang menyatakan,
[Meterai Rp10.000]

{dirut}
Direktur Utama
""")

    # --- System description (reportlab PDF, English, 3 aspects + payment method) ---
    st = styles(size=10)
    S = [para("Platform System Description", st["title"]), para(name, st["center"]),
         Spacer(1, 6),
         para(f"Web: {web} — mobile: Google Play, ID aplikasi: {app_id}", st["left"]),
         para("1. Architecture", st["hl"]),
         para("Three-tier architecture (presentation, application, data) deployed on a "
              "government-certified national cloud in Jakarta. Application services are "
              "written in Java/Spring and run in containers; course media is served from "
              "object storage through a CDN.", st["body"]),
         para("2. Security", st["hl"]),
         para("The company holds ISO/IEC 27001 certification. Personal data is encrypted at "
              "rest (AES-256) and in transit (TLS); annual penetration tests and a vulnerability "
              "disclosure programme are in place; privileged access uses hardware tokens.",
              st["body"]),
         para("3. Integration", st["hl"]),
         para("A versioned REST API (OpenAPI 3 specification) lets training institutions "
              "publish courses and schedules. The platform acts as a payment method for Kartu "
              "Prakerja training: the programme's payment gateway is called through this "
              "integration when a card holder buys a course.", st["body"]),
         Spacer(1, 8),
         para(f"Jakarta, 29 April 2024\n{dirut}\nPresident Director", st["left"])]
    rl_build(d / "System_Description.pdf", S, title="System Description", author=dirut)

    # --- Partners (DOCX prose) ---
    doc = new_docx(dirut, "Kerja Sama Lembaga Pelatihan")
    docx_p(doc, "SURAT KETERANGAN KERJA SAMA LEMBAGA PELATIHAN", bold=True, center=True)
    docx_p(doc, f"{name} menyelenggarakan marketplace pelatihan yang terbuka bagi lembaga "
                f"pelatihan pihak ketiga. Saat ini Perseroan telah bekerja sama dengan "
                f"{partners[0]}, {partners[1]}, {partners[2]}, {partners[3]} serta "
                f"{partners[4]}.")
    docx_p(doc, "Seluruh program pelatihan dari lembaga mitra tersebut disusun berbasis "
                "kompetensi dengan mengacu pada Standar Kompetensi Kerja Nasional Indonesia "
                "(SKKNI) di bidangnya masing-masing, antara lain operator komputer, pemandu "
                "wisata, perawatan mesin industri, dan pemasaran digital.")
    docx_p(doc, f"Jakarta, 29 April 2024\n\n{dirut}\nDirektur Utama")
    save_docx(doc, d / "Kerja_Sama_Lembaga_Pelatihan.docx")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "bumn", "listed": False,
             "deed_number": deed_no, "deed_date": deed_date.isoformat(), "notary_name": notary,
             "ahu_number": ahu, "nib": nib, "npwp": npwp_f.replace(".", "").replace("-", ""),
             "province_count": n_prov, "registered_users": total,
             "portal_urls": sorted([web, app_id]), "training_partner_count": len(partners),
             "payment_integration": True}
    r11 = statuses(all_met(), ALL_MET_CHECKS)
    r3 = statuses(all_met(business_license="not_applicable"), ALL_MET_CHECKS)
    comment = ("BUMN PT (Persero) with the PP establishing it plus deed 'No. 112' dated "
               "'07/01/2016' (dd/mm) with the AHU approval embedded as the deed PDF's last page; "
               "signer Direktur Utama appointed by SK Menteri BUMN (not in the deed); coverage "
               "'Pengguna tersebar di 31 provinsi' with no list; English 3-aspect system "
               "description (no availability/capacity) 'acts as a payment method'; partners "
               "as DOCX prose; business licence not_applicable under 3/2020")
    return bid, comment, facts, {"permenko-11-2020": r11, "permenko-3-2020": r3}


# ===========================================================================
# hc04: central-government agency (a Badan)
# ===========================================================================
def hc04():
    bid = "hc04-badan-nasional-talenta-digital"
    d = fresh(bid)
    name = "Badan Nasional Pengembangan Talenta Digital"
    kepala = "Bambang Wicaksono"
    excluded = {"Kalimantan Utara", "Gorontalo", "Sulawesi Barat", "Maluku Utara",
                "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"}
    counts = user_counts(404, excluded)
    provs = with_users(counts)
    total = sum(counts.values())
    web = "https://siaptalenta.bnptd.go.id"
    play = "https://play.google.com/store/apps/details?id=id.go.bnptd.siaptalenta"
    partners = [
        ("Balai Latihan Kerja Komunitas Teknologi Serang", "Kota Serang, Banten",
         "Jaringan Komputer", "SKKNI Jaringan Komputer"),
        ("LPK Citra Kompeten Lampung", "Kota Bandar Lampung", "Administrasi Perkantoran",
         "SKKNI Administrasi Profesional"),
        ("LPK Global Skill Pontianak", "Kota Pontianak", "Analisis Data",
         "SKKNI Data Science"),
        ("Lembaga Pelatihan Kerja Tunas Bangsa Kupang", "Kota Kupang", "Budidaya Rumput Laut",
         "Standar kompetensi kerja budidaya perikanan"),
        ("LPK Sehat Sejahtera Padang", "Kota Padang", "Perawat Lansia (Caregiver)",
         "SKKNI Bidang Perawatan Lansia"),
        ("LPK Ambon Manise Creative", "Kota Ambon", "Fotografi Produk",
         "SKKNI Fotografi"),
        ("LPK Mekatronika Cikarang", "Kabupaten Bekasi", "Operator CNC",
         "SKKNI Bidang Pemesinan"),
    ]

    # --- Perpres establishing the Badan (reportlab) ---
    st = styles(size=10)
    S = [para("PERATURAN PRESIDEN REPUBLIK INDONESIA\nNOMOR 58 TAHUN 2019\nTENTANG\n" +
              name.upper(), st["title"]),
         para("DENGAN RAHMAT TUHAN YANG MAHA ESA\nPRESIDEN REPUBLIK INDONESIA,", st["center"]),
         para("Menimbang : bahwa untuk mempercepat pengembangan talenta digital nasional dan "
              "penyelenggaraan pelatihan vokasi berbasis teknologi, perlu membentuk lembaga "
              "pemerintah nonkementerian yang berada di bawah dan bertanggung jawab kepada "
              "Presiden;", st["body"]),
         para("MEMUTUSKAN:", st["h"]),
         para("BAB I KEDUDUKAN, TUGAS, DAN FUNGSI\nPasal 1", st["h"]),
         para(f"(1) {name}, yang selanjutnya disebut Badan, merupakan lembaga pemerintah "
              "nonkementerian yang berada di bawah dan bertanggung jawab kepada Presiden. "
              "(2) Badan dipimpin oleh Kepala.", st["body"]),
         para("Pasal 2", st["h"]),
         para("Badan mempunyai tugas melaksanakan tugas pemerintahan di bidang pengembangan "
              "talenta digital, termasuk penyelenggaraan platform digital pelatihan kerja yang "
              "terbuka bagi lembaga pelatihan.", st["body"]),
         para("Pasal 3", st["h"]),
         para("Dalam melaksanakan tugas sebagaimana dimaksud dalam Pasal 2, Badan "
              "menyelenggarakan fungsi: a. penyusunan kebijakan teknis pengembangan talenta "
              "digital; b. penyelenggaraan sistem informasi dan platform pelatihan daring; c. "
              "kerja sama dengan lembaga pelatihan pemerintah dan swasta.", st["body"]),
         Spacer(1, 8),
         para("Ditetapkan di Jakarta\npada tanggal 2 September 2019\nPRESIDEN REPUBLIK "
              "INDONESIA,\n\nttd.", st["left"])]
    rl_build(d / "Perpres_58_2019_Pembentukan_Badan.pdf", S, title="Perpres 58/2019",
             author="Sekretariat Kabinet", footer="- {page} -")

    # --- Peraturan Badan establishing the platform (DOCX) ---
    doc = new_docx("Biro Hukum", "Peraturan Badan Nomor 4 Tahun 2021")
    docx_p(doc, "PERATURAN " + name.upper(), bold=True, center=True)
    docx_p(doc, "NOMOR 4 TAHUN 2021\nTENTANG\nPENYELENGGARAAN PLATFORM DIGITAL SIAPTALENTA",
           bold=True, center=True)
    docx_p(doc, "KEPALA " + name.upper() + ",", center=True)
    docx_p(doc, "Pasal 1\nPlatform Digital SiapTalenta adalah sistem elektronik yang "
                f"diselenggarakan oleh {name} untuk mempertemukan peserta pelatihan dengan "
                "program pelatihan yang diselenggarakan oleh lembaga pelatihan pemerintah "
                "maupun swasta, dapat diakses melalui laman siaptalenta.bnptd.go.id dan "
                "aplikasi seluler.")
    docx_p(doc, "Pasal 2\nPlatform Digital SiapTalenta bersifat terbuka: setiap lembaga "
                "pelatihan yang memenuhi persyaratan dapat menawarkan program pelatihannya "
                "melalui platform.")
    docx_p(doc, "Pasal 3\nPengelolaan platform dilaksanakan oleh Pusat Data dan Sistem "
                "Informasi Badan.")
    docx_p(doc, f"Ditetapkan di Jakarta pada tanggal 11 Maret 2021\nKEPALA {name.upper()},"
                "\n\nttd.")
    save_docx(doc, d / "Peraturan_Badan_4_2021_Platform_SiapTalenta.docx")

    # --- Keppres appointing the Kepala Badan (txt) ---
    write_text(d / "Keppres_Pengangkatan_Kepala_Badan.txt", f"""
SALINAN

KEPUTUSAN PRESIDEN REPUBLIK INDONESIA
NOMOR 87/M TAHUN 2022
TENTANG
PENGANGKATAN KEPALA {name.upper()}

PRESIDEN REPUBLIK INDONESIA,

Menimbang : bahwa dalam rangka mengisi jabatan Kepala {name}, perlu
            menetapkan Keputusan Presiden;

MEMUTUSKAN:

Menetapkan :
KESATU : Mengangkat Prof. Dr. Ir. {kepala}, M.Sc. sebagai Kepala
         {name}.
KEDUA  : Kepada yang bersangkutan diberikan hak keuangan dan fasilitas setingkat
         menteri.
KETIGA : Keputusan Presiden ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Jakarta
pada tanggal 19 Oktober 2022
PRESIDEN REPUBLIK INDONESIA,

ttd.

Salinan sesuai dengan aslinya
KEMENTERIAN SEKRETARIAT NEGARA RI
""")

    # --- Coverage (md table, provinces with users only) ---
    lines = ["| No | Provinsi | Pengguna Terdaftar |", "|---:|---|---:|"]
    for i, p in enumerate([p for p in PROVINCES if counts[p] > 0], 1):
        lines.append(f"| {i} | {p} | {fmt_id(counts[p])} |")
    lines.append(f"| | **Total** | **{fmt_id(total)}** |")
    table = "\n".join(lines)
    write_text(d / "Surat_Pernyataan_Cakupan_Layanan.md", f"""
# SURAT PERNYATAAN CAKUPAN LAYANAN NASIONAL

**{name.upper()}**
Jl. Gatot Subroto Kav. 52, Jakarta Selatan 12950

Yang bertanda tangan di bawah ini, Prof. Dr. Ir. {kepala}, M.Sc., Kepala
{name}, menyatakan bahwa Platform Digital SiapTalenta ({web}) per
31 Maret 2024 memiliki {fmt_id(total)} pengguna terdaftar dengan sebaran sebagai berikut:

{table}

Provinsi yang tidak tercantum pada tabel di atas belum memiliki pengguna terdaftar.

Jakarta, 15 April 2024

Kepala {name},

ttd.

Prof. Dr. Ir. {kepala}, M.Sc.
""")

    # --- System description (txt, Indonesian, 4 aspects + payment) ---
    write_text(d / "Deskripsi_Sistem_SiapTalenta.txt", f"""
DESKRIPSI SISTEM INFORMASI PLATFORM DIGITAL SIAPTALENTA
{name}

Alamat platform: {web}
Aplikasi Android: {play}

A. Arsitektur dan Infrastruktur
   Platform dibangun dengan arsitektur berbasis layanan (service-oriented) dan
   ditempatkan di Pusat Data Nasional (PDN) sesuai ketentuan Sistem Pemerintahan
   Berbasis Elektronik (SPBE), dengan pusat data pemulihan bencana di Batam.

B. Keamanan
   Penerapan SMKI berstandar ISO/IEC 27001, enkripsi data pribadi, penilaian
   kerentanan dan uji penetrasi berkala bersama Badan Siber dan Sandi Negara.

C. Ketersediaan dan Kapasitas
   Ketersediaan layanan ditargetkan 99,9%; kapasitas terukur 200.000 pengguna
   bersamaan dengan penyeimbang beban (load balancer) aktif-aktif.

D. Integrasi dan Antarmuka Pemrograman (API)
   Tersedia API bagi lembaga pelatihan untuk sinkronisasi katalog dan jadwal
   pelatihan. Platform terintegrasi dengan sistem Kartu Prakerja sebagai metode
   pembayaran pelatihan bagi penerima Kartu Prakerja.

Jakarta, 15 April 2024
Kepala {name},
Prof. Dr. Ir. {kepala}, M.Sc.
""")

    # --- Partner list (fpdf2 ruled table) ---
    pdf = Pdf("Daftar Lembaga Pelatihan Mitra", name)
    pdf.add_page()
    pdf.p("DAFTAR LEMBAGA PELATIHAN MITRA\nPLATFORM DIGITAL SIAPTALENTA", 12, True, "C")
    pdf.p(f"{name} bekerja sama dengan lembaga pelatihan berikut; seluruh program "
          "pelatihan disusun berbasis kompetensi.", after=3)
    rows = [["No", "Nama Lembaga", "Alamat", "Bidang", "Dasar Kompetensi"]]
    for i, (n, a, b, k) in enumerate(partners, 1):
        rows.append([str(i), n, a, b, k])
    pdf.grid(rows, (8, 52, 36, 34, 40))
    pdf.p(f"Jakarta, 15 April 2024\nKepala {name},\n\nProf. Dr. Ir. {kepala}, M.Sc.",
          align="L")
    pdf.output(str(d / "Daftar_Lembaga_Pelatihan_Mitra.pdf"))

    facts = {"company_name": name, "entity_form": "GOVERNMENT_AGENCY", "ownership": "government",
             "listed": False, "provinces": provs, "province_count": len(provs),
             "registered_users": total, "portal_urls": sorted([web, play]),
             "training_partner_count": len(partners), "payment_integration": True}
    rs = statuses(all_met(business_license="not_applicable"), ALL_MET_CHECKS)
    comment = ("central-government agency (Badan Nasional, an LPNK under the President): Perpres "
               "establishing the Badan + Peraturan Badan establishing the platform, no deed/NIB; "
               "signer Kepala Badan (with academic titles) named in a Keppres; coverage as a "
               "markdown table of only the 30 provinces with users; Indonesian txt system "
               "description with payment integration; fpdf2 ruled partner table")
    return bid, comment, facts, {"permenko-11-2020": rs, "permenko-3-2020": rs}


# ===========================================================================
# hc05: PT whose IT description covers only 2 aspects (no payment, no API)
# ===========================================================================
def hc05():
    bid = "hc05-lintas-edukasi-indonesia"
    d = fresh(bid)
    name = "PT Lintas Edukasi Indonesia"
    deed_no, deed_date, notary = "3", dt.date(2021, 1, 7), "Fitriani Hasibuan"
    ahu = "AHU-0001287.AH.01.01.TAHUN 2021"
    nib, npwp_f = "0907210034561", "42.511.908.6-411.000"
    dirut, dir2, kom = "William Hartono", "Sari Indah Lestari", "Kenji Watanabe"
    excluded = {"Bengkulu", "Kalimantan Utara", "Gorontalo", "Sulawesi Barat", "Maluku Utara",
                "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
                "Papua Pegunungan"}
    counts = user_counts(505, excluded)
    provs = with_users(counts)
    total = sum(counts.values())
    web = "https://lintasedukasi.id"
    ios_bare = "apps.apple.com/id/app/lintas-edukasi/id1554321098"
    partners = [("LPK Jaya Kompetensi", "Tangerang Selatan", "Junior Web Developer",
                 "SKKNI Bidang Pemrograman"),
                ("LPK Bahtera Karya", "Kota Bekasi", "Pengelasan (Welding)",
                 "SKKNI Bidang Pengelasan"),
                ("Lembaga Kursus Rias Ayu Sekar", "Kota Solo", "Tata Rias Pengantin",
                 "SKKNI Bidang Tata Rias"),
                ("LPK Satria Logistik Indonesia", "Kota Medan", "Pengemudi Logistik",
                 "Standar kompetensi kerja pengemudi angkutan barang")]

    # --- Bilingual deed (DOCX, two-column table) ---
    doc = new_docx(f"Notaris {notary}", "Akta Pendirian / Deed of Establishment No. 3")
    docx_p(doc, "AKTA PENDIRIAN / DEED OF ESTABLISHMENT", bold=True, center=True, size=13)
    docx_p(doc, name.upper(), bold=True, center=True, size=13)
    docx_p(doc, f"Nomor: {deed_no} / Number: {deed_no}", center=True)
    docx_p(doc, f"DEED OF ESTABLISHMENT No. {deed_no} dated {d_en(deed_date)}", center=True,
           size=9)
    pairs = [
        (f"Pada hari ini, {hari(deed_date)}, tanggal {d_words(deed_date)}, pukul 10.00 WIB.",
         f"On this day, {DAY_EN[deed_date.weekday()]}, the seventh day of January two thousand "
         "and twenty-one, at 10.00 Western Indonesian Time."),
        (f"Menghadap kepada saya, {notary.upper()}, S.H., M.Kn., Notaris di Kota Tangerang "
         "Selatan, dengan dihadiri saksi-saksi yang saya, Notaris, kenal dan akan disebut pada "
         "akhir akta ini:",
         f"Appeared before me, {notary.upper()}, S.H., M.Kn., Notary in South Tangerang City, "
         "in the presence of witnesses known to me, the Notary, whose names will be mentioned "
         "at the end of this deed:"),
        (f"1. Tuan {dirut.upper()}, Warga Negara Indonesia, bertempat tinggal di Kota "
         "Tangerang Selatan;\n2. Tuan " + kom.upper() + ", Warga Negara Jepang, pemegang "
         "Paspor Nomor TZ8841207, bertempat tinggal di Tokyo, Jepang.",
         f"1. Mr. {dirut.upper()}, an Indonesian citizen, residing in South Tangerang City;\n"
         f"2. Mr. {kom.upper()}, a Japanese citizen, holder of Passport Number TZ8841207, "
         "residing in Tokyo, Japan."),
        ("Para penghadap menerangkan bahwa mereka dengan ini mendirikan perseroan terbatas "
         "dalam rangka Penanaman Modal Asing dengan Anggaran Dasar sebagai berikut:",
         "The appearers declare that they hereby establish a limited liability company within "
         "the framework of Foreign Investment with the following Articles of Association:"),
        (f"Pasal 1. Perseroan Terbatas ini bernama {name.upper()}, berkedudukan di Kota "
         "Tangerang Selatan.",
         f"Article 1. This limited liability company is named {name.upper()}, domiciled in "
         "South Tangerang City."),
        ("Pasal 3. Maksud dan tujuan Perseroan ialah berusaha dalam bidang Portal Web "
         "dan/atau Platform Digital dengan Tujuan Komersial (KBLI 63122) dan Pendidikan "
         "Lainnya Swasta (KBLI 85499).",
         "Article 3. The purposes and objectives of the Company are to engage in Web Portals "
         "and/or Digital Platforms with Commercial Purposes (KBLI 63122) and Other Private "
         "Education (KBLI 85499)."),
        ("Pasal 4. Modal dasar Perseroan berjumlah Rp 12.000.000.000,00 (dua belas miliar "
         "Rupiah); modal ditempatkan dan disetor Rp 10.050.000.000,00.",
         "Article 4. The authorized capital of the Company is Rp 12,000,000,000.00 (twelve "
         "billion Rupiah); the issued and paid-up capital is Rp 10,050,000,000.00."),
        (f"Direksi: Direktur Utama: Tuan {dirut.upper()}; Direktur: Nyonya {dir2.upper()}. "
         f"Dewan Komisaris: Komisaris: Tuan {kom.upper()}.",
         f"Board of Directors: President Director: Mr. {dirut.upper()}; Director: Mrs. "
         f"{dir2.upper()}. Board of Commissioners: Commissioner: Mr. {kom.upper()}."),
        ("DEMIKIANLAH AKTA INI dibuat di Kota Tangerang Selatan pada hari dan tanggal "
         "tersebut pada bagian awal akta ini.",
         "IN WITNESS WHEREOF this deed was drawn up in South Tangerang City on the day and date "
         "first mentioned above."),
    ]
    docx_table(doc, [["BAHASA INDONESIA", "ENGLISH"]] + [list(p) for p in pairs])
    docx_p(doc, f"\nttd.\n{notary}, S.H., M.Kn.\nNotaris di Kota Tangerang Selatan")
    save_docx(doc, d / "Akta_Pendirian_No3_bilingual.docx")

    # --- AHU (fpdf2) ---
    pdf = Pdf("SK AHU", "Ditjen AHU")
    pdf.add_page()
    pdf.p("KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", 11, True, "C")
    pdf.p(f"NOMOR {ahu}", 11, False, "C")
    pdf.p("TENTANG\nPENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS\n" + name.upper(), 11,
          True, "C", after=4)
    pdf.p(f"Menimbang: bahwa berdasarkan permohonan Notaris {notary.upper()}, S.H., M.Kn., "
          f"sesuai salinan Akta Nomor 3 Tanggal {d_id(deed_date)}, telah sesuai dengan "
          "persyaratan pengesahan badan hukum Perseroan Terbatas.")
    pdf.p(f"MEMUTUSKAN: PERTAMA: Mengesahkan pendirian badan hukum Perseroan Terbatas "
          f"{name.upper()}, berkedudukan di KOTA TANGERANG SELATAN. KEDUA: Keputusan ini mulai "
          "berlaku pada tanggal ditetapkan.")
    pdf.p("Ditetapkan di Jakarta, tanggal 11 Januari 2021\na.n. MENTERI HUKUM DAN HAK ASASI "
          "MANUSIA REPUBLIK INDONESIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM", align="L")
    pdf.output(str(d / "SK_AHU_Pengesahan.pdf"))

    # --- NIB (reportlab) ---
    st = styles(size=10)
    S = [para("PEMERINTAH REPUBLIK INDONESIA\nNOMOR INDUK BERUSAHA", st["title"]),
         para(f"NIB: {nib}", st["title"]),
         para("Berdasarkan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, Pemerintah "
              "Republik Indonesia menerbitkan NIB kepada:", st["body"]),
         para(f"Nama Perusahaan : {name.upper()}\nStatus Penanaman Modal : PMA\nAlamat : Jl. "
              "Pahlawan Seribu, Ruko Golden Boulevard Blok D-3, BSD City, Kota Tangerang "
              f"Selatan, Banten 15322\nNPWP Perusahaan : {npwp_f}\nKBLI : 63122, 85499",
              st["left"]),
         Spacer(1, 8),
         para("Diterbitkan di Jakarta, tanggal 25 Januari 2021\nMenteri Investasi/Kepala BKPM",
              st["left"])]
    rl_build(d / "NIB.pdf", S, title="NIB", author="OSS RBA")

    # --- Coverage (fpdf2 table of the 28 provinces with users) ---
    pdf = Pdf("Statement of National Coverage", dirut)
    pdf.add_page()
    pdf.p("SURAT PERNYATAAN CAKUPAN NASIONAL\n(Statement of National Coverage)", 12, True, "C")
    pdf.p(f"Saya yang bertanda tangan di bawah ini, {dirut}, Direktur Utama (President "
          f"Director) {name}, menyatakan bahwa per 31 Maret 2024 platform kami memiliki "
          f"{fmt_id(total)} pengguna terdaftar di {len(provs)} provinsi berikut:", after=3)
    rows = [["No", "Provinsi", "Pengguna"]]
    for i, p in enumerate([p for p in PROVINCES if counts[p] > 0], 1):
        rows.append([str(i), p, fmt_id(counts[p])])
    rows.append(["", "Total", fmt_id(total)])
    pdf.grid(rows, (12, 90, 50), size=8.5)
    pdf.p(f"Tangerang Selatan, 8 April 2024\n[meterai]\n\n{dirut}\nDirektur Utama", align="L")
    pdf.output(str(d / "Pernyataan_Cakupan_Nasional.pdf"))

    # --- System overview (md, English, ONLY 2 aspects: infrastructure + security) ---
    write_text(d / "System_Overview.md", f"""
# {name} — System Overview

Prepared for the Kartu Prakerja PMO. Website: {web}. iOS app: {ios_bare}

## Infrastructure and architecture

The learning platform is a Laravel monolith with a Vue.js front end. It is hosted on
dedicated servers that we rent in a colocation facility in South Jakarta; course videos
are stored on a separate media server in the same facility. The database is MySQL 8.

## Security

Our team follows the OWASP Top 10 guidance. All traffic uses TLS certificates, user
passwords are hashed with bcrypt, and the admin panel is limited to the office IP range.
We are preparing for ISO/IEC 27001 certification in 2025.

{dirut}
President Director
""")

    # --- Partners (md list) ---
    items = "\n".join(f"{i}. **{n}** ({k}) — program *{b}*; dasar kompetensi: {c}."
                      for i, (n, k, b, c) in enumerate(partners, 1))
    write_text(d / "Mitra_Lembaga_Pelatihan.md", f"""
# Daftar Lembaga Pelatihan Mitra — {name}

Platform kami terbuka bagi lembaga pelatihan pihak ketiga. Lembaga yang telah
bekerja sama dan menawarkan pelatihan berbasis kompetensi:

{items}

Tangerang Selatan, 8 April 2024 — {dirut}, Direktur Utama
""")

    # --- Cover letter (txt, English) ---
    write_text(d / "Cover_Letter.txt", f"""
{name.upper()}
Ruko Golden Boulevard Blok D-3, BSD City, South Tangerang 15322

8 April 2024

To: Project Management Office, Kartu Prakerja Programme, Jakarta
Re: Application as a Kartu Prakerja digital platform

Dear Sir/Madam,

{name} hereby applies to become a digital platform of the Kartu Prakerja
programme. Our marketplace is available at {web} and on the App Store.
Enclosed: Deed of Establishment No. 3 dated {d_en(deed_date)} with the Ministry of Law
and Human Rights approval, NIB, Statement of National Coverage, System Overview and
the list of partner training institutions.

Sincerely,

{dirut}
President Director
""")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private", "listed": False,
             "deed_number": deed_no, "deed_date": deed_date.isoformat(), "notary_name": notary,
             "ahu_number": ahu, "nib": nib, "npwp": npwp_f.replace(".", "").replace("-", ""),
             "provinces": provs, "province_count": len(provs), "registered_users": total,
             "portal_urls": sorted([web, "https://" + ios_bare]),
             "training_partner_count": len(partners)}
    rs = statuses(all_met(it_system="needs_review"), ALL_MET_CHECKS)
    comment = ("PT (PMA) whose English system overview covers only 2 aspects (infrastructure, "
               "security), no API, availability or payment -> it_system needs_review in both; "
               "bilingual DOCX deed (Indonesian date in words only, English 'DEED OF "
               "ESTABLISHMENT No. 3 dated 7 January 2021', 'Menghadap kepada saya ... Notaris di "
               "Kota Tangerang Selatan'); NIB with a leading zero; fpdf2 table of 28 provinces; "
               "App Store URL without scheme; English titles 'President Director'")
    return bid, comment, facts, {"permenko-11-2020": rs, "permenko-3-2020": rs}


# ===========================================================================
# hc06: exactly 26 provinces; scanned deed page; NIK trap with a 16-digit NPWP
# ===========================================================================
def hc06():
    bid = "hc06-digital-karya-nusantara"
    d = fresh(bid)
    name = "PT Digital Karya Nusantara"
    deed_no, deed_date, notary = "21", dt.date(2021, 4, 7), "Suryadi Prawiro"
    ahu = "AHU-0023419.AH.01.01.TAHUN 2021"
    nib = "9120201044783"
    npwp16 = "0938127564412000"
    dirut, dir2, kom = "Fajar Nugroho", "Lestari Handayani", "Ikhsan Maulana"
    nik_dirut, nik_dir2 = "3276012306880004", "3175046107910002"
    excluded = {"Kepulauan Riau", "Bengkulu", "Kalimantan Tengah", "Kalimantan Utara",
                "Gorontalo", "Sulawesi Barat", "Maluku Utara", "Papua Barat",
                "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"}
    counts = user_counts(606, excluded)
    provs = with_users(counts)
    assert len(provs) == 26
    total = sum(counts.values())
    web = "https://dikana.id"
    play = "https://play.google.com/store/apps/details?id=id.dikana.app"
    partners = [("LPK Garuda Cipta Prestasi", "Depok", "Operator Komputer",
                 "SKKNI Operator Komputer Madya"),
                ("LPK Borneo Talenta", "Balikpapan", "K3 Umum", "SKKNI Keselamatan dan "
                 "Kesehatan Kerja"),
                ("LPK Insan Hospitality Lombok", "Mataram", "Front Office Hotel",
                 "SKKNI Bidang Perhotelan"),
                ("Lembaga Kursus Menjahit Melati", "Pekanbaru", "Menjahit Pakaian",
                 "SKKNI Garmen Apparel"),
                ("LPK Cahaya Agro Mandiri", "Jember", "Hidroponik",
                 "Standar kompetensi kerja budidaya tanaman pangan")]

    # --- Deed: page 1 text, page 2 scanned JPEG (image only), page 3 text ---
    # fixed path: reportlab derives the image resource name from it
    tmp = Path(tempfile.gettempdir()) / "compliance-docs-build-hc06"  # the same wherever OUT is
    tmp.mkdir(exist_ok=True)
    jpg = tmp / "page2.jpg"
    scanned_page_jpeg([
        "# NAMA DAN TEMPAT KEDUDUKAN",
        "# Pasal 1",
        f"1. Perseroan Terbatas ini bernama {name}, (selanjutnya dalam Anggaran Dasar ini "
        "cukup disingkat dengan \"Perseroan\"), berkedudukan di Kota Depok.",
        "2. Perseroan dapat membuka kantor cabang atau perwakilan di tempat lain, baik di "
        "dalam maupun di luar wilayah Republik Indonesia.",
        "# JANGKA WAKTU BERDIRINYA PERSEROAN",
        "# Pasal 2",
        "Perseroan didirikan untuk jangka waktu yang tidak terbatas.",
        "# MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA",
        "# Pasal 3",
        "1. Maksud dan tujuan Perseroan ialah berusaha dalam bidang Informasi dan Komunikasi.",
        "2. Kegiatan usaha: Portal Web dan/atau Platform Digital dengan Tujuan Komersial "
        "(KBLI 63122); Aktivitas Pemrograman Komputer Lainnya (KBLI 62019).",
        "# MODAL",
        "# Pasal 4",
        "1. Modal dasar Perseroan berjumlah Rp 4.000.000.000,00 (empat miliar Rupiah), "
        "terbagi atas 4.000 (empat ribu) saham, masing-masing saham bernilai nominal "
        "Rp 1.000.000,00 (satu juta Rupiah).",
        "2. Dari modal dasar tersebut telah ditempatkan dan disetor 1.000 (seribu) saham "
        "dengan nilai nominal seluruhnya sebesar Rp 1.000.000.000,00 (satu miliar Rupiah).",
    ], jpg, seed=6062)

    st = styles(serif=True, size=10)

    def draw_scan(canv, pg):
        if pg == 2:
            canv.drawImage(str(jpg), 0, 0, width=A4[0], height=A4[1])

    S = [para("AKTA PENDIRIAN PERSEROAN TERBATAS", st["title"]),
         para(name.upper(), st["title"]),
         para(f"Nomor : {deed_no}", st["center"]), Spacer(1, 6),
         para(dash(f"Pada hari ini, {hari(deed_date)}, tanggal {deed_date.strftime('%d-%m-%Y')} "
                   f"({d_words(deed_date)}), pukul 13.00 WIB (tiga belas Waktu Indonesia "
                   "Barat)."), st["body"]),
         para(dash(f"Di hadapan saya, {notary.upper()}, Sarjana Hukum, Notaris berkedudukan di "
                   "Kota Depok, dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan "
                   "akan disebutkan nama-namanya pada bagian akhir akta ini:"), st["body"]),
         para(dash(f"I. Tuan {dirut.upper()}, lahir di Depok, pada tanggal 23-06-1988 (dua puluh "
                   "tiga Juni seribu sembilan ratus delapan puluh delapan), Warga Negara "
                   "Indonesia, Wiraswasta, bertempat tinggal di Kota Depok, Jalan Juanda Nomor "
                   "40, Rukun Tetangga 002, Rukun Warga 005, Kelurahan Bakti Jaya, Kecamatan "
                   "Sukmajaya, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan "
                   f"{nik_dirut};"), st["body"]),
         para(dash(f"II. Nyonya {dir2.upper()}, lahir di Jakarta, pada tanggal 21-07-1991 (dua "
                   "puluh satu Juli seribu sembilan ratus sembilan puluh satu), Warga Negara "
                   "Indonesia, Karyawan Swasta, bertempat tinggal di Jakarta Timur, Jalan Kayu "
                   "Putih Raya Nomor 3, pemegang Kartu Tanda Penduduk Nomor Induk "
                   f"Kependudukan {nik_dir2};"), st["body"]),
         para(dash(f"III. Tuan {kom.upper()}, lahir di Padang, pada tanggal 02-02-1979, Warga "
                   "Negara Indonesia, Wiraswasta, bertempat tinggal di Kota Depok, pemegang "
                   "Kartu Tanda Penduduk Nomor Induk Kependudukan 3276010202790006."),
              st["body"]),
         para(dash("Para penghadap telah dikenal oleh saya, Notaris. Para penghadap "
                   "menerangkan bahwa dengan akta ini mereka mendirikan suatu perseroan "
                   "terbatas dengan Anggaran Dasar sebagai berikut:"), st["body"]),
         PageBreak(), Spacer(1, 1), PageBreak(),
         para("DIREKSI\nPasal 11", st["h"]),
         para(dash("Direksi terdiri dari 1 (satu) orang Direktur Utama dan 1 (satu) orang "
                   "Direktur. Direktur Utama berwenang mewakili Direksi dan Perseroan."),
              st["body"]),
         para("PENGANGKATAN PENGURUS", st["h"]),
         para(dash("Untuk pertama kalinya telah diangkat sebagai anggota Direksi dan Dewan "
                   "Komisaris Perseroan:"), st["body"]),
         para(f"Direktur Utama : Tuan {dirut.upper()};\nDirektur : Nyonya {dir2.upper()};\n"
              f"Komisaris : Tuan {kom.upper()}.", st["left"]),
         para(dash("DEMIKIANLAH AKTA INI dibuat dan dilangsungkan di Kota Depok pada hari dan "
                   "tanggal sebagaimana disebutkan pada bagian awal akta ini, dengan dihadiri "
                   "oleh Nona Rini Astuti dan Tuan Yoga Permana sebagai saksi-saksi."),
              st["body"]),
         Spacer(1, 10),
         para(f"Notaris di Kota Depok,\n\nttd.\n\n{notary}, S.H.", st["left"])]
    rl_build(d / "Akta_Pendirian_No21.pdf", S, title="Akta Pendirian No. 21",
             author=f"Notaris {notary}", footer="- {page} -", skip_deco_pages={2},
             on_page_extra=draw_scan)
    shutil.rmtree(tmp)

    # --- AHU (reportlab) ---
    st = styles(size=10)
    S = [para("KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", st["title"]),
         para(f"NOMOR {ahu}", st["center"]),
         para("TENTANG\nPENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS\n" + name.upper(),
              st["h"]),
         para(f"Menimbang: bahwa berdasarkan permohonan Notaris {notary.upper()}, S.H., sesuai "
              f"salinan Akta Nomor {deed_no} Tanggal {d_id(deed_date)}, telah sesuai dengan "
              "persyaratan pengesahan badan hukum Perseroan Terbatas.", st["body"]),
         para(f"MEMUTUSKAN: PERTAMA: Mengesahkan pendirian badan hukum Perseroan Terbatas "
              f"{name.upper()}, berkedudukan di KOTA DEPOK. KEDUA: Keputusan ini mulai berlaku "
              "pada tanggal ditetapkan.", st["body"]),
         para("Ditetapkan di Jakarta, tanggal 9 April 2021\na.n. MENTERI HUKUM DAN HAK ASASI "
              "MANUSIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM", st["left"])]
    rl_build(d / "SK_AHU_Pengesahan.pdf", S, title="SK AHU", author="Ditjen AHU")

    # --- NIB (DOCX) grouped; 16-digit NPWP ---
    doc = new_docx("OSS", "NIB")
    docx_p(doc, "PERIZINAN BERUSAHA BERBASIS RISIKO", bold=True, center=True)
    docx_p(doc, f"NOMOR INDUK BERUSAHA : {nib[:4]} {nib[4:8]} {nib[8:12]} {nib[12]}", bold=True,
           center=True, size=13)
    docx_table(doc, [["Uraian", "Keterangan"],
                     ["Nama Pelaku Usaha", name.upper()],
                     ["Alamat", "Jl. Margonda Raya No. 358, Kota Depok, Jawa Barat 16424"],
                     ["NPWP", npwp16],
                     ["KBLI", "63122 - Portal Web dan/atau Platform Digital dengan Tujuan "
                              "Komersial"],
                     ["Skala Usaha", "Usaha Kecil"]])
    docx_p(doc, "Diterbitkan di Jakarta, 19 April 2021 (pembaruan data NPWP 16 digit: 8 "
                "Januari 2024).")
    save_docx(doc, d / "NIB_OSS.docx")

    # --- Coverage: 38-row ruled grid with 12 zero rows (reportlab) ---
    st = styles(size=9.5)
    S = [para("SURAT PERNYATAAN CAKUPAN NASIONAL", st["title"]),
         para(f"Saya, {dirut}, Direktur Utama {name} (NIB {nib}), menyatakan bahwa data "
              "pengguna terdaftar platform Dikana per provinsi pada tanggal 31 Maret 2024 "
              "adalah sebagai berikut:", st["body"])]
    rows = [["No.", "Provinsi", "Pengguna"]]
    for i, p in enumerate(PROVINCES, 1):
        rows.append([str(i), p, fmt_id(counts[p])])
    rows.append(["", "TOTAL", fmt_id(total)])
    S.append(rl_grid(rows, [14 * mm, 80 * mm, 45 * mm], st, bold_last=True))
    S.append(Spacer(1, 6))
    S.append(para("Demikian pernyataan ini saya buat dengan sebenarnya dan dapat "
                  "dipertanggungjawabkan.", st["body"]))
    S.append(para(f"Depok, 10 April 2024\n[METERAI TEMPEL]\n\n{dirut}\nDirektur Utama",
                  st["left"]))
    rl_build(d / "Pernyataan_Cakupan_Nasional.pdf", S, title="Pernyataan Cakupan",
             author=dirut)

    # --- System description (fpdf2, English, 3 aspects, no security) + payment ---
    pdf = Pdf("System Description", dirut, footer_text="Dikana system description - {page}")
    pdf.add_page()
    pdf.p("DIKANA PLATFORM — SYSTEM DESCRIPTION", 13, True, "C")
    pdf.p(f"Operator: {name}. Web: {web}. Android: {play}", align="L", after=4)
    pdf.p("Architecture", 11, True, align="L")
    pdf.p("The platform consists of a Next.js front end, a Go API layer and a PostgreSQL "
          "cluster. It runs in a cloud region in Jakarta with infrastructure defined as code; "
          "video lessons are delivered by a content delivery network.")
    pdf.p("Availability and capacity", 11, True, align="L")
    pdf.p("We commit to a 99.9% availability SLA. Horizontal autoscaling keeps response "
          "times under 300 ms at 80,000 concurrent users (load test, February 2024). Databases "
          "are replicated across two availability zones with hourly snapshots.")
    pdf.p("Integration", 11, True, align="L")
    pdf.p("Training partners use our REST API and webhooks to publish courses and receive "
          "enrolment events. The platform can act as a payment method for the Kartu Prakerja "
          "programme: it is integrated with the Kartu Prakerja system so that card holders pay "
          "for training with their programme balance.")
    pdf.p(f"Depok, 10 April 2024 — {dirut}, President Director", align="L")
    pdf.output(str(d / "System_Description_Dikana.pdf"))

    # --- Partners (DOCX table) ---
    doc = new_docx(dirut, "Daftar Mitra")
    docx_p(doc, "DAFTAR LEMBAGA PELATIHAN MITRA PLATFORM DIKANA", bold=True, center=True)
    docx_p(doc, "Dikana adalah marketplace terbuka; lembaga pelatihan mitra berikut menawarkan "
                "pelatihan berbasis kompetensi kerja:")
    rows = [["No", "Lembaga Pelatihan", "Kota", "Pelatihan", "Acuan Kompetensi"]]
    for i, (n, k, b, c) in enumerate(partners, 1):
        rows.append([str(i), n, k, b, c])
    docx_table(doc, rows)
    docx_p(doc, f"\nDepok, 10 April 2024\n{dirut}\nDirektur Utama")
    save_docx(doc, d / "Daftar_Lembaga_Pelatihan_Mitra.docx")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private", "listed": False,
             "deed_number": deed_no, "deed_date": deed_date.isoformat(), "notary_name": notary,
             "ahu_number": ahu, "nib": nib, "npwp": npwp16,
             "provinces": provs, "province_count": len(provs), "registered_users": total,
             "portal_urls": sorted([web, play]), "training_partner_count": len(partners),
             "payment_integration": True}
    rs = statuses(all_met(), ALL_MET_CHECKS)
    comment = ("PT with exactly 26 provinces (38-row reportlab GRID table, 12 zero rows incl. "
               "Kepulauan Riau and Papua Barat/Barat Daya next to Riau and Papua with users) -> "
               "met in both; deed page 2 is a scanned image-only JPEG (200 dpi, rotated 1.5 deg, "
               "clean enough for OCR, so document_quality met) holding Pasal 1-4; 'Di hadapan "
               "saya, ..., Sarjana Hukum, Notaris berkedudukan di Kota Depok'; directors' 16-digit "
               "NIKs in the deed next to a 16-digit NPWP; NIB grouped 4-4-4-1 in DOCX; English "
               "3-aspect fpdf2 system description (no security) 'can act as a payment method'")
    return bid, comment, facts, {"permenko-11-2020": rs, "permenko-3-2020": rs}


# ===========================================================================
# hc07: 25 provinces + 'berskala nasional' claim
# ===========================================================================
def hc07():
    bid = "hc07-bina-kompetensi-nusantara"
    d = fresh(bid)
    name = "PT Bina Kompetensi Nusantara"
    deed_no, deed_date, notary = "14", dt.date(2020, 10, 19), "Agustinus Haloho"
    ahu = "AHU-0052210.AH.01.01.TAHUN 2020"
    nib, npwp_f = "1204220098315", "95.204.118.7-121.000"
    dirut, dir2, kom = "Togar Martua Sitompul", "Rina Oktaviani", "Hasan Basri Lubis"
    excluded = {"Kepulauan Bangka Belitung", "Bengkulu", "Kalimantan Tengah",
                "Kalimantan Utara", "Gorontalo", "Sulawesi Barat", "Sulawesi Tenggara",
                "Maluku Utara", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
                "Papua Tengah", "Papua Pegunungan"}
    counts = user_counts(707, excluded)
    provs = with_users(counts)
    assert len(provs) == 25
    total = sum(counts.values())
    web = "https://binakompetensi.co.id"
    app_id = "id.co.binakompetensi.app"
    partners = ["LPK Horas Kompeten Medan", "LPK Siger Karya Lampung",
                "Lembaga Kursus Komputer Bintang Timur Manado", "LPK Anugerah Teknik Kendari"]

    # --- Deed (txt, date in words only, 'Nomor: 14') ---
    D = dash
    write_text(d / "Akta_Pendirian_PT_Bina_Kompetensi_Nusantara.txt", "\n".join([
        "                    AKTA PENDIRIAN PERSEROAN TERBATAS",
        f"                     {name.upper()}",
        "",
        f"                              Nomor: {deed_no}",
        "",
        D(f"-Pada hari ini, hari {hari(deed_date)}, tanggal {d_words(deed_date)},"),
        D("pukul sembilan lewat tiga puluh menit Waktu Indonesia Barat."),
        D(f"-Berhadapan dengan saya, {notary.upper()}, Sarjana Hukum,"),
        D("Magister Kenotariatan, Notaris di Kota Medan, dengan dihadiri oleh"),
        D("saksi-saksi yang saya, Notaris, kenal dan akan disebut pada bagian"),
        D("akhir akta ini:"),
        D(f"1. Tuan {dirut.upper()}, lahir di Tarutung, pada tanggal"),
        D("14-02-1983, Warga Negara Indonesia, Wiraswasta, bertempat tinggal di"),
        D("Kota Medan, Jalan Sisingamangaraja Nomor 77, pemegang Kartu Tanda"),
        D("Penduduk Nomor Induk Kependudukan 1271011402830003;"),
        D(f"2. Nyonya {dir2.upper()}, lahir di Binjai, pada tanggal"),
        D("09-10-1990, Warga Negara Indonesia, Karyawan Swasta, bertempat tinggal"),
        D("di Kota Medan, pemegang Kartu Tanda Penduduk Nomor Induk Kependudukan"),
        D("1271024910900001;"),
        D(f"3. Tuan {kom.upper()}, Warga Negara Indonesia, bertempat tinggal"),
        D("di Kabupaten Deli Serdang."),
        D("-Para penghadap menerangkan dengan ini mendirikan suatu perseroan"),
        D("terbatas dengan Anggaran Dasar sebagai berikut:"),
        "",
        "                      NAMA DAN TEMPAT KEDUDUKAN",
        "                               Pasal 1",
        D(f"1. Perseroan Terbatas ini bernama {name.upper()},"),
        D("selanjutnya disebut \"Perseroan\", berkedudukan di Kota Medan."),
        "",
        "               MAKSUD DAN TUJUAN SERTA KEGIATAN USAHA",
        "                               Pasal 3",
        D("Maksud dan tujuan Perseroan ialah berusaha di bidang Portal Web"),
        D("dan/atau Platform Digital dengan Tujuan Komersial (KBLI 63122) dan"),
        D("Pelatihan Kerja Manajemen Swasta (KBLI 85495)."),
        "",
        "                                MODAL",
        "                               Pasal 4",
        D("Modal dasar Perseroan berjumlah Rp 5.000.000.000,00 (lima miliar"),
        D("Rupiah); ditempatkan dan disetor Rp 1.250.000.000,00 (satu miliar dua"),
        D("ratus lima puluh juta Rupiah)."),
        "",
        D("-Untuk pertama kalinya diangkat: Direktur Utama: Tuan"),
        D(f"{dirut.upper()}; Direktur: Nyonya {dir2.upper()};"),
        D(f"Komisaris: Tuan {kom.upper()}."),
        D("-DEMIKIANLAH AKTA INI dibuat sebagai minuta dan dilangsungkan di"),
        D("Kota Medan, pada hari dan tanggal tersebut pada bagian awal akta ini."),
        "",
        "Notaris di Kota Medan,",
        "ttd.",
        f"{notary}, S.H., M.Kn.",
    ]))

    # --- AHU (txt) ---
    write_text(d / "SK_AHU.txt", f"""
KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
NOMOR {ahu.replace('TAHUN', 'Tahun')}
TENTANG
PENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS {name.upper()}

Menimbang : bahwa berdasarkan permohonan Notaris {notary.upper()}, S.H., M.Kn.
            sesuai salinan Akta Nomor {deed_no} Tanggal {d_id(deed_date)} ...

MEMUTUSKAN:
PERTAMA : Mengesahkan pendirian badan hukum Perseroan Terbatas {name.upper()},
          berkedudukan di KOTA MEDAN.
KEDUA   : Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan.

Ditetapkan di Jakarta, tanggal 21 Oktober 2020
a.n. MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA
DIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM
""")

    # --- NIB (fpdf2, spaced) ---
    pdf = Pdf("NIB", "OSS")
    pdf.add_page()
    pdf.p("NOMOR INDUK BERUSAHA", 13, True, "C")
    pdf.p(" ".join(nib), 16, True, "C", after=5)
    pdf.p(f"Nama Pelaku Usaha: {name.upper()}\nAlamat: Jl. Sisingamangaraja No. 120, Kota "
          f"Medan, Sumatera Utara 20217\nNPWP: {npwp_f}\nKBLI: 63122, 85495", align="L")
    pdf.p("Diterbitkan di Jakarta, 2 November 2020\nMenteri Investasi/Kepala Badan Koordinasi "
          "Penanaman Modal", align="L")
    pdf.output(str(d / "NIB.pdf"))

    # --- Coverage (txt): 25 provinces as numbered inline list + 'berskala nasional' ---
    label = {"Nusa Tenggara Timur": "NTT", "Sumatera Utara": "Sumut",
             "DI Yogyakarta": "DIY", "Kalimantan Timur": "Kaltim"}
    ordered = [p for p in PROVINCES if counts[p] > 0]
    inline = ", ".join(f"({i}) {label.get(p, p)}" for i, p in enumerate(ordered, 1))
    write_text(d / "Surat_Pernyataan_Cakupan_Nasional.txt", f"""
{name.upper()}
Jl. Sisingamangaraja No. 120, Medan 20217

SURAT PERNYATAAN CAKUPAN LAYANAN BERSKALA NASIONAL

Yang bertanda tangan di bawah ini {dirut}, Direktur Utama {name},
menyatakan bahwa layanan platform pelatihan kami berskala nasional. Per 31 Maret 2024
platform memiliki {fmt_id(total)} pengguna terdaftar, berasal dari provinsi-provinsi berikut:
{inline}.

Demikian pernyataan ini dibuat untuk memenuhi persyaratan Platform Digital Program
Kartu Prakerja.

Medan, 12 April 2024
[meterai Rp10.000]

{dirut}
Direktur Utama
""")

    # --- System description (DOCX, Indonesian, 4 aspects + payment) ---
    doc = new_docx(dir2, "Deskripsi Sistem")
    docx_p(doc, "DESKRIPSI SISTEM INFORMASI DAN TEKNOLOGI", bold=True, center=True, size=13)
    docx_p(doc, f"{name} — situs {web}; ID aplikasi: {app_id}", center=True)
    for h, t in [
        ("1. Infrastruktur", "Aplikasi dijalankan di pusat data Tier III di Jakarta (utama) dan "
                             "Medan (cadangan) dengan arsitektur tiga lapis dan kontainer."),
        ("2. Keamanan", "Enkripsi TLS dan AES-256, autentikasi dua faktor untuk admin, uji "
                        "penetrasi tahunan; sertifikasi ISO/IEC 27001 diperoleh pada 2023."),
        ("3. Ketersediaan dan Kapasitas", "SLA ketersediaan 99,5%; kapasitas 50.000 pengguna "
                                          "bersamaan; pencadangan harian."),
        ("4. Integrasi", "API REST untuk lembaga pelatihan. Sistem terintegrasi dengan sistem "
                         "Kartu Prakerja sebagai metode pembayaran pelatihan dan pelaporan "
                         "penyelesaian."),
    ]:
        docx_p(doc, h, bold=True)
        docx_p(doc, t)
    docx_p(doc, f"Medan, 12 April 2024 — {dir2}, Direktur")
    save_docx(doc, d / "Deskripsi_Sistem.docx")

    # --- Partners (txt prose) ---
    write_text(d / "Keterangan_Mitra_Lembaga_Pelatihan.txt", f"""
SURAT KETERANGAN KERJA SAMA LEMBAGA PELATIHAN

{name} mengoperasikan marketplace pelatihan yang terbuka bagi lembaga pelatihan
dari berbagai daerah. Sampai dengan April 2024 kami telah menandatangani perjanjian
kerja sama dengan empat lembaga pelatihan, yaitu {partners[0]}, {partners[1]},
{partners[2]}, dan {partners[3]}. Program yang ditawarkan
mitra disusun berbasis kompetensi dan mengacu pada SKKNI, antara lain pelatihan
teknisi listrik, pemasaran daring, dan operator perkantoran.

Medan, 12 April 2024
{dirut}
Direktur Utama
""")

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private", "listed": False,
             "deed_number": deed_no, "deed_date": deed_date.isoformat(), "notary_name": notary,
             "ahu_number": ahu, "nib": nib, "npwp": npwp_f.replace(".", "").replace("-", ""),
             "provinces": provs, "province_count": len(provs), "registered_users": total,
             "portal_urls": sorted([web, app_id]), "training_partner_count": len(partners),
             "payment_integration": True}
    r11 = statuses(all_met(national_coverage="not_met"), ALL_MET_CHECKS)
    r3 = statuses(all_met(national_coverage="needs_review"), ALL_MET_CHECKS)
    comment = ("PT claiming coverage 'berskala nasional' with an inline numbered list '(1) Aceh, "
               "(2) Sumut, ...' of 25 provinces (aliases Sumut/DIY/Kaltim/NTT): 11/2020 "
               "national_coverage not_met (25 < 26), 3/2020 needs_review: a claim contradicted "
               "by its own list of 25 (issue 10 read the rules table so); plain-text deed 'Nomor: 14' "
               "with the date in words only and directors' NIKs; NIB spaced in fpdf2; AHU with "
               "'Tahun' in mixed case; Indonesian DOCX system description; partners as prose")
    return bid, comment, facts, {"permenko-11-2020": r11, "permenko-3-2020": r3}


# ===========================================================================
# hc08: PT whose only licence is an 'Izin Usaha ... Nomor ...' (no NIB)
# ===========================================================================
def hc08():
    bid = "hc08-pelita-ilmu-edukasi"
    d = fresh(bid)
    name = "PT Pelita Ilmu Edukasi"
    deed_no, deed_date, notary = "33", dt.date(2017, 3, 14), "Nurul Hidayati"
    ahu = "AHU-0012755.AH.01.01.TAHUN 2017"
    npwp_f = "81.442.097.3-429.000"
    izin_no = "503/2291/IUJI/DPMPTSP/2017"
    dirut, dir2, kom = "Yudhistira Ramadhan", "Anisa Rahmawati", "Cecep Suherman"
    excluded = {"Kalimantan Utara", "Sulawesi Barat", "Gorontalo", "Maluku Utara",
                "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
                "Papua Pegunungan"}
    counts = user_counts(808, excluded)
    provs = with_users(counts)
    total = sum(counts.values())
    web = "https://pelitailmu.com"
    play = "https://play.google.com/store/apps/details?id=com.pelitailmu.learning"
    partners = [("LPK Parahyangan Kompeten", "Jl. Soekarno-Hatta No. 590, Kota Bandung",
                 "Perhotelan", "SKKNI Bidang Perhotelan"),
                ("LPK Sumber Rezeki Tasikmalaya", "Jl. HZ Mustofa No. 44, Kota Tasikmalaya",
                 "Bordir dan Konveksi", "SKKNI Garmen Apparel"),
                ("Lembaga Kursus Bahasa Inggris Lingkar", "Jl. Pemuda No. 15, Kota Semarang",
                 "Bahasa Inggris Pariwisata", "Standar kompetensi kerja bahasa Inggris"),
                ("LPK Cendana Kreatif Kupang", "Jl. El Tari No. 8, Kota Kupang",
                 "Tenun Ikat dan Pemasaran Online", "SKKNI Pemasaran Digital"),
                ("LPK Teknik Mesin Andalas", "Jl. Khatib Sulaiman No. 71, Kota Padang",
                 "Mekanik Alat Berat", "SKKNI Bidang Alat Berat")]

    # --- Deed (reportlab) with header 'Salinan Akta No. 33' ---
    st = styles(serif=True, size=10)
    hdr = f"Salinan Akta Pendirian {name} — No. {deed_no}"
    S = [para("AKTA PENDIRIAN\nPERSEROAN TERBATAS\n" + name.upper(), st["title"]),
         para(f"Nomor {deed_no}", st["center"]), Spacer(1, 6),
         para(dash(f"Pada hari ini, {hari(deed_date)}, tanggal {deed_date.strftime('%d-%m-%Y')} "
                   f"({d_words(deed_date)}), pukul 11.00 WIB."), st["body"]),
         para(dash(f"Berhadapan dengan saya, {notary.upper()}, S.H., Notaris di Kota Bandung, "
                   "dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan disebut "
                   "pada bagian akhir akta ini:"), st["body"]),
         para(dash(f"1. Tuan {dirut.upper()}, Warga Negara Indonesia, Wiraswasta, bertempat "
                   "tinggal di Kota Bandung;"), st["body"]),
         para(dash(f"2. Nyonya {dir2.upper()}, Warga Negara Indonesia, Karyawan Swasta, "
                   "bertempat tinggal di Kabupaten Bandung Barat;"), st["body"]),
         para(dash(f"3. Tuan {kom.upper()}, Warga Negara Indonesia, bertempat tinggal di Kota "
                   "Cimahi."), st["body"]),
         para(dash("Para penghadap menerangkan bahwa mereka dengan ini mendirikan suatu "
                   "perseroan terbatas dengan Anggaran Dasar sebagai berikut:"), st["body"]),
         para("Pasal 1\nNAMA DAN TEMPAT KEDUDUKAN", st["h"]),
         para(dash(f"Perseroan Terbatas ini bernama {name.upper()}, berkedudukan di Kota "
                   "Bandung."), st["body"]),
         para("Pasal 3\nMAKSUD DAN TUJUAN SERTA KEGIATAN USAHA", st["h"]),
         para(dash("Maksud dan tujuan Perseroan ialah berusaha dalam bidang jasa informasi, "
                   "portal web, dan pelatihan: a. Portal Web (KBLI 63122); b. Jasa Pendidikan "
                   "Lainnya (KBLI 85499)."), st["body"]),
         para("Pasal 4\nMODAL", st["h"]),
         para(dash("Modal dasar Perseroan berjumlah Rp 3.000.000.000,00 (tiga miliar Rupiah), "
                   "terbagi atas 3.000 (tiga ribu) saham; ditempatkan dan disetor 750 (tujuh "
                   "ratus lima puluh) saham."), st["body"]),
         para("Pasal 11\nDIREKSI", st["h"]),
         para(dash("Direksi terdiri dari seorang Direktur Utama dan seorang Direktur."),
              st["body"]),
         para(dash("Untuk pertama kalinya diangkat sebagai: Direktur Utama: Tuan "
                   f"{dirut.upper()}; Direktur: Nyonya {dir2.upper()}; Komisaris: Tuan "
                   f"{kom.upper()}."), st["body"]),
         KeepTogether([
             para(dash("DEMIKIANLAH AKTA INI dibuat dan dilangsungkan di Kota Bandung pada hari "
                       "dan tanggal tersebut pada bagian awal akta ini."), st["body"]),
             Spacer(1, 10),
             para(f"Notaris di Kota Bandung,\n\nttd.\n\n{notary}, S.H.", st["left"])])]
    rl_build(d / "Akta_Pendirian.pdf", S, title=hdr, author=f"Notaris {notary}", header=hdr,
             footer="{page}")

    # --- AHU (reportlab) ---
    st = styles(size=10)
    S = [para("KEPUTUSAN MENTERI HUKUM DAN HAK ASASI MANUSIA\nREPUBLIK INDONESIA", st["title"]),
         para(f"NOMOR {ahu}", st["center"]),
         para("TENTANG\nPENGESAHAN PENDIRIAN BADAN HUKUM PERSEROAN TERBATAS\n" + name.upper(),
              st["h"]),
         para(f"Menimbang: bahwa berdasarkan permohonan Notaris {notary.upper()}, S.H., sesuai "
              f"salinan Akta Nomor {deed_no} Tanggal {d_id(deed_date)}, telah sesuai dengan "
              "persyaratan pengesahan badan hukum Perseroan Terbatas.", st["body"]),
         para(f"MEMUTUSKAN: PERTAMA: Mengesahkan pendirian badan hukum Perseroan Terbatas "
              f"{name.upper()}, berkedudukan di KOTA BANDUNG. KEDUA: Keputusan ini mulai "
              "berlaku pada tanggal ditetapkan.", st["body"]),
         para("Ditetapkan di Jakarta, tanggal 20 Maret 2017\na.n. MENTERI HUKUM DAN HAK ASASI "
              "MANUSIA\nDIREKTUR JENDERAL ADMINISTRASI HUKUM UMUM", st["left"])]
    rl_build(d / "SK_AHU.pdf", S, title="SK AHU", author="Ditjen AHU")

    # --- Izin Usaha (reportlab): the only licence, no NIB ---
    st = styles(size=10)
    S = [para("PEMERINTAH KOTA BANDUNG\nDINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
              st["title"]),
         para("Jl. Cianjur No. 34, Bandung 40271", st["center"]), Spacer(1, 6),
         para("IZIN USAHA JASA INFORMASI DAN PORTAL WEB", st["title"]),
         para(f"Nomor: {izin_no}", st["center"]), Spacer(1, 4),
         para("Berdasarkan Peraturan Wali Kota Bandung tentang Pelayanan Perizinan, dengan ini "
              "memberikan Izin Usaha kepada:", st["body"]),
         rl_grid([["Uraian", "Keterangan"],
                  ["Nama Perusahaan", name.upper()],
                  ["Bentuk Badan Usaha", "Perseroan Terbatas"],
                  ["Alamat Perusahaan", "Jl. Buah Batu No. 212, Kota Bandung 40264"],
                  ["Nama Penanggung Jawab", f"{dirut} (Direktur Utama)"],
                  ["NPWP", npwp_f],
                  ["Kegiatan Usaha", "Portal web dan jasa pendidikan/pelatihan daring "
                                     "(KBLI 63122, 85499)"],
                  ["Masa Berlaku", "Selama perusahaan menjalankan kegiatan usahanya"]],
                 [55 * mm, 105 * mm], st),
         Spacer(1, 8),
         para("Dikeluarkan di Bandung pada tanggal 5 Mei 2017\nKEPALA DINAS PENANAMAN MODAL DAN "
              "PELAYANAN TERPADU SATU PINTU KOTA BANDUNG\n\nttd. dan cap", st["left"])]
    rl_build(d / "Izin_Usaha.pdf", S, title="Izin Usaha", author="DPMPTSP Kota Bandung")

    # --- Coverage (fpdf2 table, 29 provinces) ---
    pdf = Pdf("Surat Pernyataan Cakupan Nasional", dirut)
    pdf.add_page()
    pdf.p(name.upper(), 12, True, "C", after=0)
    pdf.p("Jl. Buah Batu No. 212, Kota Bandung 40264", 9, False, "C", after=4)
    pdf.p("SURAT PERNYATAAN CAKUPAN NASIONAL", 12, True, "C")
    pdf.p(f"Yang bertanda tangan di bawah ini {dirut}, Direktur Utama {name}, menyatakan "
          f"bahwa platform Pelita Ilmu telah digunakan oleh {fmt_id(total)} pengguna terdaftar "
          f"di {len(provs)} ({terbilang(len(provs))}) provinsi, dengan rincian:", after=3)
    rows = [["No", "Provinsi", "Jumlah Pengguna"]]
    for i, p in enumerate([p for p in PROVINCES if counts[p] > 0], 1):
        rows.append([str(i), p, fmt_id(counts[p])])
    rows.append(["", "Jumlah", fmt_id(total)])
    pdf.grid(rows, (12, 95, 50), size=8.5)
    pdf.p(f"Bandung, 22 April 2024\n[meterai]\n\n{dirut}\nDirektur Utama", align="L")
    pdf.output(str(d / "Pernyataan_Cakupan_Nasional.pdf"))

    # --- System description (md, English, 4 aspects + payment) ---
    write_text(d / "System_Description.md", f"""
# System Description — Pelita Ilmu learning marketplace

Operator: {name} · Web: {web} · Android: {play}

## 1. Infrastructure and architecture
Microservice architecture on Kubernetes, primary hosting in a Jakarta cloud region and a
warm standby site in Surabaya.

## 2. Security
ISO/IEC 27001:2013 certified ISMS; encryption in transit (TLS 1.2+) and at rest; yearly
third-party penetration testing; role-based access control.

## 3. Availability and capacity
99.9% monthly uptime target, tested for 120,000 concurrent users, automated failover.

## 4. Integration and API
Partner institutions manage their catalogue through a REST API. The platform is integrated
with the Kartu Prakerja payment system and can serve as a payment method for programme
participants.

Bandung, 22 April 2024 — {dirut}, President Director
""")

    # --- Partners (reportlab grid) ---
    st = styles(size=9.5)
    S = [para("DAFTAR LEMBAGA PELATIHAN MITRA", st["title"]), para(name, st["center"]),
         para("Marketplace Pelita Ilmu terbuka bagi lembaga pelatihan. Mitra yang aktif "
              "menawarkan pelatihan berbasis kompetensi:", st["body"])]
    rows = [["No", "Nama Lembaga", "Alamat", "Bidang", "Dasar Kompetensi"]]
    for i, (n, a, b, k) in enumerate(partners, 1):
        rows.append([str(i), n, a, b, k])
    S.append(rl_grid(rows, [9 * mm, 40 * mm, 48 * mm, 32 * mm, 39 * mm], st))
    S.append(Spacer(1, 8))
    S.append(para(f"Bandung, 22 April 2024\n\n{dirut}\nDirektur Utama", st["left"]))
    rl_build(d / "Daftar_Mitra.pdf", S, title="Daftar Mitra", author=dirut)

    facts = {"company_name": name, "entity_form": "PT", "ownership": "private", "listed": False,
             "deed_number": deed_no, "deed_date": deed_date.isoformat(), "notary_name": notary,
             "ahu_number": ahu, "npwp": npwp_f.replace(".", "").replace("-", ""),
             "provinces": provs, "province_count": len(provs), "registered_users": total,
             "portal_urls": sorted([web, play]), "training_partner_count": len(partners),
             "payment_integration": True}
    rs = statuses(all_met(), ALL_MET_CHECKS)
    comment = ("PT whose only business licence is 'IZIN USAHA JASA INFORMASI DAN PORTAL WEB "
               "Nomor: 503/2291/IUJI/DPMPTSP/2017' (no NIB anywhere) -> business_license met; "
               "deed with running header 'Salinan Akta Pendirian ... No. 33' and 'Nomor 33', date "
               "'14-03-2017 (empat belas Maret dua ribu tujuh belas)', notary 'S.H.' only; "
               "fpdf2 table of 29 provinces; English md system description, 4 aspects + payment; "
               "reportlab GRID partner table")
    return bid, comment, facts, {"permenko-11-2020": rs, "permenko-3-2020": rs}


# ===========================================================================
class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str_repr(dumper, value: str):
    # quote every digit string (NIB, NPWP with leading zeros, deed numbers, dates)
    style = "'" if any(ch.isdigit() for ch in value) and all(ch in "0123456789.-" for ch in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_NoAliasDumper.add_representer(str, _str_repr)


def write_expected(entries):
    out = ["# Held-out test corpus C: expected facts and statuses (ground truth).",
           "# Generated by make_bundles.py; fictional applicants. Bundle folders sit beside this file.",
           "# facts: contract fact names with normalized values; a fact the bundle does not state is "
           "omitted.",
           "# company_name/notary_name are given in mixed case even where the deed writes them in "
           "capitals (compare case-insensitively).",
           "# rulesets: per ruleset, criteria + checks statuses and overall (contract formula).",
           "bundles:"]
    for bid, comment, facts, rulesets in entries:
        out.append(f"  # {comment}")
        body = yaml.dump({bid: {"facts": facts, "rulesets": rulesets}}, Dumper=_NoAliasDumper,
                         sort_keys=False,
                              allow_unicode=True, width=100, default_flow_style=False)
        out.extend("  " + line for line in body.rstrip("\n").split("\n"))
    (OUT / "expected.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    entries = [f() for f in (hc01, hc02, hc03, hc04, hc05, hc06, hc07, hc08)]
    write_expected(entries)
    # sanity: reload and check shape
    data = yaml.safe_load((OUT / "expected.yaml").read_text(encoding="utf-8"))
    assert len(data["bundles"]) == 8
    for bid, b in data["bundles"].items():
        f = b["facts"]
        if "provinces" in f:
            assert f["province_count"] == len(f["provinces"]) and f["provinces"] == sorted(f["provinces"])
        for k in ("nib", "npwp", "deed_number", "deed_date"):
            if k in f:
                assert isinstance(f[k], str), (bid, k)
        if "nib" in f:
            assert len(f["nib"]) == 13 and f["nib"].isdigit()
        if "npwp" in f:
            assert len(f["npwp"]) in (15, 16) and f["npwp"].isdigit()
        assert f["portal_urls"] == sorted(f["portal_urls"])
    print("wrote", ", ".join(e[0] for e in entries))


if __name__ == "__main__":
    main()
